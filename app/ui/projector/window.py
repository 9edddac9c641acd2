"""The projected screen: a second window the room reads, driven from the main window.

It shows the SWOT board, one quadrant, one development path or one fiche, live
(it follows the controller's change sets like every view), in large type that
scales with the window's height and in a high-contrast theme. It carries no
controls: the facilitator steers it from the main window's Beeld menu (F5
shows or hides it, F11 switches full screen, Ctrl+Shift+B/S/W/O/T/P/F pick what
it shows, Ctrl+Shift+K whose points). It goes to a screen other than the main
window's when there is one, and follows screens being plugged in and out; when
only the facilitator's own screen is left it becomes an ordinary window there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from html import escape

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Quadrant
from app.domain.errors import NotFound
from app.services import paths, proposals
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.projector.pages import (
    PAGE_INTERVAL_MS,
    BoardPage,
    QuadrantPage,
    TextPage,
    missing_html,
    path_html,
    pixel_font,
    proposal_html,
)
from app.ui.swot.data import board_data
from app.ui.swot.filter_bar import ALL, CURRENT, cluster_scope
from app.ui.swot.model import PointFilter, QuadrantModel
from app.ui.swot.style import DARK, LIGHT, Theme
from app.ui.widgets.quadrants import QUADRANTS
from app.ui.widgets.quadrants import label as quadrant_label

BOARD, QUADRANT, PATH, PROPOSAL = "board", "quadrant", "path", "fiche"
# The registered shortcut (app/ui/base/shortcuts.py) that puts a quadrant on the screen.
QUADRANT_SHORTCUTS = {
    Quadrant.STRENGTH: "projector_strengths",
    Quadrant.WEAKNESS: "projector_weaknesses",
    Quadrant.OPPORTUNITY: "projector_opportunities",
    Quadrant.THREAT: "projector_threats",
}
# Text size on top of the height rule: Ctrl+Plus/Minus, remembered per workshop
# (a room and its projector), between these bounds, in these steps.
TEXT_SCALE_KEY = "projector/textScale/{0}"
TEXT_SCALES = (0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
# Lines of text that fit the window's height: fewer lines, larger type.
LINES_BOARD = 38
LINES_QUADRANT = 26
LINES_TEXT = 30


def pick_screen(
    screens: Sequence[QScreen], main: QScreen | None, preferred: QScreen | None = None
) -> QScreen | None:
    """The screen for the projector: the one chosen if it is still there, else one
    that is not the facilitator's, else the facilitator's own."""
    if preferred is not None and preferred in screens:
        return preferred
    others = [s for s in screens if s is not main]
    if others:
        return others[0]
    return main if main in screens else (screens[0] if screens else None)


class ProjectorWindow(QWidget):
    """The window itself. Top-level, never keeps the keyboard: the facilitator steers it
    from the main window (F5, F11 and the Beeld menu)."""

    def __init__(
        self,
        controller: WorkshopController,
        parent: QWidget | None = None,
        keyboard_owner: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Where the keyboard belongs; the projector hands it back when a platform (or
        # a click on the projected screen) activates it anyway.
        self.keyboard_owner = keyboard_owner
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Atelier – projectiescherm"))
        self.setAccessibleName(self.tr("Projectiescherm"))
        # The keyboard stays with the facilitator: F5 and F11 work from the main window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.controller = controller
        self.data = board_data(controller)
        self.theme: Theme = LIGHT
        self.scope = CURRENT  # the room sees the current cluster unless told otherwise
        self.mode = BOARD
        self.quadrant = Quadrant.STRENGTH
        self.target_id: str | None = None
        self.models = {
            q: QuadrantModel(self.data, q, editable=False, parent=self) for q in QUADRANTS
        }
        self.text_scale = 1.0
        self.caption = QLabel(self)
        self.caption.setAccessibleName(self.tr("Wat het projectiescherm toont"))
        # Which colour is which cluster: codes beside the marks, names here.
        self.legend = QLabel(self)
        self.legend.setAccessibleName(self.tr("Legende van de clusters"))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget(self)
        self.board_page = BoardPage(self.models, self.theme, self.stack)
        self.quadrant_page = QuadrantPage(self.models, self.theme, self.stack)
        self.text_page = TextPage(self.stack)
        for page in (self.board_page, self.quadrant_page, self.text_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self._layout = layout
        controller.changed.connect(self._on_changed)
        controller.contextChanged.connect(self._apply_scope)
        self.data.lookupsChanged.connect(self._show_caption)
        self.data.lookupsChanged.connect(self._show_legend)
        self.set_theme(LIGHT)
        self._apply_scope()
        self.show_board()
        self.resize(1280, 720)
        # Every point reaches the room: quadrants that do not fit page on by themselves.
        self.pager = QTimer(self)
        self.pager.setInterval(PAGE_INTERVAL_MS)
        self.pager.timeout.connect(self.advance_pages)
        self.pager.start()

    def advance_pages(self) -> None:
        if self.mode == BOARD:
            for shown in self.board_page.quadrants.values():
                shown.advance_page()
        elif self.mode == QUADRANT:
            self.quadrant_page.shown.advance_page()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        owner = self.keyboard_owner
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and owner is not None
            and owner.isVisible()
        ):
            owner.activateWindow()

    # -- what it shows -------------------------------------------------------------------

    def show_board(self) -> None:
        self.mode, self.target_id = BOARD, None
        self.stack.setCurrentWidget(self.board_page)
        self._shown()

    def show_quadrant(self, quadrant: Quadrant) -> None:
        self.mode, self.quadrant, self.target_id = QUADRANT, quadrant, None
        self.quadrant_page.show_quadrant(quadrant)
        self.stack.setCurrentWidget(self.quadrant_page)
        self._shown()

    def show_path(self, path_id: str) -> None:
        self.mode, self.target_id = PATH, path_id
        self._render_text()
        self.stack.setCurrentWidget(self.text_page)
        self._shown()

    def show_proposal(self, proposal_id: str) -> None:
        self.mode, self.target_id = PROPOSAL, proposal_id
        self._render_text()
        self.stack.setCurrentWidget(self.text_page)
        self._shown()

    def show_page(self, page: QWidget) -> None:
        """Show a page made elsewhere (the voting screen); it carries its own title."""
        self.mode, self.target_id = "page", None
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._shown()

    def _shown(self) -> None:
        self.caption.setVisible(self.mode != "page")
        self._show_caption()
        self._show_legend()
        self._scale()

    def legend_entries(self) -> list[tuple[str, str, str]]:
        """(colour, code, name) of the clusters whose points the room sees now."""
        scope = cluster_scope(self.scope, self.controller)
        clusters = sorted(self.data.clusters.values(), key=lambda c: c.position)
        return [
            (c.color, self.data.cluster_codes.get(c.id, ""), c.name)
            for c in clusters
            if scope is None or c.id in scope
        ]

    def _show_legend(self) -> None:
        entries = self.legend_entries() if self.mode in (BOARD, QUADRANT) else []
        self.legend.setVisible(bool(entries))
        self.legend.setText(
            "&nbsp;&nbsp; ".join(  # a plain space: the legend wraps between clusters
                f'<span style="color:{escape(colour)}">■</span>&nbsp;<b>{escape(code)}</b>'
                f"&nbsp;{escape(name).replace(' ', '&nbsp;')}"  # wrap between entries only
                for colour, code, name in entries
            )
        )

    def set_text_scale(self, scale: float) -> None:
        """Larger or smaller type than the height rule gives (1.0)."""
        self.text_scale = min(TEXT_SCALES[-1], max(TEXT_SCALES[0], scale))
        self._scale()
        shown = self.stack.currentWidget()
        if shown is not None:  # a page made elsewhere (the matrix) reads the scale as it paints
            shown.update()

    def _render_text(self) -> None:
        accent = self.theme.tints[Quadrant.OPPORTUNITY].ink if self.theme is LIGHT else "#FFFFFF"
        store = self.controller.store
        try:
            if self.mode == PATH and self.target_id:
                html = path_html(paths.paths.get(store, self.target_id), accent)
            elif self.mode == PROPOSAL and self.target_id:
                html = proposal_html(proposals.proposals.get(store, self.target_id), accent)
            else:
                return
        except NotFound:
            what = self.tr("Dit ontwikkelpad") if self.mode == PATH else self.tr("Deze fiche")
            html = missing_html(self.tr("{0} bestaat niet meer.").format(what))
        self.text_page.set_content(html)

    def _on_changed(self, changes: ChangeSet) -> None:
        entities = {
            PATH: (Entity.PATH, Entity.PATH_ACTION, Entity.PATH_IMPACT),
            PROPOSAL: (
                Entity.PROPOSAL,
                Entity.PROPOSAL_ACTION,
                Entity.PROPOSAL_SDG,
                Entity.PROPOSAL_RESOURCE,
            ),
        }.get(self.mode)
        if entities and changes.touches(*entities):
            self._render_text()

    # -- whose work the room sees --------------------------------------------------------

    def set_scope(self, scope: str) -> None:
        """ALL clusters, or the CURRENT cluster (follows the facilitator's choice)."""
        self.scope = scope
        self._apply_scope()

    def _apply_scope(self) -> None:
        point_filter = PointFilter(cluster_ids=cluster_scope(self.scope, self.controller))
        for model in self.models.values():
            model.set_filter(point_filter)
        self._show_caption()
        self._show_legend()

    def _show_caption(self) -> None:
        if self.scope == ALL:
            who = self.tr("alle clusters")
        else:
            cluster = self.data.clusters.get(self.controller.current_cluster_id or "")
            who = cluster.name if cluster else self.tr("zonder cluster")
        if self.mode == BOARD:
            text = self.tr("Omgevingsanalyse (SWOT) · {0}").format(who)
        elif self.mode == QUADRANT:
            text = self.tr("{0} · {1}").format(quadrant_label(self.quadrant), who)
        elif self.mode == PATH:
            text = self.tr("Ontwikkelpad")
        else:
            text = self.tr("Fiche")
        self.caption.setText(text)

    # -- looks ---------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.setStyleSheet(
            f"QWidget#projector {{ background: {theme.background}; }}"
            f" QLabel {{ color: {theme.text}; background: transparent; }}"
        )
        self.caption.setStyleSheet(f"color: {theme.muted};")
        for shown in [*self.board_page.quadrants.values(), self.quadrant_page.shown]:
            shown.set_theme(theme)
        if self.mode in (PATH, PROPOSAL):
            self._render_text()

    def _scale(self) -> None:
        height = max(self.height(), 200) * self.text_scale
        board = round(height / LINES_BOARD)
        for shown in self.board_page.quadrants.values():
            shown.set_size(board)
        self.quadrant_page.shown.set_size(round(height / LINES_QUADRANT))
        self.text_page.set_size(round(height / LINES_TEXT))
        # Pages made by the features (roses, matrix, scenario, voting) size their own
        # type from their height; the text size (Ctrl+Plus/Minus) reaches them here.
        page = self.stack.currentWidget()
        apply_scale = getattr(page, "apply_scale", None)
        if callable(apply_scale):
            apply_scale(self.text_scale)
        self.caption.setFont(pixel_font(self.font(), round(board * 0.8)))
        self.legend.setFont(pixel_font(self.font(), round(board * 0.8)))
        height = max(self.height(), 200)
        margin = max(8, height // 60)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def point_size(self) -> int:
        """The pixel size of the points on the current page (tests check it scales)."""
        if self.mode == QUADRANT:
            return self.quadrant_page.shown.list.font().pixelSize()
        return self.board_page.quadrants[Quadrant.STRENGTH].list.font().pixelSize()

    def visible_texts(self, quadrant: Quadrant) -> list[str]:
        return self.board_page.quadrants[quadrant].texts()

    # -- full screen ---------------------------------------------------------------------

    def is_fullscreen(self) -> bool:
        return bool(self.windowState() & Qt.WindowState.WindowFullScreen)

    def set_fullscreen(self, on: bool, screen: QScreen | None = None) -> None:
        """Full screen on, or off, on ``screen`` (the one it is on when not given)."""
        screen = screen or self.screen()
        if on == self.is_fullscreen():
            if screen is not self.screen():
                self.place_on(screen)
            return
        # No title bar or frame in full screen: the room sees content only.
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, on)
        if on:
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.place_on(screen, fullscreen=True)
            self._show_full()
        else:
            self.unsetCursor()
            self.showNormal()
            self.place_on(screen, fullscreen=False)

    def _show_full(self) -> None:
        # Not showFullScreen(): that also activates the window, taking the keyboard.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()

    def place_on(self, screen: QScreen, fullscreen: bool | None = None) -> None:
        """Move to ``screen``, keeping full screen (or switching to ``fullscreen``)."""
        full = self.is_fullscreen() if fullscreen is None else fullscreen
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        else:
            self.setScreen(screen)
        area = screen.geometry() if full else screen.availableGeometry()
        if full:
            self.setGeometry(area)
            if self.isVisible():
                self._show_full()
        else:
            width, height = round(area.width() * 0.7), round(area.height() * 0.7)
            self.setGeometry(
                area.x() + (area.width() - width) // 2,
                area.y() + (area.height() - height) // 2,
                width,
                height,
            )


