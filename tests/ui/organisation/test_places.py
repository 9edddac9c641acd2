"""Locaties en sessies: edits through the delegates, deletes that others point at."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleOptionViewItem

from app.services import organisation, proposals, swot
from app.ui.organisation.places import PlacesView
from app.ui.widgets.tables.delegates import OptionalDateEdit
from tests.ui.editing import answer_modal, snapshot

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def places(controller, qtbot):  # type: ignore[no-untyped-def]
    view = PlacesView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def locations(places):  # type: ignore[no-untyped-def]
    places.tabs.setCurrentWidget(places.locations)
    return places.locations


@pytest.fixture
def sessions(places):  # type: ignore[no-untyped-def]
    places.tabs.setCurrentWidget(places.sessions)
    return places.sessions


def round_trip(controller, entity, edit) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    store, ws = controller.store, controller.workshop.id
    before = snapshot(entity, store, ws)
    edit()
    after = snapshot(entity, store, ws)
    assert after != before, "the edit changed nothing"
    controller.undo_stack.undo()
    assert snapshot(entity, store, ws) == before
    controller.undo_stack.redo()
    assert snapshot(entity, store, ws) == after
    return before, after


def select_row(editor, row: int) -> None:  # type: ignore[no-untyped-def]
    editor.table.selectionModel().setCurrentIndex(
        editor.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    editor.table.setFocus()


# -- locations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value", "field", "stored"),
    [
        ("NAME", "Stadhuis (raadzaal)", "name", "Stadhuis (raadzaal)"),
        ("ADDRESS", "Vrijheid 149 bus 2", "address", "Vrijheid 149 bus 2"),
        ("POSTCODE", "2321", "postcode", "2321"),
        ("DEELGEMEENTE", "Meer", "deelgemeente", "Meer"),
    ],
)
def test_location_fields_round_trip(controller, locations, column, value, field, stored):
    index = locations.model.index(0, getattr(locations, column))
    _, after = round_trip(
        controller, organisation.locations, lambda: locations.model.setData(index, value, EDIT)
    )
    assert after[0][field] == stored


def test_clearing_a_deelgemeente_means_the_main_municipality(controller, locations):
    row = next(i for i, p in enumerate(locations.model.records) if p.deelgemeente)
    index = locations.model.index(row, locations.DEELGEMEENTE)
    _, after = round_trip(
        controller, organisation.locations, lambda: locations.model.setData(index, "", EDIT)
    )
    assert after[row]["deelgemeente"] is None


def test_add_and_move_a_location(controller, locations, qtbot):
    store, ws = controller.store, controller.workshop.id
    select_row(locations, 0)
    _, after = round_trip(controller, organisation.locations, locations.add_row)
    assert after[-1]["name"] == "Nieuwe locatie"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    select_row(locations, len(after) - 1)
    _, moved = round_trip(
        controller,
        organisation.locations,
        lambda: qtbot.keyClick(locations.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier),
    )
    assert moved[-2]["name"] == "Nieuwe locatie"
    assert organisation.locations.list(store, ws)[-2].name == "Nieuwe locatie"


def test_deleting_a_location_keeps_sessions_and_proposals_and_undo_relinks(
    controller, locations, qtbot
):
    store, ws = controller.store, controller.workshop.id
    day = organisation.sessions.list(store, ws)[0]
    place = organisation.locations.get(store, day.location_id)
    proposal = proposals.proposals.list(store, ws)[0]
    proposals.proposals.update(store, proposal.id, location_id=place.id)
    before = snapshot(organisation.sessions, store, ws)
    select_row(locations, locations.model.row_of(place.id))
    round_trip(
        controller,
        organisation.locations,
        lambda: qtbot.keyClick(locations.table, Qt.Key.Key_Delete),
    )
    # After redo the location is gone again and nothing points at it.
    assert organisation.sessions.get(store, day.id).location_id is None
    assert proposals.proposals.get(store, proposal.id).location_id is None
    controller.undo_stack.undo()
    assert snapshot(organisation.sessions, store, ws) == before
    assert proposals.proposals.get(store, proposal.id).location_id == place.id


# -- sessions ----------------------------------------------------------------------------


def test_session_title_round_trip(controller, sessions):
    index = sessions.model.index(2, sessions.TITLE)
    _, after = round_trip(
        controller,
        organisation.sessions,
        lambda: sessions.model.setData(index, "Dag 3 – Beleidsvoorstellen", EDIT),
    )
    assert after[2]["title"] == "Dag 3 – Beleidsvoorstellen"


def test_session_date_through_the_date_editor(controller, sessions):
    index = sessions.model.index(1, sessions.DATE)
    delegate = sessions.table.itemDelegateForColumn(sessions.DATE)
    editor = delegate.createEditor(sessions.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, OptionalDateEdit)
    delegate.setEditorData(editor, index)
    assert editor.value() == sessions.model.records[1].date
    editor.setDate(QDate(2026, 3, 5))
    _, after = round_trip(
        controller,
        organisation.sessions,
        lambda: delegate.setModelData(editor, sessions.model, index),
    )
    assert after[1]["date"] == dt.date(2026, 3, 5)
    assert "05/03/2026" in sessions.model.data(index)


def test_delete_in_the_date_editor_means_no_date(controller, sessions, qtbot):
    index = sessions.model.index(0, sessions.DATE)
    delegate = sessions.table.itemDelegateForColumn(sessions.DATE)
    editor = delegate.createEditor(sessions.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.value() is None
    assert editor.text() == "(geen datum)"
    _, after = round_trip(
        controller,
        organisation.sessions,
        lambda: delegate.setModelData(editor, sessions.model, index),
    )
    assert after[0]["date"] is None
    assert sessions.model.data(index) == "(geen datum)"


def test_session_location_through_its_combo(controller, sessions):
    store, ws = controller.store, controller.workshop.id
    index = sessions.model.index(3, sessions.LOCATION)
    delegate = sessions.table.itemDelegateForColumn(sessions.LOCATION)
    editor = delegate.createEditor(sessions.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    place = next(p for p in organisation.locations.list(store, ws) if p.deelgemeente)
    editor.setCurrentIndex(editor.findData(place.id))
    _, after = round_trip(
        controller,
        organisation.sessions,
        lambda: delegate.setModelData(editor, sessions.model, index),
    )
    assert after[3]["location_id"] == place.id
    assert sessions.model.data(index) == f"{place.name} ({place.deelgemeente})"


def test_add_and_move_a_session(controller, sessions, qtbot):
    select_row(sessions, 3)
    _, after = round_trip(controller, organisation.sessions, sessions.add_row)
    assert after[-1]["title"] == "Nieuwe sessie" and after[-1]["date"] is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    select_row(sessions, 0)
    first = sessions.model.records[0].id
    _, moved = round_trip(
        controller,
        organisation.sessions,
        lambda: sessions.down_button.click(),
    )
    assert moved[1]["id"] == first


def test_deleting_a_session_with_points_asks_and_undo_gives_them_back(controller, sessions, qtbot):
    store, ws = controller.store, controller.workshop.id
    day = sessions.model.records[0]
    controller.set_session(day.id)

    def points() -> dict[str, str | None]:
        return {p.id: p.session_id for p in swot.list_items(store, ws, include_absorbed=True)}

    before = points()
    assert day.id in before.values()
    questions: list[str] = []

    def yes(box) -> None:  # type: ignore[no-untyped-def]
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    select_row(sessions, 0)
    answer_modal(yes)
    round_trip(
        controller,
        organisation.sessions,
        lambda: qtbot.keyClick(sessions.table, Qt.Key.Key_Delete),
    )
    assert questions and "SWOT-punten" in questions[0]
    assert day.id not in points().values()
    assert controller.current_session_id is None
    controller.undo_stack.undo()
    assert points() == before


def test_saying_no_keeps_the_session(controller, sessions, qtbot):
    store, ws = controller.store, controller.workshop.id
    before = snapshot(organisation.sessions, store, ws)
    select_row(sessions, 0)
    answer_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(sessions.table, Qt.Key.Key_Delete)
    assert snapshot(organisation.sessions, store, ws) == before
    assert controller.undo_stack.count() == 0
