"""Results of rounds fed by phones and paper: ties, empty rounds, one option, mixed sources."""

from __future__ import annotations

import random
import sqlite3

import pytest

from app.domain import ranking
from app.domain.enums import VotingMethod
from app.domain.errors import ValidationError
from app.services import rounds, voting
from app.services.rounds import BallotInput
from app.services.voting import PhoneBallot, Verdict


def phone(token, round_id, n, entries, cluster=None):  # type: ignore[no-untyped-def]
    return PhoneBallot(token, round_id, f"telefoon-{n:016d}", entries, cluster)


def scores(result):  # type: ignore[no-untyped-def]
    return {r.option_id: r.score for r in result.ranking}


def test_ties_share_a_rank(store, token, made):
    r = rounds.open_round(store, made["dots"].id).value
    a, b, c, d, e = (o.id for o in r.options)
    receipts = voting.cast_phone_ballots(
        store,
        [
            phone(token, r.id, 1, {a: 2, b: 2}),
            phone(token, r.id, 2, {a: 1, b: 1, c: 3}),
            phone(token, r.id, 3, {d: 1}),
        ],
    )
    assert [x.verdict for x in receipts] == [Verdict.ACCEPTED] * 3
    result = rounds.results(store, r.id)
    assert [(x.option_id, x.rank, x.score) for x in result.ranking] == [
        (a, 1, 3.0),
        (b, 1, 3.0),
        (c, 1, 3.0),
        (d, 4, 1.0),
        (e, 5, 0.0),
    ]
    assert result.as_json()["ranking"][2]["rank"] == 1


@pytest.mark.parametrize("method", ["dots", "score", "rank", "budget"])
def test_a_round_without_ballots_ranks_everything_equal(store, made, method):
    r = rounds.open_round(store, made[method].id).value
    result = rounds.results(store, r.id)
    assert result.ballots == 0
    assert {x.rank for x in result.ranking} == {1}
    assert set(scores(result).values()) == {0.0}
    rounds.close_round(store, r.id)
    assert rounds.results(store, r.id).as_json()["ballots"] == 0


def test_a_round_with_one_option(store, workshop, token, made):
    only = made["rank"].options[0]
    r = rounds.create_round(
        store, workshop.id, "Eén voorstel", "rank", [(only.kind, only.target_id)]
    ).value
    assert r.rules == {"max_ranked": 1}
    rounds.open_round(store, r.id)
    option = r.options[0].id
    receipts = voting.cast_phone_ballots(
        store,
        [
            phone(token, r.id, 1, [option]),
            phone(token, r.id, 2, []),
            phone(token, r.id, 3, [option, option]),
        ],
    )
    assert [x.verdict for x in receipts] == [Verdict.ACCEPTED, Verdict.ACCEPTED, Verdict.INVALID]
    rounds.cast_ballot(store, r.id, BallotInput([option]))  # paper
    result = rounds.results(store, r.id)
    assert result.ballots == 3
    assert [(x.rank, x.score) for x in result.ranking] == [(1, 2.0)]  # Borda: 1 point each


def test_paper_and_phone_ballots_in_one_round(store, token, made):
    r = rounds.open_round(store, made["score"].id).value
    option_ids = [o.id for o in r.options]
    criteria = [c["id"] for c in r.rules["criteria"]]
    rng = random.Random(7)
    phone_ballots, paper_ballots = [], []
    for n in range(40):
        entries = {
            o: {c: rng.randint(1, 5) for c in criteria if rng.random() < 0.8}
            for o in option_ids
            if rng.random() < 0.7
        }
        (phone_ballots if n % 3 else paper_ballots).append(entries)
    receipts = voting.cast_phone_ballots(
        store, [phone(token, r.id, n, e) for n, e in enumerate(phone_ballots)]
    )
    assert all(x.verdict is Verdict.ACCEPTED for x in receipts)
    assert receipts[-1].ballot_count == len(phone_ballots)
    for entries in paper_ballots:
        rounds.cast_ballot(store, r.id, BallotInput(entries))
    result = rounds.results(store, r.id)
    assert result.ballots == 40

    # An independent weighted mean per option.
    weights = {c["id"]: c["weight"] for c in r.rules["criteria"]}
    expected = {}
    for o in option_ids:
        given = [
            (weights[c], s) for b in phone_ballots + paper_ballots for c, s in b.get(o, {}).items()
        ]
        total = sum(w for w, _ in given)
        expected[o] = round(sum(w * s for w, s in given) / total, 4) if total else 0.0
    assert scores(result) == pytest.approx(expected)


