"""The command line as scripts see it: fresh processes, exit codes, JSON shapes."""

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

COUNT_KEYS = {
    "clusters",
    "locations",
    "participants",
    "sessions",
    "swot_items",
    "recommendations",
    "questions",
    "assessments",
    "paths",
    "principles",
    "proposals",
    "goals",
    "indicators",
    "rounds",
    "ballots",
    "ideas",
}


def test_demo_then_info_and_check(tmp_path: Path):
    store = tmp_path / "demo.atelier"
    made = run_cli("demo", str(store))
    assert made.returncode == 0, made.stderr
    shown = run_cli("info", str(store), "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert set(data) == {"schema_version", "workshops"}
    (workshop,) = data["workshops"]
    assert set(workshop) == {"id", "title", "organisation", "counts"}
    counts = workshop["counts"]
    # The contract's keys stay; the additions may add more (docs/cli.md: strategies…).
    assert set(counts) >= COUNT_KEYS
    assert counts["clusters"] == 6  # 5 sectors + the management team
    assert counts["locations"] == 23
    assert 55 <= counts["participants"] <= 65
    assert counts["sessions"] == 4
    assert counts["swot_items"] >= 300
    assert counts["recommendations"] >= 13 * 3
    assert counts["questions"] == 70
    assert counts["assessments"] == 6 * 70 + 6 * 13
    assert (counts["paths"], counts["principles"]) == (7, 8)
    assert counts["proposals"] >= 100
    # The goal tree from the seeds: a beleidsdoelstelling per sector, with their
    # actieplannen and acties, and an indicator on each objective and plan.
    assert counts["goals"] > 5 * 3 and counts["indicators"] > 5
    assert counts["rounds"] == 5 and counts["ballots"] > 0
    assert counts["ideas"] == 0  # a draft ideas round, nothing sent yet
    assert run_cli("check", str(store)).returncode == 0

    rounds = json.loads(run_cli("rounds", str(store), "--json").stdout)["rounds"]
    assert [(r["position"], r["method"], r["status"]) for r in rounds] == [
        (1, "dots", "closed"),
        (2, "dots", "draft"),
        (3, "score", "draft"),
        (4, "score", "closed"),  # the impact/effort matrix has something to show
        (5, "ideas", "draft"),  # the room writes: S, W, O and T asked
    ]
    results = json.loads(run_cli("results", str(store), "1", "--json").stdout)
    assert results["ballots"] == rounds[0]["ballots"]
    assert results["ranking"][0]["rank"] == 1
    assert set(results["ranking"][0]) == {"rank", "option_id", "title", "score"}


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path):
    store = tmp_path / "x.atelier"
    assert run_cli("new", str(store)).returncode == 0
    again = run_cli("demo", str(store))
    assert again.returncode == 2 and "--force" in again.stderr
    forced = run_cli("demo", str(store), "--force")
    assert forced.returncode == 0, forced.stderr
    assert list((tmp_path / "x.atelier-backups").glob("*voor-overschrijven*"))


def test_demo_force_never_overwrites_a_foreign_file(tmp_path: Path):
    precious = tmp_path / "begroting.atelier"
    precious.write_text("mijn werk", encoding="utf-8")
    result = run_cli("demo", str(precious), "--force")
    assert result.returncode == 2
    assert precious.read_text(encoding="utf-8") == "mijn werk"


def test_new_makes_an_empty_store_that_check_accepts(tmp_path: Path):
    store = tmp_path / "leeg.atelier"
    made = run_cli("new", str(store), "--title", "Toekomst Meerle", "--organisation", "Gemeente X")
    assert made.returncode == 0, made.stderr
    assert run_cli("check", str(store)).returncode == 0
    data = json.loads(run_cli("info", str(store), "--json").stdout)
    (workshop,) = data["workshops"]
    assert workshop["title"] == "Toekomst Meerle"
    assert workshop["counts"]["swot_items"] == 0
    assert run_cli("new", str(store)).returncode == 2


