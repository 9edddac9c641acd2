"""Benchmark: the goal tree's overview (tree, fiches under each goal, money per year
with descendants) and the Doelen view refilled, on the large demo, on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf/test_goals_perf.py -s

Figures are printed, not asserted (target: the view refills within 300 ms after an
edit). Baseline: the same rows read with the sqlite3 module and summed up the tree
in plain Python.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import defaultdict
from pathlib import Path

import pytest

from app.services import goals
from app.services.demo import build_demo
from app.services.workshops import only_workshop
from app.storage.store import create_store, open_store

REPEAT = 15


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("goals") / "large.atelier"
    with create_store(path) as store:
        build_demo(store, "large")
    return path


def _plain(path: Path) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(path)
    try:
        parent = dict(con.execute("SELECT id, parent_id FROM goal").fetchall())
        money = con.execute(
            "SELECT p.goal_id, r.year, r.investment, r.investment_income, r.operating, "
            "r.operating_income FROM proposal_resource r JOIN proposal p ON p.id = r.proposal_id "
            "WHERE p.goal_id IS NOT NULL"
        ).fetchall()
        con.execute("SELECT id, code, title, goal_id FROM proposal").fetchall()
    finally:
        con.close()
    sums: dict[str, dict[int, list[float]]] = defaultdict(dict)
    for goal_id, year, *values in money:
        node = goal_id
        while node is not None:
            row = sums[node].setdefault(year, [0.0] * 4)
            for i, v in enumerate(values):
                row[i] += v
            node = parent.get(node)
    return (time.perf_counter() - start) * 1000


def test_goal_overview_and_view_on_the_large_demo(large_store, qtbot):
    from app.ui.base.controller import WorkshopController
    from app.ui.goals.view import GoalsView

    plain = statistics.median(_plain(large_store) for _ in range(REPEAT))
    with open_store(large_store, backup_on_open=False) as store:
        ws = only_workshop(store).id
        samples = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            view_data = goals.overview(store, ws)
            samples.append((time.perf_counter() - start) * 1000)
        overview = statistics.median(samples)
        controller = WorkshopController(store)
        view = GoalsView(controller)
        qtbot.addWidget(view)
        refills = []
        for _ in range(5):
            start = time.perf_counter()
            view.reload()
            refills.append((time.perf_counter() - start) * 1000)
        refill = statistics.median(refills)
    proposals = sum(len(f) for f in view_data.proposals.values())
    print(
        f"\n{len(view_data.goals)} goals, {proposals} fiches under them:"
        f" plain sqlite3 {plain:.1f} ms;"
        f" overview {overview:.1f} ms ({overview / plain:.1f}x); view refilled {refill:.1f} ms"
        f" ({refill / plain:.1f}x)"
    )
