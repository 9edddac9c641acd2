"""Who and where: locations, sessions (workshop days), clusters and participants."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import records, rules
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert, deletion
from app.services.deletion import Deleted
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store


def _clean_location(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"name", "address", "postcode", "deelgemeente"})
    deelgemeente = rules.optional_text(
        pick(values, row, "deelgemeente"), msg("De deelgemeente"), "deelgemeente"
    )
    return {
        "name": rules.required_text(
            pick(values, row, "name"), msg("De naam van de locatie"), "name"
        ),
        "address": rules.optional_text(
            pick(values, row, "address", ""), msg("Het adres"), "address"
        ),
        "postcode": rules.optional_text(
            pick(values, row, "postcode", ""), msg("De postcode"), "postcode"
        ),
        "deelgemeente": deelgemeente or None,
    }


def _clean_session(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"title", "date", "location_id"})
    when = pick(values, row, "date")
    if isinstance(when, str):
        try:
            when = dt.date.fromisoformat(when)
        except ValueError:
            raise ValidationError(
                msg("'{value}' is geen datum (verwacht JJJJ-MM-DD).", value=when), "date"
            ) from None
    location_id = pick(values, row, "location_id")
    common.optional(session, m.LocationRow, location_id, workshop_id)
    return {
        "title": rules.required_text(
            pick(values, row, "title"), msg("De titel van de sessie"), "title"
        ),
        "date": when,
        "location_id": location_id,
    }


def _clean_cluster(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"name", "is_reference", "color"})
    name = rules.required_text(pick(values, row, "name"), msg("De naam van de cluster"), "name")
    clash = session.scalar(
        select(m.ClusterRow.id).where(
            m.ClusterRow.workshop_id == workshop_id,
            func.lower(m.ClusterRow.name) == name.lower(),
            m.ClusterRow.id != (row.id if row is not None else ""),
        )
    )
    if clash:
        raise ValidationError(msg("Er is al een cluster '{name}'.", name=name), "name")
    is_reference = bool(pick(values, row, "is_reference", False))
    if is_reference:
        # One reference cluster (the management team): choosing another moves the role.
        others = select(m.ClusterRow).where(
            m.ClusterRow.workshop_id == workshop_id, m.ClusterRow.is_reference.is_(True)
        )
        for other in session.scalars(others):
            if other is not row:
                other.is_reference = False
    if "color" in values:
        color = rules.color(values["color"])
    elif row is not None:
        color = row.color
    else:
        taken = session.scalar(select(func.count()).where(m.ClusterRow.workshop_id == workshop_id))
        color = rules.CLUSTER_PALETTE[(taken or 0) % len(rules.CLUSTER_PALETTE)]
    return {"name": name, "is_reference": is_reference, "color": color}


def _clean_participant(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"name", "cluster_id", "role", "email"})
    cluster_id = pick(values, row, "cluster_id")
    common.optional(session, m.ClusterRow, cluster_id, workshop_id)
    name = rules.optional_text(pick(values, row, "name"), msg("De naam"), "name")
    return {
        "name": name or None,  # participants are anonymous unless named
        "cluster_id": cluster_id,
        "role": rules.optional_text(pick(values, row, "role", ""), msg("De rol"), "role"),
        "email": rules.email(pick(values, row, "email", "") or ""),
    }


locations: EntityService[m.LocationRow, records.Location] = EntityService(
    m.LocationRow, convert.location, _clean_location
)
sessions: EntityService[m.SessionRow, records.Session] = EntityService(
    m.SessionRow, convert.session, _clean_session, columns_only=True
)
clusters: EntityService[m.ClusterRow, records.Cluster] = EntityService(
    m.ClusterRow, convert.cluster, _clean_cluster, columns_only=True
)
# What a cluster owns that must not silently disappear with it.
_CLUSTER_WORK: tuple[tuple[type[m.SwotItemRow | m.RecommendationRow], str], ...] = (
    (m.SwotItemRow, msg("SWOT-punten")),
    (m.RecommendationRow, msg("aanbevelingen")),
)
_CLUSTER_ANSWERS = (
    (m.StatementScoreRow, msg("antwoorden op stellingen")),
    (m.AreaRatingRow, msg("beoordelingen van domeinen")),
)


# Deleting a participant takes their own questionnaire answers (a phone survey's
# respondent) along; the memento gives them back.
participants: EntityService[m.ParticipantRow, records.Participant] = EntityService(
    m.ParticipantRow, convert.participant, _clean_participant
)


def delete_cluster(
    store: Store, cluster_id: str, move_to: str | None = None
) -> Outcome[Deleted[records.Cluster]]:
    """Delete a cluster. The rule (also in the README's model notes):

    - its SWOT points and recommendations are what people said: they move to
      ``move_to``; without ``move_to`` a cluster that has any is not deleted;
    - its questionnaire answers are that cluster's own view and cannot move:
      a cluster with answers is not deleted (clear or export them first);
    - participants, proposals (sector) and ballots keep existing without cluster.

    The memento (``clusters.restore``) brings the cluster back with all of these.
    """
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.ClusterRow, cluster_id)
        record = convert.cluster(row)
        for table, label in _CLUSTER_ANSWERS:
            n = s.scalar(
                select(func.count()).select_from(table).where(table.cluster_id == cluster_id)
            )
            if n:
                raise ValidationError(
                    msg(
                        "Cluster '{name}' heeft {count} {what}; verwijder die eerst.",
                        name=row.name,
                        count=n,
                        what=label,
                    ),
                    "cluster_id",
                )
        if move_to is not None:
            target = common.get(s, m.ClusterRow, move_to, row.workshop_id)
            if target.id == row.id:
                raise ValidationError(
                    msg("Kies een andere cluster om de punten naar te verplaatsen.")
                )
        moved: list[deletion.Reassigned] = []
        for work, what in _CLUSTER_WORK:
            owned = list(s.scalars(select(work).where(work.cluster_id == cluster_id)))
            if owned and move_to is None:
                raise ValidationError(
                    msg(
                        "Cluster '{name}' heeft {count} {what}: "
                        "kies een cluster om ze naar te verplaatsen.",
                        name=row.name,
                        count=len(owned),
                        what=what,
                    ),
                    "move_to",
                )
            moved += deletion.reassign(s, owned, "cluster_id", move_to)
        rows, cleared = deletion.take_apart(s, row)
        deleted = Deleted(record, tuple(rows), (*moved, *cleared))
    return Outcome(deleted, uow.changes)


def reference_cluster(store: Store, workshop_id: str) -> records.Cluster | None:
    return next((c for c in clusters.list(store, workshop_id) if c.is_reference), None)
