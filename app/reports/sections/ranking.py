"""The ranking of each closed voting round: table, bar chart, method, participation."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.domain import ranking as voting_rules
from app.domain.enums import VotingMethod
from app.domain.ideas import IdeaStatus
from app.reports.blocks import Context, markup, para, table
from app.reports.charts import ranking_bars
from app.reports.data import RoundReport
from app.reports.styles import FRAME_WIDTH, HIGHLIGHT, esc, number
from app.services.ideas import IdeasResults

MAX_BARS = 25  # a longer chart would not fit a page; the table lists every option


def method_text(method: VotingMethod, rules: dict[str, Any]) -> str:
    """How the round was voted and scored, in plain Dutch."""
    if method is VotingMethod.DOTS:
        return (
            f"Elke deelnemer verdeelde {rules['dots']} stippen over de opties, hoogstens "
            f"{rules['max_per_option']} op één optie. De score van een optie is het totale "
            "aantal stippen dat ze kreeg."
        )
    if method is VotingMethod.SCORE:
        criteria = ", ".join(
            f"{c['title']} (gewicht {number(c['weight'], 1)})" for c in rules["criteria"]
        )
        return (
            f"Elke deelnemer gaf elke optie een score van {rules['min']} tot {rules['max']} "
            f"op de criteria {criteria}. De score van een optie is het gewogen gemiddelde "
            "van alle scores die ze kreeg."
        )
    if method is VotingMethod.RANK:
        k = rules["max_ranked"]
        return (
            f"Elke deelnemer rangschikte hoogstens {k} opties, de beste eerst (methode van "
            f"Borda). De eerste plaats is {k} punten waard, de tweede {k - 1}, enzovoort; de "
            "score van een optie is het totaal van haar punten."
        )
    if voting_rules.is_whole(rules):
        from app.services.budget_round import INVESTMENT, basis_label

        basis = basis_label(rules.get("cost_basis", INVESTMENT))
        return (
            f"Elke deelnemer koos hele fiches, elk tegen haar eigen kost ({basis}), samen "
            f"binnen een budget van {voting_rules.euro(rules['budget'])}. De score van een "
            "fiche is het aantal deelnemers dat ze koos. Wat in het budget past: de fiches in "
            "volgorde van de rangschikking, elke fiche die nog past in wat overblijft."
        )
    return (
        f"Elke deelnemer verdeelde een budget van € {number(rules['budget'])} over de "
        "opties. De score van een optie is het totale bedrag dat ze kreeg."
    )


def rankings(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Rangschikking van de stemrondes", 0, "h1")]
    if not d.rounds and not d.ideas_rounds:
        out.append(para("Er is nog geen gesloten stemronde.", "small"))
    for n, report in enumerate(d.rounds):
        if n:
            out.append(PageBreak())
        out.extend(_round(ctx, report))
    for n, found in enumerate(d.ideas_rounds):
        if n or d.rounds:
            out.append(PageBreak())
        out.extend(_ideas_round(ctx, found))
    return out


_SHOWN_IDEAS = (IdeaStatus.ACCEPTED, IdeaStatus.MERGED)


def _ideas_round(ctx: Context, found: IdeasResults) -> list[Flowable]:
    """A closed ideas round: how many phones wrote, what was decided, and the ideas
    that reached the board (a rejected idea is counted, not printed)."""
    r = found.round
    out: list[Flowable] = [ctx.outline.heading(r.title, 1, "h2")]
    if r.question:
        out.append(markup(f"Vraag: {esc(r.question)}"))
    out.append(
        markup(
            f"<b>Methode: {esc(r.method.label)}.</b> De deelnemers stuurden ideeën vanaf hun "
            "gsm, anoniem; de begeleider besliste welke als punt op het bord kwamen."
        )
    )
    counts = {status: found.count(status) for status in IdeaStatus}
    out.append(
        para(
            f"{number(found.phones)} gsm's stuurden {number(len(found.ideas))} ideeën: "
            f"{number(counts[IdeaStatus.ACCEPTED])} aanvaard, "
            f"{number(counts[IdeaStatus.MERGED])} samengevoegd met een bestaand punt, "
            f"{number(counts[IdeaStatus.REJECTED])} afgewezen, "
            f"{number(counts[IdeaStatus.PENDING])} niet beoordeeld."
        )
    )
    rows: list[list[Any]] = [
        [i.quadrant.label if i.quadrant else "Aanbeveling", i.text, i.cluster or "", i.status.label]
        for i in found.ideas
        if i.status in _SHOWN_IDEAS
    ]
    if rows:
        out.append(
            table(["Kwadrant", "Idee", "Cluster", "Beslissing"], rows, [0.18, 0.52, 0.16, 0.14])
        )
    return out


def _round(ctx: Context, report: RoundReport) -> list[Flowable]:
    d = ctx.data
    r, results, part = report.round, report.results, report.participation
    out: list[Flowable] = [ctx.outline.heading(r.title, 1, "h2")]
    if r.question:
        out.append(markup(f"Vraag: {esc(r.question)}"))
    out.append(
        markup(f"<b>Methode: {esc(r.method.label)}.</b> {esc(method_text(r.method, r.rules))}")
    )
    out.append(
        para(
            "Gelijke scores delen dezelfde rang (1, 1, 3)."
            + (f" De eerste {r.top_n} plaatsen zijn gemarkeerd." if r.top_n else ""),
            "small",
        )
    )
    paper = part.by_source.get("paper", 0)
    phone = part.by_source.get("phone", 0)
    out.append(ctx.outline.heading("Deelname", 2, "h3"))
    out.append(
        para(
            f"{number(part.ballots)} stembrieven: {number(phone)} via gsm, "
            f"{number(paper)} op papier."
        )
    )
    rows = [
        [c.name, number(part.by_cluster.get(c.id, 0))]
        for c in d.clusters
        if part.by_cluster.get(c.id)
    ]
    if part.by_cluster.get(None):
        rows.append(["Zonder cluster", number(part.by_cluster[None])])
    if rows:
        out.append(table(["Cluster", "Stembrieven"], rows, [0.5, 0.2], right=[1]))
    out.append(ctx.outline.heading("Rangschikking", 2, "h3"))
    if d.cluster is not None:
        out.append(
            para(
                f"Volgens de {number(results.ballots)} stembrieven van cluster {d.cluster.name}.",
                "small",
            )
        )
    ranked = results.ranking
    if results.fits is not None:
        out.extend(_whole_table(r, results))
        return out
    decimals = 2 if r.method is VotingMethod.SCORE else 0
    rows = [[str(x.rank), x.title, number(x.score, decimals)] for x in ranked]
    marks = [
        ("BACKGROUND", (0, n), (-1, n), HIGHLIGHT)
        for n, x in enumerate(ranked, start=1)
        if r.top_n and x.rank <= r.top_n
    ]
    out.append(
        table(["Rang", "Optie", "Score"], rows, [0.08, 0.74, 0.14], right=[0, 2], extra=marks)
    )
    if ranked and results.ballots:
        shown = ranked[:MAX_BARS]
        top = sum(1 for x in shown if r.top_n and x.rank <= r.top_n)
        out.append(Spacer(1, 8))
        out.append(
            ranking_bars([x.title for x in shown], [x.score for x in shown], FRAME_WIDTH, top)
        )
        if len(ranked) > MAX_BARS:
            out.append(para(f"De grafiek toont de eerste {MAX_BARS} opties.", "small"))
    return out


def _whole_table(r: Any, results: Any) -> list[Flowable]:
    """A budget round with whole fiches: count, cost and whether it fits, the fitting
    fiches highlighted, and what they cost together."""
    costs = r.rules["costs"]
    fits = set(results.fits)
    ranked = results.ranking
    rows = [
        [
            str(x.rank),
            x.title,
            number(x.score),
            voting_rules.euro(costs[x.option_id]) if x.option_id in costs else "",
            "ja" if x.option_id in fits else "",
        ]
        for x in ranked
    ]
    marks = [
        ("BACKGROUND", (0, n), (-1, n), HIGHLIGHT)
        for n, x in enumerate(ranked, start=1)
        if x.option_id in fits
    ]
    spent = sum(costs[o] for o in results.fits)
    out: list[Flowable] = [
        table(
            ["Rang", "Fiche", "Gekozen door", "Kost", "Past"],
            rows,
            [0.07, 0.5, 0.14, 0.17, 0.08],
            right=[0, 2, 3],
            extra=marks,
        ),
        Spacer(1, 6),
        para(
            f"Past in het budget van {voting_rules.euro(r.rules['budget'])}: "
            f"{len(results.fits)} fiches (gemarkeerd) voor {voting_rules.euro(spent)}, "
            f"{voting_rules.euro(r.rules['budget'] - spent)} over."
        ),
    ]
    if ranked and results.ballots:
        shown = ranked[:MAX_BARS]
        out.append(Spacer(1, 8))
        out.append(ranking_bars([x.title for x in shown], [x.score for x in shown], FRAME_WIDTH, 0))
    return out
