"""Benchmarks for the store (run on demand: pytest tests/perf/test_store_perf.py -s).

Figures are printed, not asserted: targets are judged in the issue notes.
Baseline: the same rows written by plain sqlite3 executemany in one transaction.
"""

import sqlite3
import time
from pathlib import Path

from tests.conftest import run_cli


def _timed(*args: str) -> float:
    start = time.perf_counter()
    result = run_cli(*args, timeout=600)
    assert result.returncode == 0, result.stderr
    return time.perf_counter() - start


def test_large_demo_time_size_and_info(tmp_path: Path):
    store = tmp_path / "large.atelier"
    build = _timed("demo", str(store), "--size", "large")
    size_mb = store.stat().st_size / 1e6
    info = min(_timed("info", str(store), "--json") for _ in range(3))
    check = _timed("check", str(store))
    startup = min(_timed("--version") for _ in range(3))

    # Baseline: copy every row of the large store with plain sqlite3 (no ORM, no rules).
    baseline_path = tmp_path / "plain.sqlite"
    src = sqlite3.connect(store)
    schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE type='table'")]
    tables = [name for (name,) in src.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    data = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    src.close()
    start = time.perf_counter()
    dst = sqlite3.connect(baseline_path)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    for sql in schema:
        dst.execute(sql)
    with dst:
        for t, rows in data.items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                dst.executemany(f'INSERT INTO "{t}" VALUES ({marks})', rows)
    dst.close()
    baseline = time.perf_counter() - start
    rows = sum(len(r) for r in data.values())
    print(
        f"\ndemo --size large: {build:.1f} s ({rows} rows, {size_mb:.1f} MB); "
        f"plain sqlite3 insert of the same rows: {baseline:.2f} s; "
        f"process start (--version): {startup:.2f} s; "
        f"info --json: {info:.2f} s; check: {check:.2f} s"
    )
