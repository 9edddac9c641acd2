"""Ballots in the own workbook: exported without what would identify a voter or the
order of voting, imported by id under the round's own rules."""

from __future__ import annotations

import re
import uuid
import zipfile
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.enums import VotingMethod
from app.exchange import layout
from app.exchange.export import export_workbook
from app.exchange.importer import import_workbook
from app.services import rounds
from app.storage import models as m
from tests.exchange.excel_files import sheet_values, store_digest, without_export_time, workbook

HEADERS = [f.header for f in layout.BALLOTS.columns]
BALLOT, ROUND, SOURCE, CLUSTER, PARTICIPANT, OPTION, CRITERION, VALUE = range(8)


def _ballots(store: Any) -> dict[str, Any]:
    with store.reading() as uow:
        rows = uow.session.scalars(select(m.BallotRow)).all()
        return {
            b.id: (
                b.round_id,
                b.voter_key,
                b.source,
                b.cluster_id,
                b.participant_id,
                b.created_at,
                sorted((e.option_id, e.criterion_id or "", e.value) for e in b.entries),
            )
            for b in rows
        }


def _results(store: Any, round_ids: list[str]) -> list[Any]:
    return [rounds.results(store, r).as_json() for r in round_ids]


def _all_rounds(v: Any) -> list[str]:
    return [v.dots, v.rank, v.budget, v.score, v.draft]


def test_the_ballots_sheet_has_every_entry_but_no_voter_key(
    voting_store, voting_rounds, voting_export
):
    stored = _ballots(voting_store)
    # A ballot cast by name in a round that has since been made anonymous.
    assert any(b[4] for b in stored.values() if b[0] == voting_rounds.budget)
    with zipfile.ZipFile(voting_export) as archive:
        content = b"".join(archive.read(n) for n in archive.namelist())
    assert all(key.encode() not in content for _, key, *_ in stored.values())
    rows = sheet_values(voting_export)["Stembrieven"]
    assert list(rows[0]) == HEADERS
    rows = rows[1:]
    # One row per entry, and one row for the blank ballot.
    assert len(rows) == sum(max(1, len(b[-1])) for b in stored.values())
    assert {r[BALLOT] for r in rows} == set(stored)
    for title in ("Stippen", "Rangschikking", "Budget", "Scores"):
        ids = [r[BALLOT] for r in rows if r[ROUND] == title]
        assert ids == sorted(ids), title  # by random id: nothing of the order they came in
    assert [r[BALLOT] for r in rows if r[ROUND] == "Ontwerp"] == []
    assert {r[SOURCE] for r in rows} == {"telefoon", "papier"}
    # Names only in the round that is not anonymous.
    assert {r[PARTICIPANT] for r in rows if r[ROUND] != "Scores"} == {None}
    assert {r[PARTICIPANT] for r in rows if r[ROUND] == "Scores"} == {
        "An Peeters",
        "Bart Claes",
        None,
    }
    ranking = [r for r in rows if r[ROUND] == "Rangschikking" and r[CLUSTER] == "Ruimte"]
    assert [(r[OPTION], r[VALUE]) for r in ranking] == [
        ("V-3 Zonnepanelen", 1),
        ("V-1 Fietspad", 2),
        ("V-2 Speelplein", 3),
    ]
    assert ("V-1 Fietspad", "impact", 5) in {
        (r[OPTION], r[CRITERION], r[VALUE]) for r in rows if r[ROUND] == "Scores"
    }
    assert ("V-1 Fietspad", 600.5) in {(r[OPTION], r[VALUE]) for r in rows if r[ROUND] == "Budget"}
    blank = [r for r in rows if r[ROUND] == "Stippen" and r[OPTION] is None]
    assert len(blank) == 1 and blank[0][VALUE] is None and blank[0][CRITERION] is None


