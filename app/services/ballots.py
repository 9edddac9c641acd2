"""The one ballot rule: how a ballot goes into a round's ballot box.

Phones (app.services.voting, in groups), paper ballots typed in by the
facilitator (rounds.cast_ballot, the demo) and the Excel import all store their
ballots through :func:`store`, so that one rule book holds for each of them:

- the entries keep the round's rules (ranking.parse_entries);
- one ballot per phone: a phone's ballot is kept under a keyed hash of its voter
  id (:func:`keyed_voter_key`), and a new ballot from the same phone replaces the
  earlier one; paper and imported ballots get a random key;
- one ballot per person: in a named round a ballot that names a participant
  replaces that participant's earlier ballot, whichever phone or paper it came
  from (the import refuses instead: it never drops a row it was given);
- a ballot that names a participant counts for the participant's cluster, not for
  the cluster a phone picked (only a participant without a cluster keeps it);
- an anonymous round stores no name, and all its ballots carry the round's own
  time, so neither who nor in what order can be read back;
- a survey round takes no name either (:func:`refuse_name`), and its answers go to
  app.services.survey, from phones only.

Ballots are written with a handful of bulk statements per group (a room of phones
votes in the same second; one ORM object per ballot costs milliseconds each).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app.domain import ranking
from app.domain.enums import BallotSource, VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.storage import models as m
from app.storage.uow import record_changes


def keyed_voter_key(secret: str, voter: str) -> str:
    """HMAC-SHA256 of the voter id under the round's secret, as 64 hex digits."""
    return hmac.new(secret.encode(), voter.encode(), hashlib.sha256).hexdigest()


def legacy_voter_key(round_id: str, voter: str) -> str:
    """The key of stores made before voter keys were keyed; only used to find (and
    replace) a ballot cast before an upgrade in a round that is still open."""
    return hashlib.sha256(f"{round_id}:{voter}".encode()).hexdigest()


@dataclass(frozen=True)
class Box:
    """What storing ballots needs of their round, read once per group."""

    id: str
    workshop_id: str
    method: VotingMethod
    rules: dict[str, Any]
    anonymous: bool
    secret: str  # the round's token: the key of its voter keys
    created_at: datetime
    option_ids: tuple[str, ...] | None = None  # None: read when a ballot needs them
    ballots: int | None = None  # the count before, when the caller knows it

    @classmethod
    def of(cls, row: m.RoundRow, ballots: int | None = None) -> Box:
        return cls(
            row.id,
            row.workshop_id,
            VotingMethod(row.method),
            json.loads(row.rules_json),
            bool(row.anonymous),
            row.token,
            row.created_at,
            None,
            ballots,
        )


@dataclass(frozen=True)
class Ballot:
    """One ballot to store. ``entries`` in the JSON shape of docs/voting-api.md, or
    with ``checked`` a list of ranking.Entry already checked against the round's
    rules (the import checks them cell by cell, to name the cell)."""

    entries: Any
    source: BallotSource = BallotSource.PAPER
    voter: str | None = None  # a phone's voter id; None for paper and imports
    cluster_id: str | None = None
    participant_id: str | None = None
    id: str | None = None  # an existing ballot's id (import, redo): replaced in place
    checked: bool = False


@dataclass
class Stored:
    """What :func:`store` did, per ballot in the order given."""

    ids: list[str | None]  # the stored ballot's id; None when refused or replaced in the group
    refused: list[tuple[int, ValidationError]] = field(default_factory=list)
    unchanged: set[int] = field(default_factory=set)  # an id given, and nothing differed
    existed: set[int] = field(default_factory=set)  # an id given that was stored already
    count: int | None = None  # the round's ballots afterwards, when Box.ballots was known


def refuse_name(box: Box) -> ValidationError:
    """The refusal of a ballot that names someone in a round that names nobody."""
    if box.method is VotingMethod.SURVEY:
        return ValidationError(
            msg("Een bevraging is anoniem: een antwoord draagt geen naam."), "participant"
        )
    return ValidationError(msg("Deze ronde is anoniem: een stem draagt geen naam."), "participant")


