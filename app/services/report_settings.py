"""The workshop's own words and house style for its reports: an introduction and a
conclusion per report part, a logo, an accent colour, a Word template and the
document chosen last. One transaction each; undo sets the previous values again
(the window keeps them as its memento)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.domain import records
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.report_plan import PRESETS, TEXT_PARTS
from app.domain.rules import optional_text
from app.services import common
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

MAX_LOGO = 5 * 1024 * 1024  # bytes; a logo is small, the store travels by mail
MAX_TEMPLATE = 20 * 1024 * 1024
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_UNSET = object()


def texts(store: Store, workshop_id: str) -> dict[str, records.ReportText]:
    """Every part's texts by part name; a part nobody wrote for has empty texts."""
    with store.reading() as uow:
        rows = uow.session.scalars(
            select(m.ReportTextRow).where(m.ReportTextRow.workshop_id == workshop_id)
        )
        found = {row.part: _text(row) for row in rows}
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return {
        part: found.get(part)
        or records.ReportText(
            id="", created_at=epoch, updated_at=epoch, workshop_id=workshop_id, part=part
        )
        for part in TEXT_PARTS
    }


def set_text(
    store: Store, workshop_id: str, part: str, intro: str, conclusion: str
) -> Outcome[records.ReportText]:
    """Set one part's introduction and conclusion (plain paragraphs, blank lines
    between them)."""
    if part not in TEXT_PARTS:
        raise ValidationError(
            msg(
                "Onbekend deel '{part}': kies uit {parts}.", part=part, parts=", ".join(TEXT_PARTS)
            ),
            "part",
        )
    intro = optional_text(intro, msg("De inleiding"), "intro")
    conclusion = optional_text(conclusion, msg("Het besluit"), "conclusion")
    with store.transaction() as uow:
        common.get(uow.session, m.WorkshopRow, workshop_id)
        row = uow.session.scalars(
            select(m.ReportTextRow).where(
                m.ReportTextRow.workshop_id == workshop_id, m.ReportTextRow.part == part
            )
        ).first()
        if row is None:
            row = m.ReportTextRow(workshop_id=workshop_id, part=part)
            uow.session.add(row)
        row.intro, row.conclusion = intro, conclusion
        uow.session.flush()
        value = _text(row)
    return Outcome(value, uow.changes)


def style(store: Store, workshop_id: str) -> records.ReportStyle:
    """The workshop's house style; Atelier's own when none was set."""
    with store.reading() as uow:
        row = _style_row(uow.session, workshop_id)
        if row is not None:
            return _style(row)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return records.ReportStyle(id="", created_at=epoch, updated_at=epoch, workshop_id=workshop_id)


def set_style(
    store: Store,
    workshop_id: str,
    *,
    logo: bytes | None | object = _UNSET,
    logo_name: str | object = _UNSET,
    accent: str | object = _UNSET,
    template: bytes | None | object = _UNSET,
    template_name: str | object = _UNSET,
    preset: str | object = _UNSET,
) -> Outcome[records.ReportStyle]:
    """Change what is given; ``None`` removes a logo or template, ``""`` the accent."""
    values: dict[str, object] = {}
    if logo is not _UNSET:
        values["logo"] = check_logo(logo, str(logo_name) if logo_name is not _UNSET else "")  # type: ignore[arg-type]
        values["logo_name"] = "" if logo is None else logo_name if logo_name is not _UNSET else ""
    if accent is not _UNSET:
        values["accent"] = check_accent(str(accent))
    if template is not _UNSET:
        name = str(template_name) if template_name is not _UNSET else ""
        values["template"] = check_template(template, name)  # type: ignore[arg-type]
        values["template_name"] = "" if template is None else name
    if preset is not _UNSET:
        if preset not in PRESETS:
            raise ValidationError(
                msg(
                    "Onbekend document '{name}': kies uit {names}.",
                    name=preset,
                    names=", ".join(PRESETS),
                ),
                "preset",
            )
        values["preset"] = preset
    with store.transaction() as uow:
        common.get(uow.session, m.WorkshopRow, workshop_id)
        row = _style_row(uow.session, workshop_id)
        if row is None:
            row = m.ReportStyleRow(workshop_id=workshop_id)
            uow.session.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        uow.session.flush()
        value = _style(row)
    return Outcome(value, uow.changes)


def set_logo_file(store: Store, workshop_id: str, path: str | Path) -> Outcome[records.ReportStyle]:
    """Copy an image file (PNG or JPEG) into the store as the reports' logo."""
    file = Path(path)
    return set_style(store, workshop_id, logo=read_file(file, MAX_LOGO), logo_name=file.name)


def set_template_file(
    store: Store, workshop_id: str, path: str | Path
) -> Outcome[records.ReportStyle]:
    """Copy a Word document or template (.docx, .dotx) into the store as the house style."""
    file = Path(path)
    return set_style(
        store, workshop_id, template=read_file(file, MAX_TEMPLATE), template_name=file.name
    )


def check_accent(value: str) -> str:
    value = value.strip()
    if value and not _COLOUR.fullmatch(value):
        raise ValidationError(
            msg("De accentkleur '{value}' is geen kleur van de vorm #RRGGBB.", value=value),
            "accent",
        )
    return value.upper()


def check_logo(data: bytes | None, name: str = "") -> bytes | None:
    """A PNG or JPEG image (what both the PDF and Word show), or None."""
    if data is None:
        return None
    if len(data) > MAX_LOGO:
        raise ValidationError(
            msg("{file}: het logo is groter dan 5 MB.", file=name or "logo"), "logo"
        )
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError(
            msg("{file}: het logo moet een PNG- of JPEG-afbeelding zijn.", file=name or "logo"),
            "logo",
        )
    return data


def check_template(data: bytes | None, name: str = "") -> bytes | None:
    """A Word document or template (a zip holding word/document.xml), or None."""
    if data is None:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            ok = "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        ok = False
    if not ok:
        raise ValidationError(
            msg(
                "{file}: dit is geen Word-document of -sjabloon (.docx of .dotx).",
                file=name or "sjabloon",
            ),
            "template",
        )
    return data


def read_file(file: Path, limit: int = MAX_TEMPLATE) -> bytes:
    """A file's bytes, or a Dutch error naming it (missing, unreadable, too large)."""
    try:
        if file.stat().st_size > limit:
            raise ValidationError(msg("{file}: het bestand is te groot.", file=file.name), "file")
        return file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            msg(
                "{file}: kan het bestand niet lezen ({reason}).",
                file=str(file),
                reason=exc.strerror or exc,
            ),
            "file",
        ) from exc


def _style_row(session, workshop_id: str) -> m.ReportStyleRow | None:  # type: ignore[no-untyped-def]
    return session.scalars(
        select(m.ReportStyleRow).where(m.ReportStyleRow.workshop_id == workshop_id)
    ).first()


def _text(row: m.ReportTextRow) -> records.ReportText:
    return records.ReportText(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        workshop_id=row.workshop_id,
        part=row.part,
        intro=row.intro or "",
        conclusion=row.conclusion or "",
    )


def _style(row: m.ReportStyleRow) -> records.ReportStyle:
    return records.ReportStyle(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        workshop_id=row.workshop_id,
        logo=row.logo,
        logo_name=row.logo_name or "",
        accent=row.accent or "",
        template=row.template,
        template_name=row.template_name or "",
        preset=row.preset or "volledig",
    )


