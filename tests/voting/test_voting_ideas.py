"""Ideas rounds over HTTP (docs/voting-api.md, additions): GET /round's rules, POST /idea
and its abuse cases (400 empty, too long, unknown quadrant; 404; 409; 413; 429), and
every acknowledged idea still there after ``serve`` is killed with SIGKILL."""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import sqlite3
from pathlib import Path

import httpx
import pytest

from app.domain.ideas import IdeaStatus
from app.services import ideas, rounds
from app.services.workshops import only_workshop
from app.storage.store import open_store
from app.voting.api import MAX_BODY
from tests.voting.conftest import room_address
from tests.voting.rawhttp import Phone
from tests.voting.serving import served, stop

VOTER = "telefoon-0123456789abcdef"
OTHER = "telefoon-fedcba9876543210"


def idea_url(token: str) -> str:
    return f"/api/v/{token}/idea"


def post(client, token, round_id, text, quadrant=None, voter=VOTER, **extra):  # type: ignore[no-untyped-def]
    body = {"voter": voter, "round_id": round_id, "text": text, **extra}
    if quadrant is not None:
        body["quadrant"] = quadrant
    return client.post(idea_url(token), json=body)


def ideas_round(store, workshop, quadrants=("S", "W", "O", "T"), max_length=50):  # type: ignore[no-untyped-def]
    made = rounds.create_round(
        store,
        workshop.id,
        "Wat leeft er?",
        "ideas",
        [],
        {"max_length": max_length, "quadrants": list(quadrants)},
        question="Sterktes, zwaktes, kansen en bedreigingen?",
    ).value
    return rounds.open_round(store, made.id).value


def texts(store, round_id):  # type: ignore[no-untyped-def]
    return sorted(
        (i.text, i.quadrant.value if i.quadrant else None, i.cluster)
        for i in ideas.list_ideas(store, round_id)
    )


def test_get_round_gives_the_ideas_rules(client, store, token, workshop):
    r = ideas_round(store, workshop, quadrants=("T", "S"), max_length=120)
    data = client.get(f"/api/v/{token}/round").json()
    assert data["method"] == "ideas" and data["round_id"] == r.id
    assert data["rules"]["max_length"] == 120
    assert data["rules"]["quadrants"] == ["S", "T"]
    assert data["options"] == []
    assert data["question"] == "Sterktes, zwaktes, kansen en bedreigingen?"


def test_200_only_after_the_idea_is_stored_and_a_phone_may_send_many(
    client, store, token, workshop
):
    r = ideas_round(store, workshop)
    for text, quadrant in (("Sterke verenigingen", "S"), ("Oud gebouw", "w"), ("Oud gebouw", "W")):
        response = post(client, token, r.id, text, quadrant, cluster="Welzijn")
        assert response.status_code == 200 and response.json() == {"ok": True}
    assert post(client, token, r.id, "Vergrijzing", "T", voter=OTHER).status_code == 200
    assert texts(store, r.id) == [
        ("Oud gebouw", "W", "Welzijn"),
        ("Oud gebouw", "W", "Welzijn"),
        ("Sterke verenigingen", "S", "Welzijn"),
        ("Vergrijzing", "T", None),
    ]
    assert ideas.phones(store, r.id) == 2


@pytest.mark.parametrize(
    ("text", "quadrant", "error"),
    [
        ("", "S", "leeg"),
        ("   ", "S", "leeg"),
        ("x" * 51, "S", "te lang: 51 tekens, hoogstens 50"),
        ("Goed", "X", "Onbekend kwadrant"),
        ("Goed", "sterkte", "Onbekend kwadrant"),
        ("Goed", None, "Kies bij je idee"),
        (12, "S", "ontbreekt"),
    ],
)
def test_400_for_an_idea_against_the_rules(client, store, token, workshop, text, quadrant, error):
    r = ideas_round(store, workshop)
    response = post(client, token, r.id, text, quadrant)
    assert response.status_code == 400
    assert response.json()["ok"] is False and error in response.json()["error"]
    assert ideas.list_ideas(store, r.id) == [] and ideas.phones(store, r.id) == 0


