"""The synthesis ("top 20", seed 003): the points the report puts up front.

The facilitator curates it: picks and orders the points, or takes them in one
step from a closed round over SWOT points (its ranking order, the top N). Until
then the synthesis is the balanced default (domain.analysis.balanced_points):
the four quadrants in turn, never twenty strengths. Every change returns a
memento of the list as it was; :func:`restore_synthesis` puts it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import records
from app.domain.analysis import balanced_points
from app.domain.enums import OptionKind, RoundStatus
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, rounds, swot
from app.services.deletion import RowImage, image
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

SIZE = 20  # "top 20"


@dataclass(frozen=True)
class Synthesis:
    """The points in order, and whether the facilitator chose them (else: the default)."""

    items: tuple[records.SwotItem, ...]
    curated: bool


@dataclass(frozen=True)
class SynthesisMemento:
    """The curated list as it was before a change (no rows: the default)."""

    workshop_id: str
    rows: tuple[RowImage, ...]

    @property
    def item_ids(self) -> list[str]:
        return [str(dict(r.values)["swot_item_id"]) for r in self.rows]


def _rows(session: Session, workshop_id: str) -> list[m.SynthesisItemRow]:
    S = m.SynthesisItemRow
    query = select(S).where(S.workshop_id == workshop_id).order_by(S.position, S.created_at)
    return list(session.scalars(query))


def curated_ids(store: Store, workshop_id: str) -> list[str]:
    """The curated points' ids in order; empty while the default holds."""
    with store.reading() as uow:
        return [r.swot_item_id for r in _rows(uow.session, workshop_id)]


def synthesis(
    store: Store,
    workshop_id: str,
    n: int = SIZE,
    items: Sequence[records.SwotItem] | None = None,
) -> Synthesis:
    """The synthesis to show and print. ``items``: the board's points when the caller
    has them (the report does). A curated point absorbed since into another shows
    as that consolidated point (once)."""
    chosen = curated_ids(store, workshop_id)
    if items is None:
        items = swot.list_items(store, workshop_id, include_absorbed=True)
    if not chosen:
        return Synthesis(tuple(balanced_points(items, n)), curated=False)
    by_id = {i.id: i for i in items}
    out: list[records.SwotItem] = []
    seen: set[str] = set()
    for item_id in chosen:
        item = by_id.get(item_id)
        while item is not None and item.absorbed_into_id:
            item = by_id.get(item.absorbed_into_id)
        if item is not None and item.id not in seen:
            seen.add(item.id)
            out.append(item)
    return Synthesis(tuple(out), curated=True)


def _replace(session: Session, workshop_id: str, item_ids: Sequence[str]) -> SynthesisMemento:
    common.get(session, m.WorkshopRow, workshop_id)
    wanted = list(dict.fromkeys(item_ids))
    for item_id in wanted:
        item = common.get(session, m.SwotItemRow, item_id, workshop_id)
        if item.absorbed_into_id:
            raise ValidationError(
                msg("Kies het samengevoegde punt voor de synthese, niet een opgenomen punt."),
                "swot_item_ids",
            )
    current = _rows(session, workshop_id)
    memento = SynthesisMemento(workshop_id, tuple(image(r) for r in current))
    by_item = {r.swot_item_id: r for r in current}
    for row in current:
        if row.swot_item_id not in wanted:
            session.delete(row)
    session.flush()
    for position, item_id in enumerate(wanted):
        kept = by_item.get(item_id)
        if kept is None:
            session.add(
                m.SynthesisItemRow(workshop_id=workshop_id, swot_item_id=item_id, position=position)
            )
        elif kept.position != position:
            kept.position = position
    session.flush()
    return memento


def set_synthesis(
    store: Store, workshop_id: str, item_ids: Sequence[str]
) -> Outcome[SynthesisMemento]:
    """Make the curated synthesis exactly these points, in this order (an empty list:
    back to the balanced default). Returns the memento of the list before."""
    with store.transaction() as uow:
        memento = _replace(uow.session, workshop_id, item_ids)
    return Outcome(memento, uow.changes)


def clear_synthesis(store: Store, workshop_id: str) -> Outcome[SynthesisMemento]:
    """Back to the balanced default."""
    return set_synthesis(store, workshop_id, [])


def take_default(store: Store, workshop_id: str, n: int = SIZE) -> Outcome[SynthesisMemento]:
    """Curate, starting from what the default shows now."""
    shown = synthesis(store, workshop_id, n)
    return set_synthesis(store, workshop_id, [i.id for i in shown.items])


def from_round(store: Store, round_id: str, n: int = SIZE) -> Outcome[SynthesisMemento]:
    """The synthesis in one step from a closed round over SWOT points: its ranking
    order, the top ``n`` (options whose point was deleted meanwhile are skipped)."""
    if n < 1:
        raise ValidationError(msg("Kies hoeveel punten de synthese telt (minstens 1)."), "n")
    result = rounds.results(store, round_id)
    voting_round = result.round
    if voting_round.status is not RoundStatus.CLOSED:
        raise ValidationError(
            msg("Stemronde ‘{title}’ is nog niet gesloten.", title=voting_round.title), "round"
        )
    targets = {o.id: o.target_id for o in voting_round.options if o.kind is OptionKind.SWOT_ITEM}
    if not targets:
        raise ValidationError(
            msg("Stemronde ‘{title}’ gaat niet over SWOT-punten.", title=voting_round.title),
            "round",
        )
    ordered = [targets.get(r.option_id) for r in result.ranking]
    with store.transaction() as uow:
        s = uow.session
        ids: list[str] = []
        for item_id in ordered:
            if item_id is None or item_id in ids:
                continue
            row = s.get(m.SwotItemRow, item_id)
            while row is not None and row.absorbed_into_id:
                row = s.get(m.SwotItemRow, row.absorbed_into_id)
            if row is not None and row.id not in ids:
                ids.append(row.id)
            if len(ids) == n:
                break
        memento = _replace(s, voting_round.workshop_id, ids)
    return Outcome(memento, uow.changes)


def restore_synthesis(store: Store, memento: SynthesisMemento) -> Outcome[None]:
    """Undo: the curated list exactly as the memento holds it (its rows, ids and times;
    points deleted since stay out)."""
    with store.transaction() as uow:
        s = uow.session
        keep = {r.id: r for r in memento.rows}
        current = {r.id: r for r in _rows(s, memento.workshop_id)}
        for row_id, row in current.items():
            if row_id not in keep:
                s.delete(row)
        s.flush()
        for img in memento.rows:
            values = dict(img.values)
            if s.get(m.SwotItemRow, values["swot_item_id"]) is None:
                continue
            kept = current.get(img.id)
            if kept is None:
                s.add(m.SynthesisItemRow(**values))
            elif kept.position != values["position"]:
                kept.position = values["position"]
                kept.updated_at = values["updated_at"]
        s.flush()
    return Outcome(None, uow.changes)
