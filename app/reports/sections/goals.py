"""The goal tree (BBC 2020): every beleidsdoelstelling, actieplan and actie with its
owner and indicators, the fiches directly under it, and the money per year of its
whole branch (its own fiches and those of the goals under it)."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.domain.goals import INV, INV_IN, OP, OP_IN, GoalLevel
from app.reports.blocks import Cell, Context, bullet, markup, para, table
from app.reports.styles import esc, number
from app.services.goals import owner_name

_LEVEL_NAMES = {1: "Beleidsdoelstelling", 2: "Actieplan", 3: "Actie"}
_HEADINGS = {1: ("h2", 1), 2: ("h3", 2), 3: ("h4", 3)}


def goal_tree(ctx: Context) -> list[Flowable]:
    view = ctx.data.goals
    out: list[Flowable] = [
        ctx.outline.heading("Doelen: beleidsdoelstellingen, actieplannen en acties", 0, "h1")
    ]
    if view is None or not view.goals:
        out.append(para("Er zijn nog geen doelen.", "small"))
        return out
    counts = {level: sum(1 for g in view.goals if g.level == level) for level in GoalLevel}
    out.append(
        para(
            f"{counts[GoalLevel.OBJECTIVE]} beleidsdoelstellingen, {counts[GoalLevel.PLAN]} "
            f"actieplannen en {counts[GoalLevel.ACTION]} acties. De bedragen per jaar tellen "
            "de fiches onder een doel en onder de doelen die eronder vallen: netto "
            "investeringen en netto werking (uitgaven min ontvangsten), in euro."
        )
    )
    for goal in view.goals:
        style, level = _HEADINGS[goal.level]
        if goal.level == GoalLevel.OBJECTIVE:
            out.append(CondPageBreak(160))
        title = f"{goal.code} {goal.title}".strip()
        out.append(ctx.outline.heading(title, level, style, toc=goal.level < GoalLevel.ACTION))
        owner = owner_name(goal, view.owners)
        line = f"<i>{_LEVEL_NAMES[goal.level]}</i>"
        if owner:
            line += f" · trekker: {esc(owner)}"
        out.append(markup(line, "small"))
        for i in goal.indicators:
            parts = [i.name]
            if i.baseline:
                parts.append(f"nulmeting {i.baseline}")
            if i.target:
                target = f"streefwaarde {i.target}"
                if i.target_year:
                    target += f" in {i.target_year}"
                parts.append(target)
            out.append(bullet("Indicator: " + "; ".join(parts)))
        proposals = view.proposals.get(goal.id, [])
        for f in proposals:
            out.append(bullet(f"Fiche {f.code} {f.title}".replace("Fiche  ", "Fiche ")))
        money = view.money[goal.id]
        if money.by_year:
            years = view.years
            rows: list[list[Cell]] = []
            for label, spend, income in (("Investeringen", INV, INV_IN), ("Werking", OP, OP_IN)):
                values = [money.by_year.get(y, (0.0, 0.0, 0.0, 0.0)) for y in years]
                nets = [v[spend] - v[income] for v in values]
                rows.append([label, *(number(n) for n in nets), number(sum(nets))])
            year_w = 0.78 / (len(years) + 1)
            out.append(
                table(
                    ["Netto (€)", *(str(y) for y in years), "Totaal"],
                    rows,
                    [0.22, *([year_w] * (len(years) + 1))],
                    right=list(range(1, len(years) + 2)),
                )
            )
        out.append(Spacer(1, 4))
    return out
