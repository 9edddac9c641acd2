"""The phone survey in a real browser (headless Chromium via Playwright): answer,
send, change later; and a layout that fits a small phone with large, labelled targets."""

from __future__ import annotations

import pytest

from app.services import analysis, organisation, rounds
from tests.voting.phone import PHONE, SURVEY_TITLE, make_survey

SEND = "Antwoorden versturen"
WORDS = ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]


@pytest.fixture
def survey_page(page, server, store, workshop):  # type: ignore[no-untyped-def]
    made = make_survey(store, workshop.id)
    rounds.open_round(store, made.id)
    page.goto(server.join_url(made))
    page.get_by_role("heading", name=SURVEY_TITLE).wait_for()
    return page


def statement(page, n):  # type: ignore[no-untyped-def]
    return page.locator("fieldset.statement").nth(n)


def respondent_answers(store, workshop):  # type: ignore[no-untyped-def]
    people = [
        p
        for p in organisation.participants.list(store, workshop.id)
        if p.role == "respondent (telefoon)"
    ]
    scores = {s.statement_id: s.score for s in analysis.scores(store, workshop.id)}
    importance = {r.area_id: r.importance for r in analysis.ratings(store, workshop.id)}
    return people, scores, importance


def test_answer_send_and_change_later(survey_page, store, workshop):
    page = survey_page
    areas = [a for a in analysis.areas.list(store, workshop.id) if a.kind.value == "internal"]
    first, second = page.locator("fieldset.statement").evaluate_all(
        "groups => groups.slice(0, 2).map(g => g.id.replace('statement-', ''))"
    )
    assert page.locator("#counter").inner_text() == "0 van 77 beantwoord"
    assert page.locator("#cluster-field").inner_text().startswith("Jouw cluster (verplicht)")

    statement(page, 0).get_by_role("radio", name="eens", exact=True).check()
    statement(page, 1).get_by_role("radio", name="weet niet", exact=True).check()
    importance = page.locator("fieldset.importance").first
    importance.get_by_role("radio", name="heel belangrijk", exact=True).check()
    assert page.locator("#counter").inner_text() == "3 van 77 beantwoord"
    assert statement(page, 0).locator(".picked").inner_text() == "Jouw keuze: eens"

    page.get_by_role("button", name=SEND).click()
    assert "Kies eerst je cluster" in page.locator("#message").inner_text()
    assert page.get_by_label("Jouw cluster").evaluate("e => document.activeElement === e")
    page.get_by_label("Jouw cluster").select_option("Ruimte")
    page.get_by_role("button", name=SEND).click()
    assert "Nog 74 vragen open" in page.locator("#message").inner_text()
    assert respondent_answers(store, workshop) == ([], {}, {})  # nothing sent yet
    page.get_by_role("button", name=SEND).click()  # a second tap sends what there is
    page.get_by_role("heading", name="Je antwoorden zijn bewaard").wait_for()

    people, scores, rated = respondent_answers(store, workshop)
    ruimte = next(c for c in organisation.clusters.list(store, workshop.id) if c.name == "Ruimte")
    assert [p.cluster_id for p in people] == [ruimte.id]
    assert scores == {first: 4, second: None}
    assert rated == {areas[0].id: 5}

    page.get_by_role("button", name="Antwoorden aanpassen").click()
    assert statement(page, 0).get_by_role("radio", name="eens", exact=True).is_checked()
    assert statement(page, 1).get_by_role("radio", name="weet niet", exact=True).is_checked()
    statement(page, 0).get_by_role("radio", name="helemaal oneens", exact=True).check()
    statement(page, 2).get_by_role("radio", name="neutraal", exact=True).check()
    page.get_by_role("button", name=SEND).click()
    page.get_by_role("button", name=SEND).click()
    page.get_by_role("heading", name="Je antwoorden zijn bewaard").wait_for()
    people_after, scores, _ = respondent_answers(store, workshop)
    assert [p.id for p in people_after] == [p.id for p in people]  # replaced, not added
    assert scores[first] == 1 and scores[second] is None and len(scores) == 3


def test_every_answer_has_a_real_label_and_every_statement_a_group_name(survey_page, store):
    page = survey_page
    first = statement(page, 0)
    text = first.locator("legend").inner_text()
    assert page.get_by_role("group", name=text).count() == 1
    for word in [*WORDS, "weet niet"]:
        assert first.get_by_role("radio", name=word, exact=True).count() == 1
    assert first.get_by_role("radio").count() == 6  # one group: five points and "weet niet"
    importance = page.locator("fieldset.importance").first
    assert importance.get_by_role("radio").count() == 5
    assert page.get_by_role("radio", name="heel belangrijk", exact=True).count() == 7
    assert page.locator("fieldset.statement").count() == 70
    assert page.locator("section.area h2").all_inner_texts()[0] == "Strategie en planning"


def test_the_survey_fits_a_phone_with_large_targets(survey_page):
    page = survey_page
    page.get_by_label("Jouw cluster").select_option("Welzijn")
    statement(page, 0).get_by_role("radio", name="weet niet", exact=True).check()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    small = page.evaluate(
        """() => Array.from(document.querySelectorAll('button, select, .answer .face, summary'))
            .filter(e => e.offsetParent !== null)
            .map(e => [e.textContent.trim(), e.getBoundingClientRect().width,
                       e.getBoundingClientRect().height])
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
    # Each radio covers its whole visible button, so a tap anywhere on it counts.
    covered = page.evaluate(
        """() => Array.from(document.querySelectorAll('.answer')).slice(0, 12).every(l => {
            const i = l.querySelector('input').getBoundingClientRect();
            const f = l.querySelector('.face').getBoundingClientRect();
            return i.width >= f.width && i.height >= f.height; })"""
    )
    assert covered