def test_400_for_a_quadrant_in_a_round_of_free_ideas_and_an_unknown_cluster(
    client, store, token, workshop
):
    r = ideas_round(store, workshop, quadrants=())
    assert post(client, token, r.id, "Vrij idee").status_code == 200
    refused = post(client, token, r.id, "Vrij idee", "S")
    assert refused.status_code == 400 and "geen kwadrant" in refused.json()["error"]
    unknown = post(client, token, r.id, "Vrij idee", cluster="Nergens")
    assert unknown.status_code == 400 and "Onbekende cluster" in unknown.json()["error"]
    bad_voter = post(client, token, r.id, "Vrij idee", voter="kort")
    assert bad_voter.status_code == 400
    assert len(ideas.list_ideas(store, r.id)) == 1


def test_404_for_an_unknown_token(client, store, workshop):
    r = ideas_round(store, workshop)
    assert post(client, "onbekend-token-123", r.id, "Goed", "S").status_code == 404
    assert ideas.list_ideas(store, r.id) == []


def test_409_for_another_round_a_closed_one_or_a_round_that_takes_votes(
    client, store, token, workshop, made
):
    r = ideas_round(store, workshop)
    wrong = post(client, token, "een-andere-ronde", "Goed", "S")
    assert wrong.status_code == 409
    rounds.close_round(store, r.id)
    server_cache_ttl = 1.1  # GET /round and the token check are cached for a second
    import time

    time.sleep(server_cache_ttl)
    assert post(client, token, r.id, "Te laat", "S").status_code == 409
    dots = rounds.open_round(store, made["dots"].id).value
    votes = post(client, token, dots.id, "Geen stem", "S")
    assert votes.status_code == 409 and "geen ideeën" in votes.json()["error"]
    assert ideas.list_ideas(store, r.id) == []
    # And the other way round: a ballot is not an idea.
    rounds.close_round(store, dots.id)
    second = ideas_round(store, workshop)
    time.sleep(server_cache_ttl)
    ballot = client.post(
        f"/api/v/{token}/ballot", json={"voter": VOTER, "round_id": second.id, "entries": {}}
    )
    assert ballot.status_code == 400 and "ideeën" in ballot.json()["error"]


def test_413_past_16_kib(client, store, token, workshop):
    r = ideas_round(store, workshop)
    body = {"voter": VOTER, "round_id": r.id, "text": "x" * (MAX_BODY + 10), "quadrant": "S"}
    response = client.post(idea_url(token), json=body)
    assert response.status_code == 413
    assert ideas.list_ideas(store, r.id) == []


def test_415_and_403_as_for_a_ballot(client, store, token, workshop):
    r = ideas_round(store, workshop)
    plain = client.post(
        idea_url(token),
        content=b'{"voter": "telefoon-0123456789abcdef", "round_id": "x", "text": "y"}',
        headers={"Content-Type": "text/plain"},
    )
    assert plain.status_code == 415
    foreign = client.post(
        idea_url(token),
        json={"voter": VOTER, "round_id": r.id, "text": "Goed", "quadrant": "S"},
        headers={"Origin": "http://elders.example"},
    )
    assert foreign.status_code == 403
    assert ideas.list_ideas(store, r.id) == []


def test_429_when_one_phone_sends_too_fast(client, store, token, workshop, clock):
    r = ideas_round(store, workshop)
    for n in range(5):
        assert post(client, token, r.id, f"Idee {n}", "S").status_code == 200
    refused = post(client, token, r.id, "Nog een", "S")
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert post(client, token, r.id, "Ander toestel", "S", voter=OTHER).status_code == 200
    clock.now += 2.0  # one idea's worth of refill (5 per 10 s)
    assert post(client, token, r.id, "Weer mag het", "S").status_code == 200
    assert len(ideas.list_ideas(store, r.id)) == 7


def test_markup_and_formula_characters_arrive_literally(client, store, token, workshop):
    r = ideas_round(store, workshop, max_length=280)
    sent = ["<b>x</b>", "=SUM(A1)", "+cmd", "@hulp -1", "regel een\nregel twee", "😀 ✓ é"]
    for n, text in enumerate(sent):
        phone = f"telefoon-{n:016d}"  # one phone each: within the rate limit
        assert post(client, token, r.id, text, "O", voter=phone).status_code == 200
    assert sorted(i.text for i in ideas.list_ideas(store, r.id)) == sorted(sent)
    ideas.accept_all(store, r.id)
    from app.services import swot

    points = {p.text for p in swot.list_items(store, workshop.id)}
    assert set(sent) <= points


# --- kill -9


PHONES = 40
IDEAS_PER_PHONE = 3
KILL_AFTER_ACKS = 60
PHASE_TIMEOUT_S = 60


