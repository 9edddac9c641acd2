"""The voting server on a server store: a room of 100 phones, each from its own
address as in a real room, votes on a workshop kept on PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from app.services import rounds, voting
from app.services.workshops import only_workshop
from app.storage.store import open_store
from app.storage.store_copy import copy_store
from app.voting.server import VotingServer

PHONES = 100


def _address(n: int) -> str:
    return f"127.0.{n // 250 + 1}.{n % 250 + 1}"


async def _vote(n: int, base: str, api: str) -> tuple[int, int]:
    transport = httpx.AsyncHTTPTransport(local_address=_address(n))
    async with httpx.AsyncClient(base_url=base, transport=transport, timeout=30) as phone:
        shown = (await phone.get(api + "/round")).json()
        first = shown["options"][n % len(shown["options"])]["id"]
        body = {
            "voter": f"telefoon-{n:04d}-server",
            "round_id": shown["round_id"],
            "entries": {first: 2},
        }
        answer = await phone.post(api + "/ballot", json=body)
        return answer.status_code, n


async def _room(base: str, api: str) -> list[tuple[int, int]]:
    return await asyncio.gather(*(_vote(n, base, api) for n in range(PHONES)))


def test_100_phones_vote_on_a_server_store(voting_template: Path, pg_url: str):
    copy_store(voting_template, pg_url)
    with open_store(pg_url) as store:
        workshop = only_workshop(store)
        dots = next(r for r in rounds.rounds.list(store, workshop.id) if r.method.value == "dots")
        rounds.open_round(store, dots.id)
        token = voting.join_token(store, workshop.id)
        server = VotingServer(store, "127.0.0.1", 0)
        server.start()
        try:
            answers = asyncio.run(_room(f"http://127.0.0.1:{server.port}", f"/api/v/{token}"))
        finally:
            server.stop()
        assert sorted(code for code, _ in answers) == [200] * PHONES
        result = rounds.results(store, dots.id)
        assert result.ballots == PHONES
        assert sum(entry.score for entry in result.ranking) == 2 * PHONES
