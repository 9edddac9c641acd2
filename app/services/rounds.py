"""Voting rounds: options, ballots (phone and paper), opening and closing, results.

Anonymity of the ballot box. A phone's ballot is stored under a key, not under
the phone's own id: ``voter_key`` is an HMAC of the id, keyed with the round's
random ``token`` (96 bits, never sent to a phone; phones only know the
workshop's join token). The key lets a re-vote replace the earlier ballot, also
after the server or the laptop restarts. A key kept in the same file protects
little against whoever holds the file while the round is open, so when a round
closes (no re-vote is possible any more) every ballot gets a fresh random key
and the round a fresh token: afterwards nothing in the store ties a ballot to
the phone that sent it.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, object_session

from app.domain import ranking, records, rules
from app.domain.enums import BallotSource, OptionKind, RoundStatus, VotingMethod
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.services import ballots, common, convert
from app.services.entities import EntityService
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

_TARGETS: dict[OptionKind, tuple[type[m.Base], str]] = {
    OptionKind.PROPOSAL: (m.ProposalRow, "proposal_id"),
    OptionKind.SWOT_ITEM: (m.SwotItemRow, "swot_item_id"),
    OptionKind.PATH: (m.PathRow, "path_id"),
}


# One network address votes with at most this many phones (voter ids) per round
# unless the facilitator raises it (a tablet passed round the room); the ceiling
# keeps a typing slip from switching the limit off.
DEVICES_PER_ADDRESS = 1
MAX_DEVICES_PER_ADDRESS = 500


def devices_per_address(value: Any) -> int:
    """A round's phones-per-address rule, checked: a whole number from 1 to 500."""
    number = 0
    if isinstance(value, int | str) and not isinstance(value, bool):
        try:
            number = int(value)
        except ValueError:
            number = 0
    if not 1 <= number <= MAX_DEVICES_PER_ADDRESS:
        raise ValidationError(
            msg(
                "Het aantal toestellen per netwerkadres is een geheel getal van 1 tot {most}.",
                most=MAX_DEVICES_PER_ADDRESS,
            ),
            "devices_per_address",
        )
    return number


def new_token() -> str:
    """16 URL-safe characters, 96 random bits (VOTING-API.md asks for 72 or more)."""
    return secrets.token_urlsafe(12)


def _record(row: m.RoundRow) -> records.VotingRound:
    session = object_session(row)
    count: int | None = 0
    if session is not None and row.method == VotingMethod.IDEAS.value:
        # An ideas round's "ballots": the phones that sent something (docs/cli.md).
        count = session.scalar(
            select(func.count()).select_from(m.IdeaSenderRow).filter_by(round_id=row.id)
        )
    elif session is not None:
        count = session.scalar(
            select(func.count()).select_from(m.BallotRow).filter_by(round_id=row.id)
        )
    return convert.voting_round(row, count or 0)


def _no_generic_create(*_args: Any) -> dict[str, Any]:
    raise ValidationError(msg("Maak een stemronde met create_round."))


# list, get, delete and move; creating goes through create_round.
rounds: EntityService[m.RoundRow, records.VotingRound] = EntityService(
    m.RoundRow, _record, _no_generic_create
)


def _method(value: Any) -> VotingMethod:
    try:
        return VotingMethod(value)
    except ValueError:
        raise ValidationError(
            msg(
                "Onbekende stemmethode {value}: dots, score, rank, budget, survey of ideas.",
                value=repr(value),
            ),
            "method",
        ) from None


_devices = devices_per_address  # create_round's parameter shadows the name


def _option_row(
    session: Session, workshop_id: str, kind: OptionKind, target_id: str, position: int
) -> m.OptionRow:
    row_type, column = _TARGETS[kind]
    target: Any = common.get(session, row_type, target_id, workshop_id)
    if kind is OptionKind.SWOT_ITEM:
        title, description = target.text, ""
    elif kind is OptionKind.PATH:
        title, description = target.title, target.description
    else:
        title = f"{target.code} {target.title}".strip()
        description = target.what or target.why
    return m.OptionRow(
        kind=kind.value,
        title=title[:300],
        description=description,
        position=position,
        **{column: target_id},
    )


