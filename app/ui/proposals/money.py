"""Amounts the Flemish way: € 1.250.000 and 2,5 VTE."""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.exchange.values import CellProblem, amount
from app.ui.base.messages import shown


def number(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def euro(value: float) -> str:
    return f"€ {number(round(value))}"


def fte(value: float) -> str:
    return number(value, 1)


def parse(text: str, label: str) -> float:
    """A typed amount (€ 1.250.000, 1,25 mio, 0,5); empty is 0. When not, a
    ValidationError whose message is in the window's language (``label`` is too)."""
    try:
        value = amount(text)
    except CellProblem as exc:
        raise ValidationError(f"{label}: {shown(exc)}", "resources") from None
    return 0.0 if value is None else value
