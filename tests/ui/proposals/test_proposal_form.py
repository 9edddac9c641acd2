"""The fiche form: every kind of field is stored when left, undone and redone; bad
input is refused with a Dutch message; what is typed is in the store at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from app.services import organisation, paths, proposals, reporting, swot
from app.storage.store import open_store
from app.ui.proposals import money
from app.ui.proposals.phasing import END, FIRST_YEAR, START, TEXT
from tests.ui.planning_snapshots import round_trip


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.proposals.view import ProposalsView

    v = ProposalsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    v.open_proposal(v.model.proposal(0).id)
    return v


def _proposal(view):  # type: ignore[no-untyped-def]
    return lambda: proposals.proposals.get(view.controller.store, view.form.proposal_id)


def _leave(widget) -> None:  # type: ignore[no-untyped-def]
    """What Qt sends when the focus moves on (Tab, a click elsewhere)."""
    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def _edit_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open a cell's editor as F2 would, type, press Enter."""
    table.setCurrentCell(row, column)
    table.edit(table.model().index(row, column))
    # The open editor; closed ones linger until deferred deletion.
    open_editors = [
        w
        for w in table.viewport().findChildren(QSpinBox) + table.viewport().findChildren(QLineEdit)
        if w.isVisible() and not isinstance(w.parent(), QSpinBox)
    ]
    assert len(open_editors) == 1
    editor = open_editors[0]
    if isinstance(editor, QSpinBox):
        editor.lineEdit().setText(text)
    else:
        editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor queued


def test_form_shows_the_proposal(view, controller):
    p = _proposal(view)()
    form = view.form
    assert form.code.text() == p.code == "ZO-01"
    assert form.title_edit.text() == p.title
    assert form.cluster.currentText() == "Zorg"
    assert form.why.text() == p.why
    assert form.sdgs.chosen() == list(p.sdgs)
    assert form.choice.isChecked() and not form.mandatory.isChecked()
    assert form.location.currentText() == "WZC Sint-Anna"
    assert form.phasing.table.rowCount() == len(p.actions)
    assert form.resources.rowCount() == len(controller.workshop.years) + 1
    assert form.resources.item(len(controller.workshop.years), 0).text() == "€ 200.000"
    assert view.proposal_title.text() == f"{p.code} · {p.title}"
    assert form.sdgs.buttons[2].accessibleName() == "SDG 3: Goede gezondheid en welzijn"


def test_line_and_text_fields(view, controller, qtbot):
    form = view.form

    def code() -> None:
        form.code.setText("ZO-99")
        qtbot.keyClick(form.code, Qt.Key.Key_Return)

    _, after = round_trip(controller, _proposal(view), code)
    assert after["code"] == "ZO-99"
    assert view.proposal_title.text().startswith("ZO-99 · ")
    view.show_list()  # the table catches up when it is shown again
    assert view.model.index(view.model.row_of(form.proposal_id), 0).data() == "ZO-99"
    view.open_current()

    for edit, field in (
        (form.why, "why"),
        (form.what, "what"),
        (form.win, "win"),
        (form.status, "status_end_of_term"),
        (form.dependencies, "dependencies"),
        (form.risks, "risks"),
    ):

        def type_and_leave(edit=edit) -> None:  # type: ignore[no-untyped-def]
            edit.setPlainText("Nieuwe tekst\nover twee regels")
            _leave(edit)

        _, after = round_trip(controller, _proposal(view), type_and_leave)
        assert after[field] == "Nieuwe tekst\nover twee regels"

    def objective() -> None:
        form.objective.setText("Zorg op maat")
        qtbot.keyClick(form.objective, Qt.Key.Key_Return)

    round_trip(controller, _proposal(view), objective)


def test_cluster_mandatory_and_location(view, controller, qtbot):
    form = view.form

    def cluster() -> None:
        form.cluster.setCurrentIndex(form.cluster.findText("Vrije tijd"))
        form.cluster.activated.emit(form.cluster.currentIndex())

    _, after = round_trip(controller, _proposal(view), cluster)
    assert after["cluster_id"] == form.cluster.currentData()

    _, after = round_trip(controller, _proposal(view), form.mandatory.click)
    assert after["mandatory"] is True

    locations = organisation.locations.list(controller.store, controller.workshop.id)

    def location() -> None:
        form.location.setEditText(locations[0].name)
        form.location.lineEdit().editingFinished.emit()

    _, after = round_trip(controller, _proposal(view), location)
    assert (after["location_id"], after["location_text"]) == (locations[0].id, "")

    def free_text() -> None:
        form.location.setEditText("Op het marktplein")
        form.location.lineEdit().editingFinished.emit()

    _, after = round_trip(controller, _proposal(view), free_text)
    assert (after["location_id"], after["location_text"]) == (None, "Op het marktplein")


