"""A store on a read-only medium opens in the window for reading, and the window
says so (title and status bar) rather than refusing it as damaged."""

from __future__ import annotations

import os
from pathlib import Path

from app.services.stores import create_store, open_for_window
from app.services.workshops import create_workshop
from app.ui.base.controller import WorkshopController
from app.ui.shell.main_window import MainWindow


def test_a_store_on_a_locked_stick_opens_read_only_and_says_so(qapp, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "dag1.atelier"
    with create_store(path) as s:
        create_workshop(s, "Dag 1")
    real = os.access

    def access(target, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        # What a read-only mount answers (tests may run as root, where chmod does not).
        if Path(target).resolve().is_relative_to(stick.resolve()) and mode & os.W_OK:
            return False
        return real(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    before = sorted(p.name for p in stick.iterdir())
    store = open_for_window(path)
    try:
        assert store.read_only
        window = MainWindow(WorkshopController(store))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert "alleen lezen" in window.windowTitle()
        assert "Alleen lezen" in window.saved_label.text()
        assert "dag1.atelier" in window.saved_label.toolTip()
        window.close()
    finally:
        store.close()
    assert sorted(p.name for p in stick.iterdir()) == before  # no lock, -wal or backup
