"""Ideas rounds: what phones send, and the facilitator's moderation of it.

A round with method ``ideas`` (docs/voting-api.md, additions) collects short texts
from phones. Each stays *pending* until the facilitator decides:

- **accept**: it becomes a SWOT point in its quadrant and cluster, at the end of
  the quadrant; an idea without a quadrant becomes a recommendation (of the area
  given, else the workshop's first area). The text may be edited first
  (:func:`accept_edited`); the idea keeps what the phone sent.
- **merge** into an existing point: it becomes a point of its own that the existing
  point absorbs, exactly as :func:`app.services.swot.consolidate` absorbs a
  duplicate (its own text and cluster stay behind the point, and count in
  "mentioned by N clusters").
- **reject**: it stays stored (the count and undo need it), off the board.

Every decision takes only *pending* ideas (others are skipped and named), so doing
it twice changes nothing the second time (``ideas --accept-all`` twice adds the
points once). Each returns a :class:`Moderation`, the memento: :func:`undo` puts
the ideas back as they were and removes what was made, :func:`redo` does it again
with the same ids, each in one transaction.

Anonymity. Nothing stored links an idea to a phone or to when it came: ideas carry
no voter key at all (the phones that sent something are counted apart, in
``idea_sender``, under a keyed hash of their id that forgets the phone when the
round closes and in every copy), ids are random, the table keeps no rowid, and
every idea carries its round's time, also after moderation (in a live room the
moment of a decision follows the arrival). Listings come in a fixed order of
quadrant and text, never in the order the ideas arrived.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.domain import ideas as idea_rules
from app.domain import records
from app.domain import rules as text_rules
from app.domain.enums import Quadrant, RoundStatus, VotingMethod
from app.domain.errors import NotFound, ValidationError
from app.domain.ideas import IdeaStatus
from app.domain.messages import message_of, msg
from app.services import ballots, common, convert
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store
from app.storage.uow import record_changes

__all__ = [
    "Action",
    "Decision",
    "Idea",
    "IdeaStatus",
    "IdeasResults",
    "Moderation",
    "PhoneIdea",
    "accept",
    "accept_all",
    "accept_edited",
    "find_ideas",
    "get_ideas",
    "list_ideas",
    "merge_into",
    "phones",
    "redo",
    "reject",
    "reject_all",
    "results",
    "store_phone_ideas",
    "submit",
    "undo",
]


# -- what is read back ----------------------------------------------------------------


@dataclass(frozen=True)
class Idea:
    """One idea as the facilitator sees it. ``swot_item_id`` is the point it became
    (accepted) or the point made of it that an existing point absorbed (merged);
    ``merged_into_id`` that existing point; ``recommendation_id`` the recommendation
    an idea without a quadrant became."""

    id: str
    round_id: str
    text: str
    quadrant: Quadrant | None
    cluster_id: str | None
    cluster: str | None  # the cluster's name
    status: IdeaStatus
    swot_item_id: str | None = None
    recommendation_id: str | None = None
    merged_into_id: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The shape of an entry of ``results --json``'s ``ideas`` (docs/cli.md)."""
        return {
            "id": self.id,
            "text": self.text,
            "quadrant": self.quadrant.value if self.quadrant else None,
            "cluster": self.cluster,
            "status": self.status.value,
        }


_QUADRANT_ORDER = {q: n for n, q in enumerate(idea_rules.QUADRANT_CODES)}


def _sort_key(idea: Idea) -> tuple[int, str, str]:
    # Quadrant, then text, then the random id: a fixed order that says nothing of
    # when (or from which phone) an idea came.
    place = _QUADRANT_ORDER.get(idea.quadrant.value, 4) if idea.quadrant else 4
    return (place, idea.text.casefold(), idea.id)


def _ideas(session: Session, condition: Any) -> list[Idea]:
    row_type = m.IdeaRow
    query = (
        select(
            row_type.id,
            row_type.round_id,
            row_type.text,
            row_type.quadrant,
            row_type.cluster_id,
            m.ClusterRow.name,
            row_type.status,
            row_type.swot_item_id,
            row_type.recommendation_id,
            m.SwotItemRow.absorbed_into_id,
        )
        .outerjoin(m.ClusterRow, m.ClusterRow.id == row_type.cluster_id)
        .outerjoin(m.SwotItemRow, m.SwotItemRow.id == row_type.swot_item_id)
        .where(condition)
    )
    found: list[Idea] = []
    result: Any = session.execute(query)  # ten columns: past the typed overloads
    for i, r, text, q, c, name, status, point, recommendation, into in result:
        merged = IdeaStatus(status) is IdeaStatus.MERGED
        found.append(
            Idea(
                i,
                r,
                text,
                Quadrant(q) if q else None,
                c,
                name,
                IdeaStatus(status),
                point,
                recommendation,
                into if merged else None,
            )
        )
    return sorted(found, key=_sort_key)


