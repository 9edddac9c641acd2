"""The on-screen positioning rose (app/ui/widgets/rose.py): geometry and in-place updates."""

from __future__ import annotations

import math

import pytest

from app.ui.widgets.rose import (
    IMPORTANCE_COLOUR,
    SCORE_COLOUR,
    RoseChart,
    RoseSeries,
    outer_radius,
    spoke,
)

NAMES = [
    "Strategie en planning",
    "Financieel beheer",
    "Innovatie en dienstverlening",
    "Communicatie en reputatie",
    "Kwaliteit en organisatiebeheersing",
    "Personeel en organisatie",
    "Samenwerking en netwerken",
]


def test_spokes_start_at_the_top_and_turn_clockwise():
    assert spoke(0, 4, 2.0) == pytest.approx((0.0, 2.0))
    assert spoke(1, 4, 2.0) == pytest.approx((2.0, 0.0))
    assert spoke(2, 4, 1.0) == pytest.approx((0.0, -1.0))


@pytest.mark.parametrize("size", [(300, 260), (520, 420), (900, 300)])
def test_outer_radius_leaves_room_for_every_label(size):
    width, height = size
    boxes = [(110.0, 30.0)] * 7
    radius = outer_radius(width, height, boxes, gap=6)
    assert 10 <= radius < min(width, height) / 2
    for i, (w, h) in enumerate(boxes):
        sx, cy = spoke(i, 7, 1.0)
        right = (radius + 6) * abs(sx) + w * (0.5 + 0.5 * abs(sx))
        down = (radius + 6) * abs(cy) + h * (0.5 + 0.5 * abs(cy))
        assert right <= width / 2 + 1e-6 and down <= height / 2 + 1e-6
    # Nothing to fit around: almost the whole widget.
    assert math.isclose(outer_radius(width, height, []), min(width, height) / 2 - 2)


def _series(score: list[float | None]) -> list[RoseSeries]:
    return [
        RoseSeries("Belang", [4] * 7, IMPORTANCE_COLOUR, symbol="t1"),
        RoseSeries("Score", score, SCORE_COLOUR, filled=True),
    ]


def test_redrawing_updates_items_in_place(qtbot):
    chart = RoseChart()
    qtbot.addWidget(chart)
    chart.resize(420, 360)
    chart.show()
    chart.set_data(NAMES, _series([3.0] * 7))
    items = len(chart.getPlotItem().items)
    chart.set_data(NAMES, _series([2.0, None, 4, 4, 4, 4, 4]), [True] + [False] * 6)
    assert len(chart.getPlotItem().items) == items  # an answer adds nothing to the scene
    assert chart.highlighted[0] and chart._rings.data.size == 1
    chart.set_data(NAMES[:6], _series([3.0] * 6))
    assert len(chart.label_boxes()) == 6


def test_too_few_areas_draw_no_rose(qtbot):
    chart = RoseChart()
    qtbot.addWidget(chart)
    chart.set_data(NAMES[:2], _series([3.0, 3.0]))
    assert chart.label_boxes() == []
