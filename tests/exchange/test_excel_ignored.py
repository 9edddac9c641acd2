"""Nothing in a workbook is dropped without a word (issue 15): per-year money columns
of a list of fiches, every column not taken in named, areas from a column or from
section rows, hidden sheets named."""

from __future__ import annotations

import json

import openpyxl
import pytest

from app.cli import main
from app.exchange.importer import import_workbook, plan_import
from app.services import analysis, proposals, swot
from tests.exchange.excel_files import store_digest, workbook


def _ok(report):  # type: ignore[no-untyped-def]
    assert report.ok, [p.describe(report.file) for p in report.problems]
    return report


def _resources(store, workshop):  # type: ignore[no-untyped-def]
    return {
        p.code: {
            r.year: (r.investment, r.investment_income, r.operating, r.operating_income, r.fte)
            for r in p.resources
        }
        for p in proposals.proposals.list(store, workshop.id)
    }


def test_costs_per_year_in_columns_are_taken_in(store, workshop, tmp_path):
    rows = [
        ["Code", "Titel", "Investering 2026", "Exploitatie 2027", "Raming 2028", "VTE 2027",
         "Subsidie investering 2026", "Ontvangsten exploitatie 2027", "Opmerking"],
        ["V-1", "Fietspad", "€ 1.000.000", 5000, "20.000", "0,5", 250000, 1000, "dringend"],
        ["V-2", "Speelplein", None, "1.000,50", None, None, None, None, None],
    ]  # fmt: skip
    path = workbook(tmp_path / "fiches.xlsx", {"Fiches": rows})
    report = _ok(import_workbook(store, path))
    assert report.created["proposal_resources"] == 4
    assert _resources(store, workshop) == {
        "V-1": {
            2026: (1_000_000, 250_000, 0, 0, 0),
            2027: (0, 0, 5000, 1000, 0.5),
            2028: (20_000, 0, 0, 0, 0),
        },
        "V-2": {2027: (0, 0, 1000.5, 0, 0)},
    }
    assert [(i.sheet, i.column, i.cell) for i in report.ignored] == [("Fiches", "Opmerking", "I1")]
    assert "kent deze kolom niet" in report.ignored[0].reason


def test_income_that_does_not_say_of_what(store, workshop, tmp_path):
    # With only investment columns, a subsidy is the investment's income ...
    rows = [["Code", "Titel", "Investering 2027", "Subsidie 2027"], ["V-1", "Fietspad", 900, 300]]
    path = workbook(tmp_path / "een.xlsx", {"Fiches": rows})
    _ok(import_workbook(store, path))
    assert _resources(store, workshop)["V-1"] == {2027: (900, 300, 0, 0, 0)}
    # ... with both kinds it could be either: named, with what to write instead.
    rows = [
        ["Code", "Titel", "Investering 2026", "Exploitatie 2027", "Subsidie 2027"],
        ["V-2", "Speelplein", 100, 200, 50],
    ]
    path = workbook(tmp_path / "twee.xlsx", {"Fiches": rows})
    report = _ok(import_workbook(store, path))
    ((ignored),) = report.ignored
    assert (ignored.column, ignored.cell) == ("Subsidie 2027", "E1")
    assert "Subsidie investering 2027" in ignored.reason
    assert _resources(store, workshop)["V-2"] == {2026: (100, 0, 0, 0, 0), 2027: (0, 0, 200, 0, 0)}


def test_a_year_column_outside_the_period_names_its_cell(store, workshop, tmp_path):
    late = workshop.period_end + 1
    rows = [["Code", "Titel", f"Investering {late}"], ["V-1", "Fietspad", 100]]
    path = workbook(tmp_path / "laat.xlsx", {"Fiches": rows})
    digest = store_digest(store)
    report = import_workbook(store, path)
    assert [(p.sheet, p.cell) for p in report.problems] == [("Fiches", "C2")]
    assert store_digest(store) == digest


def test_cli_json_names_every_column_it_did_not_take_in(blank_path, tmp_path, capsys):
    rows = [
        ["Kwadrant", "Tekst", "Stemmen", None, "Tekst"],
        ["Sterkte", "Korte lijnen", 4, "losse notitie", "dubbel"],
    ]
    path = workbook(tmp_path / "punten.xlsx", {"Punten": rows})
    assert main(["import", str(blank_path), str(path), "--dry-run", "--json"]) == 0
    ignored = json.loads(capsys.readouterr().out)["ignored"]
    assert [(i["sheet"], i["column"], i["cell"]) for i in ignored] == [
        ("Punten", "Stemmen", "C1"),
        ("Punten", "kolom D", ""),
        ("Punten", "Tekst", "E1"),
    ]
    assert all(i["reason"] for i in ignored)
    assert "kolom B" in ignored[2]["reason"]


