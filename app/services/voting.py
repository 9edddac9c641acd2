"""What the participants' voting server asks of the store: the workshop's join
token, the round that is open now, phone ballots committed in groups, and paper
dot totals.

Phones' ballots come in bursts (a room of a hundred presses "Stem" within a few
seconds) and every commit waits for the disk (synchronous=FULL), so the server
hands its ballots over in groups and :func:`cast_phone_ballots` commits each
group once, in a handful of bulk statements (one ballot at a time through the
ORM costs milliseconds each, and a hundred of them add up). Each ballot is
checked on its own against the one ballot rule (app.services.ballots), as paper
ballots and imported ones are: one bad ballot never costs another its place.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import records
from app.domain.enums import BallotSource, RoundStatus, VotingMethod
from app.domain.errors import StorageError, ValidationError
from app.domain.messages import message_of, msg
from app.services import ballots, common, convert, ideas, rounds, survey
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

# A commit that meets another writer's (the GUI's) lock is tried again this often.
BUSY_ATTEMPTS = 3


def join_token(store: Store, workshop_id: str) -> str:
    """The workshop's join token (VOTING-API.md's TOKEN), made the first time it is asked for."""
    with store.transaction() as uow:
        row = common.get(uow.session, m.WorkshopRow, workshop_id)
        if not row.join_token:
            row.join_token = rounds.new_token()
        return row.join_token


@dataclass(frozen=True)
class Person:
    """A participant a phone may name in a named round: id, name and cluster name."""

    id: str
    name: str
    cluster: str | None = None


@dataclass(frozen=True)
class Lobby:
    """What a participant's page sees: the open round, if any, and the clusters to pick from.

    For an open survey round also the questionnaire: the internal areas and their statements.
    For an open round that is not anonymous the participants with a name, to pick from;
    for an anonymous round never.
    """

    workshop_id: str
    round: records.VotingRound | None
    clusters: tuple[str, ...]
    areas: tuple[survey.FormArea, ...] = ()
    participants: tuple[Person, ...] = ()


def _named_people(session: Session, workshop_id: str) -> list[tuple[str, str, str | None]]:
    """(id, name, cluster id) of the workshop's participants that have a name, by name."""
    query = (
        select(m.ParticipantRow.id, m.ParticipantRow.name, m.ParticipantRow.cluster_id)
        .where(m.ParticipantRow.workshop_id == workshop_id, m.ParticipantRow.name.is_not(None))
        .order_by(m.ParticipantRow.name, m.ParticipantRow.id)
    )
    return [(i, name, c) for i, name, c in session.execute(query) if name and name.strip()]


def _workshop_id(session: Session, token: str) -> str | None:
    if not token:
        return None
    return session.scalar(select(m.WorkshopRow.id).where(m.WorkshopRow.join_token == token))


def _open_round(session: Session, workshop_id: str) -> m.RoundRow | None:
    return session.scalar(
        select(m.RoundRow).where(
            m.RoundRow.workshop_id == workshop_id, m.RoundRow.status == RoundStatus.OPEN.value
        )
    )


def _count(session: Session, round_id: str) -> int:
    query = select(func.count()).select_from(m.BallotRow).filter_by(round_id=round_id)
    return session.scalar(query) or 0


def workshop_for_token(store: Store, token: str) -> str | None:
    """The id of the workshop whose join token this is, or None."""
    with store.reading() as uow:
        return _workshop_id(uow.session, token)


