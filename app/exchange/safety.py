"""Checks on a workbook file before openpyxl opens it.

openpyxl trusts its input: a zip bomb fills memory, a sheet that claims a
million rows keeps it busy for minutes. So the file is looked at first: what
kind of file it is (a renamed CSV, an old .xls, a password-protected
workbook), how big its parts are once unpacked, whether any part declares XML
entities, and how many rows each sheet declares.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import defusedxml.ElementTree as SafeET
import openpyxl

from app.domain.messages import msg
from app.exchange.problems import Problem, WorkbookRejected

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_PART_BYTES = 256 * 1024 * 1024
# Spreadsheet XML packs about 5–30×; hundreds of times is a bomb.
MAX_RATIO = 150
RATIO_CHECKED_FROM = 4 * 1024 * 1024
MAX_PARTS = 5_000
MAX_ROWS = 100_000
# The XML prolog is short: a DOCTYPE, if any, appears within the first few kB.
_PROLOG_BYTES = 8192

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?\"")
_ENTITY = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def defused() -> bool:
    """True when openpyxl parses with defusedxml (no entities, no external references)."""
    from openpyxl.xml import functions

    return bool(openpyxl.DEFUSEDXML) and functions.iterparse.__module__.startswith("defusedxml")


@dataclass(frozen=True)
class SheetPart:
    title: str
    part: str  # the worksheet's path inside the zip
    declared_rows: int | None  # from <dimension>, when the file has one


def _reject(path: Path, message: str, sheet: str = "", cell: str = "") -> WorkbookRejected:
    return WorkbookRejected(path, Problem(sheet, cell, message))


def check_workbook_file(path: Path) -> list[SheetPart]:
    """Raise WorkbookRejected if ``path`` is not a workbook openpyxl may safely open;
    return its worksheets with the rows they declare."""
    if not defused():
        raise RuntimeError("defusedxml is niet actief in openpyxl: installeer defusedxml.")
    if not path.exists():
        raise _reject(path, msg("het bestand bestaat niet."))
    if path.is_dir():
        raise _reject(path, msg("dit is een map, geen Excel-werkmap (.xlsx)."))
    size = path.stat().st_size
    if size == 0:
        raise _reject(path, msg("het bestand is leeg; verwacht een Excel-werkmap (.xlsx)."))
    if size > MAX_FILE_BYTES:
        raise _reject(
            path, msg("het bestand is groter dan {size} MB.", size=MAX_FILE_BYTES // 2**20)
        )
    with open(path, "rb") as handle:
        head = handle.read(512)
    if head.startswith(OLE_MAGIC):
        if _holds_encrypted_package(path):
            raise _reject(
                path,
                msg(
                    "de werkmap is beveiligd met een wachtwoord (versleuteld). Open ze in "
                    "Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) "
                    "en bewaar opnieuw."
                ),
            )
        raise _reject(
            path,
            msg(
                "dit is een oud Excel-bestand (.xls). Open het in Excel en bewaar het als "
                "Excel-werkmap (.xlsx)."
            ),
        )
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(head):
            raise _reject(
                path,
                msg(
                    "dit is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Open het in "
                    "Excel en bewaar het als Excel-werkmap (.xlsx)."
                ),
            )
        raise _reject(path, msg("dit is geen Excel-werkmap (.xlsx)."))
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_archive(path, archive)
    except zipfile.BadZipFile as exc:
        raise _reject(
            path,
            msg(
                "de werkmap is beschadigd of onvolledig ({why}). Bewaar ze opnieuw in Excel.",
                why=str(exc),
            ),
        ) from None


def _holds_encrypted_package(path: Path) -> bool:
    """An encrypted .xlsx is an OLE file with an 'EncryptedPackage' stream; an old .xls is not."""
    with open(path, "rb") as handle:
        tail = b""
        while chunk := handle.read(1 << 20):
            if _ENCRYPTED_STREAM in tail + chunk:
                return True
            tail = chunk[-len(_ENCRYPTED_STREAM) :]
    return False


def _looks_like_text(head: bytes) -> bool:
    sample = head.lstrip(b"\xef\xbb\xbf")
    if b"\x00" in sample:
        return sample.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16 text
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start > len(sample) - 4:  # cut in the middle of a character
            return True
        return _looks_like_ansi_text(sample)
    return True


# Text has no control characters but tab, line feed and carriage return (and the
# old end-of-file mark, Ctrl+Z); a binary file is full of them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f\x7f]")


def _looks_like_ansi_text(sample: bytes) -> bool:
    """Excel for Windows saves a CSV in the ANSI code page: cp1252 in Flanders
    (é is one byte, not UTF-8). Such a file has no stray control characters, and
    its first line (the header row) has a separator; a PDF's '%PDF-1.7' has none."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return False
    first_line = re.split(r"[\r\n]", text, maxsplit=1)[0]
    return not _CONTROLS.search(text) and any(c in first_line for c in ";,\t")


