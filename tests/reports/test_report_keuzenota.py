"""The keuzenota part and what the fiche pages say about money and decisions."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.reports.build import build_report
from app.services import budget, decisions, proposals
from app.services.proposals import ResourceSpec
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.reports.conftest import flat, pages, pdftotext


@pytest.fixture(scope="module")
def decided(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with ZO-01 decided ja (with a motivation that is markup), VT-02 nee,
    VT-03 given income of both kinds and FTE over two years, and a tight 2026."""
    path = tmp_path_factory.mktemp("keuzenota") / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        ws = only_workshop(s)
        code = {p.code: p for p in proposals.proposals.list(s, ws.id)}
        decisions.decide(
            s, [code["ZO-01"].id], "ja", decided_on=date(2027, 2, 3), motivation="R&D <eerst>"
        )
        decisions.decide(s, [code["VT-02"].id], "nee", motivation="Past niet in 2026")
        y0 = ws.period_start
        proposals.update_proposal(
            s,
            code["VT-03"].id,
            resources={
                y0: ResourceSpec(10_000, 2_000, 3, 4_000, 500),
                y0 + 1: ResourceSpec(0, 2_000, 1, 0, 500),
            },
        )
        budget.set_room(s, ws.id, y0, investment=100_000, operating=10_000)
    return path


def _pdf(path: Path, out: Path, part: str) -> Path:
    with open_store(path, write=False, backup_on_open=False) as s:
        build_report(s, out, part=part)
    return out


def test_the_keuzenota_has_the_balance_per_year_and_the_proposals(decided, tmp_path):
    whole = flat(pdftotext(_pdf(decided, tmp_path / "k.pdf", "keuzenota")))
    text = whole[whole.index("Uitgaven") :]  # the body, after the contents
    assert "Keuzenota" in whole and "Financieel evenwicht per jaar" in whole
    for heading in ("Gekozen fiches", "Niet gekozen fiches", "Verplichte fiches"):
        assert heading in text
    # The tight first year: short, said with a sign and a word, not in colour alone.
    assert "niet elk jaar in evenwicht: tekort in 2026" in whole
    assert "tekort" in text and "− " in text
    chosen = text.split("Gekozen fiches")[1].split("Niet gekozen fiches")[0]
    assert "ZO-01" in chosen and "R&D <eerst>" in chosen and "VT-02" not in chosen
    rest = text.split("Niet gekozen fiches")[1].split("Verplichte fiches")[0]
    assert "VT-02" in rest and "Past niet in 2026" in rest and "Nee" in rest
    assert "1 van 12 (Prioriteiten Burger en samenleving)" in rest


def test_a_proposal_page_shows_income_fte_per_year_and_average_and_its_decision(decided, tmp_path):
    all_pages = pages(_pdf(decided, tmp_path / "f.pdf", "fiches"))
    page = flat(next(p for p in all_pages if "VT-03 ·" in p))
    assert "Geraamde kost" not in page
    assert "Invest. ontvangsten (€) 4.000 0" in page
    assert "Werking ontvangsten (€) 500 500" in page
    # FTE per year and the mean over the six years of the period, never a sum.
    assert "VTE 3,0 1,0 – – – – gem. 0,7" in page
    first = flat(next(p for p in all_pages if "ZO-01 ·" in p))
    assert "Besluit Ja (3 februari 2027) R&D <eerst>" in first
    ranked = flat(next(p for p in all_pages if "BS-01 ·" in p))
    assert "In de stemrondes Prioriteiten Burger en samenleving: 1 van 12" in ranked


def test_the_keuzenota_draws_the_matrix_as_the_workshop_set_it(demo_template, tmp_path):
    """Axes and quadrant labels from the workshop's matrix settings, in the PDF as text
    (markup literal) and in Word as a picture under its heading."""
    import docx

    from app.services import matrix

    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        ws = only_workshop(s)
        shown = matrix.shown(s, ws.id)
        assert shown.matrix is not None and shown.bubbles()  # the demo's closed score round
        criteria = shown.matrix.criteria
        matrix.set_settings(
            s,
            ws.id,
            x_criterion=criteria[0],
            y_criterion=criteria[-1],
            labels=("Grote <b>werven</b>", "Snelle winst", "", "=Later"),
        )
    whole = flat(pdftotext(_pdf(path, tmp_path / "k.pdf", "keuzenota")))
    body = whole[whole.index("Uitgaven") :]
    section = body[body.index("Impact/inspanning-matrix") :]
    for label in ("Grote <b>werven</b>", "Snelle winst", "Niet doen", "=Later"):
        assert label in section
    assert f"op {criteria[0]} (horizontaal) en {criteria[-1]} (verticaal)" in section
    codes = [b.label for b in shown.bubbles()]
    assert any(code in section for code in codes)
    with open_store(path, write=False, backup_on_open=False) as s:
        build_report(s, tmp_path / "k.docx", part="keuzenota")
    document = docx.Document(str(tmp_path / "k.docx"))
    texts = [p.text for p in document.paragraphs]
    at = texts.index("Impact/inspanning-matrix")
    following = document.paragraphs[at : at + 4]
    assert any(p._p.xpath(".//pic:pic") for p in following)  # the chart as a picture
