"""Reading one cell's value the way people type it: amounts, SDGs, dates, yes/no.

Each reader takes what openpyxl gives for a cell (str, int, float, bool,
datetime or None) and returns a clean Python value, or raises
:class:`CellProblem` with a Dutch message saying what was expected.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from typing import Any

from openpyxl.utils.datetime import from_excel

from app.domain.messages import msg
from app.domain.rules import SCORE_RANGE, SDG_RANGE
from app.exchange import vocabulary


class CellProblem(Exception):
    """A cell whose value cannot be used; the message says what was expected."""


def shown(value: Any, limit: int = 60) -> str:
    """A value as it appears in a message: quoted and not too long."""
    text = str(value)
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """Text as typed (trimmed); numbers and dates as people would write them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# € 1.250.000 | 1 250 000 | 1,25 mio | 125000,50 | EUR 2,5 miljoen | € 750.000,-
_SCALES = {
    "k": 1e3,
    "duizend": 1e3,
    "dzd": 1e3,
    "m": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "miljoen": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "mld": 1e9,
    "miljard": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
_CURRENCY = re.compile(r"€|\beuros?\b|\beur\b", re.IGNORECASE)
_AMOUNT = re.compile(r"^([+-]?)([0-9][0-9 .,'’\u00a0\u202f]*?)(?:[.,]-)?\s*([a-z]+)?\.?$")
AMOUNT_EXPECTED = msg("een bedrag zoals € 1.250.000, 1 250 000, 1,25 mio of 125000,50")


# Sane bounds: a municipality's largest budget is a few billion euros; a fiche's
# staff a few hundred FTE. Anything beyond is a typing or unit error (1e308 once
# printed as 'inf' in a report).
MAX_AMOUNT = 100_000_000_000.0  # 100 miljard euro, either sign
MAX_FTE = 10_000.0
_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:[.,][0-9]{3})+$")


def _not_an_amount(raw: Any) -> CellProblem:
    return CellProblem(
        msg(
            "{value} is geen bedrag; verwacht {expected}.",
            value=shown(raw),
            expected=AMOUNT_EXPECTED,
        )
    )


def _ambiguous(raw: Any, readings: str) -> CellProblem:
    return CellProblem(
        msg(
            "{value} is dubbelzinnig: het kan {readings} betekenen. Schrijf het bedrag "
            "zonder scheidingstekens voor duizendtallen en met een komma voor de decimalen "
            "(1000,5), of maak er een getalcel van.",
            value=shown(raw),
            readings=readings,
        )
    )


