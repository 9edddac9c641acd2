"""The confrontation (TOWS) matrix per cluster: its marked pairs (the weight the room
gave each) and the strategies of its four fields with the SWOT points they came
from and the paths and fiches made of them."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.domain.tows import StrategyField, field_of
from app.reports.blocks import Context, bullet, markup, muted, para, table
from app.reports.data import TowsSection
from app.reports.styles import esc

# One hue per field, darker as the weight grows (as in the window); the weight is
# also printed as a digit, so that a black-and-white print says the same.
FIELD_TINTS: dict[StrategyField, tuple[str, str, str]] = {
    StrategyField.SO: ("#DCEFD8", "#A9D7A0", "#6DB862"),
    StrategyField.ST: ("#DCE8F5", "#A8C6E6", "#6FA0D3"),
    StrategyField.WO: ("#FBEBCB", "#F5D38D", "#EDB84E"),
    StrategyField.WT: ("#F7DCDC", "#EBA9A9", "#DB7474"),
}
LABEL_WIDTH = 0.36  # of the frame: the rows' codes and texts
FIELD_NAMES = {
    StrategyField.SO: "SO: offensief (sterktes × kansen)",
    StrategyField.ST: "ST: defensief (sterktes × bedreigingen)",
    StrategyField.WO: "WO: verbeteren (zwaktes × kansen)",
    StrategyField.WT: "WT: overleven (zwaktes × bedreigingen)",
}


def strategies(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Confrontatiematrix en strategieën", 0, "h1")]
    out.append(
        para(
            "De confrontatiematrix kruist de sterktes en zwaktes (rijen) met de kansen en "
            "bedreigingen (kolommen). De groep gaf elk paar dat ertoe doet een gewicht van 1 "
            "tot 3; de tabel toont alleen de punten met een markering. Uit de vier velden "
            "(SO, ST, WO, WT) volgen de strategieën, elk met de SWOT-punten waar ze uit voortkomt."
        )
    )
    shown = [s for s in d.tows if s.matrices[0].marks or s.strategies]
    if not shown:
        out.append(para("Er is nog geen confrontatiematrix ingevuld.", "small"))
        return out
    for section in shown:
        out.append(CondPageBreak(220))
        # In the bookmarks, not in the contents: the part's one line there is enough.
        out.append(ctx.outline.heading(section.name, 1, "h2", toc=False))
        out.extend(_matrices(section))
        out.extend(_strategies(ctx, section))
    return out


def _matrices(section: TowsSection) -> list[Flowable]:
    out: list[Flowable] = []
    for m in section.matrices:
        if not m.rows or not m.columns:
            continue
        codes = m.codes
        header = ["", *(codes[c.id] for c in m.columns)]
        rows: list[list[str | None]] = []
        extra: list[tuple] = []
        for r, inner in enumerate(m.rows, start=1):
            line: list[str | None] = [f"{codes[inner.id]}  {inner.text}"]
            for c, outer in enumerate(m.columns, start=1):
                weight = m.weight(inner.id, outer.id)
                line.append(str(weight) if weight else "")
                if weight:
                    tint = FIELD_TINTS[field_of(inner.quadrant, outer.quadrant)][weight - 1]
                    extra.append(("BACKGROUND", (c, r), (c, r), HexColor(tint)))
            rows.append(line)
        cell = (1 - LABEL_WIDTH) / max(len(m.columns), 1)
        extra += [
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("LINEAFTER", (0, 0), (-2, -1), 0.3, HexColor("#BBBBBB")),
        ]
        out.append(
            table(
                header,
                rows,
                [LABEL_WIDTH, *([cell] * len(m.columns))],
                right=tuple(range(1, len(m.columns) + 1)),
                extra=extra,
            )
        )
        out.append(Spacer(1, 4))
        legend = [[codes[c.id], c.text] for c in m.columns]
        out.append(table(["Kolom", "Kans of bedreiging"], legend, [0.1, 0.9]))
        out.append(Spacer(1, 6))
    if section.left_out:
        out.append(
            para(
                f"De matrix toont {section.shown_points} van de {section.total_points} "
                "gemarkeerde punten; de overige staan bij de strategieën.",
                "small",
            )
        )
    return out


def _strategies(ctx: Context, section: TowsSection) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Strategieën", 2, "h3", toc=False)]
    if not section.strategies:
        out.append(para("Nog geen strategieën voor deze matrix.", "small"))
        return out
    items = {i.id: i for i in d.items}
    codes = section.codes
    for field in StrategyField:
        mine = [s for s in section.strategies if s.field is field]
        if not mine:
            continue
        out.append(markup(esc(FIELD_NAMES[field]), "h4"))
        for s in mine:
            out.append(markup(f"<b>{esc(s.title)}</b>"))
            if s.text:
                out.append(para(s.text))
            points = [items[i] for i in s.swot_item_ids if i in items]
            points.sort(key=lambda i: ("SWOT".index(i.quadrant.value), codes.get(i.id, "")))
            if points:
                out.append(markup(muted("Komt voort uit:")))
                for item in points:
                    code = codes.get(item.id, item.quadrant.value)
                    out.append(bullet(f"{code}  {item.text}"))
            made = [f"ontwikkelpad '{d.strategy_paths.get(p, '?')}'" for p in s.path_ids] + [
                f"fiche {d.strategy_proposals.get(p, '?')}" for p in s.proposal_ids
            ]
            if made:
                out.append(markup(muted(esc("Uitgewerkt in: " + "; ".join(made) + "."))))
            out.append(Spacer(1, 4))
    return out
