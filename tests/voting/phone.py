"""Helpers for the phone page: a workshop with one round per method, and headless Chromium.

Also a script: ``python tests/voting/phone.py docs/phone`` writes a 360×740
screenshot of the page for each method (docs/phone/vote-dots.png, …);
``python tests/voting/phone.py docs/phone survey`` only the phone survey's;
``python tests/voting/phone.py docs/phone whole`` only the budget round with whole
fiches (vote-budget-whole.png); ``python tests/voting/phone.py docs/phone ideas``
only the ideas round's.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain import records  # noqa: E402
from app.services import organisation, proposals, rounds, survey  # noqa: E402
from app.services.voting import Store  # noqa: E402

# Debian's Chromium; ATELIER_CHROMIUM points elsewhere (and lets a test see it missing).
CHROMIUM = Path(os.environ.get("ATELIER_CHROMIUM", "/usr/bin/chromium"))
# The only way to run without a browser: the browser tests are then skipped, visibly.
SKIP_BROWSER = "ATELIER_SKIP_BROWSER"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
METHODS = ("dots", "score", "rank", "budget")

# Proposals as the Herentals keuzenota words them (seed 002), long and short.
PROPOSALS = [
    (
        "Fietsveilige schoolroutes in alle deelgemeenten",
        "Veilige, aaneengesloten fietsroutes naar elke school, met oversteekplaatsen "
        "en schoolstraten waar dat kan. We starten in de deelgemeenten waar kinderen "
        "nu langs de gewestweg fietsen.",
    ),
    ("Eén digitaal loket voor alle aanvragen", "Burgers doen elke aanvraag op één plek."),
    ("Ontmoetingshuis in Noorderwijk", "Een plek voor verenigingen, jong en oud."),
    ("Vergroening van het marktplein", ""),
    ("Kinderopvang dicht bij huis", "Meer plaatsen, ook voor flexibele uren."),
]
CLUSTERS = ("Managementteam", "Ruimte", "Welzijn", "Burgerzaken")


def make_rounds(store: Store, workshop_id: str) -> dict[str, records.VotingRound]:
    """Draft rounds (one per method) over the same proposals, with clusters to pick from."""
    for name in CLUSTERS:
        organisation.clusters.create(store, workshop_id, name=name)
    ids = [
        proposals.create_proposal(store, workshop_id, title=title, what=what).value.id
        for title, what in PROPOSALS
    ]
    options = [("proposal", i) for i in ids]
    rules: dict[str, dict[str, Any] | None] = {
        "dots": {"dots": 5, "max_per_option": 3},
        "score": None,  # the default criteria: impact (weight 2), haalbaarheid, urgentie
        "rank": {"max_ranked": 3},
        "budget": {"budget": 100000},
    }
    titles = {
        "dots": "Welke voorstellen krijgen voorrang?",
        "score": "Scoor de voorstellen",
        "rank": "Rangschik je top 3",
        "budget": "Verdeel het investeringsbudget",
    }
    return {
        method: rounds.create_round(
            store,
            workshop_id,
            titles[method],
            method,
            options,
            rules_=rules[method],
            question="Wat moet de gemeente de komende zes jaar eerst aanpakken?",
        ).value
        for method in METHODS
    }


# A budget round with whole fiches: each proposal's money over the planning period
# (year: investment, investment income, operating, operating income) and its net cost.
WHOLE_MONEY: dict[str, dict[int, tuple[float, float, float, float]]] = {
    "Fietsveilige schoolroutes in alle deelgemeenten": {
        2027: (1_000_000, 150_000, 0, 0),
        2028: (400_000, 0, 20_000, 0),
    },
    "Eén digitaal loket voor alle aanvragen": {2026: (300_000, 0, 60_000, 0)},
    "Ontmoetingshuis in Noorderwijk": {2028: (900_000, 50_000, 0, 0)},
    "Vergroening van het marktplein": {2029: (450_000, 0, 0, 0)},
    "Kinderopvang dicht bij huis": {2027: (600_000, 100_000, 250_000, 50_000)},
}
WHOLE_COSTS = {  # net investment over the period: what the phones see
    "Fietsveilige schoolroutes in alle deelgemeenten": 1_250_000.0,
    "Eén digitaal loket voor alle aanvragen": 300_000.0,
    "Ontmoetingshuis in Noorderwijk": 850_000.0,
    "Vergroening van het marktplein": 450_000.0,
    "Kinderopvang dicht bij huis": 500_000.0,
}
WHOLE_BUDGET = 2_000_000.0
WHOLE_TITLE = "Burgerbudget: welke fiches kies jij?"


def make_whole_round(store: Store, workshop_id: str) -> records.VotingRound:
    """The proposals get their money per year, and a draft budget round over them
    at their net investment over the period, within a budget of € 2.000.000."""
    from app.services import budget_round

    found = {p.title: p.id for p in proposals.proposals.list(store, workshop_id)}
    for title, years in WHOLE_MONEY.items():
        if title not in found:
            found[title] = proposals.create_proposal(store, workshop_id, title=title).value.id
        proposals.update_proposal(
            store,
            found[title],
            resources={
                year: proposals.ResourceSpec(
                    investment=inv, investment_income=inv_in, operating=op, operating_income=op_in
                )
                for year, (inv, inv_in, op, op_in) in years.items()
            },
        )
    return budget_round.create_budget_round(
        store,
        workshop_id,
        WHOLE_TITLE,
        [found[title] for title in WHOLE_MONEY],
        basis=budget_round.INVESTMENT,
        budget_=WHOLE_BUDGET,
        question="Kies de fiches die de gemeente eerst moet uitvoeren, binnen het budget.",
    ).value


def closed_whole_round(
    store: Store, workshop_id: str, phones: int = 40, seed: int = 11
) -> records.VotingRound:
    """In a workshop with costed fiches (the demo): a budget round over the costed keuze
    fiches with a budget of a third of their cost, ``phones`` ballots (each a random
    set of fiches that fits, favourites more often), closed and revealed."""
    import random

    from app.services import budget_round

    keuze = [p.id for p in proposals.proposals.list(store, workshop_id) if not p.mandatory]
    priced = budget_round.price(store, workshop_id, keuze).priced[:12]
    amount = round(sum(f.cost for f in priced) / 3, -4)
    made = budget_round.create_budget_round(
        store,
        workshop_id,
        "Burgerbudget: welke fiches eerst?",
        [f.proposal_id for f in priced],
        budget_=amount,
        question="Kies hele fiches tot het budget op is.",
    ).value
    rounds.open_round(store, made.id)
    costs = made.rules["costs"]
    ids = [o.id for o in made.options]
    weights = [1.0 / (1 + n * 0.4) for n in range(len(ids))]
    rng = random.Random(seed)
    for n in range(phones):
        picks: dict[str, float] = {}
        for option in rng.choices(ids, weights, k=6):
            if option not in picks and sum(picks.values()) + costs[option] <= amount:
                picks[option] = costs[option]
        rounds.cast_ballot(
            store, made.id, rounds.BallotInput(picks, voter=f"telefoon-{seed}-{n:04d}-abcdef")
        )
    rounds.close_round(store, made.id)
    return rounds.update_round(store, made.id, revealed=True).value


def write_whole_screenshot(out_dir: Path) -> list[Path]:
    """vote-budget-whole.png: two fiches taken, what is left, a fiche that no longer fits."""
    import tempfile

    from app.services.workshops import create_workshop
    from app.storage.store import create_store
    from app.voting.server import VotingServer

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, create_store(Path(tmp) / "w.atelier") as store:
        workshop = create_workshop(store, "Meerjarenplan", organisation="Gemeente Herentals")
        made = make_whole_round(store, workshop.value.id)
        rounds.open_round(store, made.id)
        with VotingServer(store, "127.0.0.1", 0) as server, phone_page() as page:
            page.goto(server.join_url(made))
            page.get_by_role("heading", name=made.title).wait_for()
            page.get_by_role("checkbox", name="Ontmoetingshuis in Noorderwijk").check()
            page.get_by_role("checkbox", name="Eén digitaal loket voor alle aanvragen").check()
            page.evaluate(
                "window.scrollTo(0, document.getElementById('options').getBoundingClientRect()"
                ".top + window.scrollY - 8)"
            )
            target = out_dir / "vote-budget-whole.png"
            page.screenshot(path=str(target))
    return [target]


SURVEY_TITLE = "Interne analyse: hoe sterk staan we?"
SURVEY_QUESTION = "Beantwoord de stellingen voor je eigen cluster."


def make_survey(store: Store, workshop_id: str) -> records.VotingRound:
    """A draft survey round over the workshop's internal questionnaire (seed 003)."""
    return survey.create_survey_round(
        store, workshop_id, SURVEY_TITLE, question=SURVEY_QUESTION
    ).value


