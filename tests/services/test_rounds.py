import pytest

from app.domain.errors import NotFound, ValidationError
from app.services import proposals, rounds
from app.services.inventory import check
from app.services.rounds import BallotInput


@pytest.fixture
def dots_round(store, workshop):
    ids = [proposals.create_proposal(store, workshop.id, title=t).value.id for t in ("A", "B", "C")]
    made = rounds.create_round(
        store,
        workshop.id,
        "Prioriteiten",
        "dots",
        [("proposal", i) for i in ids],
        rules_={"dots": 3, "max_per_option": 2},
    ).value
    return made


def test_round_lifecycle(store, workshop, dots_round):
    assert dots_round.status.value == "draft"
    assert len(dots_round.token) >= 12
    with pytest.raises(ValidationError, match="niet open"):
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter="v" * 16))
    with pytest.raises(ValidationError, match="nog niet geopend"):
        rounds.close_round(store, dots_round.id)
    rounds.open_round(store, dots_round.id)
    rounds.close_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="gesloten"):
        rounds.open_round(store, dots_round.id)


def test_only_one_round_open_at_a_time(store, workshop, dots_round):
    second = rounds.create_round(
        store, workshop.id, "Tweede", "rank", [(o.kind, o.target_id) for o in dots_round.options]
    ).value
    rounds.open_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="nog open"):
        rounds.open_round(store, second.id)


def test_a_new_ballot_from_the_same_voter_replaces_the_first(store, workshop, dots_round):
    a, b, _ = (o.id for o in dots_round.options)
    rounds.open_round(store, dots_round.id)
    rounds.cast_ballot(store, dots_round.id, BallotInput({a: 2}, voter="telefoon-0000001"))
    rounds.cast_ballot(store, dots_round.id, BallotInput({b: 2, a: 1}, voter="telefoon-0000001"))
    rounds.cast_ballot(store, dots_round.id, BallotInput({b: 1}))  # paper
    result = rounds.results(store, dots_round.id)
    assert result.ballots == 2
    assert [(r.title, r.score, r.rank) for r in result.ranking] == [
        ("B", 3.0, 1),
        ("A", 1.0, 2),
        ("C", 0.0, 3),
    ]
    assert result.as_json()["ranking"][0]["rank"] == 1
    assert check(store).sound


def test_invalid_ballot_changes_nothing(store, workshop, dots_round):
    rounds.open_round(store, dots_round.id)
    a = dots_round.options[0].id
    with pytest.raises(ValidationError, match="per optie"):
        rounds.cast_ballot(store, dots_round.id, BallotInput({a: 3}, voter="telefoon-0000001"))
    assert rounds.results(store, dots_round.id).ballots == 0


@pytest.mark.sqlite_only
def test_voter_id_is_not_stored(store, workshop, dots_round):
    rounds.open_round(store, dots_round.id)
    voter = "geheime-telefoon-id-123"
    rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voter))
    raw = store.path.read_bytes() + store.path.with_name(store.path.name + "-wal").read_bytes()
    assert voter.encode() not in raw


def test_named_ballots_only_in_named_rounds(store, workshop, dots_round):
    from app.services import organisation

    person = organisation.participants.create(store, workshop.id, name="Zoë").value
    rounds.open_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="anoniem"):
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, participant_id=person.id))


def test_options_keep_their_title_when_the_proposal_goes(store, workshop, dots_round):
    proposals.proposals.delete(store, dots_round.options[0].target_id)
    kept = rounds.rounds.get(store, dots_round.id).options[0]
    assert (kept.title, kept.target_id) == ("A", None)


def test_find_round_by_position_or_id(store, workshop, dots_round):
    assert rounds.find_round(store, workshop.id, "1").id == dots_round.id
    assert rounds.find_round(store, workshop.id, dots_round.id).id == dots_round.id
    with pytest.raises(NotFound, match="van 1 tot 1"):
        rounds.find_round(store, workshop.id, "2")


