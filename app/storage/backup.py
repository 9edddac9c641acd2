"""Consistent, rotated copies of a SQLite store (the SQLite online backup API)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app.domain.errors import StoreDamaged
from app.domain.messages import msg

KEEP = 10
# SQLite's result codes for a file with damaged pages, and for one that is no database.
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def is_damage(error: BaseException) -> bool:
    """Whether a SQLite error says the file's pages are damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    return (
        isinstance(error, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    )


def backup_dir_for(store: Path) -> Path:
    return store.with_name(store.name + "-backups")


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check: an empty list when the file is sound."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check")]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def copy_store(store: Path, target: Path) -> None:
    """A consistent single-file copy of ``store`` at ``target`` (SQLite's online backup
    API: also while another process writes it). The store is only read."""
    src = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        # A single-file copy: it needs no -wal beside it.
        dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise StoreDamaged(damaged_message(store, str(exc))) from exc
        raise
    finally:
        dst.close()
        src.close()


def make_backup(store: Path, reason: str, keep: int = KEEP) -> Path:
    """Copy ``store`` into its backup folder and drop the oldest copies beyond ``keep``.

    The copy is checked with quick_check before any older backup is removed,
    so a damaged copy never replaces a sound one.
    """
    folder = backup_dir_for(store)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{store.stem}-{stamp}-{reason}{store.suffix or '.atelier'}"
    partial = target.with_name(target.name + ".part")
    copy_store(store, partial)
    problems = quick_check(partial)
    if problems:
        partial.unlink(missing_ok=True)
        if _damaged(store):  # the store itself: say which backup to restore
            raise StoreDamaged(damaged_message(store))
        raise OSError(
            msg(
                "Reservekopie van {file} is beschadigd: {problems}",
                file=store.name,
                problems=str(problems[:3]),
            )
        )
    os.replace(partial, target)
    rotate(folder, keep)
    return target


def backups_of(store: Path) -> list[Path]:
    folder = backup_dir_for(store)
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.name.startswith(store.stem) and not p.name.endswith(".part")
    )


def _damaged(path: Path) -> bool:
    try:
        return bool(quick_check(path))
    except sqlite3.DatabaseError as exc:
        return is_damage(exc)


def newest_sound_backup(store: Path) -> Path | None:
    """The newest backup of ``store`` that passes quick_check, or None."""
    for candidate in reversed(backups_of(store)):
        try:
            if not quick_check(candidate):
                return candidate
        except sqlite3.Error:
            continue
    return None


def damaged_message(store: Path, detail: str = "") -> str:
    """What to say when ``store`` has damaged pages: which backup to restore."""
    sound = newest_sound_backup(store)
    why = f" ({detail})" if detail else ""
    if sound is None:
        return msg(
            "{file} is beschadigd{why}. Er is geen goede reservekopie in {folder}; "
            "zoek een andere kopie van het werkbestand (een USB-stick, een e-mail).",
            file=str(store),
            why=why,
            folder=str(backup_dir_for(store)),
        )
    return msg(
        "{file} is beschadigd{why}. Zet de nieuwste goede reservekopie terug: sluit "
        "Atelier en kopieer {backup} naar {file}.",
        file=str(store),
        why=why,
        backup=str(sound),
    )


def rotate(folder: Path, keep: int) -> None:
    copies = sorted(p for p in folder.iterdir() if not p.name.endswith(".part"))
    # Names sort by time; pre-migration copies are the way back from an upgrade, keep the newest.
    premigration = [p for p in copies if "-voor-migratie" in p.name]
    protected = set(premigration[-1:])
    for old in [p for p in copies if p not in protected][:-keep] if keep else []:
        with contextlib.suppress(OSError):
            old.unlink()
