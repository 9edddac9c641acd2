"""The participants list shows and edits e-mail addresses (schema 0006): undo gives
the old one back, and a broken address changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import organisation
from app.ui.organisation.people import PeopleView
from tests.ui.editing import snapshot

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def participants(controller, qtbot):  # type: ignore[no-untyped-def]
    view = PeopleView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.tabs.setCurrentWidget(view.participants)
    return view.participants


def test_an_address_is_shown_edited_and_undone(controller, participants):
    store, ws = controller.store, controller.workshop.id
    assert participants.model.headerData(participants.EMAIL, Qt.Orientation.Horizontal) == "E-mail"
    before = snapshot(organisation.participants, store, ws)
    index = participants.model.index(2, participants.EMAIL)
    assert participants.model.setData(index, "an.peeters@gemeente.be", EDIT)
    person = organisation.participants.list(store, ws)[2]
    assert person.email == "an.peeters@gemeente.be"
    assert participants.model.data(index) == "an.peeters@gemeente.be"
    controller.undo_stack.undo()
    assert snapshot(organisation.participants, store, ws) == before


def test_a_broken_address_changes_nothing(controller, participants, qtbot):
    store, ws = controller.store, controller.workshop.id
    before = snapshot(organisation.participants, store, ws)
    index = participants.model.index(2, participants.EMAIL)
    participants.model.setData(index, "geen adres", EDIT)
    assert snapshot(organisation.participants, store, ws) == before
