"""What a security probe found (issue 15): ballots from other web sites, made-up
voter ids from one phone, names in surveys, amounts past a float, three phones
for one person. Over loopback, each phone from a 127.0.x.y address of its own."""

from __future__ import annotations

import json

import httpx
import pytest

from app.services import organisation, rounds
from tests.voting.conftest import room_address
from tests.voting.phone import make_survey


def opened(store, made, method="dots"):  # type: ignore[no-untyped-def]
    return rounds.open_round(store, made[method].id).value


def body(r, entries, voter="telefoon-0123456789abcdef", **extra):  # type: ignore[no-untyped-def]
    return {"voter": voter, "round_id": r.id, "entries": entries, **extra}


def raw_post(server, path, content, headers):  # type: ignore[no-untyped-def]
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10) as http:
        return http.post(path, content=content, headers=headers)


# --- other web sites (item 7)


def test_a_cross_site_text_plain_post_is_refused(server, store, token, made):
    r = opened(store, made)
    payload = json.dumps(body(r, {r.options[0].id: 1})).encode()
    page = f"http://127.0.0.1:{server.port}"
    answer = raw_post(
        server,
        f"/api/v/{token}/ballot",
        payload,
        {"Content-Type": "text/plain", "Origin": "http://evil.example"},
    )
    assert answer.status_code == 403
    assert answer.json()["ok"] is False
    # text/plain from the page's own origin is still not a ballot: 415.
    plain = raw_post(
        server, f"/api/v/{token}/ballot", payload, {"Content-Type": "text/plain", "Origin": page}
    )
    assert plain.status_code == 415 and "application/json" in plain.json()["error"]
    no_type = raw_post(server, f"/api/v/{token}/ballot", payload, {})
    assert no_type.status_code == 415
    foreign = raw_post(
        server,
        f"/api/v/{token}/ballot",
        payload,
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
    )
    assert foreign.status_code == 403
    null = raw_post(
        server,
        f"/api/v/{token}/ballot",
        payload,
        {"Content-Type": "application/json", "Origin": "null"},
    )
    assert null.status_code == 403
    assert rounds.results(store, r.id).ballots == 0
    own = raw_post(
        server,
        f"/api/v/{token}/ballot",
        payload,
        {"Content-Type": "application/json; charset=utf-8", "Origin": page},
    )
    assert own.status_code == 200
    assert rounds.results(store, r.id).ballots == 1


@pytest.mark.parametrize("path", ["/v/{token}", "/api/v/{token}/round", "/assets/vote.js"])
def test_a_foreign_host_is_refused_dns_rebinding(server, store, token, made, path):
    opened(store, made)
    url = path.format(token=token)
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10) as http:
        assert http.get(url).status_code == 200
        assert http.get(url, headers={"Host": f"localhost:{server.port}"}).status_code == 200
        rebound = http.get(url, headers={"Host": f"evil.example:{server.port}"})
        assert rebound.status_code == 403
        assert token not in rebound.text
        other_port = http.get(url, headers={"Host": f"127.0.0.1:{server.port + 1}"})
        assert other_port.status_code == 403


def test_a_ballot_through_a_foreign_host_is_not_stored(server, store, token, made):
    r = opened(store, made)
    with httpx.Client(base_url=f"http://127.0.0.1:{server.port}", timeout=10) as http:
        answer = http.post(
            f"/api/v/{token}/ballot",
            json=body(r, {r.options[0].id: 1}),
            headers={"Host": f"evil.example:{server.port}"},
        )
    assert answer.status_code == 403
    assert rounds.results(store, r.id).ballots == 0


# --- one device, one voice (item 5)


def test_one_phone_cannot_vote_with_made_up_voter_ids(server, store, token, made):
    r = opened(store, made)
    a = r.options[0].id
    url = f"/api/v/{token}/ballot"
    client = httpx.Client(
        base_url=f"http://127.0.0.1:{server.port}",
        timeout=10,
        transport=httpx.HTTPTransport(local_address=room_address(7)),
    )
    with client as phone:
        first = phone.post(url, json=body(r, {a: 1}, voter="eerste-id-0000000000"))
        assert first.status_code == 200
        codes = [
            phone.post(url, json=body(r, {a: 3}, voter=f"verzonnen-id-{n:010d}")).status_code
            for n in range(30)
        ]
        assert set(codes) == {403}
        refused = phone.post(url, json=body(r, {a: 3}, voter="nog-een-id-000000000"))
        assert "toestel" in refused.json()["error"]
        # The phone may still change its own ballot.
        again = phone.post(url, json=body(r, {a: 2}, voter="eerste-id-0000000000"))
        assert again.status_code == 200
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    assert {x.option_id: x.score for x in result.ranking}[a] == 2.0
    assert server.devices(r.id) == 1


