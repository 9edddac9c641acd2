"""Confrontatiematrix (TOWS): the chosen strengths and weaknesses (rows) crossed with
the opportunities and threats (columns), per cluster or for all. The room marks the
pairs that matter (weight 0–3: a digit, Space or a click), and the facilitator
writes strategies in the four fields (SO, ST, WO, WT); a strategy becomes a
development path or a fiche in one step, keeping its SWOT points."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Quadrant
from app.domain.tows import MAX_WEIGHT, StrategyField
from app.services import organisation, paths, proposals, strategies, swot
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.strategy.dialog import StrategyDialog, field_name
from app.ui.strategy.model import MarkModel

_ID = Qt.ItemDataRole.UserRole
TOWS_TABLES = (
    Entity.TOWS_MARK,
    Entity.STRATEGY,
    Entity.STRATEGY_SWOT,
    Entity.PATH_STRATEGY,
    Entity.PROPOSAL_STRATEGY,
    Entity.SWOT_ITEM,
    Entity.CLUSTER,
    Entity.SYNTHESIS_ITEM,
)


# A weight by its digit; Belgian AZERTY gives these on the number row without Shift.
WEIGHT_KEYS = {"0": 0, "1": 1, "2": 2, "3": 3, "à": 0, "&": 1, "é": 2, '"': 3}


class MarkTable(QTableView):
    """The grid: a digit 0–3 gives the current pair (or the selected pairs) that weight,
    Space and a click raise it by one (after 3: back to 0), Delete clears it."""

    def __init__(self, view: TowsView) -> None:
        super().__init__(view)
        self.view = view
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.clicked.connect(self._clicked)

    def _clicked(self, index: QModelIndex) -> None:
        # A plain click raises the weight; Ctrl or Shift with a click only selects
        # (then a digit gives every selected pair that weight).
        if QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.view.raise_weight(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if plain and event.text() in WEIGHT_KEYS:
            self.view.set_weight(self.selected(), WEIGHT_KEYS[event.text()])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.view.set_weight(self.selected(), 0)
        elif key == Qt.Key.Key_Space:
            self.view.raise_weight(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def selected(self) -> list[QModelIndex]:
        chosen = self.selectionModel().selectedIndexes()
        return chosen or ([self.currentIndex()] if self.currentIndex().isValid() else [])


class StrategyList(QListWidget):
    def __init__(self, view: TowsView, field: StrategyField, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.field = field
        self.setWordWrap(True)
        self.itemDoubleClicked.connect(lambda _item: view.edit_strategy())
        self.currentItemChanged.connect(lambda current, _old: view.strategy_chosen(current))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.view.delete_strategy()
        elif event.key() == Qt.Key.Key_Insert:
            self.view.new_strategy(self.field)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.view.edit_strategy()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.view.strategy_chosen(self.currentItem())


class TowsView(View):
    key = "tows"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.matrix: strategies.TowsMatrix | None = None
        self.current: records.Strategy | None = None
        self._stale = True
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Cluster van de matrix"))
        # Readable beside the scope's check boxes: "Alle clusters", a cluster's name.
        self.cluster.setMinimumContentsLength(13)
        self.cluster.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.only_marked = QCheckBox(self.tr("Alleen punten met een &markering"), self)
        # The synthesis ("top 20"): the facilitator's choice, or its balanced default.
        self.only_synthesis = QCheckBox(self.tr("Alleen de &synthese"), self)
        self.only_synthesis.setToolTip(
            self.tr(
                "Alleen de punten van de synthese (de top 20 die u koos, of anders de "
                "evenwichtige standaard over de vier kwadranten)"
            )
        )
        # A synthesis balanced over the quadrants: the N points most clusters name.
        self.top = QSpinBox(self)
        self.top.setRange(0, 50)
        self.top.setSpecialValueText(self.tr("alle"))
        self.top.setAccessibleName(self.tr("Hoogstens zoveel punten per kwadrant"))
        self.top.setToolTip(
            self.tr("Alleen de punten die de meeste clusters noemen, per kwadrant (0: alle)")
        )
        self.row_page = QSpinBox(self)
        self.row_page.setAccessibleName(self.tr("Blad van de rijen"))
        self.column_page = QSpinBox(self)
        self.column_page.setAccessibleName(self.tr("Blad van de kolommen"))
        for box in (self.row_page, self.column_page):
            box.setMinimum(1)
            box.valueChanged.connect(lambda _v: self.reload())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5F6B77;")
        self.model = MarkModel(self)
        self.table = MarkTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Confrontatiematrix"))
        top = self.table.horizontalHeader()
        top.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        top.setDefaultSectionSize(96)
        top.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignTop)
        top.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 10)
        side = self.table.verticalHeader()
        side.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        side.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        side.setMaximumWidth(360)
        self.cluster.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.only_marked.toggled.connect(lambda _on: self._scope_changed())
        self.only_synthesis.toggled.connect(lambda _on: self._scope_changed())
        self.top.valueChanged.connect(lambda _v: self._scope_changed())

        bar = QHBoxLayout()
        cluster_label = QLabel(self.tr("&Cluster:"), self)
        cluster_label.setBuddy(self.cluster)
        bar.addWidget(cluster_label)
        bar.addWidget(self.cluster, 1)
        bar.addWidget(self.only_marked)
        bar.addWidget(self.only_synthesis)
        top_label = QLabel(self.tr("&Top per kwadrant:"), self)
        top_label.setBuddy(self.top)
        bar.addWidget(top_label)
        bar.addWidget(self.top)
        # The pages and the projector beside the note: one bar would not fit a laptop.
        pages = QHBoxLayout()
        pages.addWidget(self.note, 1)
        pages.addWidget(QLabel(self.tr("Rijen, blad:"), self))
        pages.addWidget(self.row_page)
        pages.addWidget(QLabel(self.tr("Kolommen, blad:"), self))
        pages.addWidget(self.column_page)
        self.project_button = QPushButton(self.tr("Op &projectiescherm"), self)
        self.project_button.setToolTip(
            self.tr("De matrix met haar markeringen op het projectiescherm")
        )
        self.project_button.clicked.connect(self.show_on_projector)
        pages.addWidget(self.project_button)
        hint = QLabel(
            self.tr(
                "Markeren: cijfer 0–3 op een cel, spatie of klik verhoogt, Delete wist. "
                "Rijen: sterktes (S) en zwaktes (W); kolommen: kansen (O) en bedreigingen (T)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F6B77;")

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(bar)
        upper_layout.addLayout(pages)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self._strategy_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 240])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._fill_clusters()

    def _strategy_panel(self) -> QWidget:
        panel = QWidget(self)
        grid = QGridLayout()
        self.lists: dict[StrategyField, StrategyList] = {}
        for n, field in enumerate(StrategyField):
            box = QGroupBox(field_name(field), panel)
            from app.ui.base.messages import shown

            box.setToolTip(shown(field.question))
            listing = StrategyList(self, field, box)
            listing.setAccessibleName(self.tr("Strategieën {0}").format(field.value))
            add = QPushButton(self.tr("+ Strategie {0}").format(field.value), box)
            add.setToolTip(self.tr("Nieuwe strategie in dit veld (Insert in de lijst)"))
            add.clicked.connect(lambda _c=False, f=field: self.new_strategy(f))
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(listing, 1)
            inner.addWidget(add)
            self.lists[field] = listing
            grid.addWidget(box, n // 2, n % 2)
        self.edit_button = QPushButton(self.tr("&Bewerken…"), panel)
        self.edit_button.clicked.connect(self.edit_strategy)
        self.delete_button = QPushButton(self.tr("&Verwijderen"), panel)
        self.delete_button.clicked.connect(self.delete_strategy)
        self.path_button = QPushButton(self.tr("Maak ontwikkel&pad"), panel)
        self.path_button.setToolTip(
            self.tr(
                "Een ontwikkelpad uit deze strategie, met haar SWOT-punten en een koppeling terug"
            )
        )
        self.path_button.clicked.connect(self.make_path)
        self.proposal_button = QPushButton(self.tr("Maak &fiche"), panel)
        self.proposal_button.setToolTip(
            self.tr("Een fiche uit deze strategie, met haar SWOT-punten en een koppeling terug")
        )
        self.proposal_button.clicked.connect(self.make_proposal)
        self.done = QLabel(panel)
        self.done.setStyleSheet("color: #2E6B30;")
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.delete_button,
            self.path_button,
            self.proposal_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.done, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addLayout(actions)
        self._enable_actions()
        return panel

    # -- loading ----------------------------------------------------------------------------

    def _fill_clusters(self) -> None:
        current = self.cluster.currentData()
        self.cluster.blockSignals(True)
        self.cluster.clear()
        self.cluster.addItem(self.tr("Alle clusters"), None)
        for c in organisation.clusters.list(self.controller.store, self.controller.workshop.id):
            self.cluster.addItem(c.name, c.id)
        index = self.cluster.findData(current)
        self.cluster.setCurrentIndex(max(0, index))
        self.cluster.blockSignals(False)
        self.reload()

    def _scope_changed(self) -> None:
        for box in (self.row_page, self.column_page):
            box.blockSignals(True)
            box.setValue(1)
            box.blockSignals(False)
        self.reload()

    def cluster_id(self) -> str | None:
        data = self.cluster.currentData()
        return str(data) if data else None

    def reload(self) -> None:
        self._stale = False
        store, ws = self.controller.store, self.controller.workshop.id
        current = self.table.currentIndex()
        self.matrix = strategies.matrix(
            store,
            ws,
            cluster_id=self.cluster_id(),
            only_marked=self.only_marked.isChecked(),
            top=self.top.value(),
            synthesis_only=self.only_synthesis.isChecked(),
            row_page=self.row_page.value() - 1,
            column_page=self.column_page.value() - 1,
        )
        m = self.matrix
        self.model.set_matrix(m)
        for box, page in ((self.row_page, m.row_page), (self.column_page, m.column_page)):
            box.blockSignals(True)
            box.setMaximum(page.count)
            box.setValue(page.index + 1)
            box.setSuffix(self.tr(" van {0}").format(page.count))
            box.setEnabled(page.count > 1)
            box.blockSignals(False)
        if (
            current.isValid()
            and current.row() < self.model.rowCount()
            and (current.column() < self.model.columnCount())
        ):
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.note.setText(self.describe())
        self._fit_columns()
        self._fill_strategies()

    def _fit_columns(self) -> None:
        """Columns share the width the row texts leave (a cluster's matrix fits
        without scrolling), never narrower than a code and a few letters."""
        columns = self.model.columnCount()
        if not columns:
            return
        room = self.table.viewport().width()
        size = max(56, min(110, room // columns))
        header = self.table.horizontalHeader()
        # About the letters of the header's font that fit a column.
        self.model.set_header_chars(
            max(5, (size - 8) * 10 // (header.fontMetrics().averageCharWidth() * 11 or 1))
        )
        if header.defaultSectionSize() != size:
            header.setDefaultSectionSize(size)
            for n in range(columns):
                header.resizeSection(n, size)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def describe(self) -> str:
        """What the matrix shows, and what it leaves for other pages."""
        m = self.matrix
        if m is None:
            return ""
        t = m.totals
        counts = self.tr("{0} sterktes, {1} zwaktes × {2} kansen, {3} bedreigingen").format(
            t[Quadrant.STRENGTH], t[Quadrant.WEAKNESS], t[Quadrant.OPPORTUNITY], t[Quadrant.THREAT]
        )
        if m.synthesis_only:
            counts = (
                self.tr("{0}, uit de synthese die u koos")
                if m.curated
                else self.tr("{0}, uit de synthese (evenwichtige standaard: nog niet gekozen)")
            ).format(counts)
        if m.top:
            counts = self.tr(
                "{0} (per kwadrant de {1} punten die de meeste clusters noemen)"
            ).format(counts, m.top)
        if not m.rows or not m.columns:
            return self.tr(
                "Nog geen paren: de matrix kruist sterktes en zwaktes met kansen en bedreigingen "
                "({0})."
            ).format(counts)
        if m.capped:
            return self.tr(
                "{0}: te veel voor één scherm. Elk blad toont per kwadrant hoogstens 12 punten "
                "(eerst wat de meeste clusters noemen); blader met Rijen en Kolommen, kies één "
                "cluster of toon alleen punten met een markering."
            ).format(counts)
        return counts

    def _fill_strategies(self) -> None:
        m = self.matrix
        chosen = self.current.id if self.current else None
        clusters = {
            c.id: c.name
            for c in organisation.clusters.list(self.controller.store, self.controller.workshop.id)
        }
        self.current = None
        for field, listing in self.lists.items():
            listing.blockSignals(True)
            listing.clear()
            for s in m.strategies if m else ():
                if s.field is not field:
                    continue
                where = f" [{clusters[s.cluster_id]}]" if s.cluster_id in clusters else ""
                made = []
                if s.path_ids:
                    made.append(self.tr("pad"))
                if s.proposal_ids:
                    made.append(self.tr("fiche"))
                suffix = f"  → {', '.join(made)}" if made else ""
                item = QListWidgetItem(f"{s.title}{where}{suffix}", listing)
                item.setData(_ID, s.id)
                item.setToolTip(s.text or s.title)
                if s.id == chosen:
                    listing.setCurrentItem(item)
                    self.current = s
            listing.blockSignals(False)
        self._enable_actions()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.CLUSTER):
            self._fill_clusters()
            return
        if changes.touches(*TOWS_TABLES):
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
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- marks ------------------------------------------------------------------------------

    def raise_weight(self, index: QModelIndex) -> None:
        if index.isValid():
            weight = self.model.weight_at(index.row(), index.column())
            self.set_weight([index], (weight + 1) % (MAX_WEIGHT + 1))

    def set_weight(self, indexes: list[QModelIndex], weight: int) -> None:
        """Give pairs a weight, each as one undo step (the room marks one at a time)."""
        m = self.matrix
        if m is None:
            return
        store, ws = self.controller.store, self.controller.workshop.id
        for index in indexes:
            pair = self.model.pair(index)
            if pair is None or self.model.weight_at(index.row(), index.column()) == weight:
                continue
            inner, outer = pair
            label = self.tr("Markering {0} × {1}: {2}").format(
                m.codes.get(inner.id, ""), m.codes.get(outer.id, ""), weight
            )

            def do(i: str = inner.id, o: str = outer.id) -> Any:
                return strategies.set_mark(store, ws, i, o, weight)

            def undo(before: int, i: str = inner.id, o: str = outer.id) -> Any:
                return lambda: strategies.set_mark(store, ws, i, o, before)

            self.controller.perform(label, do, undo=undo)

    # -- strategies -------------------------------------------------------------------------

    def strategy_chosen(self, item: QListWidgetItem | None) -> None:
        m = self.matrix
        found = None
        if item is not None and m is not None:
            found = next((s for s in m.strategies if s.id == item.data(_ID)), None)
        self.current = found
        self._enable_actions()

    def _enable_actions(self) -> None:
        on = self.current is not None
        for button in (
            self.edit_button,
            self.delete_button,
            self.path_button,
            self.proposal_button,
        ):
            button.setEnabled(on)

    def _candidates(self, extra: tuple[str, ...] = ()) -> list[records.SwotItem]:
        m = self.matrix
        shown = [*m.rows, *m.columns] if m else []
        known = {i.id for i in shown}
        more = [i for i in extra if i not in known]
        return shown + (swot.get_items(self.controller.store, more) if more else [])

    def new_strategy(self, field: StrategyField) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        cluster_id = self.cluster_id()
        chosen = strategies.default_points(store, ws, field, cluster_id)
        dialog = StrategyDialog(field, self._candidates(tuple(chosen)), self._codes(), chosen, self)
        if dialog.exec() != StrategyDialog.DialogCode.Accepted:
            return
        self.create_strategy(dialog.values(), cluster_id)

    def _codes(self) -> dict[str, str]:
        return dict(self.matrix.codes) if self.matrix else {}

    def create_strategy(
        self, values: dict[str, Any], cluster_id: str | None
    ) -> records.Strategy | None:
        store, ws = self.controller.store, self.controller.workshop.id
        made = self.controller.create_with(
            self.tr("Strategie toevoegen"),
            lambda: strategies.create_strategy(store, ws, cluster_id=cluster_id, **values),
            delete=lambda strategy_id: strategies.strategies.delete(store, strategy_id),
            restore=lambda gone: strategies.strategies.restore(store, gone),
        )
        if made is not None:
            self.select(made.id)
        return made

    def edit_strategy(self) -> None:
        s = self.current
        if s is None:
            return
        dialog = StrategyDialog(
            s.field, self._candidates(s.swot_item_ids), self._codes(), s.swot_item_ids, self, s
        )
        if dialog.exec() != StrategyDialog.DialogCode.Accepted:
            return
        self.update_strategy(s, dialog.values())

    def update_strategy(self, before: records.Strategy, values: dict[str, Any]) -> Any:
        store = self.controller.store
        old = strategies.strategy_values(before)
        done = self.controller.perform(
            self.tr("Strategie wijzigen"),
            lambda: strategies.update_strategy(store, before.id, **values),
            undo=lambda _rec: lambda: strategies.update_strategy(store, before.id, **old),
        )
        if done is not None:
            self.select(before.id)
        return done

    def delete_strategy(self) -> None:
        if self.current is not None:
            self.controller.delete(
                strategies.strategies, self.current.id, self.tr("Strategie verwijderen")
            )

    def make_path(self) -> records.DevelopmentPath | None:
        s = self.current
        if s is None:
            return None
        store = self.controller.store
        made = self.controller.create_with(
            self.tr("Ontwikkelpad uit strategie"),
            lambda: strategies.to_path(store, s.id),
            delete=lambda path_id: paths.paths.delete(store, path_id),
            restore=lambda gone: paths.paths.restore(store, gone),
        )
        if made is not None:
            self.done.setText(
                self.tr("Ontwikkelpad '{0}' gemaakt (Ontwikkelpaden).").format(made.title)
            )
        return made

    def make_proposal(self) -> records.Proposal | None:
        s = self.current
        if s is None:
            return None
        store = self.controller.store
        made = self.controller.create_with(
            self.tr("Fiche uit strategie"),
            lambda: strategies.to_proposal(store, s.id),
            delete=lambda proposal_id: proposals.proposals.delete(store, proposal_id),
            restore=lambda gone: proposals.proposals.restore(store, gone),
        )
        if made is not None:
            self.done.setText(self.tr("Fiche '{0}' gemaakt (Voorstellen).").format(made.title))
        return made

    def select(self, strategy_id: str) -> None:
        if self._stale:
            self.reload()
        for listing in self.lists.values():
            for n in range(listing.count()):
                if listing.item(n).data(_ID) == strategy_id:
                    listing.setCurrentRow(n)
                    self.strategy_chosen(listing.item(n))
                    return

    # -- the projected screen ---------------------------------------------------------------

    def show_on_projector(self) -> QWidget | None:
        from app.ui.strategy.projector import show_on_projector

        return show_on_projector(self.window(), self)
