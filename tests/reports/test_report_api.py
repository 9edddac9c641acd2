"""build_report as the GUI uses it: progress, cancel without a half-written file, the
annex only with names allowed; and the text helpers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app.reports.build import ReportCancelled, build_report
from app.reports.styles import esc, long_date, number, styles
from tests.reports.conftest import MARKUP, pdftotext


def test_progress_rises_to_the_total(report_store, tmp_path: Path):
    calls: list[tuple[int, int]] = []
    out = build_report(
        report_store, tmp_path / "r.pdf", part="paths", progress=lambda d, t: calls.append((d, t))
    )
    assert out.exists()
    assert len(calls) > 5
    done = [d for d, _ in calls]
    assert done == sorted(done)
    total = calls[-1][1]
    assert calls[-1] == (total, total) and total > 10
    assert all(t == total for _, t in calls)


def test_cancel_during_layout_leaves_no_file_and_keeps_the_old_one(report_store, tmp_path: Path):
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"het vorige rapport")
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    with pytest.raises(ReportCancelled):
        build_report(
            report_store,
            out,
            part="swot",
            progress=lambda d, t: seen.append(d),
            cancelled=cancelled,
        )
    assert 3 <= len(seen) < 100
    assert out.read_bytes() == b"het vorige rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]  # no temporary file left


def test_cancel_before_layout_writes_nothing(report_store, tmp_path: Path):
    with pytest.raises(ReportCancelled):
        build_report(report_store, tmp_path / "r.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_annex_of_names_only_when_the_workshop_allows_names(store, workshop, tmp_path: Path):
    from app.services import organisation
    from app.services.workshops import update_workshop

    cluster = organisation.clusters.create(store, workshop.id, name="Technische dienst").value
    organisation.participants.create(
        store, workshop.id, name="Ørjan Dvořák", cluster_id=cluster.id, role="ploegbaas"
    )
    organisation.participants.create(store, workshop.id, cluster_id=cluster.id)

    anonymous = pdftotext(build_report(store, tmp_path / "anoniem.pdf"))
    assert "Bijlage: deelnemers per cluster" not in anonymous
    assert "Ørjan Dvořák" not in anonymous
    assert "De deelnemers blijven anoniem" in anonymous

    update_workshop(store, workshop.id, show_names=True)
    named = " ".join(pdftotext(build_report(store, tmp_path / "namen.pdf")).split())
    assert "Bijlage: deelnemers per cluster" in named
    assert "Ørjan Dvořák ploegbaas" in named
    assert "en 1 deelnemers zonder naam" in named


def test_an_empty_workshop_still_gives_a_report(store, tmp_path: Path):
    text = pdftotext(build_report(store, tmp_path / "leeg.pdf"))
    for remark in (
        "Er zijn nog geen SWOT-punten.",
        "Er zijn nog geen ontwikkelpaden.",
        "Er is nog geen gesloten stemronde.",
        "0 fiches",
    ):
        assert remark in text


def test_esc_keeps_markup_characters_as_text():
    paragraph = Paragraph(esc(MARKUP), styles()["body"])
    assert "".join(f.text for f in paragraph.frags) == MARKUP
    assert esc("a\nb") == "a<br/>b"
    assert esc("e\u0301") == "é"  # composed: the font has é, not a free-standing accent
    assert esc(None) == ""


def test_flemish_numbers_and_dates():
    import datetime as dt

    assert number(1234567) == "1.234.567"
    assert number(2.5, 1) == "2,5"
    assert long_date(dt.date(2026, 2, 12)) == "12 februari 2026"
    assert long_date(None) == "–"


def test_points_without_cluster_or_area_are_not_left_out(store, workshop, tmp_path: Path):
    from app.services import swot

    swot.items.create(store, workshop.id, quadrant="T", text="Vergrijzing & <eenzaamheid>")
    text = pdftotext(build_report(store, tmp_path / "swot.pdf", part="swot"))
    lines = {line.strip() for line in text.splitlines()}
    assert {"Zonder cluster", "Zonder domein", "Bedreigingen"} <= lines
    assert text.count("Vergrijzing & <eenzaamheid>") == 3  # per cluster, consolidated, top 20


def test_a_heading_longer_than_a_page_splits_and_bookmarks_once(store, workshop, tmp_path: Path):
    from app.services import paths

    title = " ".join(f"woord{n}" for n in range(1100))  # about 90 lines of heading
    paths.create_path(store, workshop.id, title=title, actions=["Een actie"])
    out = build_report(store, tmp_path / "paden.pdf", part="paths")
    text = " ".join(pdftotext(out).split())
    assert "woord0 woord1" in text and "woord1099" in text
    outline = PdfReader(out).outline
    assert [e.title for e in outline if not isinstance(e, list)] == [
        "Inhoud",
        "Ontwikkelpaden",
        "Leidende principes",
    ]
    assert [e.title for e in outline[2]] == [f"1. {title}"]