def _check_archive(path: Path, archive: zipfile.ZipFile) -> list[SheetPart]:
    infos = archive.infolist()
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise _reject(path, msg("dit zip-bestand is geen Excel-werkmap (.xlsx)."))
    if len(infos) > MAX_PARTS:
        raise _reject(path, msg("de werkmap heeft meer dan {count} onderdelen.", count=MAX_PARTS))
    if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
        raise _reject(
            path,
            msg(
                "de werkmap is uitgepakt groter dan {size} MB "
                "(mogelijk een zip-bom); ze wordt niet geopend.",
                size=MAX_UNPACKED_BYTES // 2**20,
            ),
        )
    sheets = _worksheets(path, archive)
    titles = {s.part: s.title for s in sheets}
    for info in infos:
        sheet = titles.get(info.filename, "")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (
            info.file_size > RATIO_CHECKED_FROM and ratio > MAX_RATIO
        ):
            raise _reject(
                path,
                msg(
                    "onderdeel {part} pakt uit tot {size} MB ({ratio} keer groter: "
                    "mogelijk een zip-bom); de werkmap wordt niet geopend.",
                    part=info.filename,
                    size=info.file_size // 2**20,
                    ratio=f"{ratio:.0f}",
                ),
                sheet,
            )
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as part:
                prolog = part.read(_PROLOG_BYTES)
            if _ENTITY.search(prolog):
                raise _entity_bomb(path, info.filename, sheet)
    for sheet in sheets:
        if sheet.declared_rows is not None and sheet.declared_rows > MAX_ROWS:
            raise _reject(
                path,
                msg(
                    "het blad heeft {rows} rijen; hoogstens {most} rijen kunnen ingelezen "
                    "worden. Verdeel de gegevens over kleinere werkmappen.",
                    rows=thousands(sheet.declared_rows),
                    most=thousands(MAX_ROWS),
                ),
                sheet.title,
                f"A{MAX_ROWS + 1}",
            )
    return sheets


def thousands(number: int) -> str:
    """1000000 -> '1.000.000' (the Flemish way)."""
    return f"{number:,}".replace(",", ".")


def _worksheets(path: Path, archive: zipfile.ZipFile) -> list[SheetPart]:
    """The worksheets' titles and parts, read from workbook.xml and its relationships."""
    workbook_xml = _small_part(path, archive, "xl/workbook.xml")
    rels_xml = _small_part(path, archive, "xl/_rels/workbook.xml.rels")
    try:
        workbook = SafeET.fromstring(workbook_xml)
        rels = SafeET.fromstring(rels_xml) if rels_xml else None
    except Exception as exc:  # defusedxml's and ElementTree's errors alike
        raise _reject(
            path, msg("de werkmap is beschadigd ({why}).", why=type(exc).__name__)
        ) from None
    targets = {}
    if rels is not None:
        for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = str(PurePosixPath(full))
    out = []
    for node in workbook.iter(f"{_NS_MAIN}sheet"):
        part = targets.get(node.get(f"{_NS_REL}id"))
        if part is None or part not in archive.NameToInfo:
            continue
        with archive.open(part) as handle:
            head = handle.read(_PROLOG_BYTES)
        match = _DIMENSION.search(head)
        rows = None
        if match:
            last = match.group(4) or match.group(2)
            rows = int(last)
        out.append(SheetPart(node.get("name", ""), part, rows))
    return out


def _small_part(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    if name not in archive.NameToInfo:
        return b""
    if archive.getinfo(name).file_size > 16 * 1024 * 1024:
        raise _reject(
            path,
            msg("onderdeel {part} is onwaarschijnlijk groot; de werkmap is beschadigd.", part=name),
        )
    data = archive.read(name)
    if _ENTITY.search(data[:_PROLOG_BYTES]):
        raise _entity_bomb(path, name)
    return data


def _entity_bomb(path: Path, part: str, sheet: str = "") -> WorkbookRejected:
    return _reject(
        path,
        msg(
            "onderdeel {part} declareert XML-entiteiten (mogelijk een XML-bom); "
            "een Excel-werkmap doet dat nooit, ze wordt niet geopend.",
            part=part,
        ),
        sheet,
    )
