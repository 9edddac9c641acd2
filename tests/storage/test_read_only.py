"""A store on a read-only medium (a USB stick with its lock switch, a network share):
reading opens it read-only and says so; writing says plainly it cannot (exit 2).

Tests may run as root, where chmod does not stop writes: the real read-only folder is
then skipped, and the medium is simulated the way the operating system reports one
(access() says no, or creating the lock file fails with EROFS)."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.domain.errors import StoreReadOnly
from app.storage import lock
from app.storage.store import open_store

READS = [
    ["info", "{store}", "--json"],
    ["check", "{store}"],
    ["export", "{store}", "{out}/uit.xlsx"],
    ["report", "{store}", "{out}/rapport.pdf", "--part", "ranking"],
    ["results", "{store}", "1", "--json"],
]
WRITES = [["import", "{store}", "{out}/leeg.xlsx"], ["serve", "{store}", "1", "--port", "0"]]


@pytest.fixture
def medium(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo store alone in a folder (the stick); the output folder is apart."""
    folder = tmp_path / "stick"
    folder.mkdir()
    store = folder / "workshop.atelier"
    shutil.copy(demo_template, store)
    (tmp_path / "uit").mkdir()
    assert cli.main(["template", str(tmp_path / "uit" / "leeg.xlsx")]) == 0
    yield store
    folder.chmod(stat.S_IRWXU)


def args_for(command: list[str], store: Path) -> list[str]:
    out = store.parent.parent / "uit"
    return [a.format(store=store, out=out) for a in command]


def simulate_read_only_medium(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What access() says on a read-only mount (EROFS), for the folder and its files."""
    real = os.access

    def access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        inside = Path(path).resolve().is_relative_to(folder.resolve())
        if inside and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def make_read_only_for_real(store: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through chmod; the simulated medium tests this path")
    store.chmod(stat.S_IRUSR | stat.S_IRGRP)
    store.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)


@pytest.fixture(params=["simulated", "chmod"])
def read_only(request, medium: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if request.param == "chmod":
        make_read_only_for_real(medium)
    else:
        simulate_read_only_medium(monkeypatch, medium.parent)
    return medium


def untouched(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("command", READS, ids=[c[0] for c in READS])
def test_reading_opens_read_only_and_says_so(read_only: Path, command, capsys):
    before = untouched(read_only.parent)
    assert cli.main(args_for(command, read_only)) == 0
    captured = capsys.readouterr()
    assert "alleen lezen" in captured.err
    assert "beschadigd" not in captured.err
    assert untouched(read_only.parent) == before  # no -wal, lock file or backup


@pytest.mark.parametrize("command", WRITES, ids=[c[0] for c in WRITES])
def test_writing_says_plainly_it_cannot(read_only: Path, command, capsys):
    before = read_only.read_bytes()
    assert cli.main(args_for(command, read_only)) == 2
    err = capsys.readouterr().err
    assert "kan niet beschreven worden" in err and read_only.name in err
    assert read_only.read_bytes() == before


def test_the_store_says_it_was_opened_read_only(read_only: Path):
    with open_store(read_only, write=False) as store:
        assert store.read_only and not store.writable
    with pytest.raises(StoreReadOnly):
        open_store(read_only)


@pytest.mark.parametrize("command", WRITES, ids=[c[0] for c in WRITES])
def test_a_lock_file_that_cannot_be_made_says_the_same(medium: Path, command, monkeypatch, capsys):
    """A share that lets access() say yes but refuses the write itself."""

    def refused(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(lock, "open", refused, raising=False)
    assert cli.main(args_for(command, medium)) == 2
    err = capsys.readouterr().err
    assert "kan niet beschreven worden" in err and "Traceback" not in err