def create_round(
    store: Store,
    workshop_id: str,
    title: str,
    method: VotingMethod | str,
    options: Sequence[tuple[OptionKind | str, str]],
    rules_: dict[str, Any] | None = None,
    question: str = "",
    anonymous: bool = True,
    top_n: int = 0,
    id: str | None = None,
    devices_per_address: int = DEVICES_PER_ADDRESS,
) -> Outcome[records.VotingRound]:
    """A draft round over proposals, SWOT points or paths. Without rules the
    method's defaults apply (dots: about a third of the options).

    A ``survey`` round (app.services.survey) has no options: it asks the workshop's
    internal questionnaire, and its respondents are always anonymous."""
    how = _method(method)
    if how is VotingMethod.SURVEY:
        if options:
            raise ValidationError(msg("Een bevraging heeft geen opties."), "options")
        anonymous = True
    if how is VotingMethod.IDEAS:
        if options:
            raise ValidationError(msg("Een ideeënronde heeft geen opties."), "options")
        anonymous = True  # ideas never carry a name (docs/voting-api.md)
    with store.transaction() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        kinds = []
        for kind, _target in options:
            try:
                kinds.append(OptionKind(kind))
            except ValueError:
                raise ValidationError(
                    msg("Onbekende soort optie {kind}.", kind=repr(kind)), "options"
                ) from None
        if len({t for _, t in options}) != len(options):
            raise ValidationError(
                msg("Elke optie mag maar één keer in een ronde staan."), "options"
            )
        clean_rules = ranking.validate_rules(
            how, rules_ or ranking.default_rules(how, len(options))
        )
        row = m.RoundRow(
            workshop_id=workshop_id,
            title=rules.required_text(title, msg("De titel van de ronde"), "title"),
            question=rules.optional_text(question, msg("De vraag"), "question"),
            method=how.value,
            rules_json=json.dumps(clean_rules, ensure_ascii=False),
            status=RoundStatus.DRAFT.value,
            anonymous=anonymous,
            token=new_token(),
            top_n=max(0, int(top_n)),
            devices_per_address=_devices(devices_per_address),
        )
        common.add(s, row, id)
        row.options[:] = [
            _option_row(s, workshop_id, kind, target, position)
            for position, (kind, (_k, target)) in enumerate(zip(kinds, options, strict=True))
        ]
        s.flush()
        if ranking.is_whole(clean_rules):
            _price_options(row, clean_rules)
        record = _record(row)
    return Outcome(record, uow.changes)


def _price_options(row: m.RoundRow, clean_rules: dict[str, Any]) -> None:
    """A round with whole fiches is given its costs per fiche (the options have no id
    yet); they are kept per option, as phones see them."""
    by_target = {(o.proposal_id or o.swot_item_id or o.path_id): o.id for o in row.options}
    costs = clean_rules["costs"]
    unknown = [t for t in costs if t not in by_target and t not in by_target.values()]
    if unknown:
        raise ValidationError(
            msg("Kost voor iets dat niet in de ronde staat: {ids}.", ids=", ".join(unknown)),
            "costs",
        )
    priced = dict(clean_rules)
    priced["costs"] = {by_target.get(t, t): cost for t, cost in costs.items()}
    ranking.check_costs(priced, [o.id for o in row.options])
    row.rules_json = json.dumps(priced, ensure_ascii=False)


