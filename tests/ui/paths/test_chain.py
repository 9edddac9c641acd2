"""The paths view and issue 11: the owner (trekker), an action that becomes a fiche,
and the workshop's own target groups, each one undo step."""

from __future__ import annotations

import pytest

from app.services import paths, proposals, target_groups
from tests.ui.planning_snapshots import round_trip


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.paths.view import PathsView

    v = PathsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    return v


def _path(view):  # type: ignore[no-untyped-def]
    return lambda: paths.paths.get(view.controller.store, view.record.id)


def test_the_owner_is_typed_or_picked_and_undone(view, controller):
    def type_owner() -> None:
        view.owner_edit.setEditText("Schepen van personeel")
        view.owner_edit.lineEdit().editingFinished.emit()

    _, after = round_trip(controller, _path(view), type_owner)
    assert after["owner"] == "Schepen van personeel"
    assert view.owner_edit.count() > 0  # the named participants are on offer
    person = view.owner_edit.itemText(0)

    def pick() -> None:
        view.owner_edit.setCurrentIndex(0)
        view.owner_edit.activated.emit(0)

    _, after = round_trip(controller, _path(view), pick)
    assert after["owner"] == person and after["owner_participant_id"]


def test_an_action_becomes_a_proposal_and_undo_takes_it_away(view, controller):
    store, ws = controller.store, controller.workshop.id
    count = len(proposals.proposals.list(store, ws))
    assert not view.to_proposal_button.isEnabled() or view.actions.list.currentRow() >= 0
    view.actions.list.setCurrentRow(1)
    assert view.to_proposal_button.isEnabled()
    made = view.action_to_proposal()
    assert made is not None
    assert made.title == view.record.actions[1].text and made.path_ids == (view.record.id,)
    assert len(proposals.proposals.list(store, ws)) == count + 1
    controller.undo_stack.undo()
    assert len(proposals.proposals.list(store, ws)) == count
    controller.undo_stack.redo()
    assert proposals.proposals.get(store, made.id).title == made.title


def test_the_groups_dialog_adds_and_moves_impact_when_removing(view, controller, qtbot):
    from app.ui.paths.target_groups import TargetGroupsDialog

    store, ws = controller.store, controller.workshop.id
    dialog = TargetGroupsDialog(controller, view)
    qtbot.addWidget(dialog)
    dialog.ask_text = lambda *_args: "Jongeren"  # type: ignore[method-assign]
    dialog.add()
    names = [g.name for g in target_groups.list_groups(store, ws)]
    assert names[-1] == "Jongeren"
    view.reload()
    assert "Jongeren" in view.group_names.values()

    groups = {g.name: g.id for g in target_groups.list_groups(store, ws)}
    using = [p.title for p in target_groups.paths_using(store, groups["Mandatarissen"])]
    assert using
    asked: list[str] = []

    def choose(_parent, _title, label, choices):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "Jongeren"

    dialog.ask_item = choose  # type: ignore[method-assign]
    dialog.remove(groups["Mandatarissen"])
    assert using[0] in asked[0]  # the dialog named the paths
    left = [g.name for g in target_groups.list_groups(store, ws)]
    assert "Mandatarissen" not in left
    moved = [p.title for p in target_groups.paths_using(store, groups["Jongeren"])]
    assert set(using) <= set(moved)
    controller.undo_stack.undo()
    assert [p.title for p in target_groups.paths_using(store, groups["Mandatarissen"])] == using

    dialog.ask_item = lambda *_args: None  # type: ignore[method-assign]
    dialog.remove(groups["Mandatarissen"])  # cancelled: the group stays
    assert "Mandatarissen" in [g.name for g in target_groups.list_groups(store, ws)]
