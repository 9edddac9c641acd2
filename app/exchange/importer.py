"""Importing a workbook: plan it (what would change, what is wrong), then apply it.

Both steps take optional ``progress(done, total)`` and ``cancelled() -> bool``
callbacks, so that the GUI can run them off the GUI thread with a progress bar
and a cancel button. A plan is worked out in a transaction that is rolled back,
with the same code that applies it, so the preview says exactly what applying
will do. Applying is one transaction: all of it, or (on any problem, or when
cancelled) nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.changes import ChangeSet
from app.exchange import layout
from app.exchange.problems import HiddenSheet, Ignored, Problem, WorkbookRejected
from app.exchange.reading import Cancelled, Progress, read_cells
from app.exchange.recognise import ParsedWorkbook, recognise
from app.exchange.storing import StoreImport
from app.storage.store import Store


def _zeros() -> dict[str, int]:
    return dict.fromkeys(layout.COUNT_KEYS, 0)


@dataclass
class ImportReport:
    """What an import created and updated (or would), and what stopped it."""

    file: Path
    created: dict[str, int] = field(default_factory=_zeros)
    updated: dict[str, int] = field(default_factory=_zeros)
    problems: list[Problem] = field(default_factory=list)
    # What the workbook holds that is not taken in, and the sheets Excel hides.
    ignored: list[Ignored] = field(default_factory=list)
    hidden: list[HiddenSheet] = field(default_factory=list)
    # What changed in the store, for views to refresh (empty for a plan).
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        """The shape of CLI.md's ``import --json``."""
        return {
            "ok": self.ok,
            "created": dict(self.created),
            "updated": dict(self.updated),
            "errors": [p.as_json() for p in self.problems],
            "ignored": [i.as_json() for i in self.ignored],
            "hidden_sheets": [h.as_json() for h in self.hidden],
        }


@dataclass
class ImportPlan:
    """A read and checked workbook, and what applying it would do to the store."""

    report: ImportReport
    book: ParsedWorkbook | None  # None when the file could not be read at all
    # Whether hidden sheets were read (the window asks; the CLI always reads them).
    include_hidden: bool = True

    @property
    def ok(self) -> bool:
        return self.report.ok


def read_workbook(
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    include_hidden: bool = True,
) -> ImportPlan:
    """Read and recognise ``path`` without looking at any store. Hidden sheets are
    read with ``include_hidden`` (the CLI); either way the report lists them."""
    path = Path(path)
    try:
        raw = read_cells(path, progress, cancelled)
    except WorkbookRejected as exc:
        return ImportPlan(ImportReport(path, problems=[exc.problem]), None, include_hidden)
    book = recognise(raw, include_hidden)
    report = ImportReport(
        path, problems=list(book.problems), ignored=list(book.ignored), hidden=list(book.hidden)
    )
    return ImportPlan(report, book, include_hidden)


def plan_import(
    store: Store,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    include_hidden: bool = True,
) -> ImportPlan:
    """What importing ``path`` would create and update, and every problem per cell.
    Writes nothing."""
    reading, checking = _phases(progress)
    plan = read_workbook(path, reading, cancelled, include_hidden)
    if plan.book is None:
        return plan
    with store.reading() as uow:  # rolled back at the end
        run = StoreImport(uow, plan.book, checking, cancelled)
        run.run()
    _fill(plan.report, run)
    return plan


def apply_plan(
    store: Store,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Apply a plan in one transaction. With any problem (also one that arose
    because the store changed since the plan) nothing is changed."""
    report = ImportReport(
        plan.report.file,
        problems=list(plan.report.problems),
        ignored=list(plan.report.ignored),
        hidden=list(plan.report.hidden),
    )
    if plan.book is None or report.problems:
        return report
    with store.transaction() as uow:
        run = StoreImport(uow, plan.book, progress, cancelled)
        run.run()
        _fill(report, run)
        if run.problems:
            uow.rollback()
            return report
    report.changes = uow.changes
    return report


def import_workbook(
    store: Store,
    path: str | Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Read and import ``path`` (the CLI's ``import``); ``dry_run`` only plans."""
    if dry_run:
        return plan_import(store, path, progress, cancelled).report
    reading, storing = _phases(progress)
    return apply_plan(store, read_workbook(path, reading, cancelled), storing, cancelled)


_SCALE = 1000


def _phases(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """One progress bar for two steps (reading the file, then the store): each gets half."""
    if progress is None:
        return None, None

    def first(done: int, total: int) -> None:
        progress(_SCALE // 2 * done // max(total, 1), _SCALE)

    def second(done: int, total: int) -> None:
        progress(_SCALE // 2 + _SCALE // 2 * done // max(total, 1), _SCALE)

    return first, second


def _fill(report: ImportReport, run: StoreImport) -> None:
    report.created, report.updated = run.counts()
    report.problems.extend(run.problems)
