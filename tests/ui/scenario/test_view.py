"""The scenario view: a tick changes every figure at once and records the decision;
undo puts it back; the balance says its sign and a word; the projector follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.enums import Decision
from app.services import proposals, scenario
from app.ui.scenario.projector import ScenarioPage
from app.ui.scenario.state import ScenarioState
from app.ui.scenario.view import TICK, YEAR_ROWS, ScenarioView


def _expected(store, workshop_id):  # type: ignore[no-untyped-def]
    return scenario.as_json(scenario.load(store, workshop_id))["years"]


def _shown(view: ScenarioView) -> list[dict[str, float]]:
    model = view.years_model
    return [
        {figure: model.value(row, column) for row, figure in enumerate(YEAR_ROWS)}
        for column in range(model.columnCount())
    ]


def test_a_tick_changes_the_figures_at_once_and_decides_ja(controller, qtbot):
    view = ScenarioView(controller)
    qtbot.addWidget(view)
    store, ws = controller.store, controller.workshop.id
    model = view.proposals_model
    # The first keuze fiche with money in some year.
    row = next(r for r in range(model.rowCount()) if any(view.state.net(model.proposal_id(r))))
    proposal_id = model.proposal_id(row)
    before = _shown(view)
    inv, op = view.state.net(proposal_id)

    assert model.setData(
        model.index(row, TICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )

    after = _shown(view)
    assert (
        sum(a["investment_net"] - b["investment_net"] for a, b in zip(after, before, strict=True))
        == inv
    )
    assert (
        sum(a["operating_net"] - b["operating_net"] for a, b in zip(after, before, strict=True))
        == op
    )
    assert (
        model.data(model.index(row, TICK), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert proposals.proposals.get(store, proposal_id).decision is Decision.YES
    # What the view shows is what the store says, figure for figure.
    for shown, stored in zip(_shown(view), _expected(store, ws), strict=True):
        for key in ("investment", "investment_income", "operating", "operating_income",
                    "balance_investment", "balance_operating"):  # fmt: skip
            assert shown[key] == stored[key]

    controller.undo_stack.undo()

    assert proposals.proposals.get(store, proposal_id).decision is Decision.OPEN
    assert _shown(view) == before


def test_a_balance_below_zero_says_tekort_with_its_sign(controller, qtbot):
    view = ScenarioView(controller)
    qtbot.addWidget(view)
    model = view.years_model
    balance_row = YEAR_ROWS.index("balance_operating")
    # Take every keuze fiche in: the room cannot hold them all.
    for proposal_id in list(view.state.keuze):
        view.state.toggle(proposal_id, True)
    texts = [model.data(model.index(balance_row, c)) for c in range(model.columnCount())]
    short = [t for t in texts if t.startswith("−")]
    assert short and all(t.endswith("tekort") for t in short)
    assert all(t.startswith("+") and t.endswith("ok") for t in texts if t not in short)
    assert "NIET in evenwicht" in view.summary.text()


def test_fill_by_ranking_takes_proposals_and_names_what_it_skipped(controller, qtbot):
    view = ScenarioView(controller)
    qtbot.addWidget(view)
    assert view.round.currentData() is not None  # the demo has closed rounds over fiches
    view.fill()
    taken = [i for i in view.state.keuze if view.state.is_taken(i)]
    assert taken and view.state.fits
    assert "Opgenomen:" in view.fill_report.text()
    stored = {
        p.id: p.decision for p in proposals.proposals.list(controller.store, controller.workshop.id)
    }
    assert all(stored[i] is Decision.YES for i in taken)
    controller.undo_stack.undo()
    assert not any(view.state.is_taken(i) for i in view.state.keuze)


def test_the_projector_page_follows_a_tick(controller, qtbot):
    state = ScenarioState(controller.store, controller.workshop.id)
    page = ScenarioPage(state)
    qtbot.addWidget(page)
    proposal_id = next(i for i in state.keuze if any(state.net(i)))
    assert "In het plan (0)" in page.taken.text()
    state.toggle(proposal_id, True)
    assert "In het plan (1)" in page.taken.text()
    assert state.proposals[proposal_id].title[:20] in page.taken.text()


def test_the_room_is_set_in_the_workshop_settings_and_the_scenario_follows(controller, qtbot):
    from app.services import budget
    from app.ui.scenario.room_table import RoomTable

    view = ScenarioView(controller)
    qtbot.addWidget(view)
    table = RoomTable(controller)
    qtbot.addWidget(table)
    store, ws = controller.store, controller.workshop.id
    year = controller.workshop.period_start + 1
    assert table.change(1, 0, "12,5 mio")
    assert budget.rooms(store, ws)[1].investment == 12_500_000
    assert table.item(1, 0).text() == "€ 12.500.000"
    column = view.years_model.columnCount() and 1
    assert view.years_model.value(YEAR_ROWS.index("room_investment"), column) == 12_500_000
    assert not table.change(1, 1, "heel veel")  # refused: said, nothing changed
    controller.undo_stack.undo()
    assert budget.rooms(store, ws)[1].investment != 12_500_000
    assert view.years_model.headerData(1, Qt.Orientation.Horizontal) == str(year)
