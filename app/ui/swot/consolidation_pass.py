"""The consolidation pass: one quadrant, point by point, with the points most like it
beside it. By keyboard: 1–5 lets the point absorb that candidate, Space or → goes
on, ← goes back, Ctrl+Z undoes, Esc closes. Every consolidation is one undo step of
the window's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Quadrant
from app.services.duplicates import Candidate
from app.ui.base.controller import WorkshopController
from app.ui.swot.data import BoardData
from app.ui.swot.duplicates import TOP, percent
from app.ui.swot.similar_index import SimilarIndex
from app.ui.widgets.quadrants import QUADRANTS
from app.ui.widgets.quadrants import label as quadrant_label

_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, TOP + 1)}


class ConsolidationPass(QDialog):
    def __init__(
        self,
        controller: WorkshopController,
        data: BoardData,
        index: SimilarIndex,
        quadrant: Quadrant = Quadrant.STRENGTH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consolidatieronde"))
        self.controller, self.data, self.index = controller, data, index
        self.quadrant = quadrant
        self.ids: list[str] = []
        self.position = 0
        self.candidates: list[Candidate] = []
        self.merged = 0
        self.quadrant_box = QComboBox(self)
        self.quadrant_box.setAccessibleName(self.tr("Kwadrant"))
        for q in QUADRANTS:
            self.quadrant_box.addItem(quadrant_label(q), q)
        self.quadrant_box.setCurrentIndex(QUADRANTS.index(quadrant))
        self.quadrant_box.currentIndexChanged.connect(
            lambda i: self.start(self.quadrant_box.itemData(i))
        )
        # The combo box must not take the digits and arrows the pass is driven by.
        self.quadrant_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.progress = QLabel(self)
        self.point = QLabel(self)
        self.point.setObjectName("passPoint")
        self.point.setWordWrap(True)
        self.point.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.point.setStyleSheet("#passPoint { font-size: 15pt; padding: 8px; }")
        self.point.setTextFormat(Qt.TextFormat.PlainText)
        self.cluster = QLabel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("De punten die er het meest op lijken"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemDoubleClicked.connect(lambda item: self.take(self.list.row(item) + 1))
        keys = QLabel(
            self.tr(
                "1–5: dit punt neemt die kandidaat op · Spatie of →: volgend punt · "
                "←: vorig punt · Ctrl+Z: ongedaan maken · Esc: sluiten"
            ),
            self,
        )
        keys.setWordWrap(True)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kwadrant:"), self))
        top.addWidget(self.quadrant_box)
        top.addStretch(1)
        top.addWidget(self.progress)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Punt</b>"), self))
        left.addWidget(self.point, 1)
        left.addWidget(self.cluster)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Lijkt op</b> (beste eerst)"), self))
        right.addWidget(self.list, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(keys)
        layout.addWidget(self.summary)
        self.resize(960, 520)
        index.ready.connect(self._show)
        index.needed()
        data.pointsChanged.connect(lambda _change: self._show())
        self.start(quadrant)

    # -- walking the quadrant ------------------------------------------------------------

    def start(self, quadrant: Quadrant) -> None:
        self.quadrant = quadrant
        self.ids = list(self.data.ordered(quadrant))  # the board's order
        self.position = 0
        self._show()

    def current_id(self) -> str | None:
        return self.ids[self.position] if 0 <= self.position < len(self.ids) else None

    def step(self, by: int) -> None:
        """The next (or previous) point still on the board."""
        n = self.position + by
        while 0 <= n < len(self.ids) and self.data.visible(self.ids[n]) is None:
            n += by
        if 0 <= n < len(self.ids):
            self.position = n
        elif by > 0:
            self.position = len(self.ids)  # past the last: the pass is done
        self._show()

    def take(self, number: int) -> bool:
        """The current point absorbs candidate ``number`` (1-based)."""
        current = self.current_id()
        if current is None or not (1 <= number <= len(self.candidates)):
            return False
        merged = self.controller.consolidate(current, [self.candidates[number - 1].id])
        if merged is None:
            return False
        self.merged += 1
        self.index.refresh()
        self._show()
        return True

    def undo(self) -> None:
        if self.controller.undo_stack.canUndo() and self.merged:
            self.merged -= 1  # the pass's own last consolidation, as a rule
        self.controller.undo_stack.undo()
        self.index.refresh()
        self._show()

    def _show(self) -> None:
        current = self.current_id()
        item = self.data.visible(current) if current else None
        if current is not None and item is None:
            self.step(1)  # absorbed or deleted meanwhile (by undo, or elsewhere)
            return
        total = len(self.ids)
        self.summary.setText(self.tr("{0} samengevoegd in deze ronde.").format(self.merged))
        self.list.clear()
        self.candidates = []
        if item is None:
            self.progress.setText(self.tr("Klaar: {0} punten overlopen.").format(total))
            self.point.setText(self.tr("Alle punten van dit kwadrant zijn overlopen."))
            self.cluster.setText("")
            return
        self.progress.setText(self.tr("Punt {0} van {1}").format(self.position + 1, total))
        self.point.setText(item.text)
        names = self.data.cluster_names(item)
        self.cluster.setText(
            self.tr("Genoemd door: {0}").format(", ".join(names) or self.tr("geen cluster"))
        )
        snapshot = self.index.snapshot
        if snapshot is None:
            self.list.addItem(self.tr("Even geduld: de punten worden gelezen…"))
            return
        found = snapshot.similar_to_item(item.id, TOP + 3)
        self.candidates = [
            c for c in found if c.id != item.id and self.data.visible(c.id) is not None
        ][:TOP]
        for n, c in enumerate(self.candidates, start=1):
            who = c.cluster or self.tr("geen cluster")
            self.list.addItem(QListWidgetItem(f"{n}. {c.text} — {who} · {percent(c.score)}"))
        if not self.candidates:
            self.list.addItem(self.tr("Geen gelijkaardige punten."))

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif key in _NUMBER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.take(_NUMBER_KEYS[key])
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace):
            self.step(-1)
        else:
            super().keyPressEvent(event)