class Projector(QObject):
    """The main window's handle on the projected screen: its menu, its screen."""

    def __init__(self, controller: WorkshopController, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.controller = controller
        self.main_window = main_window
        self.window: ProjectorWindow | None = None
        self.chosen_screen: QScreen | None = None  # picked by the facilitator
        # Full screen on a projector that was unplugged: back to full screen when a
        # screen other than the facilitator's comes again.
        self._full_when_plugged = False
        self._build_actions()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.screen_added)
        app.screenRemoved.connect(self.screen_removed)
        main_window.installEventFilter(self)

    # -- menu ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.toggle_action = QAction(self.tr("&Projectiescherm"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence(shortcuts.SHORTCUTS["projector"].key))
        self.toggle_action.toggled.connect(self.set_visible)
        self.fullscreen_action = QAction(self.tr("Projectiescherm &volledig scherm"), self)
        self.fullscreen_action.setCheckable(True)
        self.fullscreen_action.setShortcut(
            QKeySequence(shortcuts.SHORTCUTS["projector_fullscreen"].key)
        )
        self.fullscreen_action.triggered.connect(self.set_fullscreen)
        self.dark_action = QAction(self.tr("Donker projectiescherm"), self)
        self.dark_action.setCheckable(True)
        self.dark_action.toggled.connect(
            lambda on: self.ensure_window().set_theme(DARK if on else LIGHT)
        )
        self.content_menu = QMenu(self.tr("Op het projectiescherm"), self.main_window)
        group = QActionGroup(self)
        self.board_action = self._content_action(
            group, self.tr("SWOT-bord"), self.show_board, "projector_board"
        )
        self.quadrant_actions = {
            q: self._content_action(
                group, quadrant_label(q), partial(self.show_quadrant, q), QUADRANT_SHORTCUTS[q]
            )
            for q in QUADRANTS
        }
        self.content_menu.addSeparator()
        self.path_action = self._content_action(
            group, self.tr("Ontwikkelpad…"), self.choose_path, "projector_path"
        )
        self.proposal_action = self._content_action(
            group, self.tr("Fiche…"), self.choose_proposal, "projector_fiche"
        )
        self.board_action.setChecked(True)
        self.scope_menu = QMenu(self.tr("Clusters op het projectiescherm"), self.main_window)
        scopes = QActionGroup(self)
        self.scope_actions = {}
        for scope, label in (
            (CURRENT, self.tr("Huidige cluster")),
            (ALL, self.tr("Alle clusters")),
        ):
            action = QAction(label, scopes)
            action.setCheckable(True)
            action.triggered.connect(partial(self.set_scope, scope))
            self.scope_menu.addAction(action)
            self.scope_actions[scope] = action
        self.scope_actions[CURRENT].setChecked(True)
        self.scope_menu.addSeparator()
        self.scope_toggle_action = QAction(
            self.tr("Wisselen tussen huidige en alle clusters"), self
        )
        self.scope_toggle_action.setShortcut(
            QKeySequence(shortcuts.SHORTCUTS["projector_scope"].key)
        )
        self.scope_toggle_action.triggered.connect(self.toggle_scope)
        self.scope_menu.addAction(self.scope_toggle_action)
        self.screen_menu = QMenu(self.tr("Scherm voor projectie"), self.main_window)
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        self.larger_action = QAction(self.tr("Grotere tekst op het projectiescherm"), self)
        self.larger_action.setShortcuts(
            [
                QKeySequence(shortcuts.SHORTCUTS["projector_larger"].key),
                QKeySequence(shortcuts.SHORTCUTS["projector_larger_alt"].key),
            ]
        )
        self.larger_action.triggered.connect(lambda: self.step_text(+1))
        self.smaller_action = QAction(self.tr("Kleinere tekst op het projectiescherm"), self)
        self.smaller_action.setShortcut(QKeySequence(shortcuts.SHORTCUTS["projector_smaller"].key))
        self.smaller_action.triggered.connect(lambda: self.step_text(-1))

    def _content_action(
        self, group: QActionGroup, text: str, slot: Callable[[], None], shortcut: str
    ) -> QAction:
        action = QAction(text, group)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcuts.SHORTCUTS[shortcut].key))
        action.triggered.connect(lambda _checked=False: slot())
        self.content_menu.addAction(action)
        return action

    def add_actions(self, menu: QMenu) -> None:
        """Put the projector's entries in the main window's Beeld menu."""
        menu.addSeparator()
        menu.addAction(self.toggle_action)
        menu.addAction(self.fullscreen_action)
        menu.addMenu(self.content_menu)
        menu.addMenu(self.scope_menu)
        menu.addMenu(self.screen_menu)
        menu.addAction(self.dark_action)
        menu.addAction(self.larger_action)
        menu.addAction(self.smaller_action)
        # The main window keeps the keyboard; these must work from anywhere in it.
        self.main_window.addActions(
            [
                self.toggle_action,
                self.fullscreen_action,
                *self.content_menu.actions(),
                self.scope_toggle_action,
                self.larger_action,
                self.smaller_action,
            ]
        )

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        current = self.window.screen() if self.window is not None else None
        for n, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            label = self.tr("Scherm {0}: {1} ({2}×{3})").format(
                n, screen.name() or "—", size.width(), size.height()
            )
            action = self.screen_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(screen is current)
            action.triggered.connect(partial(self.move_to, screen))

    # -- showing -------------------------------------------------------------------------

    def ensure_window(self) -> ProjectorWindow:
        if self.window is None:
            # Top-level without a parent: it must not stay above the facilitator's window.
            self.window = ProjectorWindow(self.controller, keyboard_owner=self.main_window)
            self.window.destroyed.connect(self._forget_window)
            self.window.installEventFilter(self)
            self.main_window.destroyed.connect(self.window.deleteLater)
            self.window.set_text_scale(self.text_scale())
        return self.window

    # -- text size -----------------------------------------------------------------------

    def _scale_key(self) -> str:
        return TEXT_SCALE_KEY.format(self.controller.workshop.id)

    def text_scale(self) -> float:
        """The workshop's projector text size (1.0 until the facilitator changes it)."""
        value = QSettings().value(self._scale_key(), 1.0)
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0

    def step_text(self, steps: int) -> None:
        """One step larger (+1) or smaller (-1), remembered for this workshop."""
        current = self.text_scale()
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
        scale = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + steps))]
        QSettings().setValue(self._scale_key(), scale)
        self.ensure_window().set_text_scale(scale)
        self.main_window.statusBar().showMessage(
            self.tr("Tekst op het projectiescherm: {0}%").format(round(scale * 100)), 3000
        )

    def _forget_window(self) -> None:
        self.window = None

    def set_visible(self, on: bool) -> None:
        if on:
            window = self.ensure_window()
            if not window.isVisible():
                target = pick_screen(
                    QGuiApplication.screens(), self.main_window.screen(), self.chosen_screen
                )
                if target is not None:
                    window.place_on(target, fullscreen=False)
                window.show()
        elif self.window is not None:
            self.window.hide()
        self._sync_actions()

    def set_fullscreen(self, on: bool) -> None:
        self._full_when_plugged = False  # the facilitator decided; unplugging did not
        if on and not self.toggle_action.isChecked():
            self.toggle_action.setChecked(True)
        if self.window is not None:
            self.window.set_fullscreen(on)
        self._sync_actions()

    def _sync_actions(self) -> None:
        visible = self.window is not None and self.window.isVisible()
        for action, state in (
            (self.toggle_action, visible),
            (
                self.fullscreen_action,
                visible and self.window is not None and self.window.is_fullscreen(),
            ),
        ):
            action.blockSignals(True)
            action.setChecked(state)
            action.blockSignals(False)

    def show_board(self) -> None:
        self.ensure_window().show_board()
        self.board_action.setChecked(True)

    def show_quadrant(self, quadrant: Quadrant) -> None:
        self.ensure_window().show_quadrant(quadrant)
        self.quadrant_actions[quadrant].setChecked(True)

    def show_path(self, path_id: str) -> None:
        self.ensure_window().show_path(path_id)
        self.path_action.setChecked(True)

    def show_proposal(self, proposal_id: str) -> None:
        self.ensure_window().show_proposal(proposal_id)
        self.proposal_action.setChecked(True)

    def set_scope(self, scope: str) -> None:
        self.ensure_window().set_scope(scope)
        self.scope_actions[scope].setChecked(True)

    def toggle_scope(self) -> None:
        """The current cluster's points or every cluster's, one key away."""
        self.set_scope(ALL if self.ensure_window().scope == CURRENT else CURRENT)

    def choose_path(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        options = paths.paths.list(store, ws)
        labels = [f"{n}. {p.title}" for n, p in enumerate(options, start=1)]
        chosen = self._choose(self.tr("Ontwikkelpad tonen"), self.tr("Ontwikkelpad:"), labels)
        if chosen is not None:
            self.show_path(options[chosen].id)
        else:
            self._restore_content_check()

    def choose_proposal(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        options = proposals.proposals.list(store, ws)
        labels = [f"{p.code} {p.title}".strip() for p in options]
        chosen = self._choose(self.tr("Fiche tonen"), self.tr("Fiche:"), labels)
        if chosen is not None:
            self.show_proposal(options[chosen].id)
        else:
            self._restore_content_check()

    def _choose(self, title: str, label: str, labels: list[str]) -> int | None:
        if not labels:
            self.controller.failed.emit(self.tr("Er is nog niets om te tonen."))
            return None
        text, ok = QInputDialog.getItem(self.main_window, title, label, labels, 0, True)
        return labels.index(text) if ok and text in labels else None

    def _restore_content_check(self) -> None:
        window = self.ensure_window()
        if window.mode == QUADRANT:
            self.quadrant_actions[window.quadrant].setChecked(True)
            return
        # A page shown by another view (the voting page) has no action of its own.
        action = {
            BOARD: self.board_action,
            "path": self.path_action,
            "fiche": self.proposal_action,
        }.get(window.mode)
        if action is not None:
            action.setChecked(True)

    # -- screens -------------------------------------------------------------------------

    def move_to(self, screen: QScreen) -> None:
        self.chosen_screen = screen
        if self.window is not None:
            self.window.place_on(screen)

    def screen_added(self, screen: QScreen) -> None:
        """A projector plugged in: go there if the room's window shares the facilitator's."""
        window = self.window
        if window is None or not window.isVisible():
            return
        if window.screen() is self.main_window.screen() and screen is not self.main_window.screen():
            window.place_on(screen)
            if self._full_when_plugged:
                self._full_when_plugged = False
                window.set_fullscreen(True, screen)
                self._sync_actions()

    def screen_removed(self, screen: QScreen) -> None:
        """A projector unplugged: go to a screen that is still there (Qt would otherwise
        pick the primary, perhaps under the facilitator's own window)."""
        if self.chosen_screen is screen:
            self.chosen_screen = None
        window = self.window
        if window is None or window.screen() is not screen:
            return
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        target = pick_screen(remaining, self.main_window.screen())
        if target is None:
            return
        if target is self.main_window.screen() and window.is_fullscreen():
            # Only the facilitator's own screen is left: a frameless window without a
            # cursor would cover the laptop. A window the facilitator can move instead.
            self._full_when_plugged = True
            window.set_fullscreen(False, target)
            self._sync_actions()
        else:
            window.place_on(target)

    # -- lifetime ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main_window and event.type() == QEvent.Type.Close:
            if self.window is not None:
                self.window.close()
        elif watched is self.window and event.type() in (QEvent.Type.Hide, QEvent.Type.Show):
            self._sync_actions()
        return False