def test_paper_dot_totals_join_the_phones(store, token, made):
    r = rounds.open_round(store, made["dots"].id).value  # 5 dots, at most 3 per option
    a, b, c, d, e = (o.id for o in r.options)
    voting.cast_phone_ballots(
        store, [phone(token, r.id, 1, {a: 3, e: 2}), phone(token, r.id, 2, {b: 1})]
    )
    # A poster with 12 participants' dots.
    totals = {a: 20, b: 15, c: 9, d: 0, e: 14}
    made_ballots = voting.cast_paper_dot_totals(store, r.id, totals, voters=12).value
    assert len(made_ballots) == 12
    assert all(x.source.value == "paper" for x in made_ballots)
    result = rounds.results(store, r.id)
    assert result.ballots == 14
    assert scores(result) == {a: 23.0, b: 16.0, c: 9.0, d: 0.0, e: 16.0}
    assert [x.rank for x in result.ranking] == [1, 2, 2, 4, 5]


@pytest.mark.parametrize(
    ("totals", "voters", "message"),
    [
        ({"A": 10}, 3, "hoogstens 9"),  # 3 voters × at most 3 per option
        ({"A": 9, "B": 7}, 3, "16 stippen in totaal"),  # 3 voters × 5 dots = 15
        ({"A": -1}, 3, "vanaf 0"),
        ({"A": 1.5}, 3, "vanaf 0"),
        ({"onbekend": 1}, 3, "Onbekende optie"),
        ({"A": 1}, 0, "minstens 1"),
    ],
)
def test_impossible_paper_totals_are_refused(store, made, totals, voters, message):
    r = rounds.open_round(store, made["dots"].id).value
    ids = {"A": r.options[0].id, "B": r.options[1].id}
    with pytest.raises(ValidationError, match=message):
        voting.cast_paper_dot_totals(
            store, r.id, {ids.get(k, k): v for k, v in totals.items()}, voters
        )
    assert rounds.results(store, r.id).ballots == 0


def test_paper_totals_need_an_open_dots_round(store, made):
    with pytest.raises(ValidationError, match="niet open"):
        voting.cast_paper_dot_totals(store, made["dots"].id, {}, 1)
    rounds.open_round(store, made["rank"].id)
    with pytest.raises(ValidationError, match="stippenronde"):
        voting.cast_paper_dot_totals(store, made["rank"].id, {}, 1)


def test_spread_totals_always_keep_the_rules():
    rng = random.Random(3)
    rules = {"dots": 4, "max_per_option": 2}
    for _ in range(300):
        voters = rng.randint(1, 15)
        options = [f"o{i}" for i in range(rng.randint(1, 8))]
        totals = [rng.randint(0, voters * 2) for _ in options]
        while sum(totals) > voters * 4:
            totals[rng.randrange(len(totals))] //= 2
        shares = voting.spread_dot_totals(totals, voters)
        assert len(shares) == voters
        assert [sum(col) for col in zip(*shares, strict=True)] == totals
        for share in shares:
            entries = {o: n for o, n in zip(options, share, strict=True)}
            ranking.parse_entries(VotingMethod.DOTS, rules, options, entries)  # raises if not


