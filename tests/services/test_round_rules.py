"""The round rules (ties at the top-N boundary, the re-vote) as services the window
and the CLI share."""

from __future__ import annotations

import pytest

from app.domain.enums import OptionKind, RoundStatus, VotingMethod
from app.domain.errors import ValidationError
from app.services import proposals, rounds
from app.services.rounds import BallotInput


def _closed_round(store, workshop, votes, top_n=2, method=VotingMethod.DOTS, rules=None):  # type: ignore[no-untyped-def]
    proposal_list = [
        proposals.create_proposal(store, workshop.id, title=f"Fiche {n}").value for n in "ABCD"
    ]
    made = rounds.create_round(
        store,
        workshop.id,
        "Prioriteiten",
        method,
        [(OptionKind.PROPOSAL, f.id) for f in proposal_list],
        rules or {"dots": 3, "max_per_option": 3},
        question="Wat eerst?",
        top_n=top_n,
    ).value
    rounds.open_round(store, made.id)
    ids = [o.id for o in made.options]
    for entries in votes:
        rounds.cast_ballot(store, made.id, BallotInput({ids[i]: n for i, n in entries.items()}))
    rounds.close_round(store, made.id)
    return rounds.rounds.get(store, made.id), ids


def test_a_tie_across_the_boundary_names_the_tied_and_those_above(store, workshop):
    # A first; B and C tied for second place; D last.
    r, ids = _closed_round(store, workshop, [{0: 2, 1: 1}, {0: 2, 2: 1}, {3: 0}])
    found = rounds.tie(store, r.id)
    assert found is not None
    assert set(found.tied) == {ids[1], ids[2]}
    assert found.above == (ids[0],)
    assert (found.place, found.seats_left) == (2, 1)


def test_no_tie_without_top_n_before_closing_or_with_a_clear_cut(store, workshop):
    r, _ = _closed_round(store, workshop, [{0: 2, 1: 1}], top_n=0)
    assert rounds.tie(store, r.id) is None
    clear, _ = _closed_round(store, workshop, [{0: 3}, {1: 2}, {2: 1}])
    assert rounds.tie(store, clear.id) is None


def test_a_revote_holds_only_the_tied_options(store, workshop):
    r, ids = _closed_round(store, workshop, [{0: 2, 1: 1}, {0: 2, 2: 1}])
    again = rounds.revote(store, r.id).value
    by_id = {o.id: o for o in r.options}
    assert sorted(o.target_id for o in again.options) == sorted(
        by_id[i].target_id for i in ids[1:3]
    )
    assert again.title == "Herstemming: Prioriteiten"
    assert again.question == "Wat eerst?"
    assert again.top_n == 1
    assert again.status is RoundStatus.DRAFT
    assert again.rules["dots"] >= 1  # dots scaled to two options


def test_a_revote_leaves_out_what_was_deleted_since(store, workshop):
    r, ids = _closed_round(store, workshop, [{0: 2, 1: 1}, {0: 2, 2: 1}, {0: 1, 3: 1}])
    # B, C and D tied for second place; C's fiche is deleted meanwhile.
    gone = next(o.target_id for o in r.options if o.id == ids[2])
    proposals.proposals.delete(store, gone)
    again = rounds.revote(store, r.id, title="Opnieuw").value
    assert again.title == "Opnieuw"
    assert len(again.options) == 2
    assert gone not in {o.target_id for o in again.options}


def test_no_revote_without_a_tie(store, workshop):
    r, _ = _closed_round(store, workshop, [{0: 3}, {1: 2}, {2: 1}])
    before = rounds.rounds.list(store, workshop.id)
    with pytest.raises(ValidationError, match="geen gelijke stand"):
        rounds.revote(store, r.id)
    assert rounds.rounds.list(store, workshop.id) == before
