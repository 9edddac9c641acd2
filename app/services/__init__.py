"""Use cases: one transaction each, returning records and the change set. No Qt."""
