"""The voting server: uvicorn in a background thread, one ballot writer, listeners.

The GUI (or ``python main.py serve``) makes a :class:`VotingServer`, starts it,
shows :meth:`VotingServer.join_url` as a QR code and stops it when the round or
the window closes. Listeners are plain callables, called from the writer thread
after each commit; the GUI wraps them in Qt signals.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import uvicorn

from app.domain import records
from app.domain.messages import msg
from app.services import voting
from app.services.stores import Store
from app.services.voting import Receipt, Verdict
from app.voting import connections
from app.voting.api import LobbyCache, create_app
from app.voting.limits import DeviceLimiter, RateLimiter
from app.voting.network import best_address
from app.voting.writer import BallotWriter

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
ALL_INTERFACES = "0.0.0.0"
START_TIMEOUT_S = 10.0


class VotingServerError(Exception):
    """The server could not start (port taken, address not on this machine): Dutch message."""


@dataclass
class Listeners:
    """Callables the server calls from its writer thread; exceptions are logged, not raised."""

    # on_ballot(round_id, ballot_count): a phone ballot was committed.
    on_ballot: list[Callable[[str, int], None]] = field(default_factory=list)

    def ballots_committed(self, receipts: Sequence[Receipt]) -> None:
        latest: dict[str, int] = {}
        for receipt in receipts:
            if receipt.verdict is Verdict.ACCEPTED and receipt.round_id:
                latest[receipt.round_id] = receipt.ballot_count
        for round_id, count in latest.items():
            for listener in list(self.on_ballot):
                try:
                    listener(round_id, count)
                except Exception:
                    log.exception("voting listener %r failed", listener)


class VotingServer:
    """Serves VOTING-API.md for one store on ``host:port`` until :meth:`stop`.

    ``host`` is the address to listen on: one of :func:`app.voting.network.ipv4_interfaces`,
    127.0.0.1, or 0.0.0.0 for all of them. ``port`` 0 takes a free port.
    """

    def __init__(
        self,
        store: Store,
        host: str = ALL_INTERFACES,
        port: int = DEFAULT_PORT,
        *,
        limiter: RateLimiter | None = None,
        request_timeout: float = connections.REQUEST_TIMEOUT_S,
        max_connections: int = connections.MAX_CONNECTIONS,
    ) -> None:
        self.store = store
        self._protocol = connections.protocol(request_timeout, max_connections)
        self._max_connections = max_connections
        self.host = host
        self.port = port
        self.listeners = Listeners()
        self._limiter = limiter if limiter is not None else RateLimiter()
        self._lobbies = LobbyCache(store)
        self._devices = DeviceLimiter()  # outlives a restart of the server in this process
        self._writer: BallotWriter | None = None
        self._uvicorn: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._socket = self._bind()
        self.port = self._socket.getsockname()[1]
        self._lobbies.clear()  # answers of an earlier run belong to its event loop
        self._writer = BallotWriter(
            self.store, self.listeners.ballots_committed, warm_up=voting.warm_up
        )
        self._writer.start()
        app = create_app(self.store, self._writer, self._limiter, self._lobbies, self._devices)
        config = uvicorn.Config(
            app,
            lifespan="off",
            ws="none",
            loop="asyncio",
            log_config=None,  # leave the application's logging as it is
            log_level="warning",
            access_log=False,  # an access log would keep who voted when
            server_header=False,
            date_header=False,
            proxy_headers=False,  # no proxy in a village hall; never trust X-Forwarded-For
            timeout_keep_alive=5,
            # Idle and slow connections are closed and their number capped by the
            # protocol (app.voting.connections); this caps requests in progress too.
            http=self._protocol,
            limit_concurrency=self._max_connections + 1,
            timeout_graceful_shutdown=1,
        )
        self._uvicorn = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._serve, name="atelier-voting-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise VotingServerError(msg("De stemserver kon niet starten."))
            time.sleep(0.01)

    def _bind(self) -> socket.socket:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no port sharing
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
            sock.listen(512)
            sock.setblocking(False)
        except (OSError, OverflowError) as exc:
            sock.close()
            reason = getattr(exc, "strerror", None) or str(exc)
            raise VotingServerError(
                msg(
                    "De stemserver kan niet luisteren op {host}:{port} ({reason}). "
                    "Kies een andere poort of een ander netwerk.",
                    host=self.host,
                    port=self.port,
                    reason=reason,
                )
            ) from exc
        return sock

    def _serve(self) -> None:
        assert self._uvicorn is not None and self._socket is not None
        uvicorn_server, sock = self._uvicorn, self._socket

        async def serve() -> None:
            asyncio.get_running_loop().set_exception_handler(connections.quiet_exception_handler())
            await uvicorn_server.serve(sockets=[sock])

        try:
            asyncio.run(serve())
        except Exception:
            log.exception("the voting server stopped with an error")

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and end both threads; prompt (well under a second when idle)."""
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive() and self._uvicorn is not None:
                self._uvicorn.force_exit = True
                self._thread.join(timeout)
        if self._writer is not None:
            self._writer.stop(timeout)
        if self._socket is not None:
            self._socket.close()
        self._thread = self._writer = self._uvicorn = self._socket = None

    def round_changed(self) -> None:
        """Call after opening or closing a round: phones see it at their next poll
        instead of up to a second later (GET /round is cached that long)."""
        self._lobbies.clear()

    def devices(self, round_id: str) -> int:
        """How many devices (network addresses) have a ballot in the round, counted by
        this server since it was made; shown beside the ballot count."""
        return self._devices.devices(round_id)

    def url_host(self) -> str:
        """The address phones use: the one listened on, or the likeliest of all."""
        return best_address() if self.host in (ALL_INTERFACES, "") else self.host

    def join_url(self, voting_round: records.VotingRound | str) -> str:
        """``http://HOST:PORT/v/TOKEN`` for the round's workshop (one URL for all its rounds).

        Takes a round record or a workshop id.
        """
        workshop_id = voting_round if isinstance(voting_round, str) else voting_round.workshop_id
        token = voting.join_token(self.store, workshop_id)
        return f"http://{self.url_host()}:{self.port}/v/{token}"

    def __enter__(self) -> VotingServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