def lobby(store: Store, token: str) -> Lobby | None:
    """None for a token that names no workshop."""
    with store.reading() as uow:
        s = uow.session
        workshop_id = _workshop_id(s, token)
        if workshop_id is None:
            return None
        row = _open_round(s, workshop_id)
        record = convert.voting_round(row, _count(s, row.id)) if row is not None else None
        names = s.scalars(
            select(m.ClusterRow.name)
            .where(m.ClusterRow.workshop_id == workshop_id)
            .order_by(m.ClusterRow.position, m.ClusterRow.name)
        )
        clusters = tuple(names)
        areas: tuple[survey.FormArea, ...] = ()
        if record is not None and record.method is VotingMethod.SURVEY:
            areas = survey.form(s, workshop_id)
        people: tuple[Person, ...] = ()
        if record is not None and not record.anonymous:
            cluster_names = dict(
                s.execute(
                    select(m.ClusterRow.id, m.ClusterRow.name).where(
                        m.ClusterRow.workshop_id == workshop_id
                    )
                ).all()
            )
            people = tuple(
                Person(i, name.strip(), cluster_names.get(c) if c else None)
                for i, name, c in _named_people(s, workshop_id)
            )
        return Lobby(workshop_id, record, clusters, areas, people)


@dataclass(frozen=True)
class PhoneBallot:
    """One POST /ballot, already checked for shape (VOTING-API.md)."""

    token: str
    round_id: str
    voter: str
    entries: Any
    cluster: str | None = None  # a cluster's name, as the page offers them
    # Named rounds only: a participant's id as the page offers them, or a name typed in.
    participant: str | None = None


class Verdict(StrEnum):
    ACCEPTED = "accepted"
    UNKNOWN_TOKEN = "unknown_token"
    NOT_OPEN = "not_open"  # no round open, or not the round the ballot names
    INVALID = "invalid"


@dataclass(frozen=True)
class Receipt:
    verdict: Verdict
    message: str = ""  # Dutch, for everything but ACCEPTED
    round_id: str | None = None
    ballot_count: int = 0  # the round's ballots after this group's commit


PhoneIdea = ideas.PhoneIdea
Sent = PhoneBallot | PhoneIdea  # what the server's writer commits: ballots and ideas


def cast_phone_ballots(store: Store, ballots: Sequence[Sent]) -> list[Receipt]:
    """Store a group of phone ballots (and ideas, for an ideas round) in one transaction;
    one receipt per ballot or idea, in order.

    Receipts are returned only after the commit, so an ACCEPTED ballot is on disk.
    """
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            return _cast_group(store, ballots)
        except StorageError as exc:
            # SQLite refuses a write when another connection wrote since this one
            # began reading; the whole group was rolled back, so try it again.
            if attempt == BUSY_ATTEMPTS or not exc.busy:
                raise
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


@dataclass
class _OpenRound:
    """The columns of an open round that a group of phone ballots needs, read in one query."""

    id: str
    workshop_id: str
    method: VotingMethod
    rules: dict[str, Any]
    anonymous: bool
    token: str
    created_at: Any
    ballots: int  # before this group


def _open_round_for(session: Session, token: str) -> _OpenRound | None | Literal[False]:
    """The open round of the token's workshop and its ballot count, in one query; None
    if no round is open, False if the token names no workshop."""
    if not token:
        return False
    R = m.RoundRow
    counted = (
        select(func.count())
        .select_from(m.BallotRow)
        .where(m.BallotRow.round_id == R.id)
        .scalar_subquery()
    )
    found: Any = session.execute(
        select(
            R.id,
            R.workshop_id,
            R.method,
            R.rules_json,
            R.anonymous,
            R.token,
            R.created_at,
            counted,
        )
        .join(m.WorkshopRow, m.WorkshopRow.id == R.workshop_id)
        .where(m.WorkshopRow.join_token == token, R.status == RoundStatus.OPEN.value)
    ).first()
    if found is None:
        return None if _workshop_id(session, token) is not None else False
    rid, workshop_id, method, rules_json, anonymous, secret, created_at, count = found
    return _OpenRound(
        rid,
        workshop_id,
        VotingMethod(method),
        json.loads(rules_json),
        bool(anonymous),
        secret,
        created_at,
        count or 0,
    )