def list_ideas(
    store: Store, round_id: str, status: IdeaStatus | Iterable[IdeaStatus] | None = None
) -> list[Idea]:
    """The round's ideas (of these statuses), by quadrant (S, W, O, T, none) and text."""
    with store.reading() as uow:
        common.get(uow.session, m.RoundRow, round_id)
        condition: Any = m.IdeaRow.round_id == round_id
        if status is not None:
            wanted = [status] if isinstance(status, IdeaStatus) else list(status)
            condition = condition & m.IdeaRow.status.in_([s.value for s in wanted])
        return _ideas(uow.session, condition)


def get_ideas(store: Store, idea_ids: Iterable[str]) -> list[Idea]:
    """These ideas (the queue refreshes just what a change touched); unknown ids are left out."""
    ids = list(dict.fromkeys(idea_ids))
    with store.reading() as uow:
        found: list[Idea] = []
        for start in range(0, len(ids), 500):
            found += _ideas(uow.session, m.IdeaRow.id.in_(ids[start : start + 500]))
        return sorted(found, key=_sort_key)


def phones(store: Store, round_id: str) -> int:
    """How many phones sent at least one idea in the round (``results``' ``ballots``)."""
    with store.reading() as uow:
        return count_phones(uow.session, round_id)


def count_phones(session: Session, round_id: str) -> int:
    query = select(func.count()).select_from(m.IdeaSenderRow)
    return session.scalar(query.where(m.IdeaSenderRow.round_id == round_id)) or 0


# -- what phones send -----------------------------------------------------------------


@dataclass(frozen=True)
class PhoneIdea:
    """One POST /idea, already checked for shape (docs/voting-api.md, additions)."""

    token: str
    round_id: str
    voter: str
    text: Any
    quadrant: Any = None
    cluster: str | None = None  # a cluster's name, as the page offers them


@dataclass(frozen=True)
class IdeasRound:
    """What storing phones' ideas needs of their round, read once per group."""

    id: str
    workshop_id: str
    rules: dict[str, Any]
    secret: str  # the round's token: the key of its senders' keys
    created_at: datetime


def store_phone_ideas(
    session: Session, box: IdeasRound, group: Sequence[tuple[int, PhoneIdea]]
) -> list[tuple[int, str]]:
    """Check and store a group of phones' ideas for one open ideas round (the caller
    commits); returns (index, Dutch message) for each idea refused. Every idea is
    kept: a phone may send many, and the same text twice."""
    clean_rules = idea_rules.validate_rules(box.rules)
    clusters: dict[str, str] = {}
    if any(idea.cluster for _, idea in group) or clean_rules["per_cluster"]:
        names = select(m.ClusterRow.name, m.ClusterRow.id).where(
            m.ClusterRow.workshop_id == box.workshop_id
        )
        clusters = {name: cluster_id for name, cluster_id in session.execute(names)}
    refused: list[tuple[int, str]] = []
    rows: list[dict[str, Any]] = []
    keys: set[str] = set()
    for n, idea in group:
        try:
            text = idea_rules.clean_text(idea.text, clean_rules["max_length"])
            quadrant = idea_rules.check_quadrant(idea.quadrant, clean_rules["quadrants"])
            cluster_id = clusters.get(idea.cluster) if idea.cluster else None
            if idea.cluster and cluster_id is None:
                raise ValidationError(
                    msg("Onbekende cluster: {name}.", name=repr(idea.cluster)), "cluster"
                )
            if clean_rules["per_cluster"] and cluster_id is None and clusters:
                raise ValidationError(msg("Kies eerst je cluster."), "cluster")
        except ValidationError as exc:
            refused.append((n, message_of(exc)))
            continue
        rows.append(
            {
                "id": m.new_id(),
                "round_id": box.id,
                "text": text,
                "quadrant": quadrant,
                "cluster_id": cluster_id,
                "status": IdeaStatus.PENDING.value,
                "swot_item_id": None,
                "recommendation_id": None,
                # The round's time, not the idea's own: nothing dates an idea.
                "created_at": box.created_at,
                "updated_at": box.created_at,
            }
        )
        keys.add(ballots.keyed_voter_key(box.secret, idea.voter))
    if rows:
        session.execute(insert(m.IdeaRow.__table__), rows)
        record_changes(session, "created", "idea", [row["id"] for row in rows])
        S = m.IdeaSenderRow  # noqa: N806
        known = set(
            session.scalars(select(S.voter_key).where(S.round_id == box.id, S.voter_key.in_(keys)))
        )
        fresh = sorted(keys - known)  # sorted: the group's order is the arrival order
        if fresh:
            senders: list[dict[str, Any]] = [
                {
                    "id": m.new_id(),
                    "round_id": box.id,
                    "voter_key": key,
                    "created_at": box.created_at,
                    "updated_at": box.created_at,
                }
                for key in fresh
            ]
            session.execute(insert(S.__table__), senders)
            record_changes(session, "created", "idea_sender", [str(s["id"]) for s in senders])
    return refused


