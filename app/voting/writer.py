"""One thread that writes every phone ballot, in groups (group commit).

Request handlers hand ballots over and wait for their receipt; the writer takes
whatever has queued up meanwhile and commits it in one transaction. One writer
also means SQLite never sees two of the server's writes race each other.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from app.services.voting import PhoneBallot, Receipt, Store, cast_phone_ballots

log = logging.getLogger(__name__)

MAX_GROUP = 200


class WriterStopped(RuntimeError):
    """The server is stopping: this ballot was not stored."""


_Item = tuple[PhoneBallot, "Future[Receipt]"]
_STOP = object()


class BallotWriter:
    def __init__(
        self,
        store: Store,
        on_receipts: Callable[[Sequence[Receipt]], None] | None = None,
        cast: Callable[[Store, Sequence[PhoneBallot]], list[Receipt]] = cast_phone_ballots,
    ) -> None:
        self._store = store
        self._on_receipts = on_receipts
        self._cast = cast
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="atelier-ballot-writer", daemon=True)
        self._thread.start()

    def submit(self, ballot: PhoneBallot) -> Future[Receipt]:
        future: Future[Receipt] = Future()
        if self._stopped.is_set():
            future.set_exception(WriterStopped())
        else:
            self._queue.put((ballot, future))
        return future

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
            if stop_after:
                return

    def _write(self, group: list[_Item]) -> None:
        try:
            receipts = self._cast(self._store, [b for b, _ in group])
        except Exception:
            if len(group) > 1:
                # One ballot that breaks the whole group must not take the others with it.
                for item in group:
                    self._write([item])
                return
            log.exception("a phone ballot could not be stored")
            group[0][1].set_exception(RuntimeError("ballot not stored"))
            return
        for (_, future), receipt in zip(group, receipts, strict=True):
            future.set_result(receipt)
        if self._on_receipts is not None:
            try:
                self._on_receipts(receipts)
            except Exception:
                log.exception("a voting listener failed")

    def _refuse_queued(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not _STOP:
                item[1].set_exception(WriterStopped())  # type: ignore[index]
