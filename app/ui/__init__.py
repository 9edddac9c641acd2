"""The PySide6 window, views, Qt models and the projected screen."""
