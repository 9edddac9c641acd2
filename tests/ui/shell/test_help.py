"""Help: the shortcut list is complete, Over Atelier says where the store is, every
control can be found by a screen reader, and the language choice is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app import __version__
from app.ui.base import shortcuts
from app.ui.shell.about import AboutDialog
from app.ui.shell.language import language
from app.ui.shell.main_window import ShortcutsDialog
from tests.ui.editing import answer_modal

NATIVE = QKeySequence.SequenceFormat.NativeText
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def registered_keys() -> set[str]:
    return {QKeySequence(s.key).toString() for s in shortcuts.SHORTCUTS.values()}


def test_the_shortcut_list_shows_every_registered_shortcut(window):
    # The views not shown yet are not built; their shortcuts are listed all the same.
    assert [v.key for v in window.views.built()] == ["swot"]
    dialog = ShortcutsDialog(window)
    table = dialog.findChild(QTableWidget)
    rows = {
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    }
    assert table.rowCount() == len(shortcuts.SHORTCUTS)
    for spec in shortcuts.SHORTCUTS.values():
        key = QKeySequence(spec.key).toString(NATIVE)
        assert (key, shortcuts.translated(spec)) in rows
    # The list editors' keys are among them.
    assert {"Ins", "Ctrl+N", "Del", "Alt+Up", "Alt+Down"} <= {k for k, _ in rows}
    dialog.close()


def test_every_shortcut_in_the_window_is_registered(window):
    """A key that works but that Help does not list is a key nobody finds."""
    for key in window.views:  # every view, each built when first shown
        window.show_view(key)
    keys = registered_keys()
    used = []
    for action in window.findChildren(QAction):
        used += [(action.text(), s.toString()) for s in action.shortcuts() if not s.isEmpty()]
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            used.append((shortcut.objectName(), shortcut.key().toString()))
    assert used, "the window has shortcuts"
    missing = [(what, key) for what, key in used if key not in keys]
    assert not missing, f"not in app/ui/base/shortcuts.py: {missing}"


def test_about_names_version_licence_and_store(window, controller):
    dialog = AboutDialog(controller, window)
    text = dialog.text.text()
    assert __version__ in text
    assert "GPL-3.0-or-later" in text
    assert str(controller.store.path) in text
    dialog.close()


def test_the_help_menu_opens_about(window):
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Over Atelier")
    titles: list[str] = []
    answer_modal(lambda box: titles.append(box.windowTitle()))
    action.trigger()
    assert titles == ["Over Atelier"]


def has_name(widget: QWidget, labelled: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in labelled:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().replace("&", "").strip())
    return False


def unnamed_controls(window) -> list[str]:  # type: ignore[no-untyped-def]
    widgets = window.findChildren(QWidget)
    labelled = {id(w.buddy()) for w in widgets if isinstance(w, QLabel) and w.buddy()}
    out = []
    for widget in widgets:
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not isinstance(widget, INTERACTIVE):
            # A plain widget that Tab stops at (a chart's viewport, a scroll area) is a
            # control as far as the keyboard goes: it needs a name, or no Tab focus.
            if widget.focusProxy() is not None or isinstance(widget, QTabBar):
                continue  # the proxy is checked itself; tabs are named by their texts
            if not widget.isEnabled():
                continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the inner editor of a spin box or combo: its owner is named
        if not has_name(widget, labelled):
            out.append(f"{type(widget).__name__} {widget.objectName()!r} in {widget.parent()!r}")
    return out


def test_every_control_of_the_window_has_a_name(window):
    problems = {}
    for key in window.views:
        view = window.show_view(key)
        for tabs in view.findChildren(QTabBar):
            for index in range(tabs.count()):
                assert tabs.tabText(index).strip()
        QApplication.processEvents()
        found = unnamed_controls(window)
        if found:
            problems[key] = found
    assert not problems


@pytest.mark.parametrize("view_key", ["people", "places", "analysis"])
def test_every_tab_of_the_list_views_has_named_controls(window, view_key):
    view = window.show_view(view_key)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed_controls(window) == []


def test_the_swot_side_tabs_and_an_open_proposal_have_named_controls(window):
    board = window.show_view("swot")
    for index in range(board.side.count()):
        board.side.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed_controls(window) == []
    proposals = window.show_view("proposals")
    proposals.open_proposal(proposals.model.proposal(0).id)
    QApplication.processEvents()
    assert proposals.form.isVisible()
    assert unnamed_controls(window) == []


def test_tab_through_the_roses_stops_only_at_named_controls(window, qtbot):
    from app.ui.widgets.rose import RoseChart

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.show_view("analysis")
    view.tabs.setCurrentWidget(view.roses)
    QApplication.processEvents()
    charts = view.roses.findChildren(RoseChart)
    assert charts
    for chart in charts:  # looked at only: no focus by Tab or by a click
        assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert chart.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    widgets = window.findChildren(QWidget)
    labelled = {id(w.buddy()) for w in widgets if isinstance(w, QLabel) and w.buddy()}
    view.roses.kind.setFocus()
    stops = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if view.roses.isAncestorOf(widget):
            stops.append(widget)
    legend = view.roses.findChild(QWidget, "roseLegend")
    assert legend in stops  # the keyboard reaches the legend, by its name
    unnamed = [type(w).__name__ for w in stops if not has_name(w, labelled)]
    assert unnamed == []


def test_list_editors_tab_from_the_list_to_its_buttons(window):
    editor = window.show_view("people").clusters
    chain = []
    widget = editor.table.nextInFocusChain()
    while len(chain) < 4:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == [editor.add_button, editor.delete_button, editor.up_button, editor.down_button]


def test_a_view_puts_the_focus_in_its_list(window, qtbot):
    view = window.show_view("places")
    qtbot.waitUntil(lambda: view.locations.table.hasFocus())


@pytest.fixture
def settings(tmp_path):  # type: ignore[no-untyped-def]
    """QSettings in a temporary folder, so that a test never changes the user's."""
    fmt = QSettings.Format.IniFormat
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    previous = QSettings.defaultFormat()
    QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(fmt)
    yield
    QSettings.setDefaultFormat(previous)
    QSettings.setPath(fmt, QSettings.Scope.UserScope, home)  # Qt's own default on Linux


