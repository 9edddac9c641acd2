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
    import uuid

    r = rounds.open_round(store, made["dots"].id).value
    assert r.anonymous
    a = r.options[0].id
    arrived: list[str] = []  # ballot ids in the order the ballots came in
    for n in range(25):  # one by one, so that a rowid or a clock would show the order
        known = {i for (i,) in _rows(store, "SELECT id FROM ballot")}
        voting.cast_phone_ballots(store, [phone(token, r.id, n, {a: 1})])
        (new,) = {i for (i,) in _rows(store, "SELECT id FROM ballot")} - known
        arrived.append(new)
        arrived.append(rounds.cast_ballot(store, r.id, BallotInput({a: 1})).value.id)
    assert len(set(arrived)) == 50
    stamps = _rows(
        store,
        "SELECT created_at, updated_at FROM ballot UNION ALL "
        "SELECT created_at, updated_at FROM ballot_entry",
    )
    assert len(stamps) == 100
    assert len(set(stamps)) == 1  # one time for all: the round's
    (round_created,) = _rows(store, f"SELECT created_at FROM voting_round WHERE id = '{r.id}'")[0]
    assert stamps[0] == (round_created, round_created)
    # Random (version 4) ids, so that the id itself tells no time and no order.
    for table in ("ballot", "ballot_entry"):
        ids = [i for (i,) in _rows(store, f"SELECT id FROM {table}")]
        assert {uuid.UUID(i).version for i in ids} == {4}
        assert {uuid.UUID(i).variant for i in ids} == {uuid.RFC_4122}
    # Rows come back in the order of their random ids, not in the order they came in.
    for table in ("ballot", "ballot_entry"):
        assert (
            "WITHOUT ROWID"
            in _rows(store, f"SELECT sql FROM sqlite_master WHERE name = '{table}'")[0][0]
        )
    # Columns no index covers, so that SQLite reads the table itself.
    stored = [row[0] for row in _rows(store, "SELECT id, created_at, updated_at FROM ballot")]
    assert sorted(stored) == sorted(arrived)
    assert stored != arrived  # 50 random ids in arrival order: a chance of 1 in 50!
    assert stored == sorted(stored)
    # Nor do the entries keep their ballots' arrival order.
    entry_owners = [row[0] for row in _rows(store, "SELECT ballot_id, value FROM ballot_entry")]
    assert entry_owners != arrived


def test_named_rounds_keep_real_times(store, workshop, token, made):
    options = [(o.kind, o.target_id) for o in made["dots"].options]
    r = rounds.create_round(store, workshop.id, "Op naam", "dots", options, anonymous=False).value
    rounds.open_round(store, r.id)
    voting.cast_phone_ballots(store, [phone(token, r.id, 1, {r.options[0].id: 1})])
    (created,) = _rows(store, "SELECT created_at FROM ballot")[0]
    (round_created,) = _rows(store, f"SELECT created_at FROM voting_round WHERE id = '{r.id}'")[0]
    assert created != round_created


# --- per cluster


def test_each_cluster_has_its_own_scores_and_ranks(store, token, made):
    from app.services import organisation

    r = rounds.open_round(store, made["dots"].id).value  # 5 dots, at most 3 per option
    a, b, c, d, e = (o.id for o in r.options)
    receipts = voting.cast_phone_ballots(
        store,
        [
            phone(token, r.id, 1, {a: 3, b: 2}, cluster="Ruimte"),
            phone(token, r.id, 2, {a: 1, c: 1}, cluster="Ruimte"),
            phone(token, r.id, 3, {b: 3, d: 2}, cluster="Welzijn"),
            phone(token, r.id, 4, {d: 3, e: 2}, cluster="Welzijn"),
            phone(token, r.id, 5, {e: 1}),  # no cluster: counts only in the whole
        ],
    )
    assert {x.verdict for x in receipts} == {Verdict.ACCEPTED}
    clusters = {c.name: c.id for c in organisation.clusters.list(store, r.workshop_id)}
    welzijn = clusters["Welzijn"]
    rounds.cast_ballot(store, r.id, BallotInput({c: 1}, cluster_id=welzijn))  # paper

    def table(cluster_id):  # type: ignore[no-untyped-def]
        result = rounds.results(store, r.id, cluster_id)
        return result.ballots, [(x.option_id, x.score, x.rank) for x in result.ranking]

    assert table(clusters["Ruimte"]) == (
        2,
        [(a, 4.0, 1), (b, 2.0, 2), (c, 1.0, 3), (d, 0.0, 4), (e, 0.0, 4)],
    )
    assert table(welzijn) == (
        3,
        [(d, 5.0, 1), (b, 3.0, 2), (e, 2.0, 3), (c, 1.0, 4), (a, 0.0, 5)],
    )
    assert table(clusters["Burgerzaken"]) == (
        0,
        [(a, 0.0, 1), (b, 0.0, 1), (c, 0.0, 1), (d, 0.0, 1), (e, 0.0, 1)],
    )
    assert table(None) == (
        6,
        [(b, 5.0, 1), (d, 5.0, 1), (a, 4.0, 3), (e, 3.0, 4), (c, 2.0, 5)],
    )


