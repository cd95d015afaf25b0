"""The desktop window (PySide6).  Widgets call the same domain services as the APIs; long
work runs on worker threads and comes back through Qt signals."""