def test_the_own_export_names_only_the_results_sheet(demo_store, demo_export):
    report = import_workbook(demo_store, demo_export, dry_run=True)
    # The sheets that are counted on export and never read: results, ideas and scenario.
    assert [(i.sheet, i.column) for i in report.ignored] == [
        ("Uitslagen", ""),
        ("Ideeën", ""),
        ("Scenario", ""),
    ]
    assert "stembrieven" in str(report.ignored[0].reason)
    assert "telefoons" in str(report.ignored[1].reason)
    assert "financiële ruimte" in str(report.ignored[2].reason)


def _area_names(store, workshop):  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in analysis.areas.list(store, workshop.id)}
    return {i.text: names.get(i.area_id) for i in swot.list_items(store, workshop.id)}


@pytest.mark.parametrize(
    "sheet",
    [
        # an area column in a list; a name's start is enough when it is unique
        [["Kwadrant", "Tekst", "Domein"], ["Sterkte", "Goede sfeer", "Personeel"],
         ["Kans", "Nieuwe bedrijven", "Economisch"]],
        # an area column beside one column per quadrant
        [["Thema", "Sterktes", "Kansen"], ["Personeel en organisatie", "Goede sfeer", None],
         ["Economisch", None, "Nieuwe bedrijven"]],
        # the areas as section rows of a list
        [["Kwadrant", "Tekst"], ["Personeel en organisatie"], ["Sterkte", "Goede sfeer"],
         ["Economisch"], ["Kans", "Nieuwe bedrijven"]],
        # the areas as section rows of one column per quadrant
        [["Sterktes", "Kansen"], ["Personeel"], ["Goede sfeer", None], ["Economisch"],
         [None, "Nieuwe bedrijven"]],
    ],
    ids=["list-column", "grid-column", "list-sections", "grid-sections"],
)  # fmt: skip
def test_points_get_the_area_of_a_column_or_a_section_row(store, workshop, tmp_path, sheet):
    path = workbook(tmp_path / "swot.xlsx", {"SWOT": sheet})
    report = _ok(import_workbook(store, path))
    assert report.created["swot_items"] == 2
    assert _area_names(store, workshop) == {
        "Goede sfeer": "Personeel en organisatie",
        "Nieuwe bedrijven": "Economisch",
    }


def test_a_lone_point_that_names_no_area_stays_a_point(store, workshop, tmp_path):
    sheet = [["Sterktes", "Kansen"], ["Economisch"], ["Goede sfeer", None], [None, "Toerisme"]]
    path = workbook(tmp_path / "swot.xlsx", {"SWOT": sheet})
    _ok(import_workbook(store, path))
    assert _area_names(store, workshop) == {"Goede sfeer": None, "Toerisme": "Economisch"}


def _hidden_book(tmp_path):  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    wb.active.title = "Punten"
    wb["Punten"].append(["Kwadrant", "Tekst"])
    wb["Punten"].append(["Sterkte", "Zichtbaar punt"])
    for title, state in (("Hulp", "hidden"), ("Macro", "veryHidden")):
        ws = wb.create_sheet(title)
        ws.append(["Kwadrant", "Tekst"])
        ws.append(["Zwakte", f"Punt uit {title}"])
        ws.sheet_state = state
    path = tmp_path / "verborgen.xlsx"
    wb.save(path)
    return path


def test_the_cli_imports_hidden_sheets_and_says_so(blank_path, tmp_path, capsys):
    path = _hidden_book(tmp_path)
    assert main(["import", str(blank_path), str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["hidden_sheets"] == [
        {"sheet": "Hulp", "state": "hidden"},
        {"sheet": "Macro", "state": "very_hidden"},
    ]
    assert out["created"]["swot_items"] == 3


def test_the_cli_names_hidden_sheets_in_its_text_output(blank_path, tmp_path, capsys):
    path = _hidden_book(tmp_path)
    assert main(["import", str(blank_path), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Hulp" in out and "Macro" in out and "verborgen" in out


def test_a_plan_without_hidden_sheets_names_them(store, tmp_path):
    path = _hidden_book(tmp_path)
    plan = plan_import(store, path, include_hidden=False)
    assert plan.ok
    assert plan.report.created["swot_items"] == 1
    assert [h.sheet for h in plan.report.hidden] == ["Hulp", "Macro"]
    assert [(i.sheet, i.column) for i in plan.report.ignored] == [("Hulp", ""), ("Macro", "")]


def test_cells_beyond_the_columns_read_are_named(store, tmp_path):
    from openpyxl.utils import get_column_letter

    from app.exchange.reading import MAX_COLUMNS

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Punten"
    sheet.append(["Kwadrant", "Tekst"])
    sheet.append(["Sterkte", "Een punt"])
    sheet.cell(row=2, column=MAX_COLUMNS + 5, value="ver weg")
    path = tmp_path / "breed.xlsx"
    wb.save(path)
    report = _ok(import_workbook(store, path, dry_run=True))
    assert [(i.sheet, i.column) for i in report.ignored] == [
        ("Punten", f"kolommen na {get_column_letter(MAX_COLUMNS)}")
    ]
