"""`similar` and `duplicates` (docs/cli.md, Additions December 2026) as scripts see them."""

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.atelier"
    assert run_cli("demo", str(path)).returncode == 0
    return path


def test_similar_ranks_a_typed_text_with_a_typo_against_the_store(demo: Path):
    result = run_cli(
        "similar", str(demo), "--text", "Het aantal vrijwiligers daalt", "--top", "3", "--json"
    )
    assert result.returncode == 0, result.stderr
    candidates = json.loads(result.stdout)["candidates"]
    assert len(candidates) == 3
    assert set(candidates[0]) == {"id", "text", "cluster", "score"}
    assert candidates[0]["text"] == "Vrijwilligersinzet daalt."
    scores = [c["score"] for c in candidates]
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] <= 1


def test_similar_leaves_out_the_point_with_the_text_itself(demo: Path):
    result = run_cli(
        "similar", str(demo), "--text", "Vrijwilligersinzet daalt.", "--quadrant", "T", "--json"
    )
    texts = [c["text"] for c in json.loads(result.stdout)["candidates"]]
    assert "Vrijwilligersinzet daalt." not in texts
    assert any("vrijwilligers" in t for t in texts[:2])
    assert 2 <= len(texts) <= 10  # only points that share something, at most K


def test_similar_within_a_quadrant_only(demo: Path):
    text = "samenwerking in de organisatie"
    result = run_cli("similar", str(demo), "--text", text, "--quadrant", "S", "--json")
    ids = [c["id"] for c in json.loads(result.stdout)["candidates"]]
    assert len(ids) == 10  # K defaults to 10
    everywhere = run_cli("similar", str(demo), "--text", text, "--top", "50", "--json")
    assert set(ids) <= {c["id"] for c in json.loads(everywhere.stdout)["candidates"]}


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--quadrant", "X"], "--quadrant"),
        (["--top", "0"], "--top"),
    ],
)
def test_similar_refuses_bad_arguments_with_exit_2(demo: Path, args: list[str], named: str):
    result = run_cli("similar", str(demo), "--text", "budget", *args)
    assert result.returncode == 2
    assert named in result.stderr and "Traceback" not in result.stderr


def test_duplicates_lists_groups_most_clusters_first(demo: Path):
    result = run_cli("duplicates", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    groups = json.loads(result.stdout)["groups"]
    assert groups
    for g in groups:
        assert set(g) == {"quadrant", "points", "score", "clusters"}
        # Its points' clusters, and those of the points they already absorbed.
        assert g["clusters"] >= len({p["cluster"] for p in g["points"]} - {None})
        assert g["quadrant"] in "SWOT" and len(g["points"]) >= 2
        assert set(g["points"][0]) == {"id", "text", "cluster"}
    spans = [g["clusters"] for g in groups]
    assert spans == sorted(spans, reverse=True)
    mondig = [g for g in groups if any("mondiger" in p["text"] for p in g["points"])]
    assert mondig and any("assertiviteit" in p["text"] for p in mondig[0]["points"])


def test_duplicates_of_one_quadrant(demo: Path):
    result = run_cli("duplicates", str(demo), "--quadrant", "W", "--json")
    groups = json.loads(result.stdout)["groups"]
    assert groups and {g["quadrant"] for g in groups} == {"W"}
    text = run_cli("duplicates", str(demo), "--quadrant", "W")
    assert text.returncode == 0 and "Zwakke punten" in text.stdout
