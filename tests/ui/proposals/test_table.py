"""The fiches table as a policy advisor uses it: the model and proxy without widgets,
then the view's filter bar driving them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import organisation, proposal_index
from app.services.proposal_index import ProposalSummary
from app.ui.proposals import money
from app.ui.proposals.table import (
    CLUSTER,
    CODE,
    COST,
    DECISION,
    KIND,
    OPERATING,
    SDGS,
    TITLE,
    Cluster,
    ProposalFilter,
    ProposalTableModel,
)


def _proposal(code: str, title: str, *, cost: float = 0, cluster: str | None = "a", **extra):  # type: ignore[no-untyped-def]
    values = dict(
        id=code,
        code=code,
        title=title,
        cluster_id=cluster,
        policy_objective="",
        why="",
        what="",
        win="",
        mandatory=False,
        position=0,
        total_investment=cost,
    )
    values.update(extra)
    return ProposalSummary(**values)


@pytest.fixture
def demo(demo_store, qapp):  # type: ignore[no-untyped-def]
    from app.services.workshops import only_workshop

    ws = only_workshop(demo_store)
    model = ProposalTableModel()
    clusters = organisation.clusters.list(demo_store, ws.id)
    model.set_proposals(
        proposal_index.summaries(demo_store, ws.id),
        {c.id: Cluster(c.name, c.color) for c in clusters},
    )
    proxy = ProposalFilter()
    proxy.setSourceModel(model)
    return model, proxy, {c.name: c.id for c in clusters}


def _column(proxy: ProposalFilter, column: int) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_euro_is_written_the_flemish_way():
    assert money.euro(1_250_000) == "€ 1.250.000"
    assert money.euro(999.6) == "€ 1.000"
    assert money.euro(0) == "€ 0"
    assert money.fte(2.5) == "2,5"
    assert money.parse("€ 1.250.000", "X") == 1_250_000
    assert money.parse("1,25 mio", "X") == 1_250_000
    assert money.parse("0,5", "X") == 0.5


def test_columns_show_what_the_proposal_says(demo):
    model, proxy, clusters = demo
    first = model.proposal(0)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)] == [
        "Code",
        "Titel",
        "Sector",
        "Beleidsdoelstelling",
        "Verplicht/keuze",
        "SDG's",
        "Investering (€)",
        "Werking (€)",
        "Besluit",
    ]
    row = [model.index(0, c).data() for c in range(9)]
    assert row[CODE] == first.code == "ZO-01"
    assert row[CLUSTER] == "Zorg"
    assert row[KIND] == "Keuze"
    assert row[SDGS] == "3, 10, 17"
    # Investment and operating apart: never one "geraamde kost".
    assert row[COST] == money.euro(first.total_investment) == "€ 200.000"
    assert row[OPERATING] == money.euro(first.total_operating) == "€ 750.000"
    assert row[DECISION] == "Open"
    assert "Goede gezondheid en welzijn" in model.index(0, SDGS).data(Qt.ItemDataRole.ToolTipRole)


def test_sorts_cost_as_amounts_not_as_text(demo):
    _model, proxy, _ = demo
    proxy.sort(COST, Qt.SortOrder.DescendingOrder)
    costs = [proxy.proposal(r).total_investment for r in range(proxy.rowCount())]
    assert costs == sorted(costs, reverse=True)
    top = _column(proxy, COST)[0]
    assert top == money.euro(max(costs)) and top != "€ 950.000"  # not sorted as text


def test_sorts_codes_naturally_and_titles_without_regard_to_accents(qapp):
    model = ProposalTableModel()
    model.set_proposals(
        [
            _proposal("BS-10", "eenloket"),
            _proposal("BS-2", "Zwembad"),
            _proposal("BS-1", "Éénloket vernieuwen"),
            _proposal("AB-3", "arbeidsmarkt"),
        ],
        {"a": Cluster("A", "#000000")},
    )
    proxy = ProposalFilter()
    proxy.setSourceModel(model)
    proxy.sort(CODE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, CODE) == ["AB-3", "BS-1", "BS-2", "BS-10"]
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, TITLE) == [
        "arbeidsmarkt",
        "eenloket",
        "Éénloket vernieuwen",
        "Zwembad",
    ]


def test_filters_narrow_and_combine(demo):
    model, proxy, clusters = demo
    total = model.rowCount()
    proxy.set_filters(cluster_id=clusters["Vrije tijd"])
    assert proxy.rowCount() == 17
    # A fiche over several sectors shows them all ("Vrije tijd + Burger en samenleving").
    assert all("Vrije tijd" in shown.split(" + ") for shown in _column(proxy, CLUSTER))
    proxy.set_filters(mandatory=True)
    assert 0 < proxy.rowCount() < 17
    assert all(p.mandatory for p in proxy.visible())
    proxy.clear_filters()
    assert proxy.rowCount() == total

    proxy.set_filters(sdg=14)
    assert [14 in p.sdgs for p in proxy.visible()] == [True]
    proxy.clear_filters()

    proxy.set_filters(cost_min=1_000_000, cost_max=5_000_000)
    assert proxy.rowCount() > 0
    assert all(1_000_000 <= p.estimated_cost <= 5_000_000 for p in proxy.visible())
    proxy.set_filters(cost_min=1_000_000.01, cost_max=None)
    assert all(p.estimated_cost > 1_000_000 for p in proxy.visible())
    proxy.clear_filters()

    objective = model.proposal(1).policy_objective
    proxy.set_filters(objective=objective)
    assert {p.policy_objective for p in proxy.visible()} == {objective}


def test_free_text_searches_code_title_objective_and_goal_forgiving_case_and_accents(demo):
    model, proxy, _ = demo
    proxy.set_filters(text="zo-01")
    assert _column(proxy, CODE) == ["ZO-01"]
    proxy.set_filters(text="MANTELZORGRATIO")  # only in the fiche's "why"
    assert _column(proxy, CODE) == ["ZO-01"]
    proxy.set_filters(text="zwembad")
    found = proxy.visible()
    assert found and all(
        "zwembad" in " ".join((p.title, p.why, p.what, p.win, p.policy_objective)).lower()
        for p in found
    )
    proxy.set_filters(text="CLIENTEN")  # typed without the trema
    found = proxy.visible()
    assert found and all(
        "cliënten" in " ".join((p.title, p.why, p.what, p.win, p.policy_objective)).lower()
        for p in found
    )
    proxy.set_filters(text="geen-fiche-heeft-dit")
    assert proxy.rowCount() == 0


@pytest.fixture
def view(controller, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.proposals.view import ProposalsView

    v = ProposalsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 680)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_filter_bar_drives_the_proxy_and_the_summary(view, qtbot):
    assert view.summary.text().startswith("110 van 110 voorstellen")
    view.cluster_filter.setCurrentIndex(view.cluster_filter.findText("Vrije tijd"))
    assert view.proxy.rowCount() == 17
    assert view.summary.text().startswith("17 van 110 voorstellen")
    # The objectives offered are those of the chosen sector.
    offered = {view.objective_filter.itemText(i) for i in range(1, view.objective_filter.count())}
    assert offered == {p.policy_objective for p in view.proxy.visible()}
    view.sdg_filter.setCurrentIndex(view.sdg_filter.findData(3))
    assert all(3 in p.sdgs for p in view.proxy.visible())
    view.clear_button.click()
    assert view.proxy.rowCount() == 110
    view.cost_max.setText("€ 20.000")
    qtbot.keyClick(view.cost_max, Qt.Key.Key_Return)
    assert all(p.total_investment <= 20_000 for p in view.proxy.visible())
    qtbot.keyClicks(view.search, "digitale")
    assert 0 < view.proxy.rowCount() < 110


def test_bad_cost_bound_says_so_and_keeps_the_filter(window, qtbot):
    view = window.show_view("proposals")
    view.cost_min.setText("veel geld")
    qtbot.keyClick(view.cost_min, Qt.Key.Key_Return)
    assert "geen bedrag" in window.statusBar().currentMessage()
    assert view.proxy.rowCount() == 110


def test_sorting_by_a_header_click_keeps_the_chosen_proposal(view, qtbot):
    view.table.selectRow(3)
    chosen = view.current_id()
    view.table.horizontalHeader().sectionClicked.emit(COST)
    view.table.sortByColumn(COST, Qt.SortOrder.DescendingOrder)
    assert view.current_id() == chosen
    costs = [p.total_investment for p in view.proxy.visible()]
    assert costs == sorted(costs, reverse=True)


def test_several_proposals_get_one_decision_in_one_undo_step(view, controller):
    from app.domain.enums import Decision
    from app.services import proposals

    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.proxy.index(2, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    ids = view.selected_ids()
    assert len(ids) == 2
    view.decide_selected(Decision.LATER)
    assert [proposals.proposals.get(controller.store, i).decision for i in ids] == [
        Decision.LATER
    ] * 2
    assert {view.proxy.proposal(r).decision for r in (0, 2)} == {Decision.LATER}
    controller.undo_stack.undo()
    assert {proposals.proposals.get(controller.store, i).decision for i in ids} == {Decision.OPEN}


def test_the_top_of_a_closed_round_gets_ja(view, controller):
    from app.domain.enums import Decision, RoundStatus
    from app.services import proposals, rounds

    store, ws = controller.store, controller.workshop.id
    closed = next(
        r for r in rounds.rounds.list(store, ws)
        if r.status is RoundStatus.CLOSED and r.options and r.options[0].kind.value == "proposal"
    )  # fmt: skip
    view.decide_top(closed.id, 3)
    ranked = rounds.results(store, closed.id).ranking
    top = {
        o.target_id for o in closed.options if o.id in {r.option_id for r in ranked if r.rank <= 3}
    }
    decided = {p.id for p in proposals.proposals.list(store, ws) if p.decision is Decision.YES}
    assert decided == top and len(top) >= 3
