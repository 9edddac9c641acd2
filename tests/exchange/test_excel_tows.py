"""The confrontation matrix and its strategies through the workbook: the sheets
'Confrontatiematrix' and 'Strategieën', export, import into a new store, export again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.cli import main
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import organisation, strategies, swot
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.exchange.excel_files import sheet_values, store_digest, without_export_time

MATRIX, STRATEGIES = "Confrontatiematrix", "Strategieën"


@pytest.fixture
def matrix(store: Any) -> dict[str, Any]:
    """Two clusters, a point whose text two clusters share, marks and strategies, a path
    and a fiche made from a strategy."""
    ws = only_workshop(store).id
    a = organisation.clusters.create(store, ws, name="Welzijn").value.id
    b = organisation.clusters.create(store, ws, name="Ruimte").value.id
    p: dict[str, Any] = {"ws": ws}
    for key, quadrant, text, cluster in (
        ("s1", "S", "Sterk verenigingsleven", a),
        ("s2", "S", "Betrokken medewerkers", a),
        ("s3", "S", "Betrokken medewerkers", b),
        ("w1", "W", "Verouderde sporthal", a),
        ("o1", "O", "Subsidies voor sport", a),
        ("o2", "O", "Digitalisering", b),
        ("t1", "T", "Vergrijzing", None),
    ):
        p[key] = swot.items.create(
            store, ws, quadrant=quadrant, text=text, cluster_id=cluster
        ).value.id
    mark = strategies.set_mark
    mark(store, ws, p["s1"], p["o1"], 3)
    mark(store, ws, p["s3"], p["o2"], 1)
    mark(store, ws, p["w1"], p["t1"], 2)
    mark(store, ws, p["s1"], p["o2"], 2)
    mark(store, ws, p["s1"], p["o2"], 0)  # cleared: no row on the sheet
    sport = strategies.create_strategy(
        store, ws, field="SO", title="Sportinfrastructuur", text="=Samen bouwen", cluster_id=a,
        swot_item_ids=[p["s1"], p["o1"]],
    ).value  # fmt: skip
    care = strategies.create_strategy(
        store, ws, field="WT", title="Zorg voor ouderen", swot_item_ids=[p["w1"], p["t1"]]
    ).value
    strategies.to_path(store, sport.id)
    strategies.to_proposal(store, sport.id)
    strategies.to_proposal(store, care.id)
    return {**p, "sport": sport.id, "care": care.id}


def _tows_state(store: Any) -> tuple[Any, ...]:
    ws = only_workshop(store).id
    found = strategies.list_strategies(store, ws)
    return (
        sorted(strategies.marks_of(store, ws).items()),
        [
            (s.id, s.field, s.title, s.text, s.cluster_id, s.swot_item_ids, s.path_ids,
             s.proposal_ids)
            for s in found
        ],
    )  # fmt: skip


def test_the_matrix_and_the_strategies_go_out_and_come_back_the_same(
    store, matrix, blank_path, tmp_path
):
    first = tmp_path / "eerste.xlsx"
    export_workbook(store, first)
    sheets = sheet_values(first)
    assert sheets[MATRIX] == [
        ("Sterkte of zwakte", "Kans of bedreiging", "Veld", "Cluster", "Gewicht"),
        ("Sterk verenigingsleven", "Subsidies voor sport", "SO", "Welzijn", 3),
        (matrix["s3"], "Digitalisering", "SO", "Ruimte", 1),  # its text is not unique
        ("Verouderde sporthal", "Vergrijzing", "WT", None, 2),
    ]
    assert sheets[STRATEGIES] == [
        ("id", "Veld", "Cluster", "Titel", "Tekst", "SWOT-punten", "Ontwikkelpaden", "Fiches"),
        (matrix["sport"], "SO", "Welzijn", "Sportinfrastructuur", "=Samen bouwen",
         "Sterk verenigingsleven\nSubsidies voor sport", "Sportinfrastructuur",
         "Sportinfrastructuur"),
        (matrix["care"], "WT", None, "Zorg voor ouderen", None,
         "Verouderde sporthal\nVergrijzing", None, "Zorg voor ouderen"),
    ]  # fmt: skip

    with open_store(blank_path, backup_on_open=False) as other:
        report = import_workbook(other, first)
        assert report.ok, report.problems
        assert report.created["tows_marks"] == 3 and report.created["strategies"] == 2
        assert _tows_state(other) == _tows_state(store)
        second = tmp_path / "tweede.xlsx"
        export_workbook(other, second)
        # Imported once more: nothing new, nothing changed.
        again = import_workbook(other, second)
        assert again.ok and again.created["tows_marks"] == again.updated["tows_marks"] == 0
        assert again.created["strategies"] == again.updated["strategies"] == 0
    before, after = without_export_time(sheets), without_export_time(sheet_values(second))
    assert before == after


def _edited(source: Path, target: Path, sheet: str, cell: str, value: Any) -> Path:
    wb = openpyxl.load_workbook(source)
    wb[sheet][cell] = value
    wb.save(target)
    return target


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message"),
    [
        (MATRIX, "E2", 4, "geen geldig gewicht"),
        (MATRIX, "E3", -1, "geen geldig gewicht"),
        (MATRIX, "E2", "veel", "geen geheel getal"),
        (MATRIX, "B2", "Bestaat niet", "Onbekend SWOT-punt 'Bestaat niet'"),
        (MATRIX, "A4", "Betrokken medewerkers", "2 SWOT-punten met de tekst"),
        (MATRIX, "A2", "Digitalisering", "geen sterkte of zwakte"),
        (MATRIX, "C2", "WT", "hoort in het veld SO"),
        (STRATEGIES, "F2", "Sterk verenigingsleven\nNergens", "Onbekend SWOT-punt 'Nergens'"),
        (STRATEGIES, "F3", "Sterk verenigingsleven", "WT-strategie"),
        (STRATEGIES, "B2", "XY", "XY"),
        (STRATEGIES, "G2", "Geen pad", "Onbekende ontwikkelpad 'Geen pad'"),
    ],
)
def test_a_wrong_cell_is_refused_by_name_and_nothing_changes(
    store, matrix, tmp_path, sheet, cell, value, message
):
    exported = tmp_path / "uit.xlsx"
    export_workbook(store, exported)
    # The store has moved on since the export: the import would change it back.
    strategies.set_mark(store, matrix["ws"], matrix["s1"], matrix["o1"], 1)
    digest = store_digest(store)
    path = _edited(exported, tmp_path / "fout.xlsx", sheet, cell, value)

    report = import_workbook(store, path)

    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [(sheet, cell)]
    assert message in str(report.problems[0].message)
    assert store_digest(store) == digest


def test_an_unknown_column_is_named_and_a_weight_of_zero_clears(store, matrix, tmp_path):
    exported = tmp_path / "uit.xlsx"
    export_workbook(store, exported)
    path = _edited(exported, tmp_path / "kolom.xlsx", STRATEGIES, "I1", "Opmerking")
    path = _edited(path, path, STRATEGIES, "I2", "nog bespreken")
    path = _edited(path, path, MATRIX, "E4", 0)

    report = import_workbook(store, path)

    assert report.ok, report.problems
    columns = [i for i in report.ignored if i.column]  # not the read-only sheets
    assert [(i.sheet, i.column, i.cell) for i in columns] == [(STRATEGIES, "Opmerking", "I1")]
    assert "strategieën" in str(columns[0].reason)
    assert report.updated["tows_marks"] == 1
    assert (matrix["w1"], matrix["t1"]) not in strategies.marks_of(store, matrix["ws"])


def test_a_list_of_its_own_is_read_and_the_dry_run_counts(store, matrix, tmp_path, capsys):
    """A list someone keeps: the points by text, clusters to tell apart the same text."""
    rows = [
        ("Veld", "Strategie", "Komt voort uit", "Opmerking"),
        ("S-O", "Medewerkers digitaal", "Betrokken medewerkers\nDigitalisering", "x"),
    ]
    pairs = [
        ("Sterkte", "Kans", "Sector", "Gewicht"),
        ("Betrokken medewerkers", "Digitalisering", "Ruimte", 3),
    ]
    wb = openpyxl.Workbook()
    wb.active.title = "Strategieën"
    for row in rows:
        wb.active.append(row)
    sheet = wb.create_sheet("TOWS")
    for row in pairs:
        sheet.append(row)
    path = tmp_path / "lijst.xlsx"
    wb.save(path)
    store_path = str(store.path)
    store.close()

    assert main(["import", store_path, str(path), "--dry-run", "--json"]) == 2
    out = json.loads(capsys.readouterr().out)
    # 'Betrokken medewerkers' alone names two points: the strategy's cell is refused.
    assert [(e["sheet"], e["cell"]) for e in out["errors"]] == [("Strategieën", "C2")]
    rows[1] = ("SO", "Medewerkers digitaal", "Sterk verenigingsleven\nDigitalisering", "x")
    wb["Strategieën"].delete_rows(2)
    wb["Strategieën"].append(rows[1])
    wb.save(path)
    assert main(["import", store_path, str(path), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["created"]["strategies"] == 1
    assert out["updated"]["tows_marks"] == 1 and out["created"]["tows_marks"] == 0
    assert {(i["sheet"], i["column"]) for i in out["ignored"]} == {("Strategieën", "Opmerking")}
    with open_store(store_path, backup_on_open=False) as again:
        assert len(strategies.list_strategies(again, matrix["ws"])) == 2  # dry run: nothing


def test_a_point_the_workbook_absorbs_hands_its_marks_and_links_on(store, matrix, tmp_path):
    from tests.exchange.excel_files import workbook

    ws, s2, s3 = matrix["ws"], matrix["s2"], matrix["s3"]
    linked = strategies.create_strategy(
        store, ws, field="SO", title="Medewerkers", swot_item_ids=[s3, matrix["o2"]]
    ).value
    rows = [
        ("id", "Kwadrant", "Tekst", "Cluster", "Opgenomen in (id)"),
        (s3, "Sterkte", "Betrokken medewerkers", "Ruimte", s2),
    ]
    report = import_workbook(store, workbook(tmp_path / "samen.xlsx", {"SWOT": rows}))

    assert report.ok, report.problems
    marks = strategies.marks_of(store, ws)
    assert marks[(s2, matrix["o2"])] == 1 and not any(s3 in pair for pair in marks)
    assert strategies.strategies.get(store, linked.id).swot_item_ids == tuple(
        sorted([s2, matrix["o2"]])
    )
    assert report.updated["tows_marks"] == 1 and report.updated["strategies"] == 1
