"""Areas (internal and external), the questionnaire, and the clusters' assessments."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import records, rules
from app.domain.enums import AreaKind
from app.domain.errors import ValidationError
from app.services import common, convert
from app.services.entities import Entity, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store


def _clean_area(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"kind", "name", "description"})
    try:
        kind = AreaKind(pick(values, row, "kind"))
    except ValueError:
        raise ValidationError("Een domein is intern of extern.", "kind") from None
    if row is not None and kind.value != row.kind:
        used = session.scalar(
            select(m.SwotItemRow.id).where(m.SwotItemRow.area_id == row.id).limit(1)
        )
        if used:
            raise ValidationError(
                "Dit domein heeft SWOT-punten; het kan niet van intern naar extern wisselen.",
                "kind",
            )
    name = rules.required_text(pick(values, row, "name"), "De naam van het domein", "name")
    clash = session.scalar(
        select(m.AreaRow.id).where(
            m.AreaRow.workshop_id == workshop_id,
            m.AreaRow.kind == kind.value,
            m.AreaRow.name == name,
            m.AreaRow.id != (row.id if row is not None else ""),
        )
    )
    if clash:
        raise ValidationError(f"Er is al een domein '{name}'.", "name")
    return {
        "kind": kind.value,
        "name": name,
        "description": rules.optional_text(
            pick(values, row, "description", ""), "De beschrijving", "description"
        ),
    }


def _clean_statement(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"area_id", "text"})
    area = common.get(session, m.AreaRow, pick(values, row, "area_id"), workshop_id)
    if area.kind != AreaKind.INTERNAL.value:
        raise ValidationError("Stellingen horen bij een intern domein.", "area_id")
    clean = {
        "area_id": area.id,
        "text": rules.required_text(pick(values, row, "text"), "De stelling", "text"),
    }
    if row is not None and area.id != row.area_id:
        clean["position"] = common.next_position(session, m.StatementRow, area_id=area.id)
    return clean


areas: Entity[m.AreaRow, records.Area] = Entity(m.AreaRow, convert.area, _clean_area)
statements: Entity[m.StatementRow, records.Statement] = Entity(
    m.StatementRow, convert.statement, _clean_statement
)


def set_score(
    store: Store,
    cluster_id: str,
    statement_id: str,
    score: int | None,
    participant_id: str | None = None,
) -> Outcome[records.StatementScore]:
    """A cluster's (or one of its participants') answer; None means "weet niet"."""
    value = rules.score(score)
    with store.transaction() as uow:
        s = uow.session
        cluster = common.get(s, m.ClusterRow, cluster_id)
        common.get(s, m.StatementRow, statement_id, cluster.workshop_id)
        _check_participant(s, participant_id, cluster)
        row = s.scalar(
            select(m.StatementScoreRow).filter_by(
                cluster_id=cluster_id, statement_id=statement_id, participant_id=participant_id
            )
        )
        if row is None:
            row = m.StatementScoreRow(
                cluster_id=cluster_id, statement_id=statement_id, participant_id=participant_id
            )
            s.add(row)
        row.score = value
    return Outcome(convert.statement_score(row), uow.changes)


def set_area_rating(
    store: Store,
    cluster_id: str,
    area_id: str,
    participant_id: str | None = None,
    **values: int | None,
) -> Outcome[records.AreaRating]:
    """Importance (every area) and readiness (external areas) on 1–5; None clears one."""
    only(values, {"importance", "readiness"})
    with store.transaction() as uow:
        s = uow.session
        cluster = common.get(s, m.ClusterRow, cluster_id)
        area = common.get(s, m.AreaRow, area_id, cluster.workshop_id)
        _check_participant(s, participant_id, cluster)
        if "readiness" in values and values["readiness"] is not None and area.kind != "external":
            raise ValidationError("Paraatheid geldt alleen voor externe domeinen.", "readiness")
        row = s.scalar(
            select(m.AreaRatingRow).filter_by(
                cluster_id=cluster_id, area_id=area_id, participant_id=participant_id
            )
        )
        if row is None:
            row = m.AreaRatingRow(
                cluster_id=cluster_id, area_id=area_id, participant_id=participant_id
            )
            s.add(row)
        if "importance" in values:
            row.importance = rules.score(values["importance"], "Het belang")
        if "readiness" in values:
            row.readiness = rules.score(values["readiness"], "De paraatheid")
    return Outcome(convert.area_rating(row), uow.changes)


def _check_participant(session: Session, participant_id: str | None, cluster: m.ClusterRow) -> None:
    if participant_id is None:
        return
    person = common.get(session, m.ParticipantRow, participant_id, cluster.workshop_id)
    if person.cluster_id != cluster.id:
        raise ValidationError("Deze deelnemer hoort niet bij deze cluster.", "participant_id")


def scores(store: Store, workshop_id: str) -> list[records.StatementScore]:
    with store.reading() as uow:
        query = (
            select(m.StatementScoreRow)
            .join(m.ClusterRow, m.ClusterRow.id == m.StatementScoreRow.cluster_id)
            .where(m.ClusterRow.workshop_id == workshop_id)
        )
        return [convert.statement_score(r) for r in uow.session.scalars(query)]


def ratings(store: Store, workshop_id: str) -> list[records.AreaRating]:
    with store.reading() as uow:
        query = (
            select(m.AreaRatingRow)
            .join(m.ClusterRow, m.ClusterRow.id == m.AreaRatingRow.cluster_id)
            .where(m.ClusterRow.workshop_id == workshop_id)
        )
        return [convert.area_rating(r) for r in uow.session.scalars(query)]
