"""Phone survey rounds: the internal questionnaire answered on the participants' phones.

A survey round is a voting round with method ``survey`` and no options; it is
opened and closed like any other round, and served by the voting server
(VOTING-API.md, additions). Each phone that answers becomes an anonymous
participant of the cluster it picked (no name, role ``respondent (telefoon)``),
and its answers are that participant's statement scores and area ratings: the
rose's averaging rule (app.domain.analysis) counts them per cluster.

The phone's voter id is stored only as the round's ballot key (a hash, as for
ballots): the survey ballot ties that key to the respondent, so the same phone
sending again replaces its answers instead of adding a second respondent. Rows
carry the round's own time, never their own, and their tables keep no insertion
order (WITHOUT ROWID): nothing tells who answered first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain import analysis as rose
from app.domain import records
from app.domain import survey as questionnaire
from app.domain.enums import AreaKind, BallotSource, VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import message_of, msg
from app.services import common, convert, rounds
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

# Respondents are listed after the participants named before them; every respondent
# gets the same place, so that the list does not tell their order either.
RESPONDENT_POSITION = 1_000_000


def create_survey_round(
    store: Store, workshop_id: str, title: str, question: str = "", id: str | None = None
) -> Outcome[records.VotingRound]:
    """A draft survey round over the workshop's internal questionnaire (always anonymous)."""
    return rounds.create_round(
        store, workshop_id, title, VotingMethod.SURVEY, [], question=question, id=id
    )


# -- the questionnaire as the phone page shows it -------------------------------------------


@dataclass(frozen=True)
class FormStatement:
    id: str
    text: str


@dataclass(frozen=True)
class FormArea:
    id: str
    name: str
    description: str
    statements: tuple[FormStatement, ...]


def form(session: Session, workshop_id: str) -> tuple[FormArea, ...]:
    """The internal areas in their order, each with its statements in order."""
    areas = list(
        session.scalars(
            select(m.AreaRow)
            .where(m.AreaRow.workshop_id == workshop_id, m.AreaRow.kind == AreaKind.INTERNAL.value)
            .order_by(m.AreaRow.position, m.AreaRow.created_at)
        )
    )
    statements: dict[str, list[FormStatement]] = {a.id: [] for a in areas}
    query = (
        select(m.StatementRow.area_id, m.StatementRow.id, m.StatementRow.text)
        .where(m.StatementRow.workshop_id == workshop_id)
        .order_by(m.StatementRow.position, m.StatementRow.created_at)
    )
    for area_id, statement_id, text in session.execute(query):
        if area_id in statements:
            statements[area_id].append(FormStatement(statement_id, text))
    return tuple(FormArea(a.id, a.name, a.description, tuple(statements[a.id])) for a in areas)


def questionnaire_of(store: Store, workshop_id: str) -> tuple[FormArea, ...]:
    with store.reading() as uow:
        return form(uow.session, workshop_id)


# -- storing phone answers (called by voting.cast_phone_ballots, inside its transaction) -----


@dataclass(frozen=True)
class Response:
    """One phone's survey ballot, its shape already checked by the server."""

    voter: str
    cluster: str | None  # the cluster's name, as the page offers them
    entries: Any


def store_responses(
    session: Session, row: m.RoundRow, responses: Sequence[tuple[int, Response]]
) -> list[tuple[int, str]]:
    """Check and store one survey round's share of a group of phone ballots.

    Returns (index, Dutch message) for the responses refused; the others are
    stored in a handful of bulk statements. A phone that sent twice in one group
    keeps its last valid answers.
    """
    s = session
    names = select(m.ClusterRow.name, m.ClusterRow.id).where(
        m.ClusterRow.workshop_id == row.workshop_id
    )
    clusters = {name: cluster_id for name, cluster_id in s.execute(names)}
    areas = form(s, row.workshop_id)
    area_ids = {a.id for a in areas}
    statement_ids = {st.id for a in areas for st in a.statements}
    refused: list[tuple[int, str]] = []
    valid: dict[str, tuple[str, questionnaire.Answers]] = {}  # voter key -> answers
    legacy: dict[str, str] = {}  # the unkeyed key a phone had before keyed keys -> its key
    for n, response in responses:
        try:
            if not response.cluster:
                raise ValidationError(
                    msg("Kies je cluster: bij een bevraging tellen de antwoorden per cluster."),
                    "cluster",
                )
            cluster_id = clusters.get(response.cluster)
            if cluster_id is None:
                raise ValidationError(
                    msg("Onbekende cluster: {name}.", name=repr(response.cluster)), "cluster"
                )
            answers = questionnaire.parse_answers(response.entries, statement_ids, area_ids)
        except ValidationError as exc:
            refused.append((n, message_of(exc)))
            continue
        # Keyed with the round's secret, as phone ballots (rounds.voter_key).
        key = rounds.voter_key(row, response.voter)
        legacy[rounds.legacy_voter_key(row.id, response.voter)] = key
        valid.pop(key, None)  # a later answer from the same phone replaces an earlier one
        valid[key] = (cluster_id, answers)
    if valid:
        _write(s, row, valid, legacy)
    return refused


