"""``main.py screenshot --view tows`` and ``--view projector-tows``: the matrix of the
demo's cluster with marks, in the window and on the projected screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from app.ui.screenshots import render as screenshot
from app.ui.strategy.model import FIELD_TINTS
from tests.conftest import run_cli


@pytest.mark.parametrize(("name", "size"), [("tows", (1366, 768)), ("projector-tows", (1024, 768))])
def test_tows_shots_render_with_marks(name, size, demo_template, tmp_path, qapp):
    out = tmp_path / f"{name}.png"
    screenshot.render(str(demo_template), out, name, size)
    image = QImage(str(out))
    assert (image.width(), image.height()) == size
    # The heaviest SO mark's tint is on the picture: the marks are shown.
    heavy = QColor(FIELD_TINTS[next(iter(FIELD_TINTS))][2]).rgb()
    found = any(
        image.pixel(x, y) == heavy for x in range(0, size[0], 3) for y in range(0, size[1], 3)
    )
    assert found


def test_the_shot_command_knows_the_tows_views(demo_template, tmp_path):
    out = tmp_path / "tows.png"
    result = run_cli("screenshot", str(demo_template), str(out), "--view", "projector-tows")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() > 0
    assert "app.ui.screenshots.strategy" in screenshot.SHOT_MODULES


def test_the_synthesis_shot_keeps_a_laptop_width(demo_template, tmp_path, qapp):
    """The matrix narrowed to the synthesis: the view's bar still fits 1366 pixels."""
    out = tmp_path / "tows-synthesis.png"
    screenshot.render(str(demo_template), out, "tows-synthesis", (1366, 768))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
