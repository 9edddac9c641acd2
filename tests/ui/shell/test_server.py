"""The window on a server store: connecting without a remembered password, and
seeing what another facilitator changes within two seconds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.services import swot
from app.services.stores import create_store, open_store
from app.services.workshops import create_workshop


def test_the_dialog_builds_a_url_and_remembers_no_password(qtbot):
    from app.ui.shell.server import SETTINGS_KEY, ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    assert not dialog._ok.isEnabled()  # nothing to connect to yet
    dialog.host.setText("server.gemeente.be")
    dialog.port.setValue(5433)
    dialog.database.setText("mjp 2026")
    dialog.user.setText("atelier_team")
    assert dialog._ok.isEnabled()
    assert dialog.url() == "postgresql+psycopg://atelier_team@server.gemeente.be:5433/mjp%202026"
    dialog.remember()
    kept = QSettings().value(SETTINGS_KEY)
    assert kept["host"] == "server.gemeente.be" and kept["port"] == 5433
    assert not any("password" in key or "wachtwoord" in key for key in kept)
    again = ServerDialog()
    qtbot.addWidget(again)
    assert again.url() == dialog.url()


def test_the_window_asks_for_a_password_the_server_wants(qtbot, monkeypatch, pg_url):
    """A server that refuses without a password: the prompt's answer goes to the driver."""
    from app.domain.errors import ServerLoginRefused
    from app.ui.shell import server

    with create_store(pg_url) as s:
        create_workshop(s, "Met wachtwoord")
    asked: list[str] = []
    tried: list[str | None] = []

    def fake_open(url, password=None):  # type: ignore[no-untyped-def]
        tried.append(password)
        if password != "juist":
            raise ServerLoginRefused("de server weigert de aanmelding")
        return open_store(url)

    def fake_prompt(*args):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return ("juist", True)

    monkeypatch.setattr(server, "open_store", fake_open)
    monkeypatch.setattr(server.QInputDialog, "getText", fake_prompt)
    store = server.open_server(pg_url, None)
    assert store is not None
    try:
        assert tried == [None, "juist"]
        assert asked and pg_url in asked[0]
    finally:
        store.close()


def test_another_facilitators_point_reaches_the_board_within_two_seconds(qtbot, pg_url):
    from app.ui.base.controller import WorkshopController
    from app.ui.shell.server import RemoteChanges
    from app.ui.swot.data import board_data

    with create_store(pg_url) as colleague:
        ws = create_workshop(colleague, "Samen").value
        with open_store(pg_url) as mine:
            controller = WorkshopController(mine)
            data = board_data(controller)
            remote = RemoteChanges(controller)
            notices: list[str] = []
            remote.notice.connect(notices.append)
            listener = mine.listen(remote.arrived.emit)
            assert listener is not None
            try:
                point = swot.items.create(
                    colleague, ws.id, quadrant="O", text="Nieuwe kans van de collega"
                ).value
                qtbot.waitUntil(lambda: point.id in data.items, timeout=2000)
                assert data.items[point.id].text == "Nieuwe kans van de collega"
                # The same field edited there: the new value shows here, with a notice.
                swot.items.update(colleague, point.id, text="Aangepast door de collega")
                qtbot.waitUntil(
                    lambda: data.items[point.id].text == "Aangepast door de collega",
                    timeout=2000,
                )
                assert "Bijgewerkt door een andere begeleider." in notices
            finally:
                listener.stop()


@pytest.mark.parametrize("missing", ["host", "database", "user"])
def test_the_dialog_needs_every_field(qtbot, missing):
    from app.ui.shell.server import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    for name in ("host", "database", "user"):
        getattr(dialog, name).setText("" if name == missing else "x")
    assert not dialog._ok.isEnabled()
