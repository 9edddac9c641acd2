"""Development paths and guiding principles."""
