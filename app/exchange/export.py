"""Writing the whole store (or an empty template) as one workbook people can edit.

Write-only mode streams rows to the file, so a large store needs little
memory and little time. Every sheet gets Dutch headers, a frozen header row,
an auto-filter, column widths that fit its content, and dropdowns for the
closed lists and for references to clusters, areas, sessions and locations.
The file appears under its name only when it is complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.errors import AtelierError
from app.domain.messages import msg
from app.exchange import layout
from app.exchange.cells import cell_value, header_cell
from app.exchange.export_rows import sheet_rows
from app.exchange.layout import SheetSpec
from app.exchange.reading import Cancelled, Progress
from app.storage.store import Store

MIN_WIDTH, MAX_WIDTH = 8, 60
ID_WIDTH = 38
_WIDTH_SAMPLE = 500
# Dropdowns reach this far below the data, so rows typed later get them too.
_DROPDOWN_SPARE_ROWS = 1000


class ExportCancelled(AtelierError):
    def __init__(self) -> None:
        super().__init__(msg("Export geannuleerd; er werd geen bestand geschreven."))


def export_workbook(
    store: Store,
    out: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> dict[str, int]:
    """Write every sheet of the store to ``out``; returns the rows per sheet title."""
    now = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    rows = sheet_rows(store, now)
    return _write(Path(out), rows, progress, cancelled)


def write_template(out: str | Path) -> dict[str, int]:
    """The same workbook without data: to prepare clusters, participants, locations,
    sessions, proposals and SWOT points before the workshop day."""
    return _write(Path(out), {spec.kind: [] for spec in layout.SHEETS}, None, None)


def _write(
    out: Path,
    rows: dict[str, list[list[Any]]],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> dict[str, int]:
    workbook = Workbook(write_only=True)
    total = sum(len(r) for r in rows.values()) or 1
    written: dict[str, int] = {}
    # Where each reference dropdown finds its names: the column of another sheet.
    sources = {}
    for name, (kind, key) in layout.REFERENCE_LISTS.items():
        spec = layout.BY_KIND[kind]
        column = get_column_letter(spec.columns.index(spec.field(key)) + 1)
        last = len(rows.get(kind, ())) + 1 + _DROPDOWN_SPARE_ROWS
        sources[name] = f"{quote_sheetname(spec.title)}!${column}$2:${column}${last}"
    try:
        _write_sheets(workbook, rows, sources, progress, cancelled, total, written)
    except BaseException:
        _discard(workbook)
        raise
    _save(workbook, out)
    if progress is not None:
        progress(total, total)
    return written


def _write_sheets(
    workbook: Workbook,
    rows: dict[str, list[list[Any]]],
    sources: dict[str, str],
    progress: Progress | None,
    cancelled: Cancelled | None,
    total: int,
    written: dict[str, int],
) -> None:
    done = 0
    for spec in layout.SHEETS:
        _check(cancelled)  # a small store has no sheet of 500 rows: check per sheet too
        data = rows.get(spec.kind, [])
        ws = workbook.create_sheet(spec.title)
        _prepare(ws, spec, data)
        ws.append([header_cell(ws, f.header or "", spec.read_only) for f in spec.columns])
        for n, row in enumerate(data, start=1):
            ws.append([cell_value(ws, v) for v in row])
            if n % 500 == 0:
                _check(cancelled)
                if progress is not None:
                    progress(done + n, total)
        done += len(data)
        last_row = len(data) + 1
        ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{last_row}"
        if spec.read_only:
            # Results are counted from the ballots: protected (without a password) so
            # that nobody edits them by accident; sorting and filtering stay possible.
            ws.protection.sheet = True
            ws.protection.autoFilter = False
            ws.protection.sort = False
        else:
            _dropdowns(ws, spec, last_row + _DROPDOWN_SPARE_ROWS, sources)
        written[spec.title] = len(data)
    _check(cancelled)


def _discard(workbook: Workbook) -> None:
    """After a cancel: finish the sheets written so far and remove the temporary
    file openpyxl keeps for each (left open, they fail when collected)."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            ws.close()
        with contextlib.suppress(OSError, TypeError):
            os.unlink(writer.out)


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def _prepare(ws: Any, spec: SheetSpec, data: Sequence[Sequence[Any]]) -> None:
    """What write-only mode needs before the first row: widths and the frozen header."""
    for index, f in enumerate(spec.columns):
        letter = get_column_letter(index + 1)
        if f.key == "id" or f.header.endswith("(id)"):
            width = ID_WIDTH
        else:
            longest = max((_shown_length(row[index]) for row in data[:_WIDTH_SAMPLE]), default=0)
            width = min(MAX_WIDTH, max(MIN_WIDTH, len(f.header) + 3, longest + 2))
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _dropdowns(ws: Any, spec: SheetSpec, last_row: int, sources: dict[str, str]) -> None:
    for index, f in enumerate(spec.columns):
        if f.dropdown is None:
            continue
        letter = get_column_letter(index + 1)
        if f.dropdown in layout.CLOSED_LISTS:
            choices = ",".join(layout.CLOSED_LISTS[f.dropdown])
            validation = DataValidation(
                type="list",
                formula1=f'"{choices}"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Onbekende waarde",
                error=f"Kies uit de lijst: {choices.replace(',', ', ')}.",
            )
        else:
            # A new cluster may be typed (the import creates it): warn, do not refuse.
            validation = DataValidation(
                type="list",
                formula1=sources[f.dropdown],
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="warning",
                errorTitle="Niet in de lijst",
                error="Deze naam staat (nog) niet in de lijst. Toch gebruiken?",
            )
        validation.add(f"{letter}2:{letter}{last_row}")
        ws.data_validations.append(validation)


def _save(workbook: Workbook, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx", dir=out.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