def require_chromium() -> None:
    """Fail (not skip) when the browser is missing: a CI run without it must not pass
    quietly. ATELIER_SKIP_BROWSER=1 is the explicit way to skip the browser tests."""
    import pytest

    if CHROMIUM.exists():
        return
    if os.environ.get(SKIP_BROWSER) == "1":
        pytest.skip(f"{CHROMIUM} is missing and {SKIP_BROWSER}=1")
    pytest.fail(
        f"{CHROMIUM} is missing: install it (apt-get install chromium), point "
        f"ATELIER_CHROMIUM at a Chromium, or set {SKIP_BROWSER}=1 to skip the browser tests.",
        pytrace=False,
    )


@contextmanager
def phone_page() -> Iterator[Any]:
    """A Playwright page in Debian's Chromium, sized like a small phone."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport=PHONE,
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
                locale="nl-BE",
            )
            yield context.new_page()
        finally:
            browser.close()


def fill_in(page: Any, method: str) -> None:
    """A participant halfway through voting, so that the screenshot shows real state."""
    if method == "dots":
        page.get_by_role(
            "button", name="Eén stip meer voor Fietsveilige schoolroutes"
        ).first.click()
        page.get_by_role(
            "button", name="Eén stip meer voor Fietsveilige schoolroutes"
        ).first.click()
        page.get_by_role("button", name="Eén stip meer voor Eén digitaal loket").click()
    elif method == "score":
        page.locator(".pick", has_text="4").first.click()
        page.locator(".pick", has_text="3").nth(1).click()
    elif method == "rank":
        page.get_by_role(
            "button", name="Ontmoetingshuis in Noorderwijk kiezen als nummer 1"
        ).click()
        page.get_by_role(
            "button", name="Fietsveilige schoolroutes in alle deelgemeenten kiezen als nummer 2"
        ).click()
    else:
        page.get_by_label("Fietsveilige schoolroutes in alle deelgemeenten").fill("40000")
        page.get_by_label("Eén digitaal loket voor alle aanvragen").fill("25000")
    page.evaluate("window.scrollTo(0, 0)")


def write_screenshots(out_dir: Path) -> list[Path]:
    import tempfile

    from app.services.workshops import create_workshop
    from app.storage.store import create_store
    from app.voting.server import VotingServer

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, create_store(Path(tmp) / "w.atelier") as store:
        workshop = create_workshop(store, "Meerjarenplan", organisation="Gemeente Herentals")
        made = make_rounds(store, workshop.value.id)
        with VotingServer(store, "127.0.0.1", 0) as server, phone_page() as page:
            for method in METHODS:
                rounds.open_round(store, made[method].id)
                server.round_changed()
                page.goto(server.join_url(made[method]))
                page.get_by_role("heading", name=made[method].title).wait_for()
                fill_in(page, method)
                target = out_dir / f"vote-{method}.png"
                page.screenshot(path=str(target))
                written.append(target)
                rounds.close_round(store, made[method].id)
            # The page between rounds, and the moment after a ballot went in.
            server.round_changed()
            page.goto(server.join_url(made["dots"]))
            page.locator("#waiting:not([hidden])").wait_for()
            page.screenshot(path=str(out_dir / "vote-waiting.png"))
            written.append(out_dir / "vote-waiting.png")
            extra = rounds.create_round(
                store,
                workshop.value.id,
                "Nog één keer: welk voorstel eerst?",
                "dots",
                [(o.kind, o.target_id) for o in made["dots"].options],
                rules_=made["dots"].rules,
            ).value
            rounds.open_round(store, extra.id)
            server.round_changed()
            page.goto(server.join_url(extra))
            page.get_by_role("heading", name=extra.title).wait_for()
            fill_in(page, "dots")
            page.get_by_role("button", name="Stem", exact=True).click()
            page.locator("#done:not([hidden])").wait_for()
            page.screenshot(path=str(out_dir / "vote-done.png"))
            written.append(out_dir / "vote-done.png")
            rounds.close_round(store, extra.id)
            # A named round: the page asks who votes (the list of named participants).
            people = organisation.clusters.list(store, workshop.value.id)
            for name, cluster in (("Zoë Peeters", 2), ("Łukasz Nowak", 1), ("Jan Claes", 3)):
                organisation.participants.create(
                    store, workshop.value.id, name=name, cluster_id=people[cluster].id
                )
            named = rounds.create_round(
                store,
                workshop.value.id,
                "Op naam: welk voorstel eerst?",
                "dots",
                [(o.kind, o.target_id) for o in made["dots"].options],
                rules_=made["dots"].rules,
                anonymous=False,
            ).value
            rounds.open_round(store, named.id)
            server.round_changed()
            page.goto(server.join_url(named))
            page.get_by_label("Jouw naam").select_option(label="Zoë Peeters (Welzijn)")
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(out_dir / "vote-named.png"))
            written.append(out_dir / "vote-named.png")
    return written


# Seed 003's clusters (Heusden-Zolder).
SURVEY_CLUSTERS = (
    "Managementteam",
    "Burger en klantrelaties",
    "Ruimte",
    "Samenleving",
    "Sociaal huis",
    "Interne dienstverlening",
)


def fill_in_survey(page: Any) -> None:
    """A respondent who picked a cluster and answered the first statements."""
    page.get_by_label("Jouw cluster").select_option("Ruimte")
    statements = page.locator("fieldset.statement")
    for n, answer in enumerate(("eens", "weet niet", "oneens", "helemaal eens")):
        statements.nth(n).get_by_role("radio", name=answer, exact=True).check()


def write_survey_screenshots(out_dir: Path) -> list[Path]:
    """vote-survey.png (the first statements, answered in part) and vote-survey-top.png."""
    import tempfile

    from app.services.workshops import create_workshop
    from app.storage.store import create_store
    from app.voting.server import VotingServer

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, create_store(Path(tmp) / "w.atelier") as store:
        workshop = create_workshop(
            store, "Omgevingsanalyse", organisation="Gemeente Heusden-Zolder"
        ).value
        for name in SURVEY_CLUSTERS:
            organisation.clusters.create(store, workshop.id, name=name)
        made = make_survey(store, workshop.id)
        rounds.open_round(store, made.id)
        with VotingServer(store, "127.0.0.1", 0) as server, phone_page() as page:
            page.goto(server.join_url(made))
            page.get_by_role("heading", name=made.title).wait_for()
            fill_in_survey(page)
            page.evaluate("window.scrollTo(0, 0)")
            written.append(out_dir / "vote-survey-top.png")
            page.screenshot(path=str(written[-1]))
            page.evaluate(
                "window.scrollTo(0, document.querySelector('.area').getBoundingClientRect().top"
                " + window.scrollY - 8)"
            )
            written.append(out_dir / "vote-survey.png")
            page.screenshot(path=str(written[-1]))
    return written


IDEAS_TITLE = "Omgevingsanalyse: wat leeft er?"
IDEAS_QUESTION = "Wat zijn de sterktes, zwaktes, kansen en bedreigingen van onze gemeente?"
# Ideas as a room writes them (seed 003's SWOT per cluster), a phone's own list.
IDEAS_SENT = (
    ("Sterke verenigingen in elke deelgemeente", "S"),
    ("Te weinig parkeerplaatsen aan het gemeentehuis", "W"),
)


def make_ideas_round(store: Store, workshop_id: str) -> records.VotingRound:
    """A draft ideas round that asks for all four quadrants (280 letters at most)."""
    return rounds.create_round(
        store,
        workshop_id,
        IDEAS_TITLE,
        "ideas",
        [],
        rules_={"max_length": 280, "quadrants": ["S", "W", "O", "T"]},
        question=IDEAS_QUESTION,
    ).value


def send_idea(page: Any, text: str, quadrant: str) -> None:
    """Type an idea, pick its quadrant, send it and wait for the acknowledgement."""
    labels = {"S": "Sterkte", "W": "Zwakte", "O": "Kans", "T": "Bedreiging"}
    page.get_by_label("Jouw idee").fill(text)
    page.get_by_role("radio", name=labels[quadrant]).check()
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Verstuurd \u2713").wait_for()


def write_ideas_screenshots(out_dir: Path) -> list[Path]:
    """vote-ideas.png (an idea being written, the quadrant chosen) and vote-ideas-sent.png
    (after two ideas: "Verstuurd ✓", the field empty, the phone's own list below)."""
    import tempfile

    from app.services.workshops import create_workshop
    from app.storage.store import create_store
    from app.voting.server import VotingServer

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, create_store(Path(tmp) / "w.atelier") as store:
        workshop = create_workshop(
            store, "Omgevingsanalyse", organisation="Gemeente Heusden-Zolder"
        ).value
        for name in SURVEY_CLUSTERS:
            organisation.clusters.create(store, workshop.id, name=name)
        made = make_ideas_round(store, workshop.id)
        rounds.open_round(store, made.id)
        with VotingServer(store, "127.0.0.1", 0) as server, phone_page() as page:
            page.goto(server.join_url(made))
            page.get_by_role("heading", name=made.title).wait_for()
            page.get_by_label("Je cluster").select_option("Samenleving")
            page.get_by_label("Jouw idee").fill("Veel jonge gezinnen komen in de gemeente wonen")
            page.get_by_role("radio", name="Kans").check()
            page.evaluate("window.scrollTo(0, 0)")
            written.append(out_dir / "vote-ideas.png")
            page.screenshot(path=str(written[-1]))
            page.get_by_label("Jouw idee").fill("")
            for text, quadrant in IDEAS_SENT:
                send_idea(page, text, quadrant)
            page.evaluate(
                "window.scrollTo(0, document.getElementById('idea-text').getBoundingClientRect()"
                ".top + window.scrollY - 60)"
            )
            written.append(out_dir / "vote-ideas-sent.png")
            page.screenshot(path=str(written[-1]))
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/phone")
    only = sys.argv[2:]
    made_now: list[Path] = [] if only else write_screenshots(target)
    if not only or only == ["survey"]:
        made_now += write_survey_screenshots(target)
    if not only or only == ["whole"]:
        made_now += write_whole_screenshot(target)
    if not only or only == ["ideas"]:
        made_now += write_ideas_screenshots(target)
    for path in made_now:
        print(path)