def amount(value: Any) -> float | None:
    """An amount of money or any number; None for an empty cell. Refuses what could be
    read two ways (1.000.5, 1,250) and what lies beyond ±MAX_AMOUNT."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellProblem(
            msg(
                "{value} is geen getal; verwacht {expected}.",
                value=shown(value),
                expected=AMOUNT_EXPECTED,
            )
        )
    number = float(value) if isinstance(value, int | float) else _parse_amount(str(value))
    if math.isnan(number) or math.isinf(number):
        raise CellProblem(
            msg(
                "{value} is geen getal; verwacht {expected}.",
                value=shown(value),
                expected=AMOUNT_EXPECTED,
            )
        )
    if abs(number) > MAX_AMOUNT:
        raise CellProblem(
            msg(
                "{value} is te groot: een bedrag ligt tussen -100 miljard en 100 miljard euro.",
                value=shown(value),
            )
        )
    return number


def fte(value: Any) -> float | None:
    """A number of full-time equivalents (0,125 or 2.5): never thousands, at most MAX_FTE.
    1.250 or 1,250 could be one and a quarter or twelve hundred and fifty: refused."""
    if isinstance(value, str) and not is_blank(value):
        digits = re.sub(r"[ '’\u00a0\u202f]", "", value.strip())
        if _GROUPED.match(digits):
            first, rest = re.split(r"[.,]", digits, maxsplit=1)
            raise _ambiguous(
                value,
                msg(
                    "{decimal} of {whole} VTE",
                    decimal=f"{first},{rest.replace('.', '').replace(',', '')}",
                    whole=digits.replace(".", "").replace(",", ""),
                ),
            )
    number = amount(value)
    if number is not None and abs(number) > MAX_FTE:
        raise CellProblem(
            msg("{value} VTE is te veel: hoogstens {most} VTE.", value=shown(value), most="10.000")
        )
    return number


def _parse_amount(raw: str) -> float:
    cleaned = _CURRENCY.sub(" ", raw).strip().casefold()
    match = _AMOUNT.match(cleaned)
    scale_word = match.group(3) if match else None
    if match is None or (scale_word is not None and scale_word not in _SCALES):
        raise _not_an_amount(raw)
    sign, digits = match.group(1), match.group(2)
    digits = re.sub(r"[ '’\u00a0\u202f]", "", digits).rstrip(".,")
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        # Whichever comes last separates the decimals: 1.250.000,50 or 1,250,000.50;
        # it comes once, and the other one groups thousands properly.
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        whole, _, fraction = digits.rpartition(decimal)
        if decimal in whole or not _GROUPED.match(whole):
            raise _not_an_amount(raw)
        digits = whole.replace("." if decimal == "," else ",", "") + "." + fraction
    elif commas > 1 or dots > 1:
        # Only thousands: 1.250.000 or 1,250,000, never 1.000.5.
        if not _GROUPED.match(digits):
            raise _not_an_amount(raw)
        digits = digits.replace(",", "").replace(".", "")
    elif commas or dots:
        sep = "," if commas else "."
        whole, fraction = digits.split(sep)
        thousands = scale_word is None and len(fraction) == 3 and bool(_GROUPED.match(digits))
        if thousands and sep == ",":
            # Flemish: 1,250 is one and a quarter; in English twelve hundred and fifty.
            raise _ambiguous(
                raw,
                msg("{decimal} of {whole}", decimal=f"{whole},{fraction}", whole=whole + fraction),
            )
        # 1.250 is Flemish for a thousand two hundred and fifty; 0.125, 1.5, 1,25: decimals.
        digits = whole + fraction if thousands else f"{whole}.{fraction}"
    try:
        number = float(sign + digits)
    except ValueError:
        raise _not_an_amount(raw) from None
    return number * _SCALES.get(scale_word or "", 1.0)


def whole_number(value: Any, expected: str | None = None) -> int | None:
    if is_blank(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip().replace(" ", "")):
        return int(value.strip().replace(" ", ""))
    raise CellProblem(
        msg(
            "{value} is geen geheel getal; verwacht {expected}.",
            value=shown(value),
            expected=expected or msg("een geheel getal"),
        )
    )


def year(value: Any) -> int | None:
    if isinstance(value, dt.date):  # a date cell (also a datetime): its year
        value = value.year
    number = whole_number(value, msg("een jaartal zoals 2027"))
    if number is not None and not 1900 < number < 2200:
        raise CellProblem(
            msg("{value} is geen jaartal; verwacht een jaartal zoals 2027.", value=shown(value))
        )
    return number


def sdgs(value: Any) -> tuple[int, ...]:
    """'3, 11' | 'SDG 3; SDG 11' | 3 -> (3, 11)."""
    if is_blank(value):
        return ()
    if isinstance(value, int | float) and not isinstance(value, bool):
        numbers = [int(value)] if float(value).is_integer() else []
        if not numbers:
            raise CellProblem(
                msg("{value} is geen SDG; verwacht nummers zoals '3, 11'.", value=shown(value))
            )
    else:
        numbers = [int(n) for n in re.findall(r"\d+", str(value))]
        if not numbers:
            raise CellProblem(
                msg(
                    "{value} bevat geen SDG-nummer; verwacht nummers zoals '3, 11' "
                    "of 'SDG 3; SDG 11'.",
                    value=shown(value),
                )
            )
    for n in numbers:
        if n not in SDG_RANGE:
            raise CellProblem(
                msg("SDG {number} bestaat niet: kies nummers van 1 tot 17.", number=n)
            )
    return tuple(sorted(set(numbers)))


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y")


def date(value: Any) -> dt.date | None:
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        converted = from_excel(value)  # a date without a date format: Excel's day number
        return converted.date() if isinstance(converted, dt.datetime) else None
    if isinstance(value, str):
        for fmt in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(value.strip(), fmt).date()
            except ValueError:
                continue
    raise CellProblem(
        msg("{value} is geen datum; verwacht een datum zoals 2026-03-12.", value=shown(value))
    )


def score(value: Any, what: str | None = None) -> int | None:
    """1–5; empty or 'weet niet' is None."""
    if is_blank(value) or (
        isinstance(value, str) and vocabulary.fold(value) in vocabulary.DONT_KNOW
    ):
        return None
    try:
        number = whole_number(value)
    except CellProblem:
        number = None
    if number is None or number not in SCORE_RANGE:
        raise CellProblem(
            msg(
                "{what} {value} moet 1 tot 5 zijn (of 'weet niet').",
                what=what or msg("Een score"),
                value=shown(value),
            )
        )
    return number


def is_id(text_value: str) -> bool:
    if not isinstance(text_value, str) or len(text_value) != 36 or text_value[8] != "-":
        return False  # the quick answer for names: most cells are not ids
    try:
        return str(uuid.UUID(text_value)) == text_value.lower()
    except (ValueError, AttributeError, TypeError):
        return False


def id_value(value: Any) -> str | None:
    if is_blank(value):
        return None
    candidate = text(value)
    if not is_id(candidate):
        raise CellProblem(
            msg(
                "{value} is geen id van Atelier; laat de cel leeg voor een nieuwe rij.",
                value=shown(candidate),
            )
        )
    return candidate.lower()


def ballot_id(value: Any) -> str | None:
    """A ballot's id: ballots have no name, so a ballot is only ever known by its id."""
    if is_blank(value):
        return None
    candidate = text(value)
    if not is_id(candidate):
        raise CellProblem(
            msg(
                "{value} is geen id van een stembrief; stembrieven komen uit een "
                "export van Atelier en houden hun id.",
                value=shown(candidate),
            )
        )
    return candidate.lower()


