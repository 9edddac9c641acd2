"""Report part ``strategy``: the confrontation matrix per cluster with its marks, and
the strategies with their SWOT points and what was made of them (PDF and Word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.report_plan import PART_ORDER, TEXT_PARTS, plan
from app.reports.build import build_report
from app.services import strategies
from app.services.workshops import only_workshop
from tests.conftest import run_cli
from tests.reports.conftest import flat, pdftotext

DEMO_STRATEGIES = (
    "Het cultuurcentrum als thuishaven voor burgerinitiatieven",
    "Verenigingen en vrijwilligers ontzorgen",
    "Toeristisch onthaal en domein Bovy samenbrengen",
    "De bibliotheek als oefenplek voor digitale inclusie",
)


def test_the_strategy_part_is_in_the_full_report_and_has_its_own_words():
    assert "strategy" in PART_ORDER and "strategy" in TEXT_PARTS
    assert "strategy" in plan("all") and plan("strategy") == ("strategy",)


def test_the_pdf_holds_the_matrix_and_every_strategy_with_its_points(report_store_path, tmp_path):
    out = tmp_path / "strategie.pdf"
    result = run_cli("report", str(report_store_path), str(out), "--part", "strategy")
    assert result.returncode == 0, result.stderr
    text = flat(pdftotext(out))
    assert "Confrontatiematrix en strategieën" in text
    assert "Vrije tijd" in text
    for title in DEMO_STRATEGIES:
        assert title in text, title
    # The points a strategy comes from, with their codes in the matrix.
    assert "Komt voort uit:" in text
    assert "Vrijwilligersinzet daalt." in text
    assert "SO: offensief (sterktes × kansen)" in text
    # What was made of them.
    assert "Uitgewerkt in: fiche VT-" in text
    assert "ontwikkelpad 'Het dienstverleningsconcept doordenken" in text
    # The matrix: its column legend and weights.
    assert "Kans of bedreiging" in text


def test_narrowed_to_a_cluster_without_a_matrix_says_so(report_store, tmp_path):
    out = tmp_path / "zorg.pdf"
    build_report(report_store, out, part="strategy", cluster="Zorg")
    text = flat(pdftotext(out))
    assert "Er is nog geen confrontatiematrix ingevuld." in text
    assert DEMO_STRATEGIES[0] not in text


def test_an_organisation_wide_strategy_has_its_own_section(report_store, tmp_path):
    ws = only_workshop(report_store).id
    strategies.create_strategy(
        report_store, ws, field="WT", title="Samen sterker tegen de vergrijzing", swot_item_ids=[]
    )
    out = tmp_path / "alles.pdf"
    build_report(report_store, out, part="strategy")
    text = flat(pdftotext(out))
    assert "Organisatiebreed" in text and "Samen sterker tegen de vergrijzing" in text


def test_the_word_document_has_the_matrix_as_a_table(report_store, tmp_path: Path):
    import docx

    out = tmp_path / "strategie.docx"
    build_report(report_store, out, part="strategy")
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Confrontatiematrix en strategieën" in headings and "Vrije tijd" in headings
    matrix = document.tables[0]
    assert matrix.rows[0].cells[1].text == "O1"
    weights = {c.text for row in matrix.rows[1:] for c in row.cells[1:]}
    assert {"1", "2", "3"} <= weights


@pytest.mark.parametrize("part", ["strategie", "tows"])
def test_an_unknown_part_name_lists_strategy(part, report_store, tmp_path):
    from app.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="strategy"):
        build_report(report_store, tmp_path / "x.pdf", part=part)
