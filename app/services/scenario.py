"""The budget scenario of the keuzenota: the fiches' money per year read in two
queries, the room, the sums and balances (app.domain.scenario), the keuze fiches in
a round's ranking order, and "fill by ranking" (one undo step of decisions)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.domain import scenario as sc
from app.domain.enums import Decision, OptionKind
from app.domain.errors import NotFound
from app.domain.messages import msg
from app.services import budget, decisions
from app.services.outcome import Outcome
from app.services.rounds import results
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True)
class ScenarioData:
    """What the scenario view and ``scenario`` need, read once."""

    years: list[int]
    fiches: list[sc.FicheMoney]  # every fiche of the workshop, in the fiches' order
    rooms: dict[int, sc.Room]

    def compute(self) -> sc.Scenario:
        return sc.compute(self.years, self.fiches, self.rooms)

    @property
    def keuze(self) -> list[sc.FicheMoney]:
        return [f for f in self.fiches if not f.mandatory]


def load(store: Store, workshop_id: str) -> ScenarioData:
    P, R = m.ProposalRow, m.ProposalResourceRow
    with store.reading() as uow:
        s = uow.session
        w = s.get(m.WorkshopRow, workshop_id)
        if w is None:
            raise NotFound(msg("Geen workshop met id {id}.", id=repr(workshop_id)))
        years = list(range(w.period_start, w.period_end + 1))
        money: dict[str, dict[int, tuple[float, float, float, float]]] = defaultdict(dict)
        for r in s.execute(
            select(
                R.proposal_id, R.year, R.investment, R.investment_income, R.operating,
                R.operating_income,
            )
            .join(P, P.id == R.proposal_id)
            .where(P.workshop_id == workshop_id)
        ):  # fmt: skip
            money[r.proposal_id][r.year] = (
                r.investment or 0.0,
                r.investment_income or 0.0,
                r.operating or 0.0,
                r.operating_income or 0.0,
            )
        fiches = [
            sc.FicheMoney(
                r.id, r.code, r.title, bool(r.mandatory), Decision(r.decision), money.get(r.id, {})
            )
            for r in s.execute(
                select(P.id, P.code, P.title, P.mandatory, P.decision)
                .where(P.workshop_id == workshop_id)
                .order_by(P.position, P.created_at)
            )
        ]
    return ScenarioData(years, fiches, budget.room_by_year(store, workshop_id))


def ranking_order(store: Store, round_id: str) -> list[str]:
    """The fiches of a round (open or closed) in its ranking order."""
    outcome = results(store, round_id)
    target = {o.id: o.target_id for o in outcome.round.options if o.kind is OptionKind.PROPOSAL}
    return [target[r.option_id] for r in outcome.ranking if target.get(r.option_id)]


def as_json(data: ScenarioData) -> dict[str, Any]:
    """CLI.md's ``scenario --json``."""
    result = data.compute()
    return {
        "years": [
            {
                "year": y.year,
                "investment": y.investment,
                "investment_income": y.investment_income,
                "operating": y.operating,
                "operating_income": y.operating_income,
                "room_investment": y.room_investment,
                "room_operating": y.room_operating,
                "balance_investment": round(y.balance_investment, 2) + 0.0,
                "balance_operating": round(y.balance_operating, 2) + 0.0,
            }
            for y in result.years
        ],
        "proposals": result.counts,
        "fits": result.fits,
    }


@dataclass(frozen=True)
class Filled:
    fill: sc.Fill
    decided: decisions.Decided | None  # None when nothing was taken


def fill_by_ranking(
    store: Store,
    workshop_id: str,
    round_id: str,
    *,
    decided_on: date | None = None,
) -> Outcome[Filled]:
    """Take keuze fiches in the round's ranking order while every year stays in
    balance: they are decided ``ja`` (one undo step); says what it skipped and why."""
    data = load(store, workshop_id)
    fill = sc.fill_by_ranking(data.years, data.fiches, data.rooms, ranking_order(store, round_id))
    if not fill.taken:
        return Outcome(Filled(fill, None))
    outcome = decisions.decide(
        store,
        fill.taken,
        Decision.YES,
        decided_on=decided_on,
        motivation=None,
    )
    return Outcome(Filled(fill, outcome.value), outcome.changes)
