"""The impact/effort matrix's settings per workshop: kept, validated, undone, resolved
against the rounds there are (services.matrix)."""

from __future__ import annotations

import pytest

from app.domain.entities import Entity
from app.domain.errors import NotFound, ValidationError
from app.services import matrix, proposals, rounds
from app.services.rounds import BallotInput
from app.services.workshops import only_workshop


def _score_round(store, ws_id: str, title: str = "Impact en haalbaarheid") -> str:
    made_p = [
        proposals.proposals.create(store, ws_id, code=f"T-{n}", title=f"Fiche {n}").value
        for n in range(2)
    ]
    made = rounds.create_round(store, ws_id, title, "score", [("proposal", p.id) for p in made_p])
    r = made.value
    rounds.open_round(store, r.id)
    a, b = (o.id for o in r.options)
    rounds.cast_ballot(
        store, r.id, BallotInput({a: {"impact": 5, "haalbaarheid": 2}, b: {"impact": 1}})
    )
    return r.id


def test_nothing_set_shows_the_defaults(store):
    ws = only_workshop(store)
    shown = matrix.shown(store, ws.id)
    assert shown.matrix is None
    assert shown.labels == matrix.DEFAULT_LABELS
    assert matrix.settings(store, ws.id).round_id is None


def test_settings_are_kept_and_restored(store):
    ws = only_workshop(store)
    round_id = _score_round(store, ws.id)
    before = matrix.settings(store, ws.id)
    outcome = matrix.set_settings(
        store,
        ws.id,
        round_id=round_id,
        x_criterion="Impact",
        y_criterion="Haalbaarheid",
        labels=("Groot <b>werk</b>", " Snelle winst ", "", "=Opvullers"),
    )
    assert outcome.changes.touches(Entity.MATRIX_SETTING)
    again = matrix.settings(store, ws.id)
    assert again.labels == ("Groot <b>werk</b>", "Snelle winst", "", "=Opvullers")
    shown = matrix.shown(store, ws.id)
    assert (shown.x, shown.y) == ("Impact", "Haalbaarheid")
    assert shown.labels == ("Groot <b>werk</b>", "Snelle winst", "Niet doen", "=Opvullers")
    assert shown.matrix is not None and shown.matrix.round.id == round_id
    assert [b.label for b in shown.bubbles()] == ["T-0"]
    matrix.restore(store, before)
    assert matrix.settings(store, ws.id).labels == ("", "", "", "")
    assert matrix.shown(store, ws.id).x == "Haalbaarheid"  # the default: second criterion


def test_bad_settings_change_nothing(store):
    ws = only_workshop(store)
    with pytest.raises(ValidationError, match="linksonder"):
        matrix.set_settings(store, ws.id, labels=("a", "b", "x" * 300, "d"))
    with pytest.raises(NotFound):
        matrix.set_settings(store, ws.id, round_id="no-such-round")
    dots = rounds.create_round(store, ws.id, "Stippen", "dots", []).value
    with pytest.raises(ValidationError, match="geen scoreronde"):
        matrix.set_settings(store, ws.id, round_id=dots.id)
    assert matrix.settings(store, ws.id).id == ""


def test_a_deleted_round_falls_back_to_the_last_one(store):
    ws = only_workshop(store)
    first = _score_round(store, ws.id, "Eerste")
    matrix.set_settings(store, ws.id, round_id=first, x_criterion="Onbekend")
    shown = matrix.shown(store, ws.id)
    assert shown.matrix is not None and shown.matrix.round.id == first
    assert shown.x == "Haalbaarheid"  # an axis the round does not have: the default


@pytest.mark.sqlite_only
def test_matrix_settings_travel_in_a_merge_and_the_later_change_wins(tmp_path):
    import shutil

    from app.services.merge import merge_stores
    from app.services.workshops import create_workshop
    from app.storage.store import create_store, open_store

    target = tmp_path / "doel.atelier"
    with create_store(target) as s:
        create_workshop(s, "Toekomst")
    source = tmp_path / "laptop.atelier"
    shutil.copy(target, source)
    with open_store(source, backup_on_open=False) as s:
        ws = only_workshop(s)
        matrix.set_settings(s, ws.id, labels=("Van de laptop", "", "", ""))
    with open_store(target, backup_on_open=False) as s:
        report = merge_stores(s, [source])
        assert report.created["matrix_settings"] == 1
        ws = only_workshop(s)
        assert matrix.settings(s, ws.id).labels[0] == "Van de laptop"
        again = merge_stores(s, [source])
        assert not again.created.get("matrix_settings")
        assert matrix.settings(s, ws.id).labels[0] == "Van de laptop"
