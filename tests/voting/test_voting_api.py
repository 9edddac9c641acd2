"""Every response of VOTING-API.md: 200, 400, 404, 409, 413 and 429 (over loopback)."""

from __future__ import annotations

import json

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
        ("rank", lambda o: [o[0], o[0]], "maar één keer"),
        ("rank", lambda o: o[:4], "hoogstens 3"),
        ("rank", lambda o: {o[0]: 1}, "Verwacht een lijst"),
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

    with httpx.Client(timeout=10) as http:
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
