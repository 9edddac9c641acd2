"""Benchmark: the same work on a file store and on a PostgreSQL server store.

Run on demand, the machine otherwise idle:
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider \
        tests/perf/test_server_perf.py -s

The server is the tests' own (tests/postgres.py: loopback, fsync off), so the
figures show what Atelier does on a server, not what a server's disk costs; a
municipality's server over its network adds the round trip per statement. Prints
each figure for the file, the server and their ratio (server / file):
``demo --size large``, ``info``, ``export`` of the large demo, one capture on the
large demo (a SWOT point typed and committed), and 100 phones voting (p99 of
POST /ballot, each phone from its own loopback address, three ballots each).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

import httpx

from app.services import rounds, swot, voting
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store
from app.voting.server import VotingServer
from tests.conftest import run_cli
from tests.voting.phone import make_rounds

PHONES = 100
VOTES = 3
CAPTURES = 50


def _timed_cli(*args: str) -> float:
    began = time.perf_counter()
    done = run_cli(*args, timeout=1800)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - began


def _capture_ms(target: str) -> float:
    with open_store(target, backup_on_open=False) as store:
        ws = only_workshop(store)
        times = []
        for n in range(CAPTURES):
            began = time.perf_counter()
            swot.items.create(store, ws.id, quadrant="O", text=f"Meting {n}: nieuwe kans")
            times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


async def _phone(n: int, base: str, api: str, out: list[float]) -> None:
    transport = httpx.AsyncHTTPTransport(local_address=f"127.0.{n // 250 + 1}.{n % 250 + 1}")
    async with httpx.AsyncClient(base_url=base, transport=transport, timeout=30) as phone:
        shown = (await phone.get(api + "/round")).json()
        options = [o["id"] for o in shown["options"]]
        for vote in range(VOTES):
            await asyncio.sleep(0.2 + (n * 7 + vote * 13) % 20 / 10)
            body = {
                "voter": f"bench-telefoon-{n:06d}",
                "round_id": shown["round_id"],
                "entries": {options[(n + vote) % len(options)]: 1},
            }
            began = time.perf_counter()
            answer = await phone.post(api + "/ballot", json=body)
            out.append((time.perf_counter() - began) * 1000)
            assert answer.status_code == 200, answer.text


def _voting_p99(target: str) -> float:
    with open_store(target, backup_on_open=False) as store:
        workshop = only_workshop(store)
        dots = next(r for r in rounds.rounds.list(store, workshop.id) if r.method.value == "dots")
        rounds.open_round(store, dots.id)
        token = voting.join_token(store, workshop.id)
        server = VotingServer(store, "127.0.0.1", 0)
        server.start()
        latencies: list[float] = []
        try:

            async def room() -> None:
                base, api = f"http://127.0.0.1:{server.port}", f"/api/v/{token}"
                await asyncio.gather(*(_phone(n, base, api, latencies) for n in range(PHONES)))

            asyncio.run(room())
        finally:
            server.stop()
    ordered = sorted(latencies)
    return ordered[round(0.99 * (len(ordered) - 1))]


def test_file_and_server_side_by_side(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    file = str(tmp_path / "large.atelier")
    server = pg_server.create_database()
    figures: dict[str, tuple[float, float]] = {}
    figures["demo --size large (s)"] = (
        _timed_cli("demo", file, "--size", "large"),
        _timed_cli("demo", server, "--size", "large"),
    )
    figures["info (s)"] = (_timed_cli("info", file), _timed_cli("info", server))
    figures["export (s)"] = (
        _timed_cli("export", file, str(tmp_path / "f.xlsx")),
        _timed_cli("export", server, str(tmp_path / "s.xlsx")),
    )
    figures["capture, median (ms)"] = (_capture_ms(file), _capture_ms(server))
    small_file, small_server = str(tmp_path / "vote.atelier"), pg_server.create_database()
    for target in (small_file, small_server):
        with create_store(target) as s:
            make_rounds(s, create_workshop(s, "Stemmen").value.id)
    figures["100 phones x 3 ballots, p99 (ms)"] = (
        _voting_p99(small_file),
        _voting_p99(small_server),
    )
    print()
    for name, (on_file, on_server) in figures.items():
        print(
            f"{name:<34} file {on_file:9.2f}   server {on_server:9.2f}   "
            f"ratio {on_server / on_file:5.2f}"
        )
    assert figures["100 phones x 3 ballots, p99 (ms)"][1] <= 100.0
