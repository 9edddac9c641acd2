from PySide6.QtCore import Qt


def test_window_shows_store_saved_and_context(window, controller):
    assert "opgeslagen" in window.saved_label.text()
    assert "Sessie:" in window.context_label.text()
    assert controller.workshop.title in window.windowTitle()


def test_context_bar_follows_controller(window, controller, qtbot):
    bar = window.context_bar
    before = controller.current_cluster_id
    bar.step_cluster(1)
    assert controller.current_cluster_id != before
    assert bar.cluster_box.currentData() == controller.current_cluster_id
    assert bar.cluster_box.currentText() in window.context_label.text()


def test_navigator_lists_sessions_and_picks_one(window, controller):
    root = window.navigator.topLevelItem(0)
    sessions = root.child(0)
    assert sessions.childCount() == 4
    last = sessions.child(3)
    window.navigator.setCurrentItem(last)
    assert controller.current_session_id == last.data(0, Qt.ItemDataRole.UserRole + 1)


def test_errors_go_to_the_status_bar(window, controller):
    controller.capture("S", "   ", None)
    assert "leeg" in window.statusBar().currentMessage()
    assert controller.undo_stack.count() == 0