def test_default_rules_suggest_dots(store, workshop):
    ids = [proposals.create_proposal(store, workshop.id, title=str(n)).value.id for n in range(12)]
    made = rounds.create_round(
        store, workshop.id, "R", "dots", [("proposal", i) for i in ids]
    ).value
    assert made.rules["dots"] == 4


# --- named rounds


@pytest.fixture
def people(store, workshop):
    from app.services import organisation

    cluster = organisation.clusters.create(store, workshop.id, name="Welzijn").value
    named = organisation.participants.create(
        store, workshop.id, name="Zoë", cluster_id=cluster.id
    ).value
    nameless = organisation.participants.create(store, workshop.id, name=None).value
    return named, nameless, cluster


def test_a_named_round_stores_the_participant_and_their_cluster(
    store, workshop, dots_round, people
):
    named, nameless, cluster = people
    options = [(o.kind, o.target_id) for o in dots_round.options]
    r = rounds.create_round(store, workshop.id, "Op naam", "dots", options, anonymous=False).value
    rounds.open_round(store, r.id)
    a = r.options[0].id
    made = rounds.cast_ballot(store, r.id, BallotInput({a: 1}, participant_id=named.id)).value
    assert (made.participant_id, made.cluster_id) == (named.id, cluster.id)
    assert rounds.results(store, r.id, cluster_id=cluster.id).ballots == 1
    with pytest.raises(ValidationError, match="met een naam"):
        rounds.cast_ballot(store, r.id, BallotInput({a: 1}, participant_id=nameless.id))
    with pytest.raises(NotFound):
        rounds.cast_ballot(store, r.id, BallotInput({a: 1}, participant_id="niemand"))
    assert rounds.results(store, r.id).ballots == 1


@pytest.mark.sqlite_only
def test_an_anonymous_round_stores_no_participant(store, workshop, dots_round, people):
    import sqlite3

    named, _nameless, _cluster = people
    rounds.open_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="anoniem"):
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, participant_id=named.id))
    rounds.cast_ballot(store, dots_round.id, BallotInput({}))
    con = sqlite3.connect(store.path)
    try:
        rows = con.execute("SELECT participant_id FROM ballot").fetchall()
    finally:
        con.close()
    assert rows == [(None,)]


def test_an_anonymous_round_cannot_become_named_once_it_opened(store, workshop, dots_round):
    rounds.update_round(store, dots_round.id, anonymous=False)  # a draft may still change
    rounds.update_round(store, dots_round.id, anonymous=True)
    rounds.open_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="niet meer op naam zodra ze geopend is"):
        rounds.update_round(store, dots_round.id, anonymous=False)
    rounds.update_round(store, dots_round.id, anonymous=True, title="Zelfde")  # no change: fine
    assert rounds.rounds.get(store, dots_round.id).anonymous
    # The other way round only adds privacy: a named round may become anonymous.
    options = [(o.kind, o.target_id) for o in dots_round.options]
    named = rounds.create_round(store, workshop.id, "N", "dots", options, anonymous=False).value
    rounds.close_round(store, dots_round.id)
    rounds.open_round(store, named.id)
    assert rounds.update_round(store, named.id, anonymous=True).value.anonymous


# --- rounds without options; rounds over SWOT points and paths


def test_a_round_without_options_cannot_open(store, workshop):
    r = rounds.create_round(store, workshop.id, "Leeg", "dots", []).value
    with pytest.raises(ValidationError) as refused:
        rounds.open_round(store, r.id)
    assert str(refused.value) == (
        "Ronde 'Leeg' heeft geen opties om op te stemmen: maak een ronde met minstens één "
        "voorstel, SWOT-punt of ontwikkelpad."
    )
    assert rounds.rounds.get(store, r.id).status.value == "draft"


