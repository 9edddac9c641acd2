"""Editable tables of records: a Qt model over service records, delegates, an editor widget."""
