"""Consistent, rotated copies of a SQLite store (the SQLite online backup API).

No copy links a ballot to a phone. While a round is open the live store keeps the
round's secret and each phone's keyed voter id (rounds.voter_key), so that a phone
that votes again replaces its ballot, also after the laptop restarts mid-round.
A copy never needs that: nobody re-votes into a backup. So every copy (backups on
open, periodic, before migrations and merges, and merge's own copies of its
sources) is made in memory first, where open rounds get a fresh secret and their
ballots fresh random keys, exactly what closing a round does to the live store;
only then is it written to disk, so the secret never touches the copy's file.
Whoever holds a backup and a phone's id cannot find that phone's ballot. The cost:
a store restored from a backup mid-round no longer recognises the phones that
voted before the copy (their next ballot counts as a new one).
"""

from __future__ import annotations

import contextlib
import os
import secrets
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
    except sqlite3.DatabaseError as exc:
        # Damage can be so bad that the check itself cannot run: that is its answer.
        if not is_damage(exc):
            raise
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def copy_store(store: Path, target: Path) -> None:
    """A consistent single-file copy of ``store`` at ``target`` (SQLite's online backup
    API: also while another process writes it). The store is only read."""
    src = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    memory = sqlite3.connect(":memory:")
    try:
        try:
            src.backup(memory)
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise StoreDamaged(damaged_message(store, str(exc))) from exc
            raise
        finally:
            src.close()
        try:
            unlink_phones(memory)
        except sqlite3.DatabaseError as exc:  # the copy's pages are the store's
            if is_damage(exc):
                raise StoreDamaged(damaged_message(store, str(exc))) from exc
            raise
        dst = sqlite3.connect(str(target))
        try:
            memory.backup(dst)
            # A single-file copy: it needs no -wal beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        memory.close()


def unlink_phones(con: sqlite3.Connection) -> int:
    """In a copy: give every open round a fresh secret and its ballots fresh random
    keys (see the module docstring); the freed space is wiped. Returns how many
    ballots were unlinked. Stores older than the voting tables are left as they are."""
    tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"voting_round", "ballot"} <= tables:
        return 0
    open_rounds = [r for (r,) in con.execute("SELECT id FROM voting_round WHERE status = 'open'")]
    if not open_rounds:
        return 0
    con.execute("PRAGMA secure_delete=ON")
    marks = ",".join("?" * len(open_rounds))
    ballots = [
        b for (b,) in con.execute(f"SELECT id FROM ballot WHERE round_id IN ({marks})", open_rounds)
    ]
    # Phones that sent ideas (ideas rounds, schema 0014): counted, never recognised again.
    senders = (
        [
            s
            for (s,) in con.execute(
                f"SELECT id FROM idea_sender WHERE round_id IN ({marks})", open_rounds
            )
        ]
        if "idea_sender" in tables
        else []
    )
    with con:
        if senders:  # a store older than schema 0014 has no idea_sender table
            con.executemany(
                "UPDATE idea_sender SET voter_key = ? WHERE id = ?",
                [(secrets.token_hex(32), s) for s in senders],
            )
        con.executemany(
            "UPDATE voting_round SET token = ? WHERE id = ?",
            [(secrets.token_urlsafe(12), r) for r in open_rounds],
        )
        con.executemany(
            "UPDATE ballot SET voter_key = ? WHERE id = ?",
            [(secrets.token_hex(32), b) for b in ballots],
        )
    # Rebuilt page by page: nothing of the old keys stays in free space or cells.
    con.execute("VACUUM")
    return len(ballots)


def fold_wal(path: Path, *, single_file: bool = False) -> None:
    """Fold a closed store's WAL into the file and sync it to disk; ``single_file``
    also leaves WAL mode, for a copy that travels without a -wal beside it."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if single_file:
            connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """A rename survives a power cut only once its folder is synced (POSIX)."""
    if os.name == "nt":  # pragma: no cover - Windows has no directory handles
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
    try:
        problems = quick_check(partial)
    except sqlite3.DatabaseError as exc:  # pages so damaged that the check stops
        if not is_damage(exc):
            raise
        problems = [str(exc)]
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
