"""After the first frame: work that must not delay it, and the start-up benchmark's
probe (ATELIER_FIRST_PAINT)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.ui.shell import first_paint
from tests.conftest import ROOT


def test_after_runs_once_the_window_has_painted(qtbot):
    label = QLabel("Atelier")
    qtbot.addWidget(label)
    calls: list[bool] = []
    first_paint.after(label, lambda: calls.append(label.isVisible()))
    assert calls == []  # nothing before the window shows
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.update()
    qtbot.wait(50)
    assert calls == [True]  # once


def test_the_probe_reports_the_painted_board_and_quits(demo_template: Path, tmp_path: Path):
    store = tmp_path / "start.atelier"
    shutil.copy(demo_template, store)
    env = dict(
        os.environ,
        ATELIER_FIRST_PAINT="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(store)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    word, wall, cpu = done.stdout.strip().splitlines()[-1].split()
    assert word == "first-paint" and float(wall) > 0 and float(cpu) > 0


def test_settle_memory_turns_the_collector_back_on():
    from app.ui.shell.app import settle_memory

    gc.disable()
    try:
        settle_memory()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
