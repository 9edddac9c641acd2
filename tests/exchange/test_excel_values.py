"""Numbers read the way they were meant, or refused with the cell named (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.exchange import values
from app.exchange.importer import import_workbook
from app.services import proposals
from tests.exchange.excel_files import store_digest, workbook


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("0.125", 0.125),
        ("0,125", 0.125),
        ("1.000,50", 1000.5),
        ("1.000", 1000),
        ("12.345.678,9", 12_345_678.9),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("€ 2.500,-", 2500),
        ("100 miljard", 1e11),
    ],
)
def test_amounts_read_as_meant(typed, number):
    assert values.amount(typed) == pytest.approx(number)


@pytest.mark.parametrize("typed", ["1.000.5", "1.00.000", "1,000,5", "1.000,000,5", "1,250"])
def test_ambiguous_amounts_are_refused(typed):
    with pytest.raises(values.CellProblem, match="dubbelzinnig|geen bedrag"):
        values.amount(typed)


@pytest.mark.parametrize("typed", [1e308, "1e308", 2e11, "200 miljard", -2e11, float("inf")])
def test_amounts_out_of_bounds_are_refused(typed):
    with pytest.raises(values.CellProblem):
        values.amount(typed)


@pytest.mark.parametrize(
    ("typed", "number"), [("0.125", 0.125), ("0,5", 0.5), (2.5, 2.5), ("3", 3)]
)
def test_fte(typed, number):
    assert values.fte(typed) == pytest.approx(number)


@pytest.mark.parametrize("typed", ["1.250", "1,250", "1.000.5", 20_000, "5 mio"])
def test_fte_ambiguous_or_too_large(typed):
    with pytest.raises(values.CellProblem):
        values.fte(typed)


def test_a_date_in_a_year_cell_gives_its_year():
    assert values.year(dt.datetime(2027, 1, 1)) == 2027
    assert values.year(dt.date(2028, 6, 30)) == 2028


def _resources_book(tmp_path, rows):  # type: ignore[no-untyped-def]
    return workbook(
        tmp_path / "middelen.xlsx",
        {
            "Voorstellen": [["Code", "Titel"], ["V-1", "Fietspad"]],
            "Middelen": [["Voorstel", "Jaar", "Investering", "Werking", "VTE"], *rows],
        },
    )


def test_fte_of_an_eighth_is_not_125(store, workshop, tmp_path):
    path = _resources_book(tmp_path, [["V-1", 2026, "1.000,50", "0", "0.125"]])
    report = import_workbook(store, path)
    assert report.ok, [p.describe(path) for p in report.problems]
    (p,) = proposals.proposals.list(store, workshop.id)
    (r,) = p.resources
    assert (r.investment, r.fte) == (1000.5, 0.125)


@pytest.mark.parametrize(
    ("row", "cell"),
    [
        (["V-1", 2026, "1.000.5", 0, 0], "C2"),
        (["V-1", 2026, 1e308, 0, 0], "C2"),
        (["V-1", 2026, 0, "1e308", 0], "D2"),
        (["V-1", 2026, 0, 0, "1.250"], "E2"),
    ],
)
def test_a_bad_amount_names_its_cell_and_changes_nothing(store, tmp_path, row, cell):
    path = _resources_book(tmp_path, [row])
    digest = store_digest(store)
    report = import_workbook(store, path)
    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [("Middelen", cell)]
    assert store_digest(store) == digest


def test_a_real_date_in_a_year_column_takes_its_year(store, workshop, tmp_path):
    path = _resources_book(tmp_path, [["V-1", dt.datetime(2027, 1, 1), 1000, 0, 0]])
    report = import_workbook(store, path)
    assert report.ok, [p.describe(path) for p in report.problems]
    (p,) = proposals.proposals.list(store, workshop.id)
    assert [r.year for r in p.resources] == [2027]


def test_an_action_year_outside_the_period_names_the_year_cell(store, workshop, tmp_path):
    late = workshop.period_end + 5
    path = workbook(
        tmp_path / "acties.xlsx",
        {
            "Voorstellen": [["Code", "Titel"], ["V-1", "Fietspad"]],
            "Voorstelacties": [
                ["Voorstel", "Actie", "Opmerking", "Van", "Tot"],
                ["V-1", "Ontwerp", None, workshop.period_start, workshop.period_end],
                ["V-1", "Uitvoering", None, workshop.period_start, workshop.period_end],
                ["V-1", "Aanleg", None, workshop.period_start, workshop.period_end],
                ["V-1", "Oplevering", None, late, late],
            ],
        },
    )
    report = import_workbook(store, path)
    assert [(p.sheet, p.cell) for p in report.problems] == [("Voorstelacties", "D5")]
