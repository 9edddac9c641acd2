"""The phone survey through the API (VOTING-API.md additions: method ``survey``).

Several phones of two clusters answer the internal questionnaire; the cluster
means that app.domain.analysis computes from the stored answers must equal a
computation made here from the bodies that were sent. Every refusal (400, 404,
409, 413, 429) leaves the stored answers as they were.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import defaultdict
from typing import Any

import pytest

from app.cli import main as cli
from app.domain import analysis as rose
from app.services import analysis, organisation, rounds, survey
from app.services.inventory import check
from app.voting.api import MAX_BODY
from tests.voting.phone import SURVEY_QUESTION, SURVEY_TITLE, make_survey

VOTER = "telefoon-survey-0123456789"


@pytest.fixture
def opened(store, workshop):  # type: ignore[no-untyped-def]
    """An open survey round in the voting workshop (default questionnaire, four clusters)."""
    made = make_survey(store, workshop.id)
    return rounds.open_round(store, made.id).value


@pytest.fixture
def form(client, token, opened) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return client.get(f"/api/v/{token}/round").json()


def post(client, token, round_id, entries, cluster="Ruimte", voter=VOTER):  # type: ignore[no-untyped-def]
    body: dict[str, Any] = {"voter": voter, "round_id": round_id, "entries": entries}
    if cluster is not None:
        body["cluster"] = cluster
    return client.post(f"/api/v/{token}/ballot", json=body)


def statement_ids(form: dict[str, Any]) -> list[str]:
    return [s["id"] for a in form["areas"] for s in a["statements"]]


def area_ids(form: dict[str, Any]) -> list[str]:
    return [a["id"] for a in form["areas"]]


def respondents(store, workshop):  # type: ignore[no-untyped-def]
    return [
        p
        for p in organisation.participants.list(store, workshop.id)
        if p.role == "respondent (telefoon)"
    ]


def stored(store, workshop):  # type: ignore[no-untyped-def]
    """Everything a survey answer can leave behind, to prove a refusal changed nothing."""
    return (
        sorted(
            (s.participant_id, s.statement_id, s.score) for s in analysis.scores(store, workshop.id)
        ),
        sorted(
            (r.participant_id, r.area_id, r.importance)
            for r in analysis.ratings(store, workshop.id)
        ),
        sorted((p.id, p.cluster_id) for p in respondents(store, workshop)),
    )


# --- GET /round


def test_an_open_survey_as_the_additions_say(client, store, workshop, token, opened):
    data = client.get(f"/api/v/{token}/round").json()
    assert set(data) == {
        "status", "round_id", "title", "question", "method", "rules", "areas", "clusters",
        "options",
    }  # fmt: skip
    assert data["status"] == "open" and data["method"] == "survey"
    assert data["round_id"] == opened.id
    assert (data["title"], data["question"]) == (SURVEY_TITLE, SURVEY_QUESTION)
    assert data["options"] == []
    assert data["rules"]["scale"] == {
        "min": 1,
        "max": 5,
        "labels": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"],
    }
    assert data["rules"]["dont_know"] == "weet niet"
    assert data["rules"]["importance"]["min"] == 1 and data["rules"]["importance"]["max"] == 5
    assert data["clusters"] == ["Managementteam", "Ruimte", "Welzijn", "Burgerzaken"]
    # Every internal area in order (seed 003: 7 areas × 10 statements), no external one.
    internal = [a for a in analysis.areas.list(store, workshop.id) if a.kind.value == "internal"]
    assert [a["id"] for a in data["areas"]] == [a.id for a in internal]
    assert len(data["areas"]) == 7
    statements = analysis.statements.list(store, workshop.id)
    for area in data["areas"]:
        assert set(area) == {"id", "name", "description", "statements"}
        expected = sorted(
            (s for s in statements if s.area_id == area["id"]), key=lambda s: s.position
        )
        assert area["statements"] == [{"id": s.id, "text": s.text} for s in expected]
        assert len(area["statements"]) == 10


def test_other_rounds_carry_no_questionnaire(client, store, token, made):
    rounds.open_round(store, made["dots"].id)
    assert "areas" not in client.get(f"/api/v/{token}/round").json()


# --- 200: two clusters, several phones, one of them twice


def random_answers(rng: random.Random, form: dict[str, Any]) -> dict[str, Any]:
    scores: dict[str, int | None] = {}
    for statement in statement_ids(form):
        if rng.random() < 0.85:
            scores[statement] = None if rng.random() < 0.15 else rng.randint(1, 5)
    importance = {a: rng.randint(1, 5) for a in area_ids(form) if rng.random() < 0.9}
    return {"scores": scores, "importance": importance}


def expected_means(
    final: dict[str, tuple[str, dict[str, Any]]], form: dict[str, Any]
) -> dict[str, dict[str, tuple[float | None, float | None]]]:
    """Per cluster name and area id: (score, importance), computed from the bodies sent.

    A statement's value is the mean of the cluster's numeric answers ("weet niet"
    does not count); an area's score is the mean of its statements' values; its
    importance the mean of the importances given.
    """
    out: dict[str, dict[str, tuple[float | None, float | None]]] = {}
    for cluster in {c for c, _ in final.values()}:
        bodies = [e for c, e in final.values() if c == cluster]
        per_area = {}
        for area in form["areas"]:
            values = []
            for statement in area["statements"]:
                given = [
                    b["scores"][statement["id"]]
                    for b in bodies
                    if b["scores"].get(statement["id"]) is not None
                ]
                if given:
                    values.append(sum(given) / len(given))
            importance = [
                b["importance"][area["id"]] for b in bodies if area["id"] in b["importance"]
            ]
            per_area[area["id"]] = (
                sum(values) / len(values) if values else None,
                sum(importance) / len(importance) if importance else None,
            )
        out[cluster] = per_area
    return out


def test_phone_answers_of_two_clusters_make_the_cluster_means(
    client, store, workshop, token, form, opened
):
    rng = random.Random(20241125)
    plan = [("Ruimte", f"telefoon-ruimte-{n:08d}") for n in range(5)]
    plan += [("Welzijn", f"telefoon-welzijn-{n:08d}") for n in range(4)]
    final: dict[str, tuple[str, dict[str, Any]]] = {}
    for cluster, voter in plan:
        entries = random_answers(rng, form)
        assert post(client, token, opened.id, entries, cluster, voter).json() == {"ok": True}
        final[voter] = (cluster, entries)
    # Two phones send again: one changes its answers, one also its cluster.
    for cluster, voter in [("Ruimte", plan[0][1]), ("Welzijn", plan[1][1])]:
        entries = random_answers(rng, form)
        response = post(client, token, opened.id, entries, cluster, voter)
        assert response.status_code == 200
        final[voter] = (cluster, entries)

    # One respondent per phone, anonymous, in the cluster of its last answers.
    people = respondents(store, workshop)
    assert len(people) == len(plan)
    assert all(p.name is None for p in people)
    cluster_ids = {c.name: c.id for c in organisation.clusters.list(store, workshop.id)}
    by_cluster = defaultdict(int)
    for p in people:
        by_cluster[p.cluster_id] += 1
    assert by_cluster == {cluster_ids["Ruimte"]: 4, cluster_ids["Welzijn"]: 5}
    # Replaced, not added to: exactly the answers of the last bodies are stored.
    scores = analysis.scores(store, workshop.id)
    ratings = analysis.ratings(store, workshop.id)
    assert len(scores) == sum(len(e["scores"]) for _, e in final.values())
    assert len(ratings) == sum(len(e["importance"]) for _, e in final.values())
    assert rounds.rounds.get(store, opened.id).ballot_count == len(plan)

    # The rose (app.domain.analysis) over what is stored equals the independent means.
    expected = expected_means(final, form)
    areas = analysis.areas.list(store, workshop.id)
    statements = analysis.statements.list(store, workshop.id)
    for name in ("Ruimte", "Welzijn"):
        points = rose.internal_rose(areas, statements, scores, ratings, cluster_ids[name], None)
        assert [p.area_id for p in points] == area_ids(form)
        for p in points:
            want_score, want_importance = expected[name][p.area_id]
            assert p.score == pytest.approx(want_score)
            assert p.importance == pytest.approx(want_importance)
    # So does the round's result (CLI.md additions: results --json for a survey).
    result = survey.results(store, opened.id).as_json()
    assert result["ballots"] == len(plan) and result["ranking"] == []
    shown = {c["name"]: c for c in result["clusters"]}
    assert [c["name"] for c in result["clusters"]] == [
        "Managementteam", "Ruimte", "Welzijn", "Burgerzaken",
    ]  # fmt: skip
    assert shown["Ruimte"]["respondents"] == 4 and shown["Welzijn"]["respondents"] == 5
    assert shown["Managementteam"]["respondents"] == 0
    assert all(a["score"] is None for a in shown["Managementteam"]["areas"])
    for name in ("Ruimte", "Welzijn"):
        for a in shown[name]["areas"]:
            want_score, want_importance = expected[name][a["id"]]
            assert a["score"] == pytest.approx(want_score, abs=1e-4)
            assert a["importance"] == pytest.approx(want_importance, abs=1e-4)
            assert a["werkpunt"] == rose.is_werkpunt(a["importance"], a["score"])
    assert check(store).sound, check(store).problems


def test_sending_again_replaces_the_answers_of_that_phone(
    client, store, workshop, token, form, opened
):
    s1, s2, s3 = statement_ids(form)[:3]
    a1, a2 = area_ids(form)[:2]
    first = {"scores": {s1: 1, s2: 2, s3: None}, "importance": {a1: 5, a2: 4}}
    assert post(client, token, opened.id, first, "Ruimte").status_code == 200
    (person,) = respondents(store, workshop)
    second = {"scores": {s2: 5}}
    assert post(client, token, opened.id, second, "Welzijn").status_code == 200
    (again,) = respondents(store, workshop)
    assert again.id == person.id  # the same respondent, now of Welzijn
    welzijn = next(c for c in organisation.clusters.list(store, workshop.id) if c.name == "Welzijn")
    assert again.cluster_id == welzijn.id
    assert [
        (s.statement_id, s.score, s.cluster_id) for s in analysis.scores(store, workshop.id)
    ] == [(s2, 5, welzijn.id)]
    assert analysis.ratings(store, workshop.id) == []
    # The facilitator removed the respondent meanwhile: the phone's next answers make a new one.
    organisation.participants.delete(store, person.id)
    assert post(client, token, opened.id, first, "Ruimte").status_code == 200
    (renewed,) = respondents(store, workshop)
    assert renewed.id != person.id
    assert len(analysis.scores(store, workshop.id)) == 3
    assert rounds.rounds.get(store, opened.id).ballot_count == 1


# --- 400: every way a survey body can be wrong; nothing changes


def _bad_bodies() -> list[tuple[str, Any, str]]:
    """(what, entries maker or (entries maker, cluster), message)."""
    return [
        ("entries not an object", lambda s, a, x: [3], "object met 'scores' en 'importance'"),
        ("extra part", lambda s, a, x: {"scores": {s: 3}, "votes": {}}, "Onbekend onderdeel"),
        ("scores not an object", lambda s, a, x: {"scores": [3]}, "antwoord per stelling"),
        ("importance not an object", lambda s, a, x: {"importance": 3}, "belang per domein"),
        (
            "unknown statement",
            lambda s, a, x: {"scores": {"niet-bestaand": 3}},
            "Onbekende stelling",
        ),
        ("area as statement", lambda s, a, x: {"scores": {a: 3}}, "Onbekende stelling"),
        ("unknown area", lambda s, a, x: {"importance": {"niet-bestaand": 3}}, "Onbekend domein"),
        ("external area", lambda s, a, x: {"importance": {x: 3}}, "Onbekend domein"),
        ("statement as area", lambda s, a, x: {"importance": {s: 3}}, "Onbekend domein"),
        ("score 0", lambda s, a, x: {"scores": {s: 0}}, "tussen 1 en 5"),
        ("score 6", lambda s, a, x: {"scores": {s: 6}}, "tussen 1 en 5"),
        ("score 2.5", lambda s, a, x: {"scores": {s: 2.5}}, "tussen 1 en 5"),
        ("score text", lambda s, a, x: {"scores": {s: "4"}}, "tussen 1 en 5"),
        ("score true", lambda s, a, x: {"scores": {s: True}}, "tussen 1 en 5"),
        ("importance 0", lambda s, a, x: {"importance": {a: 0}}, "belang van een domein"),
        ("importance 6", lambda s, a, x: {"importance": {a: 6}}, "belang van een domein"),
        (
            "importance weet niet",
            lambda s, a, x: {"importance": {a: None}},
            "belang van een domein",
        ),
        ("nothing answered", lambda s, a, x: {"scores": {}, "importance": {}}, "nog niets"),
    ]


@pytest.mark.parametrize(
    ("what", "make", "message"), _bad_bodies(), ids=[b[0] for b in _bad_bodies()]
)
def test_survey_answers_against_the_rules_get_400(
    client, store, workshop, token, form, opened, what, make, message
):
    statement, area = statement_ids(form)[0], area_ids(form)[0]
    external = next(
        a.id for a in analysis.areas.list(store, workshop.id) if a.kind.value == "external"
    )
    good = {"scores": {statement: 4}, "importance": {area: 2}}
    assert post(client, token, opened.id, good).status_code == 200
    before = stored(store, workshop)
    response = post(client, token, opened.id, make(statement, area, external))
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert message in response.json()["error"]
    assert stored(store, workshop) == before


@pytest.mark.parametrize(
    ("cluster", "message"),
    [
        (None, "Kies je cluster"),
        ("", "Kies je cluster"),
        ("   ", "Kies je cluster"),
        ("Niet bestaand", "Onbekende cluster: 'Niet bestaand'"),
        (7, "De cluster ('cluster') moet een naam zijn"),
        ("x" * 201, "De cluster ('cluster') moet een naam zijn"),
    ],
)
def test_a_survey_needs_a_known_cluster(
    client, store, workshop, token, form, opened, cluster, message
):
    entries = {"scores": {statement_ids(form)[0]: 3}}
    response = post(client, token, opened.id, entries, cluster)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert stored(store, workshop) == ([], [], [])
    assert rounds.rounds.get(store, opened.id).ballot_count == 0


# --- 404, 409, 413, 429 as for every round


def test_409_for_a_survey_that_is_not_open_or_not_the_one_named(
    client, store, workshop, token, made
):
    draft = make_survey(store, workshop.id)
    entries_for = {}

    def entries() -> dict[str, Any]:
        if not entries_for:
            s = next(iter(analysis.statements.list(store, workshop.id)))
            entries_for["e"] = {"scores": {s.id: 3}}
        return entries_for["e"]

    # A draft survey: nothing is open.
    response = post(client, token, draft.id, entries())
    assert response.status_code == 409 and "geen stemronde open" in response.json()["error"]
    # Another round is open: a survey body names a round that is not it.
    rounds.open_round(store, made["dots"].id)
    response = post(client, token, draft.id, entries())
    assert response.status_code == 409 and "niet meer open" in response.json()["error"]
    rounds.close_round(store, made["dots"].id)
    # The survey is open, but the body names the closed dots round.
    rounds.open_round(store, draft.id)
    response = post(client, token, made["dots"].id, entries())
    assert response.status_code == 409
    assert post(client, token, draft.id, entries()).status_code == 200
    before = stored(store, workshop)
    # Closed: later answers are refused and the stored ones stay.
    rounds.close_round(store, draft.id)
    s = analysis.statements.list(store, workshop.id)[1]
    response = post(client, token, draft.id, {"scores": {s.id: 1}})
    assert response.status_code == 409 and response.json()["ok"] is False
    assert stored(store, workshop) == before
    assert post(client, "x" * len(token), draft.id, entries()).status_code == 404


def test_413_and_429_for_survey_bodies(client, store, workshop, token, form, opened, clock):
    statement = statement_ids(form)[0]
    body = {
        "voter": VOTER,
        "round_id": opened.id,
        "cluster": "Ruimte",
        "entries": {"scores": {statement: 3}},
    }
    raw = json.dumps(body).encode()
    url = f"/api/v/{token}/ballot"
    too_big = client.post(url, content=raw + b" " * (MAX_BODY + 1 - len(raw)))
    assert too_big.status_code == 413
    assert stored(store, workshop) == ([], [], [])
    # A whole questionnaire, 70 statements and 7 areas, fits well within 16 KiB.
    full = {
        **body,
        "entries": {
            "scores": dict.fromkeys(statement_ids(form), 5),
            "importance": dict.fromkeys(area_ids(form), 5),
        },
    }
    assert len(json.dumps(full)) < MAX_BODY // 2
    for _ in range(4):
        assert client.post(url, json=full).status_code == 200
    assert client.post(url, content=raw).status_code == 200  # the fifth in a burst
    refused = client.post(url, json=full)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert [s.score for s in analysis.scores(store, workshop.id)] == [3]
    clock.now += 2.0
    assert client.post(url, json=full).status_code == 200
    assert len(analysis.scores(store, workshop.id)) == 70


# --- anonymity: the round's time on every row, no insertion order, no voter id


def _rows(store, sql):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(store.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_respondents_keep_no_time_no_order_and_no_voter_id(
    client, store, workshop, token, form, opened
):
    s1, s2 = statement_ids(form)[:2]
    voters = [f"geheim-toestel-{n:06d}" for n in range(12)]
    for n, voter in enumerate(voters):  # one by one: a clock or a rowid would show the order
        entries = {"scores": {s1: 1 + n % 5, s2: None}, "importance": {area_ids(form)[0]: 3}}
        assert post(client, token, opened.id, entries, "Welzijn", voter).status_code == 200
    (created,) = _rows(store, f"SELECT created_at FROM voting_round WHERE id = '{opened.id}'")[0]
    for table in ("participant", "statement_score", "area_rating", "ballot"):
        stamps = set(_rows(store, f"SELECT created_at, updated_at FROM {table}"))
        assert stamps == {(created, created)}, table
        sql = _rows(store, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0][0]
        assert "WITHOUT ROWID" in sql, table
        ids = [r[0] for r in _rows(store, f"SELECT id, created_at, updated_at FROM {table}")]
        assert ids == sorted(ids), table
    positions = {p.position for p in respondents(store, workshop)}
    assert len(positions) == 1
    store.engine.dispose()  # let the WAL settle into the file as far as it will
    raw = b"".join(
        p.read_bytes() for p in store.path.parent.glob(store.path.name + "*") if p.is_file()
    )
    assert not [v for v in voters if v.encode() in raw]


# --- the CLI (CLI.md additions): rounds lists the survey, results gives the cluster means


def test_rounds_and_results_on_the_command_line(
    client, store, workshop, token, form, opened, capsys
):
    s1, s2 = statement_ids(form)[:2]
    a1 = area_ids(form)[0]
    assert (
        post(
            client, token, opened.id, {"scores": {s1: 4, s2: 2}, "importance": {a1: 5}}
        ).status_code
        == 200
    )
    answers = {"scores": {s1: 2, s2: None}, "importance": {a1: 4}}
    assert post(client, token, opened.id, answers, voter="tweede-toestel-0001").status_code == 200

    assert cli(["rounds", str(store.path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["rounds"]
    (row,) = [r for r in listed if r["id"] == opened.id]
    assert row == {
        "id": opened.id, "position": row["position"], "title": SURVEY_TITLE, "method": "survey",
        "status": "open", "options": 0, "ballots": 2, "devices_per_address": 1,
    }  # fmt: skip

    assert cli(["results", str(store.path), str(row["position"]), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["round"] == {
        "id": opened.id, "title": SURVEY_TITLE, "method": "survey", "status": "open",
    }  # fmt: skip
    ruimte = next(c for c in result["clusters"] if c["name"] == "Ruimte")
    assert ruimte["respondents"] == 2
    first = ruimte["areas"][0]
    assert first["id"] == a1
    # s1: (4 + 2) / 2 = 3; s2: only 2 counts ("weet niet" does not); the area: (3 + 2) / 2.
    assert (first["score"], first["importance"], first["werkpunt"]) == (2.5, 4.5, True)
    assert all(a["score"] is None for a in ruimte["areas"][1:])

    assert cli(["results", str(store.path), str(row["position"])]) == 0
    text = capsys.readouterr().out
    assert "Ruimte: 2 respondenten" in text
    assert "   2.50    4.50  Strategie en planning  (werkpunt)" in text


def test_a_phone_survey_key_is_keyed_with_the_rounds_secret(
    client, store, workshop, token, form, opened
):
    """As for ballots: the stored key cannot be recomputed from the device's id alone."""
    s1 = statement_ids(form)[0]
    voter = "toestel-met-geheim-0001"
    assert post(client, token, opened.id, {"scores": {s1: 4}}, "Ruimte", voter).status_code == 200
    ((key, secret),) = _rows(
        store,
        "SELECT b.voter_key, r.token FROM ballot b JOIN voting_round r ON r.id = b.round_id "
        f"WHERE r.id = '{opened.id}'",
    )
    assert key == rounds.keyed_voter_key(secret, voter)
    assert key != rounds.legacy_voter_key(opened.id, voter)


def test_a_phone_that_answered_before_keys_were_keyed_is_still_replaced(
    client, store, workshop, token, form, opened
):
    s1, s2 = statement_ids(form)[:2]
    voter = "toestel-van-voor-de-update"
    assert post(client, token, opened.id, {"scores": {s1: 1}}, "Ruimte", voter).status_code == 200
    con = sqlite3.connect(store.path)  # as an older Atelier stored it
    with con:
        con.execute(
            "UPDATE ballot SET voter_key = ? WHERE round_id = ?",
            (rounds.legacy_voter_key(opened.id, voter), opened.id),
        )
    con.close()
    assert post(client, token, opened.id, {"scores": {s2: 5}}, "Ruimte", voter).status_code == 200
    assert rounds.rounds.get(store, opened.id).ballot_count == 1
    assert [(s.statement_id, s.score) for s in analysis.scores(store, workshop.id)] == [(s2, 5)]
