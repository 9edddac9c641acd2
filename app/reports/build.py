"""build_report: the headless entry point (CLI and GUI).

The GUI runs it off the GUI thread: ``progress(done, total)`` feeds a progress
bar, ``cancelled()`` a cancel button. The PDF is written to a temporary file
beside ``out_path`` and renamed into place at the end, so a cancelled or failed
report never leaves a half-written file (and never clobbers an older report).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.reports import data as report_data
from app.reports import letters
from app.reports.blocks import Context
from app.reports.document import (
    Cancelled,
    Outline,
    Progress,
    ReportCancelled,
    ReportCanvas,
    ReportDocument,
)
from app.reports.sections import analysis, annex, fiches, front, method, paths, ranking, swot
from app.reports.sections.keuzenota import keuzenota
from app.reports.styles import long_date
from app.services.reporting import Store

# "keuzenota" is asked for on its own (the note handed to the council), not in "all".
PARTS = ("all", "swot", "analysis", "paths", "ranking", "fiches", "keuzenota")

Section = Callable[[Context], list[Flowable]]
# The parts in report order; "all" has every one, the annex only when names may be shown.
_SECTIONS: dict[str, tuple[Section, ...]] = {
    "method": (method.method,),
    "swot": (swot.per_cluster, swot.consolidated, swot.top20),
    "analysis": (analysis.roses,),
    "paths": (paths.development_paths, paths.principles),
    "ranking": (ranking.rankings,),
    "fiches": (fiches.fiches,),
    "keuzenota": (keuzenota,),
}
_ORDER = ("method", "swot", "analysis", "paths", "ranking", "fiches")

__all__ = ["PARTS", "ReportCancelled", "build_report"]


def build_report(
    store: Store,
    out_path: str | os.PathLike[str],
    part: str = "all",
    cluster: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Write the report (or one ``part`` of it, for one ``cluster`` by name) to
    ``out_path``. Raises ValidationError for an unknown part or cluster name and
    ReportCancelled when ``cancelled()`` turned true; then nothing is written.
    ``notes`` (the report's log) gets a Dutch line per letter the font lacks, with
    what was printed instead (letters.py)."""
    with letters.collecting() as replaced:
        target = _build(store, out_path, part, cluster, progress, cancelled)
    if notes is not None:
        notes.extend(
            msg(
                "Teken {char} ({code}) staat niet in het lettertype van het rapport: "
                "{count} keer afgedrukt als {shown}.",
                char=char,
                code=f"U+{ord(char):04X}",
                count=count,
                shown=letters.replacement(char),
            )
            for char, count in sorted(replaced.items())
        )
    return target


def _build(
    store: Store,
    out_path: str | os.PathLike[str],
    part: str,
    cluster: str | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Path:
    if part not in PARTS:
        raise ValidationError(
            msg("Onbekend deel '{part}': kies uit {parts}.", part=part, parts=", ".join(PARTS)),
            "part",
        )

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled

    loaded = report_data.load(store, part, cluster, check)
    today = long_date(dt.date.today())
    ctx = Context(loaded, Outline(), today)
    body: list[Flowable] = []
    for name in _ORDER if part == "all" else (part,):
        for section in _SECTIONS[name]:
            body.append(PageBreak())
            body.extend(section(ctx))
            check()
    if part == "all" and loaded.workshop.show_names:
        body.append(PageBreak())
        body.extend(annex.participants(ctx))
    # The contents come before the body but list the body's headings: built last.
    story = [*front.cover(ctx, part), *front.contents(ctx), *body]

    target = Path(out_path)
    w = loaded.workshop
    title = w.title if loaded.cluster is None else f"{w.title} – {loaded.cluster.name}"
    # Beside the target (same file system, so the rename is atomic); not mkstemp,
    # whose 0600 mode would stick to the report.
    temp = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        doc = ReportDocument(
            temp,
            header_left=w.organisation or w.title,
            header_right=title,
            footer_left=f"Atelier · {today}",
            progress=progress,
            cancelled=cancelled,
            title=title,
            author=w.organisation,
            subject=front.PART_LABELS[part],
            lang="nl-BE",
        )
        total = len(story)
        doc.build(story, canvasmaker=ReportCanvas)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    return target
