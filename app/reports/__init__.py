"""PDF reports (ReportLab) and charts for print. No Qt."""
