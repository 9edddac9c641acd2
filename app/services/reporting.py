"""Reads the report needs that the entity use cases do not offer, or offer too slowly
for a thousand fiches: fiches with their details in a handful of queries, and who
took part in a voting round."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.domain import records
from app.services import convert
from app.storage import models as m
from app.storage.store import Store

__all__ = ["Participation", "Store", "participation", "proposals"]


def proposals(store: Store, workshop_id: str) -> list[records.Proposal]:
    """Every fiche in order, details loaded eagerly (one query per detail table,
    not one per fiche)."""
    P = m.ProposalRow
    query = (
        select(P)
        .where(P.workshop_id == workshop_id)
        .order_by(P.position, P.created_at)
        .options(
            selectinload(P.sdg_links),
            selectinload(P.actions),
            selectinload(P.resources),
            selectinload(P.swot_links),
            selectinload(P.path_links),
            selectinload(P.cluster_links),
        )
    )
    with store.reading() as uow:
        return [convert.proposal(row) for row in uow.session.scalars(query)]


@dataclass(frozen=True)
class Participation:
    """Ballots in a round: in all, by cluster (None: no cluster) and by source."""

    ballots: int
    by_cluster: dict[str | None, int]
    by_source: dict[str, int]


def participation(store: Store, round_id: str) -> Participation:
    B = m.BallotRow
    query = (
        select(B.cluster_id, B.source, func.count())
        .where(B.round_id == round_id)
        .group_by(B.cluster_id, B.source)
    )
    by_cluster: Counter[str | None] = Counter()
    by_source: Counter[str] = Counter()
    with store.reading() as uow:
        for cluster_id, source, n in uow.session.execute(query):
            by_cluster[cluster_id] += n
            by_source[source] += n
    return Participation(sum(by_source.values()), dict(by_cluster), dict(by_source))
