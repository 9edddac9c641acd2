"""Every response of VOTING-API.md: 200, 400, 404, 409, 413 and 429 (over loopback)."""

from __future__ import annotations

import json

import httpx
import pytest

from app.services import rounds
from app.voting.api import MAX_BODY

VOTER = "telefoon-0123456789abcdef"


def ballot_url(token: str) -> str:
    return f"/api/v/{token}/ballot"


def post(client, token, round_id, entries, voter=VOTER, **extra):  # type: ignore[no-untyped-def]
    body = {"voter": voter, "round_id": round_id, "entries": entries, **extra}
    return client.post(ballot_url(token), json=body)


def opened(store, made, method):  # type: ignore[no-untyped-def]
    return rounds.open_round(store, made[method].id).value


def ids(voting_round):  # type: ignore[no-untyped-def]
    return [o.id for o in voting_round.options]


# --- the page and GET /round


def test_page_is_served_with_its_assets_and_a_strict_policy(client, token):
    page = client.get(f"/v/{token}")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<html lang="nl-BE">' in page.text
    assert "/assets/vote.js" in page.text and "/assets/vote.css" in page.text
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert page.headers["referrer-policy"] == "no-referrer"
    script = client.get("/assets/vote.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert client.get("/assets/vote.css").status_code == 200


def test_waiting_while_no_round_is_open(client, token, made):
    assert client.get(f"/api/v/{token}/round").json() == {"status": "waiting"}


@pytest.mark.parametrize(
    ("method", "rule_keys"),
    [
        ("dots", {"dots", "max_per_option"}),
        ("score", {"criteria", "min", "max"}),
        ("rank", {"max_ranked"}),
        ("budget", {"budget"}),
    ],
)
def test_open_round_as_the_contract_says(client, store, token, made, method, rule_keys):
    r = opened(store, made, method)
    data = client.get(f"/api/v/{token}/round").json()
    assert data["status"] == "open"
    assert data["round_id"] == r.id
    assert data["title"] == r.title
    assert data["method"] == method
    assert set(data["rules"]) == rule_keys
    assert [o["id"] for o in data["options"]] == ids(r)
    assert set(data["options"][0]) == {"id", "title", "description"}
    assert data["clusters"] == ["Managementteam", "Ruimte", "Welzijn", "Burgerzaken"]
    if method == "score":
        assert {"id", "title", "weight"} <= set(data["rules"]["criteria"][0])


# --- 200


@pytest.mark.parametrize("method", ["dots", "score", "rank", "budget"])
def test_a_valid_ballot_is_committed_before_200(client, store, token, made, method):
    r = opened(store, made, method)
    a, b, c = ids(r)[:3]
    entries = {
        "dots": {a: 3, b: 2},
        "score": {a: {"impact": 5, "urgentie": 4}, b: {"haalbaarheid": 1}},
        "rank": [c, a, b],
        "budget": {a: 60000, b: 39999.5},
    }[method]
    response = post(client, token, r.id, entries, cluster="Ruimte")
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    top = result.ranking[0].option_id
    assert top == (c if method == "rank" else a)


def test_a_second_ballot_from_the_same_phone_replaces_the_first(client, store, token, made):
    r = opened(store, made, "dots")
    a, b = ids(r)[:2]
    assert post(client, token, r.id, {a: 3}).status_code == 200
    assert post(client, token, r.id, {b: 1}).status_code == 200
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    assert {x.option_id: x.score for x in result.ranking}[b] == 1.0
    assert {x.option_id: x.score for x in result.ranking}[a] == 0.0


# --- 400


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "geen geldige JSON"),
        (b'{"voter": NaN}', "geen geldige JSON"),
        (b"[" * 5000 + b"]" * 5000, "geen geldige JSON"),
        (b"\xff\xfe", "geen geldige JSON"),
        (b"[1, 2]", "JSON-object"),
        (b'{"round_id": "x", "entries": {}}', "toestelcode"),
        (b'{"voter": "kort", "round_id": "x", "entries": {}}', "toestelcode"),
        (b'{"voter": "' + b"v" * 65 + b'", "round_id": "x", "entries": {}}', "toestelcode"),
        (b'{"voter": "met spaties erin 123", "round_id": "x", "entries": {}}', "toestelcode"),
        (b'{"voter": 12345678901234567890, "round_id": "x", "entries": {}}', "toestelcode"),
        (b'{"voter": "telefoon-0123456789", "entries": {}}', "round_id"),
        (b'{"voter": "telefoon-0123456789", "round_id": "x"}', "entries"),
        (
            b'{"voter": "telefoon-0123456789", "round_id": "x", "entries": {}, "cluster": 3}',
            "cluster",
        ),
    ],
)
def test_malformed_bodies_get_400_in_dutch(client, store, token, made, body, message):
    r = opened(store, made, "dots")
    response = client.post(
        ballot_url(token), content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["ok"] is False
    assert message in response.json()["error"]
    assert rounds.results(store, r.id).ballots == 0


@pytest.mark.parametrize(
    ("method", "make_entries", "message"),
    [
        ("dots", lambda o: {o[0]: 3, o[1]: 3}, "Hoogstens 5 stippen in totaal"),
        ("dots", lambda o: {o[0]: 4}, "Hoogstens 3 stippen per optie"),
        ("dots", lambda o: {o[0]: 1.5}, "geheel getal"),
        ("dots", lambda o: {o[0]: -1}, "geheel getal"),
        ("dots", lambda o: {"onbekend": 1}, "Onbekende optie"),
        ("dots", lambda o: [o[0]], "Verwacht per optie een aantal stippen"),
        ("score", lambda o: {o[0]: {"impact": 6}}, "tussen 1 en 5"),
        ("score", lambda o: {o[0]: {"impact": 0}}, "tussen 1 en 5"),
        ("score", lambda o: {o[0]: {"schoonheid": 3}}, "Onbekend criterium"),
        ("score", lambda o: {o[0]: 3}, "score per criterium"),
        ("score", lambda o: {o[0]: {"impact": 3.5}}, "tussen 1 en 5"),
        ("score", lambda o: {o[0]: {"impact": True}}, "tussen 1 en 5"),
        ("score", lambda o: {o[0]: {"impact": "4"}}, "tussen 1 en 5"),
        ("rank", lambda o: [o[0], o[0]], "maar één keer"),
        ("rank", lambda o: o[:4], "hoogstens 3"),
        ("rank", lambda o: {o[0]: 1}, "Verwacht een lijst"),
        ("rank", lambda o: [o[0], "onbekend"], "Onbekende optie"),
        ("rank", lambda o: [7], "Onbekende optie"),
        ("budget", lambda o: {o[0]: 60000, o[1]: 40001}, "Hoogstens 100000"),
        ("budget", lambda o: {o[0]: -5}, "vanaf 0"),
        ("budget", lambda o: {o[0]: "veel"}, "vanaf 0"),
    ],
)
def test_ballots_against_the_rules_get_400_and_change_nothing(
    client, store, token, made, method, make_entries, message
):
    r = opened(store, made, method)
    good = {"dots": {}, "score": {}, "rank": [], "budget": {}}[method]
    assert post(client, token, r.id, good).status_code == 200
    response = post(client, token, r.id, make_entries(ids(r)))
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert rounds.results(store, r.id).ballots == 1


@pytest.mark.parametrize(
    ("length", "status"), [(15, 400), (16, 200), (40, 200), (64, 200), (65, 400)]
)
def test_voter_ids_of_16_to_64_characters(client, store, token, made, length, status):
    r = opened(store, made, "dots")
    voter = ("Ab3-_" * 20)[:length]
    response = post(client, token, r.id, {ids(r)[0]: 1}, voter=voter)
    assert response.status_code == status
    assert rounds.results(store, r.id).ballots == (1 if status == 200 else 0)
    if status == 400:
        assert "16 tot 64" in response.json()["error"]


def test_unknown_cluster_gets_400(client, store, token, made):
    r = opened(store, made, "dots")
    response = post(client, token, r.id, {}, cluster="Niet bestaand")
    assert response.status_code == 400
    assert "Onbekende cluster" in response.json()["error"]
    assert rounds.results(store, r.id).ballots == 0


def test_cluster_by_name_is_stored(client, store, token, made):
    from app.services import organisation

    r = opened(store, made, "dots")
    assert post(client, token, r.id, {ids(r)[0]: 1}, cluster="Welzijn").status_code == 200
    welzijn = next(
        c for c in organisation.clusters.list(store, r.workshop_id) if c.name == "Welzijn"
    )
    assert rounds.results(store, r.id, cluster_id=welzijn.id).ballots == 1


# --- 404


def test_unknown_tokens_and_paths_all_get_the_same_404(client, store, token, made):
    r = opened(store, made, "dots")
    wrong = "x" * len(token)
    answers = [
        client.get(f"/v/{wrong}"),
        client.get(f"/api/v/{wrong}/round"),
        post(client, wrong, r.id, {}),
        client.get("/"),
        client.get(f"/api/v/{token}/ballots"),
        client.get(f"/api/v/{token}/ballot"),  # wrong method: still 404
        client.put(f"/api/v/{token}/round"),
        client.get("/assets/../vote.js"),
        client.get("/assets/vote.html"),
        client.get(f"/v/{token}/extra"),
        client.get("/v/"),
    ]
    assert [a.status_code for a in answers] == [404] * len(answers)
    assert len({a.content for a in answers}) == 1
    assert "Deze stemlink klopt niet" in answers[0].text
    assert rounds.results(store, r.id).ballots == 0


def test_a_round_token_is_not_a_join_token(client, store, made):
    r = opened(store, made, "dots")
    assert client.get(f"/api/v/{r.token}/round").status_code == 404


# --- 409


def test_409_when_no_round_is_open(client, store, token, made):
    response = post(client, token, made["dots"].id, {})
    assert response.status_code == 409
    assert "geen stemronde open" in response.json()["error"]


def test_409_when_the_ballot_names_another_round(client, store, token, made):
    first = opened(store, made, "dots")
    rounds.close_round(store, first.id)
    opened(store, made, "rank")
    # A phone that still shows the closed round sends its dots.
    response = post(client, token, first.id, {ids(first)[0]: 1})
    assert response.status_code == 409
    assert "niet meer open" in response.json()["error"]
    assert rounds.results(store, first.id).ballots == 0


def test_409_after_the_round_closed(client, store, token, made):
    r = opened(store, made, "dots")
    assert post(client, token, r.id, {ids(r)[0]: 1}).status_code == 200
    rounds.close_round(store, r.id)
    assert post(client, token, r.id, {ids(r)[1]: 1}).status_code == 409
    result = rounds.results(store, r.id)
    assert result.ballots == 1 and result.ranking[0].option_id == ids(r)[0]


# --- 413


def _padded(round_id: str, size: int) -> bytes:
    """A valid empty ballot padded with spaces to exactly ``size`` bytes."""
    body = json.dumps({"voter": VOTER, "round_id": round_id, "entries": {}}).encode()
    return body + b" " * (size - len(body))


def test_413_past_16_kib_by_content_length(client, store, token, made):
    r = opened(store, made, "dots")
    assert client.post(ballot_url(token), content=_padded(r.id, MAX_BODY)).status_code == 200
    too_big = client.post(ballot_url(token), content=_padded(r.id, MAX_BODY + 1))
    assert too_big.status_code == 413
    assert too_big.json()["ok"] is False


def test_413_counts_the_bytes_when_no_length_is_given(client, store, token, made):
    r = opened(store, made, "dots")
    body = _padded(r.id, MAX_BODY + 4096)

    def chunks():  # no Content-Length: sent chunked
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    response = client.post(ballot_url(token), content=chunks())
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert rounds.results(store, r.id).ballots == 0


def test_413_also_through_the_real_server(server, store, made):
    import httpx

    r = opened(store, made, "dots")
    url = server.join_url(r).replace("/v/", "/api/v/") + "/ballot"
    body = _padded(r.id, 64 * 1024)

    def chunks():
        for start in range(0, len(body), 4096):
            yield body[start : start + 4096]

    with httpx.Client(timeout=10, headers={"Content-Type": "application/json"}) as http:
        assert http.post(url, content=chunks()).status_code == 413
        assert http.post(url, content=_padded(r.id, 1000)).status_code == 200


# --- 429


def test_429_when_one_phone_sends_too_fast(client, store, token, made, clock):
    r = opened(store, made, "dots")
    a, b = ids(r)[:2]
    for _ in range(5):
        assert post(client, token, r.id, {a: 1}).status_code == 200
    refused = post(client, token, r.id, {b: 1})
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert "te snel" in refused.json()["error"]
    # The refused ballot changed nothing; another phone is not held back.
    assert {x.option_id: x.score for x in rounds.results(store, r.id).ranking}[b] == 0.0
    assert post(client, token, r.id, {b: 1}, voter="ander-toestel-000000").status_code == 200
    clock.now += 2.0  # one ballot's worth of refill (5 per 10 s)
    assert post(client, token, r.id, {b: 1}).status_code == 200
    assert post(client, token, r.id, {b: 1}).status_code == 429


# --- named rounds (docs/voting-api.md, additions)


@pytest.fixture
def people(store, workshop):  # type: ignore[no-untyped-def]
    from app.services import organisation

    clusters = {c.name: c.id for c in organisation.clusters.list(store, workshop.id)}
    make = organisation.participants.create
    return {
        "zoe": make(store, workshop.id, name="Zoë Peeters", cluster_id=clusters["Welzijn"]).value,
        "jan": make(store, workshop.id, name="Jan Claes").value,
        "nobody": make(store, workshop.id, name=None).value,  # a survey's respondent
    }


def named(store, made, method="dots"):  # type: ignore[no-untyped-def]
    rounds.update_round(store, made[method].id, anonymous=False)
    return opened(store, made, method)


def _stored(store, sql):  # type: ignore[no-untyped-def]
    import sqlite3

    con = sqlite3.connect(store.path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_named_round_lists_its_participants(client, store, token, made, people):
    named(store, made)
    data = client.get(f"/api/v/{token}/round").json()
    assert data["anonymous"] is False
    assert data["participants"] == [
        {"id": people["jan"].id, "name": "Jan Claes", "cluster": None},
        {"id": people["zoe"].id, "name": "Zoë Peeters", "cluster": "Welzijn"},
    ]


def test_an_anonymous_round_lists_nobody(client, store, token, made, people):
    opened(store, made, "dots")
    data = client.get(f"/api/v/{token}/round").json()
    assert data["anonymous"] is True
    assert "participants" not in data
    assert "Zoë" not in json.dumps(data, ensure_ascii=False)


def test_a_named_ballot_stores_its_participant(client, store, token, made, people):
    from app.services import organisation

    r = named(store, made)
    zoe, jan = people["zoe"], people["jan"]
    assert post(client, token, r.id, {ids(r)[0]: 1}, participant=zoe.id).status_code == 200
    by_name = post(
        client,
        token,
        r.id,
        {ids(r)[1]: 2},
        voter="tweede-toestel-0000",
        participant="  jan   CLAES ",
    )
    assert by_name.status_code == 200
    assert post(client, token, r.id, {ids(r)[2]: 1}, voter="derde-toestel-00000").status_code == 200
    stored = _stored(store, "SELECT participant_id, cluster_id FROM ballot")
    welzijn = next(
        c.id for c in organisation.clusters.list(store, r.workshop_id) if c.name == "Welzijn"
    )
    assert sorted(stored, key=str) == sorted(
        [(zoe.id, welzijn), (jan.id, None), (None, None)], key=str
    )  # a named ballot counts for its person's cluster
    # The first phone votes again, now for Jan: it replaces its own ballot (Zoë's), and
    # Jan's earlier ballot from the second phone too: one ballot per person (issue 15).
    assert post(client, token, r.id, {ids(r)[3]: 1}, participant=jan.id).status_code == 200
    assert rounds.results(store, r.id).ballots == 2
    assert sorted(p for (p,) in _stored(store, "SELECT participant_id FROM ballot") if p) == [
        jan.id
    ]


@pytest.mark.parametrize(
    ("participant", "message"),
    [
        ("Niet Bestaand", "staat niet op de lijst"),
        ("", None),  # empty: a ballot without a name
        (42, "participant"),
        ("x" * 201, "participant"),
    ],
)
def test_a_wrong_participant_gets_400(client, store, token, made, people, participant, message):
    r = named(store, made)
    response = post(client, token, r.id, {ids(r)[0]: 1}, participant=participant)
    if message is None:
        assert response.status_code == 200
        assert _stored(store, "SELECT participant_id FROM ballot") == [(None,)]
        return
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert rounds.results(store, r.id).ballots == 0


def test_the_nameless_respondent_cannot_be_named(client, store, token, made, people):
    r = named(store, made)
    response = post(client, token, r.id, {ids(r)[0]: 1}, participant=people["nobody"].id)
    assert response.status_code == 400
    assert rounds.results(store, r.id).ballots == 0


def test_two_people_with_one_name_must_pick_from_the_list(client, store, token, made, people):
    from app.services import organisation

    other = organisation.participants.create(store, made["dots"].workshop_id, name="Jan Claes")
    r = named(store, made)
    response = post(client, token, r.id, {ids(r)[0]: 1}, participant="Jan Claes")
    assert response.status_code == 400
    assert "meerdere deelnemers" in response.json()["error"]
    ok = post(client, token, r.id, {ids(r)[0]: 1}, participant=other.value.id)
    assert ok.status_code == 200


def test_an_anonymous_round_refuses_a_name_and_stores_nothing(client, store, token, made, people):
    r = opened(store, made, "dots")
    response = post(client, token, r.id, {ids(r)[0]: 1}, participant=people["zoe"].id)
    assert response.status_code == 400
    assert "anoniem" in response.json()["error"]
    assert rounds.results(store, r.id).ballots == 0
    assert post(client, token, r.id, {ids(r)[0]: 1}).status_code == 200
    (row,) = _stored(store, "SELECT participant_id, created_at FROM ballot")
    (round_created,) = _stored(store, f"SELECT created_at FROM voting_round WHERE id = '{r.id}'")
    assert row == (None, round_created[0])  # no name, and the round's time, not its own


# --- 500 and 503: never 200 for a ballot that was not stored


def test_a_failed_commit_answers_500_and_stores_nothing(client, store, token, made, caplog):
    from sqlalchemy import event

    r = opened(store, made, "dots")

    def refuse(_connection):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    event.listen(store.engine, "commit", refuse)
    try:
        response = post(client, token, r.id, {ids(r)[0]: 1})
    finally:
        event.remove(store.engine, "commit", refuse)
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "ok": False,
        "error": "Je stem kon niet bewaard worden en is niet geteld. Probeer opnieuw.",
    }
    assert rounds.results(store, r.id).ballots == 0
    assert "could not be stored" in caplog.text
    # The server is fine afterwards: the same ballot again is stored.
    assert post(client, token, r.id, {ids(r)[0]: 1}).status_code == 200
    assert rounds.results(store, r.id).ballots == 1


def _asgi_client(store, writer):  # type: ignore[no-untyped-def]
    """An HTTP client straight on the app (no server), with the writer given."""
    import httpx

    from app.voting.api import create_app
    from app.voting.limits import RateLimiter

    app = create_app(store, writer, RateLimiter())
    return httpx.AsyncClient(transport=RoomTransport(app), base_url="http://phone")


class RoomTransport(httpx.AsyncBaseTransport):
    """An ASGI transport that sends each phone (voter) from an address of its own."""

    def __init__(self, app):  # type: ignore[no-untyped-def]
        self.app = app
        self.phones: dict[str, httpx.ASGITransport] = {}

    async def handle_async_request(self, request):  # type: ignore[no-untyped-def]
        voter = json.loads(request.content or b"{}").get("voter", "")
        if voter not in self.phones:
            address = f"127.0.1.{len(self.phones) + 1}"
            self.phones[voter] = httpx.ASGITransport(app=self.app, client=(address, 40000))
        return await self.phones[voter].handle_async_request(request)


def _body(round_id, option, voter=VOTER):  # type: ignore[no-untyped-def]
    return {"voter": voter, "round_id": round_id, "entries": {option: 1}}


def test_a_stopped_writer_answers_503(store, token, made):
    import asyncio

    from app.voting.writer import BallotWriter

    r = opened(store, made, "dots")
    writer = BallotWriter(store)
    writer.start()
    writer.stop()

    async def scenario():  # type: ignore[no-untyped-def]
        async with _asgi_client(store, writer) as http:
            return await http.post(ballot_url(token), json=_body(r.id, ids(r)[0]))

    response = asyncio.run(scenario())
    assert response.status_code == 503
    assert response.json() == {
        "ok": False,
        "error": "De stemming is gestopt. Je stem is niet geteld.",
    }
    assert rounds.results(store, r.id).ballots == 0


def test_a_ballot_still_queued_when_the_server_stops_gets_503(store, token, made):
    import asyncio
    import threading

    from app.services import voting
    from app.voting.writer import BallotWriter

    r = opened(store, made, "dots")
    entered, release = threading.Event(), threading.Event()

    def slow_cast(store_, ballots):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(10)
        return voting.cast_phone_ballots(store_, ballots)

    writer = BallotWriter(store, cast=slow_cast)
    writer.start()

    async def until(condition) -> None:  # type: ignore[no-untyped-def]
        for _ in range(1000):
            if condition():
                return
            await asyncio.sleep(0.01)
        raise TimeoutError

    async def scenario():  # type: ignore[no-untyped-def]
        async with _asgi_client(store, writer) as http:
            first = asyncio.ensure_future(
                http.post(ballot_url(token), json=_body(r.id, ids(r)[0], "eerste-toestel-0000"))
            )
            await until(entered.is_set)  # the first ballot is being written
            second = asyncio.ensure_future(
                http.post(ballot_url(token), json=_body(r.id, ids(r)[1], "tweede-toestel-0000"))
            )
            await until(lambda: writer._queue.qsize() > 0)  # the second waits its turn
            # The server stops; stop() gives up waiting for the group in hand.
            await asyncio.to_thread(writer.stop, 0.2)
            refused = await second
            assert not first.done()  # still waiting for its commit: no answer yet
            release.set()
            return await first, refused

    accepted, refused = asyncio.run(scenario())
    assert refused.status_code == 503 and refused.json()["ok"] is False
    assert accepted.status_code == 200  # answered only once committed
    result = rounds.results(store, r.id)
    assert result.ballots == 1 and result.ranking[0].option_id == ids(r)[0]
    for _ in range(500):
        if not writer.alive:
            break
        threading.Event().wait(0.01)
    assert not writer.alive  # and the writer thread ends: nothing left behind


def test_the_lobby_of_an_anonymous_round_holds_no_names(store, token, made, people):
    from app.services import voting

    opened(store, made, "dots")
    assert voting.lobby(store, token).participants == ()
    rounds.close_round(store, made["dots"].id)
    named(store, made, "rank")
    assert [p.name for p in voting.lobby(store, token).participants] == [
        "Jan Claes",
        "Zoë Peeters",
    ]


def test_a_ballot_handed_over_while_the_writer_stops_is_refused_not_lost(store, token, made):
    import queue

    from app.services.voting import PhoneBallot
    from app.voting.writer import BallotWriter, WriterStopped

    r = opened(store, made, "dots")
    writer = BallotWriter(store)

    class StopsInBetween(queue.SimpleQueue):  # type: ignore[type-arg]
        """stop() runs to its end between submit()'s check and its put()."""

        racing = True

        def put(self, item, block=True, timeout=None):  # type: ignore[no-untyped-def]
            if self.racing and isinstance(item, object) and hasattr(item, "ballot"):
                self.racing = False
                writer.stop()
            super().put(item, block, timeout)

    writer._queue = StopsInBetween()
    writer.start()
    future = writer.submit(PhoneBallot(token, r.id, VOTER, {ids(r)[0]: 1}))
    with pytest.raises(WriterStopped):
        future.result(timeout=5)  # answered (refused), not left waiting forever
    assert rounds.results(store, r.id).ballots == 0
    assert not writer.alive
