"""The HTTP side of VOTING-API.md as a Starlette app: the page, the round, the ballot.

Every unknown token, path or method gets the same 404, so a guess learns
nothing. Bodies are read with a running count and refused past 16 KiB, whatever
Content-Length claims. The store is reached only through app.services.

Requests from other web sites are refused: every request must name this server
by its own address in Host (403 otherwise), a ballot must be ``application/json``
(415) and, when the browser says where it comes from (Origin), come from this
server's own page (403). One network address votes in a round with at most the
round's ``devices_per_address`` voter ids (403), see app.voting.limits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
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
from app.services.stores import Store
from app.services.voting import PhoneBallot, PhoneIdea, Verdict
from app.voting.limits import DeviceLimiter, RateLimiter
from app.voting.writer import BallotWriter, WriterStopped

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024
BODY_TIMEOUT_S = 10.0
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
IDEA_PATH = re.compile(r"/api/v/([^/]+)/idea")

FOREIGN_HOST = "Dit adres hoort niet bij de stemserver. Scan de QR-code op het scherm."
FOREIGN_ORIGIN = "Een stem wordt alleen aanvaard vanaf de stempagina van deze laptop."
NOT_JSON = "Een stem wordt als JSON verstuurd (Content-Type: application/json)."
FOREIGN_ORIGIN_IDEA = "Een idee wordt alleen aanvaard vanaf de pagina van deze laptop."
NOT_JSON_IDEA = "Een idee wordt als JSON verstuurd (Content-Type: application/json)."


@dataclass(frozen=True)
class _Words:
    """What a phone is told when what it sent cannot be read: a ballot and an idea
    pass the same checks, each in its own words."""

    what: str  # for the log
    foreign_origin: str
    not_json: str
    too_large: str
    too_slow: str
    bad_json: str
    not_object: str
    no_round: str


BALLOT_WORDS = _Words(
    "ballot",
    FOREIGN_ORIGIN,
    NOT_JSON,
    "Deze stem is te groot (meer dan 16 KiB).",
    "Je stem kwam te traag binnen. Probeer opnieuw.",
    "De stem is geen geldige JSON.",
    "De stem moet een JSON-object zijn.",
    "Er staat niet bij voor welke stemronde deze stem is ('round_id').",
)
IDEA_WORDS = _Words(
    "idea",
    FOREIGN_ORIGIN_IDEA,
    NOT_JSON_IDEA,
    "Dit idee is te groot (meer dan 16 KiB).",
    "Je idee kwam te traag binnen. Probeer opnieuw.",
    "Het idee is geen geldige JSON.",
    "Het idee moet een JSON-object zijn.",
    "Er staat niet bij voor welke ronde dit idee is ('round_id').",
)
IDEA_NOT_STORED = "Je idee kon niet bewaard worden. Probeer opnieuw."
# Ideas and ballots of one phone fill separate buckets of the one rate limiter.
IDEA_BUCKET = "idea:"
TOO_MANY_DEVICES = (
    "Vanaf dit toestel is in deze ronde al gestemd. Je eerste stem telt. "
    "Deel je een toestel met anderen? Vraag de begeleider om meer toestellen toe te laten."
)


@cache
def _own_names() -> frozenset[str]:
    """Names that always mean this machine: they never resolve to another one."""
    name = socket.gethostname().lower()
    return frozenset({"localhost", name, f"{name}.local"})


def _own_authority(value: str, scope: Scope) -> bool:
    """Is ``value`` (a Host header, or an Origin without its scheme) this server itself:
    the address the phone connected to, or localhost / the machine's own name, with
    the port it connected to?

    Why: DNS rebinding. A web page on any site can make its own domain resolve to
    the laptop's address and then talk to this server from a phone's browser as if
    it were the same site; the one thing it cannot change is the name in Host.
    """
    server = scope.get("server")
    if not server:
        return True  # no socket to compare with (an in-process test client)
    own_host, own_port = str(server[0]).lower(), str(server[1] or 80)
    name, colon, port = value.strip().lower().rpartition(":")
    if not colon or "]" in port:
        name, port = value.strip().lower(), "80"
    return port == own_port and (name == own_host or name in _own_names())


def _header(scope: Scope, wanted: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == wanted:
            return value.decode("latin-1")
    return None


class _SecurityHeaders:
    """Pure ASGI (no per-request task): adds the headers to every response.

    It also takes POST /api/v/TOKEN/ballot (and /idea) straight to its handler: the
    routes a whole room uses in the same second skip Starlette's routing and middleware
    (their cost per request adds up over a hundred ballots on one event loop).
    """

    def __init__(
        self,
        app: ASGIApp,
        ballot: Callable[[Request], Any] | None = None,
        idea: Callable[[Request], Any] | None = None,
    ) -> None:
        self.app = app
        self.ballot = ballot
        self.idea = idea

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        host = _header(scope, b"host")
        if host is not None and not _own_authority(host, scope):
            # Any path, any method: a page elsewhere learns nothing through this server.
            await _refuse(403, FOREIGN_HOST)(scope, receive, send_with_headers)
            return
        handler = self.ballot
        found = BALLOT_PATH.fullmatch(scope["path"]) if self.ballot is not None else None
        if found is None and self.idea is not None:
            handler, found = self.idea, IDEA_PATH.fullmatch(scope["path"])
        if found is None or handler is None or scope["method"] != "POST":
            await self.app(scope, receive, send_with_headers)
            return
        scope["path_params"] = {"token": found.group(1)}
        try:
            response = await handler(Request(scope, receive))
        except Exception:
            log.exception("a phone's request failed")
            response = _refuse(500, NOT_STORED if handler is self.ballot else IDEA_NOT_STORED)
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


async def _read_phone_body(request: Request, words: _Words) -> bytes | Response:
    """The body of a phone's POST, or the answer that refuses it."""
    # A form on another site can post text/plain without asking: only JSON counts,
    # and only from this server's own page.
    if _foreign_origin(request):
        return _refuse(403, words.foreign_origin)
    if not _is_json(request):
        return _refuse(415, words.not_json)
    try:
        # A body sent a byte at a time must not hold a connection for ever.
        return await asyncio.wait_for(_read_body(request), BODY_TIMEOUT_S)
    except _BodyTooLarge:
        return _refuse(413, words.too_large)
    except TimeoutError:
        return _refuse(408, words.too_slow)
    except ClientDisconnect:
        # A phone that lost the Wi-Fi halfway: a normal event, not an error. Nothing
        # was stored, and nobody is left to read the answer.
        log.debug("a phone went away while sending its %s", words.what)
        return Response(status_code=400)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _phone_object(body: bytes, words: _Words) -> tuple[dict[str, Any], str, str]:
    """What every POST from a phone starts with: a JSON object, the phone's voter id
    and the round it is meant for; ValueError with a Dutch message (400) otherwise."""
    try:
        data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError(words.bad_json) from None
    if not isinstance(data, dict):
        raise ValueError(words.not_object)
    voter = data.get("voter")
    if not isinstance(voter, str) or not VOTER.fullmatch(voter):
        raise ValueError(
            "De toestelcode ('voter') ontbreekt of klopt niet: 16 tot 64 letters, cijfers, - of _."
        )
    round_id = data.get("round_id")
    if not isinstance(round_id, str) or not round_id:
        raise ValueError(words.no_round)
    return data, voter, round_id


