"""The participant page in a real browser: headless Chromium (Debian's) driven by Playwright."""

from __future__ import annotations

import pytest

from app.services import rounds
from tests.voting.phone import PHONE


def scores(store, round_id):  # type: ignore[no-untyped-def]
    return {r.title: r.score for r in rounds.results(store, round_id).ranking}


SCHOOL = "Fietsveilige schoolroutes in alle deelgemeenten"
LOKET = "Eén digitaal loket voor alle aanvragen"
HUIS = "Ontmoetingshuis in Noorderwijk"


def test_vote_then_change_the_vote(page, server, store, made):
    r = rounds.open_round(store, made["dots"].id).value
    page.goto(server.join_url(r))
    more_school = page.get_by_role("button", name=f"Eén stip meer voor {SCHOOL}")
    more_school.click()
    more_school.click()
    assert page.locator("#counter").inner_text() == "Nog 3 van 5 stippen over"
    page.get_by_label("Jouw cluster").select_option("Welzijn")
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    assert rounds.results(store, r.id).ballots == 1

    page.get_by_role("button", name="Stem aanpassen").click()
    less_school = page.get_by_role("button", name=f"Eén stip minder voor {SCHOOL}")
    less_school.click()
    less_school.click()
    assert less_school.is_disabled()
    page.get_by_role("button", name=f"Eén stip meer voor {LOKET}").click()
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()

    result = rounds.results(store, r.id)
    assert result.ballots == 1  # the second vote replaced the first
    assert scores(store, r.id)[LOKET] == 1.0
    assert scores(store, r.id)[SCHOOL] == 0.0
    assert sum(scores(store, r.id).values()) == 1.0


def test_the_page_waits_and_then_shows_the_round_that_opens(page, server, store, made):
    page.goto(server.join_url(made["rank"]))
    page.get_by_role("heading", name="Even wachten").wait_for()
    rounds.open_round(store, made["rank"].id)
    page.get_by_role("heading", name=made["rank"].title).wait_for()  # polled, not reloaded
    page.get_by_role("button", name=f"{HUIS} kiezen als nummer 1").click()
    page.get_by_role("button", name=f"{LOKET} kiezen als nummer 2").click()
    page.get_by_role("button", name=f"{SCHOOL} kiezen als nummer 3").click()
    assert page.get_by_role("button", name="je rangschikking is vol").count() == 2
    page.get_by_role("button", name=f"{SCHOOL} hoger zetten").click()
    page.get_by_role("button", name=f"{HUIS} uit je rangschikking halen").click()
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    # Borda over max_ranked = 3: first 3 points, second 2.
    assert scores(store, made["rank"].id)[SCHOOL] == 3.0
    assert scores(store, made["rank"].id)[LOKET] == 2.0
    assert scores(store, made["rank"].id)[HUIS] == 0.0


def test_score_and_budget_ballots_from_the_page(page, server, store, made):
    r = rounds.open_round(store, made["score"].id).value
    page.goto(server.join_url(r))
    school = page.get_by_role("group", name=SCHOOL)
    school.get_by_role("group", name="Impact").get_by_label("5").check()
    school.get_by_role("group", name="Urgentie").get_by_label("2").check()
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    assert scores(store, r.id)[SCHOOL] == pytest.approx((2 * 5 + 2) / 3)
    rounds.close_round(store, r.id)

    r = rounds.open_round(store, made["budget"].id).value
    page.goto(server.join_url(r))
    page.get_by_label(SCHOOL).fill("70000")
    page.get_by_label(LOKET).fill("40000")
    assert "boven het budget" in page.locator("#counter").inner_text()
    page.get_by_role("button", name="Stem", exact=True).click()
    assert "meer dan het budget" in page.locator("#message").inner_text()
    page.get_by_label(LOKET).fill("30000")
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    assert scores(store, r.id)[SCHOOL] == 70000.0
    assert scores(store, r.id)[LOKET] == 30000.0


def test_a_closed_round_tells_the_phone_its_vote_did_not_count(page, server, store, made):
    r = rounds.open_round(store, made["dots"].id).value
    page.goto(server.join_url(r))
    page.get_by_role("button", name=f"Eén stip meer voor {LOKET}").click()
    rounds.close_round(store, r.id)
    server.round_changed()  # as the facilitator's window does
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Even wachten").wait_for()
    assert rounds.results(store, r.id).ballots == 0


