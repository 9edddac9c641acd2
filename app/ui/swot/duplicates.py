"""Likely duplicates on the board (swot.suggest_duplicates), one Enter to merge a pair.

The search runs off the GUI thread: on a board of thousands of near-identical
points it takes long, and typing must never wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.consolidation import DuplicateSuggestion
from app.services import swot
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.swot.data import BoardData
from app.ui.swot.quadrants import label as quadrant_label
from app.ui.widgets.tasks import BackgroundTask

_PAIR = Qt.ItemDataRole.UserRole
# More pairs than anyone will work through in one sitting.
SHOWN_AT_MOST = 300


class DuplicatesPanel(QWidget):
    def __init__(
        self, controller: WorkshopController, data: BoardData, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data = data
        self.task: BackgroundTask | None = None
        intro = QLabel(
            self.tr(
                "Punten die sterk op elkaar lijken, binnen hetzelfde kwadrant. "
                "Enter of dubbelklik voegt een paar samen; het eerste punt blijft."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search_button = QPushButton(self.tr("Dubbels zoeken"), self)
        self.search_button.setAccessibleName(self.tr("Mogelijke dubbels zoeken"))
        self.search_button.clicked.connect(self.search)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Mogelijke dubbels"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self.merge)
        self.merge_button = QPushButton(self.tr("Dit paar samenvoegen"), self)
        self.merge_button.setAccessibleName(self.tr("Het gekozen paar samenvoegen"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge_current)
        self.list.currentItemChanged.connect(
            lambda item, _before: self.merge_button.setEnabled(item is not None)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.search_button)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.merge_button)
        data.pointsChanged.connect(lambda _change: self.prune())

    def search(self) -> None:
        if self.task is not None:
            return
        store, workshop_id = self.controller.store, self.controller.workshop.id

        def work(
            _progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> list[DuplicateSuggestion] | None:
            return swot.suggest_duplicates(store, workshop_id, cancelled=cancelled)

        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Zoeken…"))
        self.task = BackgroundTask(self.tr("Mogelijke dubbels zoeken…"), work, self)
        self.task.done.connect(self._found)
        self.task.error.connect(self._failed)
        self.task.start()

    def _finish(self) -> None:
        self.task = None
        self.search_button.setEnabled(True)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.status.setText(self.tr("Zoeken mislukt: {0}").format(shown(exc)))

    def _found(self, pairs: list[DuplicateSuggestion] | None) -> None:
        self._finish()
        if pairs is None:
            self.status.setText(self.tr("Zoeken afgebroken."))
            return
        self.list.clear()
        shown = 0
        for pair in pairs:
            first, second = self.data.visible(pair.first_id), self.data.visible(pair.second_id)
            if first is None or second is None:
                continue
            item = QListWidgetItem(self._describe(first, second, pair.score))
            item.setData(_PAIR, (first.id, second.id))
            self.list.addItem(item)
            shown += 1
            if shown >= SHOWN_AT_MOST:
                break
        if not pairs:
            self.status.setText(self.tr("Geen mogelijke dubbels gevonden."))
        elif shown < len(pairs):
            self.status.setText(
                self.tr("{0} van {1} paren getoond (de meest gelijkende eerst).").format(
                    shown, len(pairs)
                )
            )
        else:
            self.status.setText(self.tr("{0} mogelijke dubbels.").format(shown))
        if shown:
            self.list.setCurrentRow(0)

    def _describe(self, first: records.SwotItem, second: records.SwotItem, score: float) -> str:
        def who(item: records.SwotItem) -> str:
            cluster = self.data.clusters.get(item.cluster_id or "")
            return cluster.name if cluster else self.tr("geen cluster")

        return "\n".join(
            [
                f"{quadrant_label(first.quadrant)} · {round(score * 100)} %",
                f"1. {first.text} — {who(first)}",
                f"2. {second.text} — {who(second)}",
            ]
        )

    def pairs(self) -> list[tuple[str, str]]:
        return [self.list.item(i).data(_PAIR) for i in range(self.list.count())]

    def merge(self, item: QListWidgetItem) -> None:
        first_id, second_id = item.data(_PAIR)
        self.controller.consolidate(first_id, [second_id])

    def _merge_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.merge(item)

    def prune(self) -> None:
        """Drop pairs whose points were merged, moved away or deleted meanwhile."""
        for row in range(self.list.count() - 1, -1, -1):
            first_id, second_id = self.list.item(row).data(_PAIR)
            first, second = self.data.visible(first_id), self.data.visible(second_id)
            if first is None or second is None or first.quadrant is not second.quadrant:
                self.list.takeItem(row)
