"""What a person sees in the exported workbook."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from sqlalchemy import select

from app.exchange import layout
from app.storage import models as m
from app.storage.store import open_store


@pytest.fixture(scope="module")
def exported(demo_template, demo_export):  # type: ignore[no-untyped-def]
    """The demo's export: (path, workbook, ballots with their voter keys)."""
    with open_store(demo_template, write=False) as store, store.reading() as uow:
        query = select(m.BallotRow.id, m.BallotRow.voter_key)
        ballots = list(uow.session.execute(query))
    return demo_export, openpyxl.load_workbook(demo_export), ballots


def test_every_sheet_has_dutch_headers_a_frozen_row_a_filter_and_widths(exported):
    _, wb, _ = exported
    assert wb.sheetnames == [s.title for s in layout.SHEETS]
    for spec in layout.SHEETS:
        ws = wb[spec.title]
        assert [c.value for c in ws[1]] == [f.header for f in spec.columns]
        assert all(c.font.bold for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(8 <= w <= 60 for w in widths), (spec.title, widths)
    swot_ws = wb["SWOT"]
    assert swot_ws.column_dimensions["C"].width > swot_ws.column_dimensions["B"].width
    assert swot_ws.max_row == 316


def test_dropdowns_for_quadrant_area_cluster_and_mandatory(exported):
    _, wb, _ = exported

    def lists(title: str) -> dict[str, str]:
        ws = wb[title]
        out = {}
        for dv in ws.data_validations.dataValidation:
            assert dv.type == "list"
            for ref in str(dv.sqref).split():
                out[ref.split(":")[0].rstrip("0123456789")] = dv.formula1.replace("'", "")
        return out

    swot_lists = lists("SWOT")
    assert swot_lists["B"] == '"Sterke punten,Zwakke punten,Opportuniteiten,Bedreigingen"'
    assert swot_lists["D"].startswith("Clusters!$B$2:$B$")
    assert swot_lists["E"].startswith("Domeinen!$C$2:$C$")
    assert lists("Voorstellen")["F"] == '"verplicht,keuze"'
    assert lists("Deelnemers")["C"].startswith("Clusters!$B$2")


def test_anonymous_ballots_leave_without_voter_keys_names_or_order(exported):
    path, wb, ballots = exported
    assert ballots and all(b.voter_key for b in ballots)
    with zipfile.ZipFile(path) as archive:
        content = b"".join(archive.read(n) for n in archive.namelist())
    for ballot in ballots:
        assert ballot.voter_key.encode() not in content
    ws = wb["Stembrieven"]
    assert [c.value for c in ws[1]] == [f.header for f in layout.BALLOTS.columns]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    # Every ballot is there, by its (random) id and in id order, never in the order cast.
    assert sorted({r[0] for r in rows}) == sorted(b.id for b in ballots)
    # Per round (the demo has two with ballots), in id order.
    for round_ in {r[1] for r in rows}:
        ids = [r[0] for r in rows if r[1] == round_]
        assert ids == sorted(ids)
    assert {r[2] for r in rows} == {"telefoon", "papier"}
    assert all(r[4] is None for r in rows)  # the demo's rounds are anonymous
    assert [c.value for c in wb["Uitslagen"][1]] == [
        "Stemronde", "Methode", "Status", "Stembrieven", "Rang", "Optie", "Score",
    ]  # fmt: skip
    assert wb["Uitslagen"].max_row > 1
    assert wb["Uitslagen"].protection.sheet and not wb["SWOT"].protection.sheet
    assert not wb["Stembrieven"].protection.sheet


def test_results_sheet_agrees_with_the_rounds_service(demo_template, exported):
    from app.services import rounds
    from app.services.workshops import only_workshop

    _, wb, _ = exported
    expected = []
    with open_store(demo_template, write=False) as store:
        for r in rounds.rounds.list(store, only_workshop(store).id):
            outcome = rounds.results(store, r.id)
            expected += [
                (r.title, outcome.ballots, x.rank, x.title, x.score) for x in outcome.ranking
            ]
    got = [(v[0], v[3], v[4], v[5], v[6]) for v in wb["Uitslagen"].iter_rows(2, values_only=True)]
    assert got == expected


@pytest.mark.parametrize("checks_before_cancel", [0, 5, 22])
def test_a_cancelled_export_writes_nothing_and_keeps_the_old_file(
    demo_template, tmp_path, checks_before_cancel: int
):
    """Cancel is seen before every sheet (the demo has none of 500 rows) and before
    the file is saved: the older workbook stays, no temporary file is left."""
    from app.exchange.export import ExportCancelled, export_workbook

    out = tmp_path / "workshop.xlsx"
    out.write_bytes(b"de vorige export")
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > checks_before_cancel

    with open_store(demo_template, write=False) as store, pytest.raises(ExportCancelled):
        export_workbook(store, out, cancelled=cancelled)
    assert len(asked) == checks_before_cancel + 1
    assert out.read_bytes() == b"de vorige export"
    assert [p.name for p in tmp_path.iterdir()] == ["workshop.xlsx"]
