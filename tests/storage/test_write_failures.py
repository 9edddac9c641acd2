"""A write the disk refuses: a StorageError with a Dutch message, and nothing changed."""

from __future__ import annotations

import errno
import pickle

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.domain.errors import AtelierError, StorageError, ValidationError
from app.services import swot
from app.storage.uow import UnitOfWork


def _cap_the_file_at_its_size(store) -> None:  # type: ignore[no-untyped-def]
    """SQLite's own "database or disk is full": no page may be added to the file."""
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()  # new connections get the cap

    def cap(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", cap)


@pytest.mark.sqlite_only
def test_a_full_disk_raises_a_storage_error_and_stores_nothing(store, workshop):
    _cap_the_file_at_its_size(store)
    stored: list[str] = []
    with pytest.raises(StorageError) as caught:
        for n in range(1000):  # the file's free pages fill up after a few long points
            point = swot.items.create(store, workshop.id, quadrant="S", text=f"{n} " + "x" * 9000)
            stored.append(point.value.id)
    error = caught.value
    assert isinstance(error, AtelierError)
    assert str(error).startswith("Niet opgeslagen:")
    assert "de schijf is vol" in str(error) and store.name in str(error)
    assert not error.busy  # a full disk is not worth retrying
    assert isinstance(error.__cause__, OperationalError)
    assert "full" in str(error.__cause__.orig)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
    # Every point before the failure is there; the one that failed left nothing behind.
    assert [i.id for i in swot.list_items(store, workshop.id)] == stored


def test_an_os_error_while_committing_is_a_storage_error(store, workshop, monkeypatch):
    def no_space(_uow: UnitOfWork) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "commit", no_space)
        with pytest.raises(StorageError, match="de schijf is vol") as caught:
            swot.items.create(store, workshop.id, quadrant="W", text="Gaat verloren")
    assert not isinstance(caught.value, OperationalError)
    assert swot.list_items(store, workshop.id) == []
    # The store works again once the disk does.
    swot.items.create(store, workshop.id, quadrant="W", text="Wel bewaard")
    assert [i.text for i in swot.list_items(store, workshop.id)] == ["Wel bewaard"]


def test_bad_input_is_not_a_storage_error(store, workshop):
    with pytest.raises(ValidationError) as caught:
        swot.items.create(store, workshop.id, quadrant="S", text="  ")
    assert not isinstance(caught.value, StorageError)


def test_a_busy_database_is_a_storage_error_worth_retrying(store, workshop, monkeypatch):
    import sqlite3

    def locked(_uow: UnitOfWork) -> None:
        raise OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked"))

    with monkeypatch.context() as patch:
        patch.setattr(UnitOfWork, "commit", locked)
        with pytest.raises(StorageError, match="houdt het bestand bezet") as caught:
            swot.items.create(store, workshop.id, quadrant="W", text="Even wachten")
    assert caught.value.busy
