"""Development paths (ontwikkelpaden) and leading principles (seed 000)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from app.domain import records, rules
from app.domain.messages import msg
from app.services import common, convert, links, owners, target_groups
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Impact = tuple[str, str]  # (target group: its id or name, text)


def _clean_path(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"title", "description", *owners.FIELDS})
    return {
        "title": rules.required_text(
            pick(values, row, "title"), msg("De titel van het pad"), "title"
        ),
        "description": rules.optional_text(
            pick(values, row, "description", ""), msg("De beschrijving"), "description"
        ),
        **owners.clean(session, workshop_id, values, row),
    }


def _clean_principle(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"title", "text"})
    return {
        "title": rules.required_text(
            pick(values, row, "title"), msg("De titel van het principe"), "title"
        ),
        "text": rules.optional_text(pick(values, row, "text", ""), msg("De tekst"), "text"),
    }


paths: EntityService[m.PathRow, records.DevelopmentPath] = EntityService(
    lambda: m.PathRow, convert.path, _clean_path
)
principles: EntityService[m.PrincipleRow, records.Principle] = EntityService(
    lambda: m.PrincipleRow, convert.principle, _clean_principle
)


def _actions(texts: Iterable[str]) -> list[m.PathActionRow]:
    out = []
    for position, text in enumerate(texts):
        out.append(
            m.PathActionRow(
                text=rules.required_text(text, msg("Een actie"), "actions"), position=position
            )
        )
    return out


def _impacts(
    session: Session, workshop_id: str, impacts: Iterable[Impact]
) -> list[m.PathImpactRow]:
    out = []
    for position, (group, text) in enumerate(impacts):
        target = target_groups.resolve(session, workshop_id, group)
        out.append(
            m.PathImpactRow(
                target_group_id=target.id,
                group=target,
                text=rules.required_text(text, msg("Een impact"), "impacts"),
                position=position,
            )
        )
    return out


def _apply_details(
    session: Session,
    row: m.PathRow,
    actions: Sequence[str] | None,
    impacts: Sequence[Impact] | None,
    swot_item_ids: Sequence[str] | None,
    goal_ids: Sequence[str] | None = None,
) -> None:
    if actions is not None:
        row.actions[:] = _actions(actions)
    if impacts is not None:
        row.impacts[:] = _impacts(session, row.workshop_id, impacts)
    if swot_item_ids is not None:
        links.replace_links(session, row, m.SwotItemRow, swot_item_ids)
    if goal_ids is not None:
        links.replace_links(session, row, m.GoalRow, goal_ids)


def create_path(
    store: Store,
    workshop_id: str,
    *,
    id: str | None = None,
    actions: Sequence[str] = (),
    impacts: Sequence[Impact] = (),
    swot_item_ids: Sequence[str] = (),
    goal_ids: Sequence[str] = (),
    **values: Any,
) -> Outcome[records.DevelopmentPath]:
    """A path with its "te ontwikkelen acties / producten" and "impact die we creëren"."""
    with store.transaction() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        row = m.PathRow(workshop_id=workshop_id, **_clean_path(s, workshop_id, values, None))
        common.add(s, row, id)
        _apply_details(s, row, actions, impacts, swot_item_ids, goal_ids)
        s.flush()
        record = convert.path(row)
    return Outcome(record, uow.changes)


def update_path(
    store: Store,
    path_id: str,
    *,
    actions: Sequence[str] | None = None,
    impacts: Sequence[Impact] | None = None,
    swot_item_ids: Sequence[str] | None = None,
    goal_ids: Sequence[str] | None = None,
    **values: Any,
) -> Outcome[records.DevelopmentPath]:
    """Change fields; a list that is given replaces the old one as a whole."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.PathRow, path_id)
        common.apply(row, _clean_path(s, row.workshop_id, values, row))
        _apply_details(s, row, actions, impacts, swot_item_ids, goal_ids)
        s.flush()
        record = convert.path(row)
    return Outcome(record, uow.changes)
