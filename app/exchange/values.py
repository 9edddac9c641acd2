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


def amount(value: Any) -> float | None:
    """An amount of money or any number; None for an empty cell."""
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
    return number


def _parse_amount(raw: str) -> float:
    cleaned = _CURRENCY.sub(" ", raw).strip().casefold()
    match = _AMOUNT.match(cleaned)
    scale_word = match.group(3) if match else None
    if match is None or (scale_word is not None and scale_word not in _SCALES):
        raise CellProblem(
            msg(
                "{value} is geen bedrag; verwacht {expected}.",
                value=shown(raw),
                expected=AMOUNT_EXPECTED,
            )
        )
    sign, digits = match.group(1), match.group(2)
    digits = re.sub(r"[ '’\u00a0\u202f]", "", digits).rstrip(".,")
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        # Whichever comes last separates the decimals: 1.250.000,50 or 1,250,000.50.
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        digits = digits.replace("." if decimal == "," else ",", "").replace(decimal, ".")
    elif commas:
        # Flemish: the comma is the decimal sign (1,25 mio; 125000,50), unless repeated.
        digits = digits.replace(",", "") if commas > 1 else digits.replace(",", ".")
    elif dots > 1 or (dots == 1 and scale_word is None and len(digits.split(".")[1]) == 3):
        digits = digits.replace(".", "")  # 1.250.000 or 1.250: thousands
    try:
        number = float(sign + digits)
    except ValueError:
        raise CellProblem(
            msg(
                "{value} is geen bedrag; verwacht {expected}.",
                value=shown(raw),
                expected=AMOUNT_EXPECTED,
            )
        ) from None
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
