"""Bestand: open another workshop file, make a new one, recently opened files,
a backup on request. The current file stays open until the new one is."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.stores import create_store, open_store
from app.services.workshops import create_workshop, only_workshop
from app.storage import backup
from app.ui.shell import file_menu
from app.ui.shell.app import run_windows
from app.ui.shell.main_window import MainWindow


def _store(path: Path, title: str) -> Path:
    with create_store(path) as s:
        create_workshop(s, title)
    return path


@pytest.fixture(autouse=True)
def _no_recent(monkeypatch):  # type: ignore[no-untyped-def]
    """Each test starts with an empty list of recent files (QSettings are per user)."""
    from PySide6.QtCore import QSettings

    QSettings().remove(file_menu.RECENT_KEY)
    yield
    QSettings().remove(file_menu.RECENT_KEY)


def _windows() -> list[MainWindow]:
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]


def test_opening_another_file_closes_this_one_and_shows_the_other(qapp, tmp_path: Path):
    first = _store(tmp_path / "dag1.atelier", "Dag 1 in Meer")
    second = _store(tmp_path / "dag2.atelier", "Dag 2 in Minderhout")
    titles: list[str] = []
    frozen: list[bool] = []
    waits = [0]

    def open_second() -> None:
        (window,) = _windows()
        if not gc.get_freeze_count() and waits[0] < 50:
            waits[0] += 1  # settled once the window has painted its first frame
            QTimer.singleShot(100, open_second)
            return
        titles.append(window.windowTitle())
        # The window's records are out of the collector's way (app.ui.shell.app.settle_memory).
        frozen.append(gc.get_freeze_count() > 0)
        window.file_menu.open_path(second)
        QTimer.singleShot(300, check_second)

    def check_second() -> None:
        (window,) = _windows()
        titles.append(window.windowTitle())
        # The first file is closed: another program may write it now.
        open_store(first, backup_on_open=False).close()
        assert file_menu.recent_stores()[:2] == [str(second.resolve()), str(first.resolve())]
        window.close()

    QTimer.singleShot(300, open_second)
    store = open_store(first)
    assert run_windows(qapp, store) == 0
    assert frozen == [True]
    assert gc.get_freeze_count() == 0  # the closed windows' objects can go
    assert titles[0].startswith("Dag 1 in Meer") and titles[1].startswith("Dag 2 in Minderhout")


def test_a_file_in_use_elsewhere_is_refused_and_nothing_changes(
    window, controller, tmp_path: Path, monkeypatch
):
    busy = _store(tmp_path / "bezet.atelier", "Elders open")
    holder = open_store(busy, backup_on_open=False)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))
    switched: list[object] = []
    window.file_menu.switch.connect(switched.append)
    try:
        assert window.file_menu.open_path(busy) is None
    finally:
        holder.close()
    assert switched == [] and window.isVisible()
    assert "bezet.atelier" in messages[0] and "al geopend" in messages[0]
    text = tmp_path / "notities.atelier"
    text.write_text("geen werkbestand", encoding="utf-8")
    assert window.file_menu.open_path(text) is None
    assert "geen Atelier-werkbestand" in messages[1]


def test_a_new_file_gets_its_title_and_opens(window, tmp_path: Path):
    switched: list[object] = []
    window.file_menu.switch.connect(switched.append)
    made = window.file_menu.new_store(tmp_path / "toekomst.atelier", "Toekomst Wortel")
    assert made is not None and switched == [made]
    try:
        assert only_workshop(made).title == "Toekomst Wortel"
    finally:
        made.close()
    # An existing file is never replaced from here.
    messages: list[str] = []
    window.file_menu._refuse = messages.append  # type: ignore[method-assign]
    assert window.file_menu.new_store(tmp_path / "toekomst.atelier", "Nog eens") is None
    assert "bestaat al" in messages[0]


def test_a_backup_on_request(window, controller, qtbot):
    before = backup.backups_of(controller.store.path)
    shown: list[str] = []
    window.file_menu.backed_up.connect(shown.append)
    window.file_menu.backup_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    after = backup.backups_of(controller.store.path)
    (made,) = set(after) - set(before)
    assert "handmatig" in made.name and str(made) in shown[0]
    assert backup.quick_check(made) == []
