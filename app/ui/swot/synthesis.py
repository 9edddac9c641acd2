"""The synthesis ("top 20", seed 003) as the facilitator curates it.

Left: the consolidated points, filtered by quadrant or a word, most clusters
first. Right: the synthesis in its order (drag or Alt+↑/↓, Delete takes a point
out). Until the facilitator changes it, the right list shows the balanced
default (the four quadrants in turn); the first change curates that list. A
closed round over SWOT points gives the synthesis in one step (its ranking
order, the top N). Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import OptionKind, Quadrant, RoundStatus
from app.services import rounds, swot, synthesis
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.widgets.editors.folding import matches
from app.ui.widgets.editors.ordered_list import OrderedList
from app.ui.widgets.quadrants import QUADRANTS
from app.ui.widgets.quadrants import label as quadrant_label

_ID = Qt.ItemDataRole.UserRole
_LETTER = {
    Quadrant.STRENGTH: "S",
    Quadrant.WEAKNESS: "W",
    Quadrant.OPPORTUNITY: "O",
    Quadrant.THREAT: "T",
}


class SynthesisView(View):
    key = "synthesis"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.items: list[records.SwotItem] = []
        self.shown: synthesis.Synthesis = synthesis.Synthesis((), curated=False)
        self._stale = True

        splitter = QSplitter(self)
        splitter.addWidget(self._pool_panel())
        splitter.addWidget(self._chosen_panel())
        splitter.setSizes([520, 580])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _pool_panel(self) -> QWidget:
        panel = QWidget(self)
        self.quadrant = QComboBox(panel)
        self.quadrant.setAccessibleName(self.tr("Kwadrant"))
        self.quadrant.addItem(self.tr("Alle kwadranten"), None)
        for q in QUADRANTS:
            self.quadrant.addItem(quadrant_label(q), q.value)
        self.quadrant.currentIndexChanged.connect(lambda _i: self._fill_pool())
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText(self.tr("Zoeken…"))
        self.search.setAccessibleName(self.tr("Zoeken in de SWOT-punten"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill_pool())
        self.pool = QListWidget(panel)
        self.pool.setAccessibleName(self.tr("SWOT-punten"))
        self.pool.setWordWrap(True)
        self.pool.itemActivated.connect(lambda _item: self.add_chosen())
        self.add_button = QPushButton(self.tr("&Toevoegen →"), panel)
        self.add_button.setToolTip(self.tr("Het gekozen punt achteraan de synthese zetten (Enter)"))
        self.add_button.clicked.connect(self.add_chosen)
        heading = QLabel(self.tr("<b>Samengevoegde &SWOT-punten</b> (meeste clusters eerst)"))
        heading.setBuddy(self.pool)
        filters = QHBoxLayout()
        filters.addWidget(self.quadrant)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.pool, 1)
        layout.addWidget(self.add_button)
        return panel

    def _chosen_panel(self) -> QWidget:
        panel = QWidget(self)
        self.chosen = OrderedList(panel)
        self.chosen.setAccessibleName(self.tr("Synthese"))
        self.chosen.moveRequested.connect(self._move)
        self.chosen.removeRequested.connect(self.remove)
        heading = QLabel(self.tr("<b>S&ynthese: top 20</b>"), panel)
        heading.setBuddy(self.chosen)
        self.state = QLabel(panel)
        self.state.setWordWrap(True)
        self.state.setStyleSheet("color: #5F6B77;")
        self.remove_button = QPushButton(self.tr("Uit de synthese"), panel)
        self.remove_button.setToolTip(self.tr("Het gekozen punt uit de synthese halen (Delete)"))
        self.remove_button.clicked.connect(lambda: self.remove(self.chosen.current_id()))
        self.default_button = QPushButton(self.tr("Standaard herstellen"), panel)
        self.default_button.setToolTip(
            self.tr("Terug naar de evenwichtige standaard over de vier kwadranten")
        )
        self.default_button.clicked.connect(self.back_to_default)
        self.round_box = QComboBox(panel)
        self.round_box.setAccessibleName(self.tr("Gesloten stemronde over SWOT-punten"))
        self.top_n = QSpinBox(panel)
        self.top_n.setRange(1, 100)
        self.top_n.setValue(synthesis.SIZE)
        self.top_n.setPrefix(self.tr("top "))
        self.top_n.setAccessibleName(self.tr("Aantal punten"))
        self.round_button = QPushButton(self.tr("Uit &stemronde"), panel)
        self.round_button.setToolTip(
            self.tr("De synthese in één stap: de rangorde van de gekozen gesloten stemronde")
        )
        self.round_button.clicked.connect(self.from_round)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        from_round = QHBoxLayout()
        from_round.addWidget(QLabel(self.tr("Stemronde:"), panel))
        from_round.addWidget(self.round_box, 1)
        from_round.addWidget(self.top_n)
        from_round.addWidget(self.round_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 8, 8, 4)
        layout.addWidget(heading)
        layout.addWidget(self.state)
        layout.addWidget(self.chosen, 1)
        layout.addLayout(buttons)
        layout.addLayout(from_round)
        return panel

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        every = swot.list_items(store, ws, include_absorbed=True)
        self.items = [i for i in every if not i.absorbed_into_id]
        self.items.sort(key=lambda i: (-i.cluster_count, QUADRANTS.index(i.quadrant), i.position))
        self.shown = synthesis.synthesis(store, ws, items=every)
        self._fill_pool()
        entries = [
            (i.id, f"{n}. [{_LETTER[i.quadrant]}] {i.text}", self._tip(i))
            for n, i in enumerate(self.shown.items, start=1)
        ]
        self.chosen.fill(entries, self.chosen.current_id())
        count = len(self.shown.items)
        if self.shown.curated:
            self.state.setText(
                self.tr("Gekozen en geordend door de werkgroep: {0} punten.").format(count)
            )
        else:
            self.state.setText(
                self.tr(
                    "Nog niet gekozen: de standaard neemt om beurten een sterk punt, zwak "
                    "punt, opportuniteit en bedreiging (meeste clusters eerst). Elke wijziging "
                    "maakt er de eigen keuze van."
                )
            )
        self.default_button.setEnabled(self.shown.curated)
        self._fill_rounds()
        self._stale = False

    def _tip(self, item: records.SwotItem) -> str:
        clusters = self.tr("{0} clusters").format(item.cluster_count)
        return f"{quadrant_label(item.quadrant)} · {clusters}\n{item.text}"

    def _fill_pool(self) -> None:
        wanted = self.quadrant.currentData()
        text = self.search.text()
        chosen = {i.id for i in self.shown.items}
        self.pool.clear()
        for item in self.items:
            if wanted is not None and item.quadrant.value != wanted:
                continue
            if text and not matches(text, item.text):
                continue
            entry = QListWidgetItem(
                f"[{_LETTER[item.quadrant]}] {item.text}  ({item.cluster_count})", self.pool
            )
            entry.setData(_ID, item.id)
            entry.setToolTip(self._tip(item))
            if item.id in chosen:
                entry.setForeground(Qt.GlobalColor.darkGray)
        if self.pool.count():
            self.pool.setCurrentRow(0)

    def _fill_rounds(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.round_box.currentData()
        self.round_box.clear()
        for r in rounds.rounds.list(store, ws):
            over_points = any(o.kind is OptionKind.SWOT_ITEM for o in r.options)
            if r.status is RoundStatus.CLOSED and over_points:
                self.round_box.addItem(r.title, r.id)
        if current is not None and self.round_box.findData(current) >= 0:
            self.round_box.setCurrentIndex(self.round_box.findData(current))
        has = self.round_box.count() > 0
        self.round_button.setEnabled(has)
        self.round_box.setEnabled(has)
        if not has:
            self.round_box.addItem(self.tr("(geen gesloten ronde over SWOT-punten)"), None)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.SYNTHESIS_ITEM, Entity.SWOT_ITEM, Entity.ROUND):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def activate(self) -> None:
        if self._stale:
            self.reload()
        self.chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- changing ---------------------------------------------------------------------------

    def _set(self, label: str, ids: list[str]) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.controller.perform(
            label,
            lambda: synthesis.set_synthesis(store, ws, ids),
            undo=lambda memento: lambda: synthesis.restore_synthesis(store, memento),
        )
        if self._stale:
            self.reload()

    def current_ids(self) -> list[str]:
        return [i.id for i in self.shown.items]

    def add_chosen(self) -> None:
        item = self.pool.currentItem()
        if item is None:
            return
        item_id = item.data(_ID)
        ids = self.current_ids()
        if item_id in ids:
            return
        self._set(self.tr("Punt in de synthese"), [*ids, item_id])
        self.chosen.setCurrentRow(self.chosen.count() - 1)

    def remove(self, item_id: str | None) -> None:
        if item_id is None:
            return
        self._set(self.tr("Punt uit de synthese"), [i for i in self.current_ids() if i != item_id])

    def _move(self, item_id: str, index: int) -> None:
        ids = [i for i in self.current_ids() if i != item_id]
        ids.insert(max(0, min(index, len(ids))), item_id)
        self._set(self.tr("Synthese ordenen"), ids)
        ids_now = self.chosen.ids()
        if item_id in ids_now:
            self.chosen.setCurrentRow(ids_now.index(item_id))

    def back_to_default(self) -> None:
        self._set(self.tr("Standaardsynthese"), [])

    def from_round(self) -> None:
        round_id = self.round_box.currentData()
        if round_id is None:
            return
        store, top = self.controller.store, self.top_n.value()
        self.controller.perform(
            self.tr("Synthese uit stemronde"),
            lambda: synthesis.from_round(store, round_id, top),
            undo=lambda memento: lambda: synthesis.restore_synthesis(store, memento),
        )
        if self._stale:
            self.reload()