def ideas_round(row: m.RoundRow) -> IdeasRound:
    return IdeasRound(
        row.id, row.workshop_id, json.loads(row.rules_json), row.token, row.created_at
    )


def submit(
    store: Store,
    round_id: str,
    voter: str,
    text: str,
    quadrant: str | None = None,
    cluster: str | None = None,
) -> Outcome[None]:
    """One phone's idea into an open ideas round, in one transaction (the web server
    sends its ideas in groups through app.services.voting, by the same rule).
    ValidationError (Dutch) when the round is not an open ideas round or the idea
    breaks its rules; nothing is stored then."""
    with store.transaction() as uow:
        s = uow.session
        row = _ideas_round_row(s, round_id)
        if row.status != RoundStatus.OPEN.value:
            raise ValidationError(msg("Ronde '{title}' is niet open.", title=row.title), "round_id")
        refused = store_phone_ideas(
            s, ideas_round(row), [(0, PhoneIdea("", round_id, voter, text, quadrant, cluster))]
        )
        if refused:
            raise ValidationError(refused[0][1])
    return Outcome(None, uow.changes)


def _ideas_round_row(session: Session, round_id: str) -> m.RoundRow:
    row = common.get(session, m.RoundRow, round_id)
    if row.method != VotingMethod.IDEAS.value:
        raise ValidationError(
            msg("Ronde '{title}' is geen ideeënronde.", title=row.title), "round_id"
        )
    return row


# -- moderation -----------------------------------------------------------------------


class Action(StrEnum):
    ACCEPT = "accept"
    MERGE = "merge"
    REJECT = "reject"


@dataclass(frozen=True)
class Decision:
    """What to do with one idea. Before it is applied, None means "as the idea has it"
    (text, quadrant, cluster; unless ``set_cluster``) and "the workshop's first area"
    (a recommendation's ``area_id``); the :class:`Moderation` holds each decision as
    it was applied, with every value filled in and ``made_id`` the id of the point
    or recommendation made, so that :func:`redo` makes the very same rows again."""

    idea_id: str
    action: Action
    text: str | None = None
    quadrant: str | None = None
    cluster_id: str | None = None
    set_cluster: bool = False
    area_id: str | None = None  # an idea without a quadrant: the recommendation's area
    into_id: str | None = None  # merge: the existing point that absorbs it
    made_id: str | None = None  # the SWOT point or recommendation made of it
    recommendation: bool = False  # made_id is a recommendation


@dataclass(frozen=True)
class IdeaState:
    """An idea's moderation columns as they were before a decision."""

    id: str
    status: IdeaStatus
    swot_item_id: str | None
    recommendation_id: str | None


@dataclass(frozen=True)
class Moderation:
    """What one moderation step did: the memento for :func:`undo` and :func:`redo`."""

    round_id: str
    decisions: tuple[Decision, ...] = ()
    before: tuple[IdeaState, ...] = ()
    skipped: tuple[str, ...] = ()  # ids of ideas that were not pending: left as they were

    @property
    def points(self) -> tuple[str, ...]:
        """Ids of the SWOT points made (accepted, and merged ones behind their point)."""
        return tuple(d.made_id for d in self.decisions if d.made_id and not d.recommendation)

    @property
    def recommendations(self) -> tuple[str, ...]:
        return tuple(d.made_id for d in self.decisions if d.made_id and d.recommendation)

    def count(self, action: Action) -> int:
        return sum(1 for d in self.decisions if d.action is action)

    @property
    def empty(self) -> bool:
        return not self.decisions


