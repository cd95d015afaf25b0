"""The two embedded HTTP APIs: the main API (port 9022, the office's web app) and the SIM
status API (port 9020).  Bottle apps served by Waitress in background threads; the route
functions call the domain services and contain no SQL."""
