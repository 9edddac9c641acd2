"""The positioning roses per cluster (seed 003): internal and external."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.domain.analysis import external_rose, internal_rose, werkpunten
from app.domain.records import Cluster
from app.reports.blocks import CELL_FONT, Context, para, paragraph, table
from app.reports.charts import (
    IMPORTANCE_COLOUR,
    READINESS_COLOUR,
    REFERENCE_COLOUR,
    SCORE_COLOUR,
    Series,
    rose,
)
from app.reports.styles import FRAME_WIDTH, HIGHLIGHT, esc, score, styles

CHART_W = 0.5 * FRAME_WIDTH
CHART_H = 82 * mm


def roses(ctx: Context) -> list[Flowable]:
    d = ctx.data
    reference = d.reference
    versus = f" en de score van {reference.name} als referentie" if reference else ""
    out: list[Flowable] = [
        ctx.outline.heading("Positioneringsrozen", 0, "h1"),
        para(
            "De interne roos toont per intern domein hoe belangrijk de cluster het vindt "
            "(belang), hoe de cluster het domein scoort (het gemiddelde van haar antwoorden "
            f"op de stellingen, 1 tot 5; 'weet niet' telt niet mee){versus}. Een domein met "
            "een belang van 4 of meer en een score onder 3 is een werkpunt. De externe roos "
            "toont per extern domein het belang en de mate waarin de organisatie er klaar "
            "voor is (paraatheid); daar is een belangrijk domein met een paraatheid onder 3 "
            "een werkpunt."
        ),
    ]
    for n, cluster in enumerate(d.shown_clusters()):
        if n:
            out.append(PageBreak())
        out.extend(_cluster(ctx, cluster, reference))
    return out


def _cluster(ctx: Context, cluster: Cluster, reference: Cluster | None) -> list[Flowable]:
    d = ctx.data
    # The reference cluster's own rose has no separate reference series.
    ref = reference if reference is not None and reference.id != cluster.id else None
    ref_id = ref.id if ref else None
    inner = internal_rose(d.areas, d.statements, d.scores, d.ratings, cluster.id, ref_id)
    outer = external_rose(d.areas, d.ratings, cluster.id)
    out: list[Flowable] = [ctx.outline.heading(cluster.name, 1, "h2")]
    has_inner = any(p.importance is not None or p.score is not None for p in inner)
    has_outer = any(p.importance is not None or p.readiness is not None for p in outer)
    if not has_inner and not has_outer:
        out.append(para("Deze cluster vulde de vragenlijst nog niet in.", "small"))
        return out
    if has_inner:
        series = [
            Series("Belang volgens de cluster", [p.importance for p in inner], IMPORTANCE_COLOUR),
            Series("Score van de cluster", [p.score for p in inner], SCORE_COLOUR, filled=True),
        ]
        header = ["Intern domein", "Belang", "Score"]
        if ref is not None:
            series.append(
                Series(
                    f"Score {ref.name}", [p.reference for p in inner], REFERENCE_COLOUR, dashed=True
                )
            )
            header.append("Referentie")
        rows = [
            [p.name, score(p.importance), score(p.score), *([score(p.reference)] if ref_id else [])]
            for p in inner
        ]
        marks = _marks([p.werkpunt for p in inner])
        widths = [0.19, 0.08, 0.08, 0.12] if ref_id else [0.27, 0.09, 0.09]
        values = table(header, rows, widths, right=[1, 2, 3], extra=marks)
        chart = rose([p.name for p in inner], series, CHART_W, CHART_H)
        out.append(ctx.outline.heading("Interne analyse", 2, "h3"))
        out.append(_side_by_side(chart, values))
        out.append(
            _werkpunten(
                [p.name for p in werkpunten(inner)],
                "Geen werkpunten: geen domein met een belang van 4 of meer scoort onder 3.",
            )
        )
    if has_outer:
        series = [
            Series("Belang volgens de cluster", [p.importance for p in outer], IMPORTANCE_COLOUR),
            Series("Paraatheid", [p.readiness for p in outer], READINESS_COLOUR, filled=True),
        ]
        rows = [[p.name, score(p.importance), score(p.readiness)] for p in outer]
        values = table(
            ["Extern domein", "Belang", "Paraatheid"],
            rows,
            [0.25, 0.09, 0.12],
            right=[1, 2],
            extra=_marks([p.werkpunt for p in outer]),
        )
        chart = rose([p.name for p in outer], series, CHART_W, CHART_H)
        out.append(Spacer(1, 4))
        out.append(ctx.outline.heading("Externe analyse", 2, "h3"))
        out.append(_side_by_side(chart, values))
        out.append(
            _werkpunten(
                [p.name for p in outer if p.werkpunt],
                "Geen werkpunten: de organisatie is klaar voor elk domein met een belang "
                "van 4 of meer.",
            )
        )
    return out


def _marks(flags: list[bool]) -> list[tuple]:
    """Highlight the table rows (after the header) of the werkpunten."""
    return [("BACKGROUND", (0, n), (-1, n), HIGHLIGHT) for n, f in enumerate(flags, 1) if f]


def _werkpunten(names: list[str], none_text: str) -> Flowable:
    text = (
        "Werkpunten (gemarkeerd): " + ", ".join(esc(n) for n in names) + "."
        if names
        else esc(none_text)
    )
    return paragraph(text, styles()["werkpunten"])


def _side_by_side(chart: Flowable, values: Flowable) -> Table:
    t = Table([[chart, values]], colWidths=[CHART_W, FRAME_WIDTH - CHART_W], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t