def name_list(value: Any) -> tuple[str, ...]:
    """Names separated by semicolons or new lines (a name may hold a comma)."""
    if is_blank(value):
        return ()
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[;\n]+", text(value)) if p.strip()))


def id_list(value: Any) -> tuple[str, ...]:
    """Ids separated by commas, semicolons or new lines."""
    if is_blank(value):
        return ()
    out = []
    for part in re.split(r"[,;\s]+", text(value)):
        if not part:
            continue
        if not is_id(part):
            raise CellProblem(
                msg(
                    "{value} is geen id van Atelier; verwacht id's gescheiden door komma's.",
                    value=shown(part),
                )
            )
        out.append(part.lower())
    return tuple(dict.fromkeys(out))


def lines(value: Any) -> tuple[str, ...]:
    """Names one a line (a cell with several points, paths or fiches)."""
    if is_blank(value):
        return ()
    found = (line.strip() for line in text(value).splitlines())
    return tuple(dict.fromkeys(line for line in found if line))


def tows_weight(value: Any) -> int | None:
    """A pair's weight in the confrontation matrix: 0, 1, 2 or 3."""
    expected = msg("een gewicht 0, 1, 2 of 3")
    number = whole_number(value, expected)
    if number is not None and not 0 <= number <= 3:
        raise CellProblem(
            msg(
                "{value} is geen geldig gewicht; verwacht {expected}.",
                value=number,
                expected=expected,
            )
        )
    return number


def closed_choice(value: Any, reader: Any, expected: str) -> Any:
    """A value from a closed list (reader returns None for an unknown word)."""
    if is_blank(value):
        return None
    found = reader(text(value))
    if found is None:
        raise CellProblem(
            msg(
                "{value} is onbekend; verwacht {expected}.",
                value=shown(text(value)),
                expected=expected,
            )
        )
    return found