def test_language_choice_is_stored_with_a_notice(settings, window):
    menu = window.language_menu
    assert language() == "nl"
    assert menu.actions_by_code["nl"].isChecked()
    notices: list[str] = []
    answer_modal(lambda box: notices.append(box.text()))
    menu.actions_by_code["en"].trigger()
    assert language() == "en"
    assert menu.actions_by_code["en"].isChecked()
    assert notices and "opnieuw start" in notices[0] and "restart" in notices[0]
    # Back to the language the window runs in: nothing to restart for.
    menu.actions_by_code["nl"].trigger()
    assert language() == "nl"
    assert len(notices) == 1


def test_arrowing_through_the_navigator_keeps_the_keyboard_there(window, qtbot):
    navigator = window.navigator
    navigator.setFocus()
    qtbot.waitUntil(navigator.hasFocus)
    people = next(
        navigator.topLevelItem(0).child(i)
        for i in range(navigator.topLevelItem(0).childCount())
        if navigator.topLevelItem(0).child(i).data(0, Qt.ItemDataRole.UserRole) == "people"
    )
    navigator.setCurrentItem(people)
    assert window.stack.currentWidget() is window.views["people"]
    assert navigator.hasFocus()
    qtbot.keyClick(navigator, Qt.Key.Key_Up)
    key = navigator.currentItem().data(0, Qt.ItemDataRole.UserRole)
    assert key != "people"
    assert window.stack.currentWidget() is window.views[key]
    assert navigator.hasFocus()
    # Enter goes into the view.
    qtbot.keyClick(navigator, Qt.Key.Key_Down)
    qtbot.keyClick(navigator, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.views["people"].clusters.table.hasFocus())