def _set_status(store: Store, round_id: str, status: RoundStatus) -> Outcome[records.VotingRound]:
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.RoundRow, round_id)
        current = RoundStatus(row.status)
        if status is RoundStatus.OPEN:
            if current is RoundStatus.CLOSED:
                raise ValidationError(
                    msg("Ronde '{title}' is gesloten en kan niet opnieuw open.", title=row.title),
                    "status",
                )
            if row.method == VotingMethod.SURVEY.value:
                _check_survey_can_open(s, row)
            elif row.method == VotingMethod.IDEAS.value:
                pass  # phones write; there is nothing to vote on
            elif not row.options:
                raise ValidationError(
                    msg(
                        "Ronde '{title}' heeft geen opties om op te stemmen: maak een ronde "
                        "met minstens één voorstel, SWOT-punt of ontwikkelpad.",
                        title=row.title,
                    ),
                    "status",
                )
            other = s.scalar(
                select(m.RoundRow).where(
                    m.RoundRow.workshop_id == row.workshop_id,
                    m.RoundRow.status == RoundStatus.OPEN.value,
                    m.RoundRow.id != row.id,
                )
            )
            if other is not None:
                raise ValidationError(
                    msg("Ronde '{title}' is nog open: sluit die eerst.", title=other.title),
                    "status",
                )
        elif status is RoundStatus.CLOSED and current is RoundStatus.DRAFT:
            raise ValidationError(
                msg("Ronde '{title}' is nog niet geopend.", title=row.title), "status"
            )
        if status is RoundStatus.CLOSED and current is RoundStatus.OPEN:
            _forget_voters(s, row)
        row.status = status.value
        s.flush()
        record = _record(row)
    return Outcome(record, uow.changes)


def _check_survey_can_open(session: Session, row: m.RoundRow) -> None:
    """A survey asks the internal areas, and every answer belongs to a cluster."""
    internal = session.scalar(
        select(func.count())
        .select_from(m.AreaRow)
        .where(m.AreaRow.workshop_id == row.workshop_id, m.AreaRow.kind == "internal")
    )
    if not internal:
        raise ValidationError(
            msg(
                "Bevraging '{title}': de workshop heeft nog geen interne domeinen.",
                title=row.title,
            ),
            "status",
        )
    clusters = session.scalar(
        select(func.count()).select_from(m.ClusterRow).filter_by(workshop_id=row.workshop_id)
    )
    if not clusters:
        raise ValidationError(
            msg(
                "Bevraging '{title}': maak eerst de clusters, de antwoorden tellen per cluster.",
                title=row.title,
            ),
            "status",
        )


def _forget_voters(session: Session, row: m.RoundRow) -> None:
    """The round closes: no ballot can be replaced any more, so the keys that tied
    ballots to phones go (each ballot a fresh random key), and so does the secret
    they were made with (the round's token)."""
    ids = list(session.scalars(select(m.BallotRow.id).where(m.BallotRow.round_id == row.id)))
    if ids:
        table = m.BallotRow.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("ballot"))
            .values(voter_key=bindparam("fresh")),
            [{"ballot": i, "fresh": secrets.token_hex(32)} for i in ids],
        )
    # An ideas round's phones: still counted, no longer recognisable.
    senders = list(
        session.scalars(select(m.IdeaSenderRow.id).where(m.IdeaSenderRow.round_id == row.id))
    )
    if senders:
        table = m.IdeaSenderRow.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("sender"))
            .values(voter_key=bindparam("fresh")),
            [{"sender": i, "fresh": secrets.token_hex(32)} for i in senders],
        )
    row.token = new_token()


def open_round(store: Store, round_id: str) -> Outcome[records.VotingRound]:
    return _set_status(store, round_id, RoundStatus.OPEN)


def close_round(store: Store, round_id: str) -> Outcome[records.VotingRound]:
    """Close the round; its ballots forget their phones (see :func:`_forget_voters`),
    and the WAL, which still holds the old keys in the order they came, is emptied."""
    outcome = _set_status(store, round_id, RoundStatus.CLOSED)
    store.truncate_wal()
    return outcome


