"""Writing cells that stay what they are: text as text, never as a formula."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

# What Excel (or a CSV made from the sheet) could take for a formula or an error.
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
READ_ONLY_FILL = PatternFill("solid", fgColor="EEEEEE")
HEADER_ALIGNMENT = Alignment(vertical="top")


def clean_text(value: str) -> str:
    """Control characters XML cannot hold (a pasted vertical tab) are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if ILLEGAL_CHARACTERS_RE.search(value) else value


def cell_value(ws: Any, value: Any) -> Any:
    """``value`` ready for a write-only row: strings that could be read as a
    formula or an error become cells explicitly typed as text."""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    if value.startswith(RISKY_STARTS) or value in ERROR_CODES:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # openpyxl typed '=…' as a formula; it is what someone typed
        return cell
    return value


def header_cell(ws: Any, text: str, read_only: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"
    cell.font = HEADER_FONT
    cell.fill = READ_ONLY_FILL if read_only else HEADER_FILL
    cell.alignment = HEADER_ALIGNMENT
    return cell
