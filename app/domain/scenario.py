"""The budget scenario of the keuzenota (seed 002): per year of the planning period,
what the mandatory fiches and the fiches taken in cost, against the financial room.

Money as the BBC keeps it: investment and operating apart, each with expenditure and
income; a year's balance per kind is room − (expenditure − income). A scenario fits
when no balance of any year is below zero. Standard library only, and cheap: a tick
in the window adds or removes one fiche's figures (``Totals.add``), it never sums
everything again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.domain.enums import Decision
from app.domain.messages import Message, msg

# Figures per year, in this order everywhere (a fiche's vector and the totals).
INV, INV_IN, OP, OP_IN = range(4)
KINDS = 4
# Cents: sums of floats that should be zero must not show as −0,00 or break a year.
EPSILON = 0.005


@dataclass(frozen=True)
class ProposalMoney:
    """One fiche's money per year: [investment, investment income, operating, operating
    income] for each year of the period (years outside it are not counted)."""

    id: str
    code: str
    title: str
    mandatory: bool
    decision: Decision
    by_year: Mapping[int, tuple[float, float, float, float]]

    @property
    def in_plan(self) -> bool:
        return self.mandatory or self.decision is Decision.YES

    def net(self, year: int) -> tuple[float, float]:
        """Net investment and net operating of one year."""
        v = self.by_year.get(year)
        return (v[INV] - v[INV_IN], v[OP] - v[OP_IN]) if v else (0.0, 0.0)


@dataclass(frozen=True)
class Room:
    investment: float = 0.0
    operating: float = 0.0


@dataclass(frozen=True)
class YearFigures:
    year: int
    investment: float
    investment_income: float
    operating: float
    operating_income: float
    room_investment: float
    room_operating: float

    @property
    def investment_net(self) -> float:
        return self.investment - self.investment_income

    @property
    def operating_net(self) -> float:
        return self.operating - self.operating_income

    @property
    def balance_investment(self) -> float:
        return self.room_investment - self.investment_net

    @property
    def balance_operating(self) -> float:
        return self.room_operating - self.operating_net

    @property
    def fits(self) -> bool:
        return self.balance_investment > -EPSILON and self.balance_operating > -EPSILON


class Totals:
    """Running sums per year of the fiches in the plan; add or remove one fiche at a time."""

    def __init__(self, years: Sequence[int], rooms: Mapping[int, Room]) -> None:
        self.years = list(years)
        self.rooms = {y: rooms.get(y, Room()) for y in self.years}
        self.sums: dict[int, list[float]] = {y: [0.0] * KINDS for y in self.years}

    def add(self, proposal: ProposalMoney, sign: float = 1.0) -> None:
        sums = self.sums
        for year, values in proposal.by_year.items():
            row = sums.get(year)
            if row is not None:
                for k in range(KINDS):
                    row[k] += sign * values[k]

    def remove(self, proposal: ProposalMoney) -> None:
        self.add(proposal, -1.0)

    def figures(self) -> list[YearFigures]:
        out = []
        for y in self.years:
            s, room = self.sums[y], self.rooms[y]
            out.append(
                YearFigures(
                    y,
                    _clean(s[INV]),
                    _clean(s[INV_IN]),
                    _clean(s[OP]),
                    _clean(s[OP_IN]),
                    room.investment,
                    room.operating,
                )
            )
        return out

    def breaks(self, proposal: ProposalMoney) -> list[tuple[int, str, float]]:
        """What adding ``fiche`` would push below zero: (year, kind, shortfall), where
        kind is ``investment`` or ``operating``. A year the fiche adds nothing to (or
        earns in) is never its fault, even when that year is short already."""
        out = []
        for year, values in sorted(proposal.by_year.items()):
            s = self.sums.get(year)
            if s is None:
                continue
            room = self.rooms[year]
            for kind, exp, inc, available in (
                ("investment", INV, INV_IN, room.investment),
                ("operating", OP, OP_IN, room.operating),
            ):
                extra = values[exp] - values[inc]
                if extra <= EPSILON:
                    continue
                after = available - (s[exp] - s[inc] + extra)
                if after < -EPSILON:
                    out.append((year, kind, -after))
        return out


def _clean(value: float) -> float:
    """Round to cents (sums and differences of floats) and never −0.0."""
    value = round(value, 2)
    return value + 0.0


@dataclass(frozen=True)
class Scenario:
    years: list[YearFigures]
    counts: dict[str, int]  # mandatory, ja, nee, later, open (keuze fiches by decision)

    @property
    def fits(self) -> bool:
        return all(y.fits for y in self.years)


def counts(proposals: Iterable[ProposalMoney]) -> dict[str, int]:
    out = {"mandatory": 0, **{d.value: 0 for d in (Decision.YES, Decision.NO, Decision.LATER)}}
    out[Decision.OPEN.value] = 0
    for f in proposals:
        out["mandatory" if f.mandatory else f.decision.value] += 1
    return out


def compute(
    years: Sequence[int], proposals: Sequence[ProposalMoney], rooms: Mapping[int, Room]
) -> Scenario:
    """Every mandatory fiche (whatever its decision) and every fiche decided ``ja``."""
    totals = Totals(years, rooms)
    for f in proposals:
        if f.in_plan:
            totals.add(f)
    return Scenario(totals.figures(), counts(proposals))


@dataclass(frozen=True)
class Skipped:
    proposal_id: str
    reason: Message


@dataclass(frozen=True)
class Fill:
    """What "fill by ranking" takes in, in ranking order, and what it skipped and why."""

    taken: list[str]
    skipped: list[Skipped] = field(default_factory=list)


KIND_LABELS = {"investment": msg("investering"), "operating": msg("werking")}


def fill_by_ranking(
    years: Sequence[int],
    proposals: Sequence[ProposalMoney],
    rooms: Mapping[int, Room],
    order: Sequence[str],
) -> Fill:
    """Take keuze fiches in ``order`` (a round's ranking) while every year stays in
    balance. Fiches in the plan already stay; a fiche decided ``nee`` or ``later`` is
    not taken (a decision is the council's); one that would push a year below zero is
    skipped and a later, cheaper one may still fit."""
    by_id = {f.id: f for f in proposals}
    totals = Totals(years, rooms)
    for proposal in proposals:
        if proposal.in_plan:
            totals.add(proposal)
    taken: list[str] = []
    skipped: list[Skipped] = []
    for proposal_id in order:
        f = by_id.get(proposal_id)
        if f is None or f.in_plan:
            continue
        if f.decision in (Decision.NO, Decision.LATER):
            skipped.append(Skipped(f.id, msg("besloten: {decision}", decision=f.decision.label)))
            continue
        broken = totals.breaks(f)
        if broken:
            year, kind, short = broken[0]
            more = len(broken) - 1
            reason = msg(
                "past niet: {year} {kind} {short} tekort",
                year=year,
                kind=KIND_LABELS[kind],
                short=euro(short),
            )
            if more:
                reason = msg("{reason} (en {more} meer)", reason=reason, more=more)
            skipped.append(Skipped(f.id, reason))
            continue
        totals.add(f)
        taken.append(f.id)
    return Fill(taken, skipped)


def euro(value: float) -> str:
    """€ 1.234.567 (Flemish: dots for thousands), whole euros."""
    text = f"{abs(value):,.0f}".replace(",", ".")
    return f"{'−' if value < -0.5 else ''}€ {text}"
