"""A budget round with whole fiches on the phone page, in headless Chromium: pick two
fiches, see what is left, see why a third no longer fits, vote, change the vote."""

from __future__ import annotations

import re

from app.services import rounds
from tests.voting.phone import make_whole_round

SCHOOL = "Fietsveilige schoolroutes in alle deelgemeenten"
LOKET = "Eén digitaal loket voor alle aanvragen"
HUIS = "Ontmoetingshuis in Noorderwijk"
GROEN = "Vergroening van het marktplein"


def shown(locator) -> str:  # type: ignore[no-untyped-def]
    """The text as read, with the page's no-break space (€ 1.250.000) as a space."""
    return str(locator.inner_text()).replace("\xa0", " ")


def test_pick_two_proposals_and_see_what_is_left(page, server, store, workshop):
    r = rounds.open_round(store, make_whole_round(store, workshop.id).id).value
    server.round_changed()
    page.goto(server.join_url(r))
    page.get_by_role("heading", name=r.title).wait_for()
    counter = page.locator("#counter")
    assert "Nog over: € 2.000.000" in shown(counter)
    # Each fiche shows its cost, the Flemish way.
    cost = page.locator(".whole-option", has_text=SCHOOL).locator(".whole-cost")
    assert shown(cost) == "€ 1.250.000"

    # A screen reader hears the fiche and its cost as the box's name.
    huis = page.get_by_role("checkbox", name=f"{HUIS} € 850.000")
    huis.check()
    assert "Nog over: € 1.150.000" in shown(counter)
    page.get_by_role("checkbox", name=LOKET).check()
    assert "Nog over: € 850.000" in shown(counter)
    assert "2 fiches gekozen" in shown(counter)
    # ... and hears what is left after the pick (the live region).
    heard = page.locator("#announce").filter(has_text=re.compile(r"Nog €\s850\.000 over"))
    heard.wait_for(state="attached")

    # The school routes (€ 1.250.000) no longer fit: disabled, and the card says why.
    school = page.get_by_role("checkbox", name=SCHOOL)
    assert school.is_disabled()
    card = page.locator(".whole-option", has_text=SCHOOL)
    assert "Past niet meer: je hebt nog € 850.000 over" in shown(card)
    assert school.get_attribute("aria-describedby")
    # The greening (€ 450.000) still fits.
    assert page.get_by_role("checkbox", name=GROEN).is_enabled()

    # Large touch targets: the whole toggle is at least 48 px high.
    box = card.locator(".whole-toggle").bounding_box()
    assert box is not None and box["height"] >= 48

    page.get_by_label("Jouw cluster").select_option("Welzijn")
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    chosen = {x.title for x in result.ranking if x.score == 1.0}
    assert chosen == {HUIS, LOKET}

    # Change of mind: drop the house, and the school routes fit again.
    page.get_by_role("button", name="Stem aanpassen").click()
    page.get_by_role("checkbox", name=HUIS).uncheck()
    assert "Nog over: € 1.700.000" in shown(counter)
    assert school.is_enabled()
    school.check()
    assert "Nog over: € 450.000" in shown(counter)
    page.get_by_role("button", name="Stem", exact=True).click()
    page.get_by_role("heading", name="Je stem is geteld").wait_for()
    result = rounds.results(store, r.id)
    assert result.ballots == 1
    assert {x.title for x in result.ranking if x.score == 1.0} == {SCHOOL, LOKET}
    assert result.fits is not None and len(result.fits) == 2
