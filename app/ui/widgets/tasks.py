"""Long work (import, report, export) off the GUI thread, with progress and cancel.

The work function is headless: it gets ``progress(done, total)`` and
``cancelled() -> bool`` callables, as the exchange and reports layers accept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True  # read from the worker thread: a plain flag is enough

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, lambda: self._cancel)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
            return
        self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``work`` in a QThread; a progress dialog with Cancel shows after 300 ms."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, label: str, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._dialog = QProgressDialog(label, self.tr("Annuleren"), 0, 0, parent)
        self._dialog.setMinimumDuration(300)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        # Direct: a queued call would wait for the worker's thread, which is busy with
        # the very work to cancel. The flag is a plain bool, safe to set from here.
        self._dialog.canceled.connect(self._worker.cancel, Qt.ConnectionType.DirectConnection)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, total))

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._dialog.close()

    def _on_finished(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.error.emit(exc)
