"""Benchmark of the Word report on the large demo (1,000 fiches, 5,000 SWOT points).

Run on demand: ``pytest tests/perf/test_word_perf.py -s``.

Baseline: python-docx writing the same content plainly: every paragraph of the
report (its plain text) with ``add_paragraph``, every table with ``add_table``
and ``cell.text`` per cell (a cell's paragraphs joined by line breaks), every page
break with ``add_page_break``; no styles, headings, contents field, pictures,
properties or house style. Both sides read the store through the same loader and
are timed from the store to the saved file, taking turns; the best of ROUNDS
each counts, in CPU time of this process. The Word report may take at most twice
the baseline.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from app.reports import data as report_data
from app.reports.blocks import Context
from app.reports.build import _ORDER, _SECTIONS, build_report
from app.reports.document import Outline
from app.reports.sections import annex
from app.storage.store import open_store
from tests.conftest import run_cli

ROUNDS = 2  # a round of both takes about two minutes on the development machine

Plain = tuple[str, Any]


def _text(p: Paragraph) -> str:
    return "".join(getattr(f, "text", "") for f in p.frags)


def _cell(value: Any) -> str:
    if isinstance(value, Paragraph):
        return _text(value)
    if isinstance(value, Table):
        return "\n".join(_cell(c) for row in value._cellvalues for c in row)
    if isinstance(value, list | tuple):
        return "\n".join(_cell(v) for v in value)
    return value if isinstance(value, str) else ""


def _plain(flowables: list[Flowable]) -> list[Plain]:
    out: list[Plain] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out.extend(_plain(f._content))
        elif isinstance(f, Paragraph):
            out.append(("p", _text(f)))
        elif isinstance(f, Table):
            out.append(("t", [[_cell(c) for c in row] for row in f._cellvalues]))
        elif isinstance(f, PageBreak):
            out.append(("b", None))
    return out


def _report_content(store: Any) -> list[Plain]:
    loaded = report_data.load(store, "all", None, lambda: None)
    ctx = Context(loaded, Outline(), "1 januari 2026")
    story: list[Flowable] = []
    for name in _ORDER:
        for section in _SECTIONS[name]:
            story.append(PageBreak())
            story.extend(section(ctx))
    if loaded.workshop.show_names:
        story.extend(annex.participants(ctx))
    return _plain(story)


def _plain_docx(content: list[Plain], path: Path) -> None:
    document = docx.Document()
    for kind, payload in content:
        if kind == "p":
            document.add_paragraph(payload)
        elif kind == "t":
            rows = payload
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for values, row in zip(rows, table.rows, strict=False):
                for value, cell in zip(values, row.cells, strict=False):
                    cell.text = value
        else:
            document.add_page_break()
    document.save(str(path))


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.atelier"
    result = run_cli("demo", str(path), "--size", "large", timeout=600)
    assert result.returncode == 0, result.stderr
    return path


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _best(*runs: Callable[[], object]) -> list[tuple[float, float]]:
    times: list[list[tuple[float, float]]] = [[] for _ in runs]
    for _ in range(ROUNDS):
        for run, taken in zip(runs, times, strict=True):
            taken.append(_timed(run))
    return [min(taken) for taken in times]


def test_large_word_report_within_twice_plain_python_docx(large_store: Path, tmp_path: Path):
    out, plain_out = tmp_path / "large.docx", tmp_path / "plain.docx"
    with open_store(large_store, write=False, backup_on_open=False) as store:
        content = _report_content(store)  # what the baseline writes (not timed)

        def report() -> None:
            build_report(store, out)

        def baseline() -> None:
            report_data.load(store, "all", None, lambda: None)  # the same reading cost
            _plain_docx(content, plain_out)

        (report_cpu, report_wall), (base_cpu, base_wall) = _best(report, baseline)

    paragraphs = sum(1 for kind, _ in content if kind == "p")
    tables = sum(1 for kind, _ in content if kind == "t")
    document = docx.Document(str(out))
    ratio = report_cpu / base_cpu
    print(
        f"\nWord report of the large demo ({out.stat().st_size / 1e6:.1f} MB, "
        f"{len(document.tables)} tables, {len(document.inline_shapes)} pictures), best of "
        f"{ROUNDS}: {report_cpu:.1f} s CPU ({report_wall:.1f} s wall); plain python-docx "
        f"writing the same {paragraphs} paragraphs and {tables} tables: {base_cpu:.1f} s "
        f"CPU ({base_wall:.1f} s wall); ratio {ratio:.2f} (wall {report_wall / base_wall:.2f})"
    )
    assert len(document.tables) >= tables
    assert ratio <= 2.0
