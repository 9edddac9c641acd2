"""The HTTP side of VOTING-API.md as a Starlette app: the page, the round, the ballot.

Every unknown token, path or method gets the same 404, so a guess learns
nothing. Bodies are read with a running count and refused past 16 KiB, whatever
Content-Length claims. The store is reached only through app.services.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable
from functools import cache
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import resources
from app.domain.enums import VotingMethod
from app.services import voting
from app.services.voting import PhoneBallot, Store, Verdict
from app.voting.limits import RateLimiter
from app.voting.writer import BallotWriter, WriterStopped

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024
VOTER = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_CLUSTER_NAME = 200
MAX_PARTICIPANT = 200
MAX_CACHED_TOKENS = 1000

# Files of resources/web the page may load; nothing else is served from disk.
ASSETS = {"vote.css": "text/css; charset=utf-8", "vote.js": "text/javascript; charset=utf-8"}

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


@cache
def _web_file(name: str) -> bytes:
    return resources.path("web", name).read_bytes()


OK_BODY = b'{"ok":true}'  # what JSONResponse({"ok": True}) sends, without encoding it each time
NOT_STORED = "Je stem kon niet bewaard worden en is niet geteld. Probeer opnieuw."


def _not_found() -> Response:
    return Response(_web_file("notfound.html"), 404, media_type="text/html; charset=utf-8")


def _refuse(status: int, error: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "error": error}, status, headers=headers)


BALLOT_PATH = re.compile(r"/api/v/([^/]+)/ballot")


class _SecurityHeaders:
    """Pure ASGI (no per-request task): adds the headers to every response.

    It also takes POST /api/v/TOKEN/ballot straight to its handler: the one route
    a whole room uses in the same second skips Starlette's routing and middleware
    (their cost per request adds up over a hundred ballots on one event loop).
    """

    def __init__(self, app: ASGIApp, ballot: Callable[[Request], Any] | None = None) -> None:
        self.app = app
        self.ballot = ballot

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        found = BALLOT_PATH.fullmatch(scope["path"]) if self.ballot is not None else None
        if found is None or scope["method"] != "POST":
            await self.app(scope, receive, send_with_headers)
            return
        scope["path_params"] = {"token": found.group(1)}
        try:
            response = await self.ballot(Request(scope, receive))  # type: ignore[misc]
        except Exception:
            log.exception("a ballot request failed")
            response = _refuse(500, NOT_STORED)
        await response(scope, receive, send_with_headers)


class LobbyCache:
    """GET /round and the token check from one read per token per ``ttl`` seconds.

    A hundred phones poll every few seconds; they need not each cost a database
    read. Concurrent misses share one read. Ballots are never judged from the
    cache: the ballot writer checks the round again in its own transaction.
    """

    def __init__(
        self, store: Store, ttl: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._store = store
        self._ttl = ttl
        self._clock = clock
        self._entries: dict[str, tuple[float, asyncio.Future[voting.Lobby | None]]] = {}

    def clear(self) -> None:
        """Forget every answer (a round opened or closed); safe from any thread."""
        self._entries = {}

    async def get(self, token: str) -> voting.Lobby | None:
        now = self._clock()
        entry = self._entries.get(token)
        if entry is None or entry[0] <= now:
            if len(self._entries) >= MAX_CACHED_TOKENS:  # made-up tokens: stay bounded
                self._entries = {k: e for k, e in self._entries.items() if e[0] > now}
                if len(self._entries) >= MAX_CACHED_TOKENS:
                    self._entries.clear()
            future = asyncio.ensure_future(run_in_threadpool(voting.lobby, self._store, token))
            entry = (now + self._ttl, future)
            self._entries[token] = entry
        try:
            return await asyncio.shield(entry[1])
        except Exception:
            self._entries.pop(token, None)
            raise


class _BodyTooLarge(Exception):
    pass


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise _BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise _BodyTooLarge
    return bytes(body)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_ballot(token: str, body: bytes) -> PhoneBallot:
    """The POST body as a PhoneBallot, or ValueError with a Dutch message (400)."""
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("De stem is geen geldige JSON.") from None
    if not isinstance(data, dict):
        raise ValueError("De stem moet een JSON-object zijn.")
    voter = data.get("voter")
    if not isinstance(voter, str) or not VOTER.fullmatch(voter):
        raise ValueError(
            "De toestelcode ('voter') ontbreekt of klopt niet: 16 tot 64 letters, cijfers, - of _."
        )
    round_id = data.get("round_id")
    if not isinstance(round_id, str) or not round_id:
        raise ValueError("Er staat niet bij voor welke stemronde deze stem is ('round_id').")
    if "entries" not in data:
        raise ValueError("De stem zelf ontbreekt ('entries').")
    cluster = data.get("cluster")
    if cluster is not None and (not isinstance(cluster, str) or len(cluster) > MAX_CLUSTER_NAME):
        raise ValueError("De cluster ('cluster') moet een naam zijn.")
    name = cluster.strip() if cluster else ""
    participant = data.get("participant")
    if participant is not None and (
        not isinstance(participant, str) or len(participant) > MAX_PARTICIPANT
    ):
        raise ValueError("De deelnemer ('participant') moet een naam of een id uit de lijst zijn.")
    who = participant.strip() if participant else ""
    return PhoneBallot(token, round_id, voter, data["entries"], name or None, who or None)


def round_json(lobby: voting.Lobby) -> dict[str, Any]:
    """GET /round's body: the open round, or {"status": "waiting"}."""
    r = lobby.round
    if r is None:
        return {"status": "waiting"}
    body: dict[str, Any] = {
        "status": "open",
        "round_id": r.id,
        "title": r.title,
        "question": r.question,
        "method": r.method.value,
        "rules": r.rules,
        "options": [
            {"id": o.id, "title": o.title, "description": o.description} for o in r.options
        ],
        "clusters": list(lobby.clusters),
    }
    if r.method is not VotingMethod.SURVEY:  # a survey is always anonymous
        body["anonymous"] = r.anonymous
    if not r.anonymous:
        # Only a named round shows who may vote (docs/voting-api.md, additions).
        body["participants"] = [
            {"id": p.id, "name": p.name, "cluster": p.cluster} for p in lobby.participants
        ]
    if r.method is VotingMethod.SURVEY:
        body["areas"] = [
            {
                "id": a.id,
                "name": a.name,
                "description": a.description,
                "statements": [{"id": st.id, "text": st.text} for st in a.statements],
            }
            for a in lobby.areas
        ]
    return body


