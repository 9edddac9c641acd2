"""A closed ideas round in the PDF: its own section in the ranking part (no ranking),
with what reached the board, printed literally (markup and formula characters as text)."""

from __future__ import annotations

from pathlib import Path

from app.reports.build import build_report
from app.reports.data import load
from app.services import ideas, organisation, rounds
from tests.reports.conftest import flat, pdftotext

SENT = [
    ("<b>x</b> & <i>y</i>", "S"),
    ("=SUM(A1)", "W"),
    ("+cmd", "O"),
    ("Afgewezen idee", "T"),
    ("Nog open idee", "T"),
]


def test_a_closed_ideas_round_prints_what_reached_the_board(store, workshop, tmp_path: Path):
    organisation.clusters.create(store, workshop.id, name="Ruimte")
    made = rounds.create_round(
        store,
        workshop.id,
        "Ideeën uit de zaal",
        "ideas",
        [],
        {"quadrants": ["S", "W", "O", "T"]},
        question="Wat leeft er?",
    ).value
    rounds.open_round(store, made.id)
    for n, (text, quadrant) in enumerate(SENT):
        ideas.submit(store, made.id, f"telefoon-{n % 2:016d}", text, quadrant, "Ruimte")
    by_text = {i.text: i.id for i in ideas.list_ideas(store, made.id)}
    ideas.accept(store, [by_text["<b>x</b> & <i>y</i>"], by_text["=SUM(A1)"]])
    ideas.reject(store, [by_text["Afgewezen idee"]])
    point = ideas.list_ideas(store, made.id, ideas.IdeaStatus.ACCEPTED)[0].swot_item_id
    assert point is not None
    ideas.merge_into(store, [by_text["+cmd"]], point)
    rounds.close_round(store, made.id)

    data = load(store, "ranking", None, lambda: None)
    assert data.rounds == [] and [r.round.id for r in data.ideas_rounds] == [made.id]
    out = tmp_path / "ideeen.pdf"
    build_report(store, out, part="ranking")
    text = flat(pdftotext(out))
    assert "Ideeën uit de zaal" in text and "Vraag: Wat leeft er?" in text
    assert "2 gsm's stuurden 5 ideeën: 2 aanvaard, 1 samengevoegd" in text
    assert "1 afgewezen, 1 niet beoordeeld" in text
    for literal in ("<b>x</b> & <i>y</i>", "=SUM(A1)", "+cmd"):
        assert literal in text, literal
    assert "Afgewezen idee" not in text and "Nog open idee" not in text