def _cast_group(store: Store, ballots: Sequence[Sent]) -> list[Receipt]:
    with store.transaction() as uow:
        s = uow.session
        # token -> the open round, or None (no round open), or False (unknown token)
        open_rounds: dict[str, _OpenRound | None | Literal[False]] = {}
        verdicts: list[tuple[Verdict, str, str | None]] = []
        to_store: dict[str, list[tuple[int, PhoneBallot]]] = {}  # round id -> its ballots
        ideas_to_store: dict[str, list[tuple[int, PhoneIdea]]] = {}  # round id -> its ideas
        for n, ballot in enumerate(ballots):
            if ballot.token not in open_rounds:
                open_rounds[ballot.token] = _open_round_for(s, ballot.token)
            row = open_rounds[ballot.token]
            if row is False:
                verdicts.append((Verdict.UNKNOWN_TOKEN, "Onbekende stemlink.", None))
            elif row is None:
                verdicts.append((Verdict.NOT_OPEN, "Er is nu geen stemronde open.", None))
            elif row.id != ballot.round_id:
                verdicts.append(
                    (Verdict.NOT_OPEN, "Deze stemronde is niet meer open.", ballot.round_id)
                )
            elif isinstance(ballot, PhoneIdea) and row.method is not VotingMethod.IDEAS:
                verdicts.append(
                    (Verdict.NOT_OPEN, "Deze stemronde verzamelt geen ideeën.", ballot.round_id)
                )
            elif isinstance(ballot, PhoneIdea):
                verdicts.append((Verdict.ACCEPTED, "", row.id))  # until checked below
                ideas_to_store.setdefault(row.id, []).append((n, ballot))
            elif row.method is VotingMethod.IDEAS:
                verdicts.append(
                    (Verdict.INVALID, "In deze ronde stuur je ideeën, geen stem.", row.id)
                )
            else:
                verdicts.append((Verdict.ACCEPTED, "", row.id))  # until checked below
                to_store.setdefault(row.id, []).append((n, ballot))
        counts: dict[str, int] = {}
        for row in open_rounds.values():
            if isinstance(row, _OpenRound) and row.id in to_store:
                refused, counts[row.id] = _store_round_group(s, row, to_store[row.id])
                for n, message in refused:
                    verdicts[n] = (Verdict.INVALID, message, row.id)
            if isinstance(row, _OpenRound) and row.id in ideas_to_store:
                box = ideas.IdeasRound(
                    row.id, row.workshop_id, row.rules, row.token, row.created_at
                )
                for n, message in ideas.store_phone_ideas(s, box, ideas_to_store[row.id]):
                    verdicts[n] = (Verdict.INVALID, message, row.id)
                counts[row.id] = ideas.count_phones(s, row.id)
    return [Receipt(v, msg, rid, counts.get(rid or "", 0)) for v, msg, rid in verdicts]


def _people_by_reference(
    session: Session, workshop_id: str
) -> tuple[dict[str, tuple[str, str | None]], dict[str, list[str]]]:
    """Named participants by id -> (id, cluster id), and ids by case-folded name."""
    by_id: dict[str, tuple[str, str | None]] = {}
    by_name: dict[str, list[str]] = {}
    for person_id, name, cluster_id in _named_people(session, workshop_id):
        by_id[person_id] = (person_id, cluster_id)
        by_name.setdefault(" ".join(name.split()).casefold(), []).append(person_id)
    return by_id, by_name


def _resolve_participant(
    reference: str,
    by_id: dict[str, tuple[str, str | None]],
    by_name: dict[str, list[str]],
) -> tuple[str, str | None]:
    """A participant id, or a name as typed, to (id, cluster id); ValidationError if unknown."""
    if reference in by_id:
        return by_id[reference]
    matches = by_name.get(" ".join(reference.split()).casefold(), [])
    if len(matches) > 1:
        raise ValidationError(
            msg("Er zijn meerdere deelnemers met die naam: kies je naam uit de lijst."),
            "participant",
        )
    if not matches:
        raise ValidationError(
            msg("Die naam staat niet op de lijst van deelnemers: kies je naam uit de lijst."),
            "participant",
        )
    return by_id[matches[0]]


