"""The keuzenota's commands as docs/cli.md specifies them: decide, budget, scenario."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.domain.enums import Decision
from app.services import decisions, proposals
from app.services.proposals import ResourceSpec
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keuzenota") / "sjabloon.atelier"
    with create_store(path) as s:
        ws = create_workshop(s, "Keuzenota", organisation="Stad Herentals").value
        y0 = ws.period_start
        proposals.create_proposal(
            s, ws.id, code="BS-01", title="Zwembad", mandatory=True,
            resources={y0: ResourceSpec(100_000, 10_000, 1, 40_000, 2_000)},
        )  # fmt: skip
        proposals.create_proposal(
            s, ws.id, code="VT-02", title="Speelplein",
            resources={y0 + 1: ResourceSpec(30_000, 0, 0, 0, 0)},
        )  # fmt: skip
    return path


@pytest.fixture
def path(template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "keuzenota.atelier"
    shutil.copy(template, target)
    return target


def _run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _decision(path: Path, code: str):  # type: ignore[no-untyped-def]
    with open_store(path, write=False, backup_on_open=False) as s:
        ws = only_workshop(s)
        return proposals.proposals.get(s, decisions.find_by_code(s, ws.id, code))


def test_decide_records_the_decision_with_its_reason(path, capsys):
    code, out, _ = _run(capsys, "decide", str(path), "vt-02", "ja", "--reason", "Kinderen eerst")
    assert code == 0 and "VT-02" in out and "ja" in out
    p = _decision(path, "VT-02")
    assert (p.decision, p.decision_motivation) == (Decision.YES, "Kinderen eerst")
    assert p.decision_date is not None


@pytest.mark.parametrize(
    "args, named",
    [(("XX-99", "ja"), "'XX-99'"), (("VT-02", "misschien"), "'misschien'")],
)
def test_decide_exits_2_naming_an_unknown_code_or_decision(path, capsys, args, named):
    code, out, err = _run(capsys, "decide", str(path), *args)
    assert code == 2 and named in err and out == ""
    assert _decision(path, "VT-02").decision is Decision.OPEN


def test_budget_sets_and_shows_the_room_per_year(path, capsys):
    with open_store(path, write=False, backup_on_open=False) as s:
        ws = only_workshop(s)
    y1 = ws.period_start + 1
    code, _, _ = _run(
        capsys, "budget", str(path), str(y1), "--investment", "1.250.000", "--operating", "80000"
    )
    assert code == 0
    code, out, _ = _run(capsys, "budget", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["years"]
    assert [y["year"] for y in data["years"]] == list(ws.years)
    assert data["years"][1] == {"year": y1, "investment": 1_250_000.0, "operating": 80_000.0}
    assert data["years"][0] == {"year": ws.period_start, "investment": 0.0, "operating": 0.0}


@pytest.mark.parametrize(
    "args, named",
    [
        (("2040", "--investment", "5"), "2040"),
        (("2027",), "--investment"),
        (("2027", "--operating", "veel"), "--operating"),
        (("--investment", "5"), "YEAR"),
    ],
)
def test_budget_exits_2_for_a_year_outside_the_period_or_bad_amounts(path, capsys, args, named):
    code, _, err = _run(capsys, "budget", str(path), *args)
    assert code == 2 and named in err
    _, out, _ = _run(capsys, "budget", str(path), "--json")
    assert all(y["investment"] == 0 for y in json.loads(out)["years"])


def test_scenario_json_has_the_shape_of_cli_md(path, capsys):
    with open_store(path, write=False, backup_on_open=False) as s:
        ws = only_workshop(s)
    y0 = ws.period_start
    assert main(["budget", str(path), str(y0), "--investment", "50000", "--operating", "9000"]) == 0
    assert main(["decide", str(path), "VT-02", "ja"]) == 0
    capsys.readouterr()

    code, out, _ = _run(capsys, "scenario", str(path), "--json")

    assert code == 0
    data = json.loads(out)
    assert list(data) == ["years", "proposals", "fits"]
    first, second = data["years"][:2]
    assert list(first) == [
        "year", "investment", "investment_income", "operating", "operating_income",
        "room_investment", "room_operating", "balance_investment", "balance_operating",
    ]  # fmt: skip
    assert first == {
        "year": y0, "investment": 100_000.0, "investment_income": 40_000.0,
        "operating": 10_000.0, "operating_income": 2_000.0,
        "room_investment": 50_000.0, "room_operating": 9_000.0,
        "balance_investment": -10_000.0, "balance_operating": 1_000.0,
    }  # fmt: skip
    assert (second["investment"], second["balance_investment"]) == (30_000.0, -30_000.0)
    assert data["proposals"] == {"mandatory": 1, "ja": 1, "nee": 0, "later": 0, "open": 0}
    assert data["fits"] is False
    code, out, _ = _run(capsys, "scenario", str(path))
    assert code == 0 and "NIET in evenwicht" in out


def test_results_json_of_a_score_round_has_the_means_per_criterion(path, capsys):
    from app.services import rounds
    from app.services.rounds import BallotInput

    with open_store(path, backup_on_open=False) as s:
        ws = only_workshop(s)
        ids = [p.id for p in proposals.proposals.list(s, ws.id)]
        made = rounds.create_round(
            s, ws.id, "Scores", "score", [("proposal", i) for i in ids]
        ).value
        a, b = (o.id for o in made.options)
        dots = rounds.create_round(
            s, ws.id, "Stippen", "dots", [("proposal", i) for i in ids]
        ).value
        rounds.open_round(s, made.id)
        rounds.cast_ballot(
            s, made.id, BallotInput({a: {"impact": 5, "haalbaarheid": 2}, b: {"urgentie": 4}})
        )
        rounds.cast_ballot(s, made.id, BallotInput({a: {"impact": 4, "haalbaarheid": 3}}))
        rounds.close_round(s, made.id)
        rounds.open_round(s, dots.id)
        rounds.cast_ballot(s, dots.id, BallotInput({dots.options[0].id: 1}))

    code, out, _ = _run(capsys, "results", str(path), "1", "--json")

    assert code == 0
    ranking = {r["option_id"]: r for r in json.loads(out)["ranking"]}
    # The mean over the ballots that scored the option, per criterion by its title.
    assert ranking[a]["criteria"] == {"Impact": 4.5, "Haalbaarheid": 2.5}
    assert ranking[b]["criteria"] == {"Urgentie": 4.0}
    code, out, _ = _run(capsys, "results", str(path), "2", "--json")
    assert code == 0 and all("criteria" not in r for r in json.loads(out)["ranking"])
