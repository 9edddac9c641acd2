"""Confrontatiematrix in the window: marks by keyboard and click with undo, strategies
written, edited and deleted through the view, a strategy made into a path or a fiche,
and the Herkomst shown in the fiche form and the path view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.domain.tows import StrategyField
from app.services import organisation, paths, proposals, strategies
from app.ui.strategy.model import header_lines
from app.ui.strategy.view import TowsView
from tests.ui.keys import press


def _view(controller, qtbot, cluster: str = "Vrije tijd", only_marked: bool = True) -> TowsView:  # type: ignore[no-untyped-def]
    view = TowsView(controller)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    view.cluster.setCurrentIndex(view.cluster.findText(cluster))
    view.only_marked.setChecked(only_marked)
    return view


def test_the_demo_matrix_shows_the_clusters_marked_pairs(controller, qtbot):
    view = _view(controller, qtbot)
    m = view.matrix
    assert m is not None and len(m.rows) == 8 and len(m.columns) == 10
    assert len(m.marks) == 16
    # A weight is written in the cell, not only coloured.
    shown = {
        view.model.index(r, c).data()
        for r in range(view.model.rowCount())
        for c in range(view.model.columnCount())
    }
    assert {"●", "●●", "●●●", ""} == shown
    titles = {s.title for s in m.strategies}
    assert "Verenigingen en vrijwilligers ontzorgen" in titles
    assert "4 sterktes, 4 zwaktes × 5 kansen, 5 bedreigingen" in view.note.text()


def test_a_digit_marks_a_pair_and_undo_takes_it_back(controller, qtbot):
    view = _view(controller, qtbot, only_marked=False)
    table = view.table
    table.setFocus()
    # The first pair without a mark.
    free = next(
        (r, c)
        for r in range(view.model.rowCount())
        for c in range(view.model.columnCount())
        if not view.model.weight_at(r, c)
    )
    table.setCurrentIndex(view.model.index(*free))
    press(table, Qt.Key.Key_2)
    assert view.model.weight_at(*free) == 2
    inner, outer = view.model.pair(view.model.index(*free))  # type: ignore[misc]
    ws = controller.workshop.id
    assert strategies.marks_of(controller.store, ws)[(inner.id, outer.id)] == 2
    press(table, Qt.Key.Key_Space)  # one up
    assert view.model.weight_at(*free) == 3
    press(table, Qt.Key.Key_Space)  # after 3: cleared
    assert view.model.weight_at(*free) == 0
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert view.model.weight_at(*free) == 2
    press(table, Qt.Key.Key_Delete)
    assert (inner.id, outer.id) not in strategies.marks_of(controller.store, ws)
    # The number row of a Belgian AZERTY keyboard without Shift: "é" is 2.
    from tests.ui.keys import type_text

    type_text(table, "é")
    assert view.model.weight_at(*free) == 2


def test_a_click_raises_the_weight(controller, qtbot):
    view = _view(controller, qtbot, only_marked=False)
    index = view.model.index(0, 0)
    before = view.model.weight_at(0, 0)
    rect = view.table.visualRect(index)
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.model.weight_at(0, 0) == (before + 1) % 4
    # Ctrl+click selects a second pair without marking it; a digit then marks both.
    other = view.model.index(1, 1)
    second = view.model.weight_at(1, 1)
    QTest.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        view.table.visualRect(other).center(),
    )
    assert view.model.weight_at(1, 1) == second
    press(view.table, Qt.Key.Key_3)
    assert view.model.weight_at(0, 0) == view.model.weight_at(1, 1) == 3


def test_a_large_workshop_pages_and_says_so(controller, qtbot):
    view = _view(controller, qtbot, cluster="Alle clusters", only_marked=False)
    m = view.matrix
    assert m is not None and m.capped
    assert len(m.rows) <= 24 and len(m.columns) <= 24
    assert "te veel voor één scherm" in view.note.text()
    assert view.row_page.isEnabled() and view.row_page.maximum() == m.row_page.count
    view.row_page.setValue(2)
    assert view.matrix is not None and view.matrix.row_page.index == 1
    assert view.matrix.codes[view.matrix.rows[0].id] == "S13"


def test_strategies_written_edited_and_deleted_with_undo(controller, qtbot):
    view = _view(controller, qtbot)
    store, ws = controller.store, controller.workshop.id
    cluster_id = view.cluster_id()
    chosen = strategies.default_points(store, ws, StrategyField.WO, cluster_id)
    assert chosen  # the marked WO pairs of the cluster
    made = view.create_strategy(
        {
            "field": "WO",
            "title": "Snellere dienstverlening via de bib",
            "text": "",
            "swot_item_ids": chosen,
        },
        cluster_id,
    )
    assert made is not None and view.current is not None and view.current.id == made.id
    assert view.lists[StrategyField.WO].count() == 2
    view.update_strategy(made, {"title": "Bib als digitaal loket"})
    assert strategies.strategies.get(store, made.id).title == "Bib als digitaal loket"
    controller.undo_stack.undo()
    assert strategies.strategies.get(store, made.id).title == "Snellere dienstverlening via de bib"
    view.select(made.id)
    view.delete_strategy()
    assert made.id not in {s.id for s in strategies.list_strategies(store, ws)}
    controller.undo_stack.undo()
    back = strategies.strategies.get(store, made.id)
    assert set(back.swot_item_ids) == set(chosen)


def test_a_refused_strategy_says_why_in_dutch(controller, qtbot):
    view = _view(controller, qtbot)
    messages: list[str] = []
    controller.failed.connect(messages.append)
    assert view.create_strategy({"field": "SO", "title": " ", "swot_item_ids": []}, None) is None
    assert messages and "mag niet leeg zijn" in messages[0]


def test_a_strategy_becomes_a_path_and_a_proposal_with_its_herkomst(controller, qtbot):
    view = _view(controller, qtbot)
    store, ws = controller.store, controller.workshop.id
    first = view.lists[StrategyField.SO].item(0)
    view.lists[StrategyField.SO].setCurrentItem(first)
    view.strategy_chosen(first)
    strategy = view.current
    assert strategy is not None and view.path_button.isEnabled()
    path = view.make_path()
    proposal = view.make_proposal()
    assert path is not None and proposal is not None
    assert set(path.swot_item_ids) == set(strategy.swot_item_ids)
    assert set(proposal.swot_item_ids) == set(strategy.swot_item_ids)
    assert "gemaakt" in view.done.text()
    # The fiche form and the path view show where they come from.
    from app.ui.proposals.proposal_form import ProposalForm

    form = ProposalForm(controller)
    qtbot.addWidget(form)
    form.show_proposal(proposal.id)
    lines = form.lineage.plain_lines()
    assert lines[0] == f"SO · {strategy.title}"
    assert len(lines) == 1 + len(strategy.swot_item_ids)
    from app.ui.paths.view import PathsView

    paths_view = PathsView(controller)
    qtbot.addWidget(paths_view)
    paths_view.select(path.id)
    assert paths_view.lineage.plain_lines()[0] == f"SO · {strategy.title}"
    # Undo of "make a fiche": gone again, and the form says so no more.
    controller.undo_stack.undo()
    assert proposal.id not in {p.id for p in proposals.proposals.list(store, ws)}
    controller.undo_stack.undo()
    assert path.id not in {p.id for p in paths.paths.list(store, ws)}


def test_the_demo_proposal_shows_its_strategy(controller, qtbot):
    store, ws = controller.store, controller.workshop.id
    proposal = next(
        p
        for p in proposals.proposals.list(store, ws)
        if p.title.startswith("Centraliseren van ondersteunende dienstverlening")
    )
    from app.ui.proposals.proposal_form import ProposalForm

    form = ProposalForm(controller)
    qtbot.addWidget(form)
    form.show_proposal(proposal.id)
    assert form.lineage.plain_lines()[0] == "ST · Verenigingen en vrijwilligers ontzorgen"
    assert "via Verenigingen en vrijwilligers ontzorgen" in form.lineage.text()


def test_column_headers_wrap_the_text_in_two_short_lines():
    lines = header_lines("Economische return van cultuur- en sporttoerisme.")
    assert len(lines) == 2 and all(len(x) <= 14 for x in lines)
    assert lines[-1].endswith("…")


def test_the_matrix_follows_a_new_cluster(controller, qtbot):
    from app.domain.changes import ChangeSet
    from app.domain.entities import Entity

    view = _view(controller, qtbot)
    made = organisation.clusters.create(controller.store, controller.workshop.id, name="Nieuw")
    changes = ChangeSet()
    changes.add("created", Entity.CLUSTER, made.value.id)
    controller.refresh(changes)
    assert view.cluster.findText("Nieuw") > 0
    assert view.cluster.currentText() == "Vrije tijd"  # the choice stays


def test_a_top_per_quadrant_narrows_the_matrix_and_says_so(controller, qtbot):
    view = _view(controller, qtbot, cluster="Alle clusters", only_marked=False)
    view.top.setValue(5)
    m = view.matrix
    assert m is not None and not m.capped
    assert len(m.rows) == 10 and len(m.columns) == 10
    assert "de 5 punten die de meeste clusters noemen" in view.note.text()
    # The first strength is the one most clusters name.
    assert m.rows[0].cluster_count == max(i.cluster_count for i in m.rows[:5])


def test_only_the_synthesis_narrows_the_matrix_and_follows_it(controller, qtbot):
    from app.services import synthesis

    ws = controller.workshop.id
    view = _view(controller, qtbot, cluster="Alle clusters", only_marked=False)
    everything = len(view.matrix.rows) if view.matrix else 0
    view.only_synthesis.setChecked(True)
    m = view.matrix
    assert m is not None and m.synthesis_only and not m.curated
    assert "evenwichtige standaard" in view.note.text()
    assert sum(m.totals.values()) <= synthesis.SIZE
    # The facilitator curates the synthesis: the matrix follows at once.
    picked = [m.rows[0].id, m.columns[0].id]
    controller.perform(
        "synthese",
        lambda: synthesis.set_synthesis(controller.store, ws, picked),
        undo=lambda memento: lambda: synthesis.restore_synthesis(controller.store, memento),
    )
    m = view.matrix
    assert m.curated and [i.id for i in (*m.rows, *m.columns)] == picked
    assert "die u koos" in view.note.text()
    view.only_synthesis.setChecked(False)
    assert view.matrix is not None and len(view.matrix.rows) == everything
