"""Where the main window opens: on a first start most of the screen, centred; later
where it was, kept on a screen that is still there. Each start is a fresh process
on the offscreen platform with the screens of a JSON file (QSettings in a temporary
configuration folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

LAPTOP = {
    "name": "Laptop", "x": 0, "y": 0, "width": 1600, "height": 1000,
    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
}  # fmt: skip
BEAMER = {
    "name": "Beamer", "x": 1600, "y": 0, "width": 1920, "height": 1080,
    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
}  # fmt: skip

# argv: store, repository, what to do before closing ("stay" or "to-beamer").
START = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
from app.storage.store import open_store
from app.ui.shell.app import application
from app.ui.base.controller import WorkshopController
from app.ui.shell.main_window import MainWindow

app = application()
store = open_store(sys.argv[1], backup_on_open=False)
window = MainWindow(WorkshopController(store))
window.restore_geometry()  # as app.ui.shell.app does before showing the window
window.show()
app.processEvents()
seen = {
    "rect": list(window.geometry().getRect()),
    "frame": list(window.frameGeometry().getRect()),
    "screen": list(window.screen().availableGeometry().getRect()),
}
if sys.argv[3] == "to-beamer":
    beamer = next(s for s in app.screens() if s.name() == "Beamer").availableGeometry()
    window.move(beamer.x() + 100, beamer.y() + 50)
    app.processEvents()
seen["closed_at"] = list(window.geometry().getRect())
window.close()  # saves the geometry
store.close()
print(json.dumps(seen))
"""


def _start(tmp_path: Path, store: Path, screens: list[dict], then: str = "stay") -> dict:
    config = tmp_path / f"screens-{len(screens)}.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # a first start: no saved geometry
    )
    done = subprocess.run(
        [sys.executable, "-c", START, str(store), str(ROOT), then],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "plek.atelier"
    assert run_cli("new", str(path)).returncode == 0
    return path


def _inside(rect: list[int], room: list[int]) -> bool:
    x, y, w, h = rect
    rx, ry, rw, rh = room
    return rx <= x and ry <= y and x + w <= rx + rw and y + h <= ry + rh


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen screens need a config file path")
def test_a_first_start_uses_most_of_the_screen_centred(tmp_path: Path, store: Path):
    seen = _start(tmp_path, store, [LAPTOP])
    _x, _y, width, height = seen["rect"]
    rx, ry, rw, rh = seen["screen"]
    # About 90 % of the screen (not the 1070×610 of Qt's default on a 1600×1000 screen).
    assert abs(width - 0.9 * rw) <= 2 and abs(height - 0.9 * rh) <= 2
    fx, fy, fw, fh = seen["frame"]
    assert abs((fx + fw / 2) - (rx + rw / 2)) <= 4
    assert abs((fy + fh / 2) - (ry + rh / 2)) <= 4


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen screens need a config file path")
def test_the_next_start_is_where_the_window_was(tmp_path: Path, store: Path):
    first = _start(tmp_path, store, [LAPTOP, BEAMER])
    again = _start(tmp_path, store, [LAPTOP, BEAMER])
    assert again["rect"] == first["closed_at"]


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen screens need a config file path")
def test_a_place_on_a_screen_that_is_gone_comes_back_on_screen(tmp_path: Path, store: Path):
    first = _start(tmp_path, store, [LAPTOP, BEAMER], then="to-beamer")
    assert first["closed_at"][0] >= BEAMER["x"]  # it was closed on the beamer
    alone = _start(tmp_path, store, [LAPTOP])  # the beamer is unplugged
    assert _inside(alone["rect"], [0, 0, LAPTOP["width"], LAPTOP["height"]])
