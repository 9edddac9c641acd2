"""The headless API the GUI's preview uses: plan, then apply; progress and cancel."""

from __future__ import annotations

import pytest

from app.exchange import values
from app.exchange.importer import apply_plan, plan_import
from app.exchange.problems import ImportCancelled
from tests.exchange.excel_files import store_digest, swot_texts, workbook

ROWS = [["Kwadrant", "Tekst"]] + [["Kans", f"Punt {n}"] for n in range(450)]


def test_a_plan_says_what_will_change_and_writes_nothing(store, tmp_path):
    path = workbook(tmp_path / "p.xlsx", {"SWOT": ROWS})
    before = store_digest(store)
    seen: list[tuple[int, int]] = []

    plan = plan_import(store, path, progress=lambda done, total: seen.append((done, total)))

    assert plan.ok and plan.report.created["swot_items"] == 450
    assert store_digest(store) == before
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)  # one bar, never going back

    report = apply_plan(store, plan)

    assert report.ok and report.created["swot_items"] == 450
    assert len(swot_texts(store)) == 450
    assert len(report.changes.created["swot_item"]) == 450


def test_a_plan_lists_every_bad_cell(store, tmp_path):
    rows = [["Kwadrant", "Tekst", "SDG"], ["Kans", "", None], ["Iets", "Goed", None]]
    plan = plan_import(store, workbook(tmp_path / "p.xlsx", {"SWOT": rows}))
    assert [(p.sheet, p.cell) for p in plan.report.problems] == [("SWOT", "B2"), ("SWOT", "A3")]
    assert not apply_plan(store, plan).ok


def test_apply_checks_again_when_the_store_changed(store, workshop, tmp_path):
    from app.services import organisation

    rows = [["Naam", "Cluster"], ["An", "Ruimte"]]
    plan = plan_import(store, workbook(tmp_path / "p.xlsx", {"Deelnemers": rows}))
    assert plan.report.created["clusters"] == 1
    organisation.clusters.create(store, workshop.id, name="Ruimte")

    report = apply_plan(store, plan)

    assert report.ok and report.created["clusters"] == 0 and report.created["participants"] == 1


@pytest.mark.parametrize("when", ["plan", "apply"])
def test_cancel_changes_nothing(store, tmp_path, when):
    path = workbook(tmp_path / "p.xlsx", {"SWOT": ROWS})
    before = store_digest(store)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(ImportCancelled):
        if when == "plan":
            plan_import(store, path, cancelled=cancelled)
        else:
            apply_plan(store, plan_import(store, path), cancelled=cancelled)
    assert store_digest(store) == before


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("€ 1.250.000", 1_250_000),
        ("1 250 000", 1_250_000),
        ("1,25 mio", 1_250_000),
        ("125000,50", 125_000.5),
        ("EUR 2,5 miljoen", 2_500_000),
        ("€ 750.000,-", 750_000),
        ("1.250.000,75", 1_250_000.75),
        ("1,250,000.75", 1_250_000.75),
        ("12.500", 12_500),
        ("12.5 k", 12_500),
        (98000, 98_000),
    ],
)
def test_amounts_in_common_notations(typed, amount):
    assert values.amount(typed) == pytest.approx(amount)


@pytest.mark.parametrize("typed", ["veel", "1,2,3,4 euro per jaar", "12 kg"])
def test_amounts_that_are_not(typed):
    with pytest.raises(values.CellProblem, match="verwacht een bedrag"):
        values.amount(typed)


@pytest.mark.parametrize(
    ("typed", "sdgs"),
    [("3, 11", (3, 11)), ("SDG 3; SDG 11", (3, 11)), (7, (7,)), ("11/3", (3, 11))],
)
def test_sdgs(typed, sdgs):
    assert values.sdgs(typed) == sdgs


def test_an_sdg_that_does_not_exist():
    with pytest.raises(values.CellProblem, match="SDG 18 bestaat niet"):
        values.sdgs("3, 18")
