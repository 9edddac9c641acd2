"""The test configuration itself: a Qt warning (or a Python warning) fails a test.

The checks run a few small tests in a fresh pytest with this project's own
configuration (pyproject.toml), so they prove what the suite really does, not
what a copy of its settings would do.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

PROBES = """
import warnings

from PySide6.QtCore import qDebug, qWarning


def test_a_qt_warning(qapp):
    qWarning("QWidget::setTabOrder: 'first' and 'second' must be in the same window")


def test_the_offscreen_notice_is_ignored(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_a_qt_debug_message(qapp):
    qDebug("only for whoever reads the log")


def test_a_python_warning():
    warnings.warn("deprecated", DeprecationWarning, stacklevel=1)
"""


def test_a_qt_warning_fails_the_test_that_caused_it(tmp_path: Path):
    probe = tmp_path / "test_probes.py"
    probe.write_text(textwrap.dedent(PROBES), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),  # the suite's own settings
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-q",
            "-rA",
            str(probe),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=120,
    )
    out = done.stdout
    assert done.returncode == 1, out + done.stderr  # some tests failed
    summary = {
        line.split(" - ")[0].strip() for line in out.splitlines() if "test_probes.py::" in line
    }
    assert {
        "FAILED test_probes.py::test_a_qt_warning",
        "PASSED test_probes.py::test_the_offscreen_notice_is_ignored",
        "PASSED test_probes.py::test_a_qt_debug_message",
        "FAILED test_probes.py::test_a_python_warning",
    } <= summary, out
    # The failure says why, and names the warning.
    assert "Qt messages with level WARNING or above emitted" in out
    assert "must be in the same window" in out
    assert "2 failed, 2 passed" in out
