"""Domain services: the business rules shared by the desktop window and both HTTP APIs.

Nothing here imports Qt or Bottle.
"""