@pytest.mark.parametrize("method", ["dots", "score", "rank", "budget"])
def test_phone_layout_fits_and_targets_are_large(page, server, store, made, method):
    r = rounds.open_round(store, made[method].id).value
    page.goto(server.join_url(r))
    page.locator("#ballot:not([hidden])").wait_for()
    if method == "rank":
        page.get_by_role("button", name=f"{HUIS} kiezen als nummer 1").click()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the page scrolls sideways"
    small = page.evaluate(
        """() => Array.from(document.querySelectorAll('button, select, input, .pick span, summary'))
            .filter(e => e.offsetParent !== null && getComputedStyle(e).opacity !== '0')
            .map(e => [e.textContent.trim() || e.getAttribute('aria-label'),
                       e.getBoundingClientRect().width, e.getBoundingClientRect().height])
            .filter(([, w, h]) => w < 48 || h < 48)"""
    )
    assert small == [], "touch targets under 48 px"
    tiny_text = page.evaluate(
        """() => Array.from(document.querySelectorAll('body *'))
            .filter(e => e.offsetParent !== null)
            .filter(e => Array.from(e.childNodes)
                              .some(n => n.nodeType === 3 && n.textContent.trim()))
            .filter(e => parseFloat(getComputedStyle(e).fontSize) < 14)
            .map(e => e.textContent.trim())"""
    )
    assert tiny_text == []
    assert page.locator("[aria-live]").count() >= 2
    for field in page.locator("input:visible, select:visible").all():
        assert field.evaluate("e => e.labels.length > 0 || e.closest('label') !== null")


def test_a_named_round_asks_for_the_name_and_an_anonymous_one_does_not(page, server, store, made):
    import sqlite3

    from app.services import organisation

    ws = made["dots"].workshop_id
    welzijn = next(c for c in organisation.clusters.list(store, ws) if c.name == "Welzijn")
    zoe = organisation.participants.create(
        store, ws, name="Zoë Peeters", cluster_id=welzijn.id
    ).value
    organisation.participants.create(store, ws, name="Jan Claes")
    rounds.update_round(store, made["dots"].id, anonymous=False)
    r = rounds.open_round(store, made["dots"].id).value
    page.goto(server.join_url(r))
    name = page.get_by_label("Jouw naam")
    name.wait_for()
    assert name.evaluate("e => Array.from(e.options).map(o => o.textContent)") == [
        "Kies je naam",
        "Jan Claes",
        "Zoë Peeters (Welzijn)",
        "Ik sta niet op de lijst",
    ]
    page.get_by_role("button", name=f"Eén stip meer voor {LOKET}").click()
    page.get_by_role("button", name="Stem", exact=True).click()
    assert "Kies eerst je naam" in page.locator("#message").inner_text()
    assert name.get_attribute("aria-invalid") == "true"
    assert rounds.results(store, r.id).ballots == 0
    name.select_option(label="Zoë Peeters (Welzijn)")
    assert page.get_by_label("Jouw cluster").input_value() == "Welzijn"  # follows the name
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    con = sqlite3.connect(store.path)
    try:
        stored = con.execute("SELECT participant_id, cluster_id FROM ballot").fetchall()
    finally:
        con.close()
    assert stored == [(zoe.id, welzijn.id)]
    rounds.close_round(store, r.id)

    anonymous = rounds.open_round(store, made["rank"].id).value
    server.round_changed()
    page.get_by_role("heading", name=anonymous.title).wait_for()
    assert page.locator("#participant-field").is_hidden()
    assert page.locator("#participant-none").is_hidden()
    page.get_by_role("button", name=f"{HUIS} kiezen als nummer 1").click()
    with page.expect_request("**/ballot") as sent:
        page.get_by_role("button", name="Stem", exact=True).click()
    assert "participant" not in sent.value.post_data_json
    page.get_by_role("heading", name="Je stem is geteld").wait_for()


def test_a_round_made_anonymous_while_open_stops_asking_the_name(page, server, store, made):
    from app.services import organisation

    organisation.participants.create(store, made["dots"].workshop_id, name="Jan Claes")
    rounds.update_round(store, made["dots"].id, anonymous=False)
    r = rounds.open_round(store, made["dots"].id).value
    page.goto(server.join_url(r))
    name = page.get_by_label("Jouw naam")
    name.select_option(label="Jan Claes")
    rounds.update_round(store, r.id, anonymous=True)
    server.round_changed()
    page.locator("#participant-field").wait_for(state="hidden", timeout=15_000)
    page.get_by_role("button", name=f"Eén stip meer voor {LOKET}").click()
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    import sqlite3

    con = sqlite3.connect(store.path)
    try:
        assert con.execute("SELECT participant_id FROM ballot").fetchall() == [(None,)]
    finally:
        con.close()
