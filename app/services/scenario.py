"""The budget scenario of the keuzenota: the fiches' money per year read in two
queries, the room, the sums and balances (app.domain.scenario), the keuze fiches in
a round's ranking order, and "fill by ranking" (one undo step of decisions)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
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
    proposals: list[sc.ProposalMoney]  # every fiche of the workshop, in the fiches' order
    rooms: dict[int, sc.Room]

    def compute(self) -> sc.Scenario:
        return sc.compute(self.years, self.proposals, self.rooms)

    @property
    def keuze(self) -> list[sc.ProposalMoney]:
        return [f for f in self.proposals if not f.mandatory]


def load(store: Store, workshop_id: str) -> ScenarioData:
    with store.reading() as uow:
        w = uow.session.get(m.WorkshopRow, workshop_id)
        if w is None:
            raise NotFound(msg("Geen workshop met id {id}.", id=repr(workshop_id)))
        years = list(range(w.period_start, w.period_end + 1))
    return ScenarioData(
        years, load_proposals(store, workshop_id), budget.room_by_year(store, workshop_id)
    )


def load_proposals(
    store: Store, workshop_id: str, ids: Collection[str] | None = None
) -> list[sc.ProposalMoney]:
    """The fiches' money per year (all, or those in ``ids`` that still exist), in the
    fiches' order: two queries over plain rows."""
    P, R = m.ProposalRow, m.ProposalResourceRow
    where = [P.workshop_id == workshop_id]
    if ids is not None:
        if not ids:
            return []
        where.append(P.id.in_(list(ids)))
    with store.reading() as uow:
        connection = uow.session.connection()  # plain rows, no ORM bookkeeping
        money: dict[str, dict[int, tuple[float, float, float, float]]] = defaultdict(dict)
        for pid, year, inv, inv_in, op, op_in in connection.execute(
            select(
                R.proposal_id, R.year, R.investment, R.investment_income, R.operating,
                R.operating_income,
            )
            .join(P, P.id == R.proposal_id)
            .where(*where)
        ):  # fmt: skip
            money[pid][year] = (inv or 0.0, inv_in or 0.0, op or 0.0, op_in or 0.0)
        return [
            sc.ProposalMoney(
                pid, code, title, bool(mandatory), Decision(decision), money.get(pid, {})
            )
            for pid, code, title, mandatory, decision in connection.execute(
                select(P.id, P.code, P.title, P.mandatory, P.decision)
                .where(*where)
                .order_by(P.position, P.created_at)
            )
        ]


@dataclass(frozen=True)
class Ranked:
    proposal_id: str
    rank: int
    score: float


def ranking(store: Store, round_id: str) -> list[Ranked]:
    """The fiches of a round (open or closed) in its ranking order, with rank and score."""
    outcome = results(store, round_id)
    target = {o.id: o.target_id for o in outcome.round.options if o.kind is OptionKind.PROPOSAL}
    return [
        Ranked(pid, r.rank, r.score)
        for r in outcome.ranking
        if (pid := target.get(r.option_id)) is not None
    ]


def ranking_order(store: Store, round_id: str) -> list[str]:
    """The fiches of a round (open or closed) in its ranking order."""
    return [r.proposal_id for r in ranking(store, round_id)]


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
    fill = sc.fill_by_ranking(
        data.years, data.proposals, data.rooms, ranking_order(store, round_id)
    )
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
