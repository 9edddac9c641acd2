"""The leading principles view: numbered, reorderable, every edit undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services import paths
from tests.ui.planning_snapshots import round_trip


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.paths.principles import PrinciplesView

    v = PrinciplesView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    return v


def _all(controller):  # type: ignore[no-untyped-def]
    return lambda: paths.principles.list(controller.store, controller.workshop.id)


def test_numbered_in_order(view, controller):
    listed = _all(controller)()
    assert len(listed) == 8
    assert [view.list.item(n).text() for n in range(8)] == [
        f"{n + 1}. {p.title}" for n, p in enumerate(listed)
    ]
    assert view.number.text() == "1."
    assert view.text_edit.text() == listed[0].text


def test_add_edit_title_and_text(view, controller, qtbot):
    read = _all(controller)
    _, after = round_trip(controller, read, view.new_button.click)
    assert after[-1]["title"] == "Nieuw principe"
    assert view.list.item(8).text() == "9. Nieuw principe"

    view.list.setCurrentRow(8)

    def title() -> None:
        view.title_edit.setText("We durven fouten maken.")
        qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)

    _, after = round_trip(controller, read, title)
    assert after[-1]["title"] == "We durven fouten maken."
    assert view.list.item(8).text() == "9. We durven fouten maken."

    def text() -> None:
        view.text_edit.setPlainText("Wie iets probeert, leert.")
        view.text_edit.editingFinished.emit()

    _, after = round_trip(controller, read, text)
    assert after[-1]["text"] == "Wie iets probeert, leert."


def test_insert_key_adds_and_delete_key_deletes(view, controller, qtbot):
    read = _all(controller)
    round_trip(controller, read, lambda: qtbot.keyClick(view.list, Qt.Key.Key_Insert))

    def delete() -> None:
        view.list.setCurrentRow(3)
        qtbot.keyClick(view.list, Qt.Key.Key_Delete)

    before, after = round_trip(controller, read, delete)
    assert before[3]["id"] not in [p["id"] for p in after]
    assert [p["position"] for p in after] == list(range(len(after)))  # renumbered
    assert view.list.item(3).text().startswith("4. ")


def test_move_with_alt_arrows_and_by_dragging(view, controller, qtbot):
    read = _all(controller)

    def alt_up() -> None:
        view.list.setCurrentRow(4)
        qtbot.keyClick(view.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    before, after = round_trip(controller, read, alt_up)
    assert after[3]["id"] == before[4]["id"] and after[4]["id"] == before[3]["id"]
    assert view.list.currentRow() == 3
    assert view.list.item(3).text() == f"4. {before[4]['title']}"

    def drag() -> None:
        view.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 8)  # first to the end

    before, after = round_trip(controller, read, drag)
    assert after[-1]["id"] == before[0]["id"]
    assert view.list.item(0).text().startswith("1. ")


def test_empty_title_is_refused_with_a_message(window, controller, qtbot):
    view = window.show_view("principles")
    before = _all(controller)()
    view.title_edit.setText("")
    qtbot.keyClick(view.title_edit, Qt.Key.Key_Return)
    assert "mag niet leeg zijn" in window.statusBar().currentMessage()
    assert _all(controller)() == before
    assert view.title_edit.text() == before[0].title
