"""A budget round over whole fiches in the window: the new-round dialog prices the
fiches (basis, room as the budget, fiches without a cost named), paper ballots are
ticks, and the results (rounds view and projector) show each fiche's cost and the
set that fits the budget."""

from __future__ import annotations

import pytest

from app.domain import ranking
from app.domain.enums import OptionKind, VotingMethod
from app.services import budget, budget_round, rounds
from app.ui.voting.projector_page import FITS, OUTSIDE_TOP
from app.ui.voting.round_dialogs import PaperBallotDialog


@pytest.fixture
def view(window):
    return window.show_view("round")


def _whole_dialog(view, qtbot, basis: str = budget_round.INVESTMENT):
    dialog = view.new_round_dialog()
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))  # the keuze fiches
    dialog.check_visible()
    dialog.title_edit.setText("Burgerbudget")
    dialog.method.setCurrentIndex(dialog.method.findData(VotingMethod.BUDGET.value))
    dialog.whole.setChecked(True)
    dialog.cost_basis.setCurrentIndex(dialog.cost_basis.findData(basis))
    return dialog


def test_the_dialog_prices_the_proposals_and_names_those_without_cost(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    dialog = _whole_dialog(view, qtbot)
    chosen = dialog.chosen()
    pricing = budget_round.price(store, ws, chosen)
    rooms = budget.rooms(store, ws)
    room = sum(r.investment for r in rooms)
    assert pricing.free and pricing.priced  # the demo has both
    # The budget is the investment room over the period, until edited.
    assert dialog.budget.value() == pytest.approx(room)
    note = dialog.whole_note.text()
    assert "Netto investering over de planperiode".lower() in note
    assert ranking.euro(room) in note
    assert "Zonder kost" in note and pricing.free[0].code in note
    # Investment and operating: the budget follows the basis (both rooms).
    dialog.cost_basis.setCurrentIndex(dialog.cost_basis.findData(budget_round.TOTAL))
    assert dialog.budget.value() == pytest.approx(sum(r.investment + r.operating for r in rooms))
    dialog.cost_basis.setCurrentIndex(dialog.cost_basis.findData(budget_round.INVESTMENT))
    dialog.budget.setValue(5_000_000)
    new = dialog.value()
    assert new.whole and new.cost_basis == budget_round.INVESTMENT

    made = view.create_round(new)
    assert made is not None
    assert made.rules["whole"] is True and made.rules["budget"] == 5_000_000
    assert made.rules["cost_basis"] == "investment"
    targets = [o.target_id for o in made.options]
    assert targets == [f.proposal_id for f in pricing.priced]  # the free ones left out
    assert {made.rules["costs"][o.id] for o in made.options} == {f.cost for f in pricing.priced}
    view.controller.undo_stack.undo()
    assert made.id not in [r.id for r in view._rounds]


def test_whole_is_only_for_proposals(view, qtbot):
    dialog = _whole_dialog(view, qtbot)
    dialog.set_source(OptionKind.SWOT_ITEM)
    assert not dialog.whole.isEnabled()
    assert not dialog.value().whole


def test_paper_ticks_results_and_projector_show_what_fits(view, qtbot):
    store, ws = view.controller.store, view.controller.workshop.id
    dialog = _whole_dialog(view, qtbot)
    priced = budget_round.price(store, ws, dialog.chosen()).priced
    # A budget for the two dearest fiches but not the third.
    dear = sorted(priced, key=lambda f: -f.cost)[:3]
    dialog.budget.setValue(dear[0].cost + dear[1].cost)
    made = view.create_round(dialog.value())
    assert made is not None
    view.select(made.id)
    view.open_selected()
    option_of = {o.target_id: o.id for o in made.options}
    a, b, c = (option_of[f.proposal_id] for f in dear)

    def paper(*ids: str) -> None:
        ballot = PaperBallotDialog(view.current(), [], parent=view)
        qtbot.addWidget(ballot)
        for option_id in ids:
            ballot.ticks[option_id].setChecked(True)
        view.cast_paper(made.id, ballot.entries())

    paper(a, b)
    paper(a, c)
    paper(c)
    # Three fiches together are over the budget: the rule refuses, nothing is stored.
    ballot = PaperBallotDialog(view.current(), [], parent=view)
    qtbot.addWidget(ballot)
    for option_id in (a, b, c):
        ballot.ticks[option_id].setChecked(True)
    assert view.cast_paper(made.id, ballot.entries()) is None
    assert view.current().ballot_count == 3

    res = rounds.results(store, made.id)
    scores = {r.option_id: r.score for r in res.ranking}
    assert (scores[a], scores[b], scores[c]) == (2.0, 1.0, 2.0)
    # a (2) and c (2) first, in the round's order; b (1) no longer fits after a.
    first, second = sorted((a, c), key=lambda o: [x.id for x in made.options].index(o))
    # a and c (two phones each) fit together; b after them would not.
    assert res.fits == [first, second]
    total = sum(made.rules["costs"][o] for o in res.fits)
    assert total <= made.rules["budget"]

    # The rounds view: the count, each fiche's cost and what fits.
    assert not view.results.isColumnHidden(3) and not view.results.isColumnHidden(4)
    assert view.results.horizontalHeaderItem(2).text() == "Telefoons"
    rows = {view.results.item(n, 1).text(): n for n in range(view.results.rowCount())}
    title_a = next(o.title for o in made.options if o.id == a)
    row = rows[title_a]
    assert view.results.item(row, 2).text() == "2"
    assert view.results.item(row, 3).text() == ranking.euro(made.rules["costs"][a])
    assert view.results.item(row, 4).text() == "ja"
    assert ranking.euro(made.rules["budget"]) in view.fits_label.text()
    assert f"{len(res.fits)} fiches" in view.fits_label.text()

    # The projector, once revealed: the fitting fiches in green, the others grey.
    view.close_selected()
    view.toggle_reveal()
    page = view.voting_page()
    page.show_round(view.current(), rounds.results(store, made.id))
    assert page.results_visible()
    chart = page.chart
    by_rank = [r.option_id for r in res.ranking][: len(chart.colours)]
    for option_id, colour in zip(by_rank, chart.colours, strict=True):
        assert colour == (FITS if option_id in res.fits else OUTSIDE_TOP)
    assert "Groen past in het budget" in page.status.text()


def test_other_rounds_keep_their_three_columns(view):
    r = next(r for r in view._rounds if r.method is VotingMethod.DOTS)
    view.select(r.id)
    assert view.results.isColumnHidden(3) and view.results.isColumnHidden(4)
    assert view.results.horizontalHeaderItem(2).text() == "Score"
    assert view.fits_label.isHidden()


def test_the_screenshot_views_show_the_whole_round(window, view):
    from app.ui.screenshots import voting as shots  # registers the shots
    from tests.voting.phone import closed_whole_round

    with pytest.raises(ValueError, match="round STORE --whole"):
        shots.round_budget(window, (1366, 768))  # the demo has none
    made = closed_whole_round(view.controller.store, view.controller.workshop.id, phones=12)
    view.reload()
    shots.round_budget(window, (1366, 768))
    assert view.current().id == made.id
    assert view.fits_label.isVisibleTo(window)
    projector = shots.projector_budget(window, (1366, 768))
    page = view.voting_page()
    assert page.results_visible() and page.fit is not None
    assert page.fit.fits == rounds.results(view.controller.store, made.id).fits
    projector.close()
