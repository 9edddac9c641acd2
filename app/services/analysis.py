"""Areas (internal and external), the questionnaire, and the clusters' assessments."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain import records, rules
from app.domain.enums import AreaKind
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

R = TypeVar("R", bound=m.Base)


def _clean_area(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"kind", "name", "description"})
    try:
        kind = AreaKind(pick(values, row, "kind"))
    except ValueError:
        raise ValidationError(msg("Een domein is intern of extern."), "kind") from None
    if row is not None and kind.value != row.kind:
        used = session.scalar(
            select(m.SwotItemRow.id).where(m.SwotItemRow.area_id == row.id).limit(1)
        )
        if used:
            raise ValidationError(
                msg("Dit domein heeft SWOT-punten; het kan niet van intern naar extern wisselen."),
                "kind",
            )
    name = rules.required_text(pick(values, row, "name"), msg("De naam van het domein"), "name")
    clash = session.scalar(
        select(m.AreaRow.id).where(
            m.AreaRow.workshop_id == workshop_id,
            m.AreaRow.kind == kind.value,
            m.AreaRow.name == name,
            m.AreaRow.id != (row.id if row is not None else ""),
        )
    )
    if clash:
        raise ValidationError(msg("Er is al een domein '{name}'.", name=name), "name")
    return {
        "kind": kind.value,
        "name": name,
        "description": rules.optional_text(
            pick(values, row, "description", ""), msg("De beschrijving"), "description"
        ),
    }


def _clean_statement(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"area_id", "text"})
    area = common.get(session, m.AreaRow, pick(values, row, "area_id"), workshop_id)
    if area.kind != AreaKind.INTERNAL.value:
        raise ValidationError(msg("Stellingen horen bij een intern domein."), "area_id")
    clean: dict[str, Any] = {
        "area_id": area.id,
        "text": rules.required_text(pick(values, row, "text"), msg("De stelling"), "text"),
    }
    if row is not None and area.id != row.area_id:
        clean["position"] = common.next_position(session, m.StatementRow, area_id=area.id)
    return clean


areas: EntityService[m.AreaRow, records.Area] = EntityService(
    m.AreaRow, convert.area, _clean_area, columns_only=True
)
statements: EntityService[m.StatementRow, records.Statement] = EntityService(
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
        row = _upsert(
            s,
            m.StatementScoreRow,
            cluster_id=cluster_id,
            statement_id=statement_id,
            participant_id=participant_id,
        )
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
            raise ValidationError(
                msg("Paraatheid geldt alleen voor externe domeinen."), "readiness"
            )
        row = _upsert(
            s,
            m.AreaRatingRow,
            cluster_id=cluster_id,
            area_id=area_id,
            participant_id=participant_id,
        )
        if "importance" in values:
            row.importance = rules.score(values["importance"], msg("Het belang"))
        if "readiness" in values:
            row.readiness = rules.score(values["readiness"], msg("De paraatheid"))
    return Outcome(convert.area_rating(row), uow.changes)


def _upsert(session: Session, row_type: type[R], **keys: str | None) -> R:
    """The answer row for these keys, new when there is none yet (one answer per key)."""
    row = session.scalar(select(row_type).filter_by(**keys))
    if row is None:
        row = row_type(**keys)
        session.add(row)
    return row


def _check_participant(session: Session, participant_id: str | None, cluster: m.ClusterRow) -> None:
    if participant_id is None:
        return
    person = common.get(session, m.ParticipantRow, participant_id, cluster.workshop_id)
    if person.cluster_id != cluster.id:
        raise ValidationError(msg("Deze deelnemer hoort niet bij deze cluster."), "participant_id")


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


# -- single answers and their undo (the grid) ----------------------------------------------


def score_of(
    store: Store, cluster_id: str, statement_id: str, participant_id: str | None = None
) -> records.StatementScore | None:
    """One stored answer, or None when there is none (not even "weet niet")."""
    with store.reading() as uow:
        row = uow.session.scalar(
            select(m.StatementScoreRow).filter_by(
                cluster_id=cluster_id, statement_id=statement_id, participant_id=participant_id
            )
        )
        return convert.statement_score(row) if row is not None else None


def clear_score(
    store: Store, cluster_id: str, statement_id: str, participant_id: str | None = None
) -> Outcome[records.StatementScore | None]:
    """Remove an answer altogether (unlike "weet niet"); returns what was removed."""
    with store.transaction() as uow:
        row = uow.session.scalar(
            select(m.StatementScoreRow).filter_by(
                cluster_id=cluster_id, statement_id=statement_id, participant_id=participant_id
            )
        )
        if row is None:
            return Outcome(None, uow.changes)
        removed = convert.statement_score(row)
        uow.session.delete(row)
    return Outcome(removed, uow.changes)


def rating_of(
    store: Store, cluster_id: str, area_id: str, participant_id: str | None = None
) -> records.AreaRating | None:
    with store.reading() as uow:
        row = uow.session.scalar(
            select(m.AreaRatingRow).filter_by(
                cluster_id=cluster_id, area_id=area_id, participant_id=participant_id
            )
        )
        return convert.area_rating(row) if row is not None else None


def clear_area_rating(
    store: Store, cluster_id: str, area_id: str, participant_id: str | None = None
) -> Outcome[records.AreaRating | None]:
    """Remove a rating row (importance and readiness); returns what was removed."""
    with store.transaction() as uow:
        row = uow.session.scalar(
            select(m.AreaRatingRow).filter_by(
                cluster_id=cluster_id, area_id=area_id, participant_id=participant_id
            )
        )
        if row is None:
            return Outcome(None, uow.changes)
        removed = convert.area_rating(row)
        uow.session.delete(row)
    return Outcome(removed, uow.changes)


# -- the statement bank: deleting a statement takes its answers along, undo brings them back


@dataclass(frozen=True)
class RemovedStatement:
    statement: records.Statement
    answers: tuple[records.StatementScore, ...]


def delete_statement(store: Store, statement_id: str) -> Outcome[RemovedStatement]:
    """Delete a statement with its answers; the result is what ``restore_statement`` needs."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.StatementRow, statement_id)
        answers = tuple(
            convert.statement_score(a)
            for a in s.scalars(select(m.StatementScoreRow).filter_by(statement_id=row.id))
        )
        removed = RemovedStatement(convert.statement(row), answers)
        s.execute(delete(m.StatementScoreRow).where(m.StatementScoreRow.statement_id == row.id))
        for answer in answers:
            uow.changes.add("deleted", m.StatementScoreRow.__tablename__, answer.id)
        s.delete(row)
        s.flush()
        common.renumber(common.siblings(s, m.StatementRow, common.scope_of(row)))
    return Outcome(removed, uow.changes)


