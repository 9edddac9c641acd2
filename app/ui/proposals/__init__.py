"""Proposals (fiches): the table, the fiche form and the editors only fiches use."""
