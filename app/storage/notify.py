"""Several facilitators on one server store see each other's changes within a second.

Each unit of work on a server store sends what it changed with PostgreSQL's
NOTIFY, inside its own transaction: the server delivers the notice only when the
transaction commits, and never for one that rolled back. Each window LISTENs on
one connection of its own and turns the notices into change sets, which refresh
its views exactly as its own edits do.

Why NOTIFY and not a change log that windows poll: nothing to store or clean up,
no load on the server while nobody edits, and a change arrives in milliseconds
instead of at the next poll. What NOTIFY does not give, a notice sent while a
window was disconnected, is covered by a full reload when the listener
reconnects (``on_change(None)``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable

from app.domain.changes import ChangeSet

CHANNEL = "atelier_changes"
# PostgreSQL refuses payloads of 8000 bytes or more: a bigger change (an import)
# goes as several notices of one transaction, all delivered at its commit. Each is
# a part of the change set; a window that applies them one by one reads the
# committed rows each time, so it ends where the writer ended.
MAX_PAYLOAD = 7800

log = logging.getLogger(__name__)


def encode(changes: ChangeSet, writer: str) -> list[str]:
    """The notices for one commit: as few as fit under PostgreSQL's payload limit."""
    entries = [
        (kind, entity, entity_id)
        for kind in ("created", "updated", "deleted")
        for entity, ids in sorted(getattr(changes, kind).items())
        for entity_id in sorted(ids)
    ]
    payloads: list[str] = []
    part: dict[str, dict[str, list[str]]] = {}
    size = 0
    for kind, entity, entity_id in entries:
        cost = len(entity_id) + len(entity) + 12
        if part and size + cost > MAX_PAYLOAD - 200:
            payloads.append(_dump(writer, part))
            part, size = {}, 0
        part.setdefault(kind, {}).setdefault(entity, []).append(entity_id)
        size += cost
    if part:
        payloads.append(_dump(writer, part))
    return payloads


def _dump(writer: str, part: dict[str, dict[str, list[str]]]) -> str:
    return json.dumps({"by": writer, **part}, separators=(",", ":"))


def decode(payload: str) -> tuple[str, ChangeSet]:
    """The writer and the (part of the) change set of one notice."""
    data = json.loads(payload)
    changes = ChangeSet()
    for kind in ("created", "updated", "deleted"):
        for entity, ids in (data.get(kind) or {}).items():
            for entity_id in ids:
                changes.add(kind, entity, entity_id)
    return str(data.get("by", "")), changes


class ChangeListener:
    """Listens on its own connection in a background thread; calls ``on_change`` (from
    that thread) with the change set of every other writer's commit, or with None when
    notices may have been missed (after a reconnect): reload everything then."""

    def __init__(
        self,
        connect: Callable[[], object],
        own_writer: str,
        on_change: Callable[[ChangeSet | None], None],
    ) -> None:
        self._connect = connect
        self._own = own_writer
        self._on_change = on_change
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="atelier-listen", daemon=True)

    def start(self, wait: float = 10.0) -> None:
        self._thread.start()
        self._ready.wait(wait)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # the server is away: try again shortly
                log.warning("geen verbinding om wijzigingen te volgen: %s", exc)
                self._stop.wait(2.0)
                continue
            try:
                conn.execute(f"LISTEN {CHANNEL}")  # type: ignore[attr-defined]
                self._ready.set()
                if not first:
                    self._on_change(None)  # notices sent while away are lost: reload
                first = False
                while not self._stop.is_set():
                    for notice in conn.notifies(timeout=0.5):  # type: ignore[attr-defined]
                        writer, changes = decode(notice.payload)
                        if writer != self._own:
                            self._on_change(changes)
            except Exception as exc:
                if not self._stop.is_set():
                    log.warning("verbinding voor wijzigingen verbroken: %s", exc)
                    self._stop.wait(1.0)
            finally:
                with contextlib.suppress(Exception):  # closing a broken connection may fail
                    conn.close()  # type: ignore[attr-defined]
