"""Benchmark: the confrontation matrix on the large demo (5,000 SWOT points), on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf/test_tows_perf.py -s

Figures are printed, not asserted. Measured: one page of the matrix for all clusters
and for one cluster (what the window reads after every mark), and a mark set with
the page read again. Baseline: reading the same points' columns with the sqlite3
module and grouping them per quadrant in plain Python (what any matrix must do).
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import defaultdict
from pathlib import Path

import pytest

from app.services import organisation, strategies
from app.services.demo import build_demo
from app.services.workshops import only_workshop
from app.storage.store import create_store, open_store

REPEAT = 15


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tows") / "large.atelier"
    with create_store(path) as store:
        build_demo(store, "large")
    return path


def _median(run) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _plain(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT id, quadrant, cluster_id, absorbed_into_id, position FROM swot_item"
        ).fetchall()
    finally:
        con.close()
    groups: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        if row[3] is None:
            groups[row[1]].append(row)
    for members in groups.values():
        members.sort(key=lambda r: r[4])


def test_matrix_page_against_plain_sqlite(large_store: Path) -> None:
    baseline = _median(lambda: _plain(large_store))
    with open_store(large_store, backup_on_open=False) as store:
        ws = only_workshop(store).id
        cluster = organisation.clusters.list(store, ws)[0].id
        every = _median(lambda: strategies.matrix(store, ws))
        one = _median(lambda: strategies.matrix(store, ws, cluster_id=cluster))
        m = strategies.matrix(store, ws)
        inner, outer = m.rows[0].id, m.columns[0].id
        weights = iter(range(10_000))

        def mark() -> None:
            strategies.set_mark(store, ws, inner, outer, next(weights) % 4)
            strategies.matrix(store, ws)

        marked = _median(mark)
        points = sum(m.totals.values())
    print(
        f"\nTOWS on {points} consolidated points: plain sqlite3 {baseline * 1000:.1f} ms; "
        f"all clusters {every * 1000:.1f} ms ({every / baseline:.1f}×), one cluster "
        f"{one * 1000:.1f} ms ({one / baseline:.1f}×), mark + page {marked * 1000:.1f} ms "
        f"({marked / baseline:.1f}×)"
    )
