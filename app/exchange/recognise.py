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
from app.exchange.problems import HiddenSheet, Ignored, Problem
from app.exchange.reading import MAX_COLUMNS, ErrorValue, Formula, RawSheet

HEADER_SEARCH_ROWS = 30
_TITLE_BONUS = 3


@dataclass
class ParsedRow:
    number: int
    values: dict[str, Any]
    cells: dict[str, str]  # field key -> cell coordinate, for messages
    # A row with one filled cell may name an area (a section heading for the rows
    # under it): storing decides, knowing the areas. Its text, and what is wrong with
    # the row when it is not a heading (a list's row), or None.
    section: str | None = None
    problems: list[Problem] = field(default_factory=list)
    # {year: {"investment": 1000.0, ...}} from per-year columns of a list of fiches.
    per_year: dict[int, dict[str, float]] = field(default_factory=dict)

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
    # One column per quadrant: a row's area holds for the quadrants of its kind only.
    grid: bool = False


@dataclass
class ParsedWorkbook:
    sheets: list[ParsedSheet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Columns (and sheets) read but not taken in, and the sheets Excel does not show.
    ignored: list[Ignored] = field(default_factory=list)
    hidden: list[HiddenSheet] = field(default_factory=list)

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
    values.tows_weight: msg("een gewicht 0, 1, 2 of 3"),
    values.lines: msg("namen, één per regel"),
}
_FROM_THE_LIST = msg("een waarde uit de lijst")
# What a sheet of each kind holds, for the reason a column is not read.
_WHAT = {
    "workshop": msg("de gegevens van de workshop"),
    "locations": msg("locaties"),
    "sessions": msg("sessies"),
    "clusters": msg("clusters"),
    "participants": msg("deelnemers"),
    "areas": msg("domeinen"),
    "swot": msg("SWOT-punten"),
    "recommendations": msg("aanbevelingen"),
    "statements": msg("stellingen"),
    "scores": msg("antwoorden"),
    "ratings": msg("beoordelingen"),
    "paths": msg("ontwikkelpaden"),
    "path_actions": msg("acties van ontwikkelpaden"),
    "path_impacts": msg("impact van ontwikkelpaden"),
    "target_groups": msg("doelgroepen"),
    "synthesis": msg("punten van de synthese"),
    "principles": msg("leidende principes"),
    "goals": msg("doelen"),
    "indicators": msg("indicatoren"),
    "proposals": msg("voorstellen"),
    "proposal_actions": msg("acties van voorstellen"),
    "resources": msg("middelen per jaar"),
    "rounds": msg("stemrondes"),
    "options": msg("opties van stemrondes"),
    "ballots": msg("stembrieven"),
    "results": msg("uitslagen"),
    "tows_marks": msg("paren van de confrontatiematrix"),
    "strategies": msg("strategieën"),
}


@dataclass(frozen=True)
class _Reading:
    score: int
    header_row: int
    spec: SheetSpec
    mapping: dict[str, int]  # field key -> column
    grid: dict[int, str] | None = None  # column -> quadrant code, for one column per quadrant
    # column -> (money field, year) of a list of fiches' per-year columns
    per_year: dict[int, tuple[str, int]] = field(default_factory=dict)
    # column -> why a header column is not read (an income column that says not of what)
    refused: dict[int, str] = field(default_factory=dict)


_GRID_EXTRA = ("area", "cluster")
_HIDDEN_STATES = {"hidden": "hidden", "veryHidden": "very_hidden"}