def test_sdg_toggles(view, controller):
    form = view.form
    _, after = round_trip(controller, _proposal(view), form.sdgs.buttons[12].click)  # goal 13 on
    assert 13 in after["sdgs"]
    assert form.sdgs.buttons[12].isChecked()
    _, after = round_trip(controller, _proposal(view), form.sdgs.buttons[2].click)  # goal 3 off
    assert 3 not in after["sdgs"]
    assert not form.sdgs.buttons[2].isChecked()


def test_phasing_add_edit_move_delete(view, controller, qtbot):
    phasing = view.form.phasing
    first, last = controller.workshop.period_start, controller.workshop.period_end

    def add() -> None:
        phasing.new_line.setText("Evaluatie")
        qtbot.keyClick(phasing.new_line, Qt.Key.Key_Return)

    _, after = round_trip(controller, _proposal(view), add)
    assert after["actions"][-1] | {} == {
        "proposal_id": view.form.proposal_id,
        "text": "Evaluatie",
        "start_year": first,
        "end_year": first,
        "position": len(after["actions"]) - 1,
    }

    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, phasing.table, 0, TEXT, "Statuten")
    )
    assert after["actions"][0]["text"] == "Statuten"

    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, phasing.table, 0, END, str(last))
    )
    assert after["actions"][0]["end_year"] == last

    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, phasing.table, 2, START, str(first))
    )
    assert after["actions"][2]["start_year"] == first

    def stretch() -> None:  # Space in a year cell stretches the bar to that year
        phasing.table.setCurrentCell(1, FIRST_YEAR + 4)
        qtbot.keyClick(phasing.table, Qt.Key.Key_Space)

    _, after = round_trip(controller, _proposal(view), stretch)
    assert after["actions"][1]["end_year"] == first + 4

    def move() -> None:
        phasing.table.setCurrentCell(0, TEXT)
        qtbot.keyClick(phasing.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    before, after = round_trip(controller, _proposal(view), move)
    assert [a["text"] for a in after["actions"]][:2] == [
        before["actions"][1]["text"],
        before["actions"][0]["text"],
    ]

    def delete() -> None:
        phasing.table.setCurrentCell(0, TEXT)
        qtbot.keyClick(phasing.table, Qt.Key.Key_Delete)

    before, after = round_trip(controller, _proposal(view), delete)
    assert len(after["actions"]) == len(before["actions"]) - 1
    # The bars follow the stored years.
    assert phasing.table.item(0, TEXT).data(Qt.ItemDataRole.UserRole) == (
        after["actions"][0]["start_year"],
        after["actions"][0]["end_year"],
    )


def test_resources_per_year_and_totals(view, controller, qtbot):
    table = view.form.resources
    years = list(controller.workshop.years)

    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, table, 0, 0, "1,25 mio")
    )
    first = next(r for r in after["resources"] if r["year"] == years[0])
    assert first["investment"] == 1_250_000
    assert table.item(0, 0).text() == "€ 1.250.000"
    assert table.item(len(years), 0).text() == "€ 1.450.000"  # 200.000 + 1.250.000 - 0

    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, table, 1, 4, "2,5")
    )
    assert next(r for r in after["resources"] if r["year"] == years[1])["fte"] == 2.5
    # FTE: per year, and on the last row their average, never their sum.
    fte = [r["fte"] for r in after["resources"] if r["year"] in years]
    assert table.item(len(years), 4).text() == f"gem. {money.fte(sum(fte) / len(years))}"

    # Income of both kinds, each in its own column; the investment keeps its amount.
    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, table, 0, 1, "400.000")
    )
    first = next(r for r in after["resources"] if r["year"] == years[0])
    assert (first["investment"], first["investment_income"]) == (1_250_000, 400_000)
    _, after = round_trip(
        controller, _proposal(view), lambda: _edit_cell(qtbot, table, 0, 3, "1.500")
    )
    first = next(r for r in after["resources"] if r["year"] == years[0])
    assert first["operating_income"] == 1_500 and first["investment_income"] == 400_000


def test_links_to_swot_points_and_paths(view, controller, qtbot):
    form = view.form
    linked = set(_proposal(view)().swot_item_ids)
    other = next(
        i for i in swot.list_items(controller.store, controller.workshop.id) if i.id not in linked
    )
    form.swot_links.pick = lambda exclude: [other.id]
    _, after = round_trip(controller, _proposal(view), form.swot_links.add_button.click)
    assert other.id in after["swot_item_ids"]

    def unlink() -> None:
        form.swot_links.list.setCurrentRow(0)
        form.swot_links.remove_button.click()

    round_trip(controller, _proposal(view), unlink)

    def check_path() -> None:
        form.path_links.item(3).setCheckState(Qt.CheckState.Checked)

    _, after = round_trip(controller, _proposal(view), check_path)
    fourth = paths.paths.list(controller.store, controller.workshop.id)[3]
    assert fourth.id in after["path_ids"]
    assert form.path_links.item(3).checkState() == Qt.CheckState.Checked