def test_the_facilitator_can_allow_a_shared_tablet_more_voices(server, store, token, made):
    r = opened(store, made)
    a = r.options[0].id
    url = f"/api/v/{token}/ballot"
    tablet = httpx.Client(
        base_url=f"http://127.0.0.1:{server.port}",
        timeout=10,
        transport=httpx.HTTPTransport(local_address=room_address(9)),
    )
    with tablet:
        assert (
            tablet.post(url, json=body(r, {a: 1}, voter="tablet-persoon-00001")).status_code == 200
        )
        assert (
            tablet.post(url, json=body(r, {a: 1}, voter="tablet-persoon-00002")).status_code == 403
        )
        rounds.update_round(store, r.id, devices_per_address=3)
        server.round_changed()
        codes = [
            tablet.post(url, json=body(r, {a: 1}, voter=f"tablet-persoon-0000{n}")).status_code
            for n in (2, 3, 4)
        ]
    assert codes == [200, 200, 403]
    assert rounds.results(store, r.id).ballots == 3
    assert server.devices(r.id) == 1  # three voices, one device


def test_a_room_of_phones_each_from_its_own_address_all_count(server, client, store, token, made):
    r = opened(store, made)
    options = [o.id for o in r.options]
    for n in range(40):
        voter = f"telefoon-in-de-zaal-{n:04d}"
        answer = client.post(
            f"/api/v/{token}/ballot", json=body(r, {options[n % 5]: 1}, voter=voter)
        )
        assert answer.status_code == 200, answer.text
    assert rounds.results(store, r.id).ballots == 40
    assert server.devices(r.id) == 40


def test_the_rule_is_checked(store, made):
    from app.domain.errors import ValidationError

    for wrong in (0, -1, 501, "veel", True, None):
        with pytest.raises(ValidationError, match="toestellen per netwerkadres"):
            rounds.update_round(store, made["dots"].id, devices_per_address=wrong)
    assert (
        rounds.update_round(store, made["dots"].id, devices_per_address=5).value.devices_per_address
        == 5
    )


# --- surveys carry no name (item 4); amounts a float cannot hold (item 9)


def test_a_survey_ballot_with_a_participant_is_refused(server, client, store, workshop, token):
    person = organisation.participants.create(store, workshop.id, name="Zoë Peeters").value
    r = rounds.open_round(store, make_survey(store, workshop.id).id).value
    form = client.get(f"/api/v/{token}/round").json()
    area = form["areas"][0]["id"]
    answers = {"importance": {area: 4}}
    for participant in (person.id, "Zoë Peeters"):
        refused = client.post(
            f"/api/v/{token}/ballot",
            json=body(r, answers, cluster="Ruimte", participant=participant),
        )
        assert refused.status_code == 400
        assert "anoniem" in refused.json()["error"]
    assert rounds.results(store, r.id).ballots == 0
    ok = client.post(f"/api/v/{token}/ballot", json=body(r, answers, cluster="Ruimte"))
    assert ok.status_code == 200


@pytest.mark.parametrize("amount", ["1" + "0" * 309, "1e309", "-1" + "0" * 309])
def test_an_amount_past_a_float_is_a_400(server, store, token, made, amount):
    r = opened(store, made, "budget")
    entries = '{"' + r.options[0].id + '": ' + amount + "}"
    payload = json.dumps(body(r, {})).replace("{}", entries)
    answer = raw_post(
        server, f"/api/v/{token}/ballot", payload.encode(), {"Content-Type": "application/json"}
    )
    assert answer.status_code == 400
    assert answer.json()["ok"] is False
    assert rounds.results(store, r.id).ballots == 0


# --- one ballot per person in a named round (item 6)


def test_three_phones_for_one_person_make_one_ballot_of_that_persons_cluster(
    server, client, store, workshop, token, made
):
    clusters = {c.name: c.id for c in organisation.clusters.list(store, workshop.id)}
    zoe = organisation.participants.create(
        store, workshop.id, name="Zoë Peeters", cluster_id=clusters["Welzijn"]
    ).value
    rounds.update_round(store, made["dots"].id, anonymous=False)
    r = opened(store, made)
    a, b, c = (o.id for o in r.options[:3])
    for n, (option, cluster) in enumerate(((a, "Ruimte"), (b, "Burgerzaken"), (c, None))):
        extra = {"participant": zoe.id}
        if cluster:
            extra["cluster"] = cluster
        sent = body(r, {option: 1}, voter=f"toestel-van-zoe-{n:04d}", **extra)
        assert client.post(f"/api/v/{token}/ballot", json=sent).status_code == 200
    result = rounds.results(store, r.id)
    assert result.ballots == 1  # the last phone's ballot replaced the earlier two
    assert {x.option_id: x.score for x in result.ranking}[c] == 1.0
    assert rounds.results(store, r.id, cluster_id=clusters["Welzijn"]).ballots == 1
    assert rounds.results(store, r.id, cluster_id=clusters["Ruimte"]).ballots == 0


@pytest.mark.parametrize("method", ["dots", "score", "budget"])
def test_a_list_where_the_rules_want_an_object_is_a_400(server, client, store, token, made, method):
    r = opened(store, made, method)
    answer = client.post(f"/api/v/{token}/ballot", json=body(r, []))
    assert answer.status_code == 400
    assert rounds.results(store, r.id).ballots == 0
