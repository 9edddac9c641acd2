"""What every part of the window builds on: the controller (the one door to the services), the
view base and registry, the shortcut table and the core's messages in the window's language."""