def test_every_method_comes_back_the_same_in_a_new_store(
    voting_store, voting_rounds, voting_export, store, tmp_path
):
    report = import_workbook(store, voting_export)

    assert report.ok, [p.describe(report.file) for p in report.problems]
    assert report.created["ballots"] == len(_ballots(voting_store)) == 12
    all_rounds = _all_rounds(voting_rounds)
    assert _results(store, all_rounds) == _results(voting_store, all_rounds)
    assert _results(store, [voting_rounds.score])[0]["ballots"] == 3
    second = tmp_path / "tweede.xlsx"
    export_workbook(store, second)
    assert without_export_time(sheet_values(second)) == without_export_time(
        sheet_values(voting_export)
    )
    before, after = _ballots(voting_store), _ballots(store)
    for ballot_id, (_, key, source, _, participant, _, entries) in after.items():
        old = before[ballot_id]
        assert (source, entries) == (old[2], old[6])
        # Names only where the round is not anonymous (now): never out of an anonymous one.
        assert participant == (old[4] if old[0] == voting_rounds.score else None)
        # A fresh random key, as a paper ballot gets: never the phone's.
        assert re.fullmatch("[0-9a-f]{64}", key) and key != old[1]
    with store.reading() as uow:
        for r in uow.session.scalars(select(m.RoundRow).where(m.RoundRow.anonymous)):
            stamps = {b[5] for b in after.values() if b[0] == r.id}
            assert stamps in (set(), {r.created_at}), r.title  # the round's time, not theirs


def test_importing_the_export_into_its_own_store_changes_no_ballot(voting_store, voting_export):
    digest = store_digest(voting_store)
    report = import_workbook(voting_store, voting_export)
    assert report.ok, report.problems
    assert report.created["ballots"] == report.updated["ballots"] == 0
    assert store_digest(voting_store) == digest


def test_an_edited_ballot_is_updated_and_keeps_its_key(
    voting_store, voting_rounds, voting_export, tmp_path
):
    rows = [list(r) for r in sheet_values(voting_export)["Stembrieven"]]
    # One dot of a two-dot entry moves to an option of its own.
    row = next(r for r in rows[1:] if r[ROUND] == "Stippen" and r[OPTION] == "V-4 Archief")
    assert row[VALUE] == 2
    ballot_id = row[BALLOT]
    row[VALUE] = 1
    rows.append([*row[:OPTION], "V-2 Speelplein", None, 1])
    path = workbook(tmp_path / "bewerkt.xlsx", {"Stembrieven": rows})
    before = _ballots(voting_store)
    results_before = _results(voting_store, [voting_rounds.dots])[0]["ranking"]

    report = import_workbook(voting_store, path)

    assert report.ok, [p.describe(path) for p in report.problems]
    assert report.updated["ballots"] == 1 and report.created["ballots"] == 0
    after = _ballots(voting_store)
    assert after[ballot_id][1] == before[ballot_id][1]  # the voter key stays
    assert len(after[ballot_id][-1]) == len(before[ballot_id][-1]) + 1
    assert {k: v for k, v in after.items() if k != ballot_id} == {
        k: v for k, v in before.items() if k != ballot_id
    }
    scores = {r["title"]: r["score"] for r in results_before}
    now = {
        r["title"]: r["score"] for r in _results(voting_store, [voting_rounds.dots])[0]["ranking"]
    }
    assert now["V-2 Speelplein"] == scores["V-2 Speelplein"] + 1
    assert sum(now.values()) == sum(scores.values())


def _new(*entries: list[Any]) -> list[list[Any]]:
    """Rows of one new ballot: (round, source, cluster, participant, option, criterion, value)."""
    ballot = str(uuid.uuid4())
    return [[ballot, *e] for e in entries]


