"""Zelfevaluatie: keyboard-only answers, undo and redo, the statement bank, the roses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.domain.analysis import werkpunten
from app.services import analysis, organisation


@pytest.fixture
def view(window, qtbot):  # type: ignore[no-untyped-def]
    return window.show_view("analysis")


def answers(controller) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (s.cluster_id, s.statement_id, s.participant_id, s.score)
        for s in analysis.scores(controller.store, controller.workshop.id)
    }


def ratings(controller) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (r.cluster_id, r.area_id, r.participant_id, r.importance, r.readiness)
        for r in analysis.ratings(controller.store, controller.workshop.id)
    }


def labels_fit(chart) -> bool:  # type: ignore[no-untyped-def]
    """Every spoke label lies inside the chart widget (pyqtgraph places them on paint)."""
    width, height = chart.width(), chart.height()
    boxes = chart.label_boxes()
    return bool(boxes) and all(
        x >= 0 and y >= 0 and x + w <= width + 1 and y + h <= height + 1 for x, y, w, h in boxes
    )


def first_area(controller):  # type: ignore[no-untyped-def]
    return next(a for a in analysis.areas.list(controller.store, controller.workshop.id))


def bank(controller, area_id: str) -> list:  # type: ignore[no-untyped-def]
    return analysis.statements.list(controller.store, controller.workshop.id, area_id=area_id)


def test_view_is_registered_as_zelfevaluatie(window, view):
    assert window.stack.currentWidget() is view
    root = window.navigator.topLevelItem(0)
    titles = [root.child(i).text(0) for i in range(root.childCount())]
    assert "Zelfevaluatie" in titles


def test_keyboard_only_grid_entry_stores_the_right_scores(view, controller, qtbot):
    view.tabs.setCurrentWidget(view.questionnaire)
    table = view.questionnaire.table
    table.setFocus()
    clusters = organisation.clusters.list(controller.store, controller.workshop.id)
    area = first_area(controller)
    s1, s2, s3, s4 = bank(controller, area.id)[:4]
    # The cursor starts on the first cluster's importance row; Right moves to the second.
    qtbot.keyClick(table, Qt.Key.Key_Right)
    target = clusters[1].id
    qtbot.keyClicks(table, "2")  # importance, then down to statement 1.1
    qtbot.keyClicks(table, "5?30")  # 1.1 = 5, 1.2 weet niet, 1.3 = 3, 1.4 weet niet
    store = controller.store
    assert analysis.rating_of(store, target, area.id).importance == 2
    assert analysis.score_of(store, target, s1.id).score == 5
    assert analysis.score_of(store, target, s2.id).score is None  # stored as "weet niet"
    assert analysis.score_of(store, target, s2.id) is not None
    assert analysis.score_of(store, target, s3.id).score == 3
    assert analysis.score_of(store, target, s4.id).score is None
    # Back up to 1.3 and clear it: the answer is gone, not "weet niet".
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert analysis.score_of(store, target, s3.id) is None
    model = view.questionnaire.model
    row = next(i for i, r in enumerate(model.rows) if r.statement and r.statement.id == s1.id)
    assert model.index(row, 2).data() == "5"
    assert model.index(row + 1, 2).data() == "?"
    assert model.index(row + 2, 2).data() == ""


def test_other_keys_and_modifiers_do_not_answer(view, controller, qtbot):
    view.tabs.setCurrentWidget(view.questionnaire)
    table = view.questionnaire.table
    before = answers(controller)
    qtbot.keyClicks(table, "7x")
    qtbot.keyClick(table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert answers(controller) == before
    assert controller.undo_stack.count() == 0


def test_undo_and_redo_of_score_entry_round_trip(view, controller, qtbot):
    view.tabs.setCurrentWidget(view.questionnaire)
    table = view.questionnaire.table
    model = view.questionnaire.model
    original, original_ratings = answers(controller), ratings(controller)
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(table, "1")  # importance of the first area
    qtbot.keyClicks(table, "1?")  # two statements
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the third statement's answer cleared
    changed, changed_ratings = answers(controller), ratings(controller)
    assert changed != original and changed_ratings != original_ratings
    steps = controller.undo_stack.count()
    assert steps == 4
    for _ in range(steps):
        controller.undo_stack.undo()
    assert answers(controller) == original
    assert ratings(controller) == original_ratings
    for _ in range(steps):
        controller.undo_stack.redo()
    assert answers(controller) == changed
    assert ratings(controller) == changed_ratings
    assert model.index(1, 1).data() == "1"


def test_an_unchanged_answer_makes_no_undo_step(view, controller, qtbot):
    view.tabs.setCurrentWidget(view.questionnaire)
    model, table = view.questionnaire.model, view.questionnaire.table
    cluster = model.columns[0].cluster_id
    statement = model.rows[1].statement
    value = analysis.score_of(controller.store, cluster, statement.id).score
    table.setCurrentIndex(model.index(1, 1))
    qtbot.keyClicks(table, "?" if value is None else str(value))
    assert controller.undo_stack.count() == 0
    assert table.currentIndex().row() == 2  # still moves on


def test_per_participant_entry_is_averaged_for_the_cluster(view, controller, qtbot):
    tab = view.questionnaire
    view.tabs.setCurrentWidget(tab)
    cluster = controller.current_cluster_id
    tab.show_cluster(cluster)
    kinds = [c.kind.value for c in tab.model.columns]
    assert kinds[0] == "own" and kinds[-1] == "result" and kinds.count("person") >= 2
    area = first_area(controller)
    statement = bank(controller, area.id)[0]
    tab.table.setCurrentIndex(tab.model.index(1, 2))  # statement 1.1, participant #1
    qtbot.keyClicks(tab.table, "4")
    tab.table.setCurrentIndex(tab.model.index(1, 3))  # participant #2
    qtbot.keyClicks(tab.table, "1")
    people = [c.participant_id for c in tab.model.columns[1:3]]
    stored = {
        (s.participant_id, s.score)
        for s in analysis.scores(controller.store, controller.workshop.id)
        if s.statement_id == statement.id and s.cluster_id == cluster and s.participant_id
    }
    assert stored == {(people[0], 4), (people[1], 1)}
    result = tab.model.index(1, tab.model.columnCount() - 1)
    assert result.data() == "2,5"
    assert result.data(Qt.ItemDataRole.FontRole).italic()
    tab.show_cluster(None)  # all clusters: the cluster's column shows the same mean
    column = 1 + [c.cluster_id for c in tab.model.columns].index(cluster)
    assert tab.model.index(1, column).data() == "2,5"
    assert view.data.statement_value(cluster, statement.id) == pytest.approx(2.5)


def test_a_cell_that_averages_participants_refuses_a_cluster_answer(view, controller, qtbot):
    """In "Alle clusters", a cell showing the participants' mean would store a cluster
    answer that does not count: the key is refused with a message, nothing changes."""
    messages: list[str] = []
    controller.failed.connect(messages.append)
    tab = view.questionnaire
    view.tabs.setCurrentWidget(tab)
    cluster = controller.current_cluster_id
    name = view.data.cluster(cluster).name
    tab.show_cluster(cluster)
    tab.table.setCurrentIndex(tab.model.index(1, 2))  # statement 1.1, participant #1
    qtbot.keyClicks(tab.table, "4")
    tab.table.setCurrentIndex(tab.model.index(0, 2))  # area 1's importance, participant #1
    qtbot.keyClicks(tab.table, "2")
    tab.show_cluster(None)
    column = 1 + [c.cluster_id for c in tab.model.columns].index(cluster)
    statement, importance = tab.model.index(1, column), tab.model.index(0, column)
    assert (statement.data(), importance.data()) == ("4,0", "2,0")
    assert "per deelnemer" in statement.data(Qt.ItemDataRole.ToolTipRole)
    stored, rated, steps = answers(controller), ratings(controller), controller.undo_stack.count()
    for cell in (statement, importance):
        for key in ("5", "?"):
            tab.table.setCurrentIndex(cell)
            qtbot.keyClicks(tab.table, key)
        tab.table.setCurrentIndex(cell)
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert answers(controller) == stored and ratings(controller) == rated
    assert controller.undo_stack.count() == steps
    assert len(messages) == 6
    assert f"'{name} – per deelnemer'" in messages[0]
    assert "gemiddelde van 1 deelnemer(s)" in messages[0]
    assert (statement.data(), importance.data()) == ("4,0", "2,0")
    # A cell without participants' answers still takes the cluster's own answer.
    other = tab.model.index(2, column)
    assert tab.model.averaged_over(other) == 0
    tab.table.setCurrentIndex(other)
    qtbot.keyClicks(tab.table, "5")
    assert tab.model.index(2, column).data() == "5"
    assert len(messages) == 6


def test_bank_delete_with_answers_undo_and_redo(view, controller, qtbot):
    tab = view.bank
    view.tabs.setCurrentWidget(tab)
    area = first_area(controller)
    before_bank, before_answers = bank(controller, area.id), answers(controller)
    victim = before_bank[2]
    assert any(a[1] == victim.id for a in before_answers)
    tab.select(victim.id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert victim.id not in [s.id for s in bank(controller, area.id)]
    assert not any(a[1] == victim.id for a in answers(controller))
    assert tab.current_id() == before_bank[3].id  # the cursor moves on
    controller.undo_stack.undo()
    assert [s.id for s in bank(controller, area.id)] == [s.id for s in before_bank]
    assert answers(controller) == before_answers
    controller.undo_stack.redo()
    assert victim.id not in [s.id for s in bank(controller, area.id)]
    controller.undo_stack.undo()
    assert answers(controller) == before_answers


def test_bank_reword_move_and_add_keep_the_answers(view, controller, qtbot):
    tab = view.bank
    view.tabs.setCurrentWidget(tab)
    area = first_area(controller)
    original = [(s.id, s.text) for s in bank(controller, area.id)]
    before_answers = answers(controller)
    first = original[0][0]
    # Reword with F2, type, Enter.
    tab.select(first)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_F2)
    editor = tab.tree.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Er is een duidelijke strategie.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: tab.tree.state() != tab.tree.State.EditingState)
    assert bank(controller, area.id)[0].text == "Er is een duidelijke strategie."
    # Move it down twice with Ctrl+Down.
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in bank(controller, area.id)][2] == first
    assert tab.current_id() == first
    # Insert jumps to the new-statement line; Enter adds it to the current area.
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    assert tab.new_text.hasFocus() or tab.focusWidget() is tab.new_text
    qtbot.keyClicks(tab.new_text, "We evalueren elk jaar.")
    qtbot.keyClick(tab.new_text, Qt.Key.Key_Return)
    assert bank(controller, area.id)[-1].text == "We evalueren elk jaar."
    assert answers(controller) == before_answers  # nothing lost on the way
    assert controller.undo_stack.count() == 4
    for _ in range(4):
        controller.undo_stack.undo()
    assert [(s.id, s.text) for s in bank(controller, area.id)] == original
    for _ in range(4):
        controller.undo_stack.redo()
    texts = [s.text for s in bank(controller, area.id)]
    assert texts[2] == "Er is een duidelijke strategie." and texts[-1] == "We evalueren elk jaar."
    assert answers(controller) == before_answers


def test_rewording_to_nothing_is_refused(view, controller, qtbot, window):
    tab = view.bank
    view.tabs.setCurrentWidget(tab)
    area = first_area(controller)
    first = bank(controller, area.id)[0]
    tab.select(first.id)
    tab.tree.currentItem().setText(0, "   ")
    assert bank(controller, area.id)[0].text == first.text
    assert tab.tree.currentItem().text(0) == first.text
    assert controller.undo_stack.count() == 0


def test_roses_show_every_cluster_with_its_werkpunten(view, controller, qtbot):
    roses = view.roses
    view.tabs.setCurrentWidget(roses)
    clusters = organisation.clusters.list(controller.store, controller.workshop.id)
    assert [c.title.text().split("</b>")[0].rsplit(">", 1)[-1] for c in roses.cards] == [
        c.name + (" (referentie)" if c.is_reference else "") for c in clusters
    ]
    for card, cluster in zip(roses.cards, clusters, strict=True):
        expected = [p.name for p in werkpunten(view.data.internal_rose(cluster.id))]
        chart = card.chart
        assert chart.numbered and len(chart.names) == 7
        assert [n for n, hit in zip(chart.names, chart.highlighted, strict=True) if hit] == (
            expected
        )
        assert len(chart.series) == (2 if cluster.is_reference else 3)
        qtbot.waitUntil(lambda chart=chart: labels_fit(chart))  # once painted, nothing is cut
    assert "Strategie en planning" in roses.legend.text()


def test_pair_of_full_size_roses_and_the_external_rose(view, controller, qtbot):
    roses = view.roses
    view.tabs.setCurrentWidget(roses)
    roses.layout_mode.setCurrentIndex(roses.layout_mode.findData("pair"))
    roses.second.setCurrentIndex(2)
    roses.draw()
    assert len(roses.cards) == 2
    assert not roses.cards[0].chart.numbered
    assert roses.cards[1].chart.names[0] == "Strategie en planning"
    for card in roses.cards:
        qtbot.waitUntil(lambda chart=card.chart: labels_fit(chart))
    roses.kind.setCurrentIndex(roses.kind.findData("external"))
    roses.draw()
    chart = roses.cards[0].chart
    assert len(chart.names) == 6 and [s.name for s in chart.series][1] == "Paraatheid"


def test_roses_follow_an_answer(view, controller, qtbot):
    """A cluster that rates an area 5 and scores all its statements 1 gets a werkpunt."""
    view.tabs.setCurrentWidget(view.questionnaire)
    model, table = view.questionnaire.model, view.questionnaire.table
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(table, "5" + "1" * 10)
    cluster = model.columns[0].cluster_id
    view.tabs.setCurrentWidget(view.roses)
    card = view.roses.cards[[c.id for c in view.data.clusters].index(cluster)]
    assert card.chart.highlighted[0]
    assert "1" in card.werkpunten.text()
    assert "Strategie en planning" in card.werkpunten.toolTip()


def test_external_importance_and_readiness_from_the_keyboard(view, controller, qtbot):
    tab = view.external
    view.tabs.setCurrentWidget(tab)
    cluster = tab.cluster.currentData()
    assert cluster == controller.current_cluster_id
    area = tab.model.areas[0]
    before, shown_before = ratings(controller), tab.model.index(0, 1).data()
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.keyClicks(tab.table, "5")
    tab.table.setCurrentIndex(tab.model.index(0, 2))
    qtbot.keyClicks(tab.table, "1")
    rating = analysis.rating_of(controller.store, cluster, area.id)
    assert (rating.importance, rating.readiness) == (5, 1)
    after = ratings(controller)
    assert after != before
    assert tab.rose.highlighted[0]
    assert area.name in tab.attention.text()
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    assert area.name in tab.points.toPlainText()
    assert "Opportuniteiten" in tab.points.toPlainText()
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert ratings(controller) == before
    assert tab.model.index(0, 1).data() == shown_before
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert ratings(controller) == after
    rating = analysis.rating_of(controller.store, cluster, area.id)
    assert (rating.importance, rating.readiness) == (5, 1)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert ratings(controller) == before


def test_external_tab_follows_the_context_cluster(view, controller, window):
    view.tabs.setCurrentWidget(view.external)
    window.context_bar.step_cluster(1)
    assert view.external.cluster.currentData() == controller.current_cluster_id
    view.external.cluster.setCurrentIndex(0)
    view.external._cluster_chosen(0)
    assert controller.current_cluster_id == view.external.cluster.itemData(0)


def test_patched_snapshot_matches_a_fresh_read(view, controller, qtbot):
    """The view reads only the answers a key changed; the result must equal a full read."""
    from app.ui.analysis.data import AnalysisData

    view.tabs.setCurrentWidget(view.questionnaire)
    model, table = view.questionnaire.model, view.questionnaire.table
    table.setCurrentIndex(model.index(0, 2))
    qtbot.keyClicks(table, "31?")
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    controller.undo_stack.undo()  # the cleared answer comes back with a new id
    fresh = AnalysisData.load(controller)
    assert sorted(view.data.scores, key=lambda s: s.id) == sorted(fresh.scores, key=lambda s: s.id)
    assert sorted(view.data.ratings, key=lambda r: r.id) == sorted(
        fresh.ratings, key=lambda r: r.id
    )


def test_switching_tabs_puts_the_keyboard_where_work_starts(view, window):
    view.tabs.setCurrentWidget(view.questionnaire)
    assert window.focusWidget() is view.questionnaire.table
    view.tabs.setCurrentWidget(view.bank)
    assert window.focusWidget() is view.bank.tree
    view.tabs.setCurrentWidget(view.external)
    assert window.focusWidget() is view.external.table


def test_belgian_azerty_number_row_answers_without_shift(view, controller, qtbot):
    view.tabs.setCurrentWidget(view.questionnaire)
    model, table = view.questionnaire.model, view.questionnaire.table
    table.setCurrentIndex(model.index(1, 1))
    # QTest cannot type "é"; the events AZERTY produces carry the character as their text.
    for key, text in (
        (Qt.Key.Key_Ampersand, "&"),
        (Qt.Key.Key_Eacute, "é"),
        (Qt.Key.Key_Agrave, "à"),
    ):
        QApplication.sendEvent(
            table, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        )
    cluster = model.columns[0].cluster_id
    stored = [
        analysis.score_of(controller.store, cluster, model.rows[r].statement.id) for r in (1, 2, 3)
    ]
    assert [s.score for s in stored] == [1, 2, None]
