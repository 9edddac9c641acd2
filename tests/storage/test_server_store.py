"""A workshop on a real PostgreSQL server (tests/postgres.py): the same as a file for
every command, copied both ways, merged into, shared by several facilitators."""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.changes import ChangeSet
from app.services import swot
from app.services.inventory import info
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store
from tests.conftest import run_cli

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Anonymous ballots have no order (an order could tell who voted what): the same
# ballots, in whatever order each database hands them out.
UNORDERED = {"Stembrieven"}


def _cells(workbook: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every sheet's cells, with what differs between two builds of one demo (ids,
    times, the join token) replaced by a placeholder."""
    book = load_workbook(workbook, read_only=True)
    out: dict[str, list[tuple[object, ...]]] = {}
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(
                tuple(
                    UUID.sub("<id>", v)
                    if isinstance(v, str)
                    else "<time>"
                    if isinstance(v, datetime)
                    else v
                    for v in row
                )
            )
        out[sheet.title] = rows
    book.close()
    return out


def test_the_demo_on_a_server_equals_the_demo_in_a_file(pg_url, tmp_path):
    file = tmp_path / "demo.atelier"
    for target in (str(file), pg_url):
        done = run_cli("demo", target, timeout=300)
        assert done.returncode == 0, done.stderr
    on_file = run_cli("info", str(file), "--json")
    on_server = run_cli("info", pg_url, "--json")
    assert on_file.returncode == on_server.returncode == 0
    import json

    counts_file = json.loads(on_file.stdout)["workshops"][0]["counts"]
    counts_server = json.loads(on_server.stdout)["workshops"][0]["counts"]
    assert counts_server == counts_file
    assert counts_server["swot_items"] > 100
    for target, out in ((str(file), tmp_path / "file.xlsx"), (pg_url, tmp_path / "server.xlsx")):
        done = run_cli("export", target, str(out))
        assert done.returncode == 0, done.stderr
    file_cells, server_cells = _cells(tmp_path / "file.xlsx"), _cells(tmp_path / "server.xlsx")
    assert list(server_cells) == list(file_cells)
    for sheet, rows in file_cells.items():
        if sheet in UNORDERED:
            assert sorted(map(repr, server_cells[sheet])) == sorted(map(repr, rows)), sheet
        else:
            assert server_cells[sheet] == rows, f"blad {sheet} verschilt"
    assert run_cli("check", pg_url).returncode == 0


def test_copy_a_file_to_a_server_and_back(demo_template, pg_url, tmp_path):
    there = run_cli("copy", str(demo_template), pg_url)
    assert there.returncode == 0, there.stderr
    back = tmp_path / "terug.atelier"
    home = run_cli("copy", pg_url, str(back))
    assert home.returncode == 0, home.stderr
    with open_store(demo_template, write=False) as a, open_store(back, write=False) as b:
        assert info(a)["workshops"][0]["counts"] == info(b)["workshops"][0]["counts"]
        # The very rows: a point's text and cluster came along, under the same id.
        ws = only_workshop(a)
        point = swot.items.list(a, ws.id)[0]
        same = next(p for p in swot.items.list(b, ws.id) if p.id == point.id)
        assert (same.text, same.cluster_id, same.quadrant) == (
            point.text,
            point.cluster_id,
            point.quadrant,
        )
        # Schema 0013's tables and columns come along too: the workshop's target groups,
        # the trekkers and the fiches' further sectors.
        from app.services import paths, proposals, target_groups

        assert target_groups.list_groups(a, ws.id) == target_groups.list_groups(b, ws.id)
        assert paths.paths.list(a, ws.id) == paths.paths.list(b, ws.id)
        proposal_list = proposals.proposals.list(b, ws.id)
        assert proposal_list == proposals.proposals.list(a, ws.id)
        assert any(f.extra_cluster_ids for f in proposal_list) and all(
            f.owner for f in proposal_list
        )
    assert not back.with_name(back.name + ".part").exists()


def test_copy_refuses_a_destination_that_holds_a_workshop(demo_template, pg_url, tmp_path):
    assert run_cli("copy", str(demo_template), pg_url).returncode == 0
    again = run_cli("copy", str(demo_template), pg_url)
    assert again.returncode == 2
    assert "bevat al een workshop" in again.stderr
    existing = tmp_path / "bestaat.atelier"
    existing.write_bytes(b"")
    refused = run_cli("copy", pg_url, str(existing))
    assert refused.returncode == 2 and "bestaat al" in refused.stderr
    assert existing.read_bytes() == b""


def test_merge_a_laptops_file_into_a_server_store(demo_template, pg_url, tmp_path):
    assert run_cli("copy", str(demo_template), pg_url).returncode == 0
    laptop = tmp_path / "laptop.atelier"
    assert run_cli("copy", pg_url, str(laptop)).returncode == 0
    with open_store(laptop) as day:
        ws = only_workshop(day)
        swot.items.create(day, ws.id, quadrant="O", text="Nieuw in de deelgemeente Meer")
    merged = run_cli("merge", pg_url, str(laptop), "--json")
    assert merged.returncode == 0, merged.stderr
    with open_store(pg_url, write=False) as server:
        texts = [p.text for p in swot.items.list(server, only_workshop(server).id)]
    assert texts.count("Nieuw in de deelgemeente Meer") == 1


def test_a_password_never_travels_in_the_url(pg_url):
    with_password = pg_url.replace("atelier@", "atelier:Geheim123@")
    done = run_cli("info", with_password)
    assert done.returncode == 2
    assert "PGPASSWORD" in done.stderr
    assert "Geheim123" not in done.stderr + done.stdout


def test_an_unreachable_server_is_named_without_a_traceback(pg_url):
    gone = re.sub(r"/[^/]+$", "/bestaat_niet", pg_url)
    done = run_cli("info", gone)
    assert done.returncode == 2
    assert "bestaat niet" in done.stderr and "Traceback" not in done.stderr


def test_a_server_store_has_no_lock(pg_url):
    with create_store(pg_url) as first:
        create_workshop(first, "Gedeeld")
        with open_store(pg_url) as second:  # a second facilitator, no exit 3
            assert only_workshop(second).title == "Gedeeld"


def test_a_server_backup_before_a_migration_is_an_atelier_file(pg_url, tmp_path):
    from app.storage.copying import backup_server

    with create_store(pg_url) as store:
        ws = create_workshop(store, "Back-up").value
        swot.items.create(store, ws.id, quadrant="S", text="Sterk verenigingsleven")
        copy = backup_server(store.engine, "voor-migratie")
    assert copy.suffix == ".atelier"
    with open_store(copy, write=False) as backup:
        assert [p.text for p in swot.items.list(backup, only_workshop(backup).id)] == [
            "Sterk verenigingsleven"
        ]


# --- several facilitators at once


def test_another_window_sees_a_change_within_two_seconds(pg_url):
    with create_store(pg_url) as mine:
        ws = create_workshop(mine, "Samen").value
        with open_store(pg_url) as theirs:
            heard: list[ChangeSet | None] = []
            arrived = threading.Event()

            def on_change(changes: ChangeSet | None) -> None:
                heard.append(changes)
                arrived.set()

            listener = theirs.listen(on_change)
            assert listener is not None
            try:
                # Their own edit is not news to them.
                swot.items.create(theirs, ws.id, quadrant="W", text="Eigen punt")
                time.sleep(0.3)
                assert heard == []
                start = time.monotonic()
                point = swot.items.create(mine, ws.id, quadrant="S", text="Punt van collega").value
                assert arrived.wait(2.0), "no change notice within 2 s"
                assert time.monotonic() - start < 2.0
                assert heard[0] is not None and point.id in heard[0].ids("swot_item")
            finally:
                listener.stop()


def test_a_rolled_back_write_sends_no_notice(pg_url):
    with create_store(pg_url) as mine:
        ws = create_workshop(mine, "Samen").value
        heard: list[object] = []
        with open_store(pg_url) as theirs:
            listener = theirs.listen(heard.append)
            assert listener is not None
            try:
                with pytest.raises(RuntimeError), mine.transaction() as uow:
                    from app.storage import models as m

                    uow.session.add(
                        m.SwotItemRow(workshop_id=ws.id, quadrant="S", text="nooit", position=0)
                    )
                    uow.session.flush()
                    raise RuntimeError("afgebroken")
                time.sleep(0.8)
                assert heard == []
            finally:
                listener.stop()


def test_two_facilitators_writing_at_once_lose_nothing(pg_url):
    with create_store(pg_url) as first:
        ws = create_workshop(first, "Samen").value
        with open_store(pg_url) as second:
            errors: list[BaseException] = []

            def write(store, who: str) -> None:  # type: ignore[no-untyped-def]
                try:
                    for n in range(40):
                        swot.items.create(store, ws.id, quadrant="S", text=f"{who} {n}")
                except BaseException as exc:  # pragma: no cover - the failure we test for
                    errors.append(exc)

            threads = [
                threading.Thread(target=write, args=(first, "eerste")),
                threading.Thread(target=write, args=(second, "tweede")),
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            assert errors == []
            points = swot.items.list(first, ws.id)
            assert len(points) == 80
            # Positions are read and written per use case: they stay distinct.
            assert len({p.position for p in points}) == 80


def test_the_later_edit_of_one_field_wins(pg_url):
    with create_store(pg_url) as first:
        ws = create_workshop(first, "Samen").value
        point = swot.items.create(first, ws.id, quadrant="S", text="Begin").value
        with open_store(pg_url) as second:
            swot.items.update(first, point.id, text="Eerste versie")
            swot.items.update(second, point.id, text="Tweede versie")
            shown = next(p for p in swot.items.list(first, ws.id) if p.id == point.id)
            assert shown.text == "Tweede versie"


def test_a_serialization_failure_is_retried(pg_url):
    from psycopg.errors import SerializationFailure
    from sqlalchemy.exc import OperationalError

    with create_store(pg_url) as store:
        ws = create_workshop(store, "Samen").value
        attempts: list[int] = []

        def work(uow):  # type: ignore[no-untyped-def]
            from app.storage import models as m

            attempts.append(1)
            uow.session.add(
                m.SwotItemRow(workshop_id=ws.id, quadrant="T", text="één keer", position=0)
            )
            uow.session.flush()
            if len(attempts) == 1:
                raise OperationalError("UPDATE …", {}, SerializationFailure("could not serialize"))
            return "klaar"

        assert store.write(work) == "klaar"
        assert len(attempts) == 2
        texts = [p.text for p in swot.items.list(store, ws.id)]
        assert texts.count("één keer") == 1


def test_a_big_change_arrives_whole_in_notices_under_the_limit():
    from app.storage import notify

    changes = ChangeSet()
    ids = [f"{n:08d}-0000-4000-8000-000000000000" for n in range(2000)]
    for entity_id in ids:
        changes.add("created", "swot_item", entity_id)
    changes.add("deleted", "cluster", "c1")
    payloads = notify.encode(changes, "venster-1")
    assert len(payloads) > 1
    assert all(len(p.encode()) < 8000 for p in payloads)
    back = ChangeSet()
    for payload in payloads:
        writer, part = notify.decode(payload)
        assert writer == "venster-1"
        back.merge(part)
    assert back.created["swot_item"] == set(ids) and back.deleted["cluster"] == {"c1"}


def test_an_older_server_store_is_migrated_after_a_backup_file(pg_url, monkeypatch, tmp_path):
    """Alembic migrates a server store as it does a file; the copy before it is an
    ordinary .atelier file at the old revision."""
    from app.storage import copying, migrations
    from app.storage.engine import make_engine, url_for

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    import shutil

    # A copy: reading the fixture itself must never risk changing it.
    fixture = tmp_path / "rev0004.atelier"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "stores" / "rev0004.atelier", fixture)
    source, server = make_engine(url_for(fixture)), make_engine(pg_url)
    try:
        copying.copy_engine(source, server)  # the server now holds a store at 0004
    finally:
        source.dispose()
        server.dispose()
    with open_store(pg_url) as store:
        with store.engine.connect() as connection:
            assert migrations.current_revision(connection) == migrations.head_revision()
        assert store.last_backup is not None and store.last_backup.suffix == ".atelier"
        backup = store.last_backup
        assert backup.parent == copying.server_backup_folder()
        counts_after = info(store)["workshops"][0]["counts"]
    backup_engine = make_engine(url_for(backup))
    try:
        with backup_engine.connect() as connection:
            assert migrations.current_revision(connection) == "0004"
    finally:
        backup_engine.dispose()
    assert counts_after["swot_items"] >= 1
