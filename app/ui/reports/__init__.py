"""Reports and Excel: the reports view, import and merge previews, printing."""
