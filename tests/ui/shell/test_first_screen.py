"""What the first screen does not need waits until the window has painted (issue 16):
no Excel, PDF, Word, HTTP, charts or migrations imported, no ORM mapper configured
and no backup made before the board shows its points; then the backup on open is
made off the GUI thread, and a store it finds damaged closes the window with the
message (tests/perf/test_startup_perf.py measures the time)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.storage import backup
from tests.conftest import ROOT

# Libraries the board does not need: imported when a view, an export or a server
# first asks for them.
DEFERRED = (
    "openpyxl",
    "reportlab",
    "docx",
    "starlette",
    "uvicorn",
    "alembic",
    "pyqtgraph",
    "rapidfuzz",
    "snowballstemmer",
    "numpy",
    "psycopg",
)

PROBE = """
import json, sys
from pathlib import Path
from app.ui.shell import first_paint

def report():
    from app.storage import backup, models
    state = {
        "imported": sorted(n for n in json.loads(sys.argv[2]) if n in sys.modules),
        "configured": models.SwotItemRow.__mapper__.configured,
        "backups": len(backup.backups_of(Path(sys.argv[1]))),
        "views": [w.objectName() for w in first_paint.QApplication.topLevelWidgets()],
    }
    print("STATE " + json.dumps(state), flush=True)
    first_paint.QApplication.instance().quit()

first_paint._report = report
from app import cli
sys.exit(cli.main(["--db", sys.argv[1]]))
"""


def test_the_first_screen_imports_and_configures_only_what_it_shows(
    demo_template: Path, tmp_path: Path
):
    store = tmp_path / "start.atelier"
    shutil.copy(demo_template, store)
    env = dict(
        os.environ,
        ATELIER_FIRST_PAINT="1",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(store), json.dumps(DEFERRED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("STATE "))
    state = json.loads(line.removeprefix("STATE "))
    assert state["imported"] == []
    assert state["configured"] is False  # the board read plain rows
    assert state["backups"] == 0  # made after the first paint
    assert "mainWindow" in state["views"]


class _App:
    """Stands in for the QApplication: records the exit code instead of leaving."""

    def __init__(self) -> None:
        self.code: int | None = None

    def translate(self, _context: str, text: str) -> str:
        return text

    def exit(self, code: int) -> None:
        self.code = code


def _window_on(path: Path, qtbot):  # type: ignore[no-untyped-def]
    from app.services.stores import open_for_window
    from app.ui.base.controller import WorkshopController
    from app.ui.shell.main_window import MainWindow

    store = open_for_window(path, backup_later=True)
    window = MainWindow(WorkshopController(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return store, window


def test_after_the_first_paint_the_backup_on_open_is_made(demo_template, tmp_path, qtbot):
    from app.ui.shell import app as shell

    path = tmp_path / "werk.atelier"
    shutil.copy(demo_template, path)
    store, window = _window_on(path, qtbot)
    try:
        assert store.open_backup_pending and backup.backups_of(path) == []
        stand_in = _App()
        shell._backup_on_open(stand_in, store, window)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not store.open_backup_pending, timeout=20_000)
        assert [p.name for p in backup.backups_of(path) if "bij-openen" in p.name]
        qtbot.wait(50)
        assert stand_in.code is None and window.isVisible()
    finally:
        window.close()
        store.close()


def test_a_store_the_backup_finds_damaged_closes_the_window_with_the_message(
    demo_template, tmp_path, qtbot, monkeypatch
):
    from app.ui.shell import app as shell

    path = tmp_path / "werk.atelier"
    shutil.copy(demo_template, path)
    data = bytearray(path.read_bytes())
    page = len(data) // 4096 - 3  # a page of the data, not one the first screen reads
    data[page * 4096 : page * 4096 + 300] = b"\x0d" + b"\xff" * 299
    path.write_bytes(bytes(data))
    shown: list[str] = []
    monkeypatch.setattr(
        shell.QMessageBox, "critical", lambda _parent, title, text: shown.append(f"{title}: {text}")
    )
    store, window = _window_on(path, qtbot)
    try:
        stand_in = _App()
        shell._backup_on_open(stand_in, store, window)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: stand_in.code is not None, timeout=20_000)
        assert stand_in.code == 2
        assert len(shown) == 1 and shown[0].startswith("Kan niet openen: ")
        assert str(path) in shown[0] and "beschadigd" in shown[0]
        assert not window.isVisible()
    finally:
        store.close()
