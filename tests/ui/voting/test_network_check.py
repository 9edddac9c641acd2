"""Beside the voting server: the address per network, the self-test, the hotspot warning."""

from __future__ import annotations

import pytest

from app.services import voting


@pytest.fixture
def view(window):
    return window.show_view("round")


def test_the_self_test_says_phones_can_reach_a_running_server(view, qtbot):
    check = view.network_check
    assert not check.test_button.isEnabled()  # nothing to test while the server is off
    assert view.start_server("127.0.0.1", 0)
    try:
        token = voting.join_token(view.controller.store, view.controller.workshop.id)
        assert check.test_button.isEnabled()
        assert f"/v/{token}" in check.addresses.text()
        check.test_button.click()
        qtbot.waitUntil(lambda: check.result.text().startswith("✓"), timeout=5000)
        assert "In orde" in check.result.text()
    finally:
        view.toggle_server()
    assert not check.test_button.isEnabled() and check.result.text() == ""


def test_the_self_test_says_plainly_when_phones_cannot_reach_it(view, qtbot, monkeypatch):
    assert view.start_server("127.0.0.1", 0)
    try:
        # The server answers, but not at the address the test uses (as a firewall would).
        monkeypatch.setattr(view, "serving", ("127.0.0.1", 9))
        view.network_check.run_test()
        qtbot.waitUntil(lambda: view.network_check.result.text().startswith("✗"), timeout=8000)
        assert "niet bereiken" in view.network_check.result.text()
    finally:
        monkeypatch.undo()
        view.toggle_server()


def test_a_warning_when_the_hotspot_is_smaller_than_the_room(view, monkeypatch):
    from app.voting.selftest import WINDOWS_HOTSPOT_ADDRESS

    monkeypatch.setattr(view, "serving", (WINDOWS_HOTSPOT_ADDRESS, 8765))
    view.network_check.refresh()
    assert view._room() > 8  # the demo's sixty participants
    assert not view.network_check.warning.isHidden()
    assert "maximaal 8 toestellen" in view.network_check.warning.text()
    monkeypatch.setattr(view, "serving", None)
    view.network_check.refresh()
    assert view.network_check.warning.isHidden()
