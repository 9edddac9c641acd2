"""The facilitator's network self-test (app/voting/selftest.py): a join page that
answers, one that does not, and the hotspot's device limit."""

from __future__ import annotations

import socket

from app.services import voting
from app.voting.selftest import WINDOWS_HOTSPOT_ADDRESS, check_join_page, device_limit_warning


def test_a_running_server_is_reachable(server, store, workshop):
    token = voting.join_token(store, workshop.id)
    outcome = check_join_page("127.0.0.1", server.port, token)
    assert outcome.ok, outcome.message
    assert f"http://127.0.0.1:{server.port}/v/{token}" in outcome.message


def test_nobody_listening_is_said_plainly():
    with socket.socket() as s:  # a port that was free a moment ago: nobody listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    outcome = check_join_page("127.0.0.1", port, "onbekendtoken123")
    assert not outcome.ok
    assert "niet bereiken" in outcome.message and "start de stemserver" in outcome.message


def test_another_page_on_that_port_is_not_the_join_page(server):
    outcome = check_join_page("127.0.0.1", server.port, "geen-echt-token-0000")
    assert not outcome.ok
    assert "404" in outcome.message


def test_the_hotspot_warning_when_the_room_is_bigger_than_eight():
    assert device_limit_warning(WINDOWS_HOTSPOT_ADDRESS, 8) is None
    warning = device_limit_warning(WINDOWS_HOTSPOT_ADDRESS, 30)
    assert warning is not None and "8 toestellen" in warning and "30 deelnemers" in warning
    assert device_limit_warning("192.168.8.100", 60) is None
