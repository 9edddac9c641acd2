"""The cell writer (app/exchange/cells.py): what users typed is written as text,
never as a formula, whatever its first character (OWASP's CSV-injection rule)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.cell.cell import Cell

from app.exchange.cells import cell_value

# Every first character Excel (or a CSV made from the sheet) could read as the start
# of a formula: = + - @, and tab, carriage return and line feed before one.
RISKY = {
    "=": '=HYPERLINK("http://example.com";"klik")',
    "+": "+32 3 123 45 67",
    "-": "-2+3",
    "@": "@SUM(A1:A3)",
    "tab": "\t=1+1",
    "CR": "\r=1+1",
    "LF": "\n=1+1",
}


def _write(path: Path, values: list[object]) -> tuple[list[Any], str]:
    """``values`` through cell_value into a write-only sheet: what cell_value gave
    (a typed cell as its value and type), and the sheet's XML as saved."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Blad")
    cells = [cell_value(ws, v) for v in values]
    # What cell_value decided, before openpyxl reuses the cell objects in append.
    cells = [(c.value, c.data_type) if isinstance(c, Cell) else c for c in cells]
    ws.append([cell_value(ws, v) for v in values])
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    return cells, xml


@pytest.mark.parametrize("typed", list(RISKY.values()), ids=list(RISKY))
def test_a_risky_first_character_is_written_as_text(tmp_path: Path, typed: str):
    path = tmp_path / "t.xlsx"
    (cell,), xml = _write(path, [typed])
    assert cell == (typed, "s")  # a cell typed as text, not the bare string
    assert "<f>" not in xml and "<f " not in xml  # no formula element
    assert re.search(r'<c r="A1" t="(inlineStr|s|str)"', xml)
    back = openpyxl.load_workbook(path)["Blad"]["A1"]
    assert back.data_type == "s"
    # openpyxl's own XML writer lets a carriage return become a line break (XML readers
    # turn a bare CR into LF); with lxml installed (python-docx brings it) it is escaped
    # and comes back as typed. Either way the text stays text.
    assert back.value in (typed, typed.replace("\r", "\n"))


def test_plain_text_numbers_and_error_lookalikes(tmp_path: Path):
    path = tmp_path / "t.xlsx"
    cells, xml = _write(path, ["Gewoon een zin", 42, -3.5, None, "#N/A", "#DIV/0!", "a=b"])
    assert cells[0] == "Gewoon een zin" and cells[6] == "a=b"  # as they are
    assert cells[1:4] == [42, -3.5, None]  # numbers stay numbers
    assert cells[4:6] == [("#N/A", "s"), ("#DIV/0!", "s")]  # typed, not Excel's errors
    assert "<f>" not in xml
    back = list(openpyxl.load_workbook(path)["Blad"].iter_rows(values_only=True))[0]
    assert back == ("Gewoon een zin", 42, -3.5, None, "#N/A", "#DIV/0!", "a=b")
    types = [c.data_type for c in openpyxl.load_workbook(path)["Blad"][1]]
    assert types[4:6] == ["s", "s"]


def test_characters_xml_cannot_hold_are_dropped(tmp_path: Path):
    (cell,), _ = _write(tmp_path / "t.xlsx", ["=\x0bA1"])  # a pasted vertical tab
    assert cell == ("=A1", "s")
