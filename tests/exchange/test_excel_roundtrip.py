"""The own workbook: export, import into a new store, export again."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl

from app.exchange import layout
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import organisation, swot
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.conftest import run_cli
from tests.exchange.excel_files import store_digest


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()


def test_export_import_into_a_new_store_exports_the_same_workbook(demo_store, tmp_path):
    first = tmp_path / "eerste.xlsx"
    export_workbook(demo_store, first)
    target = tmp_path / "nieuw.atelier"
    assert run_cli("new", str(target)).returncode == 0

    result = run_cli("import", str(target), str(first), "--json")

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["errors"] == []
    assert report["created"]["swot_items"] == 315
    assert report["created"]["proposals"] == 110
    # The new store's standard areas and questionnaire take the workbook's ids.
    assert report["updated"]["areas"] == 13
    second = tmp_path / "tweede.xlsx"
    with open_store(target, backup_on_open=False) as store:
        export_workbook(store, second)
    before, after = _values(first), _values(second)
    assert list(before) == list(after) == [s.title for s in layout.SHEETS]
    for title in before:
        if title in ("Workshop", "Uitslagen"):
            continue
        assert before[title] == after[title], title
    # The workshop sheet: only the moment of the export may differ.
    exported_at = layout.WORKSHOP.columns.index(layout.WORKSHOP.field("exported_at"))
    strip = [r[:exported_at] + r[exported_at + 1 :] for r in before["Workshop"]]
    assert strip == [r[:exported_at] + r[exported_at + 1 :] for r in after["Workshop"]]
    # Ballots never leave a store, so the new store's rounds have the same options
    # but none of the votes.
    results_before, results_after = before["Uitslagen"], after["Uitslagen"]
    assert sorted((r[0], r[5]) for r in results_before) == sorted(
        (r[0], r[5]) for r in results_after
    )
    assert sum(r[3] for r in results_before[1:]) > 0
    assert all(r[3] == 0 for r in results_after[1:])


def test_importing_an_export_into_its_own_store_changes_nothing(demo_store, tmp_path):
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_store, path)
    digest = store_digest(demo_store)

    report = import_workbook(demo_store, path)

    assert report.ok, report.problems
    assert set(report.created.values()) == {0}
    assert set(report.updated.values()) == {0}
    assert report.changes.empty
    assert store_digest(demo_store) == digest


def test_an_edited_export_updates_by_id_instead_of_duplicating(demo_store, tmp_path):
    path = tmp_path / "demo.xlsx"
    export_workbook(demo_store, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["SWOT"]
    point_id, old_text = ws["A2"].value, ws["C2"].value
    ws["C2"] = old_text + " (herwerkt)"
    ws.append([None, "Kansen", "Een nieuwe kans", None, None, None, None, None])
    wb.save(path)

    report = import_workbook(demo_store, path)

    assert report.ok, report.problems
    assert report.updated["swot_items"] == 1
    assert report.created["swot_items"] == 1
    assert sum(report.created.values()) == 1
    assert swot.items.get(demo_store, point_id).text == old_text + " (herwerkt)"


def test_typed_formulas_come_back_from_the_export_as_text(store, workshop, tmp_path):
    typed = ['=HYPERLINK("http://example.com")', "+32 3 123 45 67", "@SUM(A1:A3)", "-5 %", "#N/A"]
    for text in typed:
        swot.items.create(store, workshop.id, quadrant="S", text=text)
    organisation.clusters.create(store, workshop.id, name="=1+1")
    path = tmp_path / "tekst.xlsx"

    export_workbook(store, path)

    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert not re.search(rb"<f[ >]", archive.read(name)), name
    wb = openpyxl.load_workbook(path)
    texts = [c.value for c in wb["SWOT"]["C"][1:]]
    assert texts == typed
    assert all(c.data_type == "s" for c in wb["SWOT"]["C"][1:])
    assert wb["Clusters"]["B2"].value == "=1+1" and wb["Clusters"]["B2"].data_type == "s"
    # ...and they come back into a store as the text they were.
    store_before = store_digest(store)
    report = import_workbook(store, path)
    assert report.ok and store_digest(store) == store_before


def test_letters_survive_export_and_import(store, workshop, tmp_path):
    names = ["Łukasz Ağaoğlu", "Ørjan Žižek", "Gergő Şahin", "Zoë Van den Broeck"]
    for name in names:
        organisation.participants.create(store, workshop.id, name=name)
    path = tmp_path / "namen.xlsx"
    export_workbook(store, path)
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Deelnemers"]["B"][1:]] == names
    assert only_workshop(store).title == wb["Workshop"]["A2"].value
