"""Recognising what a sheet holds, and reading its rows into field values.

A sheet is Atelier's own (its headers are the export's), or a list people
keep: a header row (not necessarily the first) with common Dutch or English
column names, or SWOT points in one column per quadrant. The best-scoring
reading wins; the sheet's name helps decide between kinds that share columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

from app.domain.messages import message_of, msg
from app.exchange import layout, values, vocabulary
from app.exchange.layout import SheetSpec
from app.exchange.problems import Problem
from app.exchange.reading import ErrorValue, Formula, RawSheet

HEADER_SEARCH_ROWS = 30
_TITLE_BONUS = 3


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]
    cells: dict[str, str]  # field key -> cell coordinate, for messages

    def cell(self, key: str | None) -> str:
        """The coordinate of ``key``'s cell, or the row's first cell."""
        if key and key in self.cells:
            return self.cells[key]
        return next(iter(self.cells.values()), f"A{self.number}")


@dataclass
class ParsedSheet:
    title: str
    spec: SheetSpec
    columns: frozenset[str]
    rows: list[ParsedRow] = field(default_factory=list)
    # A SWOT sheet named after a cluster: the points are that cluster's.
    cluster: str | None = None


@dataclass
class ParsedWorkbook:
    sheets: list[ParsedSheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets)


def _aliases(spec: SheetSpec) -> dict[str, str]:
    index: dict[str, str] = {}
    for f in spec.fields:
        for word in (f.header or "", *f.aliases):
            folded = vocabulary.fold(word)
            if folded:
                index.setdefault(folded, f.key)
    return index


_ALIASES = {spec.kind: _aliases(spec) for spec in layout.SHEETS}
_TITLES = {
    spec.kind: {vocabulary.fold(spec.title), *(vocabulary.fold(n) for n in spec.names)}
    for spec in layout.SHEETS
}
_ALL_TITLES = set().union(*_TITLES.values())

_EXPECTED: dict[Callable[[Any], Any], str] = {
    values.text: msg("tekst"),
    values.amount: msg("een bedrag of getal"),
    values.fte: msg("een aantal VTE zoals 0,5"),
    values.year: msg("een jaartal"),
    values.date: msg("een datum"),
    values.sdgs: msg("SDG-nummers zoals '3, 11'"),
    values.id_value: msg("een id van Atelier"),
    values.id_list: msg("id's van Atelier"),
    values.ballot_id: msg("het id van een stembrief"),
    values.whole_number: msg("een geheel getal"),
}
_FROM_THE_LIST = msg("een waarde uit de lijst")


@dataclass(frozen=True)
class _Reading:
    score: int
    header_row: int
    spec: SheetSpec
    mapping: dict[str, int]  # field key -> column
    grid: dict[int, str] | None = None  # column -> quadrant code, for one column per quadrant


def recognise(raw: list[RawSheet]) -> ParsedWorkbook:
    book = ParsedWorkbook()
    for sheet in raw:
        if not sheet.rows:
            continue  # an empty sheet says nothing
        reading = _best_reading(sheet, book.problems)
        if reading is None or reading.spec.read_only:
            continue
        book.sheets.append(_parse(sheet, reading, book.problems))
    return book


def _best_reading(sheet: RawSheet, problems: list[Problem]) -> _Reading | None:
    title = vocabulary.fold(sheet.title)
    candidates: list[_Reading] = []
    for number, cells in sheet.rows[:HEADER_SEARCH_ROWS]:
        folded = {col: vocabulary.fold(v) for col, v in sorted(cells.items()) if isinstance(v, str)}
        grid = {
            c: vocabulary.QUADRANT_HEADERS[f]
            for c, f in folded.items()
            if f in vocabulary.QUADRANT_HEADERS
        }
        if len(set(grid.values())) >= 2:
            bonus = _TITLE_BONUS if title in _TITLES["swot"] else 0
            candidates.append(_Reading(len(grid) + 1 + bonus, number, layout.SWOT, {}, grid))
        for spec in layout.SHEETS:
            aliases = _ALIASES[spec.kind]
            mapping: dict[str, int] = {}
            for col, word in folded.items():
                key = aliases.get(word)
                if key is not None and key not in mapping:
                    mapping[key] = col
            if not mapping or not all(any(k in mapping for k in group) for group in spec.needs):
                continue
            bonus = _TITLE_BONUS if title in _TITLES[spec.kind] else 0
            if spec.named_only and not bonus:
                continue
            candidates.append(_Reading(len(mapping) + bonus, number, spec, mapping))
    candidates = [c for c in candidates if c.score >= 2]
    if not candidates:
        problems.append(_unrecognised(sheet))
        return None
    best = max(c.score for c in candidates)
    top = [c for c in candidates if c.score == best]
    kinds = {c.spec.kind for c in top}
    if len(kinds) > 1:
        names = " of ".join(sorted(f"'{layout.BY_KIND[k].title}'" for k in kinds))
        problems.append(
            Problem(
                sheet.title,
                f"A{top[0].header_row}",
                msg(
                    "het is niet duidelijk wat dit blad bevat: {names}. Geef het blad de naam "
                    "van wat het bevat (bijvoorbeeld 'Deelnemers' of 'Locaties').",
                    names=names,
                ),
            )
        )
        return None
    return min(top, key=lambda c: c.header_row)


def _unrecognised(sheet: RawSheet) -> Problem:
    first = sheet.rows[0][0]
    return Problem(
        sheet.title,
        f"A{first}",
        msg(
            "de vorm van dit blad wordt niet herkend. Verwacht een kopregel met kolomnamen, "
            "bijvoorbeeld 'Kwadrant | Tekst | Cluster' voor SWOT-punten, 'Sterktes | Zwaktes | "
            "Kansen | Bedreigingen' (één kolom per kwadrant), 'Titel | Sector | Verplicht/keuze | "
            "Geraamde kost | SDG's' voor voorstellen of 'Voornaam | Achternaam | Cluster | Rol' "
            "voor deelnemers."
        ),
    )


def _parse(sheet: RawSheet, reading: _Reading, problems: list[Problem]) -> ParsedSheet:
    spec = reading.spec
    if reading.grid is not None:
        parsed = ParsedSheet(sheet.title, spec, frozenset({"quadrant", "text"}))
    else:
        parsed = ParsedSheet(sheet.title, spec, frozenset(reading.mapping))
    if spec.kind == "swot" and "cluster" not in parsed.columns:
        parsed.cluster = _cluster_from_title(sheet.title)
    for number, cells in sheet.rows:
        if number <= reading.header_row:
            continue
        if reading.grid is not None:
            _grid_rows(sheet.title, number, cells, reading.grid, parsed, problems)
            continue
        row = _parse_row(sheet.title, number, cells, spec, reading.mapping, problems)
        if row is not None:
            parsed.rows.append(row)
    return parsed


def _cluster_from_title(title: str) -> str | None:
    folded = vocabulary.fold(title)
    if not folded or folded in vocabulary.GENERIC_SHEET_NAMES or folded in _ALL_TITLES:
        return None
    return title.strip()


def _grid_rows(
    title: str,
    number: int,
    cells: dict[int, Any],
    grid: dict[int, str],
    parsed: ParsedSheet,
    problems: list[Problem],
) -> None:
    for col, quadrant in grid.items():
        raw = cells.get(col)
        if values.is_blank(raw):
            continue
        coordinate = f"{get_column_letter(col)}{number}"
        problem = _unusable(raw, msg("tekst"))
        if problem:
            problems.append(Problem(title, coordinate, problem))
            continue
        parsed.rows.append(
            ParsedRow(
                number,
                {"quadrant": vocabulary.quadrant(quadrant), "text": values.text(raw)},
                {"quadrant": coordinate, "text": coordinate},
            )
        )


def _unusable(raw: Any, expected: str) -> str | None:
    if isinstance(raw, Formula):
        shown = values.shown(raw.text, 40)
        return msg(
            "de cel bevat een formule ({formula}); verwacht {expected}. Atelier rekent geen "
            "formules uit: vervang ze door hun waarde (Plakken speciaal > Waarden).",
            formula=shown,
            expected=expected,
        )
    if isinstance(raw, ErrorValue):
        return msg(
            "de cel toont de foutwaarde {code}; verwacht {expected}.",
            code=raw.code,
            expected=expected,
        )
    return None


def _columns(spec: SheetSpec, mapping: dict[str, int]) -> list[tuple[str, int, Any, str]]:
    """(field key, column, field, column letter), worked out once per sheet."""
    key = (spec.kind, tuple(mapping.items()))
    if key not in _COLUMNS:
        _COLUMNS[key] = [
            (k, col, spec.field(k), get_column_letter(col)) for k, col in mapping.items()
        ]
    return _COLUMNS[key]


_COLUMNS: dict[tuple[str, tuple[tuple[str, int], ...]], list[tuple[str, int, Any, str]]] = {}


def _parse_row(
    title: str,
    number: int,
    cells: dict[int, Any],
    spec: SheetSpec,
    mapping: dict[str, int],
    problems: list[Problem],
) -> ParsedRow | None:
    if all(values.is_blank(cells.get(col)) for col in mapping.values()):
        return None  # an empty row of the table (or a note beside it)
    row = ParsedRow(number, {}, {})
    ok = True
    for key, col, f, letter in _columns(spec, mapping):
        coordinate = f"{letter}{number}"
        row.cells[key] = coordinate
        raw = cells.get(col)
        problem = _unusable(raw, _EXPECTED.get(f.read, _FROM_THE_LIST))
        if problem is None:
            try:
                row.values[key] = f.read(raw)
            except values.CellProblem as exc:
                problem = message_of(exc)
        if problem is None and f.required and values.is_blank(raw):
            problem = msg("'{column}' is verplicht en mag niet leeg zijn.", column=f.header or key)
        if problem:
            problems.append(Problem(title, coordinate, problem))
            ok = False
    if spec.kind == "participants" and "name" not in row.values:
        full = f"{row.values.pop('first_name', '')} {row.values.pop('last_name', '')}".strip()
        row.values["name"] = full
        row.cells.setdefault("name", row.cells.get("first_name") or row.cells.get("last_name", ""))
    return row if ok else None
