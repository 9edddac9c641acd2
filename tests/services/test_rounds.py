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