def accept(
    store: Store, idea_ids: Sequence[str], *, area_id: str | None = None
) -> Outcome[Moderation]:
    """Accept these ideas as they are: each a SWOT point in its quadrant and cluster
    (an idea without a quadrant: a recommendation of ``area_id``, or of the
    workshop's first area). Ideas that are not pending are skipped."""
    return _moderate(store, [Decision(i, Action.ACCEPT, area_id=area_id) for i in idea_ids])


def accept_all(store: Store, round_id: str, *, area_id: str | None = None) -> Outcome[Moderation]:
    """Accept every pending idea of the round (in the listing's order); again: nothing."""
    with store.reading() as uow:
        _ideas_round_row(uow.session, round_id)
        pending = _ideas(
            uow.session,
            (m.IdeaRow.round_id == round_id) & (m.IdeaRow.status == IdeaStatus.PENDING.value),
        )
    outcome = _moderate(
        store, [Decision(i.id, Action.ACCEPT, area_id=area_id) for i in pending], round_id
    )
    return outcome


def accept_edited(
    store: Store,
    idea_id: str,
    text: str,
    *,
    quadrant: str | None = None,
    cluster_id: str | None = None,
    set_cluster: bool = False,
    area_id: str | None = None,
) -> Outcome[Moderation]:
    """Accept an idea with the facilitator's own text (and, when given, another quadrant,
    or with ``set_cluster`` another cluster or none). The idea keeps what was sent."""
    decision = Decision(
        idea_id,
        Action.ACCEPT,
        text=text,
        quadrant=quadrant,
        cluster_id=cluster_id,
        set_cluster=set_cluster,
        area_id=area_id,
    )
    return _moderate(store, [decision])


def merge_into(store: Store, idea_ids: Sequence[str], point_id: str) -> Outcome[Moderation]:
    """Merge these ideas into an existing SWOT point: each becomes a point (its text, its
    cluster, the point's quadrant) that the existing point absorbs, as consolidation
    does. A point that was itself absorbed passes them on to the one that absorbed it."""
    return _moderate(store, [Decision(i, Action.MERGE, into_id=point_id) for i in idea_ids])


def reject(store: Store, idea_ids: Sequence[str]) -> Outcome[Moderation]:
    """Reject these ideas: kept, off the board."""
    return _moderate(store, [Decision(i, Action.REJECT) for i in idea_ids])


def reject_all(store: Store, round_id: str) -> Outcome[Moderation]:
    """Reject every pending idea of the round."""
    with store.reading() as uow:
        _ideas_round_row(uow.session, round_id)
        pending = list(
            uow.session.scalars(
                select(m.IdeaRow.id).where(
                    m.IdeaRow.round_id == round_id, m.IdeaRow.status == IdeaStatus.PENDING.value
                )
            )
        )
    return _moderate(store, [Decision(i, Action.REJECT) for i in sorted(pending)], round_id)


def redo(store: Store, moderation: Moderation) -> Outcome[Moderation]:
    """Do an undone step again: the same decisions, the same ids for what they make."""
    return _moderate(store, list(moderation.decisions), moderation.round_id, strict=True)


def undo(store: Store, moderation: Moderation) -> Outcome[None]:
    """Undo a step: the points and recommendations it made go (their links with them),
    and each idea gets back the status and links it had, in one transaction."""
    with store.transaction() as uow:
        s = uow.session
        for point_id in moderation.points:
            point = s.get(m.SwotItemRow, point_id)
            if point is None:
                continue  # deleted meanwhile
            # Points merged into it since are freed (as deleting a point frees them).
            for absorbed in s.scalars(
                select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id == point_id)
            ):
                absorbed.absorbed_into_id = None
            s.flush()
            scope = common.scope_of(point)
            s.delete(point)
            s.flush()
            common.renumber(common.siblings(s, m.SwotItemRow, scope))
        for recommendation_id in moderation.recommendations:
            recommendation = s.get(m.RecommendationRow, recommendation_id)
            if recommendation is None:
                continue
            scope = common.scope_of(recommendation)
            s.delete(recommendation)
            s.flush()
            common.renumber(common.siblings(s, m.RecommendationRow, scope))
        for state in moderation.before:
            _set_idea(s, state.id, state.status, state.swot_item_id, state.recommendation_id)
    return Outcome(None, uow.changes)


