"""De vragenlijst: every statement of the internal questionnaire with each cluster's
value (seed 003), for the self-evaluation document (preset ``zelfevaluatie``)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from app.domain.analysis import statement_scores
from app.domain.enums import AreaKind
from app.reports import fonts
from app.reports.blocks import Context, para, table
from app.reports.styles import FRAME_WIDTH, score


def questionnaire(ctx: Context) -> list[Flowable]:
    d = ctx.data
    clusters = d.shown_clusters()
    out: list[Flowable] = [
        ctx.outline.heading("Vragenlijst", 0, "h1"),
        para(
            "Per intern domein de stellingen van de vragenlijst met de waarde per cluster: "
            "het gemiddelde van de antwoorden van 1 (helemaal niet akkoord) tot 5 (helemaal "
            "akkoord); 'weet niet' telt niet mee, '–' betekent geen antwoorden."
        ),
    ]
    values = {c.id: statement_scores(d.scores, c.id) for c in clusters}
    by_area: dict[str, list] = {}
    for s in sorted(d.statements, key=lambda s: s.position):
        by_area.setdefault(s.area_id, []).append(s)
    areas = [a for a in sorted(d.areas, key=lambda a: a.position) if a.kind is AreaKind.INTERNAL]
    if not any(by_area.get(a.id) for a in areas):
        out.append(para("De vragenlijst heeft nog geen stellingen.", "small"))
    column = min(0.12, 0.62 / max(1, len(clusters)))
    # Cluster names as column headers where their words fit; numbers and a key otherwise.
    room = column * FRAME_WIDTH - 6
    fits = all(stringWidth(w, fonts.BOLD, 8) <= room for c in clusters for w in c.name.split())
    headers = [c.name for c in clusters] if fits else [str(n + 1) for n in range(len(clusters))]
    if not fits:
        key = " · ".join(f"{n + 1} {c.name}" for n, c in enumerate(clusters))
        out.append(para(f"Kolommen: {key}.", "small"))
    for area in areas:
        statements = by_area.get(area.id, [])
        if not statements:
            continue
        out.append(ctx.outline.heading(area.name, 1, "h2", toc=False))
        rows = [[s.text, *(score(values[c.id].get(s.id)) for c in clusters)] for s in statements]
        out.append(
            table(
                ["Stelling", *headers],
                rows,
                [1 - column * len(clusters), *([column] * len(clusters))],
                right=list(range(1, len(clusters) + 1)),
            )
        )
    return out
