"""Shared fixtures. Tests run headless; Qt warnings fail them (pyproject: qt_log_level_fail)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' own settings (language, recent files, window geometry) and data folder,
# never the user's: set before Qt first reads them; subprocesses inherit them.
_HOME = tempfile.mkdtemp(prefix="atelier-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(autouse=True)
def _projector_text_size_does_not_leak() -> Iterator[None]:
    """The projector's text size is remembered per workshop in the settings, and the
    demo's workshop id is the same in every copy: a test that enlarges the text must
    not enlarge a later test's screenshot."""
    yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QSettings

        if QCoreApplication.instance() is not None:
            settings = QSettings()
            settings.remove("projector/textScale")
            settings.sync()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.atelier"


@pytest.fixture
def store(store_path: Path) -> Iterator[object]:
    """An empty store with one workshop (default areas and questionnaire)."""
    from app.services.workshops import create_workshop
    from app.storage.store import create_store

    with create_store(store_path) as s:
        create_workshop(s, "Testworkshop", organisation="Gemeente Test")
        yield s


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A real PostgreSQL server for this test run (tests/postgres.py); the tests that
    use it skip only when no PostgreSQL binaries are installed (CI installs them)."""
    from tests.postgres import PostgresServer, binaries

    found = binaries()
    if found is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    server = PostgresServer(found)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:  # type: ignore[no-untyped-def]
    """The URL of a new, empty database on the test server."""
    return pg_server.create_database()  # type: ignore[no-any-return]


@pytest.fixture
def workshop(store):  # type: ignore[no-untyped-def]
    from app.services.workshops import only_workshop

    return only_workshop(store)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo store per test run; tests copy it rather than rebuild it."""
    from app.services.demo import build_demo
    from app.storage.store import create_store

    path = tmp_path_factory.mktemp("demo") / "demo.atelier"
    with create_store(path) as s:
        build_demo(s)
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[object]:
    import shutil

    from app.storage.store import open_store

    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        yield s


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 120):  # type: ignore[no-untyped-def]
    """Run ``python main.py ARGS`` in a fresh process (the contract as scripts see it)."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
