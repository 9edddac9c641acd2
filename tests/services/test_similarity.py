"""The matcher (app/services/similarity.py, dutch_text.py): rewordings, compounds,
synonyms and typos find their partner first; look-alikes that share words do not."""

import pytest

from app.domain.consolidation import Cancelled
from app.services import dutch_text
from app.services.similarity import Index, Point
from tests.services import duplicate_eval

# Other threats of a municipal SWOT, so that weights mean something.
BACKGROUND = [
    "De klimaatverandering zorgt voor meer hittegolven en wateroverlast.",
    "Zwerfvuil en sluikstorten blijven een doorn in het oog.",
    "Afbouw van subsidies voor erfgoed en riolering.",
    "Hoogconjunctuur maakt het moeilijk om geschikte profielen aan te trekken.",
    "Wetgeving wijzigt steeds sneller, wat veel aanpassingen vraagt.",
    "Het aantal leefloners stijgt fors.",
    "Vergrijzing van de bevolking: pensioenlasten nemen toe.",
    "Digitalisering sluit bepaalde bevolkingsgroepen uit.",
    "Verenigingen komen onder druk door een tekort aan middelen.",
    "Het beleid voor het personeel is achterhaald.",
]


def _index(*texts: str, synonyms: str = dutch_text.DEFAULT_SYNONYMS) -> Index:
    points = [Point(f"b{n}", "T", t) for n, t in enumerate(BACKGROUND)]
    points += [Point(f"x{n}", "T", t) for n, t in enumerate(texts)]
    return Index(points, synonyms)


def _best(index: Index, text: str) -> str:
    return index.points[index.similar_to_text(text, "T", 1)[0].id].text


@pytest.mark.parametrize(
    ("typed", "partner", "what"),
    [
        ("Vrijwilligersinzet daalt.", "Een daling van het aantal vrijwilligers.", "compound"),
        (
            "Personeelsbeleid schiet tekort.",
            "Het beleid voor het personeel is achterhaald.",
            "split",
        ),
        (
            "Veroudering van de inwoners.",
            "Vergrijzing van de bevolking: pensioenlasten nemen toe.",
            "synonyms",
        ),
        ("Het aantal vrijwiligers daalt.", "Een daling van het aantal vrijwilligers.", "typo"),
        (
            "Sluikstortn en zwerfvuil nemen niet af.",
            "Zwerfvuil en sluikstorten blijven een doorn in het oog.",
            "typo",
        ),
        ("CLIËNTEN worden MONDIGER.", "De toenemende mondigheid van de klant.", "case, accents"),
    ],
)
def test_the_partner_comes_first(typed, partner, what):
    index = _index(
        "Een daling van het aantal vrijwilligers.", "De toenemende mondigheid van de klant."
    )
    assert _best(index, typed) == partner, what


def test_look_alikes_that_share_words_score_below_the_partner():
    index = _index(
        "Vergrijzing van het personeel: kennis gaat verloren.",
        "Veroudering van de bevolking, meer zorgbehoevenden.",
    )
    found = index.similar_to_text("Vergrijzing van de inwoners: meer zorgvragen.", "T", 20)
    scores = {index.points[m.id].text: m.score for m in found}
    partner = scores["Veroudering van de bevolking, meer zorgbehoevenden."]
    assert partner >= sorted(scores.values())[-2]  # with the other point on the population
    # About the staff, not the citizens: far below, though it shares "vergrijzing".
    assert scores.get("Vergrijzing van het personeel: kennis gaat verloren.", 0) < partner / 2


def test_a_word_used_once_near_a_frequent_one_is_read_as_that_word():
    vocabulary = dutch_text.vocabulary(
        ["vrijwilligers tekort", "vrijwilligers nodig", "vergrijzing", "verrijking"]
    )
    analyzer = dutch_text.Analyzer(vocabulary)
    assert analyzer.terms("vrijwiligers") == analyzer.terms("vrijwilligers")
    # Two real words a few letters apart stay apart.
    assert analyzer.terms("verrijking") != analyzer.terms("vergrijzing")


def test_compounds_split_only_into_words_the_workshop_uses():
    analyzer = dutch_text.Analyzer(dutch_text.vocabulary(["beleid", "personeel", "regel"]))
    assert analyzer.split("personeelsbeleid") == ("personeel", "beleid")
    assert analyzer.split("regelmatig") == ("regelmatig",)  # an adjective, not a compound
    assert analyzer.split("ziekteverzuim") == ("ziekteverzuim",)  # no "ziekte" here


def test_the_workshops_own_synonyms_decide():
    texts = ("Te weinig parkeerplaatsen in het centrum.", "Het centrum mist parkings.")
    plain = _index(*texts, synonyms="")
    own = _index(*texts, synonyms="parkeerplaatsen, parkings")
    a, b = (f"x{n}" for n in range(2))
    assert own.similarity(a, b) > plain.similarity(a, b) + 0.2


def test_a_point_with_the_typed_text_itself_is_no_suggestion():
    index = _index("Vrijwilligersinzet daalt.")
    found = index.similar_to_text("vrijwilligersinzet  daalt", "T", 5)
    assert "Vrijwilligersinzet daalt." not in [index.points[m.id].text for m in found]


def test_groups_join_rewordings_and_keep_look_alikes_apart():
    # Among all threats of the demo, where "vergrijzing" is no rare word.
    threats = [p for p in duplicate_eval.corpus() if p.quadrant == "T"]
    texts = (
        "De bevolking wordt mondiger en vraagt meer inspraak.",
        "Toenemende mondigheid van de burger.",
        "Stijgende assertiviteit bij de klant.",
        "Vergrijzing van het personeel: kennis gaat verloren.",
        "Vergrijzing van de bevolking: pensioenlasten nemen toe.",
    )
    index = Index([*threats, *(Point(f"x{n}", "T", t) for n, t in enumerate(texts))])
    groups = index.groups("T")
    texts = [{index.points[i].text for i in g.ids} for g in groups]
    assert any(
        {
            "De bevolking wordt mondiger en vraagt meer inspraak.",
            "Toenemende mondigheid van de burger.",
            "Stijgende assertiviteit bij de klant.",
        }
        <= t
        for t in texts
    )
    assert not any(
        "Vergrijzing van het personeel: kennis gaat verloren." in t
        and "Vergrijzing van de bevolking: pensioenlasten nemen toe." in t
        for t in texts
    )


def test_groups_spanning_more_clusters_come_first():
    points = [
        Point("a1", "W", "Interne communicatie kan beter.", ("A",)),
        Point("a2", "W", "De interne communicatie moet beter.", ("A",)),
        Point("b1", "W", "Geen analytische boekhouding.", ("A",)),
        Point("b2", "W", "Analytische boekhouding ontbreekt.", ("B",)),
        Point("b3", "W", "Er is geen analytische boekhouding.", ("C",)),
        Point("c1", "W", "Te weinig tijd voor reflectie.", ("B",)),
    ]
    groups = Index(points).groups()
    assert [g.ids for g in groups] == [("b1", "b2", "b3"), ("a1", "a2")]
    assert [g.clusters for g in groups] == [3, 1]


def test_the_search_for_groups_can_be_cancelled():
    index = _index("Vrijwilligersinzet daalt.")
    with pytest.raises(Cancelled):
        index.groups(cancelled=lambda: True)


def test_tuning_half_of_the_labelled_set_stays_above_target():
    """A regression guard on the tuning half (the held-out half is only reported:
    tests/perf/test_similarity_quality.py)."""
    figures = duplicate_eval.atelier("tuning")
    assert figures.recall_at_5 >= 0.75
    assert figures.group_precision >= 0.8
