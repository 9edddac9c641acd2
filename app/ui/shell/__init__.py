"""The window's frame: starting the application, the main window, its menus (file, language,
help), the context bar and the workshop settings."""
