"""Ballots of a budget round with whole fiches, imported from Excel: the same rule as
phones and paper (each fiche 0 or exactly its cost, together within the budget),
refused at the cell that says so; the export keeps the costs and counts phones."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from app.exchange import layout
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import rounds
from app.services.proposals import proposals
from app.services.workshops import only_workshop
from tests.exchange.excel_files import sheet_values, store_digest, workbook

HEADERS = [f.header for f in layout.BALLOTS.columns]
TITLE = "Burgerbudget"


@pytest.fixture
def whole(voting_store, voting_rounds):  # type: ignore[no-untyped-def]
    ws = only_workshop(voting_store).id
    rounds.close_round(voting_store, voting_rounds.score)  # one round open at a time
    proposal_list = proposals.list(voting_store, ws)[:3]
    costs = dict(zip((p.id for p in proposal_list), (600.0, 300.0, 500.0), strict=True))
    made = rounds.create_round(
        voting_store,
        ws,
        TITLE,
        "budget",
        [("proposal", p.id) for p in proposal_list],
        {"budget": 1000, "costs": costs, "whole": True, "cost_basis": "investment"},
    ).value
    return rounds.open_round(voting_store, made.id).value


def _ballot(*entries: tuple[str, float]) -> list[list[Any]]:
    ballot = str(uuid.uuid4())
    return [[ballot, TITLE, "papier", None, None, option, None, value] for option, value in entries]


def _title(r, n: int) -> str:  # type: ignore[no-untyped-def]
    return r.options[n].title


def test_whole_proposals_at_their_cost_are_stored(voting_store, whole, tmp_path):
    rows = _ballot((_title(whole, 0), 600), (_title(whole, 1), 300))
    path = workbook(tmp_path / "goed.xlsx", {"Stembrieven": [HEADERS, *rows]})
    report = import_workbook(voting_store, path)
    assert report.ok, [p.describe(path) for p in report.problems]
    result = rounds.results(voting_store, whole.id)
    assert {r.option_id: r.score for r in result.ranking} == {
        whole.options[0].id: 1.0,
        whole.options[1].id: 1.0,
        whole.options[2].id: 0.0,
    }


@pytest.mark.parametrize(
    ("entries", "cell", "words"),
    [
        (((0, 250),), "H2", "helemaal of niet"),
        (((0, 600), (2, 500)), "H2", "meer dan het budget"),
    ],
)
def test_a_part_of_a_proposal_or_too_much_is_refused_at_its_cell(
    voting_store, whole, tmp_path, entries, cell, words
):
    rows = _ballot(*((_title(whole, n), value) for n, value in entries))
    path = workbook(tmp_path / "fout.xlsx", {"Stembrieven": [HEADERS, *rows]})
    digest = store_digest(voting_store)
    report = import_workbook(voting_store, path)
    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [("Stembrieven", cell)]
    assert words in report.problems[0].message, report.problems[0].message
    assert store_digest(voting_store) == digest


def test_the_export_keeps_the_costs_and_counts_phones(voting_store, whole, tmp_path):
    for picks in ({0: 600, 1: 300}, {0: 600}, {2: 500}):
        rounds.cast_ballot(
            voting_store,
            whole.id,
            rounds.BallotInput({whole.options[n].id: v for n, v in picks.items()}),
        )
    out = tmp_path / "uit.xlsx"
    export_workbook(voting_store, out)
    sheets = sheet_values(out)
    round_rows = sheets["Stemrondes"]
    rules_column = round_rows[0].index("Regels")
    row = next(r for r in round_rows if TITLE in r)
    assert json.loads(row[rules_column])["costs"] == whole.rules["costs"]
    results = [r for r in sheets["Uitslagen"] if TITLE in r]
    scores = {r[5]: r[6] for r in results}
    assert scores[_title(whole, 0)] == 2
    assert scores[_title(whole, 2)] == 1
