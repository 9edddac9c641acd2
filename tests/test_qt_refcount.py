"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and
kills the interpreter after a few thousand calls. Keep upgrades honest."""

import sys

import pytest


@pytest.mark.skipif(sys.implementation.name != "cpython", reason="refcounts are CPython's")
def test_void_qt_calls_do_not_leak_none_references(qapp):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    for _ in range(100):  # warm up caches that may take a reference once
        label.setText("warm")
    before = sys.getrefcount(None)
    for n in range(10_000):
        label.setText("x" if n % 2 else "y")
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leak shows as a fall.
    assert after >= before - 50, f"None lost {before - after} references in 10,000 calls"


def test_pyside6_is_below_612():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12 is unusable on Python 3.11 (see pyproject)"
