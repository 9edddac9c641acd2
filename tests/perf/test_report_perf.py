"""Benchmark of the PDF report on the large demo (1,000 fiches, 5,000 SWOT points).

Run on demand: ``pytest tests/perf/test_report_perf.py -s``.

Baseline: a plain ReportLab script setting the same text: the report's own
paragraphs (same markup) and tables (same cells and column widths) with one
plain style, on the report's A4 page with its margins (the same text area as
the report's body pages). No cover, contents, bookmarks, running header and
footer, page totals, charts, SDG tiles or table styling. Both sides read the
store through the same loader, and both are timed from the store to the saved
file. Each side runs ROUNDS times, the two taking turns (so that a change in the
machine's load weighs on both, and neither has the cold start alone); the best
of each counts. The report may take at most twice the baseline, in CPU time of
this process (wall-clock time is printed too, but on a busy machine it measures
the neighbours as much as the code).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
)

from app.reports import data as report_data
from app.reports.blocks import Context
from app.reports.build import _ORDER, _SECTIONS, build_report
from app.reports.document import Outline
from app.reports.sections import annex
from app.reports.styles import (
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOP_MARGIN,
    styles,
)
from app.storage.store import open_store
from tests.conftest import run_cli

# (kind, payload): "p" markup; "t" (rows of cells, widths); "b" page break.
Plain = tuple[str, Any]
ROUNDS = 3


def _cell(value: Any) -> Any:
    if isinstance(value, Paragraph):
        return ("p", value.text)
    if isinstance(value, Table):  # a table in a cell: its paragraphs
        return [_cell(c) for row in value._cellvalues for c in row if isinstance(c, Paragraph)]
    if isinstance(value, list | tuple):
        return [_cell(v) for v in value if isinstance(v, Paragraph)]
    return value if isinstance(value, str) else ""


def _plain(flowables: list[Flowable]) -> list[Plain]:
    """The text content of the report's story, without anything else."""
    out: list[Plain] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(("p", f.text))
        elif isinstance(f, Table):
            rows = [[_cell(c) for c in row] for row in f._cellvalues]
            out.append(("t", (rows, list(f._argW))))
        elif isinstance(f, PageBreak):
            out.append(("b", None))
    return out


def _flowable_cell(value: Any, style: Any) -> Any:
    if isinstance(value, tuple):
        return Paragraph(value[1], style)
    if isinstance(value, list):
        return [_flowable_cell(v, style) for v in value]
    return value


def _plain_build(content: list[Plain], path: Path) -> None:
    style = styles()["body"]
    story: list[Flowable] = []
    for kind, payload in content:
        if kind == "p":
            story.append(Paragraph(payload, style))
        elif kind == "t":
            rows, widths = payload
            cells = [[_flowable_cell(c, style) for c in row] for row in rows]
            story.append(Table(cells, colWidths=widths, splitInRow=1))
        else:
            story.append(PageBreak())
    # The report's page: A4, its margins, a frame without padding (ReportDocument's
    # body frame). SimpleDocTemplate would take 1-inch margins and pad its frame.
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        FRAME_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    doc.addPageTemplates([PageTemplate("plain", [frame])])
    doc.build(story)


def _report_content(store: Any) -> list[Plain]:
    loaded = report_data.load(store, "all", None, lambda: None)
    ctx = Context(loaded, Outline(), "1 januari 2026")
    story: list[Flowable] = []
    for name in _ORDER:
        for section in _SECTIONS[name]:
            story.extend(section(ctx))
    if loaded.workshop.show_names:
        story.extend(annex.participants(ctx))
    return _plain(story)


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.atelier"
    result = run_cli("demo", str(path), "--size", "large", timeout=600)
    assert result.returncode == 0, result.stderr
    return path


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds of this process, wall-clock seconds) that ``run`` took."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _best(*runs: Callable[[], object]) -> list[tuple[float, float]]:
    """The best (least CPU time) of ROUNDS runs of each, the runs taking turns."""
    times: list[list[tuple[float, float]]] = [[] for _ in runs]
    for _ in range(ROUNDS):
        for run, taken in zip(runs, times, strict=True):
            taken.append(_timed(run))
    return [min(taken) for taken in times]


def test_large_report_within_twice_a_plain_reportlab_script(large_store: Path, tmp_path: Path):
    out, plain_out = tmp_path / "large.pdf", tmp_path / "plain.pdf"
    with open_store(large_store, write=False, backup_on_open=False) as store:
        content = _report_content(store)  # what the baseline sets (not timed)

        def report() -> None:
            build_report(store, out)

        def baseline() -> None:
            report_data.load(store, "all", None, lambda: None)  # the same reading cost
            _plain_build(content, plain_out)

        (report_cpu, report_wall), (base_cpu, base_wall) = _best(report, baseline)
        load_cpu = _timed(lambda: report_data.load(store, "all", None, lambda: None))[0]

    paragraphs = sum(1 for kind, _ in content if kind == "p")
    tables = sum(1 for kind, _ in content if kind == "t")
    pages = len(PdfReader(out).pages)
    plain_pages = len(PdfReader(plain_out).pages)
    ratio = report_cpu / base_cpu
    print(
        f"\nreport of the large demo ({pages} pages, {out.stat().st_size / 1e6:.1f} MB), "
        f"best of {ROUNDS}: {report_cpu:.1f} s CPU ({report_wall:.1f} s wall); plain "
        f"ReportLab setting the same {paragraphs} paragraphs and {tables} tables on the "
        f"same A4 text area ({plain_pages} pages): {base_cpu:.1f} s CPU ({base_wall:.1f} s "
        f"wall; reading the store {load_cpu:.1f} s CPU); ratio {ratio:.2f} "
        f"(wall {report_wall / base_wall:.2f})"
    )
    assert pages > 1000
    assert ratio <= 2.0
