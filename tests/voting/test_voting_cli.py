"""``python main.py serve STORE ROUND`` as CLI.md says: URL first, signals, exit codes."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import threading
from pathlib import Path

import httpx
import pytest

from app.cli import main
from app.services import rounds
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.voting.serving import served, stop

URL = re.compile(r"http://127\.0\.0\.1:(\d+)/v/([A-Za-z0-9_-]{16,64})")


@pytest.fixture
def store_file(voting_template: Path, tmp_path: Path) -> Path:
    """A store on disk that no fixture holds open (serve takes its lock)."""
    path = tmp_path / "cli.atelier"
    shutil.copy(voting_template, path)
    return path


def first_round(path: Path) -> tuple[str, int]:
    """Status and ballot count of the store's first round."""
    with open_store(path, write=False) as store:
        found = rounds.rounds.list(store, only_workshop(store).id)[0]
    return found.status.value, found.ballot_count


def test_serve_opens_the_round_prints_the_url_and_stops_on_sigterm(store_file):
    assert first_round(store_file) == ("draft", 0)
    with served(store_file, "1") as (proc, first_line):
        match = URL.fullmatch(first_line)
        assert match, first_line
        api = first_line.replace("/v/", "/api/v/")
        with httpx.Client(timeout=10, headers={"Content-Type": "application/json"}) as http:
            shown = http.get(api + "/round").json()
            assert shown["status"] == "open" and shown["method"] == "dots"
            option = shown["options"][0]["id"]
            body = {"voter": "cli-telefoon-000001", "round_id": shown["round_id"]}
            answer = http.post(api + "/ballot", json={**body, "entries": {option: 2}})
            assert answer.status_code == 200
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
        assert "Stemronde" in proc.stderr.read()
    assert first_round(store_file) == ("open", 1)  # the round stays open
    # Served again, an open round is simply served.
    with served(store_file, "1") as (proc, again):
        assert again == first_line.replace(match.group(1), URL.fullmatch(again).group(1))
        assert stop(proc) == 0


def test_ctrl_c_stops_it_too(store_file):
    with served(store_file, "1") as (proc, line):
        assert URL.fullmatch(line)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0


def serve_here(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """``serve`` in this process, for the refusals that end before anything is served."""
    try:
        code = main(["serve", *args])
    except SystemExit as exc:  # argparse's own refusals
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_closed_round_is_refused(store_file, capsys):
    with open_store(store_file, backup_on_open=False) as store:
        first = rounds.rounds.list(store, only_workshop(store).id)[0]
        rounds.open_round(store, first.id)
        rounds.close_round(store, first.id)
    code, out, err = serve_here(capsys, str(store_file), "1", "--host", "127.0.0.1")
    assert (code, out) == (2, "")
    assert "gesloten" in err


@pytest.mark.parametrize(
    ("extra", "message"),
    [(("--port", "70000"), "poort van 0 tot 65535"), (("--port", "x"), "invalid int")],
)
def test_bad_arguments_exit_2(store_file, capsys, extra, message):
    code, out, err = serve_here(capsys, str(store_file), "1", "--host", "127.0.0.1", *extra)
    assert (code, out) == (2, "")
    assert message in err


def test_an_unknown_round_exits_2(store_file, capsys):
    code, out, err = serve_here(capsys, str(store_file), "9", "--host", "127.0.0.1")
    assert (code, out) == (2, "")
    assert "Geen stemronde '9'" in err
    assert first_round(store_file) == ("draft", 0)


def test_a_taken_port_exits_2(store_file, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        code, out, err = serve_here(
            capsys, str(store_file), "1", "--host", "127.0.0.1", "--port", port
        )
    assert (code, out) == (2, "")
    assert "andere poort" in err
    assert not [t for t in threading.enumerate() if t.name.startswith("atelier-")]


def test_serve_sets_the_devices_per_address_and_checks_it(store_file, capsys):
    code, out, err = serve_here(
        capsys, str(store_file), "1", "--host", "127.0.0.1", "--devices-per-address", "0"
    )
    assert (code, out) == (2, "")
    assert "--devices-per-address 0" in err and "1 tot 500" in err
    assert first_round(store_file) == ("draft", 0)
    with served(store_file, "1", "--devices-per-address", "4") as (proc, line):
        assert URL.fullmatch(line), line
        assert stop(proc) == 0
    with open_store(store_file, write=False) as store:
        found = rounds.rounds.list(store, only_workshop(store).id)[0]
    assert (found.status.value, found.devices_per_address) == ("open", 4)
    capsys.readouterr()
    assert main(["rounds", str(store_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["rounds"]
    assert [r["devices_per_address"] for r in listed][:2] == [4, 1]
