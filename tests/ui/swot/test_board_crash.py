"""A GUI killed with SIGKILL right after a capture loses none of the captured points."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

# Types points into the board's capture lines with QTest and prints each one once
# Enter has returned, as the facilitator sees it appear.
DRIVER = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from app.storage.store import open_store
from app.ui.shell.app import application
from app.ui.base.controller import WorkshopController
from app.ui.shell.main_window import MainWindow

app = application()
window = MainWindow(WorkshopController(open_store(sys.argv[1], backup_on_open=False)))
window.show()
board = window.show_view("swot")
panels = list(board.panels.values())
n = 0
while True:
    n += 1
    panel = panels[n % 4]
    text = f"Punt {n} van de crashtest"
    QTest.keyClicks(panel.capture, text)
    QTest.keyClick(panel.capture, Qt.Key.Key_Return)
    assert panel.capture.text() == "", "the capture was refused"
    print(panel.quadrant.value, text, flush=True)
    app.processEvents()
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_right_after_a_capture_loses_nothing(tmp_path: Path):
    store = tmp_path / "crash.atelier"
    assert run_cli("demo", str(store)).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(store), str(ROOT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert proc.stdout is not None and proc.stderr is not None
    printed: list[tuple[str, str]] = []
    for line in proc.stdout:
        quadrant, text = line.rstrip("\n").split(" ", 1)
        printed.append((quadrant, text))
        if len(printed) >= 25:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # Whatever the pipe still held was printed before the kill, after its Enter.
    for line in proc.stdout.read().splitlines():
        if line.strip():
            quadrant, text = line.split(" ", 1)
            printed.append((quadrant, text))
    errors = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert len(printed) >= 25, errors
    assert proc.returncode == -signal.SIGKILL

    assert run_cli("check", str(store)).returncode == 0
    from app.services import swot, workshops
    from app.storage.store import open_store

    with open_store(store, backup_on_open=False) as reopened:
        stored = {
            (i.quadrant.value, i.text)
            for i in swot.list_items(reopened, workshops.only_workshop(reopened).id)
        }
    assert set(printed) <= stored
