"""The current session and cluster, one key away from wherever the facilitator types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.enums import Quadrant
from app.services import organisation
from tests.ui.keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _pick(qtbot, box, typing, key: Qt.Key, steps: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+key opens the box's list; arrows and Enter choose, as a user does."""
    press(typing, key, CTRL)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    assert box.window().focusWidget() is box  # the popup is active; the box keeps focus
    for _ in range(steps):
        press(view, Qt.Key.Key_Down)
    press(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


# A popup list asks the offscreen platform for things it cannot do; not our defect.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_ctrl_d_and_ctrl_k_pick_the_session_and_cluster_of_the_next_capture(
    window, controller, qtbot
):
    store, ws = controller.store, controller.workshop.id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board = window.show_view("swot")
    board.focus_quadrant(Quadrant.STRENGTH)
    typing = board.panels[Quadrant.STRENGTH].capture
    qtbot.waitUntil(typing.hasFocus)
    bar = window.context_bar

    sessions = organisation.sessions.list(store, ws)
    assert controller.current_session_id == sessions[0].id
    _pick(qtbot, bar.session_box, typing, Qt.Key.Key_D, 2)  # two sessions further
    assert controller.current_session_id == sessions[2].id
    assert sessions[2].title in window.context_label.text()

    clusters = organisation.clusters.list(store, ws)
    start = [c.id for c in clusters].index(controller.current_cluster_id)
    _pick(qtbot, bar.cluster_box, typing, Qt.Key.Key_K, 1)
    chosen = clusters[start + 1]
    assert controller.current_cluster_id == chosen.id
    assert chosen.name in window.context_label.text()

    # Back to the capture line: the next point goes to that session and cluster.
    board.focus_quadrant(Quadrant.STRENGTH)
    assert QApplication.focusWidget() is typing
    type_text(typing, "Gekozen met het toetsenbord")
    press(typing, Qt.Key.Key_Return)
    point = next(i for i in board.data.items.values() if i.text == "Gekozen met het toetsenbord")
    assert (point.session_id, point.cluster_id) == (sessions[2].id, chosen.id)
