"""A hundred phones at once against ``python main.py serve``, killed with SIGKILL halfway.

Every ballot answered 200 must be in the store afterwards; served again, the
same phones' final ballots must tally exactly as an independent count says.
Loopback only; every loop is bounded in count and time.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import random
import shutil
import signal
import sqlite3
from pathlib import Path
from typing import Any

import httpx

from app.services import rounds
from app.services.inventory import check
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.voting.conftest import room_address
from tests.voting.rawhttp import Phone
from tests.voting.serving import served, stop

PHONES = 100
BALLOTS_PER_PHONE = 3
KILL_AFTER_ACKS = 150  # of 300: halfway
PHASE_TIMEOUT_S = 60


def random_dots(rng: random.Random, options: list[str], rules: dict[str, int]) -> dict[str, int]:
    entries: dict[str, int] = {}
    for _ in range(rng.randint(1, rules["dots"])):
        option = rng.choice(options)
        if entries.get(option, 0) < rules["max_per_option"]:
            entries[option] = entries.get(option, 0) + 1
    return entries


class Attempt:
    def __init__(self, entries: dict[str, int]) -> None:
        self.entries = entries
        self.status = "sent"  # then "acked", "refused" (any other answer) or "unknown"


async def phone(
    url: str,
    voter: str,
    ballots: list[dict[str, int]],
    round_id: str,
    log: list[Attempt],
    acked: asyncio.Event | None,
    counter: list[int],
    address: str,
) -> None:
    client = Phone(url, address)
    path = "/api/v/" + url.split("/v/")[1] + "/ballot"
    try:
        for entries in ballots:
            attempt = Attempt(entries)
            log.append(attempt)
            body = {"voter": voter, "round_id": round_id, "entries": entries}
            try:
                status, _ = await asyncio.wait_for(client.request("POST", path, body), 10)
            except (TimeoutError, OSError, EOFError, asyncio.IncompleteReadError):
                attempt.status = "unknown"  # sent; whether it was stored, nobody said
                return
            attempt.status = "acked" if status == 200 else "refused"
            counter[0] += 1
            if acked is not None and counter[0] >= KILL_AFTER_ACKS:
                acked.set()
    finally:
        await client.close()


async def run_phones(
    url: str,
    round_id: str,
    plans: dict[str, list[dict[str, int]]],
    pid_to_kill: int | None = None,
) -> dict[str, list[Attempt]]:
    logs: dict[str, list[Attempt]] = {voter: [] for voter in plans}
    halfway = asyncio.Event() if pid_to_kill else None
    counter = [0]

    async def killer() -> None:
        assert halfway is not None and pid_to_kill is not None
        await halfway.wait()
        os.kill(pid_to_kill, signal.SIGKILL)

    tasks = [
        # Each phone from a loopback address of its own, as phones in a room.
        phone(url, voter, plan, round_id, logs[voter], halfway, counter, room_address(n))
        for n, (voter, plan) in enumerate(plans.items())
    ]
    if pid_to_kill:
        tasks.append(killer())
    await asyncio.wait_for(asyncio.gather(*tasks), PHASE_TIMEOUT_S)
    return logs


def stored_ballot(path: Path, round_id: str, voter: str) -> dict[str, int] | None:
    """Read straight from the file: the service layer is what is under test. The
    ballot is found by its key: an HMAC of the voter id under the round's secret
    (its token), as long as the round is open."""
    con = sqlite3.connect(path)
    try:
        (secret,) = con.execute(
            "SELECT token FROM voting_round WHERE id = ?", (round_id,)
        ).fetchone()
        key = hmac.new(secret.encode(), voter.encode(), hashlib.sha256).hexdigest()
        ballot = con.execute(
            "SELECT id FROM ballot WHERE round_id = ? AND voter_key = ?", (round_id, key)
        ).fetchone()
        if ballot is None:
            return None
        rows = con.execute(
            "SELECT option_id, value FROM ballot_entry WHERE ballot_id = ?", (ballot[0],)
        ).fetchall()
    finally:
        con.close()
    return {option: int(value) for option, value in rows}


def competition_ranking(totals: dict[str, float], order: list[str]) -> list[tuple[str, int]]:
    ranked = sorted(order, key=lambda o: (-totals[o], order.index(o)))
    out: list[tuple[str, int]] = []
    for place, option in enumerate(ranked, start=1):
        same = out and totals[out[-1][0]] == totals[option]
        out.append((option, out[-1][1] if same else place))
    return out


def test_every_acknowledged_ballot_survives_sigkill(voting_template: Path, tmp_path: Path):
    path = tmp_path / "load.atelier"
    shutil.copy(voting_template, path)
    rng = random.Random(2024)
    voters = [f"telefoon-{n:03d}-{rng.getrandbits(48):012x}" for n in range(PHONES)]

    with served(path, "1") as (proc, url):
        token = url.split("/v/")[1]
        api = url.replace("/v/", "/api/v/")
        shown: dict[str, Any] = httpx.get(api + "/round", timeout=10).json()
        round_id, rules = shown["round_id"], shown["rules"]
        options = [o["id"] for o in shown["options"]]
        plans = {
            v: [random_dots(rng, options, rules) for _ in range(BALLOTS_PER_PHONE)] for v in voters
        }
        logs = asyncio.run(run_phones(url, round_id, plans, pid_to_kill=proc.pid))
        assert proc.wait(15) == -signal.SIGKILL

    attempts = [a for log in logs.values() for a in log]
    acked = sum(a.status == "acked" for a in attempts)
    assert KILL_AFTER_ACKS <= acked < PHONES * BALLOTS_PER_PHONE  # killed mid-run
    assert not [a for a in attempts if a.status == "refused"]
    for voter, log in logs.items():
        stored = stored_ballot(path, round_id, voter)
        last_acked = max((i for i, a in enumerate(log) if a.status == "acked"), default=None)
        # Later attempts that got no answer may or may not have landed; nothing else may.
        maybe = [a.entries for a in log if a.status == "unknown"]
        if last_acked is None:
            assert stored is None or stored in maybe, voter
        else:
            assert stored == log[last_acked].entries or stored in maybe, voter

    # Served again after the crash: the round is still open and every phone votes once more.
    final = {v: [random_dots(rng, options, rules)] for v in voters}
    with served(path, "1") as (proc, url):
        assert url.split("/v/")[1] == token  # the same QR code still works
        logs = asyncio.run(run_phones(url, round_id, final))
        assert stop(proc) == 0
    assert all(log[0].status == "acked" for log in logs.values())

    totals = dict.fromkeys(options, 0.0)
    for plan in final.values():
        for option, n in plan[0].items():
            totals[option] += n
    with open_store(path, write=False) as store:
        assert check(store).sound
        result = rounds.results(store, round_id)
        assert only_workshop(store).id == result.round.workshop_id
    assert result.ballots == PHONES
    assert {r.option_id: r.score for r in result.ranking} == totals
    assert [(r.option_id, r.rank) for r in result.ranking] == competition_ranking(totals, options)
