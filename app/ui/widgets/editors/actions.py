"""Shortcuts that belong to one view: active while the focus is inside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.base import shortcuts


def add_action(widget: QWidget, spec: shortcuts.Shortcut, slot: object) -> QAction:
    """A shortcut that works while the focus is anywhere inside ``widget``."""
    action = QAction(shortcuts.translated(spec), widget)
    action.setShortcut(QKeySequence(spec.key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
