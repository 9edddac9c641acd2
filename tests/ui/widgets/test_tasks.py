"""Long work off the GUI thread: Cancel reaches the work while it runs."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QPushButton

from app.ui.widgets.tasks import BackgroundTask


def test_cancel_reaches_busy_work_at_once(qtbot):
    started = threading.Event()
    seen: dict[str, float] = {}

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        begin = time.monotonic()
        while not cancelled():  # busy: the worker thread never returns to its event loop
            progress(1, 10)
            if time.monotonic() - begin > 20:
                raise AssertionError("Cancel never arrived")
            time.sleep(0.005)
        seen["after"] = time.monotonic() - begin
        return "gestopt"

    task = BackgroundTask("Bezig…", work)
    results: list[object] = []
    task.done.connect(results.append)
    task.start()
    assert started.wait(10)
    time.sleep(0.2)
    button = task._dialog.findChild(QPushButton)
    assert button.text() == "Annuleren"
    button.click()
    qtbot.waitUntil(lambda: results == ["gestopt"], timeout=10_000)
    assert seen["after"] < 5
    task._dialog.deleteLater()


def test_work_that_fails_reports_its_error(qtbot):
    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("kapot")

    task = BackgroundTask("Bezig…", work)
    errors: list[object] = []
    task.error.connect(errors.append)
    task.start()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    assert str(errors[0]) == "kapot"
    task._dialog.deleteLater()