def test_a_round_over_swot_points(store, workshop):
    from app.services import swot

    texts = ("Sterke lokale verenigingen", "Weinig openbaar vervoer", "Vergrijzing")
    points = [
        swot.items.create(store, workshop.id, quadrant=q, text=t).value
        for q, t in zip("SWT", texts, strict=True)
    ]
    r = rounds.create_round(
        store, workshop.id, "SWOT", "rank", [("swot_item", p.id) for p in points]
    ).value
    assert [(o.kind.value, o.title, o.target_id) for o in r.options] == [
        ("swot_item", p.text, p.id) for p in points
    ]
    assert r.rules == {"max_ranked": 3}
    rounds.open_round(store, r.id)
    o = [x.id for x in r.options]
    rounds.cast_ballot(store, r.id, BallotInput([o[1], o[0]]))
    rounds.cast_ballot(store, r.id, BallotInput([o[1]], voter="telefoon-0000000001"))
    result = rounds.results(store, r.id)
    assert [(x.title, x.score, x.rank) for x in result.ranking] == [
        ("Weinig openbaar vervoer", 6.0, 1),
        ("Sterke lokale verenigingen", 2.0, 2),
        ("Vergrijzing", 0.0, 3),
    ]
    swot.items.delete(store, points[1].id)  # the point goes; the round keeps its title
    kept = rounds.rounds.get(store, r.id).options[1]
    assert (kept.title, kept.target_id) == ("Weinig openbaar vervoer", None)


def test_a_round_over_development_paths(store, workshop):
    from app.services import paths

    made = [
        paths.create_path(store, workshop.id, title=t, description=d).value
        for t, d in (("Wendbare organisatie", "Sneller beslissen"), ("Dicht bij de burger", ""))
    ]
    r = rounds.create_round(
        store, workshop.id, "Paden", "dots", [("path", p.id) for p in made]
    ).value
    assert [(o.kind.value, o.title, o.description) for o in r.options] == [
        ("path", "Wendbare organisatie", "Sneller beslissen"),
        ("path", "Dicht bij de burger", ""),
    ]
    rounds.open_round(store, r.id)
    rounds.cast_ballot(store, r.id, BallotInput({r.options[1].id: 1}))
    assert rounds.results(store, r.id).ranking[0].title == "Dicht bij de burger"
    with pytest.raises(ValidationError, match="één keer"):
        rounds.create_round(store, workshop.id, "Dubbel", "dots", [("path", made[0].id)] * 2)


# --- taking a paper ballot out again


def test_a_paper_ballot_can_be_taken_out_while_the_round_is_open(store, workshop, dots_round):
    rounds.open_round(store, dots_round.id)
    a, b, _ = (o.id for o in dots_round.options)
    kept = rounds.cast_ballot(store, dots_round.id, BallotInput({a: 1})).value
    wrong = rounds.cast_ballot(store, dots_round.id, BallotInput({b: 2})).value
    phone = rounds.cast_ballot(
        store, dots_round.id, BallotInput({b: 1}, voter="telefoon-0000000009")
    ).value
    removed = rounds.remove_paper_ballot(store, wrong.id)
    assert removed.value.id == wrong.id and "ballot" in removed.changes.deleted
    scores = {x.option_id: x.score for x in rounds.results(store, dots_round.id).ranking}
    assert (scores[a], scores[b]) == (1.0, 1.0)
    with pytest.raises(ValidationError, match="telefoon"):
        rounds.remove_paper_ballot(store, phone.id)
    # Put back under its own id (redo).
    again = rounds.cast_ballot(store, dots_round.id, BallotInput({b: 2}), id=wrong.id).value
    assert again.id == wrong.id
    assert rounds.results(store, dots_round.id).ballots == 3
    rounds.close_round(store, dots_round.id)
    with pytest.raises(ValidationError, match="niet meer open"):
        rounds.remove_paper_ballot(store, kept.id)
    assert rounds.results(store, dots_round.id).ballots == 3


# --- the voter key


