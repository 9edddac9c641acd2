"""Editing widgets the planning views share: fields that commit when left, lists of
texts, SWOT links, SDG toggles, the phasing timeline and the resources table."""
