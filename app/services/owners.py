"""The owner (trekker) of a path or a fiche: a participant, or free text.

The participant's name is kept in ``owner`` as well, so that a deleted
participant (the link is cleared) leaves the owner's name standing. A typed
name that is a participant's name links that participant.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import rules
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common
from app.services.entities import pick
from app.storage import models as m

FIELDS = ("owner", "owner_participant_id")


def clean(session: Session, workshop_id: str, values: dict[str, Any], row: Any) -> dict[str, Any]:
    """``owner`` and ``owner_participant_id`` as stored. Typing a text without a
    participant unlinks the participant, unless the text is a participant's name."""
    text = rules.optional_text(pick(values, row, "owner", ""), msg("De trekker"), "owner")
    if len(text) > 300:
        raise ValidationError(msg("De trekker is te lang (hoogstens 300 tekens)."), "owner")
    if "owner_participant_id" in values:
        participant_id = values["owner_participant_id"]
    elif "owner" in values:
        participant_id = None
    else:
        participant_id = getattr(row, "owner_participant_id", None)
    if participant_id:
        person = common.get(session, m.ParticipantRow, participant_id, workshop_id)
        if not person.name:
            raise ValidationError(
                msg("Een anonieme deelnemer kan geen trekker zijn; typ een naam."),
                "owner_participant_id",
            )
        return {"owner": person.name, "owner_participant_id": person.id}
    if text:
        found = named(session, workshop_id, text)
        if found is not None:
            return {"owner": found.name, "owner_participant_id": found.id}
    return {"owner": text, "owner_participant_id": None}


def named(session: Session, workshop_id: str, name: str) -> m.ParticipantRow | None:
    """The one participant with this name (case does not matter), if exactly one."""
    word = name.strip()
    found = list(
        session.scalars(
            select(m.ParticipantRow).where(
                m.ParticipantRow.workshop_id == workshop_id,
                func.lower(m.ParticipantRow.name) == word.lower(),
            )
        )
    )
    return found[0] if len(found) == 1 else None
