"""A workshop on a PostgreSQL server: Bestand › Verbinden met server…, the password
prompt, and hearing what other facilitators change (docs/server.md).

The dialog remembers host, port, database and user, never the password: that is
asked for when the server wants one and lives only in the open connection.
"""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.errors import ServerLoginRefused
from app.services.stores import Store, open_store

SETTINGS_KEY = "server/last"
DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The store URL for these fields: no password, ever (it is shown and remembered)."""
    return (
        f"postgresql+psycopg://{quote(user, safe='')}@{host.strip()}:{port}/"
        f"{quote(database, safe='')}"
    )


class ServerDialog(QDialog):
    """Host, port, database and user; prefilled with the last ones used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verbinden met server"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("bv. server.gemeente.be"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Poort:"), self.port)
        form.addRow(self.tr("&Databank:"), self.database)
        form.addRow(self.tr("&Gebruiker:"), self.user)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verbinden"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._check)
        last = QSettings().value(SETTINGS_KEY, {})
        if isinstance(last, dict):
            self.host.setText(str(last.get("host", "")))
            self.port.setValue(int(last.get("port", DEFAULT_PORT)))
            self.database.setText(str(last.get("database", "")))
            self.user.setText(str(last.get("user", "")))
        self._check()

    def _check(self) -> None:
        self._ok.setEnabled(all(f.text().strip() for f in (self.host, self.database, self.user)))

    def url(self) -> str:
        return server_url(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def remember(self) -> None:
        QSettings().setValue(
            SETTINGS_KEY,
            {
                "host": self.host.text().strip(),
                "port": self.port.value(),
                "database": self.database.text().strip(),
                "user": self.user.text().strip(),
            },
        )


def open_server(url: str, parent: QWidget | None) -> Store | None:
    """Open the server store at ``url``; when the server wants a password (none in
    PGPASSWORD or the pgpass file), ask for it, in a field that shows dots. None when
    the facilitator cancels. Other refusals raise, as open_store does."""
    try:
        return open_store(url)
    except ServerLoginRefused as refused:
        reason = str(refused)
    while True:
        password, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ServerDialog", "Wachtwoord"),
            QCoreApplication.translate("ServerDialog", "Wachtwoord voor {0}:").format(url),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        try:
            return open_store(url, password=password)
        except ServerLoginRefused as again:
            if str(again) == reason and not password:
                return None
            reason = str(again)


class RemoteChanges(QObject):
    """What other facilitators change in a server store, brought to the GUI thread.

    ``arrived`` is emitted from the listener's thread; Qt queues it to this object's
    thread, where the controller tells the views as for the window's own edits."""

    arrived = Signal(object)  # ChangeSet, or None: reload everything
    notice = Signal(str)

    def __init__(self, controller: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.reload_needed = False
        self.arrived.connect(self._apply)

    def _apply(self, changes: ChangeSet | None) -> None:
        if changes is None:
            self.reload_needed = True
            self.notice.emit(
                self.tr(
                    "Verbinding met de server hersteld: heropen het werkbestand om alles "
                    "te verversen."
                )
            )
            return
        self.controller.refresh(changes)  # type: ignore[attr-defined]
        self.notice.emit(self.tr("Bijgewerkt door een andere begeleider."))
