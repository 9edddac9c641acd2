"""Reading a workbook's cells (openpyxl read-only mode), after the safety checks.

Cells come straight from openpyxl's streaming sheet parser (what read-only
mode iterates with): only the cells that exist, with their type, so a formula
is told apart from text that merely starts with '='. These are openpyxl
internals, hence openpyxl <4 in pyproject.toml.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.worksheet._reader import WorkSheetParser

from app.domain.messages import msg
from app.exchange import safety
from app.exchange.problems import ImportCancelled, Problem, WorkbookRejected

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MAX_COLUMNS = 200  # cells further right are not read
_REPORT_EVERY = 1000


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula (never a value an import may use)."""

    text: str


@dataclass(frozen=True)
class ErrorValue:
    """A cell showing an Excel error such as #N/A."""

    code: str


@dataclass
class RawSheet:
    title: str
    # (row number, {column number: value}) for every row with something in it.
    rows: list[tuple[int, dict[int, Any]]] = field(default_factory=list)
    # "visible", "hidden" or "veryHidden" (only a macro shows it again), as Excel says.
    state: str = "visible"
    # Whether a cell right of MAX_COLUMNS held something (not read, but named).
    beyond: bool = False


def read_cells(
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[RawSheet]:
    """Every worksheet's non-empty rows. Raises WorkbookRejected for a file that is
    not a workbook, not a safe one, or has too many rows."""
    parts = safety.check_workbook_file(path)
    total = sum(p.declared_rows or 0 for p in parts)
    try:
        reader = _open(path)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        raise WorkbookRejected(
            path,
            Problem("", "", msg("de werkmap kan niet gelezen worden ({why}).", why=_why(exc))),
        ) from None
    sheets: list[RawSheet] = []
    done = 0
    try:
        for title, part, state in _worksheet_parts(reader):
            sheet = RawSheet(title, state=state)
            try:
                for done_here in _read_sheet(reader, title, part, sheet, path):
                    done += done_here
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                    if progress is not None:
                        progress(done, max(total, done))
            except (WorkbookRejected, ImportCancelled):
                raise
            except Exception as exc:
                raise WorkbookRejected(
                    path,
                    Problem(
                        title, "", msg("het blad kan niet gelezen worden ({why}).", why=_why(exc))
                    ),
                ) from None
            sheets.append(sheet)
    finally:
        reader.archive.close()
    return sheets


def _open(path: Path) -> ExcelReader:
    """What openpyxl's read-only load_workbook reads, but not the sheets themselves:
    without a <dimension> element it would parse every sheet once just to size it."""
    reader = ExcelReader(
        str(path), read_only=True, keep_vba=False, data_only=False, keep_links=False
    )
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    return reader


def _worksheet_parts(reader: ExcelReader) -> list[tuple[str, str, str]]:
    return [
        (sheet.name, rel.target, sheet.state or "visible")
        for sheet, rel in reader.parser.find_sheets()
        if rel.target in reader.valid_files and "chartsheet" not in rel.Type
    ]


def _why(exc: BaseException) -> str:
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, DefusedXmlException):
            return msg("het bestand declareert XML-entiteiten, mogelijk een XML-bom")
        chain = chain.__cause__ or chain.__context__
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return msg("beschadigd of onvolledig bestand")
    return f"{type(exc).__name__}: {exc}"[:200]


def _read_sheet(reader: ExcelReader, title: str, part: str, sheet: RawSheet, path: Path):  # type: ignore[no-untyped-def]
    """Fill ``sheet``; yields the number of rows read since the last yield."""
    wb = reader.wb
    since = 0
    with reader.archive.open(part) as source:
        parser = WorkSheetParser(
            source,
            reader.shared_strings,
            data_only=False,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for row_number, cells in parser.parse():
            if row_number > safety.MAX_ROWS:
                raise WorkbookRejected(
                    path,
                    Problem(
                        title,
                        f"A{row_number}",
                        msg(
                            "het blad heeft meer dan {most} rijen; "
                            "verdeel de gegevens over kleinere werkmappen.",
                            most=safety.thousands(safety.MAX_ROWS),
                        ),
                    ),
                )
            values: dict[int, Any] = {}
            for cell in cells:
                column = cell["column"]
                value = cell["value"]
                if value is None:
                    continue
                if column > MAX_COLUMNS:
                    sheet.beyond = True
                    continue
                kind = cell["data_type"]
                if kind == "f":
                    value = Formula(str(value))
                elif kind == "e":
                    value = ErrorValue(str(value))
                elif kind == "s" and not value.strip():
                    continue
                values[column] = value
            if values:
                sheet.rows.append((row_number, values))
            since += 1
            if since >= _REPORT_EVERY:
                yield since
                since = 0
    yield since
