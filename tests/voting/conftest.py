"""Fixtures for the voting server: a workshop with a draft round per method (copied
from one template per test run: creating a store runs every migration), a live
loopback server and an HTTP client on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.services import rounds, voting
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store
from app.voting.limits import RateLimiter
from app.voting.server import VotingServer
from tests.voting.phone import CHROMIUM, CHROMIUM_ARGS, PHONE, make_rounds, require_chromium


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def voting_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("voting") / "template.atelier"
    with create_store(path) as s:
        workshop = create_workshop(s, "Testworkshop", organisation="Gemeente Test").value
        make_rounds(s, workshop.id)
        voting.join_token(s, workshop.id)
    return path


@pytest.fixture
def store(voting_template: Path, tmp_path: Path) -> Iterator[Any]:
    """A workshop with five proposals, four clusters and a draft round per method."""
    path = tmp_path / "workshop.atelier"
    shutil.copy(voting_template, path)
    with open_store(path, backup_on_open=False) as s:
        yield s


@pytest.fixture
def workshop(store):  # type: ignore[no-untyped-def]
    return only_workshop(store)


@pytest.fixture
def made(store, workshop) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The draft rounds by method: dots, score, rank, budget."""
    return {r.method.value: r for r in rounds.rounds.list(store, workshop.id)}


@pytest.fixture
def token(store, workshop) -> str:  # type: ignore[no-untyped-def]
    return voting.join_token(store, workshop.id)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(store, clock) -> Iterator[VotingServer]:  # type: ignore[no-untyped-def]
    """A live server on loopback, on a free port; its rate limit runs on the fake clock."""
    live = VotingServer(store, "127.0.0.1", 0, limiter=RateLimiter(clock=clock))
    live.start()
    try:
        yield live
    finally:
        live.stop()


def room_address(n: int) -> str:
    """The loopback address of the n-th phone in a room (127.0.x.y, never 127.0.0.1):
    each phone comes from an address of its own, as on the room's Wi-Fi."""
    x, y = divmod(n, 250)
    return f"127.0.{x + 1}.{y + 1}"


class RoomClient:
    """An httpx client per phone: a JSON POST that names a ``voter`` goes out from
    that phone's own loopback address (:func:`room_address`); everything else from
    127.0.0.1. Requests say ``application/json`` unless the test says otherwise."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._clients: dict[str, Any] = {}
        self._phones: dict[str, int] = {}
        self.default = self.at("127.0.0.1")

    def at(self, address: str) -> Any:
        import httpx

        if address not in self._clients:
            self._clients[address] = httpx.Client(
                base_url=self.base_url,
                timeout=10,
                headers={"Content-Type": "application/json"},
                transport=httpx.HTTPTransport(local_address=address),
            )
        return self._clients[address]

    def address_of(self, voter: str) -> str:
        return room_address(self._phones.setdefault(voter, len(self._phones)))

    def post(self, url: str, **kwargs: Any) -> Any:
        body = kwargs.get("json")
        if isinstance(body, dict) and isinstance(body.get("voter"), str):
            return self.at(self.address_of(body["voter"])).post(url, **kwargs)
        return self.default.post(url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.default, name)

    def close(self) -> None:
        for http in self._clients.values():
            http.close()


@pytest.fixture
def client(server) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    room = RoomClient(f"http://127.0.0.1:{server.port}")
    try:
        yield room
    finally:
        room.close()


# The phone page in a real browser (the *_browser.py tests): one Chromium per module,
# a fresh phone-sized context per test; a script error or CSP refusal fails it.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()  # a missing browser fails, unless ATELIER_SKIP_BROWSER=1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="nl-BE")
    context.set_default_timeout(10_000)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda exc: problems.append(str(exc)))

    def console(msg: Any) -> None:
        # Answers such as 409 are part of the contract; scripts errors and CSP refusals are not.
        if msg.type in ("error", "warning") and not msg.text.startswith("Failed to load resource"):
            problems.append(msg.text)

    opened.on("console", console)
    yield opened
    context.close()
    assert problems == [], problems  # no script error, no CSP violation
