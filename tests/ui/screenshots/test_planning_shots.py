"""The screenshots of the planning views render at the docs' size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from app.ui.screenshots import render as screenshot


@pytest.mark.parametrize("name", ["paths", "principles", "proposals", "fiche"])
def test_planning_views_render_at_1366x768(name, demo_template, tmp_path, qapp):
    out = tmp_path / f"{name}.png"
    screenshot.render(str(demo_template), out, name, (1366, 768))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_proposal_shot_opens_the_first_proposal(window):
    import app.ui.screenshots.proposals  # noqa: F401 (registers the shot)

    screenshot.SHOTS["fiche"](window, (1366, 768))
    view = window.views["proposals"]
    assert view.stack.currentIndex() == 1
    assert view.form.proposal_id == view.model.proposal(0).id
    assert "app.ui.screenshots.proposals" in screenshot.SHOT_MODULES
