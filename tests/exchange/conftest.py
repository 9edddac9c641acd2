"""Fixtures for the exchange tests. What is slow to make (a store with its migrations,
the demo's export, a store with ballots of every method) is made once per run and
copied for each test that changes it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.enums import OptionKind
from app.exchange.export import export_workbook
from app.services import organisation, proposals, rounds
from app.services.rounds import BallotInput
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import Store, create_store, open_store


@pytest.fixture(scope="session")
def blank_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("blank") / "blank.atelier"
    with create_store(path) as s:
        create_workshop(s, "Testworkshop", organisation="Gemeente Test")
    return path


def _copy(template: Path, path: Path) -> Store:
    shutil.copy(template, path)
    return open_store(path, backup_on_open=False)


@pytest.fixture
def store(blank_template: Path, store_path: Path) -> Iterator[Store]:
    """As tests/conftest.py's ``store`` (an empty store with one workshop, default areas
    and questionnaire), but copied from one made once instead of migrated anew."""
    with _copy(blank_template, store_path) as s:
        yield s


@pytest.fixture
def blank_path(blank_template: Path, tmp_path: Path) -> Path:
    """A closed copy of the empty store, for the command line to open."""
    path = tmp_path / "nieuw.atelier"
    shutil.copy(blank_template, path)
    return path


@pytest.fixture(scope="session")
def demo_export(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo exported once per run. Read it; copy it before changing it."""
    path = tmp_path_factory.mktemp("demo-export") / "demo.xlsx"
    with open_store(demo_template, write=False) as s:
        export_workbook(s, path)
    return path


@dataclass(frozen=True)
class VotingRounds:
    """The rounds of the voting store by method, and what was cast in them."""

    dots: str
    rank: str
    budget: str
    score: str  # named (not anonymous) and still open
    draft: str
    options: dict[str, list[str]]  # round id -> option ids in order
    participants: dict[str, str]  # name -> id


@pytest.fixture(scope="session")
def voting_template(
    blank_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, VotingRounds]:
    """A small store with ballots of every method: phone and paper, with and without a
    cluster, anonymous rounds and one named round."""
    path = tmp_path_factory.mktemp("voting") / "stemmen.atelier"
    with _copy(blank_template, path) as s:
        ws = only_workshop(s).id
        ruimte = organisation.clusters.create(s, ws, name="Ruimte").value.id
        welzijn = organisation.clusters.create(s, ws, name="Welzijn").value.id
        people = {
            name: organisation.participants.create(s, ws, name=name, cluster_id=ruimte).value.id
            for name in ("An Peeters", "Bart Claes")
        }
        ids = [
            proposals.create_proposal(s, ws, code=f"V-{n}", title=title).value.id
            for n, title in enumerate(["Fietspad", "Speelplein", "Zonnepanelen", "Archief"], 1)
        ]
        options = [(OptionKind.PROPOSAL, i) for i in ids]

        def held(title: str, method: str, rules: dict, ballots: list, anonymous: bool = True):  # type: ignore[no-untyped-def,type-arg]
            made = rounds.create_round(s, ws, title, method, options, rules, anonymous=anonymous)
            round_id = made.value.id
            option_ids = [o.id for o in made.value.options]
            rounds.open_round(s, round_id)
            for n, (entries, cluster, participant) in enumerate(ballots):
                voter = None if n == len(ballots) - 1 else f"telefoon-{title}-{n}"  # one on paper
                rounds.cast_ballot(
                    s, round_id, BallotInput(entries(option_ids), voter, cluster, participant)
                )
            return round_id, option_ids

        dots, dots_options = held(
            "Stippen",
            "dots",
            {"dots": 3, "max_per_option": 2},
            [
                (lambda o: {o[0]: 2, o[1]: 1}, ruimte, None),
                (lambda o: {o[2]: 1}, welzijn, None),
                (lambda o: {}, None, None),  # a blank ballot counts too
                (lambda o: {o[0]: 1, o[3]: 2}, ruimte, None),
            ],
        )
        rounds.close_round(s, dots)
        rank, rank_options = held(
            "Rangschikking",
            "rank",
            {"max_ranked": 3},
            [
                (lambda o: [o[2], o[0], o[1]], ruimte, None),
                (lambda o: [o[1]], None, None),
                (lambda o: [o[0], o[2]], welzijn, None),
            ],
        )
        rounds.close_round(s, rank)
        budget, budget_options = held(
            "Budget",
            "budget",
            {"budget": 1000},
            [
                (lambda o: {o[0]: 600.5, o[3]: 399.5}, ruimte, people["An Peeters"]),
                (lambda o: {o[1]: 1000}, welzijn, None),
            ],
            anonymous=False,
        )
        rounds.close_round(s, budget)
        # Named while voting, anonymous since: its ballots still hold a name. (Stores made
        # before issue 15 allowed it; update_round now refuses, so it is written directly.)
        with s.transaction() as uow:
            uow.session.execute(
                text("UPDATE voting_round SET anonymous = 1 WHERE id = :id"), {"id": budget}
            )
        criteria = [
            {"id": "impact", "title": "Impact", "weight": 2},
            {"id": "haalbaarheid", "title": "Haalbaarheid", "weight": 1},
        ]
        score, score_options = held(
            "Scores",
            "score",
            {"criteria": criteria, "min": 1, "max": 5},
            [
                (
                    lambda o: {o[0]: {"impact": 5, "haalbaarheid": 2}, o[1]: {"impact": 3}},
                    ruimte,
                    people["An Peeters"],
                ),
                (lambda o: {o[1]: {"impact": 4, "haalbaarheid": 4}}, None, people["Bart Claes"]),
                (lambda o: {o[2]: {"haalbaarheid": 1}}, welzijn, None),
            ],
            anonymous=False,
        )
        draft = rounds.create_round(s, ws, "Ontwerp", "dots", options).value
    return path, VotingRounds(
        dots=dots,
        rank=rank,
        budget=budget,
        score=score,
        draft=draft.id,
        options={
            dots: dots_options,
            rank: rank_options,
            budget: budget_options,
            score: score_options,
            draft.id: [o.id for o in draft.options],
        },
        participants=people,
    )


@pytest.fixture
def voting_store(voting_template: tuple[Path, VotingRounds], tmp_path: Path) -> Iterator[Store]:
    with _copy(voting_template[0], tmp_path / "stemmen.atelier") as s:
        yield s


@pytest.fixture
def voting_rounds(voting_template: tuple[Path, VotingRounds]) -> VotingRounds:
    return voting_template[1]


@pytest.fixture(scope="session")
def voting_export(
    voting_template: tuple[Path, VotingRounds], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The voting store exported once per run. Read it; copy it before changing it."""
    path = tmp_path_factory.mktemp("voting-export") / "stemmen.xlsx"
    with open_store(voting_template[0], write=False) as s:
        export_workbook(s, path)
    return path
