"""Rows that refer to rows of the same workbook are stored after them (issue 15)."""

from __future__ import annotations

import json
import uuid

from app.cli import main
from app.exchange.importer import import_workbook
from app.services import swot
from app.services.workshops import only_workshop
from tests.exchange.excel_files import store_digest, workbook

SWOT_HEADER = ["id", "Kwadrant", "Tekst", "Cluster", "Opgenomen in (id)"]


def _points(tmp_path, name="opgenomen.xlsx"):  # type: ignore[no-untyped-def]
    """A duplicate listed before the point that absorbs it, both new to the store."""
    primary, duplicate = str(uuid.uuid4()), str(uuid.uuid4())
    rows = [
        SWOT_HEADER,
        [duplicate, "Sterkte", "Korte lijnen (dubbel)", "Welzijn", primary],
        [primary, "Sterkte", "Korte lijnen", "Ruimte", None],
    ]
    return workbook(tmp_path / name, {"SWOT": rows}), primary, duplicate


def test_a_point_absorbed_by_a_later_new_point_imports(store, tmp_path):
    path, primary, duplicate = _points(tmp_path)
    report = import_workbook(store, path)
    assert report.ok, [p.describe(path) for p in report.problems]
    assert report.created["swot_items"] == 2
    items = {i.id: i for i in swot.list_items(store, only_workshop(store).id, True)}
    assert items[duplicate].absorbed_into_id == primary
    assert items[primary].absorbed_into_id is None


def test_the_same_workbook_as_a_dry_run(store, tmp_path):
    path, _, _ = _points(tmp_path)
    digest = store_digest(store)
    report = import_workbook(store, path, dry_run=True)
    assert report.ok, [p.describe(path) for p in report.problems]
    assert report.created["swot_items"] == 2
    assert store_digest(store) == digest


def test_the_cli_imports_it_with_and_without_dry_run(blank_path, tmp_path, capsys):
    path, _, _ = _points(tmp_path)
    assert main(["import", str(blank_path), str(path), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"]["swot_items"] == 2
    assert main(["import", str(blank_path), str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"]["swot_items"] == 2


def test_a_stored_point_absorbed_by_a_new_point(store, tmp_path):
    """A point the store holds, absorbed by one the workbook adds: its update must not
    be written before the new point is."""
    workshop = only_workshop(store)
    old = swot.items.create(store, workshop.id, quadrant="S", text="Oud punt").value
    primary = str(uuid.uuid4())
    rows = [
        SWOT_HEADER,
        [old.id, "Sterkte", "Oud punt", None, primary],
        [primary, "Sterkte", "Nieuw punt", None, None],
    ]
    path = workbook(tmp_path / "oud-in-nieuw.xlsx", {"SWOT": rows})
    report = import_workbook(store, path)
    assert report.ok, [p.describe(path) for p in report.problems]
    items = {i.id: i for i in swot.list_items(store, workshop.id, True)}
    assert items[old.id].absorbed_into_id == primary


def test_the_demo_export_with_new_consolidated_points_imports_into_the_demo(
    demo_store, demo_export, tmp_path
):
    """What the large demo's export does to the normal demo: points the store holds,
    absorbed by points that are new to it."""
    import openpyxl

    wb = openpyxl.load_workbook(demo_export)
    sheet = wb["SWOT"]
    header = [c.value for c in sheet[1]]
    id_col, text_col = header.index("id"), header.index("Tekst")
    into_col = header.index("Opgenomen in (id)")
    primaries = {r[into_col].value for r in sheet.iter_rows(min_row=2) if r[into_col].value}
    assert primaries  # the demo consolidates points
    renamed = {old: str(uuid.uuid4()) for old in primaries}
    for row in sheet.iter_rows(min_row=2):
        if row[id_col].value in renamed:
            row[id_col].value = renamed[row[id_col].value]
            row[text_col].value = f"{row[text_col].value} (herwerkt)"
        if row[into_col].value in renamed:
            row[into_col].value = renamed[row[into_col].value]
    path = tmp_path / "herwerkt.xlsx"
    wb.save(path)
    report = import_workbook(demo_store, path)
    assert report.ok, [p.describe(path) for p in report.problems[:3]]
    assert report.created["swot_items"] == len(primaries)
    items = {i.id: i for i in swot.list_items(demo_store, only_workshop(demo_store).id, True)}
    assert set(renamed.values()) <= set(items)
    assert {i.absorbed_into_id for i in items.values() if i.absorbed_into_id} == set(
        renamed.values()
    )
    from app.services.inventory import check

    assert check(demo_store).sound, check(demo_store).problems


def test_a_consolidated_point_absorbed_by_a_new_one_hands_over_its_sources(store, tmp_path):
    """The store's point P holds D; the workbook puts P under a new point Q: D goes
    to Q too, as consolidating in the window does, and the store stays sound."""
    from app.services.inventory import check

    workshop = only_workshop(store)
    p = swot.items.create(store, workshop.id, quadrant="S", text="Korte lijnen").value
    d = swot.items.create(store, workshop.id, quadrant="S", text="Korte lijntjes").value
    swot.consolidate(store, p.id, [d.id])
    q = str(uuid.uuid4())
    rows = [
        SWOT_HEADER,
        [p.id, "Sterkte", "Korte lijnen", None, q],
        [q, "Sterkte", "Korte communicatielijnen", None, None],
    ]
    path = workbook(tmp_path / "overdracht.xlsx", {"SWOT": rows})
    report = import_workbook(store, path)
    assert report.ok, [pr.describe(path) for pr in report.problems]
    items = {i.id: i for i in swot.list_items(store, workshop.id, True)}
    assert (items[p.id].absorbed_into_id, items[d.id].absorbed_into_id) == (q, q)
    assert check(store).sound, check(store).problems
