"""The workshop (traject) itself, and the default areas and questionnaire it starts with."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app import resources
from app.domain import records, rules
from app.domain.enums import AreaKind
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import msg
from app.services import common, convert, target_groups
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store


def list_workshops(store: Store) -> list[records.Workshop]:
    with store.reading() as uow:
        # Plain rows: the window's first screen configures no ORM mapper.
        table = m.WorkshopRow.__table__
        rows: list[Any] = list(
            uow.session.execute(select(*table.columns).order_by(table.c.created_at))
        )
        return [convert.workshop(row) for row in rows]


def get_workshop(store: Store, workshop_id: str) -> records.Workshop:
    with store.reading() as uow:
        return convert.workshop(common.get(uow.session, m.WorkshopRow, workshop_id))


def only_workshop(store: Store) -> records.Workshop:
    """The store's workshop; stores made by Atelier hold one."""
    workshops = list_workshops(store)
    if not workshops:
        raise NotFound(msg("{file} bevat nog geen workshop.", file=store.name))
    return workshops[0]


def create_workshop(
    store: Store,
    title: str,
    organisation: str = "",
    period_start: int = 2026,
    period_end: int = 2031,
    description: str = "",
    show_names: bool = False,
    with_defaults: bool = True,
) -> Outcome[records.Workshop]:
    """A new workshop; by default with the 7 internal and 6 external areas of seed 003
    and the standard questionnaire (10 statements per internal area)."""
    start, end = rules.planning_period(period_start, period_end)
    with store.transaction() as uow:
        row = m.WorkshopRow(
            title=rules.required_text(title, msg("De titel"), "title"),
            organisation=rules.optional_text(organisation, msg("De organisatie"), "organisation"),
            period_start=start,
            period_end=end,
            description=rules.optional_text(description, msg("De beschrijving"), "description"),
            show_names=show_names,
        )
        uow.session.add(row)
        uow.session.flush()
        if with_defaults:
            add_default_areas(uow.session, row.id)
        # Every workshop has the four target groups of seed 000 to start from.
        target_groups.add_defaults(uow.session, row.id)
    return Outcome(convert.workshop(row), uow.changes)


def add_default_areas(session, workshop_id: str) -> None:  # type: ignore[no-untyped-def]
    bank = resources.load_json("defaults", "areas.json")
    for kind in (AreaKind.INTERNAL, AreaKind.EXTERNAL):
        for position, spec in enumerate(bank[kind.value]):
            area = m.AreaRow(
                workshop_id=workshop_id,
                kind=kind.value,
                name=spec["name"],
                description=spec.get("description", ""),
                position=position,
            )
            session.add(area)
            session.flush()
            for number, text in enumerate(spec.get("statements", [])):
                session.add(
                    m.StatementRow(
                        workshop_id=workshop_id, area_id=area.id, text=text, position=number
                    )
                )


def update_workshop(store: Store, workshop_id: str, **values: Any) -> Outcome[records.Workshop]:
    """Change title, organisation, period_start/period_end, description, show_names or
    synonyms (the duplicate search's groups, one a line; "" or None: the default list)."""
    allowed = {
        "title",
        "organisation",
        "period_start",
        "period_end",
        "description",
        "show_names",
        "synonyms",
    }
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(msg("Onbekend veld: {fields}.", fields=", ".join(sorted(unknown))))
    with store.transaction() as uow:
        row = common.get(uow.session, m.WorkshopRow, workshop_id)
        clean = dict(values)
        if "title" in clean:
            clean["title"] = rules.required_text(str(clean["title"]), msg("De titel"), "title")
        for key, label in (
            ("organisation", msg("De organisatie")),
            ("description", msg("De beschrijving")),
        ):
            if key in clean:
                clean[key] = rules.optional_text(str(clean[key]), label, key)
        start = int(clean.get("period_start", row.period_start))
        end = int(clean.get("period_end", row.period_end))
        rules.planning_period(start, end)
        if "show_names" in clean:
            clean["show_names"] = bool(clean["show_names"])
        if "synonyms" in clean:
            clean["synonyms"] = synonyms_text(clean["synonyms"])
        common.apply(row, clean)
    return Outcome(convert.workshop(row), uow.changes)


def synonyms_text(value: object) -> str | None:
    """The synonym groups as kept: None for the default list (or nothing typed); a line
    of one word names no synonym and is refused, saying which line."""
    text = rules.optional_text(
        None if value is None else str(value), msg("De lijst met synoniemen"), "synonyms"
    )
    for number, line in enumerate(text.splitlines(), start=1):
        entries = [e for e in line.split(",") if e.strip()]
        if len(entries) == 1 and not line.strip().startswith("#"):
            raise ValidationError(
                msg(
                    "Regel {line} van de synoniemen noemt maar één woord: "
                    "zet minstens twee woorden met een komma ertussen.",
                    line=number,
                ),
                "synonyms",
            )
    # Imported here: the stemmer and rapidfuzz are not needed to open the window.
    from app.services import dutch_text

    if not text or text == dutch_text.DEFAULT_SYNONYMS.strip():
        return None
    return text
