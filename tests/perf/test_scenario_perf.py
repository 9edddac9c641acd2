"""Benchmark: ticking a fiche in the scenario on the large demo (1,000 fiches), on
demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf/test_scenario_perf.py -s

Figures are printed, not asserted (target: a tick updates every figure within 50 ms).
Measured: the tick as the view does it, from the check box to every figure of the
years table, the summary line, the fiche's row and the projected page painted
(before the decision is written); and, apart, the same tick with its decision
written and the change set followed. Baseline: summing the same rows in plain
Python (every resource row of the fiches in the plan, per year and kind), which is
what the scenario would cost if a tick recounted everything.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.demo import build_demo
from app.storage.store import create_store, open_store

REPEAT = 30


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scenario") / "large.atelier"
    with create_store(path) as store:
        build_demo(store, "large")
    return path


def _plain_sums(path: Path, taken: set[str]) -> dict[int, list[float]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT r.proposal_id, p.mandatory, r.year, r.investment, r.investment_income, "
            "r.operating, r.operating_income FROM proposal_resource r "
            "JOIN proposal p ON p.id = r.proposal_id"
        ).fetchall()
    finally:
        con.close()
    start = time.perf_counter()
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for pid, mandatory, year, inv, inv_in, op, op_in in rows:
        if mandatory or pid in taken:
            s = sums[year]
            s[0] += inv
            s[1] += inv_in
            s[2] += op
            s[3] += op_in
    return {"ms": (time.perf_counter() - start) * 1000, "rows": len(rows)}  # type: ignore[return-value]


def _median(label: str, samples: list[float], cpu: list[float] | None = None) -> float:
    """Wall clock and, when given, CPU time: on a busy machine the wall clock also
    counts waiting for a core, the CPU time only this process's work."""
    median = statistics.median(samples)
    extra = ""
    if cpu:
        extra = f"; CPU median {statistics.median(cpu):.2f} ms, max {max(cpu):.2f} ms"
    print(f"{label}: median {median:.2f} ms, max {max(samples):.2f} ms{extra} (n={len(samples)})")
    return median


def test_ticking_a_proposal_on_the_large_demo(large_store, qtbot, tmp_path):
    from app.ui.base.controller import WorkshopController
    from app.ui.scenario.projector import ScenarioPage
    from app.ui.scenario.view import TICK, ScenarioView

    path = tmp_path / "copy.atelier"
    shutil.copy(large_store, path)
    store = open_store(path, backup_on_open=False)
    controller = WorkshopController(store)
    view = ScenarioView(controller)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    page = ScenarioPage(view.state)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    QApplication.processEvents()
    state, model = view.state, view.proposals_model
    print(f"\n{len(state.proposals)} fiches, {len(state.keuze)} keuze fiches")

    rows = [r for r in range(model.rowCount()) if any(state.net(model.proposal_id(r)))][:REPEAT]
    figures_only, with_write, baseline = [], [], []
    figures_cpu, write_cpu = [], []
    for row in rows:
        proposal_id = model.proposal_id(row)
        # The tick as the view makes it, without the write: figures and paint.
        start, cpu = time.perf_counter(), time.process_time()
        state.toggle(proposal_id, True)
        model.changed_row(proposal_id)
        QApplication.processEvents()
        figures_only.append((time.perf_counter() - start) * 1000)
        figures_cpu.append((time.process_time() - cpu) * 1000)
        state.toggle(proposal_id, False)
        model.changed_row(proposal_id)
        QApplication.processEvents()
        # The whole tick: figures, the decision written (fsync), its change set followed.
        start, cpu = time.perf_counter(), time.process_time()
        model.setData(model.index(row, TICK), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)  # fmt: skip
        QApplication.processEvents()
        with_write.append((time.perf_counter() - start) * 1000)
        write_cpu.append((time.process_time() - cpu) * 1000)
        taken = {i for i in state.keuze if state.is_taken(i)}
        baseline.append(_plain_sums(path, taken)["ms"])  # type: ignore[index]
    rows_summed = _plain_sums(path, set())["rows"]  # type: ignore[index]
    tick = _median(
        "tick: every figure, the row and the projected page painted", figures_only, figures_cpu
    )
    whole = _median("tick with its decision written and followed", with_write, write_cpu)
    base = _median(f"baseline: plain Python summing {rows_summed} resource rows", baseline)
    print(f"ratio tick / baseline: {tick / base:.2f}; with the write: {whole / base:.2f}")
    store.close()