def recognise(raw: list[RawSheet], include_hidden: bool = True) -> ParsedWorkbook:
    """Every sheet's rows as field values. Hidden sheets are read only with
    ``include_hidden``; either way they are listed in ``hidden``."""
    book = ParsedWorkbook()
    for sheet in raw:
        if sheet.state in _HIDDEN_STATES and sheet.rows:
            book.hidden.append(HiddenSheet(sheet.title, _HIDDEN_STATES[sheet.state]))
            if not include_hidden:
                book.ignored.append(
                    Ignored(sheet.title, "", msg("verborgen blad; op uw vraag niet ingelezen"))
                )
                continue
        if not sheet.rows:
            continue  # an empty sheet says nothing
        reading = _best_reading(sheet, book.problems)
        if reading is None:
            continue
        if reading.spec.read_only:
            reason = (
                msg(
                    "het scenario wordt bij elke export opnieuw geteld uit de fiches, hun "
                    "besluiten en de financiële ruimte; dit blad wordt niet ingelezen"
                )
                if reading.spec.kind == "scenario"
                else msg(
                    "de ideeën van de telefoons worden niet ingelezen (aanvaarde ideeën "
                    "staan als punten op het blad SWOT); dit blad wordt niet ingelezen"
                )
                if reading.spec.kind == "ideas"
                else msg(
                    "de uitslagen worden bij elke export opnieuw geteld uit de "
                    "stembrieven; dit blad wordt niet ingelezen"
                )
            )
            book.ignored.append(Ignored(sheet.title, "", reason))
            continue
        book.sheets.append(_parse(sheet, reading, book.problems, book.ignored))
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
            # Beside the quadrants, a column may say each row's area or cluster.
            beside: dict[str, int] = {}
            for col, word in folded.items():
                key = _ALIASES["swot"].get(word)
                if col not in grid and key in _GRID_EXTRA and key not in beside:
                    beside[key] = col
            score = len(grid) + 1 + bonus
            candidates.append(_Reading(score, number, layout.SWOT, beside, grid))
        for spec in layout.SHEETS:
            aliases = _ALIASES[spec.kind]
            mapping: dict[str, int] = {}
            for col, word in folded.items():
                key = aliases.get(word)
                if key is not None and key not in mapping:
                    mapping[key] = col
            if not mapping or not all(any(k in mapping for k in group) for group in spec.needs):
                continue
            if spec.kind == "goals":
                _goal_code_columns(folded, aliases, mapping)
            bonus = _TITLE_BONUS if title in _TITLES[spec.kind] else 0
            if spec.named_only and not bonus:
                continue
            per_year: dict[int, tuple[str, int]] = {}
            refused: dict[int, str] = {}
            if spec.kind == "proposals":
                per_year, refused = _per_year_columns(cells, mapping)
            score = len(mapping) + len(per_year) + bonus
            candidates.append(_Reading(score, number, spec, mapping, None, per_year, refused))
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


_GOAL_LEVEL_KEYS = ("objective", "plan", "action")


def _goal_code_columns(
    folded: dict[int, str], aliases: dict[str, str], mapping: dict[str, int]
) -> None:
    """A goal list with a plain "Code" (or "Nr") column before each level's column: each
    such column is the code of the level beside it (Code | Beleidsdoelstelling | Code |
    Actieplan | ...). Columns of one name beyond the first are otherwise not read."""
    columns = sorted(folded)
    if sum(1 for col in columns if aliases.get(folded[col]) == "code") < 2:
        return  # one code column: the row's own code, its level by its form
    for n, col in enumerate(columns[:-1]):
        if aliases.get(folded[col]) != "code":
            continue
        level = aliases.get(folded[columns[n + 1]])
        if level in _GOAL_LEVEL_KEYS and f"{level}_code" not in mapping:
            if mapping.get("code") == col:
                del mapping["code"]
            mapping[f"{level}_code"] = col


