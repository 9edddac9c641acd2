"""Excel export and import against plain openpyxl doing the same writing or reading.

Run on demand: ``.venv/bin/python -m pytest tests/perf/test_excel_perf.py -q -s``.
Export of the large demo may take at most 1.5× openpyxl write-only writing the
same cells; importing a 10,000-row list (reading, checking and storing it) at
most 3× openpyxl read-only reading it. Each side is timed best of three, the two
sides taking turns. The large demo's export includes its ballots (a row per entry).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from app.exchange import layout
from app.exchange.export import export_workbook
from app.exchange.export_rows import sheet_rows
from app.exchange.importer import import_workbook
from app.services.demo import build_demo
from app.services.workshops import create_workshop
from app.storage.store import create_store, open_store

ROUNDS = 3
LIST_ROWS = 10_000


def _best(*runs: Callable[[], float | None]) -> list[float]:
    """Best of ROUNDS for each run. The runs take turns, so that a change in the
    machine's load weighs on both sides of a ratio rather than on one."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(ROUNDS):
        for run, taken in zip(runs, times, strict=True):
            start = time.perf_counter()
            measured = run()
            taken.append(measured if measured is not None else time.perf_counter() - start)
    return [min(taken) for taken in times]


@pytest.fixture(scope="module")
def large_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.atelier"
    with create_store(path) as store:
        build_demo(store, "large")
    return path


def test_export_of_the_large_demo_against_openpyxl_write_only(large_demo, tmp_path):
    with open_store(large_demo, write=False) as store:
        rows = sheet_rows(store, "2026-01-01 00:00")

        def baseline() -> None:
            wb = Workbook(write_only=True)
            for spec in layout.SHEETS:
                ws = wb.create_sheet(spec.title)
                ws.append([f.header for f in spec.columns])
                for row in rows[spec.kind]:
                    ws.append(row)
            wb.save(tmp_path / "baseline.xlsx")

        plain, ours = _best(
            baseline, lambda: export_workbook(store, tmp_path / "export.xlsx") and None
        )
    cells = sum(len(r) for rs in rows.values() for r in rs)
    print(
        f"\nexport large demo: {sum(map(len, rows.values()))} rows, {cells} cells; "
        f"Atelier {ours:.2f} s, openpyxl write-only {plain:.2f} s, ratio {ours / plain:.2f}"
    )
    assert ours <= 1.5 * plain


def test_import_of_a_10000_row_list_against_openpyxl_read_only(tmp_path):
    path = tmp_path / "lijst.xlsx"
    rng = random.Random(6)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Punten")
    ws.append(["Kwadrant", "Tekst", "Cluster", "Auteur"])
    quadrants = ["Sterkte", "Zwakte", "Kans", "Bedreiging"]
    for n in range(LIST_ROWS):
        text = f"Punt {n}: dienstverlening en samenwerking {rng.random():.6f}"
        ws.append([quadrants[n % 4], text, f"Cluster {n % 6}", "An Peeters"])
    wb.save(path)

    def baseline() -> None:
        book = openpyxl.load_workbook(path, read_only=True)
        rows = [row for sheet in book for row in sheet.iter_rows(values_only=True)]
        book.close()
        assert len(rows) == LIST_ROWS + 1

    def ours() -> float:
        target = tmp_path / f"store-{time.monotonic_ns()}.atelier"
        with create_store(target) as store:
            create_workshop(store, "Benchmark")
            start = time.perf_counter()
            report = import_workbook(store, path)
            elapsed = time.perf_counter() - start
        assert report.ok and report.created["swot_items"] == LIST_ROWS
        return elapsed

    plain, mine = _best(baseline, ours)
    print(
        f"\nimport {LIST_ROWS} rows (read, check, store): Atelier {mine:.2f} s, "
        f"openpyxl read-only {plain:.2f} s, ratio {mine / plain:.2f}"
    )
    assert mine <= 3 * plain
