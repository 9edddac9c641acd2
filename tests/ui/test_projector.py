"""The projected screen: what the room sees, where, and how large."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

from app.domain.enums import Quadrant
from app.services import organisation, paths, proposals, swot
from app.ui.projector import pick_screen
from app.ui.swot_filter_bar import ALL, CURRENT
from app.ui.swot_style import DARK, LIGHT, contrast
from tests.conftest import ROOT, run_cli
from tests.ui.keys import press


@pytest.fixture
def projector(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(window, Qt.Key.Key_F5)
    shown = window.projector.window
    assert shown is not None
    qtbot.waitExposed(shown)
    qtbot.waitUntil(window.isActiveWindow)
    return shown


def test_f5_shows_and_hides_it_without_taking_the_keyboard(window, projector, qtbot):
    assert projector.isVisible()
    assert window.projector.toggle_action.isChecked()
    # The facilitator keeps the keyboard, even where the platform activates new windows.
    qtbot.wait(50)
    qtbot.waitUntil(window.isActiveWindow)
    assert not projector.isActiveWindow()
    press(window, Qt.Key.Key_F5)
    assert not projector.isVisible()
    assert not window.projector.toggle_action.isChecked()


def test_f11_goes_full_screen_without_window_chrome(window, projector, qtbot):
    press(window, Qt.Key.Key_F11)
    qtbot.waitUntil(projector.is_fullscreen)
    assert projector.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert projector.geometry() == projector.screen().geometry()
    assert window.projector.fullscreen_action.isChecked()
    press(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not projector.is_fullscreen())
    assert not projector.windowFlags() & Qt.WindowType.FramelessWindowHint
    qtbot.waitUntil(window.isActiveWindow)


def test_it_carries_no_controls(projector):
    for control in (QLineEdit, QComboBox, QAbstractButton):
        assert projector.findChildren(control) == []
    for shown in projector.board_page.quadrants.values():
        assert shown.list.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert shown.list.editTriggers() == shown.list.EditTrigger.NoEditTriggers
        assert not shown.list.quadrant_model.editable


def test_it_shows_the_current_cluster_unless_told_otherwise(window, controller, projector):
    clusters = [
        c
        for c in organisation.clusters.list(controller.store, controller.workshop.id)
        if not c.is_reference
    ]
    controller.set_cluster(clusters[0].id)
    first = controller.capture("S", "Van de eerste cluster", None)
    assert "Van de eerste cluster" in projector.visible_texts(Quadrant.STRENGTH)
    assert clusters[0].name in projector.caption.text()
    assert projector.scope == CURRENT
    shown = set(projector.board_page.quadrants[Quadrant.STRENGTH].model.point_ids())
    board = swot.list_items(controller.store, controller.workshop.id)
    assert shown == {
        i.id
        for i in board
        if i.quadrant is Quadrant.STRENGTH and clusters[0].id in projector.data.cluster_ids[i.id]
    }
    press(window, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert controller.current_cluster_id == clusters[1].id
    assert first.id not in projector.board_page.quadrants[Quadrant.STRENGTH].model.point_ids()
    window.projector.scope_actions[ALL].trigger()
    assert first.id in projector.board_page.quadrants[Quadrant.STRENGTH].model.point_ids()
    assert "alle clusters" in projector.caption.text()


def test_type_scales_with_the_window_height(projector, qtbot):
    projector.resize(1280, 720)
    qtbot.waitUntil(lambda: projector.height() == 720)
    small = projector.point_size()
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: projector.height() == 1080)
    large = projector.point_size()
    assert large > small >= 18
    assert large == round(1080 / 38)
    projector.show_quadrant(Quadrant.THREAT)
    assert projector.point_size() > large  # one quadrant: larger still
    assert Quadrant.THREAT.label in projector.caption.text()
    shown = projector.quadrant_page.shown
    assert shown.model is projector.models[Quadrant.THREAT]
    assert shown.list.quadrant_model is shown.model
    assert shown.header.text().startswith(Quadrant.THREAT.label)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_both_themes_keep_every_tint_readable(theme):
    assert contrast(theme.text, theme.background) >= 7
    assert contrast(theme.latest_text, theme.latest) >= 7
    for tint in theme.tints.values():
        assert contrast(tint.ink, tint.header) >= 7
        assert contrast(tint.ink, tint.heading) >= 7


def test_dark_theme_switch(window, projector):
    window.projector.dark_action.trigger()
    assert projector.theme is DARK
    assert DARK.background in projector.styleSheet()


def test_a_path_live(window, controller, projector):
    store, ws = controller.store, controller.workshop.id
    path = paths.paths.list(store, ws)[0]
    window.projector.show_path(path.id)
    text = projector.text_page.text()
    assert path.title in text
    assert path.actions[0].text.split()[0] in text
    assert "Impact die we creëren" in text
    controller.update(paths.paths, path.id, "Pad hernoemen", title="Een nieuw pad & <meer>")
    assert "Een nieuw pad &amp; &lt;meer&gt;" in projector.text_page.text()
    controller.delete(paths.paths, path.id, "Pad verwijderen")
    assert "bestaat niet meer" in projector.text_page.text()


def test_a_fiche_live(window, controller, projector):
    store, ws = controller.store, controller.workshop.id
    fiche = proposals.proposals.list(store, ws)[0]
    window.projector.show_fiche(fiche.id)
    text = projector.text_page.text()
    for part in (fiche.code, "Waarom?", "Acties en fasering", f"SDG {fiche.sdgs[0]}"):
        assert part in text
    controller.update(proposals.proposals, fiche.id, "Titel", title="Welzijnsvereniging")
    assert "Welzijnsvereniging" in projector.text_page.text()
    assert projector.caption.text() == "Fiche"
    # Long text shrinks to fit, never below 60 % of the chosen size.
    page = projector.text_page
    assert page.label.heightForWidth(page.width()) <= page.height() or (
        page.label.font().pixelSize() == max(10, round(page.largest * 0.6))
    )


def test_closing_the_main_window_closes_it(window, projector):
    window.close()
    assert not projector.isVisible()


class _Screen:
    def __init__(self, name: str) -> None:
        self.name = name


def test_pick_screen():
    laptop, beamer, tv = _Screen("laptop"), _Screen("beamer"), _Screen("tv")
    assert pick_screen([laptop, beamer], laptop) is beamer  # type: ignore[list-item,arg-type]
    assert pick_screen([laptop], laptop) is laptop  # type: ignore[list-item,arg-type]
    assert pick_screen([laptop, beamer, tv], laptop, tv) is tv  # type: ignore[list-item,arg-type]
    # The chosen screen was unplugged: another one that is not the laptop's.
    assert pick_screen([laptop, beamer], laptop, tv) is beamer  # type: ignore[list-item,arg-type]
    assert pick_screen([], None) is None


SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "Beamer", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ]
}  # fmt: skip

TWO_SCREENS = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
from app.storage.store import open_store
from app.ui.app import application
from app.ui.controller import WorkshopController
from app.ui.main_window import MainWindow

app = application()
store = open_store(sys.argv[1], backup_on_open=False)
window = MainWindow(WorkshopController(store))
screens = {s.name(): s for s in app.screens()}
laptop, beamer = screens["Laptop"], screens["Beamer"]
window.setScreen(laptop)
window.setGeometry(laptop.availableGeometry().adjusted(0, 30, 0, 0))
window.show()
app.processEvents()
control = window.projector
control.set_visible(True)
app.processEvents()
seen = {"main": window.screen().name(), "first": control.window.screen().name()}
control.set_fullscreen(True)
app.processEvents()
seen["full"] = list(control.window.geometry().getRect())
control.screen_removed(beamer)  # unplugged: off to the screen that is left
app.processEvents()
seen["unplugged"] = control.window.screen().name()
seen["unplugged_full"] = list(control.window.geometry().getRect())
control.screen_added(beamer)  # plugged in again: back to the room
app.processEvents()
seen["plugged"] = control.window.screen().name()
print(json.dumps(seen))
window.close()
store.close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="offscreen screens need a config file path")
def test_it_goes_to_the_other_screen_and_follows_plugging(tmp_path: Path):
    store = tmp_path / "screens.atelier"
    assert run_cli("new", str(store)).returncode == 0
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS, str(store), str(ROOT)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["main"] == "Laptop"
    assert seen["first"] == "Beamer"
    assert seen["full"] == [1366, 0, 1920, 1080]
    assert seen["unplugged"] == "Laptop"
    assert seen["unplugged_full"] == [0, 0, 1366, 768]
    assert seen["plugged"] == "Beamer"


def test_cancelling_a_choice_while_another_page_shows_keeps_that_page(window, qtbot):
    from PySide6.QtWidgets import QLabel

    projector = window.projector
    screen = projector.ensure_window()
    page = QLabel("Stemronde")
    screen.show_page(page)
    projector._restore_content_check()  # what a cancelled "Fiche…" choice does
    assert screen.mode == "page" and screen.stack.currentWidget() is page
