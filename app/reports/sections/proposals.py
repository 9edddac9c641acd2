"""One page per fiche (seed 002), grouped per sector and policy objective."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from app.domain.records import Proposal
from app.reports import sdg
from app.reports.blocks import Cell, Context, bullet, markup, muted, para, paragraph, table
from app.reports.sdg import SdgTiles
from app.reports.styles import MUTED_HEX, accent, esc, long_date, number, styles

MANDATORY_COLOUR = colors.HexColor("#B23A48")
PHASE_COLOUR = colors.HexColor("#7FA7C9")
CALENDAR_COLOUR = colors.HexColor("#F1F4F7")
NO_CLUSTER = "Zonder sector"
LABEL_W = 0.24  # of the frame, for the label column of the field tables


def proposals(ctx: Context) -> list[Flowable]:
    d = ctx.data
    # A fiche over several sectors is in each of their reports (its page under its main one).
    chosen = [p for p in d.proposals if d.cluster is None or p.in_cluster(d.cluster.id)]
    out: list[Flowable] = [ctx.outline.heading("Fiches", 0, "h1")]
    mandatory = sum(1 for p in chosen if p.mandatory)
    out.append(
        para(
            f"{number(len(chosen))} fiches: {number(mandatory)} verplicht en "
            f"{number(len(chosen) - mandatory)} naar keuze. Elke fiche beschrijft waarom, wat "
            "en wat we winnen, de koppeling met de duurzame ontwikkelingsdoelen, de acties "
            "en hun fasering, een raming van de middelen (slechts een inschatting met de "
            "huidige gegevens), de locatie, de stand van zaken, de afhankelijkheden en risico's."
        )
    )
    groups = _by_cluster(ctx, chosen)
    out.append(_summary(groups))
    for cluster, proposals in groups:
        for n, p in enumerate(proposals):
            out.append(PageBreak())
            if n == 0:
                out.append(ctx.outline.heading(f"Sector {cluster}", 1, "fiche_label"))
            out.extend(proposal(ctx, p, cluster))
    return out


def _by_cluster(ctx: Context, proposals: list[Proposal]) -> list[tuple[str, list[Proposal]]]:
    """Sectors in cluster order (no sector last); within one, by policy objective in
    order of first appearance, then by the fiche's own place."""
    by_cluster: dict[str | None, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_cluster[p.cluster_id].append(p)
    out = []
    for cluster_id, name in [*((c.id, c.name) for c in ctx.data.clusters), (None, NO_CLUSTER)]:
        group = by_cluster.get(cluster_id)
        if group:
            order = {
                obj: i for i, obj in enumerate(dict.fromkeys(p.policy_objective for p in group))
            }
            group.sort(key=lambda p: (order[p.policy_objective], p.position))
            out.append((name, group))
    return out


def _summary(groups: list[tuple[str, list[Proposal]]]) -> Flowable:
    rows: list[list[Cell]] = []
    totals = [0, 0, 0.0, 0.0]
    for name, group in groups:
        mandatory = sum(1 for p in group if p.mandatory)
        investment = sum(p.total_investment for p in group)
        operating = sum(p.total_operating for p in group)
        rows.append(
            [name, number(len(group)), number(mandatory), number(investment), number(operating)]
        )
        for i, v in enumerate((len(group), mandatory, investment, operating)):
            totals[i] += v
    rows.append(["Totaal", *(number(v) for v in totals)])
    return table(
        ["Sector", "Fiches", "Verplicht", "Investering (€)", "Werking (€)"],
        rows,
        [0.36, 0.1, 0.12, 0.2, 0.2],
        right=[1, 2, 3, 4],
        total_row=True,
    )


def _goal_line(ctx: Context, goal_id: str | None) -> str:
    """The fiche's place in the goal tree (beleidsdoelstelling › actieplan › actie), as
    markup to follow the free-text objective; empty without a goal."""
    view = ctx.data.goals
    if view is None or goal_id is None:
        return ""
    by_id = {g.id: g for g in view.goals}
    chain = []
    node = by_id.get(goal_id)
    while node is not None:
        chain.append(f"{node.code} {node.title}".strip())
        node = by_id.get(node.parent_id) if node.parent_id else None
    if not chain:
        return ""
    return "<br/>" + muted("Doel: " + esc(" › ".join(reversed(chain))))


def proposal(ctx: Context, p: Proposal, cluster: str) -> list[Flowable]:
    s = styles()
    title = f"{p.code} · {p.title}" if p.code else p.title
    badge = "Verplicht" if p.mandatory else "Keuze"
    names = {c.id: c.name for c in ctx.data.clusters}
    also = [names[c] for c in p.extra_cluster_ids if c in names]
    cluster_text = esc(cluster)
    if also:
        cluster_text += "<br/>" + muted(esc("ook: " + ", ".join(also)))
    meta = table(
        None,
        [
            [
                markup(f"<b>Sector</b><br/>{cluster_text}", "cell"),
                markup(
                    f"<b>Beleidsdoelstelling</b><br/>{esc(p.policy_objective or '–')}"
                    + _goal_line(ctx, p.goal_id),
                    "cell",
                ),
                Paragraph(badge, s["badge"]),
            ]
        ],
        [0.3, 0.56, 0.14],
        extra=[
            ("BACKGROUND", (2, 0), (2, 0), MANDATORY_COLOUR if p.mandatory else accent()),
            ("VALIGN", (2, 0), (2, 0), "MIDDLE"),
        ],
    )
    return [
        ctx.outline.heading(title, 2, "fiche_title", toc=False),
        meta,
        Spacer(1, 4),
        _fields(
            [
                ("Besluit", _decision(p)),
                ("In de stemrondes", _places(ctx, p)),
                ("Trekker", p.owner),
                ("Waarom?", p.why),
                ("Wat willen we bereiken?", p.what),
                ("Wat winnen we?", p.win),
            ]
        ),
        markup("Duurzame ontwikkelingsdoelen (SDG's)", "fiche_label"),
        SdgTiles(p.sdgs),
        _sdg_names(p.sdgs),
        markup("Acties en fasering", "fiche_label"),
        _phasing(ctx, p),
        markup("Middelen (raming)", "fiche_label"),
        _resources(ctx, p),
        Spacer(1, 4),
        _fields(
            [
                ("Locatie", _location(ctx, p)),
                ("Stand van zaken einde legislatuur", p.status_end_of_term),
                ("Afhankelijkheden", p.dependencies),
                ("Risico's", p.risks),
                ("Gekoppelde SWOT-punten", _linked_items(ctx, p)),
                ("Gekoppelde ontwikkelpaden", _linked_paths(ctx, p)),
            ]
        ),
    ]


def _decision(p: Proposal) -> list[Flowable]:
    """The decision, its date and motivation; a mandatory fiche is in the plan anyway."""
    text = f"<b>{esc(p.decision.label)}</b>"
    if p.decision_date:
        text += f" ({long_date(p.decision_date)})"
    if p.mandatory:
        text += " " + muted("verplicht: in het plan, wat het besluit ook is")
    out = [markup(text, "cell")]
    if p.decision_motivation:
        out.append(para(p.decision_motivation, "cell"))
    return out


def _places(ctx: Context, p: Proposal) -> list[Flowable]:
    return [
        markup(
            f"{esc(place.title)}: <b>{place.rank}</b> van {place.of} "
            + muted(f"(score {number(place.score, 2 if place.score % 1 else 0)})"),
            "cell",
        )
        for place in ctx.data.places.get(p.id, [])
    ]


def _fields(rows: list[tuple[str, str | list[Flowable]]]) -> Flowable:
    body: list[list[Cell]] = []
    for label, value in rows:
        empty = [para("–", "cell")]
        cell: Cell = (value or empty) if isinstance(value, list) else (value.strip() or "–")
        body.append([markup(esc(label), "label"), cell])
    return table(None, body, [LABEL_W, 1 - LABEL_W])


def _sdg_names(goals: tuple[int, ...]) -> Flowable:
    if not goals:
        return para("Geen SDG gekoppeld.", "small")
    return markup(" · ".join(f"<b>{g}</b> {esc(sdg.NAMES[g - 1])}" for g in goals), "small")


def _years(ctx: Context, p: Proposal) -> list[int]:
    years = set(ctx.data.workshop.years)
    years.update(r.year for r in p.resources)
    for a in p.actions:
        years.update(range(a.start_year, a.end_year + 1))
    return sorted(years)


def _phasing(ctx: Context, p: Proposal) -> Flowable:
    if not p.actions:
        return para("Nog geen acties.", "small")
    years = _years(ctx, p)
    year_w = min(0.075, 0.5 / len(years))
    rows: list[list[Cell]] = [[a.text, *([""] * len(years))] for a in p.actions]
    bars = [
        (
            "BACKGROUND",
            (years.index(a.start_year) + 1, n),
            (years.index(a.end_year) + 1, n),
            PHASE_COLOUR,
        )
        for n, a in enumerate(p.actions, start=1)
    ]
    # A pale calendar behind the bars; white lines cut a bar into one block per year.
    grid = [
        ("BACKGROUND", (1, 1), (-1, -1), CALENDAR_COLOUR),
        *bars,
        ("LINEBELOW", (1, 0), (-1, -1), 1.5, colors.white),
        ("LINEAFTER", (0, 1), (-1, -1), 1.5, colors.white),
    ]
    return table(
        ["Actie", *(str(y) for y in years)],
        rows,
        [1 - year_w * len(years), *([year_w] * len(years))],
        extra=grid,
    )


# Money as the BBC keeps it: investment and operating apart, each with expenditure
# and income; FTE per year and as an average (a head count is never summed over years).
MONEY_ROWS = (
    ("Invest. uitgaven (€)", "investment"),
    ("Invest. ontvangsten (€)", "investment_income"),
    ("Werking uitgaven (€)", "operating"),
    ("Werking ontvangsten (€)", "operating_income"),
)


def fte_average(p: Proposal, years: list[int]) -> float:
    """The mean FTE over the years shown (a year without an estimate counts as 0)."""
    return sum(r.fte for r in p.resources if r.year in years) / len(years) if years else 0.0


def _resources(ctx: Context, p: Proposal) -> Flowable:
    if not p.resources:
        return para("Nog geen raming.", "small")
    by_year = {r.year: r for r in p.resources}
    years = [y for y in _years(ctx, p) if y in by_year or y in ctx.data.workshop.years]

    def amount(year: int, field: str, decimals: int = 0) -> str:
        r = by_year.get(year)
        return number(getattr(r, field), decimals) if r else "–"

    def total(field: str) -> str:
        return number(sum(getattr(r, field) for r in p.resources))

    fte = f"gem. {number(fte_average(p, years), 1)}"
    if len(years) <= 8:
        rows: list[list[Cell]] = [
            [label, *(amount(y, field) for y in years), total(field)] for label, field in MONEY_ROWS
        ]
        rows.append(["VTE", *(amount(y, "fte", 1) for y in years), fte])
        year_w = 0.76 / (len(years) + 1)
        return table(
            ["", *(str(y) for y in years), "Totaal"],
            rows,
            [0.24, *([year_w] * (len(years) + 1))],
            right=list(range(1, len(years) + 2)),
            extra=[("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#F4F6F8"))],
        )
    rows = [
        [str(y), *(amount(y, field) for _, field in MONEY_ROWS), amount(y, "fte", 1)] for y in years
    ]
    rows.append(["Totaal", *(total(field) for _, field in MONEY_ROWS), fte])
    return table(
        ["Jaar", "Inv. uitgaven (€)", "Inv. ontvangsten (€)", "Werking uitgaven (€)",
         "Werking ontvangsten (€)", "VTE"],
        rows,
        [0.1, 0.18, 0.18, 0.18, 0.18, 0.14],
        right=[1, 2, 3, 4, 5],
        total_row=True,
    )  # fmt: skip


def _location(ctx: Context, p: Proposal) -> str:
    loc = ctx.location_by_id.get(p.location_id or "")
    if loc is None:
        return p.location_text
    parts = [loc.name, loc.address, loc.postcode]
    if loc.deelgemeente:
        parts.append(f"deelgemeente {loc.deelgemeente}")
    return ", ".join(x for x in parts if x)


def _linked_items(ctx: Context, p: Proposal) -> list[Flowable]:
    items = ctx.items_by_id
    out = []
    for item_id in p.swot_item_ids:
        item = items.get(item_id)
        if item is not None:
            out.append(
                paragraph(
                    f'<font color="{MUTED_HEX}">{esc(item.quadrant.label)}:</font> '
                    + esc(item.text),
                    styles()["cell_bullet"],
                    bulletText="•",
                )
            )
    return out


def _linked_paths(ctx: Context, p: Proposal) -> list[Flowable]:
    titles = ctx.path_titles
    return [bullet(titles[pid], "cell_bullet") for pid in p.path_ids if pid in titles]
