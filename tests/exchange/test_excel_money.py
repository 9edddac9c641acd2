"""Money as the BBC keeps it through the workbook: per year investment and operating,
each with expenditure and income, and FTE."""

from __future__ import annotations

import openpyxl

from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import proposals
from app.services.proposals import ResourceSpec
from app.services.workshops import only_workshop


def _money(p) -> dict[int, tuple[float, ...]]:  # type: ignore[no-untyped-def]
    return {
        r.year: (r.investment, r.investment_income, r.operating, r.operating_income, r.fte)
        for r in p.resources
    }


def test_resources_with_income_of_both_kinds_come_back_from_the_export(
    store, workshop, blank_path, tmp_path
):
    from app.storage.store import open_store

    start = workshop.period_start
    made = proposals.create_proposal(
        store,
        workshop.id,
        code="F1",
        title="Sporthal renoveren",
        resources={
            start: ResourceSpec(100_000, 2_000, 0.5, investment_income=40_000),
            start + 1: ResourceSpec(50_000, 3_000, 1.0, 10_000, 1_500.5),
        },
    ).value
    path = tmp_path / "middelen.xlsx"
    export_workbook(store, path)
    sheet = openpyxl.load_workbook(path)["Middelen"]
    headers = [c.value for c in sheet[1]]
    assert "Ontvangsten investering" in headers and "Ontvangsten werking" in headers

    with open_store(blank_path, backup_on_open=False) as other:
        report = import_workbook(other, path)
        assert report.ok, report.problems
        (back,) = proposals.proposals.list(other, only_workshop(other).id)
        assert (
            _money(back)
            == _money(made)
            == {
                start: (100_000, 40_000, 2_000, 0, 0.5),
                start + 1: (50_000, 10_000, 3_000, 1_500.5, 1.0),
            }
        )


def test_negative_income_in_the_workbook_is_refused_naming_the_cell(store, workshop, tmp_path):
    start = workshop.period_start
    made = proposals.create_proposal(
        store, workshop.id, code="F1", title="Fiets", resources={start: ResourceSpec(10, 5)}
    ).value
    path = tmp_path / "middelen.xlsx"
    export_workbook(store, path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["Middelen"]
    column = [c.value for c in sheet[1]].index("Ontvangsten werking") + 1
    sheet.cell(row=2, column=column, value=-3)
    wb.save(path)

    report = import_workbook(store, path)

    assert not report.ok
    assert any(
        "Middelen" in str(p) and "ontvangsten werking" in str(p).lower() for p in report.problems
    )
    assert _money(proposals.proposals.get(store, made.id)) == {start: (10, 0, 5, 0, 0)}