def _per_year_columns(
    cells: dict[int, Any], mapping: dict[str, int]
) -> tuple[dict[int, tuple[str, int]], dict[int, str]]:
    """A list of fiches' money per year: 'Investering 2026', 'Exploitatie 2027', ...
    Income that does not say of what ('Subsidie 2027') is the income of the one kind
    of expenditure the sheet has; with both kinds it is refused, with the reason."""
    taken = set(mapping.values())
    found: dict[int, tuple[str, int]] = {}
    for col, raw in sorted(cells.items()):
        if col in taken or not isinstance(raw, str):
            continue
        kind_year = vocabulary.per_year(raw)
        if kind_year is not None and kind_year[0] is not None:
            found[col] = (kind_year[0], kind_year[1])
    kinds = {kind for kind, _ in found.values()}
    spent = kinds & {"investment", "operating"}
    refused: dict[int, str] = {}
    for col, (kind, year) in list(found.items()):
        if kind != "income":
            continue
        if len(spent) == 1:
            found[col] = (f"{spent.pop()}_income", year)
            spent = kinds & {"investment", "operating"}
        else:
            del found[col]
            refused[col] = msg(
                "zeg of deze ontvangsten bij de investering of bij de exploitatie horen, "
                "bijvoorbeeld '{investment}' of '{operating}'",
                investment=f"Subsidie investering {year}",
                operating=f"Subsidie exploitatie {year}",
            )
    # One column per (kind, year): a second one is not read.
    seen: dict[tuple[str, int], int] = {}
    for col, key in list(found.items()):
        if key in seen:
            del found[col]
            refused[col] = msg(
                "kolom {letter} levert dit bedrag al", letter=get_column_letter(seen[key])
            )
        else:
            seen[key] = col
    return found, refused


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


def _parse(
    sheet: RawSheet, reading: _Reading, problems: list[Problem], ignored: list[Ignored]
) -> ParsedSheet:
    spec = reading.spec
    if reading.grid is not None:
        columns = frozenset({"quadrant", "text", *reading.mapping})
    else:
        columns = frozenset(reading.mapping)
    parsed = ParsedSheet(sheet.title, spec, columns, grid=reading.grid is not None)
    if spec.kind == "swot" and "cluster" not in parsed.columns:
        parsed.cluster = _cluster_from_title(sheet.title)
    sections = spec.kind == "swot"
    for number, cells in sheet.rows:
        if number <= reading.header_row:
            continue
        heading = _heading(cells) if sections else None
        if reading.grid is not None:
            _grid_rows(sheet.title, number, cells, reading, parsed, problems, heading)
            continue
        found: list[Problem] = []
        row = _parse_row(sheet.title, number, cells, spec, reading, found)
        if heading is not None and found:
            # Not a row of points: perhaps the area of the rows below it.
            parsed.rows.append(ParsedRow(number, {}, {}, section=heading, problems=found))
            continue
        problems.extend(found)
        if row is not None:
            parsed.rows.append(row)
    ignored.extend(_ignored_columns(sheet, reading))
    if sheet.beyond:
        ignored.append(
            Ignored(
                sheet.title,
                msg("kolommen na {letter}", letter=get_column_letter(MAX_COLUMNS)),
                msg(
                    "Atelier leest de eerste {count} kolommen van een blad",
                    count=MAX_COLUMNS,
                ),
            )
        )
    return parsed


def _heading(cells: dict[int, Any]) -> str | None:
    """The text of a row with one filled cell (a section heading, perhaps); a quadrant
    word alone is a point that lacks its text."""
    filled = [v for v in cells.values() if not values.is_blank(v)]
    if len(filled) == 1 and isinstance(filled[0], str) and not vocabulary.quadrant(filled[0]):
        return filled[0].strip()
    return None