# What each bad ballot does wrong, the cell that says so and a word of the message.
BAD = {
    "too many dots": (
        _new(
            ["Stippen", "papier", None, None, "V-1 Fietspad", None, 2],
            ["Stippen", "papier", None, None, "V-2 Speelplein", None, 2],
        ),
        "H2",
        "Hoogstens 3 stippen in totaal",
    ),
    "too many dots on one option": (
        _new(["Stippen", "papier", None, None, "V-1 Fietspad", None, 3]),
        "H2",
        "Hoogstens 2 stippen per optie",
    ),
    "half a dot": (
        _new(["Stippen", "papier", None, None, "V-1 Fietspad", None, 1.5]),
        "H2",
        "geheel getal",
    ),
    "over budget": (
        _new(["Budget", "papier", None, None, "V-1 Fietspad", None, "€ 1.000,01"]),
        "H2",
        "Hoogstens 1000 in totaal",
    ),
    "a score off the scale": (
        _new(["Scores", "papier", None, None, "V-1 Fietspad", "impact", 6]),
        "H2",
        "tussen 1 en 5",
    ),
    "a ranking with a gap": (
        _new(
            ["Rangschikking", "papier", None, None, "V-1 Fietspad", None, 1],
            ["Rangschikking", "papier", None, None, "V-2 Speelplein", None, 3],
        ),
        "H2",
        "rijen 2–3",
    ),
    "ranking too many": (
        _new(
            *(
                ["Rangschikking", "papier", None, None, title, None, n]
                for n, title in enumerate(
                    ["V-1 Fietspad", "V-2 Speelplein", "V-3 Zonnepanelen", "V-4 Archief"], 1
                )
            )
        ),
        "H2",
        "Rangschik hoogstens 3 opties",
    ),
    "an option of another round": (
        _new(["Stippen", "papier", None, None, "Iets anders", None, 1]),
        "F2",
        "Ronde 'Stippen' heeft geen optie 'Iets anders'",
    ),
    "an unknown criterion": (
        _new(["Scores", "papier", None, None, "V-1 Fietspad", "prijs", 3]),
        "G2",
        "Onbekend criterium 'prijs'",
    ),
    "a criterion outside a score round": (
        _new(["Stippen", "papier", None, None, "V-1 Fietspad", "impact", 1]),
        "G2",
        "Alleen een scoreronde",
    ),
    "the same option twice": (
        _new(
            ["Budget", "papier", None, None, "V-1 Fietspad", None, 10],
            ["Budget", "papier", None, None, "v-1 fietspad", None, 10],
        ),
        "F3",
        "staat al eerder",
    ),
    "a name in an anonymous round": (
        _new(["Stippen", "papier", None, "An Peeters", "V-1 Fietspad", None, 1]),
        "E2",
        "anoniem",
    ),
    "a draft round": (
        _new(["Ontwerp", "papier", None, None, "V-1 Fietspad", None, 1]),
        "B2",
        "ontwerp",
    ),
    "rows that disagree": (
        _new(
            ["Budget", "papier", "Ruimte", None, "V-1 Fietspad", None, 10],
            ["Budget", "papier", "Welzijn", None, "V-2 Speelplein", None, 10],
        ),
        "D3",
        "dezelfde stemronde, bron, cluster",
    ),
    "an unknown cluster": (
        _new(["Budget", "papier", "Cultuur", None, "V-1 Fietspad", None, 10]),
        "D2",
        "Onbekende cluster 'Cultuur'",
    ),
    "a value without an option": (
        _new(["Budget", "papier", None, None, None, None, 10]),
        "F2",
        "optie",
    ),
    "an unknown source": (
        _new(["Budget", "fax", None, None, "V-1 Fietspad", None, 10]),
        "C2",
        "telefoon of papier",
    ),
    "a ballot without an id": (
        [[None, "Budget", "papier", None, None, "V-1 Fietspad", None, 10]],
        "A2",
        "verplicht",
    ),
    "a number for an id": (
        [["17", "Budget", "papier", None, None, "V-1 Fietspad", None, 10]],
        "A2",
        "geen id van een stembrief",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_ballot_that_breaks_the_rules_is_refused_where_it_is(voting_store, tmp_path, case):
    rows, cell, words = BAD[case]
    path = workbook(tmp_path / "stembrieven.xlsx", {"Stembrieven": [HEADERS, *rows]})
    digest = store_digest(voting_store)

    report = import_workbook(voting_store, path)

    assert not report.ok
    assert [(p.sheet, p.cell) for p in report.problems] == [("Stembrieven", cell)]
    assert words in report.problems[0].message, report.problems[0].message
    assert store_digest(voting_store) == digest


def test_a_ballot_for_a_survey_round_is_refused(voting_store, tmp_path):
    from app.services import survey
    from app.services.workshops import only_workshop

    survey.create_survey_round(voting_store, only_workshop(voting_store).id, "Bevraging")
    rows = _new(["Bevraging", "telefoon", None, None, None, None, None])
    path = workbook(tmp_path / "bevraging.xlsx", {"Stembrieven": [HEADERS, *rows]})
    digest = store_digest(voting_store)

    report = import_workbook(voting_store, path)

    assert [(p.sheet, p.cell) for p in report.problems] == [("Stembrieven", "B2")]
    assert "is een bevraging" in report.problems[0].message
    assert store_digest(voting_store) == digest


def test_a_good_new_ballot_is_stored_like_a_paper_ballot(voting_store, voting_rounds, tmp_path):
    from app.services import organisation
    from app.services.workshops import only_workshop

    # Someone without a ballot yet: one ballot per person (issue 15).
    cas = organisation.participants.create(
        voting_store, only_workshop(voting_store).id, name="Cas Janssens"
    ).value
    rows = _new(
        ["Scores", "papier", "Welzijn", "Cas Janssens", "V-3 Zonnepanelen", "Impact", 4],
        ["Scores", "papier", "Welzijn", "Cas Janssens", "V-3 Zonnepanelen", "haalbaarheid", 2],
    )
    path = workbook(tmp_path / "stembrief.xlsx", {"Stembrieven": [HEADERS, *rows]})
    before = _ballots(voting_store)

    report = import_workbook(voting_store, path)

    assert report.ok, [p.describe(path) for p in report.problems]
    assert report.created["ballots"] == 1
    (round_id, key, source, cluster, participant, _, entries) = _ballots(voting_store)[rows[0][0]]
    assert round_id == voting_rounds.score and source == "paper"
    assert re.fullmatch("[0-9a-f]{64}", key) and key not in {b[1] for b in before.values()}
    assert participant == cas.id and cluster is not None
    option = voting_rounds.options[voting_rounds.score][2]
    assert entries == [(option, "haalbaarheid", 2.0), (option, "impact", 4.0)]
    assert VotingMethod.SCORE.value == rounds.results(voting_store, round_id).round.method


def test_a_second_ballot_for_one_person_is_refused_with_its_cell(
    voting_store, voting_rounds, tmp_path
):
    rows = _new(["Scores", "papier", None, "Bart Claes", "V-3 Zonnepanelen", "Impact", 4])
    path = workbook(tmp_path / "tweede.xlsx", {"Stembrieven": [HEADERS, *rows]})
    before = _ballots(voting_store)

    report = import_workbook(voting_store, path)

    assert not report.ok
    (problem,) = report.problems
    assert "één stembrief per persoon" in problem.describe(path)
    assert "E2" in problem.describe(path)  # the participant's cell
    assert _ballots(voting_store) == before


def test_cancel_while_storing_ballots_changes_nothing(voting_store, tmp_path, monkeypatch):
    from app.exchange.importer import apply_plan, plan_import
    from app.exchange.problems import ImportCancelled
    from app.exchange.storing import StoreImport

    rows = [
        r
        for n in range(250)
        for r in _new(["Budget", "papier", None, None, "V-1 Fietspad", None, n])
    ]
    path = workbook(tmp_path / "veel.xlsx", {"Stembrieven": [HEADERS, *rows]})
    plan = plan_import(voting_store, path)
    assert plan.ok and plan.report.created["ballots"] == 250
    storing = {"ballots": False}
    load = StoreImport._load_ballots

    def load_then_mark(self):  # type: ignore[no-untyped-def]
        load(self)
        storing["ballots"] = True

    monkeypatch.setattr(StoreImport, "_load_ballots", load_then_mark)
    digest = store_digest(voting_store)

    with pytest.raises(ImportCancelled):
        apply_plan(voting_store, plan, cancelled=lambda: storing["ballots"])

    assert storing["ballots"] and store_digest(voting_store) == digest
