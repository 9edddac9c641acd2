"""Links between entities: SWOT points behind recommendations, paths and proposals;
paths behind proposals; a proposal's further clusters. Setting a link list replaces
it as a whole."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@cache
def _links() -> dict[tuple[type[m.Base], type[m.Base]], tuple[str, type[m.Base], str]]:
    """owner type -> (relationship, link row, link column, target type)"""
    return {
        (m.RecommendationRow, m.SwotItemRow): (
            "swot_links",
            m.RecommendationSwotRow,
            "swot_item_id",
        ),
        (m.PathRow, m.SwotItemRow): ("swot_links", m.PathSwotRow, "swot_item_id"),
        (m.ProposalRow, m.SwotItemRow): ("swot_links", m.ProposalSwotRow, "swot_item_id"),
        (m.ProposalRow, m.PathRow): ("path_links", m.ProposalPathRow, "path_id"),
        (m.PathRow, m.GoalRow): ("goal_links", m.PathGoalRow, "goal_id"),
        (m.StrategyRow, m.SwotItemRow): ("swot_links", m.StrategySwotRow, "swot_item_id"),
        (m.PathRow, m.StrategyRow): ("strategy_links", m.PathStrategyRow, "strategy_id"),
        (m.ProposalRow, m.StrategyRow): ("strategy_links", m.ProposalStrategyRow, "strategy_id"),
        (m.ProposalRow, m.ClusterRow): ("cluster_links", m.ProposalClusterRow, "cluster_id"),
    }


def replace_links(
    session: Session, owner: Any, target_type: type[m.Base], target_ids: Iterable[str]
) -> None:
    """Make ``owner``'s links to ``target_type`` exactly ``target_ids`` (an owner is a
    path, fiche, strategy or recommendation: each has a workshop and its link relations)."""
    relation, link_type, column = _links()[(type(owner), target_type)]
    wanted = list(dict.fromkeys(target_ids))
    for target_id in wanted:
        target: Any = common.get(session, target_type, target_id, owner.workshop_id)
        if target_type is m.SwotItemRow and target.absorbed_into_id:
            raise ValidationError(
                msg("Koppel aan het samengevoegde punt, niet aan een opgenomen punt.")
            )
    links = getattr(owner, relation)
    keep = [link for link in links if getattr(link, column) in wanted]
    present = {getattr(link, column) for link in keep}
    for link in links:
        if link not in keep:
            session.delete(link)
    links[:] = keep + [link_type(**{column: t}) for t in wanted if t not in present]


def set_links(
    store: Store,
    owner_type: type[m.Base],
    owner_id: str,
    target_type: type[m.Base],
    target_ids: Iterable[str],
) -> Outcome[None]:
    with store.transaction() as uow:
        owner = common.get(uow.session, owner_type, owner_id)
        replace_links(uow.session, owner, target_type, target_ids)
    return Outcome(None, uow.changes)
