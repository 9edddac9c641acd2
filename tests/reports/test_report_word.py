"""The report as a Word document: it holds what the PDF holds, with Word's own headings,
tables, pictures and properties; the workshop's own words; user text stays literal."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from PIL import Image

from app.domain.enums import AreaKind
from app.reports.build import build_report
from app.storage.store import open_store
from tests.reports.conftest import MARKUP, add_awkward_points, pdftotext

LITERAL = ("<b>vet</b> & co", "=SUM(A1:A3)", "Kosten & baten <i>schuin</i>")
INTRO = "Onze eigen inleiding bij de SWOT: <b>geen opmaak</b> & geen formule =SUM(B2)."
CONCLUSION = "Ons eigen besluit bij de fiches, met een tweede alinea hieronder."
WHOLE = "Een inleiding bij het hele rapport, door het secretariaat geschreven."


def _png(colour: str = "#1D5C8C") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def word_store_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with awkward points, markup-like text, own texts and a logo."""
    from app.services import analysis, organisation, report_settings, swot
    from app.services.workshops import only_workshop

    path = tmp_path_factory.mktemp("word") / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as store:
        add_awkward_points(store)
        w = only_workshop(store)
        zorg = next(c for c in organisation.clusters.list(store, w.id) if c.name == "Zorg")
        inner = next(a for a in analysis.areas.list(store, w.id) if a.kind is AreaKind.INTERNAL)
        for text in LITERAL:
            swot.items.create(
                store, w.id, quadrant="W", text=text, cluster_id=zorg.id, area_id=inner.id
            )
        report_settings.set_text(store, w.id, "swot", INTRO, "")
        report_settings.set_text(store, w.id, "fiches", "", f"{CONCLUSION}\n\nTweede alinea.")
        report_settings.set_text(store, w.id, "all", WHOLE, "")
        report_settings.set_style(store, w.id, logo=_png(), logo_name="logo.png")
    return path


@pytest.fixture
def word_store(word_store_path: Path) -> Iterator[object]:
    with open_store(word_store_path, write=False, backup_on_open=False) as store:
        yield store


@pytest.fixture(scope="module")
def both(word_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("both")
    with open_store(word_store_path, write=False, backup_on_open=False) as store:
        pdf = build_report(store, out / "rapport.pdf")
        word = build_report(store, out / "rapport.docx")
    return pdf, word


def docx_text(path: Path) -> str:
    """Every paragraph's text, the tables' cells included, in document order."""
    document = docx.Document(str(path))
    body = document.element.body
    text, tab, br = qn("w:t"), qn("w:tab"), qn("w:br")
    parts = []
    for p in body.iter(qn("w:p")):
        bits = [
            (e.text or "") if e.tag == text else (" " if e.tag == tab else "\n")
            for e in p.iter(text, tab, br)
        ]
        parts.append("".join(bits))
    return "\n".join(parts)


FURNITURE = re.compile(r"p\. \d+ van \d+|Atelier · \d+ \w+ \d{4}.*")


def body_text(pdf: Path, running: tuple[str, ...]) -> str:
    """The PDF's text without each page's running header and footer (Word has them
    once, in its header and footer)."""
    out = []
    for page in pdftotext(pdf).split("\f"):
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        while lines and lines[0] in running:
            lines.pop(0)
        out.extend(line for line in lines if not FURNITURE.fullmatch(line))
    return "\n".join(out)


def _words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in re.findall(r"\w+", text))


def test_the_word_document_holds_what_the_pdf_holds(both, word_store):
    from app.services import paths, reporting
    from app.services.workshops import only_workshop

    pdf, word = both
    text = docx_text(word)
    w = only_workshop(word_store)
    codes = [p.code for p in reporting.proposals(word_store, w.id) if p.code]
    assert len(codes) > 50
    assert [c for c in codes if c not in text] == []
    principles = paths.principles.list(word_store, w.id)
    assert principles and all(p.title in text for p in principles)
    for heading in ("Sterke punten", "Zwakke punten", "Kansen", "Bedreigingen"):
        assert heading in text
    running = (w.organisation, w.title)
    pdf_words, word_words = _words(body_text(pdf, running)), _words(text)
    found = sum(min(n, word_words[w]) for w, n in pdf_words.items())
    assert found / sum(pdf_words.values()) >= 0.9


