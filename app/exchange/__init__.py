"""Excel import and export (openpyxl). No Qt."""
