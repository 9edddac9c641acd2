"""The positioning roses on the projector: asked for from the roses tab, readable from
the back (type from the height and the workshop's text size), laid out for 1024×768,
and following new answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from app.services import analysis, organisation
from app.ui.analysis.projector import RosesPage
from app.ui.analysis.roses import EXTERNAL, INTERNAL
from tests.ui.keys import press


@pytest.fixture
def roses_page(window, qtbot):
    QSettings().remove("projector/textScale")
    view = window.show_view("analysis")
    view.tabs.setCurrentWidget(view.roses)
    view.activate()
    view.roses.layout_mode.setCurrentIndex(view.roses.layout_mode.findData("pair"))
    view.roses.draw()
    qtbot.mouseClick(view.roses.project, Qt.MouseButton.LeftButton)
    projector = window.projector.window
    assert projector is not None
    qtbot.waitExposed(projector)
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.height() == 768)
    page = projector.stack.currentWidget()
    assert isinstance(page, RosesPage)
    return page


def test_the_tab_puts_its_pair_on_the_projector(window, roses_page):
    view = window.views["analysis"]
    kind, ids = view.roses.shown()
    assert kind == INTERNAL and len(ids) == 2
    assert [c.id for c in roses_page.clusters()] == ids
    assert [card.chart.numbered for card in roses_page.cards] == [False, False]
    # Full area names on the spokes, not numbers the room cannot look up.
    names = [a.name for a in roses_page.data.internal_areas]
    assert roses_page.cards[0].chart.names == names
    assert window.projector.window.isVisible()


def test_1024_by_768_keeps_labels_inside_and_large(roses_page, qtbot):
    inside = roses_page.rect()
    for card in roses_page.cards:
        chart = card.chart
        assert chart.label_font_pixels() >= 14  # from the back of the room at 768 lines
        width, height = chart.width(), chart.height()
        for x, y, w, h in chart.label_boxes():
            assert x >= -1 and y >= -1 and x + w <= width + 1 and y + h <= height + 1
        top_left = card.mapTo(roses_page, card.rect().topLeft())
        assert inside.contains(card.rect().translated(top_left))
    assert roses_page.legend.geometry().bottom() <= inside.bottom()


def test_the_text_size_reaches_the_roses(window, roses_page, qtbot):
    before = roses_page.cards[0].chart.label_font_pixels()
    title_before = roses_page.title.font().pixelSize()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert roses_page.text_scale > 1.0
    assert roses_page.cards[0].chart.label_font_pixels() > before
    assert roses_page.title.font().pixelSize() > title_before
    press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert roses_page.cards[0].chart.label_font_pixels() < before


def test_many_clusters_get_numbers_and_the_legend_names_the_areas(controller, roses_page):
    clusters = organisation.clusters.list(controller.store, controller.workshop.id)
    roses_page.set_content(EXTERNAL, [c.id for c in clusters])
    assert len(roses_page.cards) == len(clusters) > 2
    assert all(card.chart.numbered for card in roses_page.cards)
    for n, area in enumerate(roses_page.data.external_areas, start=1):
        assert f"<b>{n}</b>&nbsp;{area.name}" in roses_page.legend.text()
    assert "Externe analyse" in roses_page.title.text()


def test_the_page_follows_new_answers(controller, roses_page):
    card = roses_page.cards[0]
    cluster = roses_page.clusters()[0]
    before = list(card.chart.series[1].values)
    data = roses_page.data
    area = data.internal_areas[0]
    statements = [s for s in data.statements if s.area_id == area.id]
    for statement in statements:
        controller.apply(
            lambda s=statement: analysis.set_score(controller.store, cluster.id, s.id, 1)
        )
    after = list(roses_page.cards[0].chart.series[1].values)
    assert after[0] == 1.0 and after[0] != before[0]


def test_the_scenario_and_voting_pages_follow_the_text_size_too(window, controller, qtbot):
    from app.ui.scenario.projector import ScenarioPage
    from app.ui.scenario.state import ScenarioState
    from app.ui.voting.projector_page import VotingPage

    projector = window.projector.ensure_window()
    projector.resize(1024, 768)
    for page in (
        ScenarioPage(
            ScenarioState(controller.store, controller.workshop.id, projector), projector.stack
        ),
        VotingPage(projector.stack),
    ):
        projector.show_page(page)
        projector.set_text_scale(1.0)
        before = page.title.font().pixelSize()
        projector.set_text_scale(1.5)
        assert page.title.font().pixelSize() > before, type(page).__name__
