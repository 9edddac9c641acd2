"""``main.py screenshot``: rendering a view to a PNG, and the shots that need a prepared screen."""