@pytest.mark.parametrize("kind", ["text", "xlsx", "empty", "missing"])
def test_info_on_something_that_is_not_a_store(tmp_path: Path, kind: str):
    path = tmp_path / "iets.atelier"
    if kind == "text":
        path.write_text("hallo\n", encoding="utf-8")
    elif kind == "xlsx":
        path = tmp_path / "lijst.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("xl/workbook.xml", "<workbook/>")
    elif kind == "empty":
        path.write_bytes(b"")
    before = path.read_bytes() if path.exists() else None
    result = run_cli("info", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr  # one clear message
    assert path.name in result.stderr
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_second_process_writing_gets_exit_3(tmp_path: Path):
    store = tmp_path / "bezet.atelier"
    assert run_cli("new", str(store)).returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys, time; sys.path.insert(0, sys.argv[2]);"
                "from app.storage.store import open_store;"
                "s = open_store(sys.argv[1]); print('open', flush=True); time.sleep(60)"
            ),
            str(store),
            str(ROOT),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        result = run_cli("demo", str(store), "--force")
        assert result.returncode == 3
        assert "al geopend" in result.stderr and str(holder.pid) in result.stderr
        # Reading is still possible while the facilitator works.
        assert run_cli("info", str(store)).returncode == 0
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert run_cli("demo", str(store), "--force").returncode == 0


def test_merge_brings_laptops_together(tmp_path: Path):
    target, hall = tmp_path / "doel.atelier", tmp_path / "dag2.atelier"
    assert run_cli("demo", str(target)).returncode == 0
    assert run_cli("new", str(hall), "--title", "Dag 2 in Meerle").returncode == 0
    counts = json.loads(run_cli("info", str(target), "--json").stdout)["workshops"][0]["counts"]

    trial = run_cli("merge", str(target), str(hall), "--dry-run", "--json")
    assert trial.returncode == 0, trial.stderr
    data = json.loads(trial.stdout)
    assert set(data) == {"ok", "sources", "dry_run", "created", "updated", "deleted", "notes"}
    assert data["ok"] and data["dry_run"] and data["sources"] == [str(hall)]
    # The default areas and statements of a new store are the demo's: met by name.
    assert data["created"] == {} and data["deleted"] == {}
    assert any("Dag 2 in Meerle" in note for note in data["notes"])

    done = run_cli("merge", str(target), str(hall))
    assert done.returncode == 0, done.stderr
    assert "Niets nieuws" in done.stdout
    after = json.loads(run_cli("info", str(target), "--json").stdout)["workshops"][0]["counts"]
    assert after == counts
    assert run_cli("check", str(target)).returncode == 0


@pytest.mark.parametrize("problem", ["itself", "text", "missing"])
def test_merge_with_a_bad_source_exits_2_and_changes_nothing(tmp_path: Path, problem: str):
    target = tmp_path / "doel.atelier"
    assert run_cli("new", str(target)).returncode == 0
    source = {
        "itself": target,
        "text": tmp_path / "notities.atelier",
        "missing": tmp_path / "weg.atelier",
    }[problem]
    if problem == "text":
        source.write_text("geen werkbestand\n", encoding="utf-8")
    before = target.read_bytes()
    result = run_cli("merge", str(target), str(source))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and source.name in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == before


def test_bad_arguments_exit_2():
    result = run_cli("demo")
    assert result.returncode == 2
    assert run_cli("results", "x.atelier").returncode == 2


def test_results_names_a_tie_at_the_top_n(store, workshop, store_path):
    from app.domain.enums import OptionKind, VotingMethod
    from app.services import proposals, rounds
    from app.services.rounds import BallotInput

    proposal_list = [proposals.create_proposal(store, workshop.id, title=t).value for t in "ABC"]
    made = rounds.create_round(
        store,
        workshop.id,
        "Top",
        VotingMethod.DOTS,
        [(OptionKind.PROPOSAL, f.id) for f in proposal_list],
        {"dots": 3, "max_per_option": 3},
        top_n=2,
    ).value
    ids = [o.id for o in made.options]
    rounds.open_round(store, made.id)
    for entries in ({ids[0]: 2, ids[1]: 1}, {ids[0]: 2, ids[2]: 1}):
        rounds.cast_ballot(store, made.id, BallotInput(entries))
    rounds.close_round(store, made.id)
    data = json.loads(run_cli("results", str(store_path), "1", "--json").stdout)
    assert set(data["tied"]) == {ids[1], ids[2]}
    text = run_cli("results", str(store_path), "1").stdout
    assert "Gelijke stand rond plaats 2: 2 opties" in text