def update_round(store: Store, round_id: str, **values: Any) -> Outcome[records.VotingRound]:
    """Title, question, top_n and revealed any time; rules only while a draft; a round
    may become named only while a draft, and anonymous only while it has no ballot;
    ``devices_per_address`` any time (a shared tablet turns up mid-round)."""
    allowed = {"title", "question", "anonymous", "top_n", "revealed", "rules"}
    allowed.add("devices_per_address")
    if set(values) - allowed:
        unknown = ", ".join(sorted(set(values) - allowed))
        raise ValidationError(msg("Onbekend veld: {fields}.", fields=unknown))
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.RoundRow, round_id)
        if "title" in values:
            row.title = rules.required_text(values["title"], msg("De titel van de ronde"), "title")
        if "question" in values:
            row.question = rules.optional_text(values["question"], msg("De vraag"), "question")
        if (
            "anonymous" in values
            and not values["anonymous"]
            and row.method == VotingMethod.SURVEY.value
        ):
            raise ValidationError(msg("Een bevraging is altijd anoniem."), "anonymous")
        if (
            "anonymous" in values
            and not values["anonymous"]
            and row.anonymous
            and row.status != RoundStatus.DRAFT.value
        ):
            # Its ballots were cast on the promise of anonymity (named to anonymous is fine).
            raise ValidationError(
                msg("Een anonieme ronde kan niet meer op naam zodra ze geopend is."), "anonymous"
            )
        if (
            values.get("anonymous")
            and not row.anonymous
            and s.scalar(select(func.count()).select_from(m.BallotRow).filter_by(round_id=row.id))
        ):
            # The ballots already cast carry names and their own times: calling the
            # round anonymous now would promise what they do not keep.
            raise ValidationError(
                msg(
                    "Ronde '{title}' heeft al stemmen op naam: ze kan niet meer anoniem worden. "
                    "Maak een nieuwe, anonieme ronde.",
                    title=row.title,
                ),
                "anonymous",
            )
        for key in ("anonymous", "revealed"):
            if key in values:
                setattr(row, key, bool(values[key]))
        if "top_n" in values:
            row.top_n = max(0, int(values["top_n"]))
        if "devices_per_address" in values:
            row.devices_per_address = devices_per_address(values["devices_per_address"])
        if "rules" in values:
            if row.status != RoundStatus.DRAFT.value:
                raise ValidationError(
                    msg("De regels liggen vast zodra de ronde geopend is."), "rules"
                )
            clean = ranking.validate_rules(VotingMethod(row.method), values["rules"])
            ranking.check_costs(clean, [o.id for o in row.options])
            row.rules_json = json.dumps(clean, ensure_ascii=False)
        uow.session.flush()
        record = _record(row)
    return Outcome(record, uow.changes)


def voter_key(voting_round: m.RoundRow, voter: str) -> str:
    """What is stored instead of the device's voter id: enough to replace a ballot
    on a re-vote, not enough to recognise the device elsewhere: HMAC-SHA256 of the
    id, keyed with the round's secret token (see the module docstring; the keys are
    replaced by random ones at close). Ballots and phone survey answers alike."""
    return keyed_voter_key(voting_round.token, voter)


keyed_voter_key = ballots.keyed_voter_key
legacy_voter_key = ballots.legacy_voter_key


@dataclass(frozen=True)
class BallotInput:
    entries: Any  # the JSON shape of VOTING-API.md for the round's method
    voter: str | None = None  # None: a paper ballot
    cluster_id: str | None = None
    participant_id: str | None = None


def store_ballot(
    session: Session, row: m.RoundRow, ballot: BallotInput, id: str | None = None
) -> m.BallotRow:
    """Validate and store (or replace) one ballot in ``session`` by the one ballot rule
    (app.services.ballots); the caller commits."""
    if ballot.cluster_id is not None:
        common.get(session, m.ClusterRow, ballot.cluster_id, row.workshop_id)
    if ballot.participant_id is not None and not row.anonymous:
        common.get(session, m.ParticipantRow, ballot.participant_id, row.workshop_id)
    session.flush()  # the round and its options, when they were made in this session
    source = BallotSource.PHONE if ballot.voter else BallotSource.PAPER
    done = ballots.store(
        session,
        ballots.Box.of(row),
        [
            ballots.Ballot(
                ballot.entries,
                source,
                ballot.voter,
                ballot.cluster_id,
                ballot.participant_id,
                id,
            )
        ],
    )
    if done.refused:
        raise done.refused[0][1]
    stored = session.get(m.BallotRow, done.ids[0])
    assert stored is not None
    return stored


