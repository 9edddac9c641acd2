"""Development paths in seed 000's two columns, and the leading principles."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.domain.enums import TargetGroup
from app.domain.records import DevelopmentPath
from app.reports.blocks import CELL_FONT, Context, bullet, markup, para
from app.reports.styles import FRAME_WIDTH, RULE, SHADE, esc, styles


def development_paths(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Ontwikkelpaden", 0, "h1")]
    if not d.paths:
        out.append(para("Er zijn nog geen ontwikkelpaden.", "small"))
    for n, path in enumerate(d.paths, start=1):
        out.append(CondPageBreak(200))  # start a path on a new page rather than cut it early
        out.append(ctx.outline.heading(f"{n}. {path.title}", 1, "h2"))
        if path.description:
            out.append(para(path.description))
        out.append(_two_columns(path))
        out.append(Spacer(1, 8))
    return out


def _two_columns(path: DevelopmentPath) -> Table:
    s = styles()
    actions: list[Flowable] = [bullet(a.text) for a in path.actions] or [
        para("Nog geen acties.", "small")
    ]
    by_group: dict[TargetGroup, list[str]] = defaultdict(list)
    for impact in path.impacts:
        by_group[impact.target_group].append(impact.text)
    impacts: list[Flowable] = []
    for group in TargetGroup:  # medewerkers, klanten, mandatarissen, burgers
        if by_group.get(group):
            impacts.append(markup(f"Onze {esc(group.value)}:", "h4"))
            impacts.extend(bullet(text) for text in by_group[group])
    if not impacts:
        impacts.append(para("Nog geen impact beschreven.", "small"))
    head = [
        Paragraph("Te ontwikkelen acties / producten", s["label"]),
        Paragraph("Impact die we creëren", s["label"]),
    ]
    table = Table(
        [head, [actions, impacts]],
        colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                *CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def principles(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Leidende principes", 0, "h1")]
    if not d.principles:
        out.append(para("Er zijn nog geen leidende principes.", "small"))
    for p in d.principles:
        out.append(ctx.outline.heading(f"{p.number}. {p.title}", 1, "h3", toc=False))
        if p.text:
            out.append(para(p.text))
    return out