async def _phone(url, voter, plan, round_id, log, halfway, counter, address):  # type: ignore[no-untyped-def]
    client = Phone(url, address)
    path = "/api/v/" + url.split("/v/")[1] + "/idea"
    try:
        for text, quadrant in plan:
            entry = [text, quadrant, "sent"]
            log.append(entry)
            body = {"voter": voter, "round_id": round_id, "text": text, "quadrant": quadrant}
            try:
                status, _ = await asyncio.wait_for(client.request("POST", path, body), 10)
            except (TimeoutError, OSError, EOFError, asyncio.IncompleteReadError):
                entry[2] = "unknown"
                return
            entry[2] = "acked" if status == 200 else f"refused {status}"
            counter[0] += 1
            if halfway is not None and counter[0] >= KILL_AFTER_ACKS:
                halfway.set()
    finally:
        await client.close()


async def _run(url, round_id, plans, pid_to_kill):  # type: ignore[no-untyped-def]
    logs = {voter: [] for voter in plans}
    halfway = asyncio.Event()
    counter = [0]

    async def killer() -> None:
        await halfway.wait()
        os.kill(pid_to_kill, signal.SIGKILL)

    tasks = [
        _phone(url, voter, plan, round_id, logs[voter], halfway, counter, room_address(n))
        for n, (voter, plan) in enumerate(plans.items())
    ]
    await asyncio.wait_for(asyncio.gather(*tasks, killer()), PHASE_TIMEOUT_S)
    return logs


def test_every_acknowledged_idea_survives_sigkill(voting_template: Path, tmp_path: Path):
    path = tmp_path / "ideas.atelier"
    shutil.copy(voting_template, path)
    with open_store(path, backup_on_open=False) as store:
        workshop = only_workshop(store)
        made = rounds.create_round(
            store, workshop.id, "Ideeën", "ideas", [], {"quadrants": ["S", "W", "O", "T"]}
        ).value
    rng = random.Random(12)
    plans = {
        f"telefoon-{n:03d}-{rng.getrandbits(48):012x}": [
            (f"Idee {n}-{k} <b>{rng.getrandbits(24):06x}</b>", rng.choice("SWOT"))
            for k in range(IDEAS_PER_PHONE)
        ]
        for n in range(PHONES)
    }
    with served(path, made.id) as (proc, url):
        assert url, "serve printed no join URL"
        logs = asyncio.run(_run(url, made.id, plans, proc.pid))
        assert proc.wait(15) == -signal.SIGKILL
    entries = [entry for log in logs.values() for entry in log]
    acked = {(text, quadrant) for text, quadrant, status in entries if status == "acked"}
    maybe = {(text, quadrant) for text, quadrant, status in entries if status == "unknown"}
    assert KILL_AFTER_ACKS <= len(acked) < PHONES * IDEAS_PER_PHONE  # killed mid-run
    assert not [e for e in entries if e[2].startswith("refused")]
    con = sqlite3.connect(path)
    try:
        stored = set(con.execute("SELECT text, quadrant FROM idea WHERE round_id = ?", (made.id,)))
    finally:
        con.close()
    assert acked <= stored  # every 200 is on disk
    assert stored <= acked | maybe  # nothing that was not sent
    # Served again: the round is still open and takes ideas; the store is sound.
    with served(path, made.id) as (proc, url):
        api = url.replace("/v/", "/api/v/")
        body = {
            "voter": "telefoon-na-de-crash-01",
            "round_id": made.id,
            "text": "Na de crash",
            "quadrant": "S",
        }
        assert httpx.post(api + "/idea", json=body, timeout=10).status_code == 200
        assert stop(proc) == 0
    with open_store(path, write=False) as store:
        listed = ideas.list_ideas(store, made.id)
        assert {i.status for i in listed} == {IdeaStatus.PENDING}
        assert "Na de crash" in {i.text for i in listed}


def test_a_round_per_cluster_needs_a_known_cluster(client, store, token, workshop):
    made = rounds.create_round(
        store, workshop.id, "Per cluster", "ideas", [], {"quadrants": [], "per_cluster": True}
    ).value
    rounds.open_round(store, made.id)
    assert client.get(f"/api/v/{token}/round").json()["rules"]["per_cluster"] is True
    missing = post(client, token, made.id, "Zonder cluster")
    assert missing.status_code == 400 and "cluster" in missing.json()["error"]
    assert post(client, token, made.id, "Met cluster", cluster="Ruimte").status_code == 200
    assert texts(store, made.id) == [("Met cluster", None, "Ruimte")]
