"""Fixtures for the report tests: the demo store with awkward text added, and
helpers that read a PDF back (poppler's pdftotext, as CI installs it)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Names from every Latin script a town's staff write, beyond Latin-1: ğ ş (Turkish),
# ø (Nordic), ž ř (Czech, Slovene), Ł ł (Polish), ő (Hungarian), ễ (Vietnamese).
NAMES = "Łukasz, Şeyma, Ayşe Doğan, Nguyễn, Zoë, Ørjan, Bjørn, Dvořák, Žužek, Győr"
# Participants the demo does not have, so that the clusters differ in size.
EXTRA_PARTICIPANTS = {
    "Ayşe Doğan": "Zorg",
    "Bjørn Žužek": "Zorg",
    "Łucja Kővári": "Vrije tijd",
    "Nguyễn Thị Hà": None,
}
MARKUP = "R&D <kosten> > 5%"
# Typed decomposed (as some keyboards and pastes deliver it): e + circumflex + tilde.
DECOMPOSED = unicodedata.normalize("NFD", "Overleg met Nguyễn in Hồ Chí Minhstad")


def pdftotext(pdf: Path, *args: str) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing: apt-get install poppler-utils"
    result = subprocess.run(
        [tool, "-enc", "UTF-8", *args, str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout.decode("utf-8")


def pages(pdf: Path, *args: str) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    return pdftotext(pdf, *args).split("\f")[:-1]


def flat(text: str) -> str:
    """Text with every run of white space (line breaks too) as one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Word:
    """A word where pdftotext found it: points, from the top left of the page."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.DOTALL)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: Path) -> list[list[Word]]:
    """Every page's words with their boxes (pdftotext -bbox)."""
    out = []
    for page in _PAGE.findall(pdftotext(pdf, "-bbox")):
        out.append(
            [
                Word(html.unescape(t), float(x0), float(y0), float(x1), float(y1))
                for x0, y0, x1, y1, t in _WORD.findall(page)
            ]
        )
    return out


def lines(page: list[Word], tolerance: float = 2.0) -> list[list[Word]]:
    """The words of a page grouped into lines, top to bottom, each left to right.
    Words of different sizes on one line share their middle (within ``tolerance``)
    rather than their top."""
    out: list[list[Word]] = []
    for word in sorted(page, key=lambda w: (w.y0 + w.y1, w.x0)):
        if out and abs(_middle(out[-1][0]) - _middle(word)) <= tolerance:
            out[-1].append(word)
        else:
            out.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in out]


def _middle(word: Word) -> float:
    return (word.y0 + word.y1) / 2


def text_of(line: list[Word]) -> str:
    return " ".join(w.text for w in line)


@dataclass(frozen=True)
class Box:
    """A filled rectangle on a page, in points from the top left (as Word)."""

    colour: tuple[float, float, float]
    x0: float
    y0: float
    x1: float
    y1: float

    def holds(self, word: Word) -> bool:
        return (
            self.x0 - 1 <= word.x0
            and word.x1 <= self.x1 + 1
            and self.y0 - 1 <= _middle(word) <= self.y1 + 1
        )


def filled_boxes(pdf: Path, page_number: int) -> list[Box]:
    """The filled rectangles (table shading, highlighted rows, chart bars) that
    page ``page_number`` (1-based) draws, read from its content stream."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(pdf)
    page = reader.pages[page_number - 1]
    height = float(page.mediabox.height)
    ops = ContentStream(page.get_contents(), reader).operations
    ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[tuple[float, ...], tuple[float, float, float]]] = []
    fill = (0.0, 0.0, 0.0)
    pending: list[tuple[float, float, float, float]] = []
    out: list[Box] = []
    for operands, op in ops:
        if op == b"q":
            stack.append((ctm, fill))
        elif op == b"Q":
            ctm, fill = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            ctm = (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F)  # fmt: skip
        elif op == b"rg":
            fill = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op == b"g":
            fill = (float(operands[0]),) * 3
        elif op == b"re":
            x, y, w, h = (float(v) for v in operands)
            corners = [_apply(ctm, x, y), _apply(ctm, x + w, y + h)]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            pending.append((min(xs), height - max(ys), max(xs), height - min(ys)))
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            out.extend(Box(fill, *r) for r in pending)
            pending = []
        elif op in (b"S", b"s", b"n"):  # stroked only, or a clipping path
            pending = []
    return out


def _apply(ctm: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = ctm
    return a * x + c * y + e, b * x + d * y + f


def same_colour(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return all(abs(x - y) < 0.002 for x, y in zip(a, b, strict=True))


def find_phrase(page: list[Word], phrase: str, start: int = 0) -> int | None:
    """Where the words of ``phrase`` follow each other on the page (in the order
    pdftotext read them), from word ``start`` on: the index of the first, or None."""
    wanted = phrase.split()
    texts = [w.text for w in page]
    for i in range(start, len(texts) - len(wanted) + 1):
        if texts[i : i + len(wanted)] == wanted:
            return i
    return None


def part_pages(pdf: Path, title: str) -> range:
    """The pages (0-based) of the report's part with top-level bookmark ``title``:
    from its first page to the page before the next part."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    top = [
        (e.title, reader.get_destination_page_number(e))
        for e in reader.outline
        if not isinstance(e, list)
    ]
    index = next(i for i, (t, _) in enumerate(top) if t == title)
    end = top[index + 1][1] if index + 1 < len(top) else len(reader.pages)
    return range(top[index][1], end)


def bookmark_pages(pdf: Path, title: str) -> dict[str, int]:
    """The entries one level below top-level bookmark ``title``: their page (0-based)."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    outline = reader.outline
    for n, entry in enumerate(outline):
        if not isinstance(entry, list) and entry.title == title:
            below = outline[n + 1] if n + 1 < len(outline) else []
            if not isinstance(below, list):
                return {}
            return {
                e.title: reader.get_destination_page_number(e)
                for e in below
                if not isinstance(e, list)
            }
    raise KeyError(title)


def flemish(text: str) -> float | None:
    """A number as the report prints it (1.234.567 or 2,5); '–' is None."""
    if text == "–":
        return None
    return float(text.replace(".", "").replace(",", "."))


def add_awkward_points(store) -> None:  # type: ignore[no-untyped-def]
    from app.domain.enums import AreaKind
    from app.services import analysis, organisation, swot
    from app.services.workshops import only_workshop

    w = only_workshop(store)
    zorg = next(c for c in organisation.clusters.list(store, w.id) if c.name == "Zorg")
    inner = next(a for a in analysis.areas.list(store, w.id) if a.kind is AreaKind.INTERNAL)
    for text in (f"Namen als {NAMES} schrijven we correct", MARKUP, DECOMPOSED):
        swot.items.create(
            store, w.id, quadrant="S", text=text, cluster_id=zorg.id, area_id=inner.id
        )
    clusters = {c.name: c.id for c in organisation.clusters.list(store, w.id)}
    for name, cluster in EXTRA_PARTICIPANTS.items():
        organisation.participants.create(
            store, w.id, name=name, cluster_id=clusters[cluster] if cluster else None
        )


@pytest.fixture(scope="module")
def report_store_path(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo store with the awkward points, shared by a module's tests."""
    from app.storage.store import open_store

    path = tmp_path_factory.mktemp("report") / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as store:
        add_awkward_points(store)
    return path


@pytest.fixture
def report_store(report_store_path: Path) -> Iterator[object]:
    from app.storage.store import open_store

    with open_store(report_store_path, write=False, backup_on_open=False) as store:
        yield store
