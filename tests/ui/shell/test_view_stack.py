"""The main window builds a view the first time it is shown, not at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.ui.base.pages import PAGES
from tests.conftest import ROOT


def test_only_the_first_view_is_built_at_start(window):
    assert [v.key for v in window.views.built()] == ["swot"]
    assert list(window.views) == [p.key for p in PAGES]  # the keys, without building
    assert "reports" in window.views and "nope" not in window.views
    assert [v.key for v in window.views.built()] == ["swot"]


def test_a_view_is_built_once_when_first_shown(window):
    reports = window.show_view("reports")
    assert window.stack.currentWidget() is reports
    assert window.show_view("reports") is reports
    assert [v.key for v in window.views.built()] == ["swot", "reports"]
    with pytest.raises(KeyError):
        window.views["nope"]


def test_the_navigator_lists_every_view_before_it_is_built(window):
    root = window.navigator.topLevelItem(0)
    titles = [root.child(i).text(0) for i in range(root.childCount())]
    assert titles[1:] == [p.translated_title() for p in PAGES]  # after "Sessies"
    assert "Rapporten en Excel" in titles
    assert [v.key for v in window.views.built()] == ["swot"]


def test_each_view_has_its_page(window):
    for page in PAGES:
        view = window.show_view(page.key)
        assert type(view).__name__ == page.class_name
        assert view.title() == page.translated_title()


# What the first screen does not need stays unimported until a view asks for it.
OPENED = r"""
import json, sys
sys.path.insert(0, sys.argv[2])
from app.storage.store import open_store
from app.ui.shell.app import application
from app.ui.base.controller import WorkshopController
from app.ui.shell.main_window import MainWindow

app = application()
store = open_store(sys.argv[1], backup_on_open=False)
window = MainWindow(WorkshopController(store))
window.show()
app.processEvents()
heavy = ["openpyxl", "reportlab", "starlette", "uvicorn", "pyqtgraph", "alembic", "numpy"]
before = [name for name in heavy if name in sys.modules]
window.show_view("reports")
after = [name for name in heavy if name in sys.modules]
window.close()
store.close()
print(json.dumps({"before": before, "after": after}))
"""


def test_the_first_screen_imports_no_excel_pdf_chart_or_web_libraries(demo_template):
    done = subprocess.run(
        [sys.executable, "-c", OPENED, str(demo_template), str(ROOT)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["before"] == []
    assert "reportlab" in seen["after"] or "openpyxl" in seen["after"]  # the view needs them
