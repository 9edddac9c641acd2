"""Decisions on fiches (open, ja, nee, later; with date and motivation), for one fiche,
several at once or the top of a closed round; and where each fiche stood in every
round it was in. Undo: every use case returns the states it replaced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.domain import rules
from app.domain.enums import Decision, OptionKind, RoundStatus
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.domain.rules import parse_decision
from app.services import common
from app.services.outcome import Outcome
from app.services.rounds import results, rounds
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True)
class DecisionState:
    """A fiche's decision as it is (or was: what undo puts back)."""

    proposal_id: str
    decision: Decision
    decided_on: date | None
    motivation: str


@dataclass(frozen=True)
class Decided:
    after: tuple[DecisionState, ...]
    before: tuple[DecisionState, ...]  # for undo: ``restore_decisions(store, before)``


def _state(row: m.ProposalRow) -> DecisionState:
    return DecisionState(
        row.id, Decision(row.decision), row.decision_date, row.decision_motivation or ""
    )


def decide(
    store: Store,
    proposal_ids: Sequence[str],
    decision: Decision | str,
    *,
    decided_on: date | None = None,
    motivation: str | None = None,
) -> Outcome[Decided]:
    """Record one decision on every fiche in ``proposal_ids`` (one undo step).

    ``decided_on`` defaults to today (``open`` has no date); ``motivation`` None keeps
    each fiche's own. A mandatory fiche is in the plan whatever its decision."""
    chosen = decision if isinstance(decision, Decision) else parse_decision(decision)
    text = (
        None
        if motivation is None
        else rules.optional_text(motivation, msg("De motivering"), "decision_motivation")
    )
    when = None if chosen is Decision.OPEN else (decided_on or date.today())
    with store.transaction() as uow:
        s = uow.session
        rows = [common.get(s, m.ProposalRow, pid) for pid in dict.fromkeys(proposal_ids)]
        before = tuple(_state(r) for r in rows)
        for r in rows:
            values = {"decision": chosen.value, "decision_date": when}
            if text is not None:
                values["decision_motivation"] = text
            common.apply(r, values)
        s.flush()
        after = tuple(_state(r) for r in rows)
    return Outcome(Decided(after, before), uow.changes)


def restore_decisions(store: Store, states: Sequence[DecisionState]) -> Outcome[Decided]:
    """Put decisions back as they were (undo of ``decide``)."""
    with store.transaction() as uow:
        s = uow.session
        rows = [common.get(s, m.ProposalRow, st.proposal_id) for st in states]
        before = tuple(_state(r) for r in rows)
        for r, st in zip(rows, states, strict=True):
            common.apply(
                r,
                {
                    "decision": st.decision.value,
                    "decision_date": st.decided_on,
                    "decision_motivation": st.motivation,
                },
            )
        s.flush()
        after = tuple(_state(r) for r in rows)
    return Outcome(Decided(after, before), uow.changes)


def find_by_code(store: Store, workshop_id: str, code: str) -> str:
    """The id of the fiche with this code (case and spaces aside); NotFound names it."""
    wanted = " ".join(code.split()).casefold()
    with store.reading() as uow:
        P = m.ProposalRow
        found = [
            pid
            for pid, c in uow.session.execute(
                select(P.id, P.code).where(P.workshop_id == workshop_id)
            )
            if c and " ".join(c.split()).casefold() == wanted
        ]
    if not found:
        raise NotFound(msg("Geen fiche met code {code}.", code=repr(code)))
    if len(found) > 1:
        raise ValidationError(
            msg("{count} fiches hebben code {code}: geef ze eerst elk een eigen code.",
                count=len(found), code=repr(code)),
            "code",
        )  # fmt: skip
    return found[0]


def top_of_round(store: Store, round_id: str, top: int) -> list[str]:
    """The fiches at the top ``top`` places of a closed round, in ranking order. Fiches
    that share the last place are all in (equal scores share a rank)."""
    if top < 1:
        raise ValidationError(msg("Kies een top van minstens 1."), "top")
    outcome = results(store, round_id)
    if outcome.round.status is not RoundStatus.CLOSED:
        raise ValidationError(
            msg("Sluit de ronde {title} eerst: pas dan ligt de rangschikking vast.",
                title=outcome.round.title),
            "round",
        )  # fmt: skip
    target = {
        o.id: o.target_id
        for o in outcome.round.options
        if o.kind is OptionKind.PROPOSAL and o.target_id is not None
    }
    return [target[r.option_id] for r in outcome.ranking if r.rank <= top and r.option_id in target]


def decide_top(
    store: Store,
    round_id: str,
    top: int,
    decision: Decision | str = Decision.YES,
    *,
    decided_on: date | None = None,
    motivation: str | None = None,
) -> Outcome[Decided]:
    """ "The top N of this round: ja" in one step (one undo step)."""
    ids = top_of_round(store, round_id, top)
    if not ids:
        raise NotFound(msg("Deze ronde heeft geen fiches om over te beslissen."))
    return decide(store, ids, decision, decided_on=decided_on, motivation=motivation)


@dataclass(frozen=True)
class RoundPlace:
    """Where a fiche stood in one round: its rank among how many, and its score."""

    round_id: str
    title: str
    method: str
    status: str
    rank: int
    of: int
    score: float


def places(store: Store, workshop_id: str) -> dict[str, list[RoundPlace]]:
    """Per fiche, its rank and score in every round it was in (open or closed rounds,
    in the rounds' order)."""
    out: dict[str, list[RoundPlace]] = {}
    for r in rounds.list(store, workshop_id):
        if r.status is RoundStatus.DRAFT:
            continue
        target = {o.id: o.target_id for o in r.options if o.kind is OptionKind.PROPOSAL}
        if not any(target.values()):
            continue
        outcome = results(store, r.id)
        for entry in outcome.ranking:
            pid = target.get(entry.option_id)
            if pid:
                out.setdefault(pid, []).append(
                    RoundPlace(
                        r.id,
                        r.title,
                        r.method.value,
                        r.status.value,
                        entry.rank,
                        len(outcome.ranking),
                        entry.score,
                    )
                )
    return out
