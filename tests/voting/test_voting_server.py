"""The server object the GUI drives: start, join URL, listeners, stop (no thread left)."""

from __future__ import annotations

import threading

import httpx
import pytest

from app.services import rounds
from app.voting.server import VotingServer, VotingServerError


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name.startswith("atelier-")}


def test_join_url_is_one_per_workshop(server, store, made, token):
    dots_url = server.join_url(made["dots"])
    assert dots_url == f"http://127.0.0.1:{server.port}/v/{token}"
    assert server.join_url(made["rank"]) == dots_url
    assert server.join_url(made["dots"].workshop_id) == dots_url


def test_all_interfaces_put_a_real_address_in_the_url(store, monkeypatch):
    import app.voting.server as server_module

    monkeypatch.setattr(server_module, "best_address", lambda: "192.168.137.1")
    assert VotingServer(store, "0.0.0.0", 8765).url_host() == "192.168.137.1"
    assert VotingServer(store, "127.0.0.1", 8765).url_host() == "127.0.0.1"


def test_listeners_hear_each_committed_ballot(server, client, store, made):
    heard: list[tuple[str, int]] = []

    def broken(_round_id: str, _count: int) -> None:
        raise RuntimeError("a listener with a bug")

    server.listeners.on_ballot.extend([broken, lambda r, n: heard.append((r, n))])
    r = rounds.open_round(store, made["dots"].id).value
    url = server.join_url(r).replace("/v/", "/api/v/") + "/ballot"
    for n, voter in enumerate(["telefoon-aaaaaaaaaaaa", "telefoon-bbbbbbbbbbbb"] * 2):
        body = {"voter": voter, "round_id": r.id, "entries": {r.options[n].id: 1}}
        assert client.post(url, json=body).status_code == 200  # two phones, two addresses
    assert client.post(url, json={**body, "entries": {"x": 1}}).status_code == 400
    assert heard == [(r.id, 1), (r.id, 2), (r.id, 2), (r.id, 2)]


def test_stop_leaves_no_thread_and_frees_the_port(store, made):
    before = _threads()
    everything_before = set(threading.enumerate())
    server = VotingServer(store, "127.0.0.1", 0)
    server.start()
    assert server.running
    assert _threads() - before == {"atelier-voting-server", "atelier-ballot-writer"}
    port = server.port
    # An idle keep-alive connection (a phone that polled) must not hold the stop up.
    with httpx.Client(timeout=10, headers={"Content-Type": "application/json"}) as http:
        assert http.get(f"http://127.0.0.1:{port}/v/nope").status_code == 404
        server.stop()
    assert not server.running
    assert _threads() == before
    assert set(threading.enumerate()) <= everything_before  # the worker threads too
    again = VotingServer(store, "127.0.0.1", port)
    again.start()  # the same port is free again
    again.stop()
    server.stop()  # stopping twice is harmless


def test_a_taken_port_is_a_clear_error(server, store):
    with pytest.raises(VotingServerError, match=f"127.0.0.1:{server.port}.*andere poort"):
        VotingServer(store, "127.0.0.1", server.port).start()
    assert server.running


@pytest.mark.parametrize(("host", "port"), [("203.0.113.77", 0), ("127.0.0.1", 99999)])
def test_an_address_or_port_that_cannot_be_used_is_a_clear_error(store, host, port):
    # Binding only: nothing is sent to an address that is not this machine's.
    with pytest.raises(VotingServerError, match=f"kan niet luisteren op {host}:{port}"):
        VotingServer(store, host, port).start()
    assert not _threads()
