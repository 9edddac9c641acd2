"""The confrontation matrix on the projected screen: readable from the back at
1024 × 768, the projector's text size applies, marks follow at once, pages turn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.services import strategies
from app.ui.projector.window import TEXT_SCALES
from app.ui.strategy.projector import PER_QUADRANT, TowsPage


@pytest.fixture
def shown(window, qtbot):  # type: ignore[no-untyped-def]
    QSettings().remove("projector/textScale")
    window.show_view("tows")
    view = window.views["tows"]
    view.cluster.setCurrentIndex(view.cluster.findText("Vrije tijd"))
    view.only_marked.setChecked(True)
    page = view.show_on_projector()
    assert isinstance(page, TowsPage)
    projector = window.projector.window
    qtbot.waitExposed(projector)
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.height() == 768)
    return view, page, projector


def test_a_1024_by_768_projector_shows_the_whole_matrix_large(shown):
    _view, page, projector = shown
    assert projector.stack.currentWidget() is page
    m = page.matrix
    assert m is not None and len(m.rows) == 8 and len(m.columns) == 10 and not m.capped
    inside = page.rect()
    boxes = page.layout_boxes()
    for name in ("title", "grid", "labels", "legend"):
        assert inside.toRectF().contains(boxes[name]), name
    assert page.cell_pixels() >= 40  # a weight's dots read from the back
    assert page.line_pixels() >= 24
    assert "Vrije tijd" in page.title_text()


def test_the_text_size_setting_makes_the_matrix_larger(window, shown):
    _view, page, projector = shown
    before = page.line_pixels()
    window.projector.step_text(+1)
    assert projector.text_scale == TEXT_SCALES[TEXT_SCALES.index(1.0) + 1]
    assert page.line_pixels() > before
    window.projector.step_text(-2)
    assert page.line_pixels() < before


def test_a_mark_in_the_window_reaches_the_room(controller, shown):
    view, page, _projector = shown
    m = page.matrix
    assert m is not None
    free = next((i, o) for i in m.rows for o in m.columns if not m.weight(i.id, o.id))
    view.controller.perform(
        "mark",
        lambda: strategies.set_mark(
            controller.store, controller.workshop.id, free[0].id, free[1].id, 3
        ),
        undo=lambda before: (
            lambda: strategies.set_mark(
                controller.store, controller.workshop.id, free[0].id, free[1].id, before
            )
        ),
    )
    assert page.matrix is not None and page.matrix.weight(free[0].id, free[1].id) == 3


def test_a_large_selection_turns_its_pages(shown):
    view, page, _projector = shown
    view.cluster.setCurrentIndex(0)  # every cluster
    view.only_marked.setChecked(False)
    page.refresh()
    m = page.matrix
    assert m is not None and m.capped
    assert len([i for i in m.rows if i.quadrant.value == "S"]) == PER_QUADRANT
    first = page.title_text()
    assert "blad 1 van" in first
    page.advance_page()
    assert "blad 2 van" in page.title_text()
