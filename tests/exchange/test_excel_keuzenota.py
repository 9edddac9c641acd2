"""Decisions on fiches (columns of the Voorstellen sheet) and the financial room (its
own sheet) through the workbook: export, import elsewhere, the same again."""

from __future__ import annotations

from datetime import date

import openpyxl

from app.domain.enums import Decision
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import budget, decisions, proposals
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.exchange.excel_files import sheet_values, workbook


def _decisions(store) -> dict[str, tuple]:  # type: ignore[no-untyped-def,type-arg]
    return {
        p.code: (p.decision, p.decision_date, p.decision_motivation)
        for p in proposals.proposals.list(store, only_workshop(store).id)
    }


def test_decisions_and_the_room_come_back_from_the_export(store, workshop, blank_path, tmp_path):
    ids = [
        proposals.create_proposal(store, workshop.id, code=c, title=f"Fiche {c}").value.id
        for c in ("A", "B", "C", "D")
    ]
    decisions.decide(
        store, ids[:1], "ja", decided_on=date(2026, 3, 2), motivation="=1+1 blijft tekst"
    )
    decisions.decide(store, ids[1:2], "nee", decided_on=date(2026, 3, 3))
    decisions.decide(store, ids[2:3], "later", motivation="Na de studie")
    y0 = workshop.period_start
    budget.set_room(store, workshop.id, y0, investment=2_500_000.5, operating=-10_000)
    budget.set_room(store, workshop.id, y0 + 3, operating=300_000)
    path = tmp_path / "keuzenota.xlsx"
    export_workbook(store, path)
    assert sheet_values(path)["Financiële ruimte"] == [
        ("Jaar", "Investeringsruimte", "Werkingsruimte"),
        (y0, 2_500_000.5, -10_000),
        (y0 + 3, 0, 300_000),
    ]

    with open_store(blank_path, backup_on_open=False) as other:
        report = import_workbook(other, path)
        assert report.ok, report.problems
        assert report.created["rooms"] == 2
        assert (
            _decisions(other)
            == _decisions(store)
            == {
                "A": (Decision.YES, date(2026, 3, 2), "=1+1 blijft tekst"),
                "B": (Decision.NO, date(2026, 3, 3), ""),
                "C": (Decision.LATER, date.today(), "Na de studie"),
                "D": (Decision.OPEN, None, ""),
            }
        )
        assert budget.rooms(other, only_workshop(other).id) == budget.rooms(store, workshop.id)
        # Imported again: nothing new.
        again = import_workbook(other, path)
        assert again.ok and again.created["rooms"] == 0 and again.updated["rooms"] == 0
        assert again.updated["proposals"] == 0


def test_a_list_with_an_unknown_decision_is_refused_by_cell(store, workshop, tmp_path):
    rows = [
        ("Code", "Titel", "Besluit"),
        ("A", "Fiche A", "goedgekeurd"),
        ("B", "Fiche B", "misschien"),
    ]
    path = workbook(tmp_path / "lijst.xlsx", {"Fiches": rows})

    report = import_workbook(store, path)

    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [("Fiches", "C3")]
    assert "misschien" in str(report.problems[0].message)
    assert proposals.proposals.list(store, workshop.id) == []


def test_a_list_with_decisions_in_its_own_words_is_taken_in(store, workshop, tmp_path):
    rows = [("Code", "Titel", "Besluit"), ("A", "Fiche A", "Goedgekeurd"), ("B", "Fiche B", "neen")]
    report = import_workbook(store, workbook(tmp_path / "lijst.xlsx", {"Fiches": rows}))
    assert report.ok, report.problems
    assert {c: d[0] for c, d in _decisions(store).items()} == {"A": Decision.YES, "B": Decision.NO}


def test_a_room_outside_the_planning_period_is_refused_by_cell(store, workshop, tmp_path):
    rows = [("Jaar", "Investeringsruimte"), (workshop.period_start, 5), (2040, 5)]
    path = workbook(tmp_path / "ruimte.xlsx", {"Financiële ruimte": rows})

    report = import_workbook(store, path)

    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [("Financiële ruimte", "A3")]
    assert "2040" in str(report.problems[0].message)
    assert all(r.investment == 0 for r in budget.rooms(store, workshop.id))


def test_the_scenario_sheet_holds_the_scenario_and_is_not_read_back(store, workshop, tmp_path):
    from app.services import scenario
    from app.services.proposals import ResourceSpec

    y0 = workshop.period_start
    made = proposals.create_proposal(
        store, workshop.id, code="A", title="A", resources={y0: ResourceSpec(10, 4, 0, 3, 1)}
    ).value
    proposals.create_proposal(
        store, workshop.id, code="B", title="B", resources={y0: ResourceSpec(99, 99)}
    )
    decisions.decide(store, [made.id], "ja")
    budget.set_room(store, workshop.id, y0, investment=5, operating=2)
    path = tmp_path / "scenario.xlsx"
    export_workbook(store, path)

    header, *rows = sheet_values(path)["Scenario"]
    expected = scenario.as_json(scenario.load(store, workshop.id))["years"]
    keys = ["year", "investment", "investment_income", "room_investment", "balance_investment",
            "operating", "operating_income", "room_operating", "balance_operating"]  # fmt: skip
    assert [list(r[:-1]) for r in rows] == [[y[k] for k in keys] for y in expected]
    assert rows[0][-1] == "nee" and rows[0][4] == -2 and rows[0][8] == -1
    assert {r[-1] for r in rows[1:]} == {"ja"}
    # Edited and imported: the scenario is counted, never read.
    wb = openpyxl.load_workbook(path)
    wb["Scenario"]["B2"] = 123456
    wb.save(path)
    report = import_workbook(store, path)
    assert report.ok and sum(report.created.values()) == 0 and sum(report.updated.values()) == 0
