"""The Excel import preview: what will be created and updated, and every problem
per cell, before anything is written in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.importer import ImportPlan
from app.ui.base.messages import shown

# Dutch names of the count keys of CLI.md's import JSON.
ENTITY_LABELS = {
    "workshops": QT_TRANSLATE_NOOP("ImportPreview", "workshops"),
    "clusters": QT_TRANSLATE_NOOP("ImportPreview", "clusters"),
    "locations": QT_TRANSLATE_NOOP("ImportPreview", "locaties"),
    "participants": QT_TRANSLATE_NOOP("ImportPreview", "deelnemers"),
    "sessions": QT_TRANSLATE_NOOP("ImportPreview", "sessies"),
    "areas": QT_TRANSLATE_NOOP("ImportPreview", "domeinen"),
    "swot_items": QT_TRANSLATE_NOOP("ImportPreview", "SWOT-punten"),
    "recommendations": QT_TRANSLATE_NOOP("ImportPreview", "aanbevelingen"),
    "questions": QT_TRANSLATE_NOOP("ImportPreview", "stellingen"),
    "assessments": QT_TRANSLATE_NOOP("ImportPreview", "beoordelingen"),
    "paths": QT_TRANSLATE_NOOP("ImportPreview", "ontwikkelpaden"),
    "principles": QT_TRANSLATE_NOOP("ImportPreview", "leidende principes"),
    "proposals": QT_TRANSLATE_NOOP("ImportPreview", "voorstellen"),
    "rounds": QT_TRANSLATE_NOOP("ImportPreview", "stemrondes"),
    "ballots": QT_TRANSLATE_NOOP("ImportPreview", "stembrieven"),
}


class ImportPreview(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        report = plan.report
        self.setWindowTitle(self.tr("Excel importeren: {0}").format(report.file.name))
        layout = QVBoxLayout(self)
        changes = [
            (key, report.created.get(key, 0), report.updated.get(key, 0))
            for key in sorted(set(report.created) | set(report.updated))
            if report.created.get(key, 0) or report.updated.get(key, 0)
        ]
        if report.problems:
            summary = self.tr(
                "{0} probleem/problemen gevonden. Er wordt niets ingelezen tot ze opgelost zijn."
            ).format(len(report.problems))
        elif changes:
            summary = self.tr(
                "Dit wordt ingelezen, in één keer (er wordt eerst een reservekopie gemaakt):"
            )
        else:
            summary = self.tr("Deze werkmap verandert niets aan de workshop.")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.counts = QTableWidget(len(changes), 3, self)
        self.counts.setAccessibleName(self.tr("Wat nieuw en wat bijgewerkt wordt"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Soort"), self.tr("Nieuw"), self.tr("Bijgewerkt")]
        )
        for row, (key, created, updated) in enumerate(changes):
            self.counts.setItem(row, 0, QTableWidgetItem(self.tr(ENTITY_LABELS.get(key, key))))
            self.counts.setItem(row, 1, QTableWidgetItem(str(created)))
            self.counts.setItem(row, 2, QTableWidgetItem(str(updated)))
        self.counts.setVisible(bool(changes) and not report.problems)
        layout.addWidget(self.counts)

        self.problems = QTableWidget(len(report.problems), 3, self)
        self.problems.setAccessibleName(self.tr("Problemen per cel"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Blad"), self.tr("Cel"), self.tr("Wat er mis is")]
        )
        for row, problem in enumerate(report.problems):
            cells = (problem.sheet, problem.cell, shown(problem.message))
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text or ""))
        self.problems.setVisible(bool(report.problems))
        layout.addWidget(self.problems)
        for table in (self.counts, self.problems):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeColumnsToContents()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(
            self.tr("&Importeren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(plan.ok and bool(changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
