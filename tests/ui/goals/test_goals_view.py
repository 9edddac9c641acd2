"""The Doelen view: the demo's goal tree, keyboard and drag-and-drop moves with undo,
a move against the tree refused, adding and renaming."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from app.services import goals
from tests.ui.keys import press


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.goals.view import GoalsView

    v = GoalsView(controller)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def _order(controller):  # type: ignore[no-untyped-def]
    return [(g.id, g.parent_id) for g in goals.tree(controller.store, controller.workshop.id)]


def _top(view, n: int):  # type: ignore[no-untyped-def]
    return view.tree.topLevelItem(n)


def test_the_demo_tree_with_owners_and_money(view, controller):
    tree = goals.tree(controller.store, controller.workshop.id)
    assert view.tree.topLevelItemCount() == sum(1 for g in tree if g.level == 1) == 5
    first = _top(view, 0)
    assert first.text(0).startswith("BD01 ") and first.text(1)  # an owner
    assert view.money.rowCount() == len(view.data.years) + 1
    assert view.indicators.rowCount() == 1


def test_alt_down_moves_and_undo_puts_back(view, controller, qtbot):
    before = _order(controller)
    view.tree.setCurrentItem(_top(view, 1).child(0))  # AP02.01
    press(view.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = _order(controller)
    assert moved != before
    plan_id = view.current_id()
    siblings = [g for g, p in moved if p == dict(moved)[plan_id]]
    assert siblings.index(plan_id) == 1
    assert view.current_id() == plan_id  # still chosen after the move
    controller.undo_stack.undo()
    assert _order(controller) == before
    controller.undo_stack.redo()
    assert _order(controller) == moved


def test_alt_up_past_the_first_goes_into_the_previous_parent(view, controller):
    plan_id = _top(view, 1).child(0).data(0, Qt.ItemDataRole.UserRole)
    first_objective = _top(view, 0).data(0, Qt.ItemDataRole.UserRole)
    view.select(plan_id)
    press(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert goals.get(controller.store, plan_id).parent_id == first_objective
    controller.undo_stack.undo()
    assert goals.get(controller.store, plan_id).parent_id == _top(view, 1).data(
        0, Qt.ItemDataRole.UserRole
    )


def _drop(view, target_item, position) -> None:  # type: ignore[no-untyped-def]
    view.drop(view.current_id(), target_item.data(0, Qt.ItemDataRole.UserRole), position)


def test_drag_and_drop_moves_an_actie_to_another_actieplan_and_undo(view, controller, qtbot):
    before = _order(controller)
    action = _top(view, 1).child(0).child(0)
    target_plan = _top(view, 2).child(0)
    action_id = action.data(0, Qt.ItemDataRole.UserRole)
    target_id = target_plan.data(0, Qt.ItemDataRole.UserRole)
    view.tree.setCurrentItem(action)
    # A drop event on the target actieplan's row: the actie becomes its last.
    rect = view.tree.visualItemRect(target_plan)
    event = QDropEvent(
        QPointF(rect.center()), Qt.DropAction.MoveAction, QMimeData(),
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    view.tree.dropEvent(event)
    qtbot.waitUntil(lambda: goals.get(controller.store, action_id).parent_id == target_id)
    assert [g for g, p in _order(controller) if p == target_id][-1] == action_id
    controller.undo_stack.undo()
    assert _order(controller) == before


def test_a_drop_against_the_tree_is_refused_and_said(view, controller, qtbot):
    before = _order(controller)
    failures: list[str] = []
    controller.failed.connect(failures.append)
    view.select(_top(view, 0).child(0).data(0, Qt.ItemDataRole.UserRole))  # an actieplan
    action = _top(view, 1).child(0).child(0)  # onto an actie
    _drop(view, action, QAbstractItemView.DropIndicatorPosition.OnItem)
    assert _order(controller) == before
    assert failures and "actieplan hoort onder een beleidsdoelstelling" in failures[0]


def test_add_a_child_and_rename_it_then_undo(view, controller, qtbot):
    count = len(goals.tree(controller.store, controller.workshop.id))
    view.select(_top(view, 0).data(0, Qt.ItemDataRole.UserRole))
    view.new_child_button.click()
    new = goals.get(controller.store, view.current_id())
    assert new.level == 2 and new.code == "AP01.02"
    view.title_edit.setText("Mantelzorgers ondersteunen")
    view.title_edit.editingFinished.emit()
    assert goals.get(controller.store, new.id).title == "Mantelzorgers ondersteunen"
    controller.undo_stack.undo()
    assert goals.get(controller.store, new.id).title == "Nieuw actieplan"
    controller.undo_stack.undo()
    assert len(goals.tree(controller.store, controller.workshop.id)) == count


def test_the_proposal_form_puts_a_proposal_under_an_actieplan_or_actie(controller, qtbot):
    from app.services import proposals
    from app.ui.proposals.view import ProposalsView

    view = ProposalsView(controller)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    view.show()
    qtbot.waitExposed(view)
    proposal = proposals.proposals.get(controller.store, view.model.proposal(0).id)
    view.open_proposal(proposal.id)
    box = view.form.goal
    assert box.currentData() == proposal.goal_id  # the demo's fiches hang under goals
    tree = goals.tree(controller.store, controller.workshop.id)
    objective = next(g for g in tree if g.level == 1)
    # A beleidsdoelstelling is a heading in the list, not a choice.
    item = box.model().item(box.findData(objective.id))
    assert not item.isEnabled()
    other = next(g for g in tree if g.level == 3 and g.id != proposal.goal_id)
    index = box.findData(other.id)
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert proposals.proposals.get(controller.store, proposal.id).goal_id == other.id
    controller.undo_stack.undo()
    assert proposals.proposals.get(controller.store, proposal.id).goal_id == proposal.goal_id


def test_a_path_links_to_goals_and_undo(controller, qtbot):
    from PySide6.QtCore import Qt as _Qt

    from app.services import paths
    from app.ui.paths.view import PathsView

    view = PathsView(controller)
    qtbot.addWidget(view)
    view.resize(1100, 680)
    view.show()
    qtbot.waitExposed(view)
    path = view.record
    assert path is not None
    before = set(path.goal_ids)  # the demo links a path to the actieplannen it themes
    ticked = {
        view.goal_links.item(n).data(_Qt.ItemDataRole.UserRole)
        for n in range(view.goal_links.count())
        if view.goal_links.item(n).checkState() == _Qt.CheckState.Checked
    }
    assert ticked == before
    assert view.goal_links.count() == len(goals.tree(controller.store, controller.workshop.id))
    item = view.goal_links.item(0)  # a beleidsdoelstelling: no path of the demo has one
    goal_id = item.data(_Qt.ItemDataRole.UserRole)
    item.setCheckState(_Qt.CheckState.Checked)
    assert set(paths.paths.get(controller.store, path.id).goal_ids) == before | {goal_id}
    assert view.goal_links.item(0).checkState() == _Qt.CheckState.Checked
    controller.undo_stack.undo()
    assert set(paths.paths.get(controller.store, path.id).goal_ids) == before


def test_alt_right_hops_to_the_next_parent_and_undo(view, controller):
    action_id = _top(view, 1).child(0).child(0).data(0, Qt.ItemDataRole.UserRole)
    next_plan = _top(view, 1).child(1).data(0, Qt.ItemDataRole.UserRole)
    before = _order(controller)
    view.select(action_id)
    press(view.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert goals.get(controller.store, action_id).parent_id == next_plan
    assert [g for g, p in _order(controller) if p == next_plan][0] == action_id
    # A beleidsdoelstelling keeps its place: it has no parent to hop to.
    view.select(_top(view, 0).data(0, Qt.ItemDataRole.UserRole))
    press(view.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    controller.undo_stack.undo()
    assert _order(controller) == before


def test_indicators_are_edited_in_the_table_and_a_bad_year_is_refused(view, controller):
    from PySide6.QtWidgets import QTableWidgetItem

    goal_id = view.current_id()
    before = [goals.indicator_spec(i) for i in goals.get(controller.store, goal_id).indicators]
    failures: list[str] = []
    controller.failed.connect(failures.append)
    view.add_indicator_button.click()
    after = goals.get(controller.store, goal_id).indicators
    assert [i.name for i in after] == [*(i.name for i in before), "Nieuwe indicator"]
    view.indicators.setItem(len(before), 3, QTableWidgetItem("2030"))
    assert goals.get(controller.store, goal_id).indicators[-1].target_year == 2030
    view.indicators.setItem(len(before), 3, QTableWidgetItem("volgend jaar"))
    assert failures and "geen jaartal" in failures[-1]
    assert goals.get(controller.store, goal_id).indicators[-1].target_year == 2030
    assert view.indicators.item(len(before), 3).text() == "2030"  # the stored value again
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    now = goals.get(controller.store, goal_id).indicators
    assert [goals.indicator_spec(i) for i in now] == before


def test_delete_a_branch_by_keyboard_and_undo(view, controller):
    before = _order(controller)
    objective = _top(view, 0).data(0, Qt.ItemDataRole.UserRole)
    view.select(objective)
    press(view.tree, Qt.Key.Key_Delete)
    after = _order(controller)
    assert objective not in dict(after) and len(after) < len(before)
    assert view.tree.topLevelItemCount() == 4
    controller.undo_stack.undo()
    assert _order(controller) == before
    assert view.tree.topLevelItemCount() == 5


def test_rename_in_the_tree_with_f2_and_undo(view, controller, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit

    from tests.ui.keys import type_text

    goal_id = _top(view, 0).data(0, Qt.ItemDataRole.UserRole)
    old = goals.get(controller.store, goal_id).title
    view.select(goal_id)
    view.tree.setFocus()
    press(view.tree, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "BD01 Zorg dichtbij")
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goals.get(controller.store, goal_id).title == "Zorg dichtbij")
    assert _top(view, 0).text(0) == "BD01 Zorg dichtbij"
    controller.undo_stack.undo()
    assert goals.get(controller.store, goal_id).title == old
