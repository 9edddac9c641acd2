"""The Bestand menu: which workshop file the window works on (new, open, recently
opened), merging other laptops' files, a backup on request.

Opening another file never closes the current one before the new one is open:
a file that is in use elsewhere, or not a workshop file, gets its message and
the facilitator stays where they were. The switch itself is done by app.ui.shell.app,
which closes this window and opens one on the new store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSettings, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from app.domain.errors import AtelierError
from app.services.stores import Store, create_store, open_for_window
from app.services.workshops import create_workshop
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown

RECENT_KEY = "recentStores"
RECENT_MAX = 8
PATTERN = "Atelier (*.atelier)"

shortcuts.add("store_open", "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Werkbestand openen"))


def recent_stores() -> list[str]:
    """Recently opened workshop files that still exist, and server stores (by their
    URL, which never holds a password), newest first."""
    value = QSettings().value(RECENT_KEY, [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [n for n in names if "://" in n or Path(n).is_file()][:RECENT_MAX]


def remember(path: Path | str | None) -> None:
    if path is None:
        return
    name = path if isinstance(path, str) else str(path.resolve())
    names = [n for n in recent_stores() if n != name]
    QSettings().setValue(RECENT_KEY, [name, *names][:RECENT_MAX])


class FileMenu(QObject):
    """Fills the Bestand menu of ``window``; ``switch`` carries an opened Store."""

    switch = Signal(object)
    backed_up = Signal(str)  # from a pool thread; shown in the status bar

    def __init__(
        self,
        window: QMainWindow,
        controller: WorkshopController,
        show_view: Callable[[str], Any],
        show_settings: Callable[[], None],
    ) -> None:
        # The window's own methods are passed in: the window builds this menu, so the
        # menu does not import the window.
        super().__init__(window)
        self.window = window
        self.controller = controller
        self._show_view = show_view
        self._show_settings = show_settings
        self.backed_up.connect(lambda text: window.statusBar().showMessage(text, 15_000))
        store = controller.store
        remember(store.path if store.path is not None else store.name)

    def build(self, menu: QMenu, add: Callable[..., QAction]) -> None:
        add("store_new", self.tr("&Nieuw werkbestand…"), self.new_store, menu)
        add("store_open", self.tr("&Openen…"), self.open_dialog, menu)
        add("store_server", self.tr("&Verbinden met server…"), self.connect_server, menu)
        self.recent_menu = menu.addMenu(self.tr("Onlangs &geopend"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        add("store_merge", self.tr("Werkbestanden &samenvoegen…"), self.merge, menu)
        add("store_backup", self.tr("&Reservekopie maken"), self.backup_now, menu)
        menu.addSeparator()
        add("workshop_settings", self.tr("&Workshop-instellingen…"), self._show_settings, menu)

    # -- which file ----------------------------------------------------------------------

    def new_store(self, path: Path | None = None, title: str | None = None) -> Store | None:
        if path is None:
            suggestion = str(self._folder() / "workshop.atelier")
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Nieuw werkbestand"), suggestion, PATTERN
            )
            if not name:
                return None
            path = Path(name) if name.endswith(".atelier") else Path(name + ".atelier")
        if title is None:
            title, ok = QInputDialog.getText(
                self.window,
                self.tr("Nieuw werkbestand"),
                self.tr("Titel van de workshop:"),
                text=self.tr("Nieuwe workshop"),
            )
            if not ok:
                return None
        if path.exists():
            # The save dialog asked whether to replace it; from here a file is never replaced.
            return self._refuse(
                self.tr("{0} bestaat al. Kies een andere naam, of open het bestand.").format(
                    path.name
                )
            )
        try:
            store = create_store(path)
        except (AtelierError, OSError) as exc:
            return self._refuse(shown(exc))
        try:
            create_workshop(store, title.strip() or self.tr("Nieuwe workshop"))
        except (AtelierError, OSError) as exc:
            store.close()  # its lock would otherwise keep the new file in use
            return self._refuse(shown(exc))
        self.switch.emit(store)
        return store

    def open_dialog(self) -> Store | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Werkbestand openen"), str(self._folder()), PATTERN
        )
        return self.open_path(Path(name)) if name else None

    def open_path(self, path: Path) -> Store | None:
        current = self.controller.store.path
        if current is not None and path.resolve() == current.resolve():
            return None  # already open here
        try:
            store = open_for_window(path)  # read-only on a locked stick: the window says so
        except AtelierError as exc:
            return self._refuse(shown(exc))
        self.switch.emit(store)
        return store

    def connect_server(self) -> Store | None:
        """Bestand › Verbinden met server…: the fields, then the store (docs/server.md)."""
        from app.ui.shell.server import ServerDialog

        dialog = ServerDialog(self.window)
        accepted = dialog.exec() == ServerDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return None
        dialog.remember()
        return self.open_url(dialog.url())

    def open_url(self, url: str) -> Store | None:
        from app.ui.shell.server import open_server

        if url == self.controller.store.name:
            return None  # already open here
        try:
            store = open_server(url, self.window)
        except AtelierError as exc:
            return self._refuse(shown(exc))
        if store is not None:
            self.switch.emit(store)
        return store

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.controller.store.path
        shown_now = self.controller.store.name
        for name in recent_stores():
            if "://" in name:
                if name == shown_now:
                    continue
                action = self.recent_menu.addAction(name.split("://", 1)[1])
                action.setToolTip(name)
                action.triggered.connect(lambda _=False, n=name: self.open_url(n))
                continue
            if current is not None and Path(name) == current.resolve():
                continue
            action = self.recent_menu.addAction(Path(name).name)
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_path(Path(n)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(nog geen andere bestanden)")).setEnabled(False)

    def _folder(self) -> Path:
        current = self.controller.store.path
        return current.parent if current is not None else Path.home()

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Kan niet openen"), message)
        return None

    # -- merge and backup ----------------------------------------------------------------

    def merge(self) -> None:
        self._show_view("reports").merge_files()

    def backup_now(self) -> None:
        """A copy on request (before something the facilitator is unsure of), off the
        GUI thread: copying a large store takes a moment."""
        store = self.controller.store
        if store.path is None:
            self.window.statusBar().showMessage(
                self.tr("Dit werkbestand staat op een server; de server maakt de reservekopieën."),
                8000,
            )
            return
        self.window.statusBar().showMessage(self.tr("Reservekopie maken…"))
        QThreadPool.globalInstance().start(lambda: self._backup(store))

    def _backup(self, store: Store) -> None:
        try:
            copy = store.backup("handmatig")
        except OSError as exc:
            self.backed_up.emit(self.tr("Geen reservekopie gemaakt: {0}").format(shown(exc)))
            return
        self.backed_up.emit(self.tr("Reservekopie gemaakt: {0}").format(copy))
