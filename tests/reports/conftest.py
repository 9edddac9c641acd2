"""Fixtures for the report tests: the demo store with awkward text added, and
helpers that read a PDF back (poppler's pdftotext, as CI installs it)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

# Names from every Latin script a town's staff write, beyond Latin-1.
NAMES = "Łukasz, Şeyma, Nguyễn, Zoë, Ørjan, Dvořák, Győr"
MARKUP = "R&D <kosten> > 5%"
# Typed decomposed (as some keyboards and pastes deliver it): e + circumflex + tilde.
DECOMPOSED = unicodedata.normalize("NFD", "Overleg met Nguyễn in Hồ Chí Minhstad")


def pdftotext(pdf: Path, *args: str) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing: apt-get install poppler-utils"
    result = subprocess.run(
        [tool, "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout.decode("utf-8")


def pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    return pdftotext(pdf).split("\f")[:-1]


def add_awkward_points(store) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import AreaKind
    from app.services import analysis, organisation, swot
    from app.services.workshops import only_workshop

    w = only_workshop(store)
    zorg = next(c for c in organisation.clusters.list(store, w.id) if c.name == "Zorg")
    inner = next(a for a in analysis.areas.list(store, w.id) if a.kind is AreaKind.INTERNAL)
    for text in (f"Namen als {NAMES} schrijven we correct", MARKUP, DECOMPOSED):
        swot.items.create(
            store, w.id, quadrant="S", text=text, cluster_id=zorg.id, area_id=inner.id
        )


@pytest.fixture(scope="module")
def report_store_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo store with the awkward points, shared by a module's tests."""
    from app.storage.store import open_store

    path = tmp_path_factory.mktemp("report") / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as store:
        add_awkward_points(store)
    return path


@pytest.fixture
def report_store(report_store_path: Path) -> Iterator[object]:
    from app.storage.store import open_store

    with open_store(report_store_path, write=False, backup_on_open=False) as store:
        yield store
