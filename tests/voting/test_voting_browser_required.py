"""The browser tests may not pass quietly without a browser: a missing Chromium is a
failure, unless ATELIER_SKIP_BROWSER=1 asks for the skip explicitly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONE_TEST = "tests/voting/test_voting_browser.py::test_vote_then_change_the_vote"


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "ATELIER_SKIP_BROWSER"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", ONE_TEST],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("ci", ["", "1"])
def test_a_missing_browser_fails_the_browser_tests(tmp_path, ci):
    missing = tmp_path / "no-chromium-here"
    done = _run(ATELIER_CHROMIUM=str(missing), CI=ci)
    assert done.returncode != 0, done.stdout
    assert "1 error" in done.stdout and "skipped" not in done.stdout
    assert str(missing) in done.stdout and "ATELIER_SKIP_BROWSER=1" in done.stdout


def test_skipping_the_browser_tests_takes_an_explicit_opt_out(tmp_path):
    done = _run(ATELIER_CHROMIUM=str(tmp_path / "no-chromium-here"), ATELIER_SKIP_BROWSER="1")
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout
