"""A phone that loses the Wi-Fi halfway through sending its ballot is a normal event:
nothing is stored, nothing is logged as an error, and the server goes on."""

from __future__ import annotations

import json
import logging
import socket
import time

import httpx

from app.services import rounds


def send_half_and_close(port: int, path: str, body: bytes) -> None:
    """Headers that promise the whole body, half of it, then the connection is gone."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        )
        raw.sendall(head.encode() + body[: len(body) // 2])
        time.sleep(0.2)  # the server is reading the body when the phone goes


def test_a_phone_gone_halfway_through_a_ballot_logs_no_traceback(server, store, made, caplog):
    r = rounds.open_round(store, made["dots"].id).value
    path = server.join_url(r).split(str(server.port), 1)[1].replace("/v/", "/api/v/") + "/ballot"
    body = json.dumps(
        {"voter": "telefoon-aaaaaaaaaaaa", "round_id": r.id, "entries": {r.options[0].id: 1}}
    ).encode()
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            send_half_and_close(server.port, path, body)
        time.sleep(0.5)
        # The server goes on: the next phone's ballot is taken.
        url = f"http://127.0.0.1:{server.port}{path}"
        with httpx.Client(timeout=10) as http:
            other = json.loads(body) | {"voter": "telefoon-bbbbbbbbbbbb"}
            assert http.post(url, json=other).status_code == 200
    assert "Traceback" not in caplog.text
    assert not [rec for rec in caplog.records if rec.exc_info or rec.levelno >= logging.ERROR]
    assert rounds.results(store, r.id).ballots == 1
