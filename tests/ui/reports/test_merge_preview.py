"""Merging another laptop's workshop file from the window: a preview of what
changes, then one transaction, and the board shows the result at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.services import swot
from app.services.workshops import only_workshop
from app.storage.store import open_store


@pytest.fixture
def laptop(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the same demo taken to a village hall: one point added, one deleted."""
    path = tmp_path / "dag3-meer.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        ws = only_workshop(s)
        gone = swot.list_items(s, ws.id)[0]
        swot.items.delete(s, gone.id)
        swot.items.create(s, ws.id, quadrant="O", text="Vrijwilligers uit Meer willen helpen")
    return path


def _accepting(view, monkeypatch, shown):  # type: ignore[no-untyped-def]
    real = view.merge_preview

    def preview(report):  # type: ignore[no-untyped-def]
        dialog = real(report)
        cell = dialog.counts.item
        table = {
            cell(r, 0).text(): tuple(int(cell(r, c).text()) for c in (1, 2, 3))
            for r in range(dialog.counts.rowCount())
        }
        shown.append((table, dialog.apply_button.isEnabled()))
        monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Accepted)
        return dialog

    monkeypatch.setattr(view, "merge_preview", preview)


def test_merge_shows_what_changes_then_merges(window, controller, qtbot, laptop, monkeypatch):
    view = window.show_view("reports")
    before = {i.id: i.text for i in swot.list_items(controller.store, controller.workshop.id)}
    shown: list = []
    _accepting(view, monkeypatch, shown)
    changes: list = []
    controller.changed.connect(changes.append)
    task = view.merge_files([laptop])
    qtbot.waitUntil(lambda: bool(changes), timeout=60_000)
    assert task is not None
    ((table, can_apply),) = shown
    # The deleted point took its links along (deleted through the services, so
    # they travel as tombstones too); nothing else changes.
    assert table.pop("SWOT-punten") == (1, 0, 1)
    links = table.pop("koppelingen", (0, 0, 0))
    assert table == {} and links[:2] == (0, 0)
    assert can_apply
    after = {i.id: i.text for i in swot.list_items(controller.store, controller.workshop.id)}
    assert len(after) == len(before)
    assert "Vrijwilligers uit Meer willen helpen" in after.values()
    assert "1 nieuw" in view.result.text()
    assert f"{1 + links[2]} verwijderd" in view.result.text()
    # The board heard of it: the new point is on it.
    board = window.show_view("swot")
    new_id = next(i for i, text in after.items() if text.startswith("Vrijwilligers uit Meer"))
    gone_id = next(iter(set(before) - set(after)))
    shown_ids = {i for panel in board.panels.values() for i in panel.model.point_ids()}
    assert new_id in shown_ids and gone_id not in shown_ids


def test_a_cancelled_preview_changes_nothing(window, controller, qtbot, laptop, monkeypatch):
    view = window.show_view("reports")
    before = swot.list_items(controller.store, controller.workshop.id)
    real = view.merge_preview
    shown: list = []

    def preview(report):  # type: ignore[no-untyped-def]
        dialog = real(report)
        shown.append(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Rejected)
        return dialog

    monkeypatch.setattr(view, "merge_preview", preview)
    view.merge_files([laptop])
    qtbot.waitUntil(lambda: "geannuleerd" in view.result.text(), timeout=60_000)
    assert swot.list_items(controller.store, controller.workshop.id) == before


def test_a_file_that_is_not_a_store_is_a_clear_message(window, controller, qtbot, tmp_path):
    view = window.show_view("reports")
    text = tmp_path / "verslag.atelier"
    text.write_text("geen werkbestand", encoding="utf-8")
    messages: list[str] = []
    controller.failed.connect(messages.append)
    view.merge_files([text])
    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert "verslag.atelier" in messages[0] and "geen Atelier-werkbestand" in messages[0]


def test_the_preview_names_two_proposals_made_apart_with_one_code(
    window, controller, qtbot, demo_template: Path, tmp_path: Path, monkeypatch
):
    from app.services import proposals

    existing = proposals.proposals.list(controller.store, controller.workshop.id)[0]
    laptop = tmp_path / "dag4-wortel.atelier"
    shutil.copy(demo_template, laptop)
    with open_store(laptop, backup_on_open=False) as s:
        ws = only_workshop(s).id
        proposals.create_proposal(s, ws, code=existing.code, title="Buurtbudget voor Wortel")
    view = window.show_view("reports")
    real = view.merge_preview
    notes: list[str] = []

    def preview(report):  # type: ignore[no-untyped-def]
        dialog = real(report)
        notes.extend(dialog.notes.item(n).text() for n in range(dialog.notes.count()))
        monkeypatch.setattr(dialog, "exec", lambda: dialog.DialogCode.Rejected)
        return dialog

    monkeypatch.setattr(view, "merge_preview", preview)
    view.merge_files([laptop])
    qtbot.waitUntil(lambda: "geannuleerd" in view.result.text(), timeout=60_000)
    (note,) = [n for n in notes if existing.code in n]
    assert "Buurtbudget voor Wortel" in note and existing.title[:40] in note
