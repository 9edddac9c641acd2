"""The facilitator's window: navigator, views, context bar, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.services import organisation
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.pages import PAGES
from app.ui.base.view import View
from app.ui.base.views import load_views
from app.ui.projector.window import Projector
from app.ui.shell.about import AboutDialog
from app.ui.shell.context_bar import ContextBar
from app.ui.shell.file_menu import FileMenu
from app.ui.shell.language import LanguageMenu
from app.ui.shell.view_stack import ViewStack
from app.ui.shell.workshop_settings import open_settings

_VIEW_ROLE = Qt.ItemDataRole.UserRole
_SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# On a first start the window takes this share of the screen's width and height.
FIRST_SHARE = 0.9


class MainWindow(QMainWindow):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("mainWindow")
        self.next_store: object | None = None  # set when the facilitator opens another file
        self.stack = QStackedWidget(self)
        self.views = ViewStack(controller, self.stack)  # each built when first shown

        self.navigator = QTreeWidget(self)
        self.navigator.setHeaderHidden(True)
        self.navigator.setAccessibleName(self.tr("Navigator"))
        self.navigator.setMinimumWidth(240)
        self.navigator.itemActivated.connect(self._navigate)
        self.navigator.currentItemChanged.connect(lambda item, _old: self._browse(item))

        splitter = QSplitter(self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1100])
        self.setCentralWidget(splitter)

        self.context_bar = ContextBar(controller, self)
        self.addToolBar(self.context_bar)
        self._build_status_bar()
        self._build_menus()
        self._fill_navigator()

        controller.changed.connect(self._on_changed)
        controller.contextChanged.connect(self._show_context)
        controller.failed.connect(self.show_error)
        controller.savedChanged.connect(self._show_saved)
        self._update_title()
        self._show_context()
        self.show_view(PAGES[0].key)

    # -- navigator ---------------------------------------------------------------------

    def _fill_navigator(self) -> None:
        self.navigator.blockSignals(True)
        self.navigator.clear()
        root = QTreeWidgetItem([self.controller.workshop.title])
        font = QFont(root.font(0))
        font.setBold(True)
        root.setFont(0, font)
        root.setToolTip(0, self.controller.workshop.title)  # long titles are cut off
        self.navigator.addTopLevelItem(root)
        sessions = QTreeWidgetItem(root, [self.tr("Sessies")])
        for s in organisation.sessions.list(self.controller.store, self.controller.workshop.id):
            when = s.date.strftime("%d/%m") + " " if s.date else ""
            item = QTreeWidgetItem(sessions, [when + s.title])
            item.setData(0, _SESSION_ROLE, s.id)
            item.setToolTip(0, s.title)
        for page in PAGES:
            item = QTreeWidgetItem(root, [page.translated_title()])
            item.setData(0, _VIEW_ROLE, page.key)
        self.navigator.expandAll()
        self.navigator.blockSignals(False)

    def _navigate(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(0, _VIEW_ROLE)
        session_id = item.data(0, _SESSION_ROLE)
        if session_id:
            self.controller.set_session(session_id)
        elif key:
            self.show_view(key)

    def _browse(self, item: QTreeWidgetItem | None) -> None:
        """Arrowing through the navigator shows each view but keeps the keyboard
        there (a view's activate() takes the focus); Enter moves into the view."""
        browsing = self.navigator.hasFocus()
        self._navigate(item)
        if browsing:
            self.navigator.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_view(self, key: str) -> View:
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        view.activate()
        return view

    # -- status bar ----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.context_label = QLabel(self)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName(self.tr("Opslagstatus"))
        bar.addPermanentWidget(self.context_label)
        bar.addPermanentWidget(self.saved_label)
        self._show_saved()

    def _show_saved(self, _saved: bool | None = None) -> None:
        if self.controller.store.read_only:
            # Opened from a medium that cannot be written: say so before anyone types.
            self.saved_label.setText(self.tr("Alleen lezen: wijzigingen worden niet bewaard"))
            self.saved_label.setStyleSheet("QLabel { color: #B00020; font-weight: bold; }")
            self.saved_label.setToolTip(
                self.tr(
                    "{0} staat op een medium of in een map die alleen lezen toelaat (een "
                    "USB-stick met schrijfbeveiliging, een netwerkmap). Kopieer het naar een "
                    "map waarin je kunt schrijven om eraan te werken."
                ).format(self.controller.store.name)
            )
            return
        if not self.controller.saved:
            # Red until a write succeeds again: the facilitator must not trust the file.
            self.saved_label.setText(self.tr("✗ Niet opgeslagen"))
            self.saved_label.setStyleSheet("QLabel { color: #B00020; font-weight: bold; }")
            self.saved_label.setToolTip(self.controller.save_problem)
            return
        where = self.controller.store.name
        self.saved_label.setText(self.tr("✓ Alles is opgeslagen in {0}").format(where))
        self.saved_label.setStyleSheet("")
        self.saved_label.setToolTip(
            self.tr("Elke wijziging wordt meteen bewaard; er is geen knop Opslaan.")
        )

    def _show_context(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        session = next(
            (
                s.title
                for s in organisation.sessions.list(store, ws)
                if s.id == self.controller.current_session_id
            ),
            self.tr("geen sessie"),
        )
        cluster = next(
            (
                c.name
                for c in organisation.clusters.list(store, ws)
                if c.id == self.controller.current_cluster_id
            ),
            self.tr("geen cluster"),
        )
        self.context_label.setText(self.tr("Sessie: {0}  ·  Cluster: {1}").format(session, cluster))

    def show_error(self, message: str) -> None:
        """Bad input: say what is wrong where the facilitator looks, without a modal stop."""
        self.statusBar().setStyleSheet("QStatusBar { color: #B00020; font-weight: bold; }")
        self.statusBar().showMessage(message, 10_000)
        # With the window as context, a window closed meanwhile cancels the reset.
        QTimer.singleShot(10_000, self, lambda: self.statusBar().setStyleSheet(""))

    def _on_changed(self, changes: ChangeSet) -> None:
        self._show_saved()
        if changes.touches(Entity.SESSION, Entity.WORKSHOP):
            self._fill_navigator()
            self._update_title()
        if changes.touches(Entity.SESSION, Entity.CLUSTER):
            self._show_context()

    def _update_title(self) -> None:
        ws = self.controller.workshop
        title = f"{ws.title} – {ws.organisation} – Atelier"
        if self.controller.store.read_only:
            title += " " + self.tr("(alleen lezen)")
        self.setWindowTitle(title)

    # -- menus ---------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot, menu) -> QAction:
        action = QAction(text, self)
        spec = shortcuts.SHORTCUTS.get(name)
        if spec:
            action.setShortcut(QKeySequence(spec.key))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Bestand"))
        self.file_menu = FileMenu(self, self.controller, self.show_view, self.show_settings)
        self.file_menu.switch.connect(self._switch_to)
        self.file_menu.build(file_menu, self._action)
        file_menu.addSeparator()
        self._action("quit", self.tr("&Afsluiten"), self.close, file_menu)

        edit = bar.addMenu(self.tr("Be&werken"))
        undo = self.controller.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcut(QKeySequence(shortcuts.SHORTCUTS["undo"].key))
        redo = self.controller.undo_stack.createRedoAction(self, self.tr("&Opnieuw"))
        redo.setShortcuts(
            [QKeySequence(shortcuts.SHORTCUTS[name].key) for name in ("redo", "redo_alt")]
        )
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action("session", self.tr("&Sessie kiezen…"), self.context_bar.pick_session, edit)
        self._action("cluster", self.tr("&Cluster kiezen…"), self.context_bar.pick_cluster, edit)
        self._action(
            "next_cluster",
            self.tr("&Volgende cluster"),
            lambda: self.context_bar.step_cluster(1),
            edit,
        )
        self._action(
            "previous_cluster",
            self.tr("Vo&rige cluster"),
            lambda: self.context_bar.step_cluster(-1),
            edit,
        )

        self.view_menu = bar.addMenu(self.tr("Beel&d"))
        self._action(
            "navigator", self.tr("Naar de &navigator"), self._focus_navigator, self.view_menu
        )
        self.projector = Projector(self.controller, self)
        self.projector.add_actions(self.view_menu)
        self.view_menu.addSeparator()
        self.ideas_dock: QDockWidget | None = None
        self.ideas_action = self._action(
            "ideas_queue",
            self.tr("Binnenkomende &ideeën"),
            lambda: self.show_ideas_queue(not self._ideas_shown()),
            self.view_menu,
        )

        self.language_menu = LanguageMenu(self)
        self.view_menu.addMenu(self.language_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action("help", self.tr("&Sneltoetsen"), self.show_shortcuts, help_menu)
        self._action("about", self.tr("&Over Atelier"), self.show_about, help_menu)

    # -- the ideas queue beside the board ----------------------------------------------

    def _ideas_shown(self) -> bool:
        return self.ideas_dock is not None and self.ideas_dock.isVisible()

    def show_ideas_queue(self, on: bool = True) -> QDockWidget | None:
        """The incoming ideas of an ideas round, docked beside the views (built when
        first asked for: most workshop days have no ideas round)."""
        if not on:
            if self.ideas_dock is not None:
                self.ideas_dock.hide()
            return self.ideas_dock
        if self.ideas_dock is None:
            from app.ui.voting import ideas_projector
            from app.ui.voting.ideas_queue import IdeasQueue

            queue = IdeasQueue(self.controller, self)
            queue.projectRequested.connect(
                lambda round_id, incoming: ideas_projector.show_on_projector(
                    self, self.controller, round_id, incoming
                )
            )
            queue.incomingChanged.connect(lambda on: ideas_projector.follow_switch(self, on))
            dock = QDockWidget(self.tr("Binnenkomende ideeën"), self)
            dock.setObjectName("ideasDock")
            dock.setWidget(queue)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.ideas_dock = dock
        self.ideas_dock.show()
        self.ideas_dock.raise_()
        self.ideas_dock.widget().view.setFocus(Qt.FocusReason.OtherFocusReason)  # type: ignore[attr-defined]
        return self.ideas_dock

    def _focus_navigator(self) -> None:
        self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_settings(self) -> None:
        open_settings(self.controller, self)

    def show_about(self) -> None:
        AboutDialog(self.controller, self).exec()

    # -- another workshop file ----------------------------------------------------------

    def _switch_to(self, store: object) -> None:
        """app.ui.shell.app opens a new window on ``store`` once this one has closed."""
        self.next_store = store
        self.close()

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in self.views.built():  # e.g. the rounds view stops the voting server
            view.shutdown()
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        """Where the window was last time; on a first start most of the screen
        (FIRST_SHARE of it), centred. Qt's restoreGeometry moves a window saved on a
        screen that is gone now (the projector) onto one that is there
        (tests/ui/shell/test_window_geometry.py)."""
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_geometry()

    def _first_geometry(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        size = QSize(round(room.width() * FIRST_SHARE), round(room.height() * FIRST_SHARE))
        self.resize(size)
        self.move(room.center() - QPoint(size.width() // 2, size.height() // 2))


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_views()  # each view's module registers its shortcuts when imported
        self.setWindowTitle(self.tr("Sneltoetsen"))
        table = QTableWidget(len(shortcuts.SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Toets"), self.tr("Wat")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = sorted(shortcuts.SHORTCUTS.values(), key=lambda s: s.key)
        for row, spec in enumerate(rows):
            key = QKeySequence(spec.key).toString(QKeySequence.SequenceFormat.NativeText)
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(shortcuts.translated(spec)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 460)