def test_score_rounds_per_cluster_take_the_weighted_mean_of_that_cluster(store, token, made):
    from app.services import organisation

    r = rounds.open_round(store, made["score"].id).value  # impact ×2, haalbaarheid, urgentie
    a, b = r.options[0].id, r.options[1].id
    voting.cast_phone_ballots(
        store,
        [
            phone(token, r.id, 1, {a: {"impact": 5, "urgentie": 2}}, cluster="Ruimte"),
            phone(token, r.id, 2, {a: {"impact": 1}, b: {"haalbaarheid": 4}}, cluster="Welzijn"),
        ],
    )
    clusters = {c.name: c.id for c in organisation.clusters.list(store, r.workshop_id)}
    ruimte = scores(rounds.results(store, r.id, clusters["Ruimte"]))
    welzijn = scores(rounds.results(store, r.id, clusters["Welzijn"]))
    assert (ruimte[a], ruimte[b]) == (pytest.approx(12 / 3), 0.0)
    assert (welzijn[a], welzijn[b]) == (1.0, 4.0)
    overall = scores(rounds.results(store, r.id))
    assert overall[a] == pytest.approx((2 * 5 + 2 + 2 * 1) / 5)


# --- the voter key across restarts and upgrades


def test_a_phone_replaces_its_ballot_after_the_server_restarts(store, token, made):
    from app.storage.store import open_store

    r = rounds.open_round(store, made["dots"].id).value
    a, b = r.options[0].id, r.options[1].id
    voting.cast_phone_ballots(store, [phone(token, r.id, 1, {a: 2})])
    path = store.path
    store.close()  # the laptop restarts; the round stays open
    with open_store(path, backup_on_open=False) as again:
        receipts = voting.cast_phone_ballots(again, [phone(token, r.id, 1, {b: 1})])
        assert receipts[0].verdict is Verdict.ACCEPTED and receipts[0].ballot_count == 1
        result = rounds.results(again, r.id)
        assert result.ballots == 1 and scores(result)[a] == 0.0 and scores(result)[b] == 1.0


def test_a_ballot_keyed_before_the_upgrade_is_still_replaced(store, token, made):
    r = rounds.open_round(store, made["dots"].id).value
    a, b = r.options[0].id, r.options[1].id
    ballot = phone(token, r.id, 1, {a: 2})
    voting.cast_phone_ballots(store, [ballot])
    con = sqlite3.connect(store.path)
    try:  # as an older version stored it: the unkeyed hash
        with con:
            con.execute(
                "UPDATE ballot SET voter_key = ?", (rounds.legacy_voter_key(r.id, ballot.voter),)
            )
    finally:
        con.close()
    receipts = voting.cast_phone_ballots(store, [phone(token, r.id, 1, {b: 1})])
    assert receipts[0].ballot_count == 1
    assert rounds.results(store, r.id).ballots == 1
    rounds.cast_ballot(store, r.id, BallotInput({b: 1}, voter=ballot.voter))  # one by one too
    assert rounds.results(store, r.id).ballots == 1
