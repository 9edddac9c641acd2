"""Every schema revision's fixture store opens, migrates, keeps its data and leaves a backup."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.services import swot
from app.services.inventory import check, info
from app.services.workshops import only_workshop
from app.storage import backup, migrations
from app.storage.models import Base
from app.storage.store import create_store, open_store

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "stores").glob("rev*.atelier"))


def test_there_is_a_fixture_for_every_revision_but_the_newest():
    revisions = migrations.known_revisions()
    fixtures = {p.stem.removeprefix("rev") for p in FIXTURES}
    assert fixtures == revisions - {migrations.head_revision()}


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_store_migrates_and_leaves_a_backup(fixture: Path, tmp_path: Path):
    path = tmp_path / "old.atelier"
    shutil.copy(fixture, path)
    with open_store(path) as store:
        assert info(store)["schema_version"] == migrations.head_revision()
        assert check(store).sound, check(store).problems
        workshop = only_workshop(store)
        items = swot.list_items(store, workshop.id)
        consolidated = next(i for i in items if i.source_ids)
        assert consolidated.cluster_count == 2
        assert info(store)["workshops"][0]["counts"]["ballots"] == 1
    copies = backup.backups_of(path)
    assert [c for c in copies if "voor-migratie" in c.name]
    con = sqlite3.connect(copies[0])
    old_revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    assert old_revision == fixture.stem.removeprefix("rev")


def test_models_and_migrations_agree(store_path: Path):
    with create_store(store_path) as store, store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], "models changed without an Alembic revision in db/versions"


def test_store_from_a_newer_atelier_is_refused(store_path: Path):
    create_store(store_path).close()
    con = sqlite3.connect(store_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    from app.domain.errors import StoreTooNew

    with pytest.raises(StoreTooNew, match="nieuwere versie"):
        open_store(store_path)
