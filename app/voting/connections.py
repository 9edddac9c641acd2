"""Connections the voting server keeps: none idle or half-sent for long, never too many.

uvicorn closes a keep-alive connection that stays idle after a response
(``timeout_keep_alive``), but a connection that never sends a request, or sends
its headers a byte at a time, stays open for ever; and its ``limit_concurrency``
answers 503 to requests while the idle connections stay. A hundred such
connections (a broken phone, a probe) would hold the server's file descriptors
until it could accept no phone at all. So the server's protocol, a small
subclass of uvicorn's h11 protocol:

- closes a connection whose request head is not complete ``request_timeout``
  seconds after the connection opened or its previous response was sent;
- refuses (closes at once) a connection beyond ``max_connections``;
- says so in the log once per episode, not once per connection: a flood of
  connections must not become a flood of log lines (the same holds for the
  event loop's "out of system resource" when descriptors run out, see
  :func:`quiet_exception_handler`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = 10.0
# A room of a hundred phones, each with a few keep-alive connections of its browser,
# stays well below; the descriptors of the process (1,024 by default on Linux)
# stay out of reach.
MAX_CONNECTIONS = 500


class _Episode:
    """Log a condition once until it has passed (or, when nobody can tell it passed,
    at most once every ``again_after_s``)."""

    def __init__(self, again_after_s: float = 600.0) -> None:
        self.on = False
        self.again_after_s = again_after_s
        self._logged_at = 0.0

    def begin(self, message: str, *args: Any) -> None:
        now = time.monotonic()
        if not self.on or now - self._logged_at > self.again_after_s:
            self.on = True
            self._logged_at = now
            log.warning(message, *args)

    def end(self) -> None:
        self.on = False


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request head and a ceiling on
    connections. Subclassed per server by :func:`protocol` with its settings."""

    request_timeout: float = REQUEST_TIMEOUT_S
    max_connections: int = MAX_CONNECTIONS
    overload: _Episode = _Episode()

    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self.overload.begin(
                "voting server: more than %d connections at once; refusing new ones "
                "until some close",
                self.max_connections,
            )
            transport.abort()
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)
        if len(self.connections) <= self.max_connections // 2:
            self.overload.end()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:  # a complete request head arrived
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm()  # the next request head, too, must come in time

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.cycle is not None and not self.cycle.response_complete:
            return  # a request is being answered: the application's own limits apply
        if not self.transport.is_closing():
            self.transport.close()


def protocol(request_timeout: float, max_connections: int) -> type[GuardedH11Protocol]:
    """The protocol class for one server, with its own settings and its own log episode."""
    return type(
        "VotingH11Protocol",
        (GuardedH11Protocol,),
        {
            "request_timeout": request_timeout,
            "max_connections": max_connections,
            "overload": _Episode(),
        },
    )


def quiet_exception_handler() -> Any:
    """An event-loop exception handler that reports running out of descriptors (or
    memory) once per episode and passes everything else on to the default handler.

    When ``accept()`` fails for want of descriptors asyncio logs the error, with its
    traceback, each time it tries again."""
    episode = _Episode()

    def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        message = str(context.get("message", ""))
        if "out of system resource" in message:
            episode.begin(
                "voting server: the system ran out of resources to accept connections (%s)",
                context.get("exception"),
            )
            return
        loop.default_exception_handler(context)

    return handle
