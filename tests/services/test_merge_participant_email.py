"""Merging keeps participants' e-mail addresses (schema 0006): made on the other
laptop, or added there to a participant both stores hold."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services import organisation
from app.services.merge import merge_stores
from app.services.workshops import create_workshop, only_workshop
from app.storage.store import create_store, open_store


def _people(path: Path) -> dict[str | None, str]:
    with open_store(path, backup_on_open=False) as s:
        return {p.name: p.email for p in organisation.participants.list(s, only_workshop(s).id)}


def test_addresses_come_over_with_the_participants(tmp_path: Path):
    target = tmp_path / "voorbereid.atelier"
    with create_store(target) as s:
        ws = create_workshop(s, "Toekomst").value
        organisation.participants.create(s, ws.id, name="An Peeters")
    hall = tmp_path / "dag2.atelier"
    shutil.copy(target, hall)
    with open_store(hall, backup_on_open=False) as s:
        ws_id = only_workshop(s).id
        (an,) = organisation.participants.list(s, ws_id)
        organisation.participants.update(s, an.id, email="an@gemeente.be")
        organisation.participants.create(s, ws_id, name="Bart Claes", email="bart@gemeente.be")
    with open_store(target, backup_on_open=False) as s:
        report = merge_stores(s, [hall])
    assert report.created == {"participants": 1} and report.updated == {"participants": 1}
    assert _people(target) == {"An Peeters": "an@gemeente.be", "Bart Claes": "bart@gemeente.be"}
