"""Opening, recognising, locking and backing up stores."""

import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.errors import NotAStore, StoreLocked
from app.storage import backup
from app.storage.store import create_store, open_store


@pytest.mark.sqlite_only
def test_every_connection_has_the_safety_pragmas(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "leeg bestand"),
        (b"Dit is gewoon tekst\n", "geen Atelier-werkbestand"),
        (None, "Excel-werkmap"),
    ],
)
def test_open_refuses_what_is_not_a_store(tmp_path: Path, content, expected):
    path = tmp_path / "x.atelier"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(NotAStore, match=expected):
        open_store(path)
    assert path.read_bytes() == before
    assert not (tmp_path / "x.atelier.lock").exists()


def test_open_refuses_another_sqlite_database(tmp_path: Path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(NotAStore, match="geen Atelier-werkbestand"):
        open_store(path)


def test_open_refuses_missing_file(tmp_path: Path):
    with pytest.raises(NotAStore, match="bestaat niet"):
        open_store(tmp_path / "nergens.atelier")


def test_second_writer_is_locked_out_until_the_first_closes(store_path: Path):
    first = create_store(store_path)
    with pytest.raises(StoreLocked, match="al geopend"):
        open_store(store_path)
    # A reader needs no lock: WAL lets it read beside the writer.
    reader = open_store(store_path, write=False)
    reader.close()
    first.close()
    assert not store_path.with_name(store_path.name + ".lock").exists()
    open_store(store_path).close()


def test_backup_on_open_is_a_sound_copy_and_rotates(store_path: Path):
    create_store(store_path).close()
    for _ in range(backup.KEEP + 3):
        open_store(store_path).close()
    copies = backup.backups_of(store_path)
    assert len(copies) == backup.KEEP
    assert backup.quick_check(copies[-1]) == []
    con = sqlite3.connect(copies[-1])
    assert con.execute("SELECT application FROM store_meta").fetchone() == ("atelier",)
    con.close()


def test_rotation_keeps_the_newest_premigration_copy(tmp_path: Path):
    folder = tmp_path / "w.atelier-backups"
    folder.mkdir()
    names = ["w-20260101-000000-000000-voor-migratie.atelier"] + [
        f"w-2026010{n}-000000-000000-periodiek.atelier" for n in range(2, 9)
    ]
    for name in names:
        (folder / name).write_bytes(b"x")
    backup.rotate(folder, keep=3)
    left = sorted(p.name for p in folder.iterdir())
    assert names[0] in left
    assert len(left) == 4


def test_periodic_backup_only_when_due(store_path: Path):
    with create_store(store_path) as s:
        assert s.backup_if_due(interval_s=3600) is None
        made = s.backup_if_due(interval_s=0)
        assert made is not None and made.exists()


def test_writes_take_the_lock_up_front_and_reads_do_not(store):
    """A second writer in another thread waits (busy_timeout) instead of failing
    on a read-then-write upgrade: transactions that write begin IMMEDIATE."""
    import threading

    from sqlalchemy import select

    from app.storage.models import WorkshopRow

    started = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def hold_write() -> None:
        try:
            with store.transaction() as uow:
                uow.session.scalar(select(WorkshopRow))
                started.set()
                release.wait(5)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    holder = threading.Thread(target=hold_write)
    holder.start()
    assert started.wait(5)
    with store.reading() as uow:  # a reader is not blocked by the writer
        assert uow.session.scalar(select(WorkshopRow)) is not None
    release.set()
    holder.join(5)
    assert not errors
    with store.transaction() as uow:
        row = uow.session.scalar(select(WorkshopRow))
        row.description = "na de andere schrijver"
