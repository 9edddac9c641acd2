"""Idle, slow and too many connections (issue 15): closed in time, capped, logged once."""

from __future__ import annotations

import logging
import socket
import time

import httpx
import pytest

from app.voting.connections import quiet_exception_handler
from app.voting.server import VotingServer


@pytest.fixture
def strict(store):  # type: ignore[no-untyped-def]
    live = VotingServer(store, "127.0.0.1", 0, request_timeout=0.5, max_connections=20)
    live.start()
    try:
        yield live
    finally:
        live.stop()


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    return sock


def _closed_within(sock: socket.socket, seconds: float) -> bool:
    """True when the server closes ``sock`` within ``seconds`` (recv gives b"" or a reset)."""
    sock.settimeout(seconds)
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_an_idle_connection_is_closed(strict):  # type: ignore[no-untyped-def]
    idle = [_connect(strict.port) for _ in range(10)]
    try:
        assert all(_closed_within(sock, 5) for sock in idle)
    finally:
        for sock in idle:
            sock.close()


def test_headers_sent_a_byte_at_a_time_are_cut_off(strict):  # type: ignore[no-untyped-def]
    sock = _connect(strict.port)
    try:
        began = time.monotonic()
        closed = False
        for byte in b"GET /assets/vote.css HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 200:
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                closed = True
                break
            time.sleep(0.05)
            if time.monotonic() - began > 5:
                break
        assert closed or _closed_within(sock, 2)
        assert time.monotonic() - began < 5
    finally:
        sock.close()


def test_a_keep_alive_connection_that_trickles_its_next_request_is_cut_off(strict):  # type: ignore[no-untyped-def]
    sock = _connect(strict.port)
    try:
        host = f"127.0.0.1:{strict.port}"
        sock.sendall(f"GET /assets/vote.css HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        began = time.monotonic()
        closed = False
        while time.monotonic() - began < 5:
            try:
                sock.sendall(b"G")  # never a whole request line
            except OSError:
                closed = True
                break
            if _closed_within(sock, 0.2):
                closed = True
                break
        assert closed and time.monotonic() - began < 3
    finally:
        sock.close()


def test_too_many_connections_are_refused_and_logged_once(strict, caplog):  # type: ignore[no-untyped-def]
    caplog.set_level(logging.WARNING, logger="app.voting.connections")
    held = [_connect(strict.port) for _ in range(20)]
    extra = [_connect(strict.port) for _ in range(30)]
    try:
        assert all(_closed_within(sock, 2) for sock in extra)  # refused at once
        warnings = [r for r in caplog.records if "connections at once" in r.getMessage()]
        assert len(warnings) == 1
    finally:
        for sock in held + extra:
            sock.close()
    time.sleep(0.3)
    # Once they are gone the server answers phones again.
    with httpx.Client(timeout=5) as http:
        assert http.get(f"http://127.0.0.1:{strict.port}/assets/vote.css").status_code == 200


def test_running_out_of_descriptors_is_logged_once(caplog):  # type: ignore[no-untyped-def]
    import asyncio

    caplog.set_level(logging.WARNING)
    handler = quiet_exception_handler()
    loop = asyncio.new_event_loop()
    try:
        for _ in range(500):
            handler(
                loop,
                {
                    "message": "socket.accept() out of system resource",
                    "exception": OSError(24, "Too many open files"),
                },
            )
    finally:
        loop.close()
    assert len([r for r in caplog.records if "ran out of resources" in r.getMessage()]) == 1


def test_a_ballot_body_that_trickles_gets_408_and_is_not_stored(strict, store, made, monkeypatch):  # type: ignore[no-untyped-def]
    from app.services import rounds
    from app.voting import api

    monkeypatch.setattr(api, "BODY_TIMEOUT_S", 0.5)
    r = rounds.open_round(store, made["dots"].id).value
    path = strict.join_url(r).split(f":{strict.port}", 1)[1].replace("/v/", "/api/v/") + "/ballot"
    sock = _connect(strict.port)
    try:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{strict.port}\r\n"
            "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
        )
        sock.sendall(head.encode() + b'{"voter": "langzame-telefoon-01",')
        sock.settimeout(5)
        answer = sock.recv(65536)
    finally:
        sock.close()
    assert answer.startswith(b"HTTP/1.1 408")
    assert rounds.results(store, r.id).ballots == 0