def _write(
    s: Session,
    row: m.RoundRow,
    valid: dict[str, tuple[str, questionnaire.Answers]],
    legacy: dict[str, str],
) -> None:
    B, P = m.BallotRow, m.ParticipantRow
    # A phone that answered before keys were keyed is still found by its old key.
    earlier = {
        legacy.get(key, key): (ballot_id, participant_id)
        for key, ballot_id, participant_id in s.execute(
            select(B.voter_key, B.id, B.participant_id).where(
                B.round_id == row.id, B.voter_key.in_([*valid, *legacy])
            )
        )
    }
    known = [p for _, p in earlier.values() if p]
    alive = set(s.scalars(select(P.id).where(P.id.in_(known)))) if known else set()
    if alive:  # returning respondents: their answers are replaced as a whole
        for table in (m.StatementScoreRow, m.AreaRatingRow):
            s.execute(delete(table).where(table.participant_id.in_(list(alive))))
    stamp = row.created_at  # one time for every row of the round: no order
    new_people: list[dict[str, Any]] = []
    moved_people: list[dict[str, Any]] = []
    new_ballots: list[dict[str, Any]] = []
    moved_ballots: list[dict[str, Any]] = []
    score_rows: list[dict[str, Any]] = []
    rating_rows: list[dict[str, Any]] = []
    for key, (cluster_id, answers) in valid.items():
        ballot_id, person = earlier.get(key, (None, None))
        if person not in alive:
            person = m.new_id()
            new_people.append(
                {
                    "id": person,
                    "workshop_id": row.workshop_id,
                    "name": None,
                    "cluster_id": cluster_id,
                    "role": questionnaire.RESPONDENT_ROLE,
                    "position": RESPONDENT_POSITION,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        else:
            moved_people.append({"p_id": person, "p_cluster": cluster_id})
        if ballot_id is None:
            new_ballots.append(
                {
                    "id": m.new_id(),
                    "round_id": row.id,
                    "voter_key": key,
                    "source": BallotSource.PHONE.value,
                    "cluster_id": cluster_id,
                    "participant_id": person,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        else:
            moved_ballots.append(
                {"b_id": ballot_id, "b_cluster": cluster_id, "b_person": person, "b_key": key}
            )
        common_values = {"cluster_id": cluster_id, "participant_id": person}
        score_rows.extend(
            {
                "id": m.new_id(),
                "statement_id": statement_id,
                "score": score,
                "created_at": stamp,
                "updated_at": stamp,
                **common_values,
            }
            for statement_id, score in answers.scores.items()
        )
        rating_rows.extend(
            {
                "id": m.new_id(),
                "area_id": area_id,
                "importance": importance,
                "readiness": None,
                "created_at": stamp,
                "updated_at": stamp,
                **common_values,
            }
            for area_id, importance in answers.importance.items()
        )
    if new_people:
        s.execute(insert(P.__table__), new_people)
    if moved_people:
        s.execute(
            update(P.__table__)
            .where(P.__table__.c.id == bindparam("p_id"))
            .values(cluster_id=bindparam("p_cluster"), updated_at=stamp),
            moved_people,
        )
    if new_ballots:
        s.execute(insert(B.__table__), new_ballots)
    if moved_ballots:
        s.execute(
            update(B.__table__)
            .where(B.__table__.c.id == bindparam("b_id"))
            .values(
                cluster_id=bindparam("b_cluster"),
                participant_id=bindparam("b_person"),
                voter_key=bindparam("b_key"),
                updated_at=stamp,
            ),
            moved_ballots,
        )
    if score_rows:
        s.execute(insert(m.StatementScoreRow.__table__), score_rows)
    if rating_rows:
        s.execute(insert(m.AreaRatingRow.__table__), rating_rows)


# -- results: per cluster and internal area, the means of the round's respondents -----------


@dataclass(frozen=True)
class AreaMeans:
    area_id: str
    name: str
    score: float | None  # mean agreement (statements weigh the same); None: no answers
    importance: float | None

    @property
    def werkpunt(self) -> bool:
        return rose.is_werkpunt(self.importance, self.score)


@dataclass(frozen=True)
class ClusterMeans:
    cluster_id: str
    name: str
    respondents: int
    areas: tuple[AreaMeans, ...]


@dataclass(frozen=True)
class SurveyResults:
    round: records.VotingRound
    ballots: int
    clusters: tuple[ClusterMeans, ...]

    def as_json(self) -> dict[str, Any]:
        """``results --json`` for a survey round (docs/cli.md, additions)."""

        def value(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "round": {
                "id": self.round.id,
                "title": self.round.title,
                "method": self.round.method.value,
                "status": self.round.status.value,
            },
            "ballots": self.ballots,
            "ranking": [],
            "clusters": [
                {
                    "id": c.cluster_id,
                    "name": c.name,
                    "respondents": c.respondents,
                    "areas": [
                        {
                            "id": a.area_id,
                            "name": a.name,
                            "score": value(a.score),
                            "importance": value(a.importance),
                            "werkpunt": a.werkpunt,
                        }
                        for a in c.areas
                    ],
                }
                for c in self.clusters
            ],
        }


def results(store: Store, round_id: str) -> SurveyResults:
    """Per cluster: how many respondents, and per internal area the mean score and
    importance of this round's respondents, by the rose's averaging rule."""
    with store.reading() as uow:
        s = uow.session
        row = common.get(s, m.RoundRow, round_id)
        if row.method != VotingMethod.SURVEY.value:
            raise ValidationError(
                msg("Ronde '{title}' is geen bevraging.", title=row.title), "round_id"
            )
        ballots = list(
            s.execute(
                select(m.BallotRow.cluster_id, m.BallotRow.participant_id).where(
                    m.BallotRow.round_id == round_id
                )
            )
        )
        record = convert.voting_round(row, len(ballots))
        people = [p for _, p in ballots if p]
        scores, ratings = [], []
        for start in range(0, len(people), 500):
            chunk = people[start : start + 500]
            scores += [
                convert.statement_score(r)
                for r in s.scalars(
                    select(m.StatementScoreRow).where(m.StatementScoreRow.participant_id.in_(chunk))
                )
            ]
            ratings += [
                convert.area_rating(r)
                for r in s.scalars(
                    select(m.AreaRatingRow).where(m.AreaRatingRow.participant_id.in_(chunk))
                )
            ]
        areas = [
            convert.area(a)
            for a in s.scalars(
                select(m.AreaRow)
                .where(
                    m.AreaRow.workshop_id == row.workshop_id,
                    m.AreaRow.kind == AreaKind.INTERNAL.value,
                )
                .order_by(m.AreaRow.position, m.AreaRow.created_at)
            )
        ]
        statements = [
            convert.statement(st)
            for st in s.scalars(
                select(m.StatementRow).where(m.StatementRow.workshop_id == row.workshop_id)
            )
        ]
        clusters = [
            convert.cluster(c)
            for c in s.scalars(
                select(m.ClusterRow)
                .where(m.ClusterRow.workshop_id == row.workshop_id)
                .order_by(m.ClusterRow.position, m.ClusterRow.name)
            )
        ]
    counted: dict[str, int] = {}
    for cluster_id, person in ballots:
        if cluster_id and person:
            counted[cluster_id] = counted.get(cluster_id, 0) + 1
    out = []
    for c in clusters:
        score = rose.area_scores(statements, scores, c.id)
        importance, _ = rose.area_ratings(ratings, c.id)
        out.append(
            ClusterMeans(
                c.id,
                c.name,
                counted.get(c.id, 0),
                tuple(
                    AreaMeans(a.id, a.name, score.get(a.id), importance.get(a.id)) for a in areas
                ),
            )
        )
    return SurveyResults(record, len(ballots), tuple(out))
