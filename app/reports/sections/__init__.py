"""The report's parts; each turns the loaded data into a list of flowables."""
