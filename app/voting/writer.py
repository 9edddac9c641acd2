"""One thread that writes every phone ballot, in groups (group commit).

Request handlers hand ballots over and wait for their receipt; the writer takes
whatever has queued up meanwhile and commits it in one transaction. One writer
also means SQLite never sees two of the server's writes race each other.

Receipts go back only after the commit. A handler on the server's event loop
waits on an asyncio future (:meth:`BallotWriter.submit_async`): the writer then
wakes the loop once per group, not once per ballot, which matters when a room
of phones votes in the same second (each wake-up is a trip through the GIL
while the loop is busy parsing the other requests).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass

from app.services.stores import Store
from app.services.voting import Receipt, Sent, cast_phone_ballots

log = logging.getLogger(__name__)

MAX_GROUP = 200


class WriterStopped(RuntimeError):
    """The server is stopping: this ballot was not stored."""


class BallotNotStored(RuntimeError):
    """Storing this ballot failed (the commit was refused, the disk failed): not stored."""


@dataclass
class _Item:
    ballot: Sent  # a phone ballot or a phone idea
    future: Future[Receipt] | asyncio.Future[Receipt]
    loop: asyncio.AbstractEventLoop | None = None  # set for an asyncio future


_STOP = object()


def _settle(outcomes: list[tuple[asyncio.Future[Receipt], Receipt | BaseException]]) -> None:
    """On the event loop: hand each waiting handler its receipt (or its exception)."""
    for future, outcome in outcomes:
        if future.done():  # the request went away (client gone, server stopping)
            continue
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)


class BallotWriter:
    def __init__(
        self,
        store: Store,
        on_receipts: Callable[[Sequence[Receipt]], None] | None = None,
        cast: Callable[[Store, Sequence[Sent]], list[Receipt]] = cast_phone_ballots,
        warm_up: Callable[[Store], None] | None = None,
    ) -> None:
        self._store = store
        self._on_receipts = on_receipts
        self._cast = cast
        self._warm_up = warm_up
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="atelier-ballot-writer", daemon=True)
        self._thread.start()

    def submit(self, ballot: Sent) -> Future[Receipt]:
        """From any thread: a future that gets the receipt once the ballot is committed."""
        future: Future[Receipt] = Future()
        self._enqueue(_Item(ballot, future))
        return future

    def submit_async(self, ballot: Sent) -> asyncio.Future[Receipt]:
        """From a running event loop: as :meth:`submit`, awaited without a thread hop per ballot."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Receipt] = loop.create_future()
        self._enqueue(_Item(ballot, future, loop))
        return future

    def _enqueue(self, item: _Item) -> None:
        if self._stopped.is_set():
            self._deliver([item], [WriterStopped()])
            return
        self._queue.put(item)
        if self._stopped.is_set():  # stop() came in between: nobody may be left to answer
            self._refuse_queued()

    def stop(self, timeout: float = 5.0) -> None:
        """Finish the group in hand, refuse what is still queued, end the thread."""
        self._stopped.set()
        self._queue.put(_STOP)
        if self._thread is not None:
            self._thread.join(timeout)
        self._refuse_queued()

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        if self._warm_up is not None:
            try:
                self._warm_up(self._store)  # ballots that come in meanwhile wait in the queue
            except Exception:
                log.exception("warming up the ballot writer failed")
        while True:
            first = self._queue.get()
            if first is _STOP:
                return
            group: list[_Item] = [first]  # type: ignore[list-item]
            stop_after = False
            while len(group) < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop_after = True
                    break
                group.append(item)  # type: ignore[arg-type]
            self._write(group)
            if stop_after or self._stopped.is_set():
                # stop() may have given up waiting and drained the queue (and the
                # stop marker with it) while this group was being written.
                self._refuse_queued()
                return

    def _write(self, group: list[_Item]) -> None:
        try:
            receipts = self._cast(self._store, [item.ballot for item in group])
        except Exception:
            if len(group) > 1:
                # One ballot that breaks the whole group must not take the others with it.
                for item in group:
                    self._write([item])
                return
            log.exception("a phone ballot could not be stored")
            self._deliver(group, [BallotNotStored("ballot not stored")])
            return
        self._deliver(group, receipts)
        if self._on_receipts is not None:
            try:
                self._on_receipts(receipts)
            except Exception:
                log.exception("a voting listener failed")

    @staticmethod
    def _deliver(group: Sequence[_Item], outcomes: Sequence[Receipt | BaseException]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list] = {}
        for item, outcome in zip(group, outcomes, strict=True):
            if item.loop is not None:
                by_loop.setdefault(item.loop, []).append((item.future, outcome))
            elif isinstance(outcome, BaseException):
                item.future.set_exception(outcome)
            else:
                item.future.set_result(outcome)
        for loop, outcomes_here in by_loop.items():
            # A loop that has closed (RuntimeError) has nobody waiting any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, outcomes_here)

    def _refuse_queued(self) -> None:
        refused: list[_Item] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not _STOP:
                refused.append(item)  # type: ignore[arg-type]
        if refused:
            self._deliver(refused, [WriterStopped() for _ in refused])
