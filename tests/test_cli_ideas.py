"""``ideas STORE ROUND [--accept ID ...|--accept-all|--reject ID ...] [--json]`` and
``results --json`` of an ideas round (docs/cli.md), in fresh processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import ideas, organisation, rounds, swot
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store
from tests.conftest import run_cli

SENT = [
    ("Sterke verenigingen", "S", "Ruimte"),
    ("<b>x</b>", "W", None),
    ("=SUM(A1)", "O", "Welzijn"),
    ("+cmd", "T", None),
]


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "ideeen.atelier"
    with create_store(path) as store:
        workshop = create_workshop(store, "Ideeën", organisation="Gemeente Test").value
        for name in ("Ruimte", "Welzijn"):
            organisation.clusters.create(store, workshop.id, name=name)
        rounds.create_round(store, workshop.id, "Stemmen", "dots", [])  # round 1: no ideas
        made = rounds.create_round(
            store, workshop.id, "Wat leeft er?", "ideas", [], {"quadrants": ["S", "W", "O", "T"]}
        ).value
        rounds.open_round(store, made.id)
        for n, (text, quadrant, cluster) in enumerate(SENT):
            ideas.submit(store, made.id, f"telefoon-{n % 3:016d}", text, quadrant, cluster)
    return path


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_results_json_of_an_ideas_round(store_path: Path):
    data = _json("results", str(store_path), "2", "--json")
    assert data["round"]["method"] == "ideas"
    assert data["ranking"] == [] and data["ballots"] == 3  # three phones sent something
    assert [set(i) for i in data["ideas"]] == [
        {"id", "text", "quadrant", "cluster", "status"}
    ] * len(SENT)
    # Literally as sent, in the fixed order (quadrant, then text), all still pending.
    assert [(i["text"], i["quadrant"], i["cluster"], i["status"]) for i in data["ideas"]] == [
        (text, quadrant, cluster, "pending") for text, quadrant, cluster in SENT
    ]
    text = run_cli("results", str(store_path), "2")
    assert text.returncode == 0 and "3 telefoons, 4 ideeën" in text.stdout
    assert "<b>x</b>" in text.stdout and "=SUM(A1)" in text.stdout


def test_accept_all_twice_adds_the_points_once(store_path: Path):
    first = run_cli("ideas", str(store_path), "2", "--accept-all")
    assert first.returncode == 0, first.stderr
    assert "4 aanvaard (4 SWOT-punten, 0 aanbevelingen)" in first.stdout
    again = run_cli("ideas", str(store_path), "2", "--accept-all")
    assert again.returncode == 0 and "niets te doen" in again.stdout
    with open_store(store_path, write=False) as store:
        points = swot.list_items(store, only_workshop(store).id)
    assert sorted(p.text for p in points) == sorted(text for text, _q, _c in SENT)
    data = _json("results", str(store_path), "2", "--json")
    assert {i["status"] for i in data["ideas"]} == {"accepted"}


def test_accept_and_reject_by_id_or_its_start_with_json(store_path: Path):
    listed = _json("ideas", str(store_path), "2", "--json")["ideas"]
    by_text = {i["text"]: i["id"] for i in listed}
    accepted = _json("ideas", str(store_path), "2", "--accept", by_text["+cmd"][:8], "--json")
    assert accepted["done"]["accepted"] == 1 and len(accepted["done"]["points"]) == 1
    rejected = _json(
        "ideas", str(store_path), "2", "--reject", by_text["<b>x</b>"], by_text["+cmd"], "--json"
    )
    assert rejected["done"]["rejected"] == 1 and rejected["done"]["skipped"] == [by_text["+cmd"]]
    statuses = {i["text"]: i["status"] for i in rejected["ideas"]}
    assert statuses == {
        "Sterke verenigingen": "pending",
        "<b>x</b>": "rejected",
        "=SUM(A1)": "pending",
        "+cmd": "accepted",
    }
    listing = run_cli("ideas", str(store_path), "2")
    assert listing.returncode == 0 and "2 nog te beoordelen" in listing.stdout


def test_bad_arguments_exit_2_and_change_nothing(store_path: Path):
    unknown = run_cli("ideas", str(store_path), "2", "--accept", "geen-idee")
    assert unknown.returncode == 2 and "Geen idee met id 'geen-idee'" in unknown.stderr
    not_ideas = run_cli("ideas", str(store_path), "1")
    assert not_ideas.returncode == 2 and "geen ideeënronde" in not_ideas.stderr
    both = run_cli("ideas", str(store_path), "2", "--accept-all", "--reject", "x")
    assert both.returncode == 2
    data = _json("results", str(store_path), "2", "--json")
    assert {i["status"] for i in data["ideas"]} == {"pending"}
