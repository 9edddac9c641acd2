"""Beside the voting server's controls: the address phones use on each network of
the laptop, a self-test that fetches the join page as a phone would, and a
warning when Windows' hotspot admits fewer phones than the room holds (docs/zaal.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.base.messages import shown
from app.voting import network
from app.voting.selftest import SelfTest, check_join_page, device_limit_warning
from app.voting.server import ALL_INTERFACES


class _Finished(QObject):
    done = Signal(object)  # SelfTest


class _Check(QRunnable):
    def __init__(self, addresses: list[str], port: int, token: str, finished: _Finished) -> None:
        super().__init__()
        self.addresses, self.port, self.token, self.finished = addresses, port, token, finished

    def run(self) -> None:
        results = [check_join_page(a, self.port, self.token) for a in self.addresses]
        good = next((r for r in results if r.ok), None)
        self.finished.done.emit(good or results[0])


class NetworkCheck(QWidget):
    """``serving()`` gives (host, port) of the running server or None; ``token()`` the
    workshop's join token; ``room()`` how many people are expected."""

    def __init__(
        self,
        serving: Callable[[], tuple[str, int] | None],
        token: Callable[[], str],
        room: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._serving, self._token, self._room = serving, token, room
        self.addresses = QLabel(self)
        self.addresses.setAccessibleName(self.tr("Adressen per netwerk"))
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addresses.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Verbinding &testen"), self)
        self.test_button.setToolTip(
            self.tr("Haalt de stempagina op zoals een telefoon: bereiken telefoons ze?")
        )
        self.test_button.clicked.connect(self.run_test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Resultaat van de verbindingstest"))
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Waarschuwing over het netwerk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.addresses)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self._finished = _Finished(self)
        self._finished.done.connect(self._show)
        self.refresh()

    def urls(self) -> list[str]:
        """Per network of the laptop, the address phones type (or the QR code holds)."""
        serving = self._serving()
        if serving is None:
            return []
        host, port = serving
        token = self._token()
        interfaces = [i for i in network.ipv4_interfaces() if not i.is_loopback]
        if host != ALL_INTERFACES:
            interfaces = [i for i in interfaces if i.address == host] or [
                network.Interface(host, host)
            ]
        return [f"{i.name}: http://{i.address}:{port}/v/{token}" for i in interfaces]

    def refresh(self) -> None:
        serving = self._serving()
        self.test_button.setEnabled(serving is not None)
        urls = self.urls()
        self.addresses.setText("\n".join(urls))
        self.addresses.setVisible(bool(urls))
        host = serving[0] if serving else None
        warning = device_limit_warning(host, self._room()) if host else None
        if host == ALL_INTERFACES:
            addresses = [i.address for i in network.ipv4_interfaces()]
            warning = next(
                (w for a in addresses if (w := device_limit_warning(a, self._room()))), None
            )
        self.warning.setText(shown(warning) if warning else "")
        self.warning.setVisible(bool(warning))
        if serving is None:
            self.result.clear()

    def run_test(self) -> None:
        serving = self._serving()
        if serving is None:
            return
        host, port = serving
        if host == ALL_INTERFACES:
            addresses = [i.address for i in network.ipv4_interfaces() if not i.is_loopback]
            addresses = addresses or ["127.0.0.1"]
        else:
            addresses = [host]
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Bezig met testen…"))
        QThreadPool.globalInstance().start(_Check(addresses, port, self._token(), self._finished))

    def _show(self, outcome: SelfTest) -> None:
        self.test_button.setEnabled(self._serving() is not None)
        mark = "✓ " if outcome.ok else "✗ "  # never colour alone
        self.result.setText(mark + shown(outcome.message))
        self.result.setStyleSheet("" if outcome.ok else "color: #a40000;")
