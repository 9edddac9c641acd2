"""The development paths view: every kind of edit is stored, undone and redone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import paths, reporting, swot
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


def _group(view, name: str) -> str:  # type: ignore[no-untyped-def]
    """The id of the workshop's target group of this name."""
    return next(g for g, n in view.group_names.items() if n == name)


def _all(controller):  # type: ignore[no-untyped-def]
    return lambda: paths.paths.list(controller.store, controller.workshop.id)


def _edit_row(qtbot, list_widget, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the row's editor as F2 would, type, press Enter."""
    list_widget.setCurrentRow(row)
    list_widget.editItem(list_widget.item(row))
    # The open editor; closed ones linger until deferred deletion.
    open_editors = [w for w in list_widget.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(open_editors) == 1
    editor = open_editors[0]
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor queued


def test_shows_the_demo_paths_in_order(view, controller):
    listed = paths.paths.list(controller.store, controller.workshop.id)
    assert view.list.count() == len(listed) == 7
    assert view.list.item(0).text() == f"1. {listed[0].title}"
    assert view.title_edit.text() == listed[0].title
    assert view.actions.texts() == [a.text for a in listed[0].actions]
    staff = [i.text for i in listed[0].impacts if i.target_group == "Medewerkers"]
    assert view.impacts[_group(view, "Medewerkers")].texts() == staff


def test_title_and_description(view, controller, qtbot):
    def title() -> None:
        view.title_edit.setText("Een warm HR-beleid")
        qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)

    _, after = round_trip(controller, _path(view), title)
    assert after["title"] == "Een warm HR-beleid"
    assert view.list.item(0).text() == "1. Een warm HR-beleid"

    def description() -> None:
        view.description.setPlainText("Nieuwe beschrijving")
        view.description.editingFinished.emit()

    round_trip(controller, _path(view), description)


def test_actions_add_edit_delete_move(view, controller, qtbot):
    editor = view.actions

    def add() -> None:
        editor.new_line.setText("een opleidingsplan")
        qtbot.keyClick(editor.new_line, Qt.Key.Key_Return)

    _, after = round_trip(controller, _path(view), add)
    assert after["actions"][-1]["text"] == "een opleidingsplan"
    assert editor.new_line.text() == ""

    def edit() -> None:
        _edit_row(qtbot, editor.list, 1, "vormingsbeleid, herwerkt")

    _, after = round_trip(controller, _path(view), edit)
    assert after["actions"][1]["text"] == "vormingsbeleid, herwerkt"

    def delete() -> None:
        editor.list.setCurrentRow(0)
        qtbot.keyClick(editor.list, Qt.Key.Key_Delete)

    before, after = round_trip(controller, _path(view), delete)
    assert len(after["actions"]) == len(before["actions"]) - 1

    def move() -> None:
        editor.list.setCurrentRow(0)
        qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    before, after = round_trip(controller, _path(view), move)
    texts = [a["text"] for a in before["actions"]]
    assert [a["text"] for a in after["actions"]] == [texts[1], texts[0], *texts[2:]]
    assert editor.list.currentRow() == 1  # the moved action stays under the cursor


def test_impacts_per_target_group(view, controller, qtbot):
    customers = view.impacts[_group(view, "Klanten")]

    def add() -> None:
        customers.new_line.setText("Klanten vinden sneller hun weg.")
        qtbot.keyClick(customers.new_line, Qt.Key.Key_Return)

    before, after = round_trip(controller, _path(view), add)
    groups = [(i["target_group"], i["text"]) for i in after["impacts"]]
    assert ("Klanten", "Klanten vinden sneller hun weg.") in groups
    # The staff impacts keep their order, and the new group follows them.
    assert groups[: len(before["impacts"])] == [
        (i["target_group"], i["text"]) for i in before["impacts"]
    ]
    assert customers.texts() == ["Klanten vinden sneller hun weg."]

    staff = view.impacts[_group(view, "Medewerkers")]

    def edit() -> None:
        _edit_row(qtbot, staff.list, 0, "Onze medewerkers weten wat er verwacht wordt.")

    round_trip(controller, _path(view), edit)

    def delete() -> None:
        staff.list.setCurrentRow(2)
        staff.delete_button.click()

    _, after = round_trip(controller, _path(view), delete)
    assert len(staff.texts()) == len(
        [i for i in after["impacts"] if i["target_group"] == "Medewerkers"]
    )


def test_swot_links_add_and_remove(view, controller, qtbot):
    linked = set(view.record.swot_item_ids)
    other = next(
        i for i in swot.list_items(controller.store, controller.workshop.id) if i.id not in linked
    )
    offered: list[set[str]] = []

    def pick(exclude: set[str]) -> list[str]:
        offered.append(exclude)
        return [other.id]

    view.links.pick = pick
    _, after = round_trip(controller, _path(view), view.links.add_button.click)
    assert other.id in after["swot_item_ids"]
    assert offered == [linked]  # the picker does not offer what is linked already

    def remove() -> None:
        view.links.list.setCurrentRow(0)
        qtbot.keyClick(view.links.list, Qt.Key.Key_Delete)

    before, after = round_trip(controller, _path(view), remove)
    assert len(after["swot_item_ids"]) == len(before["swot_item_ids"]) - 1


def test_swot_picker_narrows_by_text_without_accents(qtbot, controller):
    from app.ui.widgets.editors.swot_links import SwotPicker

    items = swot.list_items(controller.store, controller.workshop.id)
    picker = SwotPicker(items, exclude={items[0].id}, parent=None)
    qtbot.addWidget(picker)
    assert picker.filter.rowCount() == len(items) - 1
    target = next(i for i in items[1:] if any(c in i.text for c in "ëéè"))
    word = next(w for w in target.text.split() if any(c in w for c in "ëéè"))
    plain_word = word.translate(str.maketrans("ëéè", "eee")).upper()
    picker.search.setText(plain_word)
    assert 0 < picker.filter.rowCount() < len(items) - 1
    shown = [picker.filter.index(r, 0).data() for r in range(picker.filter.rowCount())]
    assert any(target.text in s for s in shown)
    picker.view.setCurrentIndex(picker.filter.index(0, 0))
    assert len(picker.chosen_ids()) == 1


def test_new_path_and_delete_path_with_its_proposal_links(view, controller):
    read_all = _all(controller)
    view.new_button.click()
    # The new path is chosen, its title selected to be typed over.
    assert view.title_edit.text() == "Nieuw ontwikkelpad"
    assert view.title_edit.selectedText() == "Nieuw ontwikkelpad"
    assert view.list.currentRow() == view.list.count() - 1
    controller.undo_stack.undo()
    round_trip(controller, read_all, view.new_button.click)

    view.list.setCurrentRow(0)
    first = view.record.id

    def proposals():  # type: ignore[no-untyped-def]
        return [p.path_ids for p in reporting.proposals(controller.store, controller.workshop.id)]

    assert any(first in ids for ids in proposals())

    def everything():  # type: ignore[no-untyped-def]
        return (read_all(), proposals())

    _, after = round_trip(controller, everything, view.delete_button.click)
    assert first not in [p["id"] for p in after[0]]


def test_reorder_with_keys_and_by_dragging(view, controller, qtbot):
    read_all = _all(controller)

    def alt_down() -> None:
        view.list.setCurrentRow(0)
        qtbot.keyClick(view.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    before, after = round_trip(controller, read_all, alt_down)
    assert [p["id"] for p in after][:2] == [before[1]["id"], before[0]["id"]]
    assert view.list.item(1).text().startswith("2. ")
    assert view.list.currentRow() == 1

    def drag_last_to_top() -> None:
        # What QListWidget does on an internal drop: move the row in its model.
        last = view.list.count() - 1
        view.list.model().moveRow(QModelIndex(), last, QModelIndex(), 0)

    before, after = round_trip(controller, read_all, drag_last_to_top)
    assert after[0]["id"] == before[-1]["id"]
    assert [p["position"] for p in after] == list(range(len(after)))


def test_empty_title_is_refused_with_a_message(window, controller, qtbot):
    view = window.show_view("paths")
    stored = view.record.title
    steps = controller.undo_stack.count()
    view.title_edit.setText("   ")
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert "mag niet leeg zijn" in window.statusBar().currentMessage()
    assert paths.paths.get(controller.store, view.record.id).title == stored
    assert view.title_edit.text() == stored  # the stored title is back on screen
    assert controller.undo_stack.count() == steps


def test_leaving_a_field_untouched_adds_no_undo_step(view, controller, qtbot):
    steps = controller.undo_stack.count()
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    view.description.editingFinished.emit()
    assert controller.undo_stack.count() == steps


def test_emptied_action_is_refused_and_shown_again(window, controller, qtbot):
    view = window.show_view("paths")
    before = paths.paths.get(controller.store, view.record.id)
    _edit_row(qtbot, view.actions.list, 0, "  ")
    assert "mag niet leeg zijn" in window.statusBar().currentMessage()
    assert paths.paths.get(controller.store, view.record.id) == before
    assert view.actions.list.item(0).text() == before.actions[0].text
