"""Report part ``goals``: the tree with owners, indicators, the fiches under each goal
and their sums per year (descendants included), in PDF and Word."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx import Document

from app.reports.build import build_report
from app.services import goals
from app.services.workshops import only_workshop
from app.storage.store import open_store
from tests.reports.conftest import flat, pdftotext


def test_goal_part_in_pdf_and_word(demo_template: Path, tmp_path: Path):
    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        w = only_workshop(s)
        view = goals.overview(s, w.id)
        first = view.goals[0]
        owner = goals.owner_name(first, view.owners)
        inv, inv_in, op, op_in = view.money[first.id].total()
        pdf = tmp_path / "doelen.pdf"
        build_report(s, pdf, part="goals")
        docx = tmp_path / "doelen.docx"
        build_report(s, docx, part="goals")
    text = flat(pdftotext(pdf))
    assert f"{first.code} {first.title}" in text
    assert f"trekker: {owner}" in text
    assert "Indicator: Tevredenheid van de inwoners" in text
    assert "Fiche ZO-01" in text
    total = f"{op - op_in:,.0f}".replace(",", ".")
    assert total in text
    words = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert f"{first.code} {first.title}" in words


def test_a_proposal_page_says_where_the_proposal_hangs_in_the_tree(
    demo_template: Path, tmp_path: Path
):
    path = tmp_path / "demo.atelier"
    shutil.copy(demo_template, path)
    with open_store(path, backup_on_open=False) as s:
        w = only_workshop(s)
        tree = {g.id: g for g in goals.tree(s, w.id)}
        from app.services import proposals

        proposal = next(p for p in proposals.proposals.list(s, w.id) if p.code == "ZO-01")
        action = tree[proposal.goal_id]
        plan = tree[action.parent_id]
        objective = tree[plan.parent_id]
        pdf = tmp_path / "zorg.pdf"
        build_report(s, pdf, part="fiches", cluster="Zorg")
    text = flat(pdftotext(pdf))
    assert f"Doel: {objective.code} {objective.title} › {plan.code}" in text
