"""Workbooks and broken files for the exchange tests, made on the spot."""

from __future__ import annotations

import hashlib
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select, text

from app.storage import models as m


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A plain workbook such as people make: sheet title -> rows (None: empty cell)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def sheet_values(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's cell values, row by row (header included), in sheet order; rows
    padded with None to the widest (a write-only file does not declare its size)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    out = {}
    try:
        for ws in wb:
            rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
            width = max(map(len, rows), default=0)
            out[ws.title] = [r + (None,) * (width - len(r)) for r in rows]
    finally:
        wb.close()
    return out


def without_export_time(sheets: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[Any]]:
    """The sheets less the one cell that records when the export was made."""
    from app.exchange import layout

    column = layout.WORKSHOP.columns.index(layout.WORKSHOP.field("exported_at"))
    out: dict[str, list[Any]] = dict(sheets)
    out[layout.WORKSHOP.title] = [
        r[:column] + r[column + 1 :] for r in sheets[layout.WORKSHOP.title]
    ]
    return out


def store_digest(store: Any) -> str:
    """Every row of every table: equal digests mean the store did not change."""
    digest = hashlib.sha256()
    with store.engine.connect() as connection:
        for table in m.Base.metadata.sorted_tables:
            rows = connection.execute(text(f"SELECT * FROM {table.name} ORDER BY id")).all()
            digest.update(repr((table.name, rows)).encode())
    return digest.hexdigest()


def swot_texts(store: Any) -> list[tuple[str, str, str | None]]:
    """(quadrant, text, cluster name) of every point, in board order."""
    with store.reading() as uow:
        query = (
            select(m.SwotItemRow.quadrant, m.SwotItemRow.text, m.ClusterRow.name)
            .outerjoin(m.ClusterRow, m.ClusterRow.id == m.SwotItemRow.cluster_id)
            .order_by(m.SwotItemRow.quadrant, m.SwotItemRow.position)
        )
        return [tuple(r) for r in uow.session.execute(query)]


def replace_part(source: Path, target: Path, part: str, data: bytes) -> Path:
    """A copy of the workbook ``source`` with one part's content replaced."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == part else src.read(info))
    return target


def first_sheet_part(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return next(n for n in sorted(archive.namelist()) if n.startswith("xl/worksheets/sheet"))


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Kwadrant</t></is></c>
<c r="B1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""


def old_xls(path: Path) -> Path:
    """A minimal OLE compound file with a 'Workbook' stream: what Excel 97–2003 writes."""
    sector = 512
    free, end, fat_sect, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    stream = b"\x09\x08\x10\x00\x00\x06\x05\x00" + b"\x00" * (4096 - 8)  # a BIFF8 BOF record
    stream_sectors = len(stream) // sector
    # Sector 0: the FAT; 1: the directory; 2..: the stream.
    fat = [fat_sect, end] + [3 + i for i in range(stream_sectors - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))
    header = bytearray(sector)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<IIII", header, 60, end, 0, end, 0)  # no mini FAT, no DIFAT sectors
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0]: the FAT is sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, free)

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, nostream, nostream, child)
        struct.pack_into("<IQ", raw, 116, start, size)
        return bytes(raw)

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry("Workbook", 2, nostream, 2, len(stream))
        + entry("", 0, nostream, 0, 0) * 2
    )
    path.write_bytes(bytes(header) + struct.pack(f"<{sector // 4}I", *fat) + directory + stream)
    return path