def _set_idea(
    session: Session,
    idea_id: str,
    status: IdeaStatus,
    swot_item_id: str | None,
    recommendation_id: str | None,
) -> None:
    # A Core update that keeps the idea's time as it was (the round's): the ORM would
    # stamp the moment of moderation.
    table = m.IdeaRow.__table__
    session.execute(
        update(table)
        .where(table.c.id == idea_id)
        .values(
            status=status.value,
            swot_item_id=swot_item_id,
            recommendation_id=recommendation_id,
            updated_at=table.c.created_at,
        )
    )
    record_changes(session, "updated", "idea", [idea_id])


def _moderate(
    store: Store, decisions: Sequence[Decision], round_id: str | None = None, strict: bool = False
) -> Outcome[Moderation]:
    """Apply ``decisions`` in one transaction. Ideas that are not pending are skipped
    (``strict``, for redo: refused). Any error changes nothing."""
    with store.transaction() as uow:
        s = uow.session
        rows = _idea_rows(s, [d.idea_id for d in decisions])
        round_ids = {row.round_id for row in rows.values()}
        if round_id is not None:
            round_ids.add(round_id)
        if len(round_ids) > 1:
            raise ValidationError(msg("Beslis over de ideeën van één ronde tegelijk."), "ideas")
        the_round = _ideas_round_row(s, next(iter(round_ids))) if round_ids else None
        applied: list[Decision] = []
        before: list[IdeaState] = []
        skipped: list[str] = []
        seen: set[str] = set()
        for decision in decisions:
            row = rows[decision.idea_id]
            if decision.idea_id in seen or row.status != IdeaStatus.PENDING.value:
                if strict:
                    raise ValidationError(
                        msg("Over dit idee is al beslist: {text}", text=row.text[:80]), "ideas"
                    )
                skipped.append(decision.idea_id)
                continue
            seen.add(decision.idea_id)
            assert the_round is not None
            before.append(
                IdeaState(row.id, IdeaStatus(row.status), row.swot_item_id, row.recommendation_id)
            )
            applied.append(_apply(s, the_round.workshop_id, row, decision))
        result = Moderation(
            the_round.id if the_round is not None else (round_id or ""),
            tuple(applied),
            tuple(before),
            tuple(skipped),
        )
    return Outcome(result, uow.changes)


def _idea_rows(session: Session, ids: Sequence[str]) -> dict[str, m.IdeaRow]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, m.IdeaRow] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            (row.id, row)
            for row in session.scalars(select(m.IdeaRow).where(m.IdeaRow.id.in_(chunk)))
        )
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(msg("Geen idee met id {id}.", id=repr(missing[0])))
    return found


def _first_area(session: Session, workshop_id: str) -> m.AreaRow:
    area = session.scalar(
        select(m.AreaRow)
        .where(m.AreaRow.workshop_id == workshop_id)
        .order_by(m.AreaRow.kind.desc(), m.AreaRow.position, m.AreaRow.name)
        .limit(1)
    )
    if area is None:
        raise ValidationError(
            msg(
                "Een idee zonder kwadrant wordt een aanbeveling, en die hoort bij een domein: "
                "maak eerst een domein (interne of externe analyse)."
            ),
            "area_id",
        )
    return area


def _apply(session: Session, workshop_id: str, row: m.IdeaRow, decision: Decision) -> Decision:
    """Carry out one decision on a pending idea; the decision as applied."""
    if decision.action is Action.REJECT:
        _set_idea(session, row.id, IdeaStatus.REJECTED, None, None)
        return decision
    cluster_id = decision.cluster_id if decision.set_cluster else row.cluster_id
    common.optional(session, m.ClusterRow, cluster_id, workshop_id)
    text = _point_text(row.text if decision.text is None else decision.text)
    if decision.action is Action.MERGE:
        target = common.get(session, m.SwotItemRow, decision.into_id, workshop_id)
        if target.absorbed_into_id is not None:
            target = common.get(session, m.SwotItemRow, target.absorbed_into_id, workshop_id)
        point = _new_point(session, workshop_id, target.quadrant, text, cluster_id, decision)
        point.absorbed_into_id = target.id
        session.flush()
        _set_idea(session, row.id, IdeaStatus.MERGED, point.id, None)
        return replace(
            decision,
            text=text,
            quadrant=target.quadrant,
            cluster_id=cluster_id,
            set_cluster=True,
            into_id=target.id,
            made_id=point.id,
        )
    quadrant = decision.quadrant or row.quadrant
    if quadrant is not None:
        quadrant = _quadrant(quadrant)
        point = _new_point(session, workshop_id, quadrant, text, cluster_id, decision)
        session.flush()
        _set_idea(session, row.id, IdeaStatus.ACCEPTED, point.id, None)
        return replace(
            decision,
            text=text,
            quadrant=quadrant,
            cluster_id=cluster_id,
            set_cluster=True,
            made_id=point.id,
        )
    if decision.area_id is not None:
        area = common.get(session, m.AreaRow, decision.area_id, workshop_id)
    else:
        area = _first_area(session, workshop_id)
    recommendation = m.RecommendationRow(
        workshop_id=workshop_id,
        area_id=area.id,
        cluster_id=cluster_id,
        text=text,
        position=common.next_position(session, m.RecommendationRow, area_id=area.id),
    )
    _add_made(session, recommendation, decision.made_id)
    session.flush()
    _set_idea(session, row.id, IdeaStatus.ACCEPTED, None, recommendation.id)
    return replace(
        decision,
        text=text,
        cluster_id=cluster_id,
        set_cluster=True,
        area_id=area.id,
        made_id=recommendation.id,
        recommendation=True,
    )


