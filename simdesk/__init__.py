"""simdesk: a desktop office for a mobile-operator SIM card dealer."""

__version__ = "0.1.0"
