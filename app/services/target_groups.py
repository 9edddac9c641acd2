"""The workshop's own list of target groups (doelgroepen) of the paths' impact.

Seed 000 names four (medewerkers, klanten, mandatarissen, burgers); a workshop
starts with those and adds its own ("partners en stakeholders", "de
organisatie"), renames, orders and removes them. A group that paths still use
is never removed behind their back: the deletion names those paths and is
refused, or moves their impact to another group first; undo puts it all back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import records, rules
from app.domain.enums import DEFAULT_TARGET_GROUPS
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert, deletion
from app.services.deletion import Deleted
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store


def _clean(session: Session, workshop_id: str, values: dict[str, Any], row: Any) -> dict[str, Any]:
    only(values, {"name"})
    name = rules.required_text(pick(values, row, "name"), msg("De naam van de doelgroep"), "name")
    if len(name) > 200:
        raise ValidationError(
            msg("De naam van de doelgroep is te lang (hoogstens 200 tekens)."), "name"
        )
    same = session.scalars(
        select(m.TargetGroupRow).where(
            m.TargetGroupRow.workshop_id == workshop_id,
            func.lower(m.TargetGroupRow.name) == name.lower(),
        )
    ).first()
    if same is not None and (row is None or same.id != row.id):
        raise ValidationError(msg("Er is al een doelgroep ‘{name}’.", name=same.name), "name")
    return {"name": name}


groups: EntityService[m.TargetGroupRow, records.TargetGroup] = EntityService(
    m.TargetGroupRow, convert.target_group, _clean
)


def add_defaults(session: Session, workshop_id: str) -> None:
    """The four groups of seed 000, for a new workshop."""
    for position, name in enumerate(DEFAULT_TARGET_GROUPS):
        session.add(m.TargetGroupRow(workshop_id=workshop_id, name=name, position=position))
    session.flush()


def list_groups(store: Store, workshop_id: str) -> list[records.TargetGroup]:
    return groups.list(store, workshop_id)


def find(session: Session, workshop_id: str, given: str) -> m.TargetGroupRow | None:
    """A group by its id or by its name (case does not matter)."""
    row = session.get(m.TargetGroupRow, given)
    if row is not None and row.workshop_id == workshop_id:
        return row
    word = given.strip().lower()
    return next(
        (
            g
            for g in session.scalars(
                select(m.TargetGroupRow).where(m.TargetGroupRow.workshop_id == workshop_id)
            )
            if g.name.lower() == word
        ),
        None,
    )


def resolve(session: Session, workshop_id: str, given: str) -> m.TargetGroupRow:
    """A group by id or name, or a clear message listing the workshop's groups."""
    row = find(session, workshop_id, given)
    if row is None:
        names = ", ".join(g.name for g in groups.rows(session, workshop_id))
        raise ValidationError(
            msg("Onbekende doelgroep {group}: kies uit {names}.", group=repr(given), names=names),
            "impacts",
        )
    return row


def paths_using(store: Store, group_id: str) -> list[records.DevelopmentPath]:
    """The paths whose impact names this group, in the paths' order."""
    with store.reading() as uow:
        return [convert.path(p) for p in _paths_using(uow.session, group_id)]


def _paths_using(session: Session, group_id: str) -> list[m.PathRow]:
    used = select(m.PathImpactRow.path_id).where(m.PathImpactRow.target_group_id == group_id)
    query = select(m.PathRow).where(m.PathRow.id.in_(used)).order_by(m.PathRow.position)
    return list(session.scalars(query))


def delete_group(
    store: Store, group_id: str, move_to: str | None = None
) -> Outcome[Deleted[records.TargetGroup]]:
    """Remove a group. One that paths use is refused with their titles, unless
    ``move_to`` names another group: their impact moves there first. The memento
    (``restore_group``) brings the group and the impact's old group back."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.TargetGroupRow, group_id)
        record = convert.target_group(row)
        impacts = list(
            s.scalars(select(m.PathImpactRow).where(m.PathImpactRow.target_group_id == group_id))
        )
        moved: list[deletion.Reassigned] = []
        if impacts:
            if move_to is None:
                titles = ", ".join(f"‘{p.title}’" for p in _paths_using(s, group_id))
                raise ValidationError(
                    msg(
                        "Doelgroep ‘{name}’ wordt nog gebruikt door {count} impact(en) in: "
                        "{paths}. Verplaats die eerst naar een andere doelgroep.",
                        name=row.name,
                        count=len(impacts),
                        paths=titles,
                    ),
                    "move_to",
                )
            target = common.get(s, m.TargetGroupRow, move_to, row.workshop_id)
            if target.id == row.id:
                raise ValidationError(
                    msg("Kies een andere doelgroep om de impact naar te verplaatsen."), "move_to"
                )
            moved = deletion.reassign(s, impacts, "target_group_id", target.id)
        rows, cleared = deletion.take_apart(s, row)
        deleted = Deleted(record, tuple(rows), (*moved, *cleared))
    return Outcome(deleted, uow.changes)


def restore_group(
    store: Store, deleted: Deleted[records.TargetGroup]
) -> Outcome[records.TargetGroup]:
    """Undo :func:`delete_group`: the group at its place, the moved impact back."""
    return groups.restore(store, deleted)


def create_group(store: Store, workshop_id: str, name: str) -> Outcome[records.TargetGroup]:
    return groups.create(store, workshop_id, name=name)


def rename_group(store: Store, group_id: str, name: str) -> Outcome[records.TargetGroup]:
    return groups.update(store, group_id, name=name)