def restore_statement(store: Store, removed: RemovedStatement) -> Outcome[records.Statement]:
    """Undo ``delete_statement``: the statement at its old place, with the answers of
    clusters and participants that still exist."""
    record = removed.statement
    with store.transaction() as uow:
        s = uow.session
        if s.get(m.StatementRow, record.id) is not None:
            raise ValidationError(msg("Er bestaat al een stelling met id {id}.", id=record.id))
        common.get(s, m.AreaRow, record.area_id, record.workshop_id)
        row = m.StatementRow(
            id=record.id,
            workshop_id=record.workshop_id,
            area_id=record.area_id,
            text=record.text,
            position=record.position,
            created_at=record.created_at,
            updated_at=record.updated_at,
        )
        s.add(row)
        s.flush()
        common.move(s, row, record.position)
        for a in removed.answers:
            if s.get(m.ClusterRow, a.cluster_id) is None or (
                a.participant_id and s.get(m.ParticipantRow, a.participant_id) is None
            ):
                continue  # deleted since: its answers went with it
            s.add(
                m.StatementScoreRow(
                    id=a.id,
                    cluster_id=a.cluster_id,
                    statement_id=a.statement_id,
                    participant_id=a.participant_id,
                    score=a.score,
                    created_at=a.created_at,
                    updated_at=a.updated_at,
                )
            )
        s.flush()
        restored = convert.statement(row)
    return Outcome(restored, uow.changes)


def get_scores(store: Store, ids: Iterable[str]) -> list[records.StatementScore]:
    """The answers with these ids that still exist (a view patching what changed)."""
    wanted = list(dict.fromkeys(ids))
    with store.reading() as uow:
        return [
            convert.statement_score(r)
            for start in range(0, len(wanted), 500)
            for r in uow.session.scalars(
                select(m.StatementScoreRow).where(
                    m.StatementScoreRow.id.in_(wanted[start : start + 500])
                )
            )
        ]


def get_ratings(store: Store, ids: Iterable[str]) -> list[records.AreaRating]:
    """The ratings with these ids that still exist."""
    wanted = list(dict.fromkeys(ids))
    with store.reading() as uow:
        return [
            convert.area_rating(r)
            for start in range(0, len(wanted), 500)
            for r in uow.session.scalars(
                select(m.AreaRatingRow).where(m.AreaRatingRow.id.in_(wanted[start : start + 500]))
            )
        ]
