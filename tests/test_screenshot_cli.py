"""``main.py screenshot STORE OUT.png --view NAME`` as a script runs it: a fresh process
on the demo store, a PNG of the asked size that shows something."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.conftest import run_cli

# The names CLI.md promises, and the projector's path and fiche pages.
VIEWS = [
    "swot",
    "paths",
    "proposals",
    "fiche",
    "analysis",
    "round",
    "projector-swot",
    "projector-results",
    "projector-path",
    "projector-fiche",
]
DEFAULT_SIZE = (1366, 768)  # app/cli.py cmd_screenshot, when --size is not given


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo store for the module, built by the CLI as a user would."""
    path = tmp_path_factory.mktemp("screenshots") / "demo.atelier"
    done = run_cli("demo", str(path))
    assert done.returncode == 0, done.stderr
    return path


def _colours(image) -> int:  # type: ignore[no-untyped-def]
    """How many distinct colours the image has (a blank or one-colour grab has 1)."""
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.width() * rgb.height())
    return len(np.unique(pixels))


def _shoot(demo: Path, out: Path, view: str, *extra: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    done = run_cli("screenshot", str(demo), str(out), "--view", view, *extra, timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    image = QImage(str(out))
    assert not image.isNull(), f"{out} is not a PNG Qt can read"
    return image


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_renders_a_picture_that_shows_something(demo, tmp_path, qapp, view):
    image = _shoot(demo, tmp_path / f"{view}.png", view)
    assert (image.width(), image.height()) == DEFAULT_SIZE
    assert _colours(image) > 50, f"{view}: the picture is (nearly) blank"


def test_size_is_what_was_asked(demo, tmp_path, qapp):
    image = _shoot(demo, tmp_path / "projector.png", "projector-swot", "--size", "1920x1080")
    assert (image.width(), image.height()) == (1920, 1080)
    assert _colours(image) > 50


def test_an_unknown_view_names_the_ones_there_are(demo, tmp_path):
    done = run_cli("screenshot", str(demo), str(tmp_path / "x.png"), "--view", "nergens")
    assert done.returncode == 2
    assert "Onbekend scherm 'nergens'" in done.stderr
    assert "projector-fiche" in done.stderr and "swot" in done.stderr
    assert not (tmp_path / "x.png").exists()


def test_the_analysis_shot_shows_a_rose_per_cluster(demo, qtbot):
    """What ``--view analysis`` renders, in this process: the roses tab, one card per
    cluster, each a rose over the internal areas with its cluster's name."""
    from app.services import analysis, organisation
    from app.services.stores import open_store
    from app.ui.base.controller import WorkshopController
    from app.ui.shell.main_window import MainWindow

    with open_store(demo, write=False) as store:
        controller = WorkshopController(store)
        window = MainWindow(controller)
        qtbot.addWidget(window)
        window.resize(*DEFAULT_SIZE)
        window.show()  # as app.ui.screenshots.render.render does for a view of the window
        view = window.show_view("analysis")
        assert view.tabs.currentWidget() is view.roses
        clusters = organisation.clusters.list(store, controller.workshop.id)
        internal = [
            a for a in analysis.areas.list(store, controller.workshop.id) if a.kind == "internal"
        ]
        cards = view.roses.cards
        assert len(cards) == len(clusters) >= 2
        # Cards laid out into a shown tab appear on the next turn of the event loop
        # (render() lets it turn before it grabs).
        qtbot.waitUntil(lambda: all(card.chart.isVisible() for card in cards))
        for card, cluster in zip(cards, clusters, strict=True):
            assert cluster.name in card.title.text()
            assert len(card.chart.names) == len(internal)
            # Importance and score; the reference cluster's own rose has no reference.
            assert len(card.chart.series) == (2 if cluster.is_reference else 3)
        window.close()


@pytest.mark.parametrize("view", ["swot-duplicates", "consolidation"])
def test_the_duplicate_search_shots_show_something(demo, tmp_path, qapp, view):
    image = _shoot(demo, tmp_path / f"{view}.png", view)
    assert image.width() >= 800 and image.height() >= 500
    assert _colours(image) > 50, f"{view}: the picture is (nearly) blank"
