"""The merge preview: what merging other laptops' workshop files will create,
update and delete here, and what a person should know, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.merge import MergeReport
from app.ui.base.messages import shown
from app.ui.reports.import_preview import ENTITY_LABELS

# The merge also counts what an import never touches.
LABELS = {
    **ENTITY_LABELS,
    "options": QT_TRANSLATE_NOOP("ImportPreview", "opties van stemrondes"),
    "links": QT_TRANSLATE_NOOP("ImportPreview", "koppelingen"),
}


class MergePreview(QDialog):
    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Werkbestanden samenvoegen"))
        layout = QVBoxLayout(self)
        kinds = sorted(set(report.created) | set(report.updated) | set(report.deleted))
        rows = [
            (k, report.created[k], report.updated[k], report.deleted[k])
            for k in kinds
            if report.created[k] or report.updated[k] or report.deleted[k]
        ]
        if rows:
            summary = self.tr(
                "Dit verandert er in deze workshop, in één keer (er wordt eerst een "
                "reservekopie gemaakt). De andere bestanden blijven zoals ze zijn."
            )
        else:
            summary = self.tr("Deze bestanden brengen niets nieuws: deze workshop heeft alles al.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.counts = QTableWidget(len(rows), 4, self)
        self.counts.setAccessibleName(self.tr("Wat nieuw, bijgewerkt en verwijderd wordt"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Soort"), self.tr("Nieuw"), self.tr("Bijgewerkt"), self.tr("Verwijderd")]
        )
        for row, (key, created, updated, deleted) in enumerate(rows):
            label = QTableWidgetItem(self.translate_label(key))
            self.counts.setItem(row, 0, label)
            for column, value in enumerate((created, updated, deleted), start=1):
                self.counts.setItem(row, column, QTableWidgetItem(str(value)))
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.counts.resizeColumnsToContents()
        self.counts.setVisible(bool(rows))
        layout.addWidget(self.counts)

        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Om te weten"))
        self.notes.setWordWrap(True)
        self.notes.addItems([shown(note) for note in report.notes])
        self.notes.setVisible(bool(report.notes))
        layout.addWidget(self.notes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(
            self.tr("&Samenvoegen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(bool(rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)

    @staticmethod
    def translate_label(key: str) -> str:
        return QCoreApplication.translate("ImportPreview", LABELS.get(key, key))