def _keys(store):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with store.engine.connect() as con:  # either store: a file or a server
        sql = text("SELECT voter_key FROM ballot WHERE source = 'phone'")
        return [k for (k,) in con.execute(sql)]


def test_the_voter_key_is_keyed_with_the_rounds_secret(store, workshop, dots_round):
    import hashlib
    import hmac

    voter = "telefoon-0123456789ab"
    rounds.open_round(store, dots_round.id)
    rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voter))
    secret = rounds.rounds.get(store, dots_round.id).token
    unkeyed = hashlib.sha256(f"{dots_round.id}:{voter}".encode()).hexdigest()
    keyed = hmac.new(secret.encode(), voter.encode(), hashlib.sha256).hexdigest()
    assert _keys(store) == [keyed] and keyed != unkeyed
    # Another round keys the same phone differently: ballots do not link across rounds.
    other = rounds.create_round(
        store, workshop.id, "Andere", "dots", [(o.kind, o.target_id) for o in dots_round.options]
    ).value
    assert rounds.voter_key(_row(store, other.id), voter) != keyed


def _row(store, round_id):  # type: ignore[no-untyped-def]
    from app.storage import models as m

    with store.reading() as uow:
        row = uow.session.get(m.RoundRow, round_id)
        uow.session.expunge(row)
        return row


def test_closing_a_round_unlinks_its_ballots_from_the_phones(store, workshop, dots_round):
    voters = [f"telefoon-{n:014d}" for n in range(5)]
    rounds.open_round(store, dots_round.id)
    for voter in voters:
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voter))
    rounds.cast_ballot(store, dots_round.id, BallotInput({}))  # paper
    before = set(_keys(store))
    row = _row(store, dots_round.id)
    assert before == {rounds.voter_key(row, v) for v in voters}
    rounds.close_round(store, dots_round.id)
    after = _keys(store)
    closed = _row(store, dots_round.id)
    assert len(set(after)) == len(voters) and not set(after) & before
    assert closed.token != row.token  # the secret is gone too
    recomputable = {rounds.voter_key(r, v) for r in (row, closed) for v in voters}
    recomputable |= {rounds.legacy_voter_key(dots_round.id, v) for v in voters}
    assert not recomputable & set(after)
    assert rounds.results(store, dots_round.id).ballots == 6
    assert check(store).sound


# --- nothing in a copy or a leftover file links a ballot to a phone (issue 15)


def _secrets_of(store, round_id, voters):  # type: ignore[no-untyped-def]
    """What would link a ballot of an open round to a phone: the round's secret, every
    phone's keyed and legacy key (as text, as SQLite stores them)."""
    row = _row(store, round_id)
    found = {row.token.encode()}
    found |= {rounds.voter_key(row, v).encode() for v in voters}
    found |= {rounds.legacy_voter_key(round_id, v).encode() for v in voters}
    return found


@pytest.mark.sqlite_only
def test_a_backup_made_while_a_round_is_open_holds_no_secret_or_voter_key(
    store, workshop, dots_round
):
    import sqlite3

    voters = [f"telefoon-{n:014d}" for n in range(5)]
    rounds.open_round(store, dots_round.id)
    for voter in voters:
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voter))
    linking = _secrets_of(store, dots_round.id, voters)
    copy = store.backup("periodiek")
    raw = copy.read_bytes()
    assert [s for s in linking if s in raw] == []
    # The copy is still a sound store with every ballot, and the live store still
    # recognises a phone that votes again (its key is unchanged there).
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM ballot").fetchone() == (5,)
        assert con.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        con.close()
    rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voters[0]))
    assert rounds.results(store, dots_round.id).ballots == 5


