"""build_report: the headless entry point (CLI and GUI).

The GUI runs it off the GUI thread: ``progress(done, total)`` feeds a progress
bar, ``cancelled()`` a cancel button. The report is written to a temporary file
beside ``out_path`` and renamed into place at the end, so a cancelled or failed
report never leaves a half-written file (and never clobbers an older report).

One composition serves both formats: the section builders make ReportLab
flowables (headings, paragraphs, tables, charts, page breaks); ReportLab lays
them out as the PDF, app/reports/word.py writes them as a Word document.
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
from app.domain.report_plan import DEFAULT_PRESET, PARTS, plan, preset
from app.reports import data as report_data
from app.reports import letters
from app.reports.blocks import Composed, Context
from app.reports.document import (
    Cancelled,
    Outline,
    Progress,
    ReportCancelled,
    ReportCanvas,
    ReportDocument,
)
from app.reports.sections import (
    analysis,
    annex,
    front,
    goals,
    method,
    paths,
    proposals,
    questionnaire,
    ranking,
    strategy,
    swot,
)
from app.reports.sections.keuzenota import keuzenota
from app.reports.styles import accent_colour, long_date
from app.services.reporting import Store

FORMATS = (".pdf", ".docx")

Section = Callable[[Context], list[Flowable]]
# The parts in report order; "all" has every one, the annex only when names may be shown.
_SECTIONS: dict[str, tuple[Section, ...]] = {
    "method": (method.method,),
    "swot": (swot.per_cluster, swot.consolidated, swot.top20),
    "analysis": (analysis.roses,),
    "strategy": (strategy.strategies,),
    "paths": (paths.development_paths, paths.principles),
    "ranking": (ranking.rankings,),
    "fiches": (proposals.proposals,),
    # In the self-evaluation document only (app/domain/report_plan.py PRESETS).
    "questionnaire": (questionnaire.questionnaire,),
    "keuzenota": (keuzenota,),
    "goals": (goals.goal_tree,),
}
_ORDER = ("method", "swot", "analysis", "strategy", "paths", "ranking", "fiches")

__all__ = ["FORMATS", "PARTS", "ReportCancelled", "build_report"]


def compose(
    ctx: Context, part: str, parts: tuple[str, ...], preset_name: str, check: Callable[[], None]
) -> Composed:
    """Every section of ``parts`` in order, with the workshop's own introduction and
    conclusion around each part and around the whole."""
    texts = ctx.data.texts
    chosen = preset(preset_name)
    body: list[Flowable] = []

    def own(key: str, which: str) -> str:
        text = texts.get(key)
        return getattr(text, which) if text is not None else ""

    # The whole report's own words open and close the full report only; a part or
    # another document has its parts' words.
    whole = part == "all" and preset_name == DEFAULT_PRESET
    if whole and own("all", "intro"):
        body.append(PageBreak())
        body.append(ctx.outline.heading("Inleiding", 0, "h1"))
        body.extend(front.own_words(own("all", "intro")))
    for name in parts:
        for n, section in enumerate(_SECTIONS[name]):
            body.append(PageBreak())
            flowables = section(ctx)
            if n == 0 and own(name, "intro"):
                flowables[1:1] = front.own_words(own(name, "intro"))  # after the part's title
            body.extend(flowables)
            check()
        if own(name, "conclusion"):  # closing paragraphs of the part, without a heading
            body.extend(front.own_words(own(name, "conclusion")))
    if whole and own("all", "conclusion"):
        body.append(PageBreak())
        body.append(ctx.outline.heading("Besluit", 0, "h1"))
        body.extend(front.own_words(own("all", "conclusion")))
    if part == "all" and chosen.with_annex and ctx.data.workshop.show_names:
        body.append(PageBreak())
        body.extend(annex.participants(ctx))
    d = ctx.data
    w = d.workshop
    title = w.title if d.cluster is None else f"{w.title} – {d.cluster.name}"
    label = chosen.label if preset_name != DEFAULT_PRESET and part == "all" else None
    subject = label or front.PART_LABELS[part]
    if preset_name != DEFAULT_PRESET:
        title = f"{chosen.label}: {title}"
    # The contents come before the body but list the body's headings: built last.
    return Composed(ctx, front.cover(ctx, part, label), front.contents(ctx), body, title, subject)


def build_report(
    store: Store,
    out_path: str | os.PathLike[str],
    part: str = "all",
    cluster: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    notes: list[str] | None = None,
    *,
    preset_name: str = DEFAULT_PRESET,
    template: str | os.PathLike[str] | None = None,
) -> Path:
    """Write the report (or one ``part`` of it, for one ``cluster`` by name, as one of
    the documents a municipality hands over: ``preset_name``) to ``out_path``: a PDF,
    or a Word document when it ends in .docx (in the house style of ``template``, or
    of the workshop's own template when it has one). Raises ValidationError for an
    unknown part, preset, cluster name or format, and ReportCancelled when
    ``cancelled()`` turned true; then nothing is written. ``notes`` (the report's
    log) gets a Dutch line per letter the font lacks, with what was printed instead
    (letters.py)."""
    with letters.collecting() as replaced:
        target = _build(store, out_path, part, cluster, progress, cancelled, preset_name, template)
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
    preset_name: str,
    template: str | os.PathLike[str] | None,
) -> Path:
    target = Path(out_path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            msg(
                "{file}: kies een bestandsnaam die eindigt op .pdf of .docx.",
                file=target.name,
            ),
            "out",
        )
    parts = plan(part, preset_name)
    area_kind = preset(preset_name).area_kind
    template_bytes: bytes | None = None
    if template is not None:
        if suffix != ".docx":
            raise ValidationError(
                msg("Een Word-sjabloon (--template) geldt alleen voor een .docx-rapport."),
                "template",
            )
        from app.services.report_settings import check_template, read_file

        template_bytes = check_template(read_file(Path(template)), Path(template).name)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled

    loaded = report_data.load(store, parts, cluster, check, area_kind)
    style = loaded.style
    if template_bytes is None and style is not None:
        template_bytes = style.template
    today = long_date(dt.date.today())
    ctx = Context(loaded, Outline(), today)
    with accent_colour(style.accent if style is not None else None):
        composed = compose(ctx, part, parts, preset_name, check)
        # Beside the target (same file system, so the rename is atomic); not mkstemp,
        # whose 0600 mode would stick to the report.
        temp = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            if suffix == ".docx":
                from app.reports.word import write_word

                total = write_word(composed, temp, template_bytes, progress, cancelled)
            else:
                total = _write_pdf(composed, temp, progress, cancelled)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    if progress is not None:
        progress(total, total)
    return target


def _write_pdf(
    composed: Composed, temp: str, progress: Progress | None, cancelled: Cancelled | None
) -> int:
    d = composed.ctx.data
    w = d.workshop
    header_right = w.title if d.cluster is None else f"{w.title} – {d.cluster.name}"
    doc = ReportDocument(
        temp,
        header_left=w.organisation or w.title,
        header_right=header_right,
        footer_left=f"Atelier · {composed.ctx.today}",
        progress=progress,
        cancelled=cancelled,
        logo=d.style.logo if d.style is not None else None,
        title=composed.title,
        author=w.organisation,
        subject=composed.subject,
        lang="nl-BE",
    )
    story = composed.story
    total = len(story)  # before build, which consumes the list
    doc.build(story, canvasmaker=ReportCanvas)
    return total
