"""Werkwijze: sessions, locations (deelgemeenten marked), participants per cluster."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from app.reports.blocks import Context, markup, para, table
from app.reports.styles import HIGHLIGHT, esc, long_date, number


def method(ctx: Context) -> list[Flowable]:
    d = ctx.data
    out: list[Flowable] = [ctx.outline.heading("Werkwijze", 0, "h1")]
    if d.workshop.description:
        out.append(para(d.workshop.description))
    location_names = {loc.id: loc.name for loc in d.locations}

    out.append(ctx.outline.heading("Sessies", 1, "h3", toc=False))
    if d.sessions:
        rows = [
            [s.title, long_date(s.date), location_names.get(s.location_id or "", "–")]
            for s in d.sessions
        ]
        out.append(table(["Sessie", "Datum", "Locatie"], rows, [0.5, 0.2, 0.3]))
    else:
        out.append(para("Er zijn nog geen sessies ingepland.", "small"))

    out.append(ctx.outline.heading("Locaties", 1, "h3", toc=False))
    if d.locations:
        rows, marks = [], []
        for n, loc in enumerate(d.locations, start=1):
            address = ", ".join(part for part in (loc.address, loc.postcode) if part)
            rows.append([loc.name, address, loc.deelgemeente or ""])
            if loc.in_deelgemeente:
                marks.append(("BACKGROUND", (0, n), (-1, n), HIGHLIGHT))
        in_deelgemeente = sum(1 for loc in d.locations if loc.in_deelgemeente)
        out.append(
            markup(
                f"{len(d.locations)} locaties, waarvan {in_deelgemeente} in een deelgemeente "
                "(gemarkeerd).",
                "small",
            )
        )
        out.append(
            table(["Locatie", "Adres", "Deelgemeente"], rows, [0.42, 0.36, 0.22], extra=marks)
        )
    else:
        out.append(para("Er zijn nog geen locaties.", "small"))

    out.append(ctx.outline.heading("Deelnemers per cluster", 1, "h3", toc=False))
    counts = Counter(p.cluster_id for p in d.participants)
    rows = []
    for c in d.clusters:
        name = f"{c.name} (referentie)" if c.is_reference else c.name
        rows.append([name, number(counts.get(c.id, 0))])
    if counts.get(None):
        rows.append(["Zonder cluster", number(counts[None])])
    rows.append(["Totaal", number(len(d.participants))])
    out.append(table(["Cluster", "Deelnemers"], rows, [0.6, 0.2], right=[1], total_row=True))
    if not d.workshop.show_names:
        out.append(
            markup(esc("De deelnemers blijven anoniem: dit rapport noemt geen namen."), "small")
        )
    return out
