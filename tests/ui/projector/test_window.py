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
from app.ui.projector.window import pick_screen
from app.ui.swot.filter_bar import ALL, CURRENT
from app.ui.swot.style import DARK, LIGHT, contrast
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


def test_a_proposal_live(window, controller, projector):
    store, ws = controller.store, controller.workshop.id
    proposal = proposals.proposals.list(store, ws)[0]
    window.projector.show_proposal(proposal.id)
    text = projector.text_page.text()
    for part in (proposal.code, "Waarom?", "Acties en fasering", f"SDG {proposal.sdgs[0]}"):
        assert part in text
    controller.update(proposals.proposals, proposal.id, "Titel", title="Welzijnsvereniging")
    assert "Welzijnsvereniging" in projector.text_page.text()
    assert projector.caption.text() == "Fiche"
    # Long text shrinks to fit, never below 60 % of the chosen size.
    page = projector.text_page
    assert page.label.heightForWidth(page.width()) <= page.height() or (
        page.label.font().pixelSize() == max(10, round(page.largest * 0.6))
    )


def test_keys_choose_what_it_shows_while_the_facilitator_types(
    window, controller, projector, qtbot
):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from app.ui.base import shortcuts
    from tests.ui.editing import answer_modal

    control = window.projector
    board = window.show_view("swot")
    board.focus_quadrant(Quadrant.WEAKNESS)
    typing = board.panels[Quadrant.WEAKNESS].capture
    qtbot.waitUntil(typing.hasFocus)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, quadrant in (
        (Qt.Key.Key_S, Quadrant.STRENGTH),
        (Qt.Key.Key_W, Quadrant.WEAKNESS),
        (Qt.Key.Key_O, Quadrant.OPPORTUNITY),
        (Qt.Key.Key_T, Quadrant.THREAT),
    ):
        press(typing, key, keys)
        assert (projector.mode, projector.quadrant) == ("quadrant", quadrant)
        assert projector.stack.currentWidget() is projector.quadrant_page
        assert control.quadrant_actions[quadrant].isChecked()
    press(typing, Qt.Key.Key_B, keys)
    assert projector.mode == "board" and control.board_action.isChecked()
    assert projector.stack.currentWidget() is projector.board_page
    # Ctrl+Shift+K: every cluster's points, and back to the current cluster's.
    assert projector.scope == CURRENT
    press(typing, Qt.Key.Key_K, keys)
    assert projector.scope == ALL and control.scope_actions[ALL].isChecked()
    assert "alle clusters" in projector.caption.text()
    press(typing, Qt.Key.Key_K, keys)
    assert projector.scope == CURRENT and control.scope_actions[CURRENT].isChecked()
    # A path and a fiche are chosen by name in a short list.
    store, ws = controller.store, controller.workshop.id
    path = paths.paths.list(store, ws)[1]
    proposal = proposals.proposals.list(store, ws)[2]
    for key, label, mode, wanted in (
        (Qt.Key.Key_P, f"2. {path.title}", "path", path.id),
        (Qt.Key.Key_F, f"{proposal.code} {proposal.title}".strip(), "fiche", proposal.id),
    ):

        def choose(dialog, label=label) -> None:  # type: ignore[no-untyped-def]
            dialog.setTextValue(label)
            dialog.accept()

        seen = answer_modal(choose)
        press(typing, key, keys)
        assert seen, "the chooser opened"
        assert (projector.mode, projector.target_id) == (mode, wanted)
        # A window manager activates the main window again when the chooser closes;
        # the offscreen platform does not. The keyboard then is where it was.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is typing)
    assert proposal.title in projector.text_page.text()
    assert typing.text() == ""  # the keys typed nothing
    # Each key is the registered one, so Help (F1) lists it.
    actions = {
        "projector_board": control.board_action,
        "projector_strengths": control.quadrant_actions[Quadrant.STRENGTH],
        "projector_weaknesses": control.quadrant_actions[Quadrant.WEAKNESS],
        "projector_opportunities": control.quadrant_actions[Quadrant.OPPORTUNITY],
        "projector_threats": control.quadrant_actions[Quadrant.THREAT],
        "projector_path": control.path_action,
        "projector_fiche": control.proposal_action,
        "projector_scope": control.scope_toggle_action,
    }
    for name, action in actions.items():
        assert action.shortcut() == QKeySequence(shortcuts.SHORTCUTS[name].key), name
        assert action in window.actions(), name


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
from PySide6.QtCore import Qt
from app.storage.store import open_store
from app.ui.shell.app import application
from app.ui.base.controller import WorkshopController
from app.ui.shell.main_window import MainWindow

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