def create_app(
    store: Store, writer: BallotWriter, limiter: RateLimiter, lobbies: LobbyCache | None = None
) -> ASGIApp:
    lobbies = lobbies if lobbies is not None else LobbyCache(store)

    async def known(token: str) -> bool:
        return await lobbies.get(token) is not None

    async def page(request: Request) -> Response:
        if not await known(request.path_params["token"]):
            return _not_found()
        return Response(_web_file("vote.html"), media_type="text/html; charset=utf-8")

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ASSETS:
            return _not_found()
        return Response(_web_file(name), media_type=ASSETS[name])

    async def current_round(request: Request) -> Response:
        found = await lobbies.get(request.path_params["token"])
        if found is None:
            return _not_found()
        return JSONResponse(round_json(found))

    async def ballot(request: Request) -> Response:
        token = request.path_params["token"]
        if not await known(token):
            return _not_found()
        try:
            body = await _read_body(request)
        except _BodyTooLarge:
            return _refuse(413, "Deze stem is te groot (meer dan 16 KiB).")
        except ClientDisconnect:
            # A phone that lost the Wi-Fi halfway: a normal event, not an error. Nothing
            # was stored, and nobody is left to read the answer.
            log.debug("a phone went away while sending its ballot")
            return Response(status_code=400)
        try:
            phone_ballot = parse_ballot(token, body)
        except ValueError as exc:
            return _refuse(400, str(exc))
        if not limiter.allow(phone_ballot.voter):
            return _refuse(
                429,
                "Je stemt te snel na elkaar. Wacht even en probeer opnieuw.",
                {"Retry-After": str(limiter.retry_after())},
            )
        try:
            receipt = await writer.submit_async(phone_ballot)
        except WriterStopped:
            return _refuse(503, "De stemming is gestopt. Je stem is niet geteld.")
        except Exception:
            # Never 200: the ballot was not committed (the writer logged why).
            log.debug("ballot not stored", exc_info=True)
            return _refuse(500, NOT_STORED)
        if receipt.verdict is Verdict.ACCEPTED:
            return Response(OK_BODY, media_type="application/json")
        if receipt.verdict is Verdict.UNKNOWN_TOKEN:
            return _not_found()
        if receipt.verdict is Verdict.NOT_OPEN:
            return _refuse(409, receipt.message)
        return _refuse(400, receipt.message)

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return _not_found()

    async def failed(_request: Request, _exc: Exception) -> Response:
        return _refuse(500, NOT_STORED)

    app = Starlette(
        routes=[
            Route("/v/{token}", page, methods=["GET"]),
            Route("/assets/{name}", asset, methods=["GET"]),
            Route("/api/v/{token}/round", current_round, methods=["GET"]),
            Route("/api/v/{token}/ballot", ballot, methods=["POST"]),
        ],
        # 405 too: which paths exist is nothing a guess should learn.
        exception_handlers={404: not_found, 405: not_found, HTTPException: not_found, 500: failed},
    )
    return _SecurityHeaders(app, ballot)