def _ignored_columns(sheet: RawSheet, reading: _Reading) -> list[Ignored]:
    """Every column with a header or data that the reading does not take in."""
    header = next((cells for n, cells in sheet.rows if n == reading.header_row), {})
    used = set(reading.mapping.values()) | set(reading.per_year) | set(reading.grid or ())
    with_data = {
        col
        for n, cells in sheet.rows
        if n > reading.header_row
        for col, v in cells.items()
        if not values.is_blank(v)
    }
    aliases = _ALIASES[reading.spec.kind]
    by_key = {key: col for key, col in reading.mapping.items()}
    out: list[Ignored] = []
    if reading.spec.kind == "participants" and "name" in reading.mapping:
        # A full name wins: first and last names beside it are not read.
        for key in ("first_name", "last_name"):
            if key in reading.mapping:
                col = reading.mapping[key]
                letter = get_column_letter(col)
                out.append(
                    Ignored(
                        sheet.title,
                        values.text(header.get(col)),
                        msg(
                            "kolom {letter} geeft de volledige naam al",
                            letter=get_column_letter(reading.mapping["name"]),
                        ),
                        f"{letter}{reading.header_row}",
                    )
                )
    for col in sorted((set(header) | with_data) - used):
        letter = get_column_letter(col)
        raw = header.get(col)
        if values.is_blank(raw):
            name, cell = msg("kolom {letter}", letter=letter), ""
            reason = msg(
                "de kolom heeft geen naam in de kopregel (rij {row})", row=reading.header_row
            )
        else:
            name, cell = values.text(raw), f"{letter}{reading.header_row}"
            key = aliases.get(vocabulary.fold(name)) if isinstance(raw, str) else None
            if col in reading.refused:
                reason = reading.refused[col]
            elif key is not None and key in by_key:
                reason = msg(
                    "kolom {letter} levert dit gegeven al", letter=get_column_letter(by_key[key])
                )
            elif reading.grid is not None:
                reason = msg(
                    "in een blad met één kolom per kwadrant leest Atelier alleen de "
                    "kwadranten, het domein en de cluster"
                )
            else:
                reason = msg(
                    "Atelier kent deze kolom niet in een blad met {what}",
                    what=_WHAT[reading.spec.kind],
                )
        out.append(Ignored(sheet.title, name, reason, cell))
    return out


def _cluster_from_title(title: str) -> str | None:
    folded = vocabulary.fold(title)
    if not folded or folded in vocabulary.GENERIC_SHEET_NAMES or folded in _ALL_TITLES:
        return None
    return title.strip()


def _grid_rows(
    title: str,
    number: int,
    cells: dict[int, Any],
    reading: _Reading,
    parsed: ParsedSheet,
    problems: list[Problem],
    heading: str | None,
) -> None:
    assert reading.grid is not None
    beside: dict[str, Any] = {}
    where: dict[str, str] = {}
    for key, col in reading.mapping.items():
        raw = cells.get(col)
        coordinate = f"{get_column_letter(col)}{number}"
        problem = _unusable(raw, msg("tekst"))
        if problem:
            problems.append(Problem(title, coordinate, problem))
            return
        beside[key] = values.text(raw)
        where[key] = coordinate
    for col, quadrant in reading.grid.items():
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
                {"quadrant": vocabulary.quadrant(quadrant), "text": values.text(raw), **beside},
                {"quadrant": coordinate, "text": coordinate, **where},
                # A lone cell may be a heading; if it names no area, it is a point.
                section=heading,
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
    reading: _Reading,
    problems: list[Problem],
) -> ParsedRow | None:
    mapping = reading.mapping
    if all(values.is_blank(cells.get(col)) for col in (*mapping.values(), *reading.per_year)):
        return None  # an empty row of the table (or a note beside it)
    row = ParsedRow(number, {}, {})
    ok = True
    for col, (kind, year) in reading.per_year.items():
        raw = cells.get(col)
        if values.is_blank(raw):
            continue
        coordinate = f"{get_column_letter(col)}{number}"
        read = values.fte if kind == "fte" else values.amount
        problem = _unusable(raw, _EXPECTED[read])
        if problem is None:
            try:
                number_read = read(raw)
            except values.CellProblem as exc:
                problem = message_of(exc)
        if problem:
            problems.append(Problem(title, coordinate, problem))
            ok = False
            continue
        row.per_year.setdefault(year, {})[kind] = number_read or 0.0
        row.cells.setdefault(f"year:{year}", coordinate)
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