def menu():
    control.screen_menu.aboutToShow.emit()  # what opening Beeld > Scherm voor projectie does
    return {a.text(): a for a in control.screen_menu.actions()}


def checked():
    return [text for text, action in menu().items() if action.isChecked()]


seen["menu"] = list(menu())
seen["checked"] = checked()
next(a for text, a in menu().items() if "Laptop" in text).trigger()
app.processEvents()
seen["chosen"] = control.window.screen().name()
control.toggle_action.trigger()  # F5: hidden
app.processEvents()
seen["hidden"] = control.window.isVisible()
control.toggle_action.trigger()  # F5: shown again, where it was chosen to be
app.processEvents()
seen["shown_again"] = control.window.screen().name()
seen["checked_again"] = checked()
next(a for text, a in menu().items() if "Beamer" in text).trigger()
app.processEvents()
seen["chosen_back"] = control.window.screen().name()
control.set_fullscreen(True)
app.processEvents()
seen["full"] = list(control.window.geometry().getRect())
control.screen_removed(beamer)  # unplugged: off to the screen that is left
app.processEvents()
projected = control.window
seen["unplugged"] = projected.screen().name()
seen["unplugged_rect"] = list(projected.geometry().getRect())
seen["laptop_area"] = list(laptop.availableGeometry().getRect())
seen["unplugged_full"] = projected.is_fullscreen()
seen["unplugged_frameless"] = bool(projected.windowFlags() & Qt.WindowType.FramelessWindowHint)
seen["unplugged_cursor"] = projected.cursor().shape().name
seen["unplugged_action"] = control.fullscreen_action.isChecked()
control.screen_added(beamer)  # plugged in again: back to the room, full screen again
app.processEvents()
seen["plugged"] = control.window.screen().name()
seen["plugged_full"] = control.window.is_fullscreen()
seen["plugged_rect"] = list(control.window.geometry().getRect())
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
    # Beeld > Scherm voor projectie lists both screens, the one in use checked.
    assert sorted(text.split(": ", 1)[1] for text in seen["menu"]) == [
        "Beamer (1920×1080)",
        "Laptop (1366×768)",
    ]
    assert [text.split(": ", 1)[1] for text in seen["checked"]] == ["Beamer (1920×1080)"]
    # Choosing the laptop's screen moves it there, and F5 off and on keeps that choice.
    assert seen["chosen"] == "Laptop"
    assert seen["hidden"] is False
    assert seen["shown_again"] == "Laptop"
    assert [text.split(": ", 1)[1] for text in seen["checked_again"]] == ["Laptop (1366×768)"]
    assert seen["chosen_back"] == "Beamer"
    assert seen["full"] == [1366, 0, 1920, 1080]
    # Unplugged: the laptop's own screen is left, so a window there, not full screen
    # without a frame or cursor over the facilitator's work.
    assert seen["unplugged"] == "Laptop"
    assert seen["unplugged_full"] is False
    assert seen["unplugged_frameless"] is False
    assert seen["unplugged_cursor"] != "BlankCursor"
    assert seen["unplugged_action"] is False
    x, y, width, height = seen["unplugged_rect"]
    ax, ay, area_width, area_height = seen["laptop_area"]
    assert ax <= x and ay <= y and x + width <= ax + area_width and y + height <= ay + area_height
    assert width < area_width and height < area_height
    # Plugged in again: the room's screen, full screen as before.
    assert seen["plugged"] == "Beamer"
    assert seen["plugged_full"] is True
    assert seen["plugged_rect"] == [1366, 0, 1920, 1080]


def test_cancelling_a_choice_while_another_page_shows_keeps_that_page(window, qtbot):
    from PySide6.QtWidgets import QLabel

    projector = window.projector
    screen = projector.ensure_window()
    page = QLabel("Stemronde")
    screen.show_page(page)
    projector._restore_content_check()  # what a cancelled "Fiche…" choice does
    assert screen.mode == "page" and screen.stack.currentWidget() is page
