"""Helpers for the list-editor tests: records without their edit time, modal answers."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def snapshot(entity: Any, store: Any, workshop_id: str) -> list[dict[str, Any]]:
    """The entity's rows as the services give them, minus ``updated_at`` (an undo is
    an edit too, so it moves that clock; everything else must come back exactly)."""
    out = []
    for record in entity.list(store, workshop_id):
        values = dataclasses.asdict(record)
        values.pop("updated_at")
        out.append(values)
    return out


def answer_modal(handler: Callable[[QWidget], None], tries: int = 500) -> list[QWidget]:
    """Run ``handler`` on the next modal dialog, then make sure it closes (a test
    that forgets to close one would hang in exec()). Returns the dialogs seen."""
    seen: list[QWidget] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        seen.append(dialog)
        try:
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, lambda: poll(tries))
    return seen
