"""Starting the GUI: the application object, language, the store, the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__, resources
from app.domain.errors import AtelierError, StoreLocked
from app.services.stores import Store
from app.ui.base.messages import shown
from app.ui.shell import first_paint
from app.ui.shell.language import install_language, language

BACKUP_CHECK_MS = 60_000


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings has a home."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Atelier")
    app.setApplicationName("Atelier")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.path("icons", "atelier.png"))))
    install_language(app, language())
    return app


def default_store() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "workshop.atelier"


def run(target: str | None) -> int:
    """Open the window on ``target`` (a default store in the user's data folder when None)."""
    from app.services.stores import create_store, open_for_window
    from app.services.workshops import create_workshop

    app = application()
    _quit_on_signals(app)
    path = target or str(default_store())
    try:
        if target is None and not Path(path).exists():
            with create_store(path) as fresh:
                create_workshop(fresh, app.translate("App", "Mijn workshop"))
        if "://" in path:
            from app.ui.shell.server import open_server

            server_store = open_server(path, None)  # asks for a password when needed
            if server_store is None:
                return 0
            store = server_store
        else:
            # Read-only on a locked stick: the window says so. The backup on open is
            # made once the window has painted (_backup_on_open).
            store = open_for_window(path, backup_later=True)
    except StoreLocked as exc:
        QMessageBox.critical(None, app.translate("App", "Werkbestand in gebruik"), shown(exc))
        return 3
    except AtelierError as exc:
        QMessageBox.critical(None, app.translate("App", "Kan niet openen"), shown(exc))
        return 2
    return run_windows(app, store)


def run_windows(app: QApplication, store: Store | None) -> int:
    """A window on ``store``, then on each store the facilitator opens instead."""
    code = 0
    while store is not None:
        code, store = _window_on(app, store)
    return code


def _window_on(app: QApplication, store: Store) -> tuple[int, Store | None]:
    """One window on ``store`` until it closes; the store the facilitator opened
    instead (Bestand › Openen), if any, for the next window."""
    from app.ui.base.controller import WorkshopController
    from app.ui.shell.main_window import MainWindow

    controller = WorkshopController(store)
    window = MainWindow(controller)
    window.restore_geometry()
    if first_paint.wanted():
        first_paint.watch(window.stack)
    window.show()
    listener = _follow_others(store, controller, window)
    first_paint.after(window, lambda: _after_first_paint(app, store, window))
    # Periodic backups run on a pool thread: a copy of a large store must not stall typing.
    timer = QTimer(window)
    timer.timeout.connect(lambda: QThreadPool.globalInstance().start(store.backup_if_due))
    timer.start(BACKUP_CHECK_MS)
    try:
        code = app.exec()
    finally:
        timer.stop()
        if listener is not None:
            listener.stop()
        QThreadPool.globalInstance().waitForDone()
        store.close()
    following = window.next_store
    gc.unfreeze()  # the closed window's objects may go now
    window.deleteLater()
    return code, following  # type: ignore[return-value]


class _OpenBackup(QObject):
    """Carries a failed backup on open from the pool thread to the window."""

    failed = Signal(str)


def _after_first_paint(app: QApplication, store: Store, window: QWidget) -> None:
    """What the first screen did not need, once the window has painted it: the
    collector stops walking the store's records (settle_memory), the ORM's mappers are
    set up (the first screen reads plain rows) and the backup on open is made, both
    off the GUI thread."""
    from app.services.stores import prepare

    settle_memory()
    QThreadPool.globalInstance().start(prepare)
    _backup_on_open(app, store, window)


def _backup_on_open(app: QApplication, store: Store, window: QWidget) -> None:
    """The backup on open (a consistent copy of the store and its quick_check, where a
    damaged store is found: a quarter of a second of a large store's start-up), made
    off the GUI thread once the window shows. Writes wait for it (Store.transaction),
    so the copy is the store as it was opened and a damaged store is named before
    anything is written to it; the window then closes, as it did when the check came
    before it (exit code 2)."""
    if not store.open_backup_pending:
        return
    relay = _OpenBackup(window)

    def refuse(message: str) -> None:
        QMessageBox.critical(window, app.translate("App", "Kan niet openen"), message)
        window.close()
        app.exit(2)

    relay.failed.connect(refuse)

    def run() -> None:
        try:
            store.backup_on_open()
        except AtelierError as exc:
            relay.failed.emit(shown(exc))
        except Exception as exc:  # noqa: BLE001 - the window must say it, not a traceback
            relay.failed.emit(str(exc))

    QThreadPool.globalInstance().start(run)


def _follow_others(store: Store, controller: Any, window: Any) -> Any:
    """On a server store, what other facilitators change reaches this window's views
    (and the projector) as its own edits do, with a short notice in the status bar."""
    from app.ui.shell.server import RemoteChanges

    remote = RemoteChanges(controller, window)
    remote.notice.connect(lambda text: window.statusBar().showMessage(text, 4000))
    window.remote_changes = remote
    return store.listen(remote.arrived.emit)


def settle_memory() -> None:
    """Move everything alive now out of the cyclic garbage collector's sight.

    With a large workshop open (5,000 points) the window holds hundreds of thousands
    of long-lived objects; a full collection walked them all and froze a capture for
    70 ms at random moments (tests/perf/test_board_perf.py). Frozen objects are still
    freed by reference counting; only cycles among them wait for ``gc.unfreeze``."""
    gc.collect()
    gc.freeze()
    gc.enable()  # cmd_gui (app/cli.py) turned the collector off for the start-up


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C in the terminal or a polite kill (a session logging out) closes the
    windows as the close button does (the server stops, the lock file goes); Qt's
    event loop alone would not let Python see the signal until the next event.
    Posted to the event loop, so a signal during start-up is handled once it runs."""
    import signal

    def close_all() -> None:
        app.closeAllWindows()
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: QTimer.singleShot(0, close_all))
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)  # gives the interpreter a moment to run handlers
    wake.start(250)
