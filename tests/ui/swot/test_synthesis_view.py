"""The synthesis view: the balanced default until curated; pick, order, take out and
take from a closed round, each one undo step."""

from __future__ import annotations

import pytest

from app.domain.enums import OptionKind
from app.services import rounds, synthesis
from app.services.rounds import BallotInput


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.swot.synthesis import SynthesisView

    v = SynthesisView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    return v


def _ids(controller):  # type: ignore[no-untyped-def]
    return synthesis.curated_ids(controller.store, controller.workshop.id)


def test_the_default_is_balanced_and_a_pick_curates_it(view, controller):
    assert not view.shown.curated
    assert view.chosen.count() == 20
    letters = [view.chosen.item(n).text().split("[")[1][0] for n in range(4)]
    assert letters == ["S", "W", "O", "T"]
    default = view.current_ids()
    view.quadrant.setCurrentIndex(view.quadrant.findData("T"))
    pick = next(
        view.pool.item(n)
        for n in range(view.pool.count())
        if view.pool.item(n).data(256) not in default
    )
    picked = pick.data(256)
    view.pool.setCurrentItem(pick)
    view.add_chosen()  # the lists are filled again: ``pick`` is gone
    assert _ids(controller) == [*default, picked]
    assert view.shown.curated and view.chosen.count() == 21
    controller.undo_stack.undo()
    assert _ids(controller) == [] and not view.shown.curated
    controller.undo_stack.redo()
    assert len(_ids(controller)) == 21


def test_order_and_take_out_with_undo(view, controller):
    default = view.current_ids()
    view._move(default[5], 0)
    assert _ids(controller)[:2] == [default[5], default[0]]
    view.remove(default[0])
    assert default[0] not in _ids(controller)
    controller.undo_stack.undo()
    assert _ids(controller)[:2] == [default[5], default[0]]
    view.back_to_default()
    assert not view.shown.curated
    controller.undo_stack.undo()
    assert view.shown.curated


def test_the_synthesis_from_a_closed_round(view, controller):
    store, ws = controller.store, controller.workshop.id
    points = view.items[:3]
    made = rounds.create_round(
        store,
        ws,
        "Top drie",
        "dots",
        [(OptionKind.SWOT_ITEM, p.id) for p in points],
        rules_={"dots": 2, "max_per_option": 2},
    ).value
    rounds.open_round(store, made.id)
    rounds.cast_ballot(store, made.id, BallotInput({made.options[2].id: 2}))
    rounds.close_round(store, made.id)
    view.reload()
    view.round_box.setCurrentIndex(view.round_box.findData(made.id))
    view.top_n.setValue(1)
    view.from_round()
    assert _ids(controller) == [points[2].id]
    controller.undo_stack.undo()
    assert _ids(controller) == []
