"""Annex: participants per cluster, only when the workshop allows names."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import CondPageBreak, Flowable

from app.domain.records import Participant
from app.reports.blocks import Context, para, table
from app.reports.styles import number


def participants(ctx: Context) -> list[Flowable]:
    d = ctx.data
    by_cluster: dict[str | None, list[Participant]] = defaultdict(list)
    for p in d.participants:
        by_cluster[p.cluster_id].append(p)
    out: list[Flowable] = [ctx.outline.heading("Bijlage: deelnemers per cluster", 0, "h1")]
    groups = [(c.id, c.name) for c in d.shown_clusters()]
    if d.cluster is None:
        groups.append((None, "Zonder cluster"))
    for cluster_id, name in groups:
        people = by_cluster.get(cluster_id, [])
        if not people:
            continue
        named = [p for p in people if p.name]
        out.append(CondPageBreak(60))
        out.append(ctx.outline.heading(f"{name} ({number(len(people))})", 1, "h3", toc=False))
        if named:
            out.append(table(["Naam", "Rol"], [[p.name, p.role] for p in named], [0.45, 0.45]))
        anonymous = len(people) - len(named)
        if anonymous:
            out.append(para(f"en {number(anonymous)} deelnemers zonder naam.", "small"))
    return out
