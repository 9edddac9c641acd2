"""The questionnaire grid: per internal area an importance row, then its statements;
one column per cluster, or one cluster at a time with a column per participant.

With one column per cluster a cell shows what counts for the rose (the
averaging rule of app.domain.analysis) and typing sets the cluster's own
answer; where the cell is the mean of participants' answers, such an answer
would not count, so typing there is refused with a message. Per cluster, the
columns are the cluster's own answer, each participant's, and the result
(read only).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Area, Statement
from app.ui.analysis import edits
from app.ui.analysis.data import AnalysisData, number
from app.ui.analysis.table import AREA_ROW, AnswerTable, tint
from app.ui.base.controller import WorkshopController

Index = QModelIndex | QPersistentModelIndex


class Kind(Enum):
    CLUSTER = "cluster"  # shows the cluster's value; typing sets the cluster's own answer
    OWN = "own"  # the cluster's own answer as stored
    PERSON = "person"  # one participant's answer
    RESULT = "result"  # the cluster's value, read only


@dataclass(frozen=True)
class Column:
    kind: Kind
    cluster_id: str
    participant_id: str | None
    title: str
    tip: str


@dataclass(frozen=True)
class Row:
    area: Area
    statement: Statement | None  # None: the area's importance row
    label: str  # "2" for an area, "2.3" for its third statement


class GridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_: AnalysisData | None = None
        self.rows: list[Row] = []
        self.columns: list[Column] = []
        self.cluster_id: str | None = None  # None: one column per cluster
        self._cells: dict[tuple[int, int], _Cell] = {}

    # -- filling -------------------------------------------------------------------------

    def show(self, data: AnalysisData, cluster_id: str | None) -> bool:
        """Show ``data``; True when the rows or columns changed (a reset), not just values."""
        rows = self._rows(data)
        columns = self._columns(data, cluster_id if data.cluster(cluster_id) else None)
        same_shape = [_key(r) for r in rows] == [_key(r) for r in self.rows] and columns == (
            self.columns
        )
        self.data_ = data
        self._cells.clear()
        if same_shape:  # an answer changed: repaint, keep the cursor where it is
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns)))
            return False
        self.beginResetModel()
        self.rows, self.columns = rows, columns
        self.cluster_id = cluster_id if data.cluster(cluster_id) else None
        self.endResetModel()
        return True

    def _rows(self, data: AnalysisData) -> list[Row]:
        rows: list[Row] = []
        for n, area in enumerate(data.internal_areas, start=1):
            rows.append(Row(area, None, str(n)))
            rows += [Row(area, s, f"{n}.{m}") for m, s in enumerate(data.statements_of(area.id), 1)]
        return rows

    def _columns(self, data: AnalysisData, cluster_id: str | None) -> list[Column]:
        if cluster_id is None:
            return [
                Column(
                    Kind.CLUSTER,
                    c.id,
                    None,
                    _two_lines(c.name),
                    c.name + (self.tr(" (referentie)") if c.is_reference else ""),
                )
                for c in data.clusters
            ]
        name = data.cluster(cluster_id).name  # type: ignore[union-attr]
        own = Column(
            Kind.OWN,
            cluster_id,
            None,
            self.tr("Cluster\nsamen"),
            self.tr("Het antwoord van {0} als geheel").format(name),
        )
        people = [
            Column(
                Kind.PERSON,
                cluster_id,
                p.id,
                f"#{n}\n{data.first_name(p)}" if data.first_name(p) else f"#{n}",
                self.tr("Deelnemer {0} van {1}").format(data.participant_label(p), name),
            )
            for n, p in enumerate(data.members(cluster_id), start=1)
        ]
        result = Column(
            Kind.RESULT,
            cluster_id,
            None,
            self.tr("Resul-\ntaat"),
            self.tr(
                "Wat meetelt voor de roos: het gemiddelde van de deelnemers; "
                "zonder scores van deelnemers het antwoord van de cluster samen."
            ),
        )
        return [own, *people, result]

    # -- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.rows):
                return self.rows[section].label
            return None
        if section == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Stelling")
            return None
        column = self.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.columns[index.column() - 1].kind is not Kind.RESULT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return self._label(row, role)
        cell = self._cell_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("weet niet") if cell.text == "?" else cell.text or self.tr("leeg")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return AREA_ROW if row.statement is None else tint(cell.value)
        if role == Qt.ItemDataRole.FontRole and (cell.averaged or row.statement is None):
            font = QFont()
            font.setItalic(cell.averaged)
            font.setBold(row.statement is None)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or None
        return None

    def _cell_at(self, index: Index) -> _Cell:
        key = (index.row(), index.column())
        cell = self._cells.get(key)
        if cell is None:  # painting asks for every role of a cell: work it out once
            row = self.rows[index.row()]
            cell = self._cells[key] = self._cell(row, self.columns[index.column() - 1])
        return cell

    def averaged_over(self, index: Index) -> int:
        """How many participants' answers a cluster's cell shows the mean of; 0 when a
        cluster-level answer typed there is what counts."""
        if not index.isValid() or index.column() == 0 or self.data_ is None:
            return 0
        if self.columns[index.column() - 1].kind is not Kind.CLUSTER:
            return 0
        return self._cell_at(index).people

    def _label(self, row: Row, role: int) -> Any:
        if row.statement is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{0} – belang van het domein").format(row.area.name)
            if role == Qt.ItemDataRole.BackgroundRole:
                return AREA_ROW
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.area.description or None
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.statement.text
        return None

    def _cell(self, row: Row, column: Column) -> _Cell:
        data = self.data_
        assert data is not None
        c, p = column.cluster_id, column.participant_id
        if row.statement is None:
            if column.kind in (Kind.OWN, Kind.PERSON):
                stored = data.rating(c, row.area.id, p)
                value = stored.importance if stored else None
                return _Cell(str(value) if value is not None else "", value)
            value = data.rating_value(c, row.area.id, "importance")
            people = [v for v in data.people_ratings(c, row.area.id, "importance") if v]
            return self._value(value, people, answered=value is not None)
        sid = row.statement.id
        if column.kind in (Kind.OWN, Kind.PERSON):
            stored = data.score(c, sid, p)
            if stored is None:
                return _Cell("", None)
            return _Cell("?" if stored.score is None else str(stored.score), stored.score)
        value = data.statement_value(c, sid)
        people_all = data.people_scores(c, sid)
        answered = data.score(c, sid) is not None or bool(people_all)
        return self._value(value, [v for v in people_all if v is not None], answered)

    def _value(self, value: float | None, people: list[int], answered: bool) -> _Cell:
        if value is None:
            return _Cell("?" if answered else "", None)
        if people:
            tip = self.tr(
                "Gemiddelde van {0} deelnemer(s); een antwoord van de cluster samen telt "
                "hier niet mee. Wijzig de antwoorden per deelnemer (Invullen voor)."
            ).format(len(people))
            return _Cell(number(value), value, averaged=True, tip=tip, people=len(people))
        return _Cell(str(round(value)), value)

    # -- where an answer goes ------------------------------------------------------------

    def target(self, index: Index) -> tuple[Row, Column] | None:
        if not index.isValid() or index.column() == 0:
            return None
        column = self.columns[index.column() - 1]
        if column.kind is Kind.RESULT:
            return None
        return self.rows[index.row()], column


@dataclass(frozen=True)
class _Cell:
    text: str
    value: float | None
    averaged: bool = False
    tip: str = ""
    people: int = 0  # the participants whose answers ``value`` is the mean of


def _key(row: Row) -> tuple[str, str | None]:
    return row.area.id, row.statement.id if row.statement else None


def _two_lines(name: str) -> str:
    """Long cluster names on two header lines, so that answer columns stay narrow."""
    if len(name) <= 12 or " " not in name:
        return name
    middle = len(name) // 2
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return name[:cut] + "\n" + name[cut + 1 :]


class QuestionnaireTab(QWidget):
    """Entry of the internal questionnaire, keyboard only."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data: AnalysisData | None = None
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Invullen voor"))
        self.mode.activated.connect(lambda _i: self._fill())
        mode_label = QLabel(self.tr("&Invullen voor:"), self)
        mode_label.setBuddy(self.mode)
        hint = QLabel(
            self.tr(
                "1–5: antwoord en naar de volgende rij (1 = helemaal oneens … 5 = helemaal eens; "
                "op een belang-rij: hoe belangrijk het domein is) · 0 of ?: weet niet "
                "(telt niet mee) · Delete: wissen · cursief: gemiddelde van deelnemers"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.model = GridModel(self)
        self.table = AnswerTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Vragenlijst: antwoorden per cluster"))
        self.table.answered.connect(self._answered)
        self.table.verticalHeader().setDefaultSectionSize(24)
        top = QHBoxLayout()
        top.addWidget(mode_label)
        top.addWidget(self.mode)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def refresh(self, data: AnalysisData) -> None:
        self.data = data
        current = self.mode.currentData()
        self.mode.blockSignals(True)
        self.mode.clear()
        self.mode.addItem(self.tr("Alle clusters (één kolom per cluster)"), None)
        for c in data.clusters:
            count = len(data.members(c.id))
            self.mode.addItem(self.tr("{0} – per deelnemer ({1})").format(c.name, count), c.id)
        self.mode.setCurrentIndex(max(self.mode.findData(current), 0))
        self.mode.blockSignals(False)
        self._fill()

    def show_cluster(self, cluster_id: str | None) -> None:
        """One cluster with its participants (None: all clusters side by side)."""
        self.mode.setCurrentIndex(max(self.mode.findData(cluster_id), 0))
        self._fill()

    def _fill(self) -> None:
        if self.data is None:
            return
        if self.model.show(self.data, self.mode.currentData()):
            self._size_columns()

    def _size_columns(self) -> None:
        """Answer columns as wide as their header, the statements take the rest."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column in range(1, self.model.columnCount()):
            title = self.model.columns[column - 1].title
            wide = max(metrics.horizontalAdvance(line) for line in title.split("\n"))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, max(52, min(wide + 20, 150)))
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 1 if self.model.columns else 0))

    def focus_grid(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answered(self, index: QModelIndex, value: edits.Value) -> None:
        target = self.model.target(index)
        if target is None:
            return
        row, column = target
        people = self.model.averaged_over(index)
        if people:
            # A cluster-level answer would be stored but not count (the participants'
            # mean does): refuse, rather than take a key that seems to do nothing.
            cluster = self.data.cluster(column.cluster_id) if self.data else None
            name = cluster.name if cluster else ""
            self.controller.failed.emit(
                self.tr(
                    "Dit vak toont het gemiddelde van {0} deelnemer(s) van {1}; een antwoord "
                    "van de cluster samen telt hier niet mee. Kies bij Invullen voor "
                    "'{1} – per deelnemer' om hun antwoorden te wijzigen."
                ).format(people, name)
            )
            return
        if row.statement is None:
            edits.rate(
                self.controller,
                column.cluster_id,
                row.area.id,
                column.participant_id,
                "importance",
                value,
            )
        else:
            edits.answer(
                self.controller,
                column.cluster_id,
                row.statement.id,
                column.participant_id,
                value,
            )