def cast_ballot(
    store: Store, round_id: str, ballot: BallotInput, id: str | None = None
) -> Outcome[records.Ballot]:
    """One ballot into an open round; a second one from the same voter replaces the first.
    Returns only after the commit. ``id`` puts a paper ballot back under its old id
    (redo after an undo)."""
    with store.transaction() as uow:
        row = common.get(uow.session, m.RoundRow, round_id)
        if row.status != RoundStatus.OPEN.value:
            raise ValidationError(msg("Ronde '{title}' is niet open.", title=row.title), "round_id")
        new = store_ballot(uow.session, row, ballot, id=id)
        uow.session.flush()
        record = convert.ballot(new)
    return Outcome(record, uow.changes)


def remove_paper_ballot(store: Store, ballot_id: str) -> Outcome[records.Ballot]:
    """Take a paper ballot out again (one typed wrongly) while its round is open.

    A phone's ballot stays: only its phone replaces it. Returns the ballot as it was.
    """
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.BallotRow, ballot_id)
        if row.source != BallotSource.PAPER.value:
            raise ValidationError(
                msg(
                    "Een stem van een telefoon kan je niet verwijderen; de telefoon kan ze wel "
                    "aanpassen."
                ),
                "ballot_id",
            )
        voting_round = common.get(s, m.RoundRow, row.round_id)
        if voting_round.status != RoundStatus.OPEN.value:
            raise ValidationError(
                msg(
                    "Ronde '{title}' is niet meer open: de stembrief blijft.",
                    title=voting_round.title,
                ),
                "ballot_id",
            )
        record = convert.ballot(row)
        s.delete(row)
        s.flush()
    return Outcome(record, uow.changes)


@dataclass(frozen=True)
class RankedResult:
    rank: int
    option_id: str
    title: str
    score: float
    # A score round: the mean per criterion (by title), CLI.md's ``criteria``.
    criteria: dict[str, float] | None = None


@dataclass(frozen=True)
class Results:
    round: records.VotingRound
    ballots: int
    ranking: list[RankedResult]
    # A budget round with whole fiches: the options that fit the budget, in ranking
    # order (ranking.fitting); None for any other round.
    fits: list[str] | None = None

    def as_json(self) -> dict[str, Any]:
        """The shape of CLI.md's ``results --json``."""
        extra: dict[str, Any] = {} if self.fits is None else {"fits": list(self.fits)}
        return {
            "round": {
                "id": self.round.id,
                "title": self.round.title,
                "method": self.round.method.value,
                "status": self.round.status.value,
            },
            "ballots": self.ballots,
            "ranking": [
                {"rank": r.rank, "option_id": r.option_id, "title": r.title, "score": r.score}
                | ({} if r.criteria is None else {"criteria": r.criteria})
                for r in self.ranking
            ],
        } | extra


def results(store: Store, round_id: str, cluster_id: str | None = None) -> Results:
    """The ranking of a round (open or closed), for everyone or one cluster's ballots."""
    with store.reading() as uow:
        s = uow.session
        row = common.get(s, m.RoundRow, round_id)
        record = _record(row)
        query = select(m.BallotRow).where(m.BallotRow.round_id == round_id)
        if cluster_id is not None:
            query = query.where(m.BallotRow.cluster_id == cluster_id)
        ballot_rows = list(s.scalars(query))
        entries_by_ballot: dict[str, list[ranking.Entry]] = {b.id: [] for b in ballot_rows}
        entry_query = (
            select(m.BallotEntryRow)
            .join(m.BallotRow, m.BallotRow.id == m.BallotEntryRow.ballot_id)
            .where(m.BallotRow.round_id == round_id)
        )
        for e in s.scalars(entry_query):
            if e.ballot_id in entries_by_ballot:
                entries_by_ballot[e.ballot_id].append(
                    ranking.Entry(e.option_id, e.value, e.criterion_id)
                )
    titles = {o.id: o.title for o in record.options}
    option_ids = [o.id for o in record.options]
    ranked = ranking.tally(record.method, record.rules, option_ids, entries_by_ballot.values())
    means: dict[str, dict[str, float]] = {}
    if record.method is VotingMethod.SCORE:
        means = ranking.criterion_means(record.rules, option_ids, entries_by_ballot.values())
    whole = record.method is VotingMethod.BUDGET and ranking.is_whole(record.rules)
    return Results(
        record,
        len(ballot_rows),
        [
            RankedResult(
                r.rank,
                r.option_id,
                titles[r.option_id],
                r.score,
                means.get(r.option_id) if record.method is VotingMethod.SCORE else None,
            )
            for r in ranked
        ],
        ranking.fitting(ranked, record.rules) if whole else None,
    )


