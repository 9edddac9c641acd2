"""The Excel import preview: what will be created and updated, and every problem
per cell, before anything is written in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
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
    "proposal_actions": QT_TRANSLATE_NOOP("ImportPreview", "acties van voorstellen"),
    "proposal_resources": QT_TRANSLATE_NOOP("ImportPreview", "middelen per jaar"),
    "path_actions": QT_TRANSLATE_NOOP("ImportPreview", "acties van ontwikkelpaden"),
    "path_impacts": QT_TRANSLATE_NOOP("ImportPreview", "impact van ontwikkelpaden"),
    "options": QT_TRANSLATE_NOOP("ImportPreview", "opties van stemrondes"),
    "rounds": QT_TRANSLATE_NOOP("ImportPreview", "stemrondes"),
    "ballots": QT_TRANSLATE_NOOP("ImportPreview", "stembrieven"),
}


class ImportPreview(QDialog):
    # exec()'s result when the user changed whether hidden sheets are read: plan again.
    REPLAN = 2

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        report = plan.report
        self.include_hidden = plan.include_hidden
        self.plan_included_hidden = plan.include_hidden
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

        # Sheets Excel does not show: named, and the user decides whether they count.
        self.hidden = QLabel(self._hidden_text(plan), self)
        self.hidden.setWordWrap(True)
        self.hidden.setVisible(bool(report.hidden))
        layout.addWidget(self.hidden)
        self.read_hidden = QCheckBox(self.tr("Verborgen bladen ook inlezen"), self)
        self.read_hidden.setChecked(plan.include_hidden)
        self.read_hidden.setVisible(bool(report.hidden))
        self.read_hidden.toggled.connect(self._replan)
        layout.addWidget(self.read_hidden)

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

        # Nothing is left out without a word: every column (or sheet) not taken in.
        self.ignored_label = QLabel(
            self.tr("Niet ingelezen ({0}):").format(len(report.ignored)), self
        )
        self.ignored = QTableWidget(len(report.ignored), 3, self)
        self.ignored.setAccessibleName(self.tr("Kolommen en bladen die niet ingelezen worden"))
        self.ignored.setHorizontalHeaderLabels(
            [self.tr("Blad"), self.tr("Kolom"), self.tr("Waarom niet")]
        )
        for row, item in enumerate(report.ignored):
            column = item.column or self.tr("(heel het blad)")
            if item.cell:
                column = f"{column} ({item.cell})"
            for col, text in enumerate((item.sheet, column, shown(item.reason))):
                self.ignored.setItem(row, col, QTableWidgetItem(text))
        for widget in (self.ignored_label, self.ignored):
            widget.setVisible(bool(report.ignored))
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.ignored)
        for table in (self.counts, self.problems, self.ignored):
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
        self.resize(760, 560)

    def _hidden_text(self, plan: ImportPlan) -> str:
        names = ", ".join(
            f"'{h.sheet}'" + (self.tr(" (zeer verborgen)") if h.state == "very_hidden" else "")
            for h in plan.report.hidden
        )
        if plan.include_hidden:
            return self.tr(
                "Deze werkmap heeft verborgen bladen: {0}. Ze worden mee ingelezen."
            ).format(names)
        return self.tr(
            "Deze werkmap heeft verborgen bladen: {0}. Ze worden niet ingelezen, "
            "tenzij u dat hieronder aanvinkt."
        ).format(names)

    def _replan(self, checked: bool) -> None:
        self.include_hidden = checked
        self.done(self.REPLAN)
