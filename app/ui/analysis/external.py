"""The external analysis of one cluster: importance and readiness per external area
(keyboard entry like the questionnaire), the area's opportunities, threats and
recommendations beside it, and the cluster's external rose."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.analysis import WERKPUNT_MAX_SCORE, WERKPUNT_MIN_IMPORTANCE, ExternalPoint
from app.domain.enums import Quadrant
from app.domain.records import Area, Recommendation, SwotItem
from app.services import swot
from app.ui.analysis import edits
from app.ui.analysis.data import AnalysisData, number
from app.ui.analysis.table import AnswerTable, tint
from app.ui.base.controller import WorkshopController
from app.ui.widgets.rose import (
    IMPORTANCE_COLOUR,
    READINESS_COLOUR,
    WERKPUNT_COLOUR,
    RoseChart,
    RoseSeries,
)

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("importance", "readiness")


class ExternalModel(QAbstractTableModel):
    """Rows: the external areas; columns: name, importance, readiness of one cluster."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_: AnalysisData | None = None
        self.areas: list[Area] = []
        self.cluster_id: str | None = None

    def show(self, data: AnalysisData, cluster_id: str | None) -> None:
        areas = data.external_areas
        if [a.id for a in areas] == [a.id for a in self.areas] and cluster_id == self.cluster_id:
            self.data_, self.areas = data, areas
            if areas:
                self.dataChanged.emit(self.index(0, 0), self.index(len(areas) - 1, 2))
            return
        self.beginResetModel()
        self.data_, self.areas, self.cluster_id = data, areas, cluster_id
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.areas)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Extern domein"), self.tr("Belang"), self.tr("Paraatheid"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("Hoe belangrijk is deze evolutie voor de cluster? 1–5"),
                self.tr("Hoe klaar is de organisatie ervoor? 1–5"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.cluster_id:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        area = self.areas[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return area.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return area.description or None
            return None
        if self.cluster_id is None:
            return None
        what = FIELDS[index.column() - 1]
        value = self.data_.rating_value(self.cluster_id, area.id, what)
        averaged = any(self.data_.people_ratings(self.cluster_id, area.id, what))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if value is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else self.tr("leeg")
            return number(value) if averaged else str(round(value))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and what == "readiness":
            return tint(value)
        if role == Qt.ItemDataRole.ToolTipRole and averaged:
            return self.tr("Gemiddelde van de deelnemers")
        return None


class ExternalTab(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data: AnalysisData | None = None
        self._points: tuple[list[SwotItem], list[Recommendation]] | None = None
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.cluster.activated.connect(self._cluster_chosen)
        cluster_label = QLabel(self.tr("Cluster:"), self)  # Alt+L is the context bar's
        cluster_label.setBuddy(self.cluster)

        self.model = ExternalModel(self)
        self.table = AnswerTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Belang en paraatheid per extern domein"))
        self.table.answered.connect(self._answered)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 90)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_points())
        self.rose = RoseChart(self)
        self.rose.setAccessibleName(self.tr("Externe roos"))
        self.attention = QLabel(self)
        self.attention.setWordWrap(True)
        self.points = QTextBrowser(self)
        self.points.setAccessibleName(self.tr("Kansen, bedreigingen en aanbevelingen"))
        self.points.setOpenLinks(False)

        hint = QLabel(
            self.tr(
                "1–5 en naar beneden · → naar paraatheid · 0, ? of Delete: wissen · "
                "Belang: hoe belangrijk de evolutie is; paraatheid: hoe klaar de organisatie is"
            ),
            self,
        )
        hint.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 2)
        left_layout.addWidget(self.rose, 3)
        left_layout.addWidget(self.attention)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.points)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(cluster_label)
        top.addWidget(self.cluster)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)

    # -- the cluster ---------------------------------------------------------------------

    def refresh(self, data: AnalysisData) -> None:
        self.data = data
        self._points = None  # read again: the board may have changed too
        wanted = self.cluster.currentData() or self.controller.current_cluster_id
        self.cluster.blockSignals(True)
        self.cluster.clear()
        for c in data.clusters:
            suffix = self.tr(" (referentie)") if c.is_reference else ""
            self.cluster.addItem(c.name + suffix, c.id)
        self.cluster.setCurrentIndex(max(self.cluster.findData(wanted), 0))
        self.cluster.blockSignals(False)
        self._show()

    def follow_context(self) -> None:
        """The context bar's cluster changed: show that one."""
        index = self.cluster.findData(self.controller.current_cluster_id)
        if index >= 0 and index != self.cluster.currentIndex():
            self.cluster.setCurrentIndex(index)
            self._show()

    def _cluster_chosen(self, index: int) -> None:
        self.controller.set_cluster(self.cluster.itemData(index))
        self._show()

    def _show(self) -> None:
        if self.data is None:
            return
        cluster_id = self.cluster.currentData()
        self.model.show(self.data, cluster_id)
        self._draw_rose(self.data.external_rose(cluster_id) if cluster_id else [])
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 1))  # shows the points, too
        else:
            self.show_points()

    def _draw_rose(self, points: list[ExternalPoint]) -> None:
        self.rose.set_data(
            [p.name for p in points],
            [
                RoseSeries(
                    self.tr("Belang volgens de cluster"),
                    [p.importance for p in points],
                    IMPORTANCE_COLOUR,
                    symbol="t1",
                ),
                RoseSeries(
                    self.tr("Paraatheid"),
                    [p.readiness for p in points],
                    READINESS_COLOUR,
                    filled=True,
                ),
            ],
            [p.werkpunt for p in points],
        )
        weak = [p.name for p in points if p.werkpunt]
        legend = (
            f"<span style='color:{IMPORTANCE_COLOUR}'>▲</span> "
            + html.escape(self.tr("Belang"))
            + f" &nbsp; <span style='color:{READINESS_COLOUR}'>●</span> "
            + html.escape(self.tr("Paraatheid"))
        )
        rule = (
            self.tr("Belangrijk maar niet klaar: {0}").format(", ".join(weak))
            if weak
            else self.tr(
                "Geen extern domein met een belang van {0} of meer en een paraatheid onder {1}."
            ).format(f"{WERKPUNT_MIN_IMPORTANCE:g}", f"{WERKPUNT_MAX_SCORE:g}")
        )
        colour = WERKPUNT_COLOUR if weak else "#52606D"
        self.attention.setText(
            f"{legend}<br><span style='color:{colour}'>{'<b>' if weak else ''}"
            f"{html.escape(rule)}{'</b>' if weak else ''}</span>"
        )
        self.rose.setAccessibleDescription(
            "; ".join(
                self.tr("{0}: belang {1}, paraatheid {2}").format(
                    p.name, number(p.importance), number(p.readiness)
                )
                for p in points
            )
        )

    # -- answers -------------------------------------------------------------------------

    def _answered(self, index: QModelIndex, value: edits.Value) -> None:
        cluster_id = self.model.cluster_id
        if cluster_id is None or index.column() == 0:
            return
        area = self.model.areas[index.row()]
        edits.rate(self.controller, cluster_id, area.id, None, FIELDS[index.column() - 1], value)

    # -- the area's points ---------------------------------------------------------------

    def show_points(self) -> None:
        index = self.table.currentIndex()
        if self.data is None or not index.isValid():
            self.points.clear()
            return
        area = self.model.areas[index.row()]
        if self._points is None:  # one read per refresh; moving between rows only filters
            store, wid = self.controller.store, self.controller.workshop.id
            self._points = (swot.list_items(store, wid), swot.recommendations.list(store, wid))
        items = [i for i in self._points[0] if i.area_id == area.id]
        recommendations = [r for r in self._points[1] if r.area_id == area.id]
        names = {c.id: c.name for c in self.data.clusters}
        parts = [f"<h3>{html.escape(area.name)}</h3>"]
        for title, quadrant in (
            (self.tr("Opportuniteiten"), Quadrant.OPPORTUNITY),
            (self.tr("Bedreigingen"), Quadrant.THREAT),
        ):
            chosen = [i for i in items if i.quadrant is quadrant]
            parts.append(self._section(title, [self._item(i, names) for i in chosen]))
        parts.append(
            self._section(
                self.tr("Aanbevelingen"), [self._recommendation(r, names) for r in recommendations]
            )
        )
        self.points.setHtml("".join(parts))

    def _section(self, title: str, lines: list[str]) -> str:
        body = (
            "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
            if lines
            else f"<p><i>{html.escape(self.tr('Nog niets.'))}</i></p>"
        )
        return f"<h4>{html.escape(title)} ({len(lines)})</h4>{body}"

    def _item(self, item: SwotItem, names: dict[str, str]) -> str:
        text = html.escape(item.text)
        if item.cluster_count > 1:
            mentioned = self.tr("genoemd door {0} clusters").format(item.cluster_count)
            return f"{text} <span style='color:#52606D'>({html.escape(mentioned)})</span>"
        if item.cluster_id in names:
            return (
                f"{text} <span style='color:#52606D'>– {html.escape(names[item.cluster_id])}</span>"
            )
        return text

    def _recommendation(self, rec: Recommendation, names: dict[str, str]) -> str:
        text = html.escape(rec.text)
        if rec.cluster_id in names:
            return (
                f"{text} <span style='color:#52606D'>– {html.escape(names[rec.cluster_id])}</span>"
            )
        return text
