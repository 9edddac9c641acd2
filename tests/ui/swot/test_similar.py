"""Likely duplicates on the board (issue 17): the selected point's and the typed
text's most similar points with one key to consolidate, and the consolidation pass."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Quadrant
from app.services import swot
from app.ui.swot.board import SwotBoardView
from app.ui.swot.consolidation_pass import ConsolidationPass
from tests.ui.keys import press, type_text

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def board(controller, qtbot) -> SwotBoardView:
    view = SwotBoardView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.similar_index.needed()
    qtbot.waitUntil(lambda: view.similar_index.snapshot is not None, timeout=30_000)
    return view


def _visible(controller) -> set[str]:
    return {i.id for i in swot.list_items(controller.store, controller.workshop.id)}


def _by_text(controller, text: str):
    return next(
        i for i in swot.list_items(controller.store, controller.workshop.id, True) if i.text == text
    )


def test_the_selected_point_shows_its_rewordings_and_alt_1_merges(board, controller, qtbot):
    point = _by_text(controller, "Vrijwilligersinzet daalt.")
    panel = board.panels[Quadrant.THREAT]
    panel.list.setFocus()
    panel.list.select_ids([point.id])
    panel.list.setCurrentIndex(panel.model.index_of(point.id))
    duplicates = board.duplicates
    texts = [c.text for c in duplicates.candidates]
    assert "vrijwilligers" in texts[0]  # "… een daling van het aantal vrijwilligers …"
    assert len(texts) <= 5 and point.text not in texts
    first = duplicates.candidates[0].id
    press(panel.list, Qt.Key.Key_1, ALT)
    merged = swot.get_items(controller.store, [point.id])[0]
    assert first in merged.source_ids and first not in _visible(controller)
    # The absorbed point is no candidate any more.
    assert first not in duplicates.candidate_ids()
    controller.undo_stack.undo()
    assert first in _visible(controller)


def test_typed_text_shows_candidates_and_alt_1_captures_it_into_the_first(board, controller, qtbot):
    panel = board.panels[Quadrant.THREAT]
    board.focus_quadrant(Quadrant.THREAT)
    board.side.setCurrentWidget(board.recommendations)
    type_text(panel.capture, "Het aantal vrijwiligers daalt")  # a typo, too
    duplicates = board.duplicates
    qtbot.waitUntil(lambda: bool(duplicates.candidates), timeout=5_000)
    target = _by_text(controller, "Vrijwilligersinzet daalt.")
    assert target.id in duplicates.candidate_ids()[:2]
    assert board.side.currentWidget() is duplicates  # a strong candidate shows the tab
    number = duplicates.candidate_ids().index(target.id) + 1
    before = len(swot.list_items(controller.store, controller.workshop.id, True))
    press(panel.capture, getattr(Qt.Key, f"Key_{number}"), ALT)
    assert panel.capture.text() == ""
    merged = swot.get_items(controller.store, [target.id])[0]
    new = _by_text(controller, "Het aantal vrijwiligers daalt")
    assert merged.source_ids[-1] == new.id
    assert len(swot.list_items(controller.store, controller.workshop.id, True)) == before + 1
    controller.undo_stack.undo()  # one step: the capture and the merge
    assert len(swot.list_items(controller.store, controller.workshop.id, True)) == before
    assert swot.get_items(controller.store, [target.id])[0].source_ids == target.source_ids


def test_short_or_foreign_text_shows_no_candidates(board, qtbot):
    duplicates = board.duplicates
    duplicates.show_for_text(Quadrant.THREAT, "xyzzy quux")
    assert duplicates.candidates == []
    assert duplicates.similar.item(0).text() == "Geen gelijkaardige punten."


def test_the_consolidation_pass_walks_a_quadrant_by_keyboard(board, controller, qtbot):
    board.focus_quadrant(Quadrant.THREAT)
    press(
        board.panels[Quadrant.THREAT].capture,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = board.pass_dialog
    assert isinstance(dialog, ConsolidationPass) and dialog.isVisible()
    assert dialog.quadrant is Quadrant.THREAT
    ids = board.data.ordered(Quadrant.THREAT)
    assert dialog.current_id() == ids[0] and dialog.progress.text() == f"Punt 1 van {len(ids)}"
    # Walk on to a point with a close rewording.
    target = _by_text(
        controller,
        "De bevolking wordt steeds mondiger, vraagt meer inspraak en heeft hogere eisen.",
    )
    while dialog.current_id() != target.id:
        press(dialog, Qt.Key.Key_Space)
    assert dialog.point.text() == target.text
    assert dialog.candidates and dialog.list.count() == len(dialog.candidates)
    candidate = dialog.candidates[0].id
    assert "mondig" in dialog.candidates[0].text or "kritischer" in dialog.candidates[0].text
    press(dialog, Qt.Key.Key_1)
    assert candidate in swot.get_items(controller.store, [target.id])[0].source_ids
    assert dialog.merged == 1 and candidate not in [c.id for c in dialog.candidates]
    press(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert candidate in _visible(controller) and dialog.merged == 0
    press(dialog, Qt.Key.Key_Left)
    assert dialog.current_id() == ids[ids.index(target.id) - 1]
    press(dialog, Qt.Key.Key_Escape)
    assert board.pass_dialog is None
