"""Decisions on fiches: one or several at once, undo, the top of a closed round, and
each fiche's place in every round it was in."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import Decision
from app.domain.errors import NotFound, ValidationError
from app.services import decisions, proposals, rounds
from app.services.rounds import BallotInput


def _proposals(store, workshop, *codes: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        proposals.create_proposal(store, workshop.id, code=c, title=f"Fiche {c}").value.id
        for c in codes
    ]


def _state(store, pid):  # type: ignore[no-untyped-def]
    p = proposals.proposals.get(store, pid)
    return p.decision, p.decision_date, p.decision_motivation


def test_several_proposals_at_once_and_undo_puts_each_back(store, workshop):
    a, b, c = _proposals(store, workshop, "A", "B", "C")
    decisions.decide(store, [a], "nee", decided_on=date(2026, 3, 1), motivation="Te duur")
    done = decisions.decide(store, [a, b], Decision.YES, decided_on=date(2026, 5, 4)).value
    assert [s.decision for s in done.after] == [Decision.YES, Decision.YES]
    assert _state(store, a) == (Decision.YES, date(2026, 5, 4), "Te duur")  # motivation kept
    assert _state(store, b) == (Decision.YES, date(2026, 5, 4), "")
    assert _state(store, c) == (Decision.OPEN, None, "")

    decisions.restore_decisions(store, done.before)

    assert _state(store, a) == (Decision.NO, date(2026, 3, 1), "Te duur")
    assert _state(store, b) == (Decision.OPEN, None, "")


def test_a_decision_is_dated_today_and_open_has_no_date(store, workshop):
    (a,) = _proposals(store, workshop, "A")
    decisions.decide(store, [a], "LATER", motivation="  Na de studie  ")
    assert _state(store, a) == (Decision.LATER, date.today(), "Na de studie")
    decisions.decide(store, [a], "open")
    assert _state(store, a)[:2] == (Decision.OPEN, None)


def test_an_unknown_decision_is_refused_by_name_and_changes_nothing(store, workshop):
    (a,) = _proposals(store, workshop, "A")
    with pytest.raises(ValidationError, match="'misschien'"):
        decisions.decide(store, [a], "misschien")
    with pytest.raises(ValidationError, match="'ok'"):
        proposals.update_proposal(store, a, decision="ok")
    assert _state(store, a) == (Decision.OPEN, None, "")


def test_a_proposal_is_found_by_its_code_whatever_the_case(store, workshop):
    (a,) = _proposals(store, workshop, "VT-01")
    assert decisions.find_by_code(store, workshop.id, " vt-01") == a
    with pytest.raises(NotFound, match="'VT-99'"):
        decisions.find_by_code(store, workshop.id, "VT-99")


def test_the_proposal_form_keeps_the_decision_through_delete_and_restore(store, workshop):
    (a,) = _proposals(store, workshop, "A")
    proposals.update_proposal(
        store, a, decision="ja", decision_date=date(2026, 6, 1), decision_motivation="Veilig"
    )
    gone = proposals.proposals.delete(store, a).value
    back = proposals.proposals.restore(store, gone).value
    assert (back.decision, back.decision_date, back.decision_motivation) == (
        Decision.YES,
        date(2026, 6, 1),
        "Veilig",
    )


@pytest.fixture
def closed_round(store, workshop):  # type: ignore[no-untyped-def]
    ids = _proposals(store, workshop, "A", "B", "C", "D")
    made = rounds.create_round(
        store, workshop.id, "Prioriteiten", "dots", [("proposal", i) for i in ids],
        rules_={"dots": 6, "max_per_option": 3},
    ).value  # fmt: skip
    opt = [o.id for o in made.options]
    rounds.open_round(store, made.id)
    # C 5, A 3, B 3, D 1: A and B share rank 2.
    rounds.cast_ballot(store, made.id, BallotInput({opt[2]: 3, opt[0]: 2, opt[1]: 1}))
    rounds.cast_ballot(store, made.id, BallotInput({opt[2]: 2, opt[1]: 2, opt[0]: 1, opt[3]: 1}))
    return made, ids


def test_the_top_of_a_closed_round_gets_ja_in_one_step(store, workshop, closed_round):
    made, (a, b, c, d) = closed_round
    with pytest.raises(ValidationError, match="Sluit de ronde"):
        decisions.decide_top(store, made.id, 2)
    rounds.close_round(store, made.id)

    done = decisions.decide_top(store, made.id, 2, decided_on=date(2026, 9, 1)).value

    # The top 2: C, and A and B who share the second place.
    assert [s.proposal_id for s in done.after] == [c, a, b]
    assert [_state(store, x)[0] for x in (a, b, c, d)] == [Decision.YES] * 3 + [Decision.OPEN]
    decisions.restore_decisions(store, done.before)
    assert {_state(store, x)[0] for x in (a, b, c, d)} == {Decision.OPEN}


def test_a_proposal_knows_its_rank_and_score_in_every_round(store, workshop, closed_round):
    made, (a, b, c, d) = closed_round
    rounds.close_round(store, made.id)
    second = rounds.create_round(store, workshop.id, "Rangorde", "rank", [("proposal", d)]).value
    rounds.open_round(store, second.id)
    rounds.cast_ballot(store, second.id, BallotInput([second.options[0].id]))

    found = decisions.places(store, workshop.id)

    assert [(p.title, p.rank, p.of, p.score) for p in found[c]] == [("Prioriteiten", 1, 4, 5.0)]
    assert [(p.title, p.rank, p.of) for p in found[a]] == [("Prioriteiten", 2, 4)]
    assert [(p.title, p.rank, p.score) for p in found[d]] == [
        ("Prioriteiten", 4, 1.0),
        ("Rangorde", 1, 1.0),
    ]
