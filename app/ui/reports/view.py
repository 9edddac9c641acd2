"""Rapporten: the report (PDF, Word, print) with the workshop's house style and own
words, and Excel in and out.

All of it runs off the GUI thread with progress and cancel (app/ui/widgets/tasks.py): a
1,000-fiche report takes a while and the facilitator keeps working meanwhile.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.errors import AtelierError
from app.domain.merge import MergeReport
from app.exchange.export import export_workbook, write_template
from app.exchange.importer import ImportPlan, apply_plan, plan_import
from app.reports.build import build_report
from app.services import organisation, report_settings
from app.services.merge import Sources, merge_stores, read_sources
from app.ui.base import shortcuts
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.base.texts import QT_TRANSLATE_NOOP
from app.ui.base.view import View
from app.ui.reports.house_style import HouseStyleBox, OwnWordsBox
from app.ui.reports.import_preview import ImportPreview
from app.ui.reports.merge_preview import MergePreview
from app.ui.reports.printing import ReportPreview, paint_pdf
from app.ui.widgets.tasks import BackgroundTask

PARTS = [
    ("all", QT_TRANSLATE_NOOP("ReportsView", "Volledig rapport")),
    ("swot", QT_TRANSLATE_NOOP("ReportsView", "SWOT per cluster en organisatiebreed")),
    ("analysis", QT_TRANSLATE_NOOP("ReportsView", "Zelfevaluatie en positioneringsrozen")),
    ("strategy", QT_TRANSLATE_NOOP("ReportsView", "Confrontatiematrix en strategieën")),
    ("paths", QT_TRANSLATE_NOOP("ReportsView", "Ontwikkelpaden en leidende principes")),
    ("ranking", QT_TRANSLATE_NOOP("ReportsView", "Uitslagen van de stemrondes")),
    ("fiches", QT_TRANSLATE_NOOP("ReportsView", "Fiches van de voorstellen")),
    (
        "goals",
        QT_TRANSLATE_NOOP("ReportsView", "Doelen: beleidsdoelstellingen, actieplannen, acties"),
    ),
]

# The documents a municipality hands over (app/domain/report_plan.py PRESETS).
PRESETS = [
    ("volledig", QT_TRANSLATE_NOOP("ReportsView", "Volledig rapport")),
    ("extern", QT_TRANSLATE_NOOP("ReportsView", "Externe analyse")),
    ("zelfevaluatie", QT_TRANSLATE_NOOP("ReportsView", "Zelfevaluatie")),
    ("intern", QT_TRANSLATE_NOOP("ReportsView", "Interne analyse")),
    ("keuzenota", QT_TRANSLATE_NOOP("ReportsView", "Keuzenota (fiches en rangschikking)")),
    ("doelen", QT_TRANSLATE_NOOP("ReportsView", "Doelen (beleidsdoelstellingen en acties)")),
]

# Marked for the translation tools; translated where shown (self.tr).
EXCEL_HELP = QT_TRANSLATE_NOOP(
    "ReportsView",
    "Bereid clusters, deelnemers, locaties, sessies, voorstellen en SWOT-punten voor in Excel, of lees de lijsten in die u al bijhoudt. U ziet eerst wat er nieuw is en wat bijgewerkt wordt; pas daarna wordt alles in één keer ingelezen.",  # noqa: E501
)

MERGE_HELP = QT_TRANSLATE_NOOP(
    "ReportsView",
    "Werden dagen of locaties op andere laptops gevat? Voeg hun werkbestanden (.atelier) hier samen. Wat op beide gewijzigd werd, krijgt de laatste wijziging; wat ergens verwijderd werd, verdwijnt ook hier. U ziet eerst wat er verandert; de andere bestanden blijven ongewijzigd.",  # noqa: E501
)

shortcuts.add(
    "report_pdf", "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "Rapport als PDF bewaren")
)
shortcuts.add("report_print", "Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Rapport afdrukken"))
shortcuts.add("excel_import", "Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Excel-werkmap importeren"))


class ReportsView(View):
    key = "reports"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.task: BackgroundTask | None = None
        self.last_file: Path | None = None

        self.preset = QComboBox(self)
        self.preset.setAccessibleName(self.tr("Document"))
        for key, label in PRESETS:
            self.preset.addItem(self.tr(label), key)
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("Deel van het rapport"))
        for key, label in PARTS:
            self.part.addItem(self.tr(label), key)
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Cluster"))
        self.pdf_button = QPushButton(self.tr("PDF &bewaren…"), self)
        self.word_button = QPushButton(self.tr("&Word bewaren…"), self)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        report_box = QGroupBox(self.tr("Rapport"), self)
        form = QFormLayout(report_box)
        form.addRow(self.tr("D&ocument:"), self.preset)
        form.addRow(self.tr("&Deel:"), self.part)
        form.addRow(self.tr("C&luster:"), self.cluster)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.word_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        form.addRow(row)

        self.export_button = QPushButton(self.tr("Hele workshop naar &Excel…"), self)
        self.template_button = QPushButton(self.tr("Leeg &sjabloon…"), self)
        self.import_button = QPushButton(self.tr("Excel &importeren…"), self)
        excel_box = QGroupBox(self.tr("Excel"), self)
        excel_layout = QVBoxLayout(excel_box)
        explanation = QLabel(
            self.tr(EXCEL_HELP),
            self,
        )
        explanation.setWordWrap(True)
        excel_layout.addWidget(explanation)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.template_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        excel_layout.addLayout(buttons)

        self.merge_button = QPushButton(self.tr("Werkbestanden &samenvoegen…"), self)
        merge_box = QGroupBox(self.tr("Werkbestanden van andere laptops"), self)
        merge_layout = QVBoxLayout(merge_box)
        merge_explanation = QLabel(self.tr(MERGE_HELP), self)
        merge_explanation.setWordWrap(True)
        merge_layout.addWidget(merge_explanation)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addStretch(1)
        merge_layout.addLayout(merge_row)

        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Openen"), self)
        self.open_button.setVisible(False)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_button)

        self.house_style = HouseStyleBox(controller, self)
        self.own_words = OwnWordsBox(controller, self)
        top = QHBoxLayout()
        top.addWidget(report_box, 1)
        top.addWidget(self.house_style, 1)

        # The view grows with the house style and own words: it scrolls on a small screen.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.own_words)
        layout.addWidget(excel_box)
        layout.addWidget(merge_box)
        layout.addLayout(result_row)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.title())  # Tab stops here: a screen reader names it
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.pdf_button.clicked.connect(self.save_pdf)
        self.word_button.clicked.connect(self.save_word)
        remembered = self.house_style.style().preset
        self.preset.setCurrentIndex(max(0, self.preset.findData(remembered)))
        self.preset.currentIndexChanged.connect(self._remember_preset)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_excel)
        self.template_button.clicked.connect(self.save_template)
        self.import_button.clicked.connect(self.import_excel)
        self.merge_button.clicked.connect(self.merge_files)
        self.open_button.clicked.connect(self._open_last)
        for name, slot in (
            ("report_pdf", self.save_pdf),
            ("report_print", self.print_report),
            ("excel_import", self.import_excel),
        ):
            QShortcut(QKeySequence(shortcuts.SHORTCUTS[name].key), self, slot)
        self._fill_clusters()

    def activate(self) -> None:
        self.part.setFocus()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.CLUSTER):
            self._fill_clusters()
        if changes.touches(Entity.REPORT_STYLE):
            self.house_style.refresh()
            preset = self.house_style.style().preset
            if preset != self.preset.currentData():
                self.preset.blockSignals(True)
                self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
                self.preset.blockSignals(False)
        self.own_words.on_changed(changes)

    def _remember_preset(self) -> None:
        """The document chosen is remembered per workshop (no undo step: a choice, not data)."""
        store, wid, preset = (
            self.controller.store,
            self.controller.workshop.id,
            self.preset.currentData(),
        )
        self.controller.apply(lambda: report_settings.set_style(store, wid, preset=preset))

    def _fill_clusters(self) -> None:
        current = self.cluster.currentData()
        self.cluster.clear()
        self.cluster.addItem(self.tr("Alle clusters"), None)
        for c in organisation.clusters.list(self.controller.store, self.controller.workshop.id):
            self.cluster.addItem(c.name, c.name)
        self.cluster.setCurrentIndex(max(0, self.cluster.findData(current)))

    # -- running work off the GUI thread ---------------------------------------------------

    def _run(
        self,
        label: str,
        work: Callable[..., Any],
        done: Callable[[Any], None],
        cleanup: Callable[[], None] | None = None,
    ) -> BackgroundTask:
        """Start ``work`` in a worker thread; ``cleanup`` runs when it ends either way."""
        self.task = BackgroundTask(label, work, self)
        if cleanup is not None:
            self.task.done.connect(lambda _result: cleanup())
            self.task.error.connect(lambda _exc: cleanup())
        self.task.done.connect(done)
        self.task.error.connect(self._failed)
        self.task.start()
        return self.task

    def _failed(self, exc: object) -> None:
        if isinstance(exc, AtelierError):
            message = shown(exc) or self.tr("Geannuleerd: er is niets geschreven.")
        else:
            message = self.tr("Onverwachte fout: {0}").format(exc)
        self.result.setText(message)
        self.open_button.setVisible(False)
        self.controller.failed.emit(message)

    def _finished(self, path: Path, text: str) -> None:
        self.last_file = path
        self.result.setText(text)
        self.open_button.setVisible(True)

    def _open_last(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))

    def _ask_path(self, title: str, suggestion: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggestion), pattern)
        return Path(name) if name else None

    # -- the report ----------------------------------------------------------------------

    def _report_work(self, out: Path) -> Callable[..., Path]:
        self.own_words.save()  # what was just typed goes into the report
        store, part, cluster, preset = (
            self.controller.store,
            self.part.currentData(),
            self.cluster.currentData(),
            self.preset.currentData(),
        )
        return lambda progress, cancelled: build_report(
            store, out, part, cluster, progress, cancelled, preset_name=preset
        )

    def save_word(self, out: Path | None = None) -> BackgroundTask | None:
        """The report as a Word document, in the workshop's house style when it has one."""
        out = out or self._ask_path(
            self.tr("Rapport als Word-document bewaren"),
            "rapport.docx",
            self.tr("Word-document (*.docx)"),
        )
        if out is None:
            return None
        return self._run(
            self.tr("Word-document maken…"),
            self._report_work(out),
            lambda path: self._finished(path, self.tr("Word-document bewaard: {0}").format(path)),
        )

    def save_pdf(self, out: Path | None = None) -> BackgroundTask | None:
        out = out or self._ask_path(
            self.tr("Rapport bewaren"), "rapport.pdf", self.tr("PDF (*.pdf)")
        )
        if out is None:
            return None
        return self._run(
            self.tr("Rapport maken…"),
            self._report_work(out),
            lambda path: self._finished(path, self.tr("Rapport bewaard: {0}").format(path)),
        )

    def print_report(self) -> BackgroundTask:
        """Make the PDF in a temporary folder, preview it, print it; the folder goes
        when the preview is closed or the print has ended."""
        folder = Path(tempfile.mkdtemp(prefix="atelier-"))
        task = self._run(
            self.tr("Rapport voorbereiden…"),
            self._report_work(folder / "rapport.pdf"),
            lambda path: self._preview(path, folder),
        )
        task.error.connect(lambda _exc: _remove(folder))
        return task

    def preview_dialog(self, pdf: Path) -> ReportPreview:
        return ReportPreview(pdf, self)

    def _preview(self, pdf: Path, folder: Path) -> None:
        dialog = self.preview_dialog(pdf)
        printer = dialog.ask_printer()
        dialog.deleteLater()
        if printer is None:
            _remove(folder)
            return
        self._run(
            self.tr("Rapport afdrukken…"),
            lambda progress, cancelled: paint_pdf(printer, pdf, progress, cancelled),
            self._printed,
            cleanup=lambda: _remove(folder),
        )

    def _printed(self, pages: int) -> None:
        self.result.setText(
            self.tr("Rapport naar de printer gestuurd: {0} pagina's.").format(pages)
        )
        self.open_button.setVisible(False)

    # -- Excel ---------------------------------------------------------------------------

    def export_excel(self, out: Path | None = None) -> BackgroundTask | None:
        out = out or self._ask_path(
            self.tr("Naar Excel"), "workshop.xlsx", self.tr("Excel (*.xlsx)")
        )
        if out is None:
            return None
        store = self.controller.store
        return self._run(
            self.tr("Werkmap schrijven…"),
            lambda progress, cancelled: (export_workbook(store, out, progress, cancelled), out)[1],
            lambda path: self._finished(path, self.tr("Werkmap bewaard: {0}").format(path)),
        )

    def save_template(self, out: Path | None = None) -> None:
        out = out or self._ask_path(
            self.tr("Leeg sjabloon"), "sjabloon.xlsx", self.tr("Excel (*.xlsx)")
        )
        if out is None:
            return
        try:
            write_template(out)
        except (AtelierError, OSError) as exc:
            self._failed(exc if isinstance(exc, AtelierError) else AtelierError(shown(exc)))
            return
        self._finished(out, self.tr("Sjabloon bewaard: {0}").format(out))

    def import_excel(
        self, path: Path | None = None, include_hidden: bool = False
    ) -> BackgroundTask | None:
        """Plan, preview, apply. Sheets Excel hides are left out unless the user, told
        of them in the preview, asks for them (which plans again)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Excel importeren"), str(Path.home()), self.tr("Excel (*.xlsx)")
            )
            if not name:
                return None
            path = Path(name)
        store = self.controller.store
        return self._run(
            self.tr("Werkmap lezen…"),
            lambda progress, cancelled: plan_import(
                store, path, progress, cancelled, include_hidden
            ),
            self._show_plan,
        )

    def preview(self, plan: ImportPlan) -> ImportPreview:
        return ImportPreview(plan, self)

    def _show_plan(self, plan: ImportPlan) -> None:
        dialog = self.preview(plan)
        result = dialog.exec()
        if result == ImportPreview.REPLAN:
            self.import_excel(plan.report.file, dialog.include_hidden)
            return
        if result != ImportPreview.DialogCode.Accepted:
            self.result.setText(self.tr("Import geannuleerd: er is niets veranderd."))
            return
        self.apply(plan)

    def apply(self, plan: ImportPlan) -> BackgroundTask:
        store = self.controller.store

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            # An import is one transaction and cannot be undone step by step: keep a copy.
            store.backup("voor-import")
            return apply_plan(store, plan, progress, cancelled)

        return self._run(self.tr("Werkmap inlezen…"), work, self._imported)

    def _imported(self, report: Any) -> None:
        if not report.ok:
            first = report.problems[0]
            self._failed(AtelierError(self.tr("Niets ingelezen: {0}").format(shown(first.message))))
            return
        self.controller.refresh(report.changes)
        created = sum(report.created.values())
        updated = sum(report.updated.values())
        self.result.setText(
            self.tr("Ingelezen uit {0}: {1} nieuw, {2} bijgewerkt.").format(
                report.file.name, created, updated
            )
        )
        self.open_button.setVisible(False)

    # -- merging workshop files from other laptops -----------------------------------------

    def merge_files(self, paths: list[Path] | None = None) -> BackgroundTask | None:
        """Count first (a dry run, off the GUI thread), show it, then merge."""
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Werkbestanden samenvoegen"),
                str(Path.home()),
                self.tr("Atelier-werkbestanden (*.atelier)"),
            )
            if not names:
                return None
            paths = [Path(n) for n in names]
        store = self.controller.store

        def compare(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            # Read once: the merge after the preview uses the same rows.
            sources = read_sources(store, paths)
            report = merge_stores(
                store, sources, dry_run=True, progress=progress, cancelled=cancelled
            )
            return report, sources

        return self._run(
            self.tr("Werkbestanden vergelijken…"),
            compare,
            lambda result: self._show_merge(*result),
        )

    def merge_preview(self, report: MergeReport) -> MergePreview:
        return MergePreview(report, self)

    def _show_merge(self, report: MergeReport, sources: Sources) -> None:
        dialog = self.merge_preview(report)
        accepted = dialog.exec() == MergePreview.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            self.result.setText(self.tr("Samenvoegen geannuleerd: er is niets veranderd."))
            self.open_button.setVisible(False)
            return
        store = self.controller.store
        self._run(
            self.tr("Werkbestanden samenvoegen…"),
            lambda progress, cancelled: merge_stores(
                store, sources, progress=progress, cancelled=cancelled
            ),
            self._merged,
        )

    def _merged(self, report: MergeReport) -> None:
        # One transaction outside the undo stack (a backup was made): views reload.
        self.controller.refresh(report.changes)
        self.result.setText(
            self.tr(
                "Samengevoegd uit {0} bestand(en): {1} nieuw, {2} bijgewerkt, {3} verwijderd."
            ).format(
                len(report.sources),
                sum(report.created.values()),
                sum(report.updated.values()),
                sum(report.deleted.values()),
            )
        )
        self.open_button.setVisible(False)


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