def _cluster_name(data: dict[str, Any]) -> str:
    """The optional cluster a phone names, stripped ("" when none)."""
    cluster = data.get("cluster")
    if cluster is not None and (not isinstance(cluster, str) or len(cluster) > MAX_CLUSTER_NAME):
        raise ValueError("De cluster ('cluster') moet een naam zijn.")
    return cluster.strip() if cluster else ""


def parse_ballot(token: str, body: bytes) -> PhoneBallot:
    """The POST body as a PhoneBallot, or ValueError with a Dutch message (400)."""
    data, voter, round_id = _phone_object(body, BALLOT_WORDS)
    if "entries" not in data:
        raise ValueError("De stem zelf ontbreekt ('entries').")
    name = _cluster_name(data)
    participant = data.get("participant")
    if participant is not None and (
        not isinstance(participant, str) or len(participant) > MAX_PARTICIPANT
    ):
        raise ValueError("De deelnemer ('participant') moet een naam of een id uit de lijst zijn.")
    who = participant.strip() if participant else ""
    return PhoneBallot(token, round_id, voter, data["entries"], name or None, who or None)


def parse_idea(token: str, body: bytes) -> PhoneIdea:
    """POST /idea's body as a PhoneIdea, or ValueError with a Dutch message (400).
    Whether the text and quadrant keep the round's rules is the writer's to judge."""
    data, voter, round_id = _phone_object(body, IDEA_WORDS)
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError("Het idee zelf ontbreekt ('text').")
    quadrant = data.get("quadrant")
    if quadrant is not None and not isinstance(quadrant, str):
        raise ValueError("Het kwadrant ('quadrant') is S, W, O of T.")
    name = _cluster_name(data)
    return PhoneIdea(token, round_id, voter, text, quadrant or None, name or None)


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


