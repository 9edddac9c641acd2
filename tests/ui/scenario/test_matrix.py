"""The impact/effort matrix: a bubble per fiche at its means on the chosen criteria."""

from __future__ import annotations

from app.services import proposals, rounds
from app.services.rounds import BallotInput
from app.ui.scenario.matrix import MatrixView


def test_bubbles_sit_at_the_means_of_the_chosen_criteria(controller, qtbot):
    store, ws = controller.store, controller.workshop.id
    fiches = [p for p in proposals.proposals.list(store, ws) if p.code.startswith("VT")][:3]
    made = rounds.create_round(
        store, ws, "Impact en haalbaarheid", "score", [("proposal", p.id) for p in fiches]
    ).value
    rounds.open_round(store, made.id)
    a, b, c = (o.id for o in made.options)
    first = {a: {"impact": 5, "haalbaarheid": 1}, b: {"impact": 2, "haalbaarheid": 4}}
    rounds.cast_ballot(store, made.id, BallotInput(first))
    second = {a: {"impact": 4, "haalbaarheid": 2}, c: {"impact": 3}}
    rounds.cast_ballot(store, made.id, BallotInput(second))
    rounds.close_round(store, made.id)

    view = MatrixView(controller)
    qtbot.addWidget(view)
    assert view.round.currentData() == made.id
    assert (view.x_axis.currentText(), view.y_axis.currentText()) == ("Haalbaarheid", "Impact")
    shown = {label: (x, y) for label, x, y, _size in view.positions()}
    # c was never scored on haalbaarheid: no bubble.
    assert shown == {fiches[0].code: (1.5, 4.5), fiches[1].code: (4.0, 2.0)}
    view.x_axis.setCurrentText("Urgentie")
    assert view.positions() == []
    view.labels[1].setText("Snelle winst")
    assert "Snelle winst" in [
        i.toPlainText() for i in view.plot.getPlotItem().items if hasattr(i, "toPlainText")
    ]
