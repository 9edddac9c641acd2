"""Letters the report's font lacks never print as an empty box: they print by name and
the report's log lists them; Arabic and Hebrew are shaped (letters.py)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from app.reports import fonts
from app.reports.build import build_report
from app.reports.letters import printable
from app.services import organisation, swot
from tests.reports.conftest import flat, pdftotext

EMOJI = "Feest 🎉 met duim 👍🏽 en hart ❤️ en lach 😀"
ARABIC = "مرحبا"
HEBREW = "שלום"


def report_with(store, workshop, tmp_path: Path, *texts: str) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    cluster = organisation.clusters.create(store, workshop.id, name="Cultuur 🎭").value
    for text in texts:
        swot.items.create(store, workshop.id, quadrant="S", text=text, cluster_id=cluster.id)
    notes: list[str] = []
    out = tmp_path / "rapport.pdf"
    build_report(store, out, part="swot", notes=notes)
    return pdftotext(out), notes


def glyph_of(char: str) -> int:
    fonts.register()
    return pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph.get(ord(char), 0)


def test_emoji_the_font_lacks_print_by_name_and_are_listed(store, workshop, tmp_path: Path):
    assert not glyph_of("🎉") and glyph_of("😀")  # what makes this test meaningful
    text, notes = report_with(store, workshop, tmp_path, EMOJI)
    shown = flat(text)
    # ❤ and 😀 are in the font and print as themselves (pdftotext reads the smiley,
    # outside Unicode's first plane, back wrongly: a text-layer matter, not a box).
    assert "Feest [party popper] met duim [thumbs up sign] en hart ❤" in shown
    assert "Cultuur [performing arts]" in shown  # a cluster name, in a heading
    # Nothing the font has no glyph for reached the PDF: no empty box.
    assert all(glyph_of(c) for c in shown if not c.isspace())
    listed = "\n".join(notes)
    for code in ("U+1F389", "U+1F44D", "U+1F3AD"):
        assert code in listed
    assert "U+1F600" not in listed  # the font has this one


def test_arabic_and_hebrew_are_shaped_not_boxes(store, workshop, tmp_path: Path):
    text, notes = report_with(
        store, workshop, tmp_path, f"Welkom: {ARABIC} bij de bib", f"Groet: {HEBREW}"
    )
    assert not [n for n in notes if "U+05" in n or "U+06" in n]
    shown = flat(text)
    # Shaped Arabic prints its joined forms (presentation forms), each with a glyph.
    joined = [c for c in shown if 0xFE70 <= ord(c) <= 0xFEFF]
    assert joined and all(glyph_of(c) for c in joined)
    assert set(unicodedata.normalize("NFKC", "".join(joined))) == set(ARABIC)
    assert HEBREW in shown or HEBREW[::-1] in shown


def test_invisible_modifiers_are_left_out_and_plain_text_is_untouched():
    assert printable("Zoë, Łukasz, Nguyễn €5 — ‘ok’") == "Zoë, Łukasz, Nguyễn €5 — ‘ok’"
    assert printable("👍🏽") == "[thumbs up sign]"  # the skin tone is a modifier
    assert printable("🏴\U000e0067\U000e0062\U000e007f") == "[waving black flag]"
    assert printable("中") == "[cjk unified ideograph-4e2d]"


def test_a_canvas_line_shapes_only_its_right_to_left_runs():
    """The contents and the running header draw on the canvas: a Hebrew name in a
    Dutch title is set right to left (drawn order reversed), the Dutch as typed."""
    from app.reports.letters import line

    fonts.register()
    drawn = str(line("Cluster קהילה — stad 2026", fonts.REGULAR, 10))
    assert drawn == "Cluster הליהק — stad 2026"
    assert line("Gewoon Nederlands", fonts.REGULAR, 10) == "Gewoon Nederlands"
