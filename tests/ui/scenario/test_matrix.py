"""The impact/effort matrix: a bubble per fiche at its means on the chosen criteria."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import proposals, rounds
from app.services.rounds import BallotInput
from app.ui.scenario.matrix import MatrixView


def test_bubbles_sit_at_the_means_of_the_chosen_criteria(controller, qtbot):
    store, ws = controller.store, controller.workshop.id
    proposal_list = [p for p in proposals.proposals.list(store, ws) if p.code.startswith("VT")][:3]
    made = rounds.create_round(
        store, ws, "Impact en haalbaarheid", "score", [("proposal", p.id) for p in proposal_list]
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
    assert shown == {proposal_list[0].code: (1.5, 4.5), proposal_list[1].code: (4.0, 2.0)}
    view.x_axis.setCurrentText("Urgentie")
    assert view.positions() == []
    view.labels[1].setText("Snelle winst")
    assert "Snelle winst" in [
        i.toPlainText() for i in view.plot.getPlotItem().items if hasattr(i, "toPlainText")
    ]


def _closed_score_round(controller):
    store, ws = controller.store, controller.workshop.id
    proposal_list = [p for p in proposals.proposals.list(store, ws) if p.code.startswith("VT")][:2]
    made = rounds.create_round(
        store, ws, "Matrixronde", "score", [("proposal", p.id) for p in proposal_list]
    ).value
    rounds.open_round(store, made.id)
    a, b = (o.id for o in made.options)
    rounds.cast_ballot(
        store,
        made.id,
        BallotInput({a: {"impact": 5, "haalbaarheid": 1, "urgentie": 2}, b: {"impact": 2}}),
    )
    rounds.close_round(store, made.id)
    return made


def test_labels_and_axes_are_saved_reloaded_and_undone(controller, qtbot):
    from app.services import matrix as matrices

    made = _closed_score_round(controller)
    view = MatrixView(controller)
    qtbot.addWidget(view)
    view.controller.changed.connect(view.on_changed)
    edit = view.labels[1]
    edit.setText("Snelle <b>winst</b>")
    edit.editingFinished.emit()
    view.x_axis.setCurrentIndex(view.x_axis.findText("Urgentie"))
    view.x_axis.activated.emit(view.x_axis.currentIndex())
    kept = matrices.settings(controller.store, controller.workshop.id)
    assert kept.labels == ("", "Snelle <b>winst</b>", "", "")
    assert kept.x_criterion == "Urgentie" and kept.round_id is None
    # Another view (another day, the projector) reads the same.
    again = MatrixView(controller)
    qtbot.addWidget(again)
    assert again.labels[1].text() == "Snelle <b>winst</b>"
    assert again.x_axis.currentText() == "Urgentie"
    assert again.round.currentData() == made.id
    assert "Snelle <b>winst</b>" in again.plot.quadrant_texts  # plain text, as typed
    # Undo: first the axis, then the label.
    controller.undo_stack.undo()
    assert view.x_axis.currentText() == "Haalbaarheid"
    controller.undo_stack.undo()
    assert view.labels[1].text() == "Quick wins"
    assert matrices.settings(controller.store, controller.workshop.id).labels == ("",) * 4
    controller.undo_stack.redo()
    assert view.labels[1].text() == "Snelle <b>winst</b>"


def test_the_projector_shows_the_workshops_matrix_and_its_text_size(window, controller, qtbot):
    from PySide6.QtCore import QSettings

    from app.services import matrix as matrices
    from app.ui.scenario.matrix_projector import MatrixPage

    QSettings().remove("projector/textScale")
    made = _closed_score_round(controller)
    controller.apply(
        lambda: matrices.set_settings(
            controller.store,
            controller.workshop.id,
            round_id=made.id,
            labels=("Groot", "Snel & goed", "Laten", "Later"),
        )
    )
    view = window.show_view("matrix")
    qtbot.mouseClick(view.project, Qt.MouseButton.LeftButton)
    projector = window.projector.window
    page = projector.stack.currentWidget()
    assert isinstance(page, MatrixPage)
    projector.resize(1024, 768)
    qtbot.waitUntil(lambda: projector.height() == 768)
    assert page.chart.quadrant_texts == ["Groot", "Snel & goed", "Laten", "Later"]
    assert page.chart.bubble_labels  # the fiches scored on both axes
    assert "Matrixronde" in page.title.text()
    before = page.line_pixels()
    assert before >= 20
    window.projector.step_text(+1)
    assert page.line_pixels() > before
    # A label changed in the window reaches the room.
    view.labels[0].setText("Grote werven")
    view.labels[0].editingFinished.emit()
    assert page.chart.quadrant_texts[0] == "Grote werven"
