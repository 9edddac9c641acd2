"""``round`` (docs/cli.md, additions made in this repository): a draft round over
fiches, above all a budget round over whole fiches at their real cost; and
``results --json`` of such a round: the count of phones and ``fits``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.domain import ranking
from app.services import budget, budget_round, rounds
from app.services.proposals import proposals
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.conftest import run_cli
from tests.voting.phone import closed_whole_round


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    return path


def _state(path: Path) -> tuple[int, list[str]]:
    with open_store(path, write=False, backup_on_open=False) as store:
        ws = only_workshop(store).id
        found = rounds.rounds.list(store, ws)
        keuze = [p.id for p in proposals.list(store, ws) if not p.mandatory]
        return len(found), keuze


def test_proposals_without_cost_are_named_and_nothing_is_made(demo: Path):
    before, keuze = _state(demo)
    done = run_cli("round", str(demo), "--title", "Burgerbudget", "--whole")
    assert done.returncode == 2
    assert "hebben geen kost" in done.stderr and "laat ze weg" in done.stderr
    assert done.stdout == ""
    assert _state(demo)[0] == before


def test_a_whole_round_leaves_out_what_costs_nothing_and_says_so(demo: Path):
    before, keuze = _state(demo)
    with open_store(demo, write=False, backup_on_open=False) as store:
        ws = only_workshop(store).id
        pricing = budget_round.price(store, ws, keuze)
        room = sum(r.investment for r in budget.rooms(store, ws))
    done = run_cli(
        "round", str(demo), "--title", "Burgerbudget", "--whole", "--leave-out-free", "--json"
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["position"] == before + 1 and data["status"] == "draft"
    assert data["method"] == "budget"
    rules = data["rules"]
    assert rules["whole"] is True and rules["cost_basis"] == "investment"
    assert rules["budget"] == room  # the investment room over the period
    assert data["options"] == len(pricing.priced) == len(rules["costs"])
    assert sorted(rules["costs"].values()) == sorted(f.cost for f in pricing.priced)
    for f in pricing.free:  # never silently free
        assert f"{f.code} " in done.stderr and "blijft buiten de ronde" in done.stderr


def test_chosen_proposals_total_basis_and_a_flemish_budget(demo: Path):
    with open_store(demo, write=False, backup_on_open=False) as store:
        ws = only_workshop(store).id
        keuze = [p for p in proposals.list(store, ws) if not p.mandatory]
        pricing = budget_round.price(store, ws, [p.id for p in keuze], "total")
    codes = [f.code for f in pricing.priced[:3]]
    done = run_cli(
        "round", str(demo), "--title", "Drie fiches", "--whole", "--cost-basis", "total",
        "--budget", "€ 1.250.000", "--fiches", *(c.lower() for c in codes),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Budget € 1.250.000" in done.stdout
    assert "netto investering en werking" in done.stdout
    for f in pricing.priced[:3]:
        assert f"{ranking.euro(f.cost)}  {f.code} " in done.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--whole", "--method", "dots"], "--whole hoort bij --method budget"),
        (["--whole", "--cost-basis", "alles"], "--cost-basis"),
        (["--cost-basis", "total"], "horen bij --whole"),
        (["--whole", "--budget", "veel"], "--budget"),
        (["--whole", "--budget", "0"], "groter dan 0"),
        (["--whole", "--fiches", "XX-99"], "Geen fiche met code 'XX-99'"),
        (["--method", "dots", "--budget", "5"], "--budget hoort bij --method budget"),
    ],
)
def test_bad_arguments_exit_2_and_change_nothing(demo: Path, args: list[str], words: str):
    before, _keuze = _state(demo)
    done = run_cli("round", str(demo), "--title", "Fout", *args)
    assert done.returncode == 2
    assert words in done.stderr
    assert _state(demo)[0] == before


def test_results_json_counts_phones_and_lists_what_fits(demo: Path):
    with open_store(demo, backup_on_open=False) as store:
        ws = only_workshop(store).id
        made = closed_whole_round(store, ws, phones=30)
        position = [r.id for r in rounds.rounds.list(store, ws)].index(made.id) + 1
        cast = []
        with store.reading() as uow:
            from sqlalchemy import select

            from app.storage import models as m

            for ballot_id, option_id in uow.session.execute(
                select(m.BallotEntryRow.ballot_id, m.BallotEntryRow.option_id)
                .join(m.BallotRow, m.BallotRow.id == m.BallotEntryRow.ballot_id)
                .where(m.BallotRow.round_id == made.id)
            ):
                cast.append((ballot_id, option_id))
    done = run_cli("results", str(demo), str(position), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["ballots"] == 30
    # The count: how many phones chose each fiche, from the stored entries.
    order = [o.id for o in made.options]
    counts = {o: len({b for b, x in cast if x == o}) for o in order}
    assert {r["option_id"]: r["score"] for r in data["ranking"]} == counts
    ranked = sorted(order, key=lambda o: (-counts[o], order.index(o)))
    assert [r["option_id"] for r in data["ranking"]] == ranked
    left, fits = made.rules["budget"], []
    for o in ranked:
        if counts[o] and made.rules["costs"][o] <= left:
            fits.append(o)
            left -= made.rules["costs"][o]
    assert data["fits"] == fits and fits
    # Text: the fitting fiches are marked, and the line says what they cost.
    text = run_cli("results", str(demo), str(position))
    assert text.returncode == 0
    assert text.stdout.count("(past)") == len(fits)
    assert f"Past in het budget van {ranking.euro(made.rules['budget'])}" in text.stdout