def _point_text(text: Any) -> str:
    """A point's text by the board's own rule (the facilitator's edit may be longer
    than a phone's ideas may be)."""
    return text_rules.required_text(text, msg("De tekst van het punt"), "text")


def _quadrant(value: str) -> str:
    code = value.strip().upper()
    if code not in _QUADRANT_ORDER:
        raise ValidationError(
            msg(
                "Onbekend kwadrant {value}: kies S, W, O of T (sterkte, zwakte, kans, bedreiging).",
                value=repr(value),
            ),
            "quadrant",
        )
    return code


def _new_point(
    session: Session,
    workshop_id: str,
    quadrant: str,
    text: str,
    cluster_id: str | None,
    decision: Decision,
) -> m.SwotItemRow:
    point = m.SwotItemRow(
        workshop_id=workshop_id,
        quadrant=quadrant,
        text=text,
        cluster_id=cluster_id,
        position=common.next_position(
            session, m.SwotItemRow, workshop_id=workshop_id, quadrant=quadrant
        ),
    )
    _add_made(session, point, decision.made_id)
    return point


def _add_made(session: Session, row: m.Base, made_id: str | None) -> None:
    if made_id is not None:
        if session.get(type(row), made_id) is not None:
            raise ValidationError(msg("Deze stap is al opnieuw gedaan."), "ideas")
        row.id = made_id
    session.add(row)


# -- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class IdeasResults:
    """``results`` of an ideas round (docs/cli.md): the phones that sent something and
    every idea with its status, in the listing's fixed order."""

    round: records.VotingRound
    phones: int
    ideas: tuple[Idea, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "round": {
                "id": self.round.id,
                "title": self.round.title,
                "method": self.round.method.value,
                "status": self.round.status.value,
            },
            "ballots": self.phones,
            "ranking": [],
            "ideas": [i.as_json() for i in self.ideas],
        }

    def count(self, status: IdeaStatus) -> int:
        return sum(1 for i in self.ideas if i.status is status)


def results(store: Store, round_id: str) -> IdeasResults:
    with store.reading() as uow:
        s = uow.session
        row = _ideas_round_row(s, round_id)
        record = convert.voting_round(row, count_phones(s, round_id))
        found = _ideas(s, m.IdeaRow.round_id == round_id)
    return IdeasResults(record, record.ballot_count, tuple(found))


def find_ideas(store: Store, round_id: str, references: Sequence[str]) -> list[str]:
    """Idea ids from what a person typed: a whole id or the unique start of one (at least
    four characters, any case), among the round's ideas. ValidationError naming the
    reference that is unknown or could mean several."""
    with store.reading() as uow:
        known = list(
            uow.session.scalars(select(m.IdeaRow.id).where(m.IdeaRow.round_id == round_id))
        )
    found: list[str] = []
    for reference in references:
        wanted = reference.strip().lower()
        matches = [i for i in known if i == wanted] or (
            [i for i in known if i.startswith(wanted)] if len(wanted) >= 4 else []
        )
        if len(matches) != 1:
            raise ValidationError(
                msg("Geen idee met id {id} in deze ronde.", id=repr(reference))
                if not matches
                else msg(
                    "Het begin {id} past bij meerdere ideeën: geef meer tekens.", id=repr(reference)
                ),
                "ideas",
            )
        found.append(matches[0])
    return found
