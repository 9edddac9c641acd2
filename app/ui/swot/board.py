"""The SWOT board: four quadrants where the facilitator captures, edits, moves and
consolidates points, with the area's recommendations and likely duplicates beside it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Quadrant
from app.services import swot
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.swot.consolidation_pass import ConsolidationPass
from app.ui.swot.data import PointChange, board_data
from app.ui.swot.duplicates import TOP, DuplicatesPanel
from app.ui.swot.filter_bar import FilterBar
from app.ui.swot.quadrant import QuadrantPanel
from app.ui.swot.recommendations import RecommendationsPanel
from app.ui.swot.similar_index import SimilarIndex
from app.ui.widgets.quadrants import QUADRANTS
from app.ui.widgets.quadrants import label as quadrant_label

# QT_TRANSLATE_NOOP marks the texts for pyside6-lupdate; Help translates them.
FOCUS_SHORTCUTS = {
    Quadrant.STRENGTH: shortcuts.add(
        "swot_focus_s", "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: naar Sterke punten")
    ),
    Quadrant.WEAKNESS: shortcuts.add(
        "swot_focus_w", "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: naar Zwakke punten")
    ),
    Quadrant.OPPORTUNITY: shortcuts.add(
        "swot_focus_o", "Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: naar Opportuniteiten")
    ),
    Quadrant.THREAT: shortcuts.add(
        "swot_focus_t", "Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: naar Bedreigingen")
    ),
}
CONSOLIDATE = shortcuts.add(
    "swot_consolidate", "Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: gekozen punten samenvoegen")
)
SEARCH = shortcuts.add(
    "swot_search", "Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: zoeken in de punten")
)
CONSOLIDATION_PASS = shortcuts.add(
    "swot_consolidation_pass",
    "Ctrl+Shift+M",
    QT_TRANSLATE_NOOP("Shortcuts", "SWOT: consolidatieronde (punt per punt met gelijkaardige)"),
)
for _n in range(1, 6):
    shortcuts.add(
        f"swot_similar_{_n}",
        f"Alt+{_n}",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "SWOT: samenvoegen met het zoveelste gelijkaardige punt (Alt+1…5)"
        ),
    )
# A typed text's candidates this alike bring the "Mogelijke dubbels" tab forward.
SHOW_TAB_AT = 0.35
shortcuts.add("swot_edit", "F2", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: punt bewerken"))
shortcuts.add(
    "swot_delete", "Del", QT_TRANSLATE_NOOP("Shortcuts", "SWOT: gekozen punten verwijderen")
)
shortcuts.add(
    "swot_area_previous",
    "Alt+Up",
    QT_TRANSLATE_NOOP("Shortcuts", "SWOT (invoerregel): vorig domein voor nieuwe punten"),
)
shortcuts.add(
    "swot_area_next",
    "Alt+Down",
    QT_TRANSLATE_NOOP("Shortcuts", "SWOT (invoerregel): volgend domein voor nieuwe punten"),
)


class SwotBoardView(View):
    key = "swot"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("swotBoard")
        self.data = board_data(controller)
        self.filter_bar = FilterBar(self.data, controller, self)
        self.panels: dict[Quadrant, QuadrantPanel] = {}
        self.active = Quadrant.STRENGTH
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for n, quadrant in enumerate(QUADRANTS):
            panel = QuadrantPanel(self.data, quadrant, grid_host)
            panel.model.edit_text = self.edit_text
            panel.model.drop = self.drop
            panel.captured.connect(partial(self.capture, quadrant))
            panel.list.customContextMenuRequested.connect(partial(self._context_menu, quadrant))
            panel.list.selectionModel().currentChanged.connect(
                lambda _now, _before, q=quadrant: self._follow(q)
            )
            panel.list.selectionModel().currentChanged.connect(
                lambda now, _before, q=quadrant: self._similar_for_row(q, now.row())
            )
            panel.capture.textEdited.connect(lambda _text, q=quadrant: self._typed(q))
            panel.area_box.currentIndexChanged.connect(lambda _i, q=quadrant: self._follow(q))
            delete = QAction(self.tr("Verwijderen"), panel.list)
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            delete.triggered.connect(partial(self.delete_selected, quadrant))
            panel.list.addAction(delete)
            grid.addWidget(panel, n // 2, n % 2)
            self.panels[quadrant] = panel
        self.recommendations = RecommendationsPanel(controller, self.data, self)
        self.similar_index = SimilarIndex(controller, self)
        self.duplicates = DuplicatesPanel(controller, self.data, self.similar_index, self)
        self.duplicates.capture_into = self.capture_into
        self.duplicates.passRequested.connect(self.open_pass)
        self.duplicates.candidatesShown.connect(self._bring_duplicates_forward)
        self._typing = QTimer(self)  # the candidates follow typing, not every keystroke
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self._show_typed)
        self.side = QTabWidget(self)
        self.side.addTab(self.recommendations, self.tr("Aanbevelingen"))
        self.side.addTab(self.duplicates, self.tr("Mogelijke dubbels"))
        self.side.setMinimumWidth(220)
        splitter = QSplitter(self)
        splitter.addWidget(grid_host)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([820, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        self._build_actions()
        self._chain_tab_order()
        self.filter_bar.changed.connect(self.apply_filter)
        self.data.pointsChanged.connect(self._after_points_changed)
        # Built when first asked for (a point selected, text typed, the pass opened),
        # then kept up to date.
        self.data.pointsChanged.connect(lambda _change: self.similar_index.follow())
        self.data.lookupsChanged.connect(self._after_lookups_changed)
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]
        self.on_context_changed()
        self.apply_filter()
        self._follow(Quadrant.STRENGTH)

    # -- setup ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        for quadrant, spec in FOCUS_SHORTCUTS.items():
            action = QAction(self.tr("Naar {0}").format(quadrant_label(quadrant)), self)
            action.setShortcut(QKeySequence(spec.key))
            action.triggered.connect(partial(self.focus_quadrant, quadrant))
            self.addAction(action)
        self.consolidate_action = QAction(self.tr("Samenvoegen"), self)
        self.consolidate_action.setShortcut(QKeySequence(CONSOLIDATE.key))
        self.consolidate_action.triggered.connect(self.consolidate_selected)
        self.pass_action = QAction(self.tr("Consolidatieronde…"), self)
        self.pass_action.setShortcut(QKeySequence(CONSOLIDATION_PASS.key))
        self.pass_action.triggered.connect(self.open_pass)
        self.addAction(self.pass_action)
        for n in range(1, TOP + 1):
            merge = QAction(self.tr("Samenvoegen met gelijkaardig punt {0}").format(n), self)
            merge.setShortcut(QKeySequence(f"Alt+{n}"))
            merge.triggered.connect(partial(self.merge_with_candidate, n))
            self.addAction(merge)
        search = QAction(self.tr("Zoeken"), self)
        search.setShortcut(QKeySequence(SEARCH.key))
        search.triggered.connect(self.filter_bar.focus_search)
        self.addActions([self.consolidate_action, search])
        for action in self.actions():
            # Only while the board is on screen (Qt ignores shortcuts of hidden widgets).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = [self.filter_bar.clear_button]
        for quadrant in QUADRANTS:
            panel = self.panels[quadrant]
            chain += [panel.list, panel.capture, panel.area_box]
        chain.append(self.side)
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    # -- what the board shows ------------------------------------------------------------

    def apply_filter(self) -> None:
        point_filter = self.filter_bar.point_filter()
        for panel in self.panels.values():
            panel.model.set_filter(point_filter)
        self._show_count()

    def _show_count(self) -> None:
        self.filter_bar.show_count(sum(p.model.point_count() for p in self.panels.values()))

    def _after_points_changed(self, change: PointChange) -> None:
        self._show_count()
        for item_id in change.created:
            item = self.data.visible(item_id)
            if item is not None:
                self.panels[item.quadrant].list.reveal(item_id)

    def _after_lookups_changed(self) -> None:
        for panel in self.panels.values():
            panel.fill_areas()
        self.on_context_changed()

    def on_context_changed(self) -> None:
        cluster = self.data.clusters.get(self.controller.current_cluster_id or "")
        session = self.data.sessions.get(self.controller.current_session_id or "")
        for panel in self.panels.values():
            panel.set_hint(
                cluster.name if cluster else self.tr("(geen cluster)"),
                session.title if session else self.tr("(geen sessie)"),
            )
        if self.filter_bar.follows_current_cluster():
            self.apply_filter()

    def activate(self) -> None:
        self.focus_quadrant(self.active)

    def focus_quadrant(self, quadrant: Quadrant) -> None:
        self.active = quadrant
        self.panels[quadrant].focus_capture()
        self._follow(quadrant)

    # -- following the facilitator: active quadrant and the recommendations' area -------

    def _panel_of(self, widget: QWidget | None) -> QuadrantPanel | None:
        for panel in self.panels.values():
            if widget is not None and (widget is panel or panel.isAncestorOf(widget)):
                return panel
        return None

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        panel = self._panel_of(new)
        if panel is not None:
            self.active = panel.quadrant
            self._follow(panel.quadrant)

    def _follow(self, quadrant: Quadrant) -> None:
        """Show the recommendations of the selected point's area, or else of the area
        the quadrant's next point goes to."""
        if quadrant is not self.active:
            return
        panel = self.panels[quadrant]
        area = panel.current_area()
        if panel.list.hasFocus():
            index = panel.list.currentIndex()
            if index.isValid():
                area = panel.model.area_at(index.row()) or area
        self.recommendations.show_area(area)

    # -- edits ---------------------------------------------------------------------------

    @contextmanager
    def _one_step(self, label: str, count: int) -> Iterator[None]:
        """Several points edited at once undo as one step."""
        stack = self.controller.undo_stack
        if count > 1:
            stack.beginMacro(label)
        try:
            yield
        finally:
            if count > 1:
                stack.endMacro()

    def capture(self, quadrant: Quadrant, text: str) -> None:
        panel = self.panels[quadrant]
        record = self.controller.capture(quadrant.value, text, panel.current_area())
        if record is not None:
            panel.capture.clear()  # the point itself is shown by _after_points_changed

    def edit_text(self, item_id: str, text: str) -> bool:
        done = self.controller.update(swot.items, item_id, self.tr("Punt bewerken"), text=text)
        return done is not None

    def drop(self, ids: list[str], quadrant: Quadrant, area: str | None, given: bool) -> bool:
        """Points dropped on ``quadrant``: on an area heading (``given``) they take that
        area; else they keep theirs when it fits, or take the quadrant's current area."""
        moves: list[tuple[str, str | None]] = []
        for item_id in ids:
            item = self.data.visible(item_id)
            if item is None:
                continue
            if given:
                target = area
            elif item.quadrant.area_kind is quadrant.area_kind:
                target = item.area_id
            else:
                target = self.panels[quadrant].current_area()
            if item.quadrant is not quadrant or item.area_id != target:
                moves.append((item_id, target))
        return self.move_points(moves, quadrant)

    def move_points(self, moves: Sequence[tuple[str, str | None]], quadrant: Quadrant) -> bool:
        if not moves:
            return False
        label = (
            self.tr("Punt verplaatsen")
            if len(moves) == 1
            else self.tr("{0} punten verplaatsen").format(len(moves))
        )
        done = 0
        with self._one_step(label, len(moves)):
            for item_id, area in moves:
                if self.controller.update(
                    swot.items, item_id, label, quadrant=quadrant.value, area_id=area
                ):
                    done += 1
        return done > 0

    def delete_selected(self, quadrant: Quadrant) -> None:
        ids = self.panels[quadrant].list.selected_ids()
        if not ids:
            return
        label = (
            self.tr("Punt verwijderen")
            if len(ids) == 1
            else self.tr("{0} punten verwijderen").format(len(ids))
        )
        store = self.controller.store
        with self._one_step(label, len(ids)):
            for item_id in ids:
                # Not the generic delete: undo must bring back the point's links to
                # paths, fiches and recommendations and the voting options on it.
                self.controller.perform(
                    label,
                    partial(swot.delete_item, store, item_id),
                    undo=lambda gone: partial(swot.restore_item, store, gone),
                    redo=lambda gone: partial(swot.delete_item, store, gone.item.id),
                )

    def consolidate_selected(self) -> None:
        panel = self.panels[self.active]
        ids = panel.list.selected_ids()
        if len(ids) < 2:
            self.controller.failed.emit(
                self.tr(
                    "Kies minstens twee punten van één kwadrant (Ctrl+klik) om samen te voegen."
                )
            )
            return
        merged = self.controller.consolidate(ids[0], ids[1:])
        if merged is not None:
            panel.list.select_ids([merged.id])
            panel.list.reveal(merged.id)

    def release(self, item_id: str) -> None:
        self.controller.release(item_id)

    # -- likely duplicates: the selected point's or the typed text's candidates ------

    def _similar_for_row(self, quadrant: Quadrant, row: int) -> None:
        item = self.panels[quadrant].model.item_at(row) if row >= 0 else None
        if item is not None:
            self.duplicates.show_for_item(item.id)

    def _typed(self, quadrant: Quadrant) -> None:
        self._typed_in = quadrant
        self._typing.start()

    def _show_typed(self) -> None:
        quadrant = getattr(self, "_typed_in", self.active)
        self.duplicates.show_for_text(quadrant, self.panels[quadrant].capture.text())

    def _bring_duplicates_forward(self) -> None:
        """A strong candidate for what is being typed brings its tab forward."""
        subject, found = self.duplicates.subject, self.duplicates.candidates
        if subject and subject[0] == "text" and found and found[0].score >= SHOW_TAB_AT:
            self.side.setCurrentWidget(self.duplicates)

    def merge_with_candidate(self, number: int) -> None:
        """Alt+n: in a capture line, the typed text is captured into candidate n; on a
        selected point, the point absorbs candidate n."""
        panel = self.panels[self.active]
        if panel.capture.hasFocus() and len(panel.capture.text().strip()) >= 1:
            self._typing.stop()
            self.duplicates.show_for_text(self.active, panel.capture.text())
        else:
            ids = panel.list.selected_ids()
            if ids:
                self.duplicates.show_for_item(ids[0])
        if not self.duplicates.consolidate_with(number):
            self.controller.failed.emit(
                self.tr("Geen gelijkaardig punt {0} om mee samen te voegen.").format(number)
            )

    def capture_into(self, quadrant: Quadrant, text: str, primary_id: str) -> None:
        """Capture ``text`` and let ``primary_id`` absorb it: one undo step."""
        panel = self.panels[quadrant]
        stack = self.controller.undo_stack
        stack.beginMacro(self.tr("Punt toevoegen en samenvoegen"))
        try:
            record = self.controller.capture(quadrant.value, text, panel.current_area())
            if record is not None:
                panel.capture.clear()
                self.controller.consolidate(primary_id, [record.id])
        finally:
            stack.endMacro()
        panel.list.reveal(primary_id)

    def open_pass(self) -> None:
        dialog = ConsolidationPass(
            self.controller, self.data, self.similar_index, self.active, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pass_dialog: ConsolidationPass | None = dialog
        dialog.finished.connect(lambda _result: setattr(self, "pass_dialog", None))
        dialog.open()

    # -- context menu --------------------------------------------------------------------

    def _context_menu(self, quadrant: Quadrant, pos: QPoint) -> None:
        panel = self.panels[quadrant]
        index = panel.list.indexAt(pos)
        item = panel.model.item_at(index.row()) if index.isValid() else None
        if item is not None and item.id not in panel.list.selected_ids():
            panel.list.select_ids([item.id])
        menu = self.context_menu(quadrant)
        if menu.actions():
            menu.exec(panel.list.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, quadrant: Quadrant) -> QMenu:
        """What can be done with the points selected in ``quadrant``."""
        panel = self.panels[quadrant]
        ids = panel.list.selected_ids()
        menu = QMenu(panel.list)
        if not ids:
            return menu
        current = self.data.visible(ids[0])
        edit = menu.addAction(self.tr("Bewerken"))
        edit.setShortcut(QKeySequence("F2"))
        edit.setEnabled(len(ids) == 1)
        edit.triggered.connect(lambda: panel.list.edit(panel.model.index_of(ids[0])))
        merge = menu.addAction(self.tr("Samenvoegen"))
        merge.setShortcut(QKeySequence(CONSOLIDATE.key))
        merge.setEnabled(len(ids) > 1)
        merge.triggered.connect(self.consolidate_selected)
        if current is not None and current.source_ids:
            release = menu.addAction(self.tr("Samenvoeging opheffen"))
            release.triggered.connect(partial(self.release, current.id))
        move = menu.addMenu(self.tr("Verplaatsen naar"))
        for target in QUADRANTS:
            sub = move.addMenu(quadrant_label(target))
            for area in self.data.areas_of(target.area_kind):
                action = sub.addAction(area.name)
                action.triggered.connect(partial(self._move_ids, ids, target, area.id))
            none = sub.addAction(self.tr("(geen domein)"))
            none.triggered.connect(partial(self._move_ids, ids, target, None))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Verwijderen"))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.triggered.connect(partial(self.delete_selected, quadrant))
        return menu

    def _move_ids(self, ids: list[str], quadrant: Quadrant, area: str | None) -> None:
        self.move_points([(i, area) for i in ids], quadrant)
