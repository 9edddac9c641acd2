"""The SWOT board: its data in memory, quadrant models and delegates, filters, duplicates and
recommendations."""