def _store_round_group(
    session: Session, row: _OpenRound, group: Sequence[tuple[int, PhoneBallot]]
) -> tuple[list[tuple[int, str]], int]:
    """Check and store one round's share of a group by the one ballot rule
    (app.services.ballots); returns (index, message) for the ballots refused, and the
    round's ballot count after the group. A phone that sent twice in one group keeps
    its last valid ballot."""
    box = ballots.Box(
        row.id,
        row.workshop_id,
        row.method,
        row.rules,
        row.anonymous,
        row.token,
        row.created_at,
        None,
        row.ballots,
    )
    refused: list[tuple[int, str]] = []
    if row.method is VotingMethod.SURVEY:
        answers: list[tuple[int, survey.Response]] = []
        for n, b in group:
            if b.participant is not None:  # a survey is anonymous: a name is a 400
                refused.append((n, message_of(ballots.refuse_name(box))))
            else:
                answers.append((n, survey.Response(b.voter, b.cluster, b.entries)))
        if answers:
            orm_row = session.get(m.RoundRow, row.id)
            assert orm_row is not None
            refused.extend(survey.store_responses(session, orm_row, answers))
        return sorted(refused), _count(session, row.id)
    clusters: dict[str, str] = {}
    if any(ballot.cluster for _, ballot in group):
        names = select(m.ClusterRow.name, m.ClusterRow.id).where(
            m.ClusterRow.workshop_id == row.workshop_id
        )
        clusters = {name: cluster_id for name, cluster_id in session.execute(names)}
    by_id: dict[str, tuple[str, str | None]] = {}
    by_name: dict[str, list[str]] = {}
    if not row.anonymous and any(ballot.participant for _, ballot in group):
        by_id, by_name = _people_by_reference(session, row.workshop_id)
    to_store: list[ballots.Ballot] = []
    indexes: list[int] = []
    for n, ballot in group:
        try:
            cluster_id = clusters.get(ballot.cluster) if ballot.cluster else None
            if ballot.cluster and cluster_id is None:
                raise ValidationError(
                    msg("Onbekende cluster: {name}.", name=repr(ballot.cluster)), "cluster"
                )
            participant_id = None
            if ballot.participant is not None:
                if row.anonymous:
                    raise ballots.refuse_name(box)
                participant_id, _own_cluster = _resolve_participant(
                    ballot.participant, by_id, by_name
                )
        except ValidationError as exc:
            refused.append((n, message_of(exc)))
            continue
        indexes.append(n)
        to_store.append(
            ballots.Ballot(
                ballot.entries, BallotSource.PHONE, ballot.voter, cluster_id, participant_id
            )
        )
    if not to_store:
        return refused, row.ballots
    done = ballots.store(session, box, to_store)
    refused.extend((indexes[i], message_of(exc)) for i, exc in done.refused)
    count = done.count if done.count is not None else _count(session, row.id)
    return sorted(refused), count


def warm_up(store: Store) -> None:
    """Run the statements a group of phone ballots needs once, in a transaction that is
    rolled back, so that the first ballots of a session do not also pay for compiling
    them (a room's first burst comes right after the server starts). Changes nothing."""

    class _RollBack(Exception):
        pass

    try:
        with store.transaction() as uow:
            s = uow.session
            _open_round_for(s, "warm-up-token-that-names-nothing")
            target = s.execute(
                select(m.RoundRow.id, m.RoundRow.workshop_id, m.OptionRow.id)
                .join(m.OptionRow, m.OptionRow.round_id == m.RoundRow.id)
                .where(m.RoundRow.method != VotingMethod.SURVEY.value)
                .limit(1)
            ).first()
            if target is not None:
                round_id, workshop_id, option_id = target
                row = _OpenRound(
                    round_id,
                    workshop_id,
                    VotingMethod.BUDGET,
                    {"budget": 1.0},
                    True,
                    "warm-up",
                    m.utcnow(),
                    0,
                )
                ballot = PhoneBallot("", round_id, "warm-up-phone-00000000", {option_id: 1})
                _store_round_group(s, row, [(0, ballot)])
            # An ideas round's statements too (its first burst comes as fast).
            any_round = s.execute(select(m.RoundRow.id, m.RoundRow.workshop_id).limit(1)).first()
            if any_round is not None:
                box = ideas.IdeasRound(
                    any_round[0], any_round[1], {"quadrants": ["S"]}, "warm-up", m.utcnow()
                )
                idea = PhoneIdea("", any_round[0], "warm-up-phone-00000000", "warm-up", "S")
                ideas.store_phone_ideas(s, box, [(0, idea)])
            raise _RollBack
    except _RollBack:
        pass


