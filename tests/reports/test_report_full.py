"""The whole report of the demo workshop: every part, exact text, page numbers,
contents and bookmarks."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.conftest import DECOMPOSED, MARKUP, NAMES, pages, pdftotext

SECTION_TITLES = [
    "Inhoud",
    "Werkwijze",
    "Sessies",
    "Locaties",
    "Deelnemers per cluster",
    "SWOT-analyse per cluster",
    "Organisatiebrede SWOT",
    "Synthese: top 20",
    "Positioneringsrozen",
    "Interne analyse",
    "Externe analyse",
    "Ontwikkelpaden",
    "Leidende principes",
    "Rangschikking van de stemrondes",
    "Fiches",
    "Bijlage: deelnemers per cluster",
]


@pytest.fixture(scope="module")
def full_pdf(report_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.reports.build import build_report
    from app.storage.store import open_store

    out = tmp_path_factory.mktemp("full") / "rapport.pdf"
    with open_store(report_store_path, write=False, backup_on_open=False) as store:
        build_report(store, out)
    return out


@pytest.fixture(scope="module")
def text(full_pdf: Path) -> str:
    return pdftotext(full_pdf)


@pytest.fixture(scope="module")
def page_texts(full_pdf: Path) -> list[str]:
    return pages(full_pdf)


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def test_every_section_title_is_there(text: str):
    lines = _lines(text)
    missing = [t for t in SECTION_TITLES if t not in lines]
    assert not missing


def test_subsections_name_clusters_quadrants_and_swot_labels(text: str):
    lines = _lines(text)
    for label in (
        "Sterke punten",
        "Zwakke punten",
        "Opportuniteiten",
        "Bedreigingen",
        "Aanbevelingen",
        "Burger en samenleving",
        "Managementteam",
        "Te ontwikkelen acties / producten",
        "Impact die we creëren",
    ):
        assert label in lines or label in text, label


def test_letters_beyond_latin_1_and_accents_print_as_typed(text: str):
    assert NAMES in text
    assert "Impact die we creëren" in text
    assert "Dag 1 – Omgevingsanalyse en ‘bestuurder voor één dag’" in text


def test_decomposed_input_prints_as_the_same_letters(text: str):
    composed = unicodedata.normalize("NFC", DECOMPOSED)
    assert composed != DECOMPOSED
    assert composed in text


def test_markup_characters_print_exactly_as_typed(text: str):
    assert MARKUP in text
    assert "&amp;" not in text and "&lt;" not in text


def test_footer_counts_every_page(full_pdf: Path, page_texts: list[str]):
    total = len(PdfReader(full_pdf).pages)
    assert total == len(page_texts) > 100
    # The cover has no footer; every other page says where it is.
    for number, page in enumerate(page_texts[1:], start=2):
        assert f"p. {number} van {total}" in page


def test_contents_page_numbers_point_at_the_headings(full_pdf: Path, page_texts: list[str]):
    contents = pdftotext(full_pdf, "-layout", "-f", "2", "-l", "2")
    assert "Inhoud" in _lines(contents)
    found = re.findall(r"^ *(\S[^\n]*?) \.{3,}\s+(\d+)$", contents, re.MULTILINE)
    entries = dict(found)
    assert len(found) > 30
    assert {"Werkwijze", "Fiches", "Positioneringsrozen", "Synthese: top 20", "Zorg"} <= set(
        entries
    )
    for title, page in found:  # a long heading may wrap on its page
        assert title in " ".join(page_texts[int(page) - 1].split()), (title, page)
    assert int(entries["Werkwijze"]) == 3


def test_outline_has_every_part_each_cluster_and_each_fiche(full_pdf: Path, text: str):
    reader = PdfReader(full_pdf)
    top, nested = [], {}
    last = None
    for entry in reader.outline:
        if isinstance(entry, list):
            nested[last] = entry
        else:
            top.append(entry.title)
            last = entry.title
    for title in SECTION_TITLES:
        if title not in (
            "Sessies",
            "Locaties",
            "Deelnemers per cluster",
            "Interne analyse",
            "Externe analyse",
        ):
            assert title in top, title
    clusters = [e.title for e in nested["SWOT-analyse per cluster"] if not isinstance(e, list)]
    assert clusters == [
        "Burger en samenleving",
        "Zorg",
        "Vrije tijd",
        "Stadsontwikkeling",
        "Ondersteunende diensten",
        "Managementteam",
    ]
    roses = [e.title for e in nested["Positioneringsrozen"] if not isinstance(e, list)]
    assert roses == clusters
    fiches = [e.title for group in nested["Fiches"] if isinstance(group, list) for e in group]
    assert len(fiches) == 110
    assert fiches[0].startswith("BS-01 · ")
    # Each bookmark lands on the page that shows its fiche.
    page_of = {}
    for group in nested["Fiches"]:
        if isinstance(group, list):
            for e in group:
                page_of[e.title] = reader.get_destination_page_number(e)
    some = fiches[5]
    code = some.split(" · ")[0]
    assert code in reader.pages[page_of[some]].extract_text()


def test_one_page_per_fiche_with_every_field(full_pdf: Path, page_texts: list[str]):
    fiche_pages = [p for p in page_texts if "Wat willen we bereiken?" in p]
    assert len(fiche_pages) == 110
    first = next(p for p in fiche_pages if "BS-01" in p)
    number = page_texts.index(first) + 1
    for field in (
        "Sector",
        "Beleidsdoelstelling",
        "Waarom?",
        "Wat winnen we?",
        "Duurzame ontwikkelingsdoelen (SDG's)",
        "Acties en fasering",
        "Middelen (raming)",
        "Investering (€)",
        "Werking (€)",
        "VTE",
        "Totaal",
        "Locatie",
        "Stand van zaken einde",
        "Afhankelijkheden",
        "Risico's",
        "Gekoppelde SWOT-punten",
        "ontwikkelpaden",
    ):
        assert field in first, field
    assert "Verplicht" in first or "Keuze" in first
    for year in range(2026, 2032):
        assert str(year) in first
    # The 17 SDG tiles print their numbers in a row; the chosen goals are named below them.
    layout = pdftotext(full_pdf, "-layout", "-f", str(number), "-l", str(number))
    tiles = layout.split("Duurzame ontwikkelingsdoelen (SDG's)")[1].split()[:17]
    assert tiles == [str(n) for n in range(1, 18)]
    assert "Ongelijkheid verminderen" in first  # BS-01 works towards SDG 10


def test_annex_lists_names_because_the_demo_allows_them(text: str):
    assert "Bijlage: deelnemers per cluster" in text
