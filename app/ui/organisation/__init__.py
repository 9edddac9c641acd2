"""Editors for who and where: clusters, participants, locations and sessions."""
