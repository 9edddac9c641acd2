"""Run ``python main.py serve`` as a separate process, as a facilitator's script would."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_serve(store: Path, round_ref: str = "1", *extra: str, timeout: float = 30):  # type: ignore[no-untyped-def]
    """Start ``serve`` on loopback (a free port unless ``extra`` says otherwise).

    Returns the process and the first line of its output (the join URL, or "" when
    it ended first).
    """
    args = [sys.executable, str(ROOT / "main.py"), "serve", str(store), round_ref]
    if "--host" not in extra:
        args += ["--host", "127.0.0.1"]
    if "--port" not in extra:
        args += ["--port", "0"]
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen(
        [*args, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while not selector.select(timeout=0.1):
            if proc.poll() is not None:
                return proc, ""
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait()
                raise TimeoutError("serve printed no join URL")
    return proc, proc.stdout.readline().strip()


def stop(proc: subprocess.Popen, timeout: float = 15) -> int:  # type: ignore[type-arg]
    """SIGTERM and wait for the exit code."""
    proc.terminate()
    return proc.wait(timeout)


@contextmanager
def served(
    store: Path, round_ref: str = "1", *extra: str
) -> Iterator[tuple[subprocess.Popen, str]]:  # type: ignore[type-arg]
    """:func:`start_serve` that never leaves a process or a pipe behind."""
    proc, line = start_serve(store, round_ref, *extra)
    try:
        yield proc, line
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
