"""Atelier: facilitate strategic-planning workshops in local government."""

__version__ = "0.1.0"
