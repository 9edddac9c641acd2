"""A projector readable from the back: text size by keyboard, remembered per
workshop; a 1024×768 projector; colour never the only cue (codes and a legend)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from app.domain.enums import Quadrant
from app.services import organisation
from app.ui.projector.window import TEXT_SCALES
from app.ui.swot.filter_bar import ALL, CURRENT
from tests.ui.keys import press


@pytest.fixture
def projector(window, qtbot):
    QSettings().remove("projector/textScale")  # each test starts at the height rule
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_F5)
    shown = window.projector.window
    assert shown is not None
    qtbot.waitExposed(shown)
    shown.resize(1280, 720)
    qtbot.waitUntil(lambda: shown.height() == 720)
    return shown


def test_ctrl_plus_and_minus_change_the_text_and_the_workshop_remembers(window, projector):
    before = projector.point_size()
    press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = projector.point_size()
    assert larger > before
    assert window.projector.text_scale() == TEXT_SCALES[TEXT_SCALES.index(1.0) + 2]
    press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert before < projector.point_size() < larger
    # A projector window opened later for this workshop starts at the chosen size.
    window.projector.window = None
    fresh = window.projector.ensure_window()
    try:
        assert fresh.text_scale == window.projector.text_scale() > 1.0
    finally:
        fresh.deleteLater()


def test_the_text_size_has_bounds(window, projector):
    for _ in range(len(TEXT_SCALES) + 2):
        window.projector.step_text(+1)
    assert projector.text_scale == TEXT_SCALES[-1]
    for _ in range(len(TEXT_SCALES) + 2):
        window.projector.step_text(-1)
    assert projector.text_scale == TEXT_SCALES[0]
    assert projector.point_size() >= 8


def test_a_1024_by_768_projector_shows_all_four_quadrants_large(projector, qtbot):
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.height() == 768)
    projector.set_scope(ALL)
    inside = projector.rect()
    for quadrant in Quadrant:
        shown = projector.board_page.quadrants[quadrant]
        top_left = shown.mapTo(projector, shown.rect().topLeft())
        assert inside.contains(shown.rect().translated(top_left)), quadrant
        assert shown.list.height() > 100  # room for several points, not a sliver
        assert projector.visible_texts(quadrant)
    assert projector.point_size() >= 20  # readable from the back at 768 lines
    assert projector.legend.isVisible()
    assert projector.legend.geometry().bottom() <= inside.bottom()


def test_codes_beside_the_marks_and_a_legend_that_names_them(window, controller, projector):
    projector.set_scope(ALL)
    entries = projector.legend_entries()
    clusters = organisation.clusters.list(controller.store, controller.workshop.id)
    assert [name for _c, _code, name in entries] == [c.name for c in clusters]
    codes = [code for _c, code, _n in entries]
    assert len(set(codes)) == len(codes) and all(codes)
    legend = projector.legend.text()
    for _colour, code, name in entries:
        assert f"<b>{code}</b>&nbsp;{name.replace(' ', '&nbsp;')}" in legend
    # The points carry the same code as the legend, for the cluster that said them.
    model = projector.models[Quadrant.STRENGTH]
    data = projector.data
    row = next(r for r in range(model.rowCount()) if not model.row_info(r).heading)
    info = model.row_info(row)
    assert info.code in codes
    # The delegate leaves room for the code on the projector, not on the board.
    delegate = projector.board_page.quadrants[Quadrant.STRENGTH].list.itemDelegate()
    from PySide6.QtGui import QFontMetrics

    assert delegate._code_width(QFontMetrics(projector.font())) > 0
    assert data.cluster_codes


def test_the_legend_follows_the_current_cluster_and_keeps_names_literal(
    window, controller, projector
):
    from app.services import organisation as org

    odd = org.clusters.create(
        controller.store, controller.workshop.id, name="<b>Jeugd</b> & sport"
    ).value
    projector.data._load_lookups()
    projector.set_scope(ALL)
    assert "&lt;b&gt;Jeugd&lt;/b&gt;&nbsp;&amp;&nbsp;sport" in projector.legend.text()
    controller.set_cluster(odd.id)
    projector.set_scope(CURRENT)
    assert [name for _c, _code, name in projector.legend_entries()] == ["<b>Jeugd</b> & sport"]


def test_a_quadrant_that_does_not_fit_pages_through_every_point(projector, qtbot):
    projector.set_scope(ALL)
    projector.show_quadrant(Quadrant.STRENGTH)
    shown = projector.quadrant_page.shown
    shown._quiet_until = 0.0  # no capture to wait for
    qtbot.waitUntil(lambda: shown.header.text().endswith(f"blad 1/{shown.page()[1]}"))
    page, pages = shown.page()
    assert (page, pages) == (1, pages) and pages > 1  # 102 strengths do not fit
    assert f"blad 1/{pages}" in shown.header.text()

    def top_row() -> int:  # the first point the room sees
        return shown.list.indexAt(QPoint(5, 5)).row()

    tops = [top_row()]
    for _ in range(pages - 1):
        projector.advance_pages()
        tops.append(top_row())
    assert shown.page() == (pages, pages)
    assert tops == sorted(tops) and len(set(tops)) == pages  # a new screenful each time
    projector.advance_pages()  # after the last screenful: back to the first
    assert shown.page() == (1, pages)


def test_a_capture_is_shown_and_paging_waits(window, controller, projector, qtbot):
    from app.services import swot

    projector.set_scope(ALL)
    shown = projector.board_page.quadrants[Quadrant.OPPORTUNITY]
    point = swot.items.create(
        controller.store, controller.workshop.id, quadrant="O", text="Nieuwe kans uit de zaal"
    ).value
    controller.refresh(_created(point.id))
    qtbot.waitUntil(lambda: "Nieuwe kans uit de zaal" in shown.texts())
    value = shown.list.verticalScrollBar().value()
    projector.advance_pages()
    assert shown.list.verticalScrollBar().value() == value  # the room reads it first


def _created(point_id):  # type: ignore[no-untyped-def]
    from app.domain.changes import ChangeSet

    changes = ChangeSet()
    changes.add("created", "swot_item", point_id)
    return changes