@pytest.mark.sqlite_only
def test_after_closing_neither_the_wal_nor_the_file_holds_a_voter_key(store, workshop, dots_round):
    voters = [f"telefoon-{n:014d}" for n in range(20)]
    rounds.open_round(store, dots_round.id)
    for voter in voters:
        rounds.cast_ballot(store, dots_round.id, BallotInput({}, voter=voter))
    linking = _secrets_of(store, dots_round.id, voters)
    rounds.close_round(store, dots_round.id)
    wal = store.path.with_name(store.path.name + "-wal")
    raw = store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert [s for s in linking if s in raw] == []
    assert rounds.results(store, dots_round.id).ballots == 20


def test_a_named_round_with_ballots_cannot_become_anonymous(store, workshop, dots_round, people):
    named, _nameless, _cluster = people
    options = [(o.kind, o.target_id) for o in dots_round.options]
    r = rounds.create_round(store, workshop.id, "Op naam", "dots", options, anonymous=False).value
    rounds.open_round(store, r.id)
    assert rounds.update_round(store, r.id, anonymous=True).value.anonymous  # no ballot yet
    other = rounds.create_round(store, workshop.id, "N2", "dots", options, anonymous=False).value
    rounds.close_round(store, r.id)
    rounds.open_round(store, other.id)
    rounds.cast_ballot(store, other.id, BallotInput({}, participant_id=named.id))
    with pytest.raises(ValidationError, match="al stemmen"):
        rounds.update_round(store, other.id, anonymous=True)
    assert not rounds.rounds.get(store, other.id).anonymous


# --- one ballot rule: phones, paper and imports alike (issues 15 and 16)


def test_one_ballot_per_person_and_it_counts_for_their_cluster(store, workshop, dots_round, people):
    from app.services import organisation, voting

    named, _nameless, cluster = people
    other = organisation.clusters.create(store, workshop.id, name="Ruimte").value
    options = [(o.kind, o.target_id) for o in dots_round.options]
    r = rounds.create_round(store, workshop.id, "Op naam", "dots", options, anonymous=False).value
    rounds.open_round(store, r.id)
    a, b, c = (o.id for o in r.options)
    # A phone names Zoë and picks another cluster: the ballot is Zoë's, of her cluster.
    token = voting.join_token(store, workshop.id)
    phone = voting.PhoneBallot(token, r.id, "telefoon-van-zoe-001", {a: 1}, "Ruimte", named.id)
    (receipt,) = voting.cast_phone_ballots(store, [phone])
    assert receipt.verdict is voting.Verdict.ACCEPTED
    assert rounds.results(store, r.id, cluster_id=cluster.id).ballots == 1
    assert rounds.results(store, r.id, cluster_id=other.id).ballots == 0
    # Then a paper ballot for Zoë, with the other cluster ticked: it replaces the phone's.
    paper = rounds.cast_ballot(
        store, r.id, BallotInput({b: 1}, cluster_id=other.id, participant_id=named.id)
    ).value
    assert (paper.participant_id, paper.cluster_id) == (named.id, cluster.id)
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    assert {x.option_id: x.score for x in result.ranking} == {a: 0.0, b: 1.0, c: 0.0}
    # A second phone for Zoë replaces the paper ballot in turn; a nameless ballot stays apart.
    phone2 = voting.PhoneBallot(token, r.id, "telefoon-van-zoe-002", {c: 1}, None, named.id)
    voting.cast_phone_ballots(store, [phone2])
    rounds.cast_ballot(store, r.id, BallotInput({a: 1}))
    result = rounds.results(store, r.id)
    assert result.ballots == 2
    assert {x.option_id: x.score for x in result.ranking} == {a: 1.0, b: 0.0, c: 1.0}
    assert check(store).sound


def test_a_paper_ballot_reports_its_change(store, workshop, dots_round):
    import uuid

    rounds.open_round(store, dots_round.id)
    outcome = rounds.cast_ballot(store, dots_round.id, BallotInput({}))
    assert outcome.changes.touches("ballot")
    put_back = str(uuid.uuid4())  # a paper ballot redone under its own id
    again = rounds.cast_ballot(store, dots_round.id, BallotInput({}), id=put_back)
    assert again.changes.ids("ballot") == {put_back}