def test_a_bad_ballot_in_a_group_costs_the_others_nothing(store, token, made):
    r = rounds.open_round(store, made["budget"].id).value
    a = r.options[0].id
    receipts = voting.cast_phone_ballots(
        store,
        [
            phone(token, r.id, 1, {a: 10}),
            phone(token, r.id, 2, {a: 10**9}),  # over budget
            phone(token, "another-round", 3, {a: 5}),
            PhoneBallot("unknown-token-000", r.id, "telefoon-0000000000000004", {a: 1}),
            phone(token, r.id, 5, {a: 1}, cluster="Bestaat niet"),
            phone(token, r.id, 1, {a: 20}),  # the same phone again: replaces its first
            phone(token, r.id, 6, {a: 30}, cluster="Ruimte"),
        ],
    )
    assert [x.verdict for x in receipts] == [
        Verdict.ACCEPTED,
        Verdict.INVALID,
        Verdict.NOT_OPEN,
        Verdict.UNKNOWN_TOKEN,
        Verdict.INVALID,
        Verdict.ACCEPTED,
        Verdict.ACCEPTED,
    ]
    assert "Hoogstens" in receipts[1].message
    assert receipts[-1].ballot_count == 2
    result = rounds.results(store, r.id)
    assert result.ballots == 2 and scores(result)[a] == 50.0


def test_join_token_is_per_workshop_and_stable(store, workshop, made, token):
    assert len(token) >= 16
    assert voting.join_token(store, workshop.id) == token
    assert voting.lobby(store, token).round is None
    rounds.open_round(store, made["rank"].id)
    lobby = voting.lobby(store, token)
    assert lobby.round.id == made["rank"].id
    assert lobby.clusters == ("Managementteam", "Ruimte", "Welzijn", "Burgerzaken")
    assert voting.lobby(store, "") is None
    assert voting.lobby(store, token[:-1]) is None
    assert voting.workshop_for_token(store, token) == workshop.id


# --- anonymity


def _rows(store, sql):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(store.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_anonymous_ballots_keep_no_time_and_no_order(store, token, made):
    r = rounds.open_round(store, made["dots"].id).value
    assert r.anonymous
    a = r.options[0].id
    for n in range(30):  # one by one, so that a rowid or a clock would show the order
        voting.cast_phone_ballots(store, [phone(token, r.id, n, {a: 1})])
        rounds.cast_ballot(store, r.id, BallotInput({a: 1}))
    stamps = _rows(
        store,
        "SELECT created_at, updated_at FROM ballot UNION ALL "
        "SELECT created_at, updated_at FROM ballot_entry",
    )
    assert len(stamps) == 120
    assert len(set(stamps)) == 1  # one time for all: the round's
    (round_created,) = _rows(store, f"SELECT created_at FROM voting_round WHERE id = '{r.id}'")[0]
    assert stamps[0] == (round_created, round_created)
    # Rows come back in the order of their random ids, not in the order they came in.
    for table in ("ballot", "ballot_entry"):
        assert (
            "WITHOUT ROWID"
            in _rows(store, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0][0]
        )
        # Columns no index covers, so that SQLite reads the table itself.
        stored = [row[0] for row in _rows(store, f"SELECT id, created_at, updated_at FROM {table}")]
        assert stored == sorted(stored)


def test_named_rounds_keep_real_times(store, workshop, token, made):
    options = [(o.kind, o.target_id) for o in made["dots"].options]
    r = rounds.create_round(store, workshop.id, "Op naam", "dots", options, anonymous=False).value
    rounds.open_round(store, r.id)
    voting.cast_phone_ballots(store, [phone(token, r.id, 1, {r.options[0].id: 1})])
    (created,) = _rows(store, "SELECT created_at FROM ballot")[0]
    (round_created,) = _rows(store, f"SELECT created_at FROM voting_round WHERE id = '{r.id}'")[0]
    assert created != round_created
