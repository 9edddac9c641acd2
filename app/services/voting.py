"""What the participants' voting server asks of the store: the workshop's join
token, the round that is open now, phone ballots committed in groups, and paper
dot totals.

Phones' ballots come in bursts (a room of a hundred presses "Stem" within a few
seconds) and every commit waits for the disk (synchronous=FULL), so the server
hands its ballots over in groups and :func:`cast_phone_ballots` commits each
group once, in a handful of bulk statements (one ballot at a time through the
ORM costs milliseconds each, and a hundred of them add up). Each ballot is
checked on its own against the same rule book as rounds.store_ballot: one bad
ballot never costs another its place.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain import ranking, records
from app.domain.enums import BallotSource, RoundStatus, VotingMethod
from app.domain.errors import ValidationError
from app.services import common, convert, rounds, survey
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
class Lobby:
    """What a participant's page sees: the open round, if any, and the clusters to pick from.

    For an open survey round also the questionnaire: the internal areas and their statements.
    """

    workshop_id: str
    round: records.VotingRound | None
    clusters: tuple[str, ...]
    areas: tuple[survey.FormArea, ...] = ()


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


def _open_round_for(session: Session, token: str) -> m.RoundRow | None | bool:
    """The open round of the token's workshop in one query; None if none is open,
    False if the token names no workshop."""
    if not token:
        return False
    row = session.scalar(
        select(m.RoundRow)
        .join(m.WorkshopRow, m.WorkshopRow.id == m.RoundRow.workshop_id)
        .where(m.WorkshopRow.join_token == token, m.RoundRow.status == RoundStatus.OPEN.value)
    )
    if row is None and _workshop_id(session, token) is None:
        return False
    return row


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
        return Lobby(workshop_id, record, clusters, areas)


@dataclass(frozen=True)
class PhoneBallot:
    """One POST /ballot, already checked for shape (VOTING-API.md)."""

    token: str
    round_id: str
    voter: str
    entries: Any
    cluster: str | None = None  # a cluster's name, as the page offers them


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


def cast_phone_ballots(store: Store, ballots: Sequence[PhoneBallot]) -> list[Receipt]:
    """Store a group of phone ballots in one transaction; one receipt per ballot, in order.

    Receipts are returned only after the commit, so an ACCEPTED ballot is on disk.
    """
    for attempt in range(1, BUSY_ATTEMPTS + 1):
        try:
            return _cast_group(store, ballots)
        except OperationalError as exc:
            # SQLite refuses a write when another connection wrote since this one
            # began reading; the whole group was rolled back, so try it again.
            if attempt == BUSY_ATTEMPTS or "locked" not in str(exc.orig):
                raise
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


def _cast_group(store: Store, ballots: Sequence[PhoneBallot]) -> list[Receipt]:
    with store.transaction() as uow:
        s = uow.session
        # token -> the open round, or None (no round open), or False (unknown token)
        open_rounds: dict[str, m.RoundRow | None | bool] = {}
        verdicts: list[tuple[Verdict, str, str | None]] = []
        to_store: dict[str, list[tuple[int, PhoneBallot]]] = {}  # round id -> its ballots
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
            else:
                verdicts.append((Verdict.ACCEPTED, "", row.id))  # until checked below
                to_store.setdefault(row.id, []).append((n, ballot))
        for row in open_rounds.values():
            if isinstance(row, m.RoundRow) and row.id in to_store:
                for n, message in _store_round_group(s, row, to_store[row.id]):
                    verdicts[n] = (Verdict.INVALID, message, row.id)
        accepted = {rid for verdict, _, rid in verdicts if verdict is Verdict.ACCEPTED}
        counts = {rid: _count(s, rid) for rid in accepted if rid}
    return [Receipt(v, msg, rid, counts.get(rid or "", 0)) for v, msg, rid in verdicts]


def _store_round_group(
    session: Session, row: m.RoundRow, ballots: Sequence[tuple[int, PhoneBallot]]
) -> list[tuple[int, str]]:
    """Check and store one round's share of a group in a handful of statements.

    Does in bulk what rounds.store_ballot does for one ballot (the same rule book,
    key and replacement, and the same anonymity); returns (index, message) for the
    ballots refused. A phone that sent twice in one group keeps its last valid ballot.
    """
    method = VotingMethod(row.method)
    if method is VotingMethod.SURVEY:
        return survey.store_responses(
            session, row, [(n, survey.Response(b.voter, b.cluster, b.entries)) for n, b in ballots]
        )
    rules = json.loads(row.rules_json)
    option_ids = [o.id for o in row.options]
    clusters: dict[str, str] = {}
    if any(ballot.cluster for _, ballot in ballots):
        names = select(m.ClusterRow.name, m.ClusterRow.id).where(
            m.ClusterRow.workshop_id == row.workshop_id
        )
        clusters = {name: cluster_id for name, cluster_id in session.execute(names)}
    refused: list[tuple[int, str]] = []
    valid: dict[str, tuple[str | None, list[ranking.Entry]]] = {}  # voter key -> ballot
    for n, ballot in ballots:
        try:
            entries = ranking.parse_entries(method, rules, option_ids, ballot.entries)
            cluster_id = clusters.get(ballot.cluster) if ballot.cluster else None
            if ballot.cluster and cluster_id is None:
                raise ValidationError(f"Onbekende cluster: {ballot.cluster!r}.", "cluster")
        except ValidationError as exc:
            refused.append((n, str(exc)))
            continue
        key = rounds.voter_key(row.id, ballot.voter)
        valid.pop(key, None)  # a later ballot from the same phone replaces an earlier one
        valid[key] = (cluster_id, entries)
    if not valid:
        return refused
    session.execute(
        delete(m.BallotRow).where(
            m.BallotRow.round_id == row.id, m.BallotRow.voter_key.in_(list(valid))
        )
    )  # their entries go with them (ON DELETE CASCADE)
    # Anonymous rounds: one time for all, as in rounds.store_ballot.
    stamp = row.created_at if row.anonymous else m.utcnow()
    ballot_rows, entry_rows = [], []
    for key, (cluster_id, entries) in valid.items():
        ballot_id = m.new_id()
        ballot_rows.append(
            {
                "id": ballot_id,
                "round_id": row.id,
                "voter_key": key,
                "source": BallotSource.PHONE.value,
                "cluster_id": cluster_id,
                "participant_id": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        entry_rows.extend(
            {
                "id": m.new_id(),
                "ballot_id": ballot_id,
                "option_id": e.option_id,
                "criterion_id": e.criterion_id,
                "value": e.value,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for e in entries
        )
    session.execute(insert(m.BallotRow.__table__), ballot_rows)
    if entry_rows:
        session.execute(insert(m.BallotEntryRow.__table__), entry_rows)
    return refused


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
            raise ValidationError("Papieren totalen gelden alleen voor een stippenronde.", "method")
        if row.status != RoundStatus.OPEN.value:
            raise ValidationError(f"Ronde '{row.title}' is niet open.", "round_id")
        if isinstance(voters, bool) or not isinstance(voters, int) or voters < 1:
            raise ValidationError("Geef het aantal deelnemers op papier (minstens 1).", "voters")
        titles = {o.id: o.title for o in row.options}
        for option_id, n in totals.items():
            if option_id not in titles:
                raise ValidationError(f"Onbekende optie: {option_id!r}.", "totals")
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                raise ValidationError(
                    f"Het aantal stippen voor '{titles[option_id]}' moet een geheel getal "
                    "vanaf 0 zijn.",
                    "totals",
                )
        rules = convert.voting_round(row).rules
        per_option = voters * rules["max_per_option"]
        for option_id, n in totals.items():
            if n > per_option:
                raise ValidationError(
                    f"'{titles[option_id]}' heeft {n} stippen; {voters} deelnemers kunnen er "
                    f"hoogstens {per_option} geven.",
                    "totals",
                )
        total, allowed = sum(totals.values()), voters * rules["dots"]
        if total > allowed:
            raise ValidationError(
                f"{total} stippen in totaal; {voters} deelnemers hebben er samen {allowed}.",
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