def test_new_and_deleted_proposals(view, controller):
    everything = lambda: reporting.proposals(controller.store, controller.workshop.id)  # noqa: E731
    view.show_list()
    _, after = round_trip(controller, everything, view.new_button.click)
    assert after[-1]["title"] == "Nieuw voorstel"

    view.show_list()
    view.table.selectRow(0)
    gone = view.current_id()
    _, after = round_trip(controller, everything, view.delete_button.click)
    assert gone not in [p["id"] for p in after]

    # Deleting from the form returns to the list; undo brings every detail back.
    view.open_proposal(view.model.proposal(1).id)
    _, after = round_trip(controller, everything, view.proposal_delete.click)
    assert view.stack.currentIndex() == 0


def test_typed_text_is_in_the_store_at_once(view, controller, qtbot):
    form = view.form
    proposal_id = form.proposal_id
    form.why.setFocus()
    form.why.setPlainText("Omdat de zaal te klein is.")
    _leave(form.why)
    form.title_edit.setText("Een nieuwe feestzaal")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Tab)
    view.step(1)  # switching fiches stores a field that still has the focus
    # Another connection to the file (as after a restart) sees both edits.
    with open_store(controller.store.path, write=False) as reader:
        stored = proposals.proposals.get(reader, proposal_id)
    assert stored.why == "Omdat de zaal te klein is."
    assert stored.title == "Een nieuwe feestzaal"


def test_switching_proposals_keeps_what_is_still_being_typed(view, controller):
    form = view.form
    proposal_id = form.proposal_id
    form.risks.setPlainText("Vertraging door bezwaren.")  # no focus change yet
    view.step(1)
    assert form.proposal_id != proposal_id
    assert proposals.proposals.get(controller.store, proposal_id).risks == (
        "Vertraging door bezwaren."
    )
    view.step(-1)
    assert form.proposal_id == proposal_id


@pytest.fixture
def proposal_window(window):  # type: ignore[no-untyped-def]
    view = window.show_view("proposals")
    view.open_proposal(view.model.proposal(0).id)
    return window, view


def _refused(window, controller, view, message: str, act) -> None:  # type: ignore[no-untyped-def]
    before = proposals.proposals.get(controller.store, view.form.proposal_id)
    steps = controller.undo_stack.index()
    act()
    assert message in window.statusBar().currentMessage()
    assert proposals.proposals.get(controller.store, view.form.proposal_id) == before
    assert controller.undo_stack.index() == steps


def test_action_year_outside_the_period_is_refused(proposal_window, controller, qtbot):
    window, view = proposal_window
    table = view.form.phasing.table
    _refused(
        window,
        controller,
        view,
        "valt buiten de planningsperiode 2026–2031",
        lambda: _edit_cell(qtbot, table, 0, END, "2035"),
    )
    assert table.item(0, END).text() != "2035"  # the stored year is back on screen
    _refused(
        window,
        controller,
        view,
        "eindigt vóór ze begint",
        lambda: _edit_cell(qtbot, table, 3, END, "2026"),
    )


def test_negative_or_unreadable_amounts_are_refused(proposal_window, controller, qtbot):
    window, view = proposal_window
    table = view.form.resources
    _refused(
        window,
        controller,
        view,
        "mag niet negatief zijn",
        lambda: _edit_cell(qtbot, table, 1, 0, "-5000"),
    )
    assert table.item(1, 0).text() == "€ 120.000"
    _refused(
        window, controller, view, "geen bedrag", lambda: _edit_cell(qtbot, table, 1, 1, "veel")
    )


def test_empty_title_is_refused(proposal_window, controller, qtbot):
    window, view = proposal_window
    form = view.form

    def clear() -> None:
        form.title_edit.setText("")
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)

    _refused(window, controller, view, "mag niet leeg zijn", clear)
    assert form.title_edit.text() == "Oprichting welzijnsvereniging Sint-Anna"


def test_keyboard_open_back_next_and_insert(view, controller, qtbot):
    form = view.form
    qtbot.keyClick(form.code, Qt.Key.Key_Escape)  # Esc leaves the fiche
    assert view.stack.currentIndex() == 0
    view.table.selectRow(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.stack.currentIndex() == 1
    third = view.proxy.proposal(2).id
    assert form.proposal_id == third
    view.step(1)
    assert form.proposal_id == view.proxy.proposal(3).id
    assert view.proposal_position.text() == "fiche 4 van 110"
    view.show_list()
    count = len(reporting.proposals(controller.store, controller.workshop.id))
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert len(reporting.proposals(controller.store, controller.workshop.id)) == count + 1
    assert view.stack.currentIndex() == 1 and form.title_edit.text() == "Nieuw voorstel"


def test_edits_of_a_proposal_deleted_meanwhile_are_refused(proposal_window, controller, qtbot):
    window, view = proposal_window
    form = view.form
    proposals.proposals.delete(controller.store, form.proposal_id)  # behind the form's back
    form.code.setText("X-1")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    assert "Geen voorstel" in window.statusBar().currentMessage()