def test_headings_are_word_headings_with_a_contents_field(both):
    document = docx.Document(str(both[1]))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert ("Heading 1", "SWOT-analyse per cluster") in headings
    assert ("Heading 1", "Fiches") in headings
    assert ("Heading 2", "Zorg") in headings
    assert any(name == "Heading 3" and "·" in text for name, text in headings)  # a fiche
    instructions = "".join(e.text for e in document.element.body.iter(qn("w:instrText")))
    assert "TOC" in instructions


def test_real_tables_in_a_table_style_and_pictures(both):
    document = docx.Document(str(both[1]))
    assert len(document.tables) > 100
    assert all(t.style is not None and t.style.name == "Table Grid" for t in document.tables)
    # A fiche's first field table: its decision, places and trekker, then why, what and win.
    proposal = next(t for t in document.tables if t.cell(0, 0).text.startswith("Besluit"))
    assert [proposal.cell(n, 0).text for n in range(len(proposal.rows))] == [
        "Besluit",
        "In de stemrondes",
        "Trekker",
        "Waarom?",
        "Wat willen we bereiken?",
        "Wat winnen we?",
    ]
    # The roses, the ranking bars, the SDG rows of the fiches and the logo: PNG pictures.
    pictures = [
        rel.target_part.blob
        for rel in document.part.rels.values()
        if rel.reltype.endswith("/image")
    ]
    assert len(document.inline_shapes) > 100
    assert pictures and all(blob.startswith(b"\x89PNG") for blob in pictures)
    big = [b for b in pictures if Image.open(io.BytesIO(b)).width > 400]
    assert len(big) >= 5  # roses and bar charts, not only tiles


def test_page_breaks_where_the_pdf_has_them(both):
    document = docx.Document(str(both[1]))
    breaks = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    codes = [p for p in breaks if p.style.name == "Heading 3" and " · " in p.text]
    assert len(breaks) > 100 and codes  # every fiche starts a page


def test_title_author_and_language(both, word_store):
    from app.services.workshops import only_workshop

    w = only_workshop(word_store)
    document = docx.Document(str(both[1]))
    props = document.core_properties
    assert props.title == w.title and props.author == w.organisation
    assert props.language == "nl-BE"
    langs = {e.get(qn("w:val")) for e in document.styles.element.iter(qn("w:lang"))}
    assert "nl-BE" in langs