def store(
    session: Session,
    box: Box,
    ballots: Sequence[Ballot],
    *,
    replace_person: bool = True,
) -> Stored:
    """Check and store ``ballots`` in ``box``'s round (the caller commits).

    A ballot that breaks a rule is refused on its own (``Stored.refused``, with a
    Dutch message); the others are stored. With ``replace_person=False`` a ballot
    for a participant who already has another ballot in the round is refused
    instead of replacing it.
    """
    if box.method is VotingMethod.SURVEY:
        # Phones' survey answers go to app.services.survey (after refuse_name).
        raise ValidationError(
            msg(
                "Een bevraging beantwoord je op de telefoon; papieren antwoorden vul je in bij "
                "de vragenlijst van de interne analyse."
            ),
            "round_id",
        )
    done = Stored([None] * len(ballots))
    option_ids = box.option_ids
    if option_ids is None:
        query = (
            select(m.OptionRow.id)
            .where(m.OptionRow.round_id == box.id)
            .order_by(m.OptionRow.position)
        )
        option_ids = tuple(session.scalars(query))
    named = {b.participant_id for b in ballots if b.participant_id is not None}
    people: dict[str, tuple[str | None, str | None]] = {}  # id -> (name, cluster id)
    if named and not box.anonymous:
        found = session.execute(
            select(m.ParticipantRow.id, m.ParticipantRow.name, m.ParticipantRow.cluster_id).where(
                m.ParticipantRow.workshop_id == box.workshop_id, m.ParticipantRow.id.in_(named)
            )
        )
        people = {i: (name, cluster) for i, name, cluster in found}
    given_ids = [b.id for b in ballots if b.id is not None]
    kept: dict[str, Any] = {}  # ballots put back under their own id, as stored
    if given_ids:
        found_rows = session.execute(
            select(
                m.BallotRow.id,
                m.BallotRow.round_id,
                m.BallotRow.voter_key,
                m.BallotRow.created_at,
                m.BallotRow.source,
                m.BallotRow.cluster_id,
                m.BallotRow.participant_id,
            ).where(m.BallotRow.id.in_(given_ids))
        )
        kept = {r.id: r for r in found_rows}
    # key -> (n, ballot, entries, cluster id); a later ballot of the same phone or
    # person replaces an earlier one of the same group.
    valid: dict[str, tuple[int, Ballot, list[ranking.Entry], str | None]] = {}
    by_person: dict[str, str] = {}  # participant id -> key in valid
    legacy: list[str] = []
    for n, ballot in enumerate(ballots):
        try:
            entries = (
                list(ballot.entries)
                if ballot.checked
                else ranking.parse_entries(box.method, box.rules, option_ids, ballot.entries)
            )
            cluster_id = ballot.cluster_id
            if ballot.participant_id is not None:
                if box.anonymous:
                    raise refuse_name(box)
                person = people.get(ballot.participant_id)
                if person is None:
                    raise ValidationError(
                        msg("Die deelnemer hoort niet bij deze workshop."), "participant_id"
                    )
                name, own_cluster = person
                if not (name and name.strip()):
                    raise ValidationError(
                        msg("Een stembrief op naam hoort bij een deelnemer met een naam."),
                        "participant_id",
                    )
                # The participant's cluster, not the one a phone picked.
                cluster_id = own_cluster or cluster_id
        except ValidationError as exc:
            done.refused.append((n, exc))
            continue
        if ballot.voter:
            key = keyed_voter_key(box.secret, ballot.voter)
            legacy.append(legacy_voter_key(box.id, ballot.voter))
        elif ballot.id in kept:
            key = kept[ballot.id].voter_key  # put back in place: a phone still finds it
        else:
            key = secrets.token_hex(32)
        if key in valid:
            done.ids[valid.pop(key)[0]] = None
        if ballot.participant_id is not None:
            earlier = by_person.pop(ballot.participant_id, None)
            if earlier is not None and earlier in valid:
                done.ids[valid.pop(earlier)[0]] = None
            by_person[ballot.participant_id] = key
        valid[key] = (n, ballot, entries, cluster_id)
    if not valid:
        done.count = box.ballots
        return done

    if kept:
        stored_entries: dict[str, list[tuple[str, str, float]]] = {}
        for ballot_id, option_id, criterion_id, value in session.execute(
            select(
                m.BallotEntryRow.ballot_id,
                m.BallotEntryRow.option_id,
                m.BallotEntryRow.criterion_id,
                m.BallotEntryRow.value,
            ).where(m.BallotEntryRow.ballot_id.in_(list(kept)))
        ):
            stored_entries.setdefault(ballot_id, []).append((option_id, criterion_id or "", value))
        for key, (n, ballot, entries, cluster_id) in list(valid.items()):
            if ballot.id not in kept:
                continue
            done.existed.add(n)
            was = kept[ballot.id]
            if was.round_id != box.id:
                done.refused.append(
                    (n, ValidationError(msg("Een stembrief hoort bij één ronde."), "round_id"))
                )
                del valid[key]
                continue
            # Unchanged: the same entries, source, cluster (as given, or as the rule makes
            # it) and person (an anonymous round's empty name keeps what is stored).
            same_head = (
                was.source == ballot.source.value
                and was.cluster_id in (ballot.cluster_id, cluster_id)
                and (box.anonymous or was.participant_id == ballot.participant_id)
            )
            mine = sorted((e.option_id, e.criterion_id or "", e.value) for e in entries)
            if same_head and mine == sorted(stored_entries.get(ballot.id, [])):
                done.unchanged.add(n)
                done.ids[n] = ballot.id
                del valid[key]

    persons = [b.participant_id for _, b, _, _ in valid.values() if b.participant_id]
    if persons and not replace_person:
        taken = dict(
            session.execute(
                select(m.BallotRow.participant_id, m.BallotRow.id).where(
                    m.BallotRow.round_id == box.id, m.BallotRow.participant_id.in_(persons)
                )
            ).all()
        )
        for key, (n, ballot, _e, _c) in list(valid.items()):
            other = taken.get(ballot.participant_id)
            if other is not None and other != ballot.id:
                done.refused.append(
                    (
                        n,
                        ValidationError(
                            msg(
                                "Deze deelnemer heeft in deze ronde al een stembrief ({id}): "
                                "één stembrief per persoon.",
                                id=other,
                            ),
                            "participant_id",
                        ),
                    )
                )
                del valid[key]
    if not valid:
        done.refused.sort(key=lambda refusal: refusal[0])
        done.count = box.ballots
        return done

    B = m.BallotRow
    replaced_by = [B.voter_key.in_([*valid, *legacy])]
    if persons:
        replaced_by.append(B.participant_id.in_(persons))
    ids_back = [b.id for _, b, _, _ in valid.values() if b.id is not None]
    if ids_back:
        replaced_by.append(B.id.in_(ids_back))
    condition = B.round_id == box.id, replaced_by[0] if len(replaced_by) == 1 else or_(*replaced_by)
    gone_ids = list(session.scalars(select(B.id).where(*condition)))
    if gone_ids:
        session.execute(
            delete(B)
            .where(B.id.in_(gone_ids))
            # "fetch": the session forgets exactly the rows deleted (the import holds many).
            .execution_options(synchronize_session="fetch")
        )  # their entries go with them (ON DELETE CASCADE)
    gone = len(gone_ids)

    now = m.utcnow()
    ballot_rows: list[dict[str, Any]] = []
    entry_rows: list[dict[str, Any]] = []
    for key, (n, ballot, entries, cluster_id) in valid.items():
        ballot_id = ballot.id or m.new_id()
        # Anonymous rounds: one time for all, so that their order cannot be read back.
        if box.anonymous:
            stamp = created = box.created_at
        else:
            stamp = now
            created = kept[ballot_id].created_at if ballot_id in kept else now
        done.ids[n] = ballot_id
        ballot_rows.append(
            {
                "id": ballot_id,
                "round_id": box.id,
                "voter_key": key,
                "source": ballot.source.value,
                "cluster_id": cluster_id,
                "participant_id": None if box.anonymous else ballot.participant_id,
                "created_at": created,
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
    session.execute(insert(cast(Table, m.BallotRow.__table__)), ballot_rows)
    if entry_rows:
        session.execute(insert(cast(Table, m.BallotEntryRow.__table__)), entry_rows)
    # What the session did not see, for the change set (views reload from it): a
    # ballot put back under its own id is updated, not deleted and made again.
    made: set[str] = {row["id"] for row in ballot_rows}
    record_changes(session, "deleted", "ballot", [i for i in gone_ids if i not in made])
    record_changes(session, "created", "ballot", [i for i in made if i not in gone_ids])
    record_changes(session, "updated", "ballot", [i for i in made if i in gone_ids])
    done.refused.sort(key=lambda refusal: refusal[0])
    if box.ballots is not None:
        done.count = box.ballots - gone + len(ballot_rows)
    return done


def count(session: Session, round_id: str) -> int:
    query = select(func.count()).select_from(m.BallotRow).filter_by(round_id=round_id)
    return session.scalar(query) or 0