def _foreign_origin(request: Request) -> bool:
    """An Origin header that is not this server's own page ("null" included)."""
    origin = request.headers.get("origin")
    if origin is None:
        return False  # not a browser's cross-site request (scripts, old browsers)
    scheme, sep, authority = origin.partition("://")
    return not sep or scheme.lower() != "http" or not _own_authority(authority, request.scope)


def _is_json(request: Request) -> bool:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return media_type == "application/json"


def create_app(
    store: Store,
    writer: BallotWriter,
    limiter: RateLimiter,
    lobbies: LobbyCache | None = None,
    devices: DeviceLimiter | None = None,
) -> ASGIApp:
    lobbies = lobbies if lobbies is not None else LobbyCache(store)
    devices = devices if devices is not None else DeviceLimiter()

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
        lobby = await lobbies.get(token)
        if lobby is None:
            return _not_found()
        body = await _read_phone_body(request, BALLOT_WORDS)
        if isinstance(body, Response):
            return body
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
        address = request.client.host if request.client else ""
        shown = lobby.round
        if (
            shown is not None
            and shown.id == phone_ballot.round_id
            and not devices.admit(shown.id, address, phone_ballot.voter, shown.devices_per_address)
        ):
            return _refuse(403, TOO_MANY_DEVICES)
        try:
            receipt = await writer.submit_async(phone_ballot)
        except WriterStopped:
            return _refuse(503, "De stemming is gestopt. Je stem is niet geteld.")
        except Exception:
            # Never 200: the ballot was not committed (the writer logged why).
            log.debug("ballot not stored", exc_info=True)
            return _refuse(500, NOT_STORED)
        if receipt.verdict is Verdict.ACCEPTED:
            if receipt.round_id is not None:
                devices.voted(receipt.round_id, address)
            return Response(OK_BODY, media_type="application/json")
        if receipt.verdict is Verdict.UNKNOWN_TOKEN:
            return _not_found()
        if receipt.verdict is Verdict.NOT_OPEN:
            return _refuse(409, receipt.message)
        return _refuse(400, receipt.message)

    async def idea(request: Request) -> Response:
        # As a ballot (same checks, same writer, same answers), but a phone may send
        # many: no one-device-one-voice here, only the rate limit per phone.
        token = request.path_params["token"]
        if await lobbies.get(token) is None:
            return _not_found()
        body = await _read_phone_body(request, IDEA_WORDS)
        if isinstance(body, Response):
            return body
        try:
            phone_idea = parse_idea(token, body)
        except ValueError as exc:
            return _refuse(400, str(exc))
        if not limiter.allow(IDEA_BUCKET + phone_idea.voter):
            return _refuse(
                429,
                "Je stuurt te snel na elkaar. Wacht even en probeer opnieuw.",
                {"Retry-After": str(limiter.retry_after())},
            )
        try:
            receipt = await writer.submit_async(phone_idea)
        except WriterStopped:
            return _refuse(503, "De ronde is gestopt. Je idee is niet bewaard.")
        except Exception:
            log.debug("idea not stored", exc_info=True)
            return _refuse(500, IDEA_NOT_STORED)
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
            Route("/api/v/{token}/idea", idea, methods=["POST"]),
        ],
        # 405 too: which paths exist is nothing a guess should learn.
        exception_handlers={404: not_found, 405: not_found, HTTPException: not_found, 500: failed},
    )
    return _SecurityHeaders(app, ballot, idea)
