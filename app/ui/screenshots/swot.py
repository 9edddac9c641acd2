"""Screenshots of finding likely duplicates (``main.py screenshot STORE OUT.png --view
consolidation|swot-duplicates``): the consolidation pass on the threats, and the board
with a point's most similar points and the suggested groups beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import Quadrant
from app.ui.screenshots.render import shot
from app.ui.swot.board import SwotBoardView

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

# A threat several clusters raised in their own words (seed 003).
EXAMPLE = "De bevolking wordt steeds mondiger"


def _board(window: MainWindow) -> SwotBoardView:
    window.show()
    board = window.show_view("swot")
    assert isinstance(board, SwotBoardView)
    board.similar_index.needed()
    QThreadPool.globalInstance().waitForDone()  # the index, built off the GUI thread
    QApplication.processEvents()
    return board


def _example(board: SwotBoardView) -> str | None:
    for item_id in board.data.ordered(Quadrant.THREAT):
        item = board.data.visible(item_id)
        if item is not None and item.text.startswith(EXAMPLE):
            return item_id
    return None


@shot("consolidation")
def consolidation(window: MainWindow, size: tuple[int, int]) -> QWidget:
    board = _board(window)
    board.focus_quadrant(Quadrant.THREAT)
    board.open_pass()
    dialog = board.pass_dialog
    assert dialog is not None
    target = _example(board)
    while target is not None and dialog.current_id() not in (target, None):
        dialog.step(1)
    return dialog


@shot("swot-duplicates")
def swot_duplicates(window: MainWindow, size: tuple[int, int]) -> QWidget:
    board = _board(window)
    target = _example(board)
    if target is not None:
        panel = board.panels[Quadrant.THREAT]
        panel.list.setFocus()
        panel.list.select_ids([target])
        panel.list.setCurrentIndex(panel.model.index_of(target))
        panel.list.reveal(target)
    board.side.setCurrentWidget(board.duplicates)
    board.duplicates.search()
    task = board.duplicates.task
    if task is not None:
        task.wait()
    for _ in range(5):
        QApplication.processEvents()
    return window
