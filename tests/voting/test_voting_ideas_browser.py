"""An ideas round in a real browser (Debian's Chromium through Playwright): two ideas
sent, each acknowledged, the field emptied, both listed on the phone (kept on the
phone: a reload still lists them, and nothing of the list is fetched)."""

from __future__ import annotations

from app.services import ideas
from tests.voting.phone import make_ideas_round, send_idea


def test_two_ideas_are_sent_and_listed_on_the_phone(page, server, store, workshop):
    from app.services import rounds

    made = make_ideas_round(store, workshop.id)
    rounds.open_round(store, made.id)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.method + " " + request.url))
    page.goto(server.join_url(made))
    page.get_by_role("heading", name=made.title).wait_for()
    form = page.locator("#ideas")
    assert form.locator("#idea-left").inner_text() == "Nog 280 tekens"
    for name in ("Sterkte", "Zwakte", "Kans", "Bedreiging"):
        assert form.get_by_role("radio", name=name).is_visible()

    # Refused on the phone itself: no quadrant chosen yet.
    form.get_by_label("Jouw idee").fill("<b>x</b>")
    assert form.locator("#idea-left").inner_text() == "Nog 272 tekens"
    form.get_by_role("button", name="Versturen").click()
    assert "Kies eerst wat voor idee het is" in form.locator("#idea-message").inner_text()
    assert ideas.list_ideas(store, made.id) == []

    send_idea(page, "<b>x</b>", "S")
    assert form.get_by_label("Jouw idee").input_value() == ""
    send_idea(page, "=SUM(A1) is een formule", "T")
    listed = form.locator("#sent-list li")
    assert listed.count() == 2
    # Newest first, text as typed (no markup made of it), with the quadrant's name.
    assert listed.nth(0).locator(".tag").inner_text() == "Bedreiging"
    assert listed.nth(0).locator(".sent-text").inner_text() == "=SUM(A1) is een formule"
    assert listed.nth(1).locator(".tag").inner_text() == "Sterkte"
    assert listed.nth(1).locator(".sent-text").inner_text() == "<b>x</b>"
    assert form.locator("#sent-list b").count() == 0
    assert sorted((i.text, i.quadrant.value) for i in ideas.list_ideas(store, made.id)) == [
        ("<b>x</b>", "S"),
        ("=SUM(A1) is een formule", "T"),
    ]

    # Kept on the phone: after a reload the list is still there, and never fetched.
    page.reload()
    page.get_by_role("heading", name=made.title).wait_for()
    assert form.locator("#sent-list li").count() == 2
    assert not [r for r in requests if "/idea" in r and r.startswith("GET")]
    assert {r.split(" ")[0] for r in requests if "/idea" in r} == {"POST"}


def test_the_next_ideas_round_starts_with_an_empty_list(page, server, store, workshop):
    from app.services import rounds

    first = make_ideas_round(store, workshop.id)
    rounds.open_round(store, first.id)
    page.goto(server.join_url(first))
    page.get_by_role("heading", name=first.title).wait_for()
    send_idea(page, "Een idee van de eerste ronde", "O")
    rounds.close_round(store, first.id)
    second = rounds.create_round(
        store, workshop.id, "Tweede ronde", "ideas", [], {"quadrants": ["S"]}
    ).value
    rounds.open_round(store, second.id)
    server.round_changed()
    page.get_by_role("heading", name="Tweede ronde").wait_for(timeout=30_000)
    assert page.locator("#sent-list li").count() == 0
    assert page.locator("#sent-ideas").is_hidden()
    # One quadrant asked: it is chosen already; the earlier round's list is gone.
    assert page.get_by_role("radio", name="Sterkte").is_checked()
    keys = page.evaluate("Object.keys(window.localStorage)")
    assert not [k for k in keys if k.startswith("atelier-ideas-") and first.id in k]
