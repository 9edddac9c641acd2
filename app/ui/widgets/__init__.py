"""Widgets the features share: editors, record tables, background tasks, the rose chart."""
