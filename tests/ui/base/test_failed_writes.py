"""A write the store refuses (disk full, a USB stick pulled out) must never leave the
status bar saying that everything is stored."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from app.domain.enums import Quadrant
from app.services import swot
from app.storage.uow import UnitOfWork
from tests.ui.keys import press, type_text


def _disk_full(_uow: UnitOfWork) -> None:
    """What SQLite raises when the disk is full, at the commit of a real transaction."""
    raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))


def _no_space(_uow: UnitOfWork) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def board(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.show_view("swot")


def _saved(window) -> str:  # type: ignore[no-untyped-def]
    return window.saved_label.text()


def test_a_capture_the_disk_refuses_keeps_the_text_and_says_not_saved(
    window, board, controller, monkeypatch
):
    store, ws = controller.store, controller.workshop.id
    panel = board.panels[Quadrant.OPPORTUNITY]
    board.focus_quadrant(Quadrant.OPPORTUNITY)
    before = swot.list_items(store, ws)
    steps = controller.undo_stack.count()
    assert _saved(window).startswith("✓")
    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "commit", _disk_full)
        type_text(panel.capture, "Subsidies voor de deelgemeenten")
        press(panel.capture, Qt.Key.Key_Return)
        # What the facilitator typed stays in the line, to press Enter again.
        assert panel.capture.text() == "Subsidies voor de deelgemeenten"
        assert _saved(window) == "✗ Niet opgeslagen"
        assert "de schijf is vol" in window.statusBar().currentMessage()
        assert "de schijf is vol" in window.saved_label.toolTip()
        assert swot.list_items(store, ws) == before
        assert controller.undo_stack.count() == steps
        # Bad input meanwhile changes nothing about what is stored: still red.
        controller.capture("S", "   ", None)
        assert "leeg" in window.statusBar().currentMessage()
        assert _saved(window) == "✗ Niet opgeslagen"
    # The disk works again: Enter stores the line and the label says so.
    press(panel.capture, Qt.Key.Key_Return)
    assert panel.capture.text() == ""
    assert "Subsidies voor de deelgemeenten" in [i.text for i in swot.list_items(store, ws)]
    assert _saved(window).startswith("✓ Alles is opgeslagen")
    assert window.saved_label.styleSheet() == ""


def test_a_service_that_hits_a_full_disk_during_a_delete(window, board, controller, monkeypatch):
    """The service raises inside its own transaction; the store's boundary turns the
    OSError into a message, and the point stays where it was."""
    panel = board.panels[Quadrant.STRENGTH]
    point = panel.model.point_ids()[0]

    def delete_item(store, item_id):  # type: ignore[no-untyped-def]
        with store.transaction():
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(swot, "delete_item", delete_item)
    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index_of(point))
    panel.list.select_ids([point])
    press(panel.list, Qt.Key.Key_Delete)
    assert panel.model.row_of(point) >= 0
    assert point in {i.id for i in swot.list_items(controller.store, controller.workshop.id)}
    assert _saved(window) == "✗ Niet opgeslagen"
    assert "de schijf is vol" in window.statusBar().currentMessage()


def test_an_undo_or_a_step_without_undo_that_fails_says_not_saved(window, controller, monkeypatch):
    store, ws = controller.store, controller.workshop.id
    point = controller.capture("W", "Te weinig parkeerplaats", None)
    assert _saved(window).startswith("✓")
    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "commit", _no_space)
        controller.undo_stack.undo()  # the undo's delete is refused
        assert point.id in {i.id for i in swot.list_items(store, ws)}
        assert _saved(window) == "✗ Niet opgeslagen"
        window._show_saved()  # a repaint for another reason keeps it red
        assert _saved(window) == "✗ Niet opgeslagen"
    controller.apply(lambda: swot.items.update(store, point.id, text="Geen parkeerplaats"))
    assert _saved(window).startswith("✓")
    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "commit", _disk_full)
        done = controller.apply(lambda: swot.items.update(store, point.id, text="Weg"))
        assert done is None
        assert _saved(window) == "✗ Niet opgeslagen"
        assert swot.items.get(store, point.id).text == "Geen parkeerplaats"
