"""One strategy in a form: its field, title and explanation, and the SWOT points it
comes from (ticked: by default the points of the marked pairs of its field)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.domain.tows import StrategyField
from app.ui.base.messages import shown

_ID = Qt.ItemDataRole.UserRole


def field_name(field: StrategyField) -> str:
    """The field's Dutch name, translated in the window."""
    return shown(field.label)


class StrategyDialog(QDialog):
    def __init__(
        self,
        field: StrategyField,
        candidates: Sequence[records.SwotItem],
        codes: dict[str, str],
        chosen: Sequence[str],
        parent: QWidget | None = None,
        strategy: records.Strategy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Strategie bewerken") if strategy else self.tr("Nieuwe strategie")
        )
        self.candidates = list(candidates)
        self.codes = codes
        self.field = QComboBox(self)
        self.field.setAccessibleName(self.tr("Veld van de matrix"))
        for f in StrategyField:
            self.field.addItem(field_name(f), f.value)
        self.field.setCurrentIndex(list(StrategyField).index(field))
        self.title_edit = QLineEdit(strategy.title if strategy else "", self)
        self.title_edit.setAccessibleName(self.tr("Titel van de strategie"))
        self.text_edit = QPlainTextEdit(strategy.text if strategy else "", self)
        self.text_edit.setAccessibleName(self.tr("Uitleg"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.points = QListWidget(self)
        self.points.setAccessibleName(self.tr("SWOT-punten waar de strategie uit voortkomt"))
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #5F6B77;")
        self._chosen = set(chosen)
        form = QFormLayout()
        form.addRow(self.tr("&Veld:"), self.field)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Uitleg:"), self.text_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        points_label = QLabel(
            self.tr("&SWOT-punten (aangevinkt: waar de strategie uit voortkomt):")
        )
        points_label.setBuddy(self.points)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.question)
        layout.addWidget(points_label)
        layout.addWidget(self.points, 1)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(lambda _i: self._fill_points())
        self._fill_points()
        self.resize(640, 520)

    def chosen_field(self) -> StrategyField:
        return StrategyField(self.field.currentData())

    def _fill_points(self) -> None:
        self._chosen = set(self.chosen_ids()) | (self._chosen if not self.points.count() else set())
        field = self.chosen_field()
        self.question.setText(shown(field.question))
        self.points.clear()
        allowed = {field.internal, field.external}
        for item in self.candidates:
            if item.quadrant not in allowed:
                continue
            code = self.codes.get(item.id, item.quadrant.value)
            row = QListWidgetItem(f"{code} · {item.text}", self.points)
            row.setData(_ID, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = item.id in self._chosen
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[str]:
        out = []
        for n in range(self.points.count()):
            row = self.points.item(n)
            if row.checkState() == Qt.CheckState.Checked:
                out.append(str(row.data(_ID)))
        return out

    def values(self) -> dict[str, object]:
        return {
            "field": self.chosen_field().value,
            "title": self.title_edit.text(),
            "text": self.text_edit.toPlainText(),
            "swot_item_ids": self.chosen_ids(),
        }
