"""The command line on stores that are damaged, on a read-only medium, or made on a
disk that fills up: a clear Dutch message and the right exit code, never a traceback,
and never a half-made store under the user's name."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import cli
from app.storage import backup
from tests.conftest import ROOT, run_cli

PAGE = 4096


def damage(path: Path) -> None:
    """Overwrite the header of every seventh page in the file's second half, as a
    failing stick or a bad sector does: SQLite then finds malformed pages."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    for page in range(pages // 2, pages, 7):
        data[page * PAGE : page * PAGE + 300] = b"\x0d" + b"\xff" * 299
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, Path]:
    """A store with a sound backup, whose pages were damaged afterwards."""
    store = tmp_path / "werk.atelier"
    assert run_cli("new", str(store)).returncode == 0
    sound = backup.make_backup(store, "periodiek")
    damage(store)
    return store, sound


@pytest.mark.parametrize("command", ["check", "import", "info"])
def test_a_damaged_store_exits_2_naming_the_backup_to_restore(damaged, tmp_path, command):
    store, sound = damaged
    args = [command, str(store)]
    if command == "import":
        workbook = tmp_path / "leeg.xlsx"
        assert run_cli("template", str(workbook)).returncode == 0
        args.append(str(workbook))
    result = run_cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "beschadigd" in result.stderr
    assert str(sound) in result.stderr


def test_without_a_sound_backup_the_message_says_so(tmp_path: Path):
    store = tmp_path / "werk.atelier"
    assert run_cli("new", str(store)).returncode == 0
    damage(store)
    result = run_cli("check", str(store))
    assert result.returncode == 2
    assert "geen goede reservekopie" in result.stderr and "Traceback" not in result.stderr


# -- a full disk, a killed process: new and demo leave nothing half-made ---------------


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_new_on_a_full_disk_exits_1_and_leaves_no_file(tmp_path, monkeypatch, capsys):
    from app.services import workshops

    def full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workshops, "create_workshop", full)
    store = tmp_path / "nieuw.atelier"
    assert cli.main(["new", str(store)]) == 1
    err = capsys.readouterr().err
    assert "schijf is vol" in err and "nieuw.atelier" in err
    assert leftovers(tmp_path) == []


def test_demo_when_sqlite_finds_the_disk_full_leaves_no_file(tmp_path, monkeypatch, capsys):
    """SQLite's own "database or disk is full", well before the demo is complete."""
    from app.storage import engine

    capped = (*engine.SQLITE_PRAGMAS, "PRAGMA max_page_count=200")
    monkeypatch.setattr(engine, "SQLITE_PRAGMAS", capped)
    store = tmp_path / "demo.atelier"
    assert cli.main(["demo", str(store)]) == 1
    err = capsys.readouterr().err
    assert "schijf is vol" in err and "Traceback" not in err
    assert leftovers(tmp_path) == []
    monkeypatch.undo()
    # Nothing half-made stands in the way: the next attempt simply succeeds.
    assert cli.main(["demo", str(store)]) == 0
    assert run_cli("check", str(store)).returncode == 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_demo_halfway(store: Path, *extra: str) -> None:
    """Start ``demo`` in a process and SIGKILL it while it writes."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "demo", str(store), *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        # Wait until the demo's rows are being written (its file grows past the schema).
        while time.monotonic() < deadline and process.poll() is None:
            building = [p for p in store.parent.glob(f"{store.name}.part*") if p.stat().st_size]
            if sum(p.stat().st_size for p in building) > 600_000:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the demo finished before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()


def test_demo_killed_halfway_leaves_no_store_under_the_name(tmp_path: Path):
    store = tmp_path / "demo.atelier"
    kill_demo_halfway(store)
    assert not store.exists()
    made = run_cli("demo", str(store))
    assert made.returncode == 0, made.stderr
    assert run_cli("check", str(store)).returncode == 0
    assert not list(tmp_path.glob("demo.atelier.part*"))


def test_demo_force_killed_halfway_leaves_the_previous_store(tmp_path: Path):
    store = tmp_path / "demo.atelier"
    assert run_cli("new", str(store), "--title", "Vorige").returncode == 0
    before = digest(store)
    kill_demo_halfway(store, "--force")
    assert digest(store) == before
    assert run_cli("check", str(store)).returncode == 0
    assert run_cli("demo", str(store), "--force").returncode == 0


def test_merging_a_damaged_source_names_that_file_and_its_backup(damaged, tmp_path):
    source, sound = damaged
    target = tmp_path / "doel.atelier"
    assert run_cli("new", str(target)).returncode == 0
    before = digest(target)
    result = run_cli("merge", str(target), str(source))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert str(source) in result.stderr and str(sound) in result.stderr
    assert digest(target) == before


def test_the_window_opening_a_damaged_store_gets_the_message(damaged):
    """The window opens with a backup first: a damaged store says which copy to restore
    rather than failing on the backup (and no sound backup is rotated away)."""
    from app.domain.errors import StoreDamaged
    from app.services.stores import open_for_window

    store, sound = damaged
    with pytest.raises(StoreDamaged, match="beschadigd") as raised:
        open_for_window(store)
    assert str(sound) in str(raised.value)
    assert backup.backups_of(store) == [sound]
