"""The import preview names what it leaves out: columns it does not read, and hidden
sheets, which it reads only when asked (issue 15)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.services import swot


@pytest.fixture
def view(window):  # type: ignore[no-untyped-def]
    return window.show_view("reports")


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Punten"
    sheet.append(["Kwadrant", "Tekst", "Stemmen"])
    sheet.append(["Sterkte", "Zichtbaar punt", 3])
    hidden = wb.create_sheet("Hulp")
    hidden.append(["Kwadrant", "Tekst"])
    hidden.append(["Zwakte", "Verborgen punt"])
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


def _texts(controller) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.text for i in swot.list_items(controller.store, controller.workshop.id)}


def test_hidden_sheets_are_named_and_read_only_when_asked(
    view, controller, qtbot, tmp_path: Path, monkeypatch
):
    path = _book(tmp_path / "verborgen.xlsx")
    shown = []
    real_preview = view.preview

    def answer(plan):  # type: ignore[no-untyped-def]
        dialog = real_preview(plan)
        shown.append(dialog)
        if len(shown) == 1:  # the user ticks "read the hidden sheets too"
            monkeypatch.setattr(
                dialog, "exec", lambda: dialog.read_hidden.setChecked(True) or dialog.result()
            )
        else:
            monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(view, "preview", answer)
    changes = []
    controller.changed.connect(changes.append)
    view.import_excel(path)
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)

    first, second = shown
    assert "'Hulp'" in first.hidden.text() and first.hidden.isVisibleTo(first)
    assert first.read_hidden.isVisibleTo(first) and not first.plan_included_hidden
    rows = [
        tuple(first.ignored.item(r, c).text() for c in range(3))
        for r in range(first.ignored.rowCount())
    ]
    assert [(sheet, column) for sheet, column, _ in rows] == [
        ("Punten", "Stemmen (C1)"),
        ("Hulp", "(heel het blad)"),
    ]
    assert all(reason for _, _, reason in rows)
    assert second.read_hidden.isChecked() and second.plan_included_hidden
    assert second.ignored.rowCount() == 1
    assert {"Zichtbaar punt", "Verborgen punt"} <= _texts(controller)


def test_without_asking_hidden_sheets_stay_out(
    view, controller, qtbot, tmp_path: Path, monkeypatch
):
    path = _book(tmp_path / "verborgen.xlsx")
    real_preview = view.preview

    def accept(plan):  # type: ignore[no-untyped-def]
        dialog = real_preview(plan)
        monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(view, "preview", accept)
    changes = []
    controller.changed.connect(changes.append)
    view.import_excel(path)
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)
    texts = _texts(controller)
    assert "Zichtbaar punt" in texts and "Verborgen punt" not in texts