def find_round(store: Store, workshop_id: str, ref: str) -> records.VotingRound:
    """A round by id or by its 1-based position in the list (CLI.md's ROUND)."""
    all_rounds = rounds.list(store, workshop_id)
    if ref.isdigit() and 1 <= int(ref) <= len(all_rounds):
        return all_rounds[int(ref) - 1]
    for r in all_rounds:
        if r.id == ref:
            return r
    raise NotFound(
        msg(
            "Geen stemronde {ref}: geef een id of een nummer van 1 tot {count}.",
            ref=repr(ref),
            count=len(all_rounds),
        )
    )


# -- ties and re-votes: the round rules the window and the CLI share -----------------------


@dataclass(frozen=True)
class Tie:
    """Options tied across a closed round's top-N boundary, and those ranked above
    the tie (already in the top N), both in ranking order."""

    round: records.VotingRound
    tied: tuple[str, ...]
    above: tuple[str, ...]

    @property
    def place(self) -> int:
        """The place the tie is about: the round's top N."""
        return self.round.top_n

    @property
    def seats_left(self) -> int:
        """How many of the tied options the re-vote must choose."""
        return max(0, self.round.top_n - len(self.above))


def tie(store: Store, round_id: str) -> Tie | None:
    """The tie a closed round with a top N has at its boundary (over all ballots),
    or None: a draft or open round, no top N, or a clear cut."""
    res = results(store, round_id)
    r = res.round
    if not r.top_n or r.status is not RoundStatus.CLOSED:
        return None
    ranked = [ranking.RankedOption(x.rank, x.option_id, x.score) for x in res.ranking]
    tied = ranking.tied_at_top(ranked, r.top_n)
    if not tied:
        return None
    boundary = min(x.rank for x in res.ranking if x.option_id in tied)
    above = tuple(x.option_id for x in res.ranking if x.rank < boundary)
    return Tie(r, tuple(x.option_id for x in res.ranking if x.option_id in tied), above)


def revote(
    store: Store, round_id: str, title: str | None = None, id: str | None = None
) -> Outcome[records.VotingRound]:
    """A new draft round over only the tied options of ``round_id``: same method,
    question and anonymity; dots and ranks scaled to the fewer options; top N the
    seats still open. Options whose target was deleted since cannot be voted on
    again and are left out. ``id`` re-creates it under its old id (redo)."""
    found = tie(store, round_id)
    if found is None:
        raise ValidationError(
            msg("Deze ronde heeft geen gelijke stand rond haar top; er is geen herstemming nodig."),
            "round_id",
        )
    r = found.round
    by_id = {o.id: o for o in r.options}
    options = [
        (by_id[i].kind, target) for i in found.tied if (target := by_id[i].target_id) is not None
    ]
    rules_ = dict(r.rules)
    if r.method is VotingMethod.DOTS:
        rules_ = ranking.default_rules(VotingMethod.DOTS, len(options))
    elif r.method is VotingMethod.RANK:
        rules_ = {"max_ranked": min(r.rules["max_ranked"], len(options))}
    elif ranking.is_whole(r.rules):
        # The costs go with the fiches, keyed by what they are (create_round prices
        # the new options).
        rules_["costs"] = {
            target: r.rules["costs"][i]
            for i in found.tied
            if (target := by_id[i].target_id) is not None and i in r.rules["costs"]
        }
    return create_round(
        store,
        r.workshop_id,
        title if title is not None else msg("Herstemming: {title}", title=r.title),
        r.method,
        options,
        rules_,
        question=r.question,
        anonymous=r.anonymous,
        top_n=found.seats_left,
        id=id,
    )
