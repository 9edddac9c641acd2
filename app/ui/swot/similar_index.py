"""The workshop's duplicate index for the board (services.duplicates.Snapshot), rebuilt
off the GUI thread a moment after the points change.

Building it on the large demo takes about a second; asking it takes milliseconds. So
the board asks the last one built (a point captured a moment ago joins it within a
second) and typing never waits for a rebuild.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.services import duplicates
from app.services.duplicates import Snapshot
from app.ui.base.controller import WorkshopController

REBUILD_DELAY_MS = 1000  # a burst of captures or an undo of many points: one rebuild, after it


class _Relay(QObject):
    built = Signal(object)  # a Snapshot, or the exception that stopped the build


class _Build(QRunnable):
    def __init__(self, controller: WorkshopController, relay: _Relay) -> None:
        super().__init__()
        self.store, self.workshop_id, self.relay = controller.store, controller.workshop.id, relay

    def run(self) -> None:
        try:
            result: object = duplicates.snapshot(self.store, self.workshop_id)
        except Exception as exc:  # shown as "no suggestions", never as a crash
            result = exc
        with contextlib.suppress(RuntimeError):  # the board was closed meanwhile
            self.relay.built.emit(result)


class SimilarIndex(QObject):
    """The last snapshot built; ``ready`` after each (re)build."""

    ready = Signal()

    def __init__(self, controller: WorkshopController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.snapshot: Snapshot | None = None
        self._relay = _Relay(self)
        self._relay.built.connect(self._built)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self._start)
        self._running = False
        self._again = False

    def follow(self) -> None:
        """The points changed: rebuild, if the index is in use at all."""
        if self.snapshot is not None or self.busy():
            self.refresh()

    def needed(self) -> None:
        """Someone asks the index: build it now if there is none yet."""
        if self.snapshot is None and not self.busy():
            self.refresh(now=True)

    def refresh(self, now: bool = False) -> None:
        """Rebuild soon (after the burst of changes), or at once."""
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def busy(self) -> bool:
        return self._running or self._timer.isActive()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        QThreadPool.globalInstance().start(_Build(self.controller, self._relay))

    def _built(self, result: object) -> None:
        self._running = False
        if isinstance(result, Snapshot):
            self.snapshot = result
            self.ready.emit()
        if self._again:
            self._again = False
            self._start()
