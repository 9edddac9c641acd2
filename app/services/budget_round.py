"""Budget rounds with the fiches' real costs (participatory budgeting, as Decidim's
budgets): every option is a fiche at its own cost, a phone takes fiches whole until
the budget is used, and the result is the set of the most chosen fiches that fits.

The cost of a fiche is net (expenditure minus income: subsidies, contributions),
summed over the workshop's planning period, because the financial room it is weighed
against is net as well (app.services.budget). The facilitator chooses the basis:
``investment`` (the net investment only) or ``total`` (net investment plus net
operating). The budget defaults to the room of the same kind over the period (the
investment room; for ``total`` the investment and the operating room) and may be set
to any amount.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.domain import ranking, records
from app.domain import scenario as sc
from app.domain.enums import OptionKind, VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import Message, msg
from app.services import budget, common
from app.services.outcome import Outcome
from app.services.rounds import DEVICES_PER_ADDRESS, create_round
from app.services.scenario import load_proposals
from app.storage import models as m
from app.storage.store import Store

INVESTMENT = "investment"
TOTAL = "total"
COST_BASES = ranking.COST_BASES
FREE_NAMED = 12  # a refusal names this many fiches without cost, then counts the rest


def basis_label(basis: str) -> Message:
    """How the window and the report name a cost basis."""
    if basis == TOTAL:
        return msg("netto investering en werking over de planperiode")
    return msg("netto investering over de planperiode")


def _basis(value: str) -> str:
    if value not in COST_BASES:
        raise ValidationError(
            msg("Onbekende kostenbasis {basis}: investment of total.", basis=repr(value)),
            "cost_basis",
        )
    return value


@dataclass(frozen=True)
class PricedProposal:
    proposal_id: str
    code: str
    title: str
    cost: float  # net, over the planning period, on the chosen basis

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip()


@dataclass(frozen=True)
class Pricing:
    """What a budget round over ``fiches`` would look like before it is made."""

    basis: str
    years: tuple[int, int]
    proposals: list[PricedProposal]  # in the order asked
    default_budget: float  # the room of the basis' kind(s) over the period

    @property
    def free(self) -> list[PricedProposal]:
        """Fiches with no cost to pay on this basis (none entered, or income that covers
        it): a phone cannot take them whole; the facilitator hears so before opening."""
        return [f for f in self.proposals if f.cost <= ranking.CENT]

    @property
    def priced(self) -> list[PricedProposal]:
        return [f for f in self.proposals if f.cost > ranking.CENT]

    def too_dear(self, budget_: float) -> list[PricedProposal]:
        """Fiches that cost more than the whole budget: no phone can choose them."""
        return [f for f in self.priced if f.cost > budget_ + ranking.CENT]


def price(
    store: Store, workshop_id: str, proposal_ids: Sequence[str], basis: str = INVESTMENT
) -> Pricing:
    """The cost of each fiche on ``basis`` over the planning period, and the room."""
    basis = _basis(basis)
    with store.reading() as uow:
        w = common.get(uow.session, m.WorkshopRow, workshop_id)
        first, last = w.period_start, w.period_end
        known = set(
            uow.session.scalars(
                select(m.ProposalRow.id).where(
                    m.ProposalRow.workshop_id == workshop_id,
                    m.ProposalRow.id.in_(list(proposal_ids)),
                )
            )
        )
    missing = [p for p in proposal_ids if p not in known]
    if missing:
        raise ValidationError(
            msg("Onbekende fiche: {ids}.", ids=", ".join(map(repr, missing))), "options"
        )
    by_id = {f.id: f for f in load_proposals(store, workshop_id, proposal_ids)}
    years = range(first, last + 1)
    proposals = [
        PricedProposal(f.id, f.code, f.title, _cost(f, years, basis))
        for f in (by_id[p] for p in proposal_ids)
    ]
    rooms = budget.rooms(store, workshop_id)
    room = sum(r.investment + (r.operating if basis == TOTAL else 0.0) for r in rooms)
    return Pricing(basis, (first, last), proposals, round(room, 2))


def _cost(proposal: sc.ProposalMoney, years: range, basis: str) -> float:
    investment = sum(proposal.net(y)[0] for y in years)
    operating = sum(proposal.net(y)[1] for y in years) if basis == TOTAL else 0.0
    return round(investment + operating, 2)


def create_budget_round(
    store: Store,
    workshop_id: str,
    title: str,
    proposal_ids: Sequence[str],
    *,
    basis: str = INVESTMENT,
    budget_: float | None = None,
    leave_out_free: bool = False,
    question: str = "",
    anonymous: bool = True,
    top_n: int = 0,
    devices_per_address: int = DEVICES_PER_ADDRESS,
    id: str | None = None,
) -> Outcome[records.VotingRound]:
    """A draft budget round over whole fiches at their real cost (``rules.costs``,
    ``whole``, ``cost_basis``). ``budget_`` None: the room over the period. A fiche
    without a cost is refused, naming it, unless ``leave_out_free`` (then it is left
    out of the round; the caller has said so)."""
    pricing = price(store, workshop_id, proposal_ids, basis)
    free = pricing.free
    if free and not leave_out_free:
        named = ", ".join(f.code or f.title for f in free[:FREE_NAMED])
        if len(free) > FREE_NAMED:
            named = msg("{named} en {more} meer", named=named, more=len(free) - FREE_NAMED)
        raise ValidationError(
            msg(
                "{count} fiches hebben geen kost ({basis}): {fiches}. Een fiche zonder kost "
                "kan je niet heel kiezen: vul haar middelen in of laat ze weg uit de ronde.",
                count=len(free),
                basis=basis_label(basis),
                fiches=named,
            ),
            "costs",
        )
    chosen = pricing.priced
    if not chosen:
        raise ValidationError(
            msg("Geen enkele gekozen fiche heeft een kost: er valt niets te kiezen."), "options"
        )
    amount = pricing.default_budget if budget_ is None else budget_
    if amount <= 0:
        raise ValidationError(
            msg(
                "Het budget moet groter dan 0 zijn; de financiële ruimte over de planperiode "
                "is {room}. Geef een budget op.",
                room=ranking.euro(pricing.default_budget),
            ),
            "budget",
        )
    rules = {
        "budget": round(float(amount), 2),
        "costs": {f.proposal_id: f.cost for f in chosen},
        "whole": True,
        "cost_basis": pricing.basis,
    }
    return create_round(
        store,
        workshop_id,
        title,
        VotingMethod.BUDGET,
        [(OptionKind.PROPOSAL, f.proposal_id) for f in chosen],
        rules,
        question=question,
        anonymous=anonymous,
        top_n=top_n,
        id=id,
        devices_per_address=devices_per_address,
    )


@dataclass(frozen=True)
class Fitting:
    """The result of a budget round with whole fiches, as a person reads it."""

    budget: float
    basis: str | None
    costs: dict[str, float]  # option id -> cost
    fits: list[str]  # option ids, ranking order

    @property
    def spent(self) -> float:
        return round(sum(self.costs[o] for o in self.fits), 2)

    @property
    def left(self) -> float:
        return round(self.budget - self.spent, 2)


def fitting(voting_round: records.VotingRound, fits: Sequence[str] | None) -> Fitting | None:
    """The costs and the fitting set of a round with whole fiches; None for others."""
    rules = voting_round.rules
    if voting_round.method is not VotingMethod.BUDGET or not ranking.is_whole(rules):
        return None
    return Fitting(
        float(rules["budget"]), rules.get("cost_basis"), dict(rules["costs"]), list(fits or [])
    )
