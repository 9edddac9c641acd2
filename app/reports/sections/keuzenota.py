"""The keuzenota (seed 002): the financial room and the sums per year of the plan
(mandatory fiches and those decided ``ja``), the balance per year, the chosen and the
not chosen fiches per sector with their ranking and motivation, and the mandatory
fiches. Self-contained: ``report --part keuzenota`` and the Word presets use it."""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.enums import Decision
from app.domain.records import Proposal
from app.domain.scenario import Scenario, YearFigures
from app.reports import charts
from app.reports.blocks import Cell, Context, markup, para, table
from app.reports.styles import FRAME_WIDTH, esc, number

GOOD = colors.HexColor("#1E7B3A")  # dark enough on white for print and for the eye
SHORT = colors.HexColor("#B3261E")
NO_CLUSTER = "Zonder sector"


def keuzenota(ctx: Context) -> list[Flowable]:
    d = ctx.data
    result = d.scenario
    if result is None:  # not loaded: the part was not asked for
        return []
    out: list[Flowable] = [ctx.outline.heading("Keuzenota", 0, "h1")]
    c = result.counts
    keuze = c["ja"] + c["nee"] + c["later"] + c["open"]
    verdict = (
        "Het plan is elk jaar in evenwicht."
        if result.fits
        else "Het plan is <b>niet</b> elk jaar in evenwicht: tekort in "
        + ", ".join(str(y.year) for y in result.years if not y.fits)
        + "."
    )
    out.append(
        markup(
            f"{number(c['mandatory'])} verplichte fiches en {number(keuze)} keuzefiches: "
            f"{number(c['ja'])} gekozen (ja), {number(c['nee'])} niet (nee), "
            f"{number(c['later'])} later en {number(c['open'])} nog open. De sommen tellen "
            "elke verplichte fiche (wat het besluit ook is) en elke fiche met besluit ja; "
            f"het saldo is de ruimte min uitgaven plus ontvangsten. {verdict}",
            "body",
        )
    )
    out.append(ctx.outline.heading("Financieel evenwicht per jaar", 1, "h2"))
    out.extend(balance_tables(result))
    out.extend(matrix_section(ctx))
    chosen = [p for p in d.proposals if not p.mandatory and p.decision is Decision.YES]
    others = [p for p in d.proposals if not p.mandatory and p.decision is not Decision.YES]
    mandatory = [p for p in d.proposals if p.mandatory]
    for title, group, with_decision in (
        ("Gekozen fiches", chosen, False),
        ("Niet gekozen fiches", others, True),
        ("Verplichte fiches", mandatory, True),
    ):
        out.append(ctx.outline.heading(title, 1, "h2"))
        if not group:
            out.append(para("Geen.", "small"))
            continue
        for cluster, proposals in _by_cluster(ctx, group):
            out.append(markup(esc(cluster), "fiche_label"))
            out.append(_proposal_table(ctx, proposals, with_decision))
            out.append(Spacer(1, 4))
    return out


def matrix_section(ctx: Context) -> list[Flowable]:
    """The impact/effort matrix as the facilitator set it: the chosen criteria on the
    axes, bubble size the fiche's net cost, the quadrant labels."""
    shown = ctx.data.matrix
    if shown is None or shown.matrix is None:
        return []
    m = shown.matrix
    out: list[Flowable] = [ctx.outline.heading("Impact/inspanning-matrix", 1, "h2")]
    bubbles = shown.bubbles()
    out.append(
        markup(
            f"Scoreronde {esc(m.round.title)}: de gemiddelde score per fiche op "
            f"{esc(shown.x)} (horizontaal) en {esc(shown.y)} (verticaal), van {m.low:g} tot "
            f"{m.high:g}; de grootte van een bubbel is de netto kost van de fiche over de "
            f"planningsperiode. {number(len(bubbles))} fiches kregen een score op beide.",
            "body",
        )
    )
    if not bubbles:
        return out
    chart = charts.matrix(
        [(b.label, b.x, b.y, b.weight) for b in bubbles],
        m.low,
        m.high,
        shown.x,
        shown.y,
        shown.labels,
        FRAME_WIDTH,
        FRAME_WIDTH * 0.62,
    )
    # The heading and its words stay with the chart (a chart alone on a page reads badly).
    return [KeepTogether([*out, chart]), Spacer(1, 6)]


def balance_tables(result: Scenario) -> list[Flowable]:
    """Investment and operating, each a table with the years as columns."""
    years = result.years
    out: list[Flowable] = []
    for label, kind in (("Investeringen (€)", "investment"), ("Werking (€)", "operating")):
        rows: list[list[Cell]] = [
            ["Uitgaven", *(number(getattr(y, kind)) for y in years)],
            ["Ontvangsten", *(number(getattr(y, f"{kind}_income")) for y in years)],
            ["Netto", *(number(getattr(y, f"{kind}_net")) for y in years)],
            ["Ruimte", *(number(getattr(y, f"room_{kind}")) for y in years)],
            ["Saldo", *(_balance(y, kind) for y in years)],
        ]
        year_w = 0.8 / max(1, len(years))
        out.append(markup(label, "fiche_label"))
        out.append(
            table(
                ["", *(str(y.year) for y in years)],
                rows,
                [0.2, *([year_w] * len(years))],
                right=list(range(1, len(years) + 1)),
                total_row=True,
            )
        )
        out.append(Spacer(1, 6))
    return out


def _balance(y: YearFigures, kind: str) -> Flowable:
    """A balance with its sign and a word, in green or red: never colour alone."""
    value = getattr(y, f"balance_{kind}")
    short = value < -0.005
    colour = (SHORT if short else GOOD).hexval()[2:]
    sign = "−" if short else "+"
    word = "tekort" if short else "ok"
    return markup(
        f'<font color="#{colour}"><b>{sign} {number(abs(value))}</b><br/>{word}</font>',
        "cell_right",
    )


def _by_cluster(ctx: Context, proposals: list[Proposal]) -> list[tuple[str, list[Proposal]]]:
    by_cluster: dict[str | None, list[Proposal]] = defaultdict(list)
    for p in proposals:
        by_cluster[p.cluster_id].append(p)
    names = [(c.id, c.name) for c in ctx.data.clusters]
    return [
        (name, by_cluster[cid]) for cid, name in [*names, (None, NO_CLUSTER)] if by_cluster.get(cid)
    ]


def _net(p: Proposal, kind: str) -> float:
    if kind == "investment":
        return p.total_investment - p.total_investment_income
    return p.total_operating - p.total_operating_income


def _proposal_table(ctx: Context, proposals: list[Proposal], with_decision: bool) -> Flowable:
    rows: list[list[Cell]] = []
    for p in proposals:
        places = ctx.data.places.get(p.id, [])
        ranking = "; ".join(f"{x.rank} van {x.of} ({x.title})" for x in places) or "–"
        title: list[Flowable] = [para(f"{p.code} · {p.title}" if p.code else p.title, "cell")]
        if p.decision_motivation:
            title.append(para(p.decision_motivation, "small"))
        row: list[Cell] = [title, ranking]
        if with_decision:
            row.append(p.decision.label)
        row += [number(_net(p, "investment")), number(_net(p, "operating"))]
        rows.append(row)
    header = ["Fiche en motivering", "Rangschikking"]
    widths = [0.46, 0.2]
    if with_decision:
        header.append("Besluit")
        widths = [0.4, 0.18, 0.1]
    header += ["Investering netto (€)", "Werking netto (€)"]
    widths += [(1 - sum(widths)) / 2] * 2
    n = len(header)
    return table(header, rows, widths, right=[n - 2, n - 1])
