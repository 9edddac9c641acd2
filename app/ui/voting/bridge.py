"""The voting server as the GUI sees it: start and stop it, and hear about ballots
as Qt signals in the GUI thread.

The server calls its listeners from its writer thread; :class:`VotingBridge` only
emits a signal there, and the connection to the view is queued, so widgets are
touched in the GUI thread alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from app.services.stores import Store
from app.voting.server import VotingServer


class VotingBridge(QObject):
    ballotCounted = Signal(str, int)  # round id, ballots in that round now (any thread)
    runningChanged = Signal(bool)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.server: VotingServer | None = None

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, host: str, port: int) -> None:
        """Raise VotingServerError (Dutch) when the address or port cannot be used."""
        self.stop()
        server = VotingServer(self.store, host, port)
        server.listeners.on_ballot.append(self._heard)
        server.start()
        self.server = server
        self.runningChanged.emit(True)

    def _heard(self, round_id: str, count: int) -> None:
        # The writer thread: emitting is thread-safe, the receivers run queued.
        self.ballotCounted.emit(round_id, count)

    def stop(self) -> None:
        if self.server is not None:
            server, self.server = self.server, None
            server.stop()
            self.runningChanged.emit(False)

    def round_changed(self) -> None:
        if self.server is not None:
            self.server.round_changed()

    def devices(self, round_id: str) -> int | None:
        """How many devices (network addresses) voted in the round since the server
        started; None while it is off (the count lives in the server's memory only)."""
        return self.server.devices(round_id) if self.server is not None else None

    def join_url(self, workshop_id: str) -> str:
        return self.server.join_url(workshop_id) if self.server is not None else ""

    def connect_counts(self, slot) -> None:  # type: ignore[no-untyped-def]
        self.ballotCounted.connect(slot, Qt.ConnectionType.QueuedConnection)
