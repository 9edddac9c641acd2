"""Development paths in seed 000's two columns, and the leading principles."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from app.domain.records import DevelopmentPath, TargetGroup
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
        if path.owner:
            out.append(markup(f"<b>Trekker:</b> {esc(path.owner)}"))
        out.append(_two_columns(path, d.target_groups))
        out.append(Spacer(1, 8))
    return out


def _two_columns(path: DevelopmentPath, groups: list[TargetGroup]) -> Table:
    s = styles()
    actions: list[Flowable] = [bullet(a.text) for a in path.actions] or [
        para("Nog geen acties.", "small")
    ]
    by_group: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    for impact in path.impacts:
        by_group[impact.target_group_id].append(impact.text)
        names[impact.target_group_id] = impact.target_group
    # In the order of the workshop's list (seed 000: medewerkers, klanten, ...).
    order = [g.id for g in groups] + [g for g in by_group if g not in {x.id for x in groups}]
    impacts: list[Flowable] = []
    for group_id in order:
        if by_group.get(group_id):
            impacts.append(markup(f"{esc(group_heading(names[group_id]))}:", "h4"))
            impacts.extend(bullet(text) for text in by_group[group_id])
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


_OWN_WORDS = ("de ", "het ", "een ", "onze ", "ons ", "heel ", "alle ", "iedereen")


def group_heading(name: str) -> str:
    """Seed 000's "Onze medewerkers": "Onze" before a group's name, unless the name
    has its own article ("De organisatie", "Heel onze organisatie")."""
    if name.casefold().startswith(_OWN_WORDS):
        return name
    return f"Onze {name[:1].lower()}{name[1:]}"


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
