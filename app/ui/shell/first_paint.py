"""The start-up benchmark's probe (tests/perf/test_startup_perf.py): with the
environment variable ATELIER_FIRST_PAINT set, the window prints when the first view
(the SWOT board) has painted its points, and quits.

It prints ``first-paint WALL CPU``: the wall clock (``time.time()``) and the CPU time
the process used since it started (``time.process_time()``), which a busy machine
does not inflate."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStackedWidget, QWidget

VARIABLE = "ATELIER_FIRST_PAINT"


def wanted() -> bool:
    return bool(os.environ.get(VARIABLE))


class FirstPaint(QObject):
    """Watches paints inside the stack's current view; the first paint of a list's
    viewport there (the board's points on screen) is the moment measured."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self.done or event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        view = self.stack.currentWidget()
        owner = watched.parentWidget()
        if (
            view is not None
            and isinstance(owner, QAbstractItemView)
            and view.isAncestorOf(owner)
            and owner.model() is not None
            and owner.model().rowCount() > 0
        ):
            self.done = True
            # After this paint has finished: report, then leave as the user would.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.closeAllWindows()
            app.quit()


def watch(stack: QStackedWidget) -> None:
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(FirstPaint(stack))
