"""SWOT per cluster and area with recommendations; the consolidated organisation-wide
SWOT ("N clusters" per point, the sources beneath); the top-20 synthesis."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.colors import Color
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph
from reportlab.platypus.flowables import Spacer

from app.domain.analysis import QUADRANT_ORDER, balanced_points
from app.domain.enums import AreaKind
from app.domain.records import Area, Recommendation, SwotItem
from app.reports.blocks import Context, bullet, markup, muted, para, paragraph, table
from app.reports.document import Outline
from app.reports.styles import QUADRANT_COLOURS, clusters_label, esc, styles

NO_AREA = "Zonder domein"
NO_CLUSTER = "Zonder cluster"


def per_cluster(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("SWOT-analyse per cluster", 0, "h1")]
    areas = sorted(d.areas, key=lambda a: (a.kind is not AreaKind.INTERNAL, a.position))
    items_by_cluster: dict[str | None, list[SwotItem]] = defaultdict(list)
    for item in d.items:
        items_by_cluster[item.cluster_id].append(item)
    recs_by_cluster: dict[str | None, list[Recommendation]] = defaultdict(list)
    for rec in d.recommendations:
        recs_by_cluster[rec.cluster_id].append(rec)
    groups: list[tuple[str | None, str]] = [(c.id, c.name) for c in d.shown_clusters()]
    if d.cluster is None:  # points typed on the board without a cluster
        groups.append((None, NO_CLUSTER))
    first = True
    for cluster_id, name in groups:
        items = items_by_cluster.get(cluster_id, [])
        # Recommendations without a cluster are organisation-wide: see the consolidated part.
        recs = recs_by_cluster.get(cluster_id, []) if cluster_id else []
        if not items and not recs and d.cluster is None:
            continue
        if not first:
            out.append(PageBreak())
        first = False
        out.append(ctx.outline.heading(name, 1, "h2"))
        if not items and not recs:
            out.append(para("Deze cluster bracht nog geen SWOT-punten aan.", "small"))
        out.extend(_areas_block(ctx.outline, areas, items, recs))
    if first:
        out.append(para("Er zijn nog geen SWOT-punten.", "small"))
    return out


def _areas_block(
    outline: Outline, areas: list[Area], items: list[SwotItem], recs: list[Recommendation]
) -> list[Flowable]:
    by_area: dict[str | None, list[SwotItem]] = defaultdict(list)
    for item in items:
        by_area[item.area_id].append(item)
    recs_by_area: dict[str, list[Recommendation]] = defaultdict(list)
    for rec in recs:
        recs_by_area[rec.area_id].append(rec)
    out: list[Flowable] = []
    for area in [*areas, None]:
        area_id = area.id if area else None
        points = by_area.get(area_id, [])
        area_recs = recs_by_area.get(area_id, []) if area_id else []
        if not points and not area_recs:
            continue
        out.append(CondPageBreak(60))
        kind = f" · {area.kind.label.lower()}" if area else ""
        out.append(outline.heading(area.name if area else NO_AREA, 2, "h3", remark=muted(kind)))
        out.extend(_quadrants(points))
        if area_recs:
            out.append(_label("Aanbevelingen", None))
            out.extend(bullet(r.text) for r in area_recs)
    return out


def _label(text: str, colour: Color | None) -> Paragraph:
    if colour is None:
        return markup(esc(text), "h4")
    return markup(f'<font color="#{colour.hexval()[2:]}">{esc(text)}</font>', "h4")


def _quadrants(points: list[SwotItem]) -> list[Flowable]:
    out: list[Flowable] = []
    for quadrant in QUADRANT_ORDER:
        chosen = [p for p in points if p.quadrant is quadrant]
        if chosen:
            out.append(_label(quadrant.label, QUADRANT_COLOURS[quadrant]))
            out.extend(bullet(p.text) for p in chosen)
    return out


def _involves(item: SwotItem, sources: list[SwotItem], cluster_id: str) -> bool:
    return item.cluster_id == cluster_id or any(s.cluster_id == cluster_id for s in sources)


def consolidated(ctx: Context) -> list[Flowable]:
    """Every consolidated point once, with the number of clusters that raised it."""
    d = ctx.data
    names = {c.id: c.name for c in d.clusters}
    sources = d.absorbed_by_primary()
    out: list[Flowable] = [ctx.outline.heading("Organisatiebrede SWOT", 0, "h1")]
    intro = (
        "Punten die meerdere clusters in eigen woorden aanbrachten, zijn samengevoegd. "
        "Bij elk punt staat hoeveel clusters het noemden; de oorspronkelijke formuleringen "
        "staan er klein onder."
    )
    if d.cluster is not None:
        intro += f" Alleen de punten die cluster {d.cluster.name} mee aanbracht."
    out.append(para(intro))
    visible = [
        i
        for i in d.items
        if not i.absorbed_into_id
        and (d.cluster is None or _involves(i, sources.get(i.id, []), d.cluster.id))
    ]
    s = styles()
    for quadrant in QUADRANT_ORDER:
        points = sorted(
            (i for i in visible if i.quadrant is quadrant),
            key=lambda i: (-i.cluster_count, i.position),
        )
        out.append(CondPageBreak(50))
        out.append(ctx.outline.heading(quadrant.label, 1, "h2"))
        if not points:
            out.append(para("Geen punten.", "small"))
        for item in points:
            own = sources.get(item.id, [])
            who = sorted({names.get(x.cluster_id or "", "zonder cluster") for x in [item, *own]})
            out.append(
                paragraph(
                    f"{esc(item.text)} {muted('(' + esc(', '.join(who)) + ')')}",
                    s["point"],
                    bulletText=clusters_label(item.cluster_count),
                )
            )
            if own:
                lines = "<br/>".join(
                    f"{esc(names.get(x.cluster_id or '', 'zonder cluster'))}: {esc(x.text)}"
                    for x in own
                )
                out.append(paragraph(lines, s["source"]))
    general = [r for r in d.recommendations if r.cluster_id is None]
    if general and d.cluster is None:
        area_names = {a.id: a.name for a in d.areas}
        out.append(CondPageBreak(50))
        out.append(ctx.outline.heading("Organisatiebrede aanbevelingen", 1, "h2"))
        by_area: dict[str, list[Recommendation]] = defaultdict(list)
        for rec in general:
            by_area[rec.area_id].append(rec)
        for area in sorted(d.areas, key=lambda a: (a.kind is not AreaKind.INTERNAL, a.position)):
            if by_area.get(area.id):
                out.append(para(area_names[area.id], "h4"))
                out.extend(bullet(r.text) for r in by_area[area.id])
    return out


def top20(ctx: Context) -> list[Flowable]:
    """The synthesis as the facilitator curated it; until then the balanced default
    (the four quadrants in turn, most clusters first), never twenty strengths."""
    d = ctx.data
    sources = d.absorbed_by_primary()
    pool = [
        i for i in d.items if d.cluster is None or _involves(i, sources.get(i.id, []), d.cluster.id)
    ]
    by_id = d.items_by_id()
    if d.synthesis_ids:
        in_pool = {i.id for i in pool}
        top = []
        for item_id in d.synthesis_ids:
            item = by_id.get(item_id)
            while item is not None and item.absorbed_into_id:  # consolidated since
                item = by_id.get(item.absorbed_into_id)
            if item is not None and item.id in in_pool and item not in top:
                top.append(item)
        intro = (
            "De synthese zoals de werkgroep ze koos en ordende, uit de samengevoegde SWOT-punten."
        )
    else:
        top = balanced_points(pool, 20)
        intro = (
            "De samengevoegde punten die de meeste clusters noemden, om beurten uit de sterke "
            "punten, zwakke punten, opportuniteiten en bedreigingen: zo komt elk kwadrant aan "
            "bod. De synthese is nog niet door de werkgroep gekozen."
        )
    out: list[Flowable] = [
        ctx.outline.heading("Synthese: top 20", 0, "h1"),
        para(intro),
        Spacer(1, 4),
    ]
    if not top:
        out.append(para("Er zijn nog geen SWOT-punten.", "small"))
        return out
    rows = [
        [str(n), item.quadrant.label, item.text, clusters_label(item.cluster_count)]
        for n, item in enumerate(top, start=1)
    ]
    out.append(table(["#", "Kwadrant", "Punt", "Genoemd door"], rows, [0.05, 0.17, 0.6, 0.18]))
    return out
