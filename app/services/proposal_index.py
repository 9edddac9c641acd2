"""The fiches as the proposals table lists them: the columns it shows and filters on,
read in three plain queries (the full records take the ORM a second per thousand)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.enums import Decision
from app.storage import models as m
from app.storage.store import Store


@dataclass(frozen=True, kw_only=True)
class ProposalSummary:
    id: str
    code: str
    title: str
    cluster_id: str | None
    policy_objective: str
    why: str
    what: str
    win: str
    mandatory: bool
    position: int
    sdgs: tuple[int, ...] = ()
    total_investment: float = 0.0
    total_operating: float = 0.0
    decision: Decision = Decision.OPEN
    owner: str = ""
    extra_cluster_ids: tuple[str, ...] = ()  # its clusters besides the main one

    def in_cluster(self, cluster_id: str) -> bool:
        """Whether a filter on this cluster finds it (main or further cluster)."""
        return cluster_id == self.cluster_id or cluster_id in self.extra_cluster_ids

    @property
    def estimated_cost(self) -> float:
        """Investment plus operating: no longer shown (the BBC keeps them apart); kept
        for callers that still ask."""
        return self.total_investment + self.total_operating


def summaries(
    store: Store, workshop_id: str, ids: Collection[str] | None = None
) -> list[ProposalSummary]:
    """Every fiche of the workshop in order, or only those in ``ids`` (that still exist)."""
    P, S, R = m.ProposalRow, m.ProposalSdgRow, m.ProposalResourceRow
    where = [P.workshop_id == workshop_id]
    if ids is not None:
        if not ids:
            return []
        where.append(P.id.in_(list(ids)))
    with store.reading() as uow:
        s = uow.session
        goals: dict[str, list[int]] = defaultdict(list)
        for proposal_id, sdg in s.execute(
            select(S.proposal_id, S.sdg)
            .join(P, P.id == S.proposal_id)
            .where(*where)
            .order_by(S.sdg)
        ):
            goals[proposal_id].append(sdg)
        extra: dict[str, list[str]] = defaultdict(list)
        C, K = m.ProposalClusterRow, m.ClusterRow  # noqa: N806
        for proposal_id, cluster_id in s.execute(
            select(C.proposal_id, C.cluster_id)
            .join(P, P.id == C.proposal_id)
            .join(K, K.id == C.cluster_id)
            .where(*where)
            .order_by(K.position, K.name)
        ):
            extra[proposal_id].append(cluster_id)
        costs = {
            proposal_id: (investment or 0.0, operating or 0.0)
            for proposal_id, investment, operating in s.execute(
                select(R.proposal_id, func.sum(R.investment), func.sum(R.operating))
                .join(P, P.id == R.proposal_id)
                .where(*where)
                .group_by(R.proposal_id)
            )
        }
        rows = s.execute(
            select(
                P.id,
                P.code,
                P.title,
                P.cluster_id,
                P.policy_objective,
                P.why,
                P.what,
                P.win,
                P.mandatory,
                P.position,
                P.decision,
                P.owner,
            )
            .where(*where)
            .order_by(P.position, P.created_at)
        )
        return [
            ProposalSummary(
                id=r.id,
                code=r.code,
                title=r.title,
                cluster_id=r.cluster_id,
                policy_objective=r.policy_objective,
                why=r.why,
                what=r.what,
                win=r.win,
                mandatory=bool(r.mandatory),
                position=r.position,
                decision=Decision(r.decision),
                sdgs=tuple(goals.get(r.id, ())),
                total_investment=costs.get(r.id, (0.0, 0.0))[0],
                total_operating=costs.get(r.id, (0.0, 0.0))[1],
                owner=r.owner,
                extra_cluster_ids=tuple(extra.get(r.id, ())),
            )
            for r in rows
        ]
