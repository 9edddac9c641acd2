"""The whole report of the demo workshop: every part, exact text, page numbers,
contents and bookmarks."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reports.styles import MARGIN, PAGE_WIDTH, long_date
from tests.reports.conftest import (
    DECOMPOSED,
    MARKUP,
    NAMES,
    Word,
    flat,
    flemish,
    lines,
    pages,
    part_pages,
    pdftotext,
    text_of,
    words,
)

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
    assert NAMES in flat(text)
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
    # The demo's own introduction to the whole report comes right after the contents
    # (one page or more, as the parts grow) and before the parts.
    intro = int(entries["Inleiding"])
    assert intro >= 3 and int(entries["Werkwijze"]) == intro + 1
    assert "Inhoud" in _lines(pdftotext(full_pdf, "-layout", "-f", "2", "-l", "2"))
    assert "....." in page_texts[intro - 2] or intro == 3


def test_outline_has_every_part_each_cluster_and_each_proposal(full_pdf: Path, text: str):
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
    proposals = [e.title for group in nested["Fiches"] if isinstance(group, list) for e in group]
    assert len(proposals) == 110
    assert proposals[0].startswith("BS-01 · ")
    # Each bookmark lands on the page that shows its fiche.
    page_of = {}
    for group in nested["Fiches"]:
        if isinstance(group, list):
            for e in group:
                page_of[e.title] = reader.get_destination_page_number(e)
    some = proposals[5]
    code = some.split(" · ")[0]
    assert code in reader.pages[page_of[some]].extract_text()


def test_one_page_per_proposal_with_every_field(full_pdf: Path, page_texts: list[str]):
    proposal_pages = [p for p in page_texts if "Wat willen we bereiken?" in p]
    assert len(proposal_pages) == 110
    first = next(p for p in proposal_pages if "BS-01" in p)
    number = page_texts.index(first) + 1
    for field in (
        "Sector",
        "Beleidsdoelstelling",
        "Waarom?",
        "Wat winnen we?",
        "Duurzame ontwikkelingsdoelen (SDG's)",
        "Acties en fasering",
        "Middelen (raming)",
        "Invest. uitgaven (€)",
        "Invest. ontvangsten (€)",
        "Werking uitgaven (€)",
        "Werking ontvangsten (€)",
        "VTE",
        "Besluit",
        "In de stemrondes",
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


@pytest.fixture(scope="module")
def page_words(full_pdf: Path) -> list[list[Word]]:
    return words(full_pdf)


@pytest.fixture(scope="module")
def workshop_data(report_store_path: Path):  # type: ignore[no-untyped-def]
    """What the report shows, read through the services (not through the report)."""
    from types import SimpleNamespace

    from app.services import organisation, reporting, swot
    from app.services.workshops import only_workshop
    from app.storage.store import open_store

    with open_store(report_store_path, write=False, backup_on_open=False) as store:
        w = only_workshop(store)
        return SimpleNamespace(
            workshop=w,
            clusters=organisation.clusters.list(store, w.id),
            participants=organisation.participants.list(store, w.id),
            items=swot.list_items(store, w.id, include_absorbed=True),
            proposals=reporting.proposals(store, w.id),
        )


def test_every_page_is_a4(full_pdf: Path):
    sizes = {
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(full_pdf).pages
    }
    assert sizes == {(595.3, 841.9)}  # 210 × 297 mm


def test_the_cover_names_organisation_workshop_period_and_date(page_texts, workshop_data):
    w = workshop_data.workshop
    cover = _lines(page_texts[0])
    assert w.organisation == "Stad Hoogstraten" and w.organisation in cover
    assert w.title in flat(page_texts[0])  # the title may wrap
    assert f"Planningsperiode {w.period_start}–{w.period_end}" in cover
    assert "Volledig rapport" in cover
    today = dt.date.today()
    days = (today, today - dt.timedelta(days=1))  # built just before midnight
    assert any(f"Rapport van {long_date(day)}" in cover for day in days)


def test_every_body_page_has_the_running_header(page_words, workshop_data):
    w = workshop_data.workshop
    for number, page in enumerate(page_words[1:], start=2):
        top = lines(page)[0]
        assert top[0].y1 < 20 * 72 / 25.4, number  # in the top margin
        left = [x for x in top if x.x1 < PAGE_WIDTH / 2]
        right = [x for x in top if x.x0 > PAGE_WIDTH / 2]
        assert text_of(left) == w.organisation, number
        assert text_of(right) == w.title, number
        assert abs(left[0].x0 - MARGIN) < 1 and abs(right[-1].x1 - (PAGE_WIDTH - MARGIN)) < 1
    # The cover has none: its first line is the organisation on the coloured band.
    assert text_of(lines(page_words[0])[0]) == w.organisation


# Every letter a Flemish town's staff write: Latin-1, Latin Extended-A (Ł ş ğ ő ø ž
# ć č ř ś ź ż ą ę ł ń ű …), Romanian ș ț, Vietnamese; and the report's own punctuation.
LETTERS = (
    {chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha()}
    | {chr(c) for c in range(0x100, 0x180)}
    | {chr(c) for c in range(0x1EA0, 0x1EFA)}
    | set("ƠơƯưȘșȚț")
    | set("éëïŁşğőøžćčřśźżąęłńőű€–‘’“”…·")
)


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_the_embedded_font_has_every_letter(bold: bool):
    from reportlab.pdfbase import pdfmetrics

    from app import resources
    from app.reports import fonts

    fonts.register()
    face = pdfmetrics.getFont(fonts.BOLD if bold else fonts.REGULAR).face
    assert Path(face.filename).parent == resources.path("fonts")
    assert len(LETTERS) > 280
    missing = sorted(c for c in LETTERS if face.charToGlyph.get(ord(c), 0) == 0)
    assert not missing


def _fonts(resources, seen: set[int]):  # type: ignore[no-untyped-def]
    """The font dictionaries a page's resources use, forms (page numbers) included."""
    res = resources.get_object() if resources is not None else None
    if not res:
        return
    for font in (res.get("/Font") or {}).values():
        yield font.get_object()
    for ref in (res.get("/XObject") or {}).values():
        form = ref.get_object()
        if form.get("/Subtype") == "/Form" and id(form) not in seen:
            seen.add(id(form))
            yield from _fonts(form.get("/Resources"), seen)


