"""Bestand > Workshop-instellingen…: each field is an undoable edit, committed when left."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QAction

from app.services.workshops import only_workshop
from app.ui.shell.workshop_settings import WorkshopSettingsDialog
from tests.ui.editing import answer_modal


def stored(store) -> dict:  # type: ignore[no-untyped-def]
    values = dataclasses.asdict(only_workshop(store))
    values.pop("updated_at")
    return values


@pytest.fixture
def dialog(controller, qtbot):  # type: ignore[no-untyped-def]
    box = WorkshopSettingsDialog(controller)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def check_round_trip(controller, edit) -> dict:  # type: ignore[no-untyped-def]
    before = stored(controller.store)
    edit()
    after = stored(controller.store)
    assert after != before
    controller.undo_stack.undo()
    assert stored(controller.store) == before
    controller.undo_stack.redo()
    assert stored(controller.store) == after
    return after


def test_title_and_organisation(controller, dialog):
    def edit() -> None:
        dialog.title_edit.setText("Meerjarenplan 2026–2031")
        dialog.title_edit.editingFinished.emit()

    after = check_round_trip(controller, edit)
    assert after["title"] == "Meerjarenplan 2026–2031"
    assert controller.workshop.title == "Meerjarenplan 2026–2031"
    # The dialog follows undo too.
    controller.undo_stack.undo()
    assert dialog.title_edit.text() != "Meerjarenplan 2026–2031"

    def organisation() -> None:
        dialog.organisation_edit.setText("Gemeente Heusden-Zolder")
        dialog.organisation_edit.editingFinished.emit()

    assert check_round_trip(controller, organisation)["organisation"] == "Gemeente Heusden-Zolder"


def test_period_is_one_edit_and_a_reversed_period_is_refused(controller, dialog):
    def edit() -> None:
        dialog.end_box.setValue(2033)
        dialog.start_box.setValue(2027)
        dialog.end_box.editingFinished.emit()

    after = check_round_trip(controller, edit)
    assert (after["period_start"], after["period_end"]) == (2027, 2033)
    steps = controller.undo_stack.count()
    dialog.start_box.setValue(2035)
    dialog.start_box.editingFinished.emit()
    assert "eindigt vóór ze begint" in dialog.error_label.text()
    assert controller.undo_stack.count() == steps
    assert only_workshop(controller.store).period_start == 2027


def test_description_commits_when_left(controller, dialog, qtbot):
    def edit() -> None:
        dialog.description_edit.setFocus()
        qtbot.waitUntil(dialog.description_edit.hasFocus)
        dialog.description_edit.setPlainText("Vier dagen, zestig medewerkers.")
        dialog.title_edit.setFocus()
        qtbot.waitUntil(dialog.title_edit.hasFocus)

    after = check_round_trip(controller, edit)
    assert after["description"] == "Vier dagen, zestig medewerkers."


def test_names_in_reports_checkbox(controller, dialog):
    before = controller.workshop.show_names
    after = check_round_trip(controller, dialog.names_box.toggle)
    assert after["show_names"] is (not before)


def test_closing_commits_what_is_still_typed(controller, dialog):
    dialog.organisation_edit.setText("Stad Herentals")
    dialog.reject()
    assert only_workshop(controller.store).organisation == "Stad Herentals"
    controller.undo_stack.undo()
    assert only_workshop(controller.store).organisation != "Stad Herentals"


def test_the_file_menu_opens_it(window, controller):
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Workshop-instellingen…")
    titles: list[str] = []
    answer_modal(lambda box: titles.append(box.windowTitle()))
    action.trigger()
    assert titles == ["Workshop-instellingen"]


def test_synonyms_are_edited_here_and_a_one_word_line_is_refused(controller, dialog, qtbot):
    from app.services import duplicates, dutch_text

    assert dialog.synonyms_edit.toPlainText().strip() == dutch_text.DEFAULT_SYNONYMS.strip()
    own = dutch_text.DEFAULT_SYNONYMS + "parkeerplaatsen, parkings\n"

    def edit() -> None:
        dialog.synonyms_edit.setFocus()
        qtbot.waitUntil(dialog.synonyms_edit.hasFocus)
        dialog.synonyms_edit.setPlainText(own)
        dialog.title_edit.setFocus()
        qtbot.waitUntil(dialog.title_edit.hasFocus)

    after = check_round_trip(controller, edit)
    assert after["synonyms"] == own.strip()
    ws = controller.workshop.id
    assert "parkings" in duplicates.synonyms_of(controller.store, ws)
    steps = controller.undo_stack.count()
    dialog.synonyms_edit.setPlainText("burger, inwoner\nparking")
    dialog.commit("synonyms")
    assert "Regel 2" in dialog.error_label.text()
    assert controller.undo_stack.count() == steps
    assert duplicates.synonyms_of(controller.store, ws) == own.strip()


def test_the_target_groups_are_listed_and_follow_a_change(dialog, controller):
    from app.services import target_groups

    ws = controller.workshop.id
    assert dialog.groups_label.text().startswith("Medewerkers, Klanten, Mandatarissen, Burgers")
    controller.create(target_groups.groups, ws, "Doelgroep toevoegen", name="Jeugd")
    assert dialog.groups_label.text().endswith(", Jeugd")
    assert dialog.groups_button.isEnabled()
