"""The moment the window has first painted: work that must not delay the first frame
runs after it (app.ui.shell.app), and the start-up benchmark measures up to it.

With the environment variable ATELIER_FIRST_PAINT set (tests/perf/test_startup_perf.py)
the window prints ``first-paint WALL CPU`` once the first view (the SWOT board) has
painted its points, and quits: the wall clock (``time.time()``) and the CPU time the
process used since it started (``time.process_time()``), which a busy machine does not
inflate."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStackedWidget, QWidget

VARIABLE = "ATELIER_FIRST_PAINT"
# A window that never paints (minimised at start) still gets its after-paint work.
FALLBACK_MS = 3000


def wanted() -> bool:
    return bool(os.environ.get(VARIABLE))


class _Once(QObject):
    """Calls ``callback`` once, just after the first paint ``matches`` accepts has
    finished (or after FALLBACK_MS), then stops watching."""

    def __init__(
        self,
        parent: QObject,
        matches: Callable[[QWidget], bool],
        callback: Callable[[], None],
        late: bool,
    ) -> None:
        super().__init__(parent)
        self.matches = matches
        self.callback = callback
        self.late = late
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self.fired
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self.matches(watched)
        ):
            # After this paint and the rest of the frame; ``late``: also after what the
            # frame itself scheduled (the benchmark's probe reports before that work).
            if self.late:
                QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self.fire))
            else:
                QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        if self.fired:
            return
        self.fired = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.callback()


def _watch(
    parent: QObject, matches: Callable[[QWidget], bool], callback: Callable[[], None], late: bool
) -> _Once:
    once = _Once(parent, matches, callback, late)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(once)
    return once


def after(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``window`` has painted its first frame."""
    once = _watch(window, lambda w: w is window or window.isAncestorOf(w), callback, late=True)
    QTimer.singleShot(FALLBACK_MS, once, once.fire)


def _board_painted(stack: QStackedWidget, widget: QWidget) -> bool:
    """A list's viewport with rows, in the view the stack shows: the points on screen."""
    view = stack.currentWidget()
    owner = widget.parentWidget()
    return (
        view is not None
        and isinstance(owner, QAbstractItemView)
        and view.isAncestorOf(owner)
        and owner.model() is not None
        and owner.model().rowCount() > 0
    )


def _report() -> None:
    print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
    app = QApplication.instance()
    if app is not None:
        app.closeAllWindows()
        app.quit()


def watch(stack: QStackedWidget) -> None:
    """The benchmark's probe: report and quit once the board has painted its points."""
    _watch(stack, lambda w: _board_painted(stack, w), _report, late=False)
