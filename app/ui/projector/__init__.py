"""The projected screen: its window and the pages it shows."""
