"""A polite kill (SIGTERM, or Ctrl+C in the terminal) closes the window properly:
the process ends with exit 0 and its lock is released, as when the window is closed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_cleanly(tmp_path: Path, name: str):
    store = tmp_path / "zaal.atelier"
    assert run_cli("new", str(store)).returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(store)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = Path(f"{store}.lock")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and str(proc.pid) not in (
        lock.read_text(encoding="utf-8") if lock.exists() else ""
    ):
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    time.sleep(0.5)  # the event loop runs
    proc.send_signal(getattr(signal, name))
    try:
        _, errors = proc.communicate(timeout=15)
    finally:
        proc.kill()
    assert proc.returncode == 0, errors
    # The lock went with the window: another program may write the store now.
    assert run_cli("demo", str(store), "--force").returncode == 0