def spread_dot_totals(totals: Sequence[int], voters: int) -> list[list[int]]:
    """Share a poster's dot totals out over ``voters`` ballots, dot by dot in turn.

    Dot k goes to ballot k mod voters, so no ballot gets more than
    ceil(total / voters) dots, nor more than ceil(t / voters) on an option with
    t dots: within the rules whenever the totals themselves are.
    """
    ballots = [[0] * len(totals) for _ in range(voters)]
    k = 0
    for option, total in enumerate(totals):
        for _ in range(total):
            ballots[k % voters][option] += 1
            k += 1
    return ballots


def cast_paper_dot_totals(
    store: Store, round_id: str, totals: Mapping[str, int], voters: int
) -> Outcome[list[records.Ballot]]:
    """The totals per option of a paper dot vote (dots stuck on a poster) by ``voters`` people.

    They are stored as ``voters`` paper ballots that keep the round's rules and add
    up to the totals, so ballot counts and results stay right; how the dots were
    shared out between people is not known and not claimed.
    """
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.RoundRow, round_id)
        if row.method != VotingMethod.DOTS.value:
            raise ValidationError(
                msg("Papieren totalen gelden alleen voor een stippenronde."), "method"
            )
        if row.status != RoundStatus.OPEN.value:
            raise ValidationError(msg("Ronde '{title}' is niet open.", title=row.title), "round_id")
        if isinstance(voters, bool) or not isinstance(voters, int) or voters < 1:
            raise ValidationError(
                msg("Geef het aantal deelnemers op papier (minstens 1)."), "voters"
            )
        titles = {o.id: o.title for o in row.options}
        for option_id, n in totals.items():
            if option_id not in titles:
                raise ValidationError(msg("Onbekende optie: {id}.", id=repr(option_id)), "totals")
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise ValidationError(
                    msg(
                        "Het aantal stippen voor '{title}' moet een geheel getal vanaf 0 zijn.",
                        title=titles[option_id],
                    ),
                    "totals",
                )
        rules = convert.voting_round(row).rules
        per_option = voters * rules["max_per_option"]
        for option_id, n in totals.items():
            if n > per_option:
                raise ValidationError(
                    msg(
                        "'{title}' heeft {count} stippen; {voters} deelnemers kunnen er "
                        "hoogstens {most} geven.",
                        title=titles[option_id],
                        count=n,
                        voters=voters,
                        most=per_option,
                    ),
                    "totals",
                )
        total, allowed = sum(totals.values()), voters * rules["dots"]
        if total > allowed:
            raise ValidationError(
                msg(
                    "{count} stippen in totaal; {voters} deelnemers hebben er samen {most}.",
                    count=total,
                    voters=voters,
                    most=allowed,
                ),
                "totals",
            )
        order = [o.id for o in row.options]
        shares = spread_dot_totals([totals.get(o, 0) for o in order], voters)
        made = []
        for share in shares:
            entries = {o: n for o, n in zip(order, share, strict=True) if n}
            made.append(rounds.store_ballot(s, row, rounds.BallotInput(entries)))
        s.flush()
        result = [convert.ballot(b) for b in made]
    return Outcome(result, uow.changes)
