"""The main window's view classes, imported from the modules app/ui/base/pages.py
names, only when asked for."""

from __future__ import annotations

import importlib

from app.ui.base.pages import PAGES, page
from app.ui.base.view import View


def load_view(key: str) -> type[View]:
    """Import the module of the view ``key`` and return its class."""
    found = page(key)
    view = getattr(importlib.import_module(found.module), found.class_name)
    if not (isinstance(view, type) and issubclass(view, View) and view.key == key):
        raise TypeError(f"{found.module}.{found.class_name} is no View with key {key!r}")
    return view


def load_views() -> list[type[View]]:
    """Every view class in navigator order (Help lists their shortcuts, which each
    module registers when imported)."""
    return [load_view(p.key) for p in PAGES]