def test_every_font_in_the_pdf_is_embedded(full_pdf: Path):
    reader = PdfReader(full_pdf)
    used = {}
    seen: set[int] = set()
    for page in reader.pages:
        for font in _fonts(page.get("/Resources"), seen):
            used[str(font["/BaseFont"])] = font
    for name, font in used.items():
        parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
        for part in parts:
            # A standard font (Helvetica) has no descriptor: the reader's own font is used.
            assert "/FontDescriptor" in part, name
            descriptor = part["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), name
    # Subsets (AAAAAA+…) of the two faces in resources/fonts, and nothing else.
    assert {name.split("+")[-1] for name in used} == {
        "DejaVuSansCondensed",
        "DejaVuSansCondensed-Bold",
    }


def test_the_method_counts_the_participants_of_each_cluster(full_pdf, page_words, workshop_data):
    counts = Counter(p.cluster_id for p in workshop_data.participants)
    expected = {
        f"{c.name} (referentie)" if c.is_reference else c.name: counts.get(c.id, 0)
        for c in workshop_data.clusters
    }
    expected["Zonder cluster"] = counts[None]
    expected["Totaal"] = len(workshop_data.participants)
    assert counts[None] and len(set(expected.values())) > 3  # the clusters differ in size

    found: dict[str, int] = {}
    for index in part_pages(full_pdf, "Werkwijze"):
        rows = [text_of(line) for line in lines(page_words[index])]
        if "Deelnemers per cluster" not in rows:
            continue
        start = rows.index("Deelnemers per cluster")
        assert rows[start + 1] == "Cluster Deelnemers"
        for row in rows[start + 2 :]:
            name, _, count = row.rpartition(" ")
            found[name] = int(flemish(count) or 0)
            if name == "Totaal":
                break
    assert found == expected


def _nfc(text: str) -> str:
    return flat(unicodedata.normalize("NFC", text))


def test_consolidated_points_say_how_many_clusters_raised_them(full_pdf, page_words, workshop_data):
    from app.domain.consolidation import cluster_count

    sources: dict[str, list] = {}
    for item in workshop_data.items:
        if item.absorbed_into_id:
            sources.setdefault(item.absorbed_into_id, []).append(item)
    # How many clusters raised each point: its own and those of the points merged into it.
    expected = [
        (
            cluster_count([i.cluster_id, *(s.cluster_id for s in sources.get(i.id, []))]),
            _nfc(i.text),
        )
        for i in workshop_data.items
        if not i.absorbed_into_id
    ]
    assert {n for n, _ in expected} == {1, 2, 3}

    # The label stands at the margin, on the first line of its point.
    found = []
    for index in part_pages(full_pdf, "Organisatiebrede SWOT"):
        for line in lines(page_words[index]):
            t = [w.text for w in line]
            if len(t) > 2 and t[0].isdigit() and t[1] in ("cluster", "clusters"):
                assert abs(line[0].x0 - MARGIN) < 1
                found.append((int(t[0]), t[1], " ".join(t[2:])))
    assert len(found) == len(expected)
    left = list(expected)
    for n, word, first_line in found:
        assert word == ("cluster" if n == 1 else "clusters")
        # The first line holds the whole text (then the clusters' names) or its start.
        match = next(
            (e for e in left if first_line.startswith(e[1] + " (") or e[1].startswith(first_line)),
            None,
        )
        assert match is not None, first_line
        assert match[0] == n, (first_line, n, match)
        left.remove(match)


def _table(page_words, page_range, header: list[str]) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The rows of a table whose header row reads ``header`` (the first word of each
    column), over the pages it runs: the cells' text, a row starting where the
    first column has text."""
    rows: list[list[list[str]]] = []
    for index in page_range:
        page = lines(page_words[index])
        head = next(
            (line for line in page if [w.text for w in line][: len(header)] == header), None
        )
        if head is None:
            continue
        edges = [w.x0 - 2 for w in head[: len(header)]]
        bottom = min(w.y0 for w in page[-1]) - 1  # the footer
        for line in page[page.index(head) + 1 :]:
            if line[0].y0 >= bottom or line[0].x0 < edges[0]:
                break  # the footer, or text after the table (a part's own conclusion)
            cells: list[list[str]] = [[] for _ in header]
            for w in line:
                column = max(i for i, edge in enumerate(edges) if w.x0 >= edge)
                cells[column].append(w.text)
            if cells[0]:
                rows.append(cells)
            elif rows:
                for column, more in enumerate(cells):
                    rows[-1][column].extend(more)
    return [[" ".join(cell) for cell in row] for row in rows]


def test_the_top_20_synthesis_lists_the_top_points(full_pdf, page_words, workshop_data):
    """Not curated in the demo: the balanced default, the four quadrants in turn."""
    from app.domain.analysis import balanced_points

    top = balanced_points(workshop_data.items, 20)
    assert len(top) == 20
    assert [i.quadrant.value for i in top[:4]] == ["S", "W", "O", "T"]
    rows = _table(
        page_words, part_pages(full_pdf, "Synthese: top 20"), ["#", "Kwadrant", "Punt", "Genoemd"]
    )
    assert rows == [
        [
            str(n),
            item.quadrant.label,
            _nfc(item.text),
            f"{item.cluster_count} cluster{'' if item.cluster_count == 1 else 's'}",
        ]
        for n, item in enumerate(top, start=1)
    ]


def test_proposal_resources_totals_are_the_sums_of_the_years(full_pdf, workshop_data):
    by_code = {p.code: p for p in workshop_data.proposals}
    checked = set()
    for page in pages(full_pdf, "-layout"):
        if "Middelen (raming)" not in page:
            continue
        code = re.search(r"^\s*([A-Z]{2}-\d{2}) · ", page, re.MULTILINE).group(1)  # type: ignore[union-attr]
        proposal = by_code[code]
        table = page.split("Middelen (raming)")[1].splitlines()[1:7]
        header = table[0].split()
        assert header[-1] == "Totaal"
        years = [int(y) for y in header[:-1]]
        for row, (label, field) in zip(
            table[1:],
            [
                ("Invest. uitgaven (€)", "investment"),
                ("Invest. ontvangsten (€)", "investment_income"),
                ("Werking uitgaven (€)", "operating"),
                ("Werking ontvangsten (€)", "operating_income"),
                ("VTE", "fte"),
            ],
            strict=True,
        ):
            assert row.startswith(label)
            words = row[len(label) :].split()
            typed = {r.year: getattr(r, field) for r in proposal.resources}
            if field == "fte":
                # FTE per year and their average over the years, never their sum.
                assert words[-2] == "gem."
                cells = [flemish(c) for c in words[:-2]]
                total = flemish(words[-1])
                assert cells == [round(typed[y], 1) if y in typed else None for y in years]
                mean = sum(typed.get(y, 0) for y in years) / len(years)
                assert total == pytest.approx(round(mean, 1), abs=0.051)
                continue
            *cells, total = [flemish(c) for c in words]
            assert len(cells) == len(years)
            assert total == pytest.approx(sum(c or 0 for c in cells), abs=1e-6)
            assert cells == [round(typed[y], 1) if y in typed else None for y in years]
            assert total == pytest.approx(round(sum(typed.values()), 1))
        checked.add(code)
    assert checked == set(by_code) and len(checked) == 110
