"""The financial room per year of the planning period (investment and operating):
what the multi-year plan can spend, net, on each kind that year."""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import rules
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.scenario import Room
from app.services import common
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True)
class YearRoom:
    year: int
    investment: float
    operating: float

    @property
    def room(self) -> Room:
        return Room(self.investment, self.operating)


def rooms(store: Store, workshop_id: str) -> list[YearRoom]:
    """Every year of the planning period, 0 where no room was set."""
    with store.reading() as uow:
        s = uow.session
        w = common.get(s, m.WorkshopRow, workshop_id)
        return _rooms(s, w)


def _rooms(session, workshop: m.WorkshopRow) -> list[YearRoom]:  # type: ignore[no-untyped-def]
    B = m.BudgetRoomRow
    stored = {r.year: r for r in session.scalars(select(B).where(B.workshop_id == workshop.id))}
    out = []
    for year in range(workshop.period_start, workshop.period_end + 1):
        r = stored.get(year)
        out.append(
            YearRoom(year, r.investment_room, r.operating_room) if r else YearRoom(year, 0.0, 0.0)
        )
    return out


def room_by_year(store: Store, workshop_id: str) -> dict[int, Room]:
    return {r.year: r.room for r in rooms(store, workshop_id)}


def _amount(value: object, label: str) -> float:
    try:
        amount = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError(
            msg("{label}: {value} is geen bedrag.", label=label, value=repr(value)), "room"
        ) from None
    if not math.isfinite(amount):
        raise ValidationError(
            msg("{label}: {value} is geen bedrag.", label=label, value=repr(value)), "room"
        )
    return round(amount, 2)


def set_room(
    store: Store,
    workshop_id: str,
    year: int,
    *,
    investment: float | None = None,
    operating: float | None = None,
) -> Outcome[tuple[YearRoom, YearRoom]]:
    """Set one year's room (None keeps that kind as it was). Returns (after, before):
    undo sets ``before`` again. A room may be negative (a plan that must save)."""
    with store.transaction() as uow:
        s = uow.session
        w = common.get(s, m.WorkshopRow, workshop_id)
        rules.year_in_period(year, w.period_start, w.period_end, msg("De financiële ruimte"))
        B = m.BudgetRoomRow
        row = s.scalar(select(B).where(B.workshop_id == workshop_id, B.year == year))
        before = (
            YearRoom(year, row.investment_room, row.operating_room) if row else YearRoom(year, 0, 0)
        )
        values = {
            "investment_room": before.investment
            if investment is None
            else _amount(investment, msg("Investeringsruimte {year}", year=year)),
            "operating_room": before.operating
            if operating is None
            else _amount(operating, msg("Werkingsruimte {year}", year=year)),
        }
        if row is None:
            row = B(workshop_id=workshop_id, year=year, **values)
            s.add(row)
        else:
            common.apply(row, values)
        s.flush()
        after = YearRoom(year, row.investment_room, row.operating_room)
    return Outcome((after, before), uow.changes)