def test_markup_like_text_stays_literal_in_word(both):
    text = docx_text(both[1])
    for literal in (*LITERAL, MARKUP, INTRO):
        assert literal in text
    with zipfile.ZipFile(both[1]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; co" in xml


def test_own_words_in_the_pdf_and_in_word(both):
    pdf, word = both
    pdf_text = " ".join(pdftotext(pdf).split())
    word_text = docx_text(word)
    for own in (INTRO, CONCLUSION, WHOLE, "Tweede alinea."):
        assert own in pdf_text
        assert own in word_text
    # The introduction comes right after its part's title; the conclusion closes it.
    swot_at = pdf_text.index("SWOT-analyse per cluster", pdf_text.index("Inhoud") + 400)
    assert swot_at < pdf_text.index(INTRO) < swot_at + 200
    assert word_text.index("Sector Burger") < word_text.index(CONCLUSION)
    # Two paragraphs stay two paragraphs.
    document = docx.Document(str(word))
    texts = [p.text for p in document.paragraphs]
    assert texts[texts.index(CONCLUSION) + 1] == "Tweede alinea."


def test_the_demo_has_its_own_words(demo_store):
    from app.services import report_settings
    from app.services.workshops import only_workshop

    texts = report_settings.texts(demo_store, only_workshop(demo_store).id)
    assert texts["all"].intro and texts["all"].conclusion
    assert all(texts[p].intro for p in ("swot", "analysis", "paths", "fiches"))


def _template(path: Path, *, dotx: bool = False) -> Path:
    """A municipality's house style: header, footer, a heading colour, a table style,
    and a body of example text that must not come along."""
    from docx.shared import RGBColor

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Gemeente Testdorp · huisstijl"
    section.footer.paragraphs[0].text = "Testdorp voettekst"
    document.styles["Heading 1"].font.color.rgb = RGBColor(0x8B, 0x00, 0x33)
    document.styles.add_style("Testdorp tabel", WD_STYLE_TYPE.TABLE)
    document.add_paragraph("Voorbeeldtekst van het sjabloon")
    document.save(str(path))
    if dotx:
        raw = path.read_bytes()
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    data = data.replace(b"document.main+xml", b"template.main+xml")
                target.writestr(item, data)
        path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize("dotx", [False, True], ids=["docx", "dotx"])
def test_a_template_gives_its_header_footer_and_styles(word_store, tmp_path: Path, dotx: bool):
    template = _template(tmp_path / ("huisstijl.dotx" if dotx else "huisstijl.docx"), dotx=dotx)
    out = build_report(word_store, tmp_path / "r.docx", part="paths", template=template)
    document = docx.Document(str(out))
    section = document.sections[-1]
    assert "Gemeente Testdorp · huisstijl" in section.header.paragraphs[0].text
    assert "Testdorp voettekst" in section.footer.paragraphs[0].text
    assert str(document.styles["Heading 1"].font.color.rgb) == "8B0033"
    assert document.tables and all(t.style.name == "Testdorp tabel" for t in document.tables)
    text = docx_text(out)
    assert "Voorbeeldtekst van het sjabloon" not in text
    assert "Leidende principes" in text


def test_the_workshops_own_template_is_remembered(word_store_path: Path, tmp_path: Path):
    from app.services import report_settings
    from app.services.workshops import only_workshop

    copy = tmp_path / "s.atelier"
    shutil.copy(word_store_path, copy)
    with open_store(copy, backup_on_open=False) as store:
        w = only_workshop(store)
        report_settings.set_template_file(store, w.id, _template(tmp_path / "h.docx"))
        out = build_report(store, tmp_path / "r.docx", part="ranking")
    document = docx.Document(str(out))
    assert "Testdorp voettekst" in document.sections[-1].footer.paragraphs[0].text


PRESET_HEADINGS = {
    "volledig": ({"Werkwijze", "Fiches", "Ontwikkelpaden"}, set()),
    "extern": (
        {"SWOT-analyse per cluster", "Positioneringsrozen", "Externe analyse"},
        {"Fiches", "Interne analyse"},
    ),
    "zelfevaluatie": (
        {"Vragenlijst", "Positioneringsrozen", "Interne analyse"},
        {"Fiches", "SWOT-analyse per cluster", "Externe analyse"},
    ),
    "intern": (
        {"Werkwijze", "SWOT-analyse per cluster", "Interne analyse"},
        {"Fiches", "Externe analyse"},
    ),
    "keuzenota": (
        {"Keuzenota", "Financieel evenwicht per jaar", "Fiches"},
        {"SWOT-analyse per cluster", "Ontwikkelpaden"},
    ),
}


@pytest.mark.parametrize("name", list(PRESET_HEADINGS))
def test_each_preset_in_pdf_and_word(word_store, tmp_path: Path, name: str):
    from pypdf import PdfReader

    present, absent = PRESET_HEADINGS[name]
    cluster = "Zorg" if name != "keuzenota" else None
    pdf = build_report(word_store, tmp_path / "r.pdf", cluster=cluster, preset_name=name)
    word = build_report(word_store, tmp_path / "r.docx", cluster=cluster, preset_name=name)

    def titles(entries) -> set[str]:  # type: ignore[no-untyped-def]
        out: set[str] = set()
        for e in entries:
            out |= titles(e) if isinstance(e, list) else {e.title}
        return out

    in_pdf = titles(PdfReader(pdf).outline)
    document = docx.Document(str(word))
    in_word = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    for heading in present:
        assert heading in in_pdf and heading in in_word, heading
    for heading in absent:
        assert heading not in in_pdf and heading not in in_word, heading
    if name == "extern":  # only the external areas: no internal domain's SWOT
        text = docx_text(word)
        assert "Strategie en planning" not in text
    if name != "volledig":
        assert document.core_properties.title.startswith(
            {
                "extern": "Externe analyse",
                "zelfevaluatie": "Zelfevaluatie",
                "intern": "Interne analyse",
                "keuzenota": "Keuzenota",
            }[name]
        )


def test_cli_writes_word_by_the_extension_with_part_and_cluster(
    word_store_path: Path, tmp_path: Path
):
    from tests.conftest import run_cli

    out = tmp_path / "zorg.docx"
    result = run_cli(
        "report", str(word_store_path), str(out), "--part", "swot", "--cluster", "Zorg"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rapport: {out}"
    document = docx.Document(str(out))
    headings = {p.text for p in document.paragraphs if p.style.name == "Heading 2"}
    assert "Zorg" in headings and "Vrije tijd" not in headings


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["r.txt"], "eindigt op .pdf of .docx"),
        (["r.pdf", "--template", "huisstijl.docx"], "alleen voor een .docx-rapport"),
        (["r.docx", "--preset", "begroting"], "Onbekend document 'begroting'"),
        (["r.docx", "--template", "er-niet.docx"], "er-niet.docx"),
        (["r.docx", "--preset", "keuzenota", "--part", "swot"], "bevat het deel 'swot' niet"),
    ],
)
def test_cli_refuses_bad_options_with_exit_2_and_writes_nothing(
    word_store_path: Path, tmp_path: Path, args: list[str], message: str
):
    from tests.conftest import run_cli

    (tmp_path / "huisstijl.docx").write_bytes(b"")
    out, *options = args
    result = run_cli("report", str(word_store_path), str(tmp_path / out), *options, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huisstijl.docx"]


def test_the_pdf_is_accessible_as_far_as_reportlab_goes(both, word_store):
    """Title, author and language in the metadata, a bookmark for every heading, and
    text that extracts in reading order."""
    from pypdf import PdfReader

    from app.services.workshops import only_workshop

    pdf, word = both
    w = only_workshop(word_store)
    reader = PdfReader(pdf)
    assert reader.metadata.title == w.title and reader.metadata.author == w.organisation
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"

    def titles(entries) -> list[str]:  # type: ignore[no-untyped-def]
        out: list[str] = []
        for e in entries:
            out.extend(titles(e) if isinstance(e, list) else [e.title])
        return out

    bookmarks = Counter(titles(reader.outline))
    document = docx.Document(str(word))
    # Every heading of levels 1-3 (parts, clusters, areas, fiches) is a bookmark.
    headings = Counter(
        p.text.split(" · ")[0] if p.style.name == "Heading 3" and "analyse" in p.text else p.text
        for p in document.paragraphs
        if p.style.name in ("Heading 1", "Heading 2", "Heading 3")
    )
    assert headings - bookmarks == Counter()
    # A fiche reads in order: its questions, then its fields.
    text = pdftotext(pdf)
    start = text.index("BS-02 ·")
    order = [
        "Waarom?",
        "Wat willen we bereiken?",
        "Wat winnen we?",
        "Acties en fasering",
        "Risico's",
    ]
    at = [text.index(label, start) for label in order]
    assert at == sorted(at)


def test_pictures_say_what_they_show(both):
    with zipfile.ZipFile(both[1]) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    alts = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', xml)
    assert alts and all(alts)
    assert any(a.startswith("Grafiek: Positioneringsrozen – Zorg") for a in alts)
    assert any(a.startswith("Duurzame ontwikkelingsdoelen: ") for a in alts)
    assert any(a.startswith("Logo ") for a in alts)


def test_word_progress_rises_and_cancel_writes_nothing(word_store, tmp_path: Path):
    from app.reports.build import ReportCancelled

    calls: list[tuple[int, int]] = []
    build_report(word_store, tmp_path / "r.docx", progress=lambda d, t: calls.append((d, t)))
    done = [d for d, _ in calls]
    total = calls[-1][1]
    assert len(calls) > 3 and done == sorted(done) and calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    out = tmp_path / "oud.docx"
    out.write_bytes(b"het vorige rapport")
    seen: list[int] = []
    with pytest.raises(ReportCancelled):
        build_report(
            word_store,
            out,
            progress=lambda d, t: seen.append(d),
            cancelled=lambda: len(seen) >= 2,
        )
    assert out.read_bytes() == b"het vorige rapport"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.docx", "r.docx"]
