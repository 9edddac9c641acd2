"""Cover page and contents."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from app.domain.report_plan import paragraphs
from app.reports.blocks import Context, markup, para
from app.reports.document import TocLine
from app.reports.styles import esc

PART_LABELS = {
    "all": "Volledig rapport",
    "swot": "SWOT-analyse",
    "analysis": "Positioneringsrozen",
    "strategy": "Confrontatiematrix en strategieën",
    "paths": "Ontwikkelpaden en leidende principes",
    "ranking": "Rangschikking van de stemrondes",
    "fiches": "Fiches",
    "keuzenota": "Keuzenota",
    "goals": "Doelen",
}


def cover(ctx: Context, part: str, label: str | None = None) -> list[Flowable]:
    """The cover; ``label`` names the document (a preset's) instead of the part."""
    w = ctx.data.workshop
    scope = label or PART_LABELS[part]
    if ctx.data.cluster is not None:
        scope += f" – cluster {ctx.data.cluster.name}"
    return [
        Spacer(1, 8 * mm),
        para(w.organisation or "Atelier", "cover_org"),
        Spacer(1, 44 * mm),
        para(w.title, "cover_title"),
        Spacer(1, 6 * mm),
        markup(f"Planningsperiode {esc(w.period_label)}", "cover_line"),
        markup(esc(scope), "cover_line"),
        markup(f"Rapport van {esc(ctx.today)}", "cover_line"),
        Spacer(1, 14 * mm),
        para(w.description),
        NextPageTemplate("body"),
        PageBreak(),
    ]


def own_words(text: str) -> list[Flowable]:
    """The workshop's own introduction or conclusion: plain paragraphs, escaped."""
    return [para(p, "own") for p in paragraphs(text)]


def contents(ctx: Context) -> list[Flowable]:
    """The contents; its entries were collected while the parts were built."""
    heading = ctx.outline.heading("Inhoud", 0, "h1", toc=False)
    return [heading, *(TocLine(e) for e in ctx.outline.entries)]
