"""Rapporten › Huisstijl and Eigen teksten: the workshop's Word template, logo and
accent colour, and its own introduction and conclusion per report part.

Every change is one use case with an undo step; the previous value is the memento.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.errors import AtelierError
from app.domain.report_plan import TEXT_PARTS
from app.services import report_settings
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown

TEXT_PART_LABELS = {
    "all": QT_TRANSLATE_NOOP("HouseStyle", "Het rapport als geheel"),
    "method": QT_TRANSLATE_NOOP("HouseStyle", "Werkwijze"),
    "swot": QT_TRANSLATE_NOOP("HouseStyle", "SWOT-analyse"),
    "analysis": QT_TRANSLATE_NOOP("HouseStyle", "Positioneringsrozen"),
    "strategy": QT_TRANSLATE_NOOP("HouseStyle", "Confrontatiematrix en strategieën"),
    "paths": QT_TRANSLATE_NOOP("HouseStyle", "Ontwikkelpaden en leidende principes"),
    "ranking": QT_TRANSLATE_NOOP("HouseStyle", "Rangschikking van de stemrondes"),
    "fiches": QT_TRANSLATE_NOOP("HouseStyle", "Fiches"),
}
STYLE_HELP = QT_TRANSLATE_NOOP(
    "HouseStyle",
    "Het Word-rapport begint van het sjabloon van de gemeente: zijn stijlen, kop- en voettekst en logo. De PDF neemt het logo en de accentkleur over. Alles wordt in het werkbestand bewaard en reist mee naar een andere laptop.",  # noqa: E501
)
WORDS_HELP = QT_TRANSLATE_NOOP(
    "HouseStyle",
    "Een inleiding en een besluit per deel, in gewone alinea's (een lege regel tussen twee alinea's). Ze komen in de PDF en in het Word-document.",  # noqa: E501
)
_SAVE_AFTER_MS = 800  # typing pauses this long: the text is stored


class HouseStyleBox(QGroupBox):
    """The Word template, the logo and the accent colour of the workshop's reports."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Huisstijl"), parent)
        self.controller = controller
        help_label = QLabel(QCoreApplication.translate("HouseStyle", STYLE_HELP), self)
        help_label.setWordWrap(True)
        self.template_label = QLabel(self)
        self.template_button = QPushButton(self.tr("Word-&sjabloon kiezen…"), self)
        self.template_clear = QPushButton(self.tr("Geen sjabloon"), self)
        self.logo_label = QLabel(self)
        self.logo_button = QPushButton(self.tr("&Logo kiezen…"), self)
        self.logo_clear = QPushButton(self.tr("Geen logo"), self)
        self.accent_label = QLabel(self)
        self.accent_button = QPushButton(self.tr("&Accentkleur…"), self)
        self.accent_clear = QPushButton(self.tr("Standaardkleur"), self)
        form = QFormLayout()
        for label, text, buttons in (
            (
                self.tr("Sjabloon:"),
                self.template_label,
                (self.template_button, self.template_clear),
            ),
            (self.tr("Logo:"), self.logo_label, (self.logo_button, self.logo_clear)),
            (self.tr("Accentkleur:"), self.accent_label, (self.accent_button, self.accent_clear)),
        ):
            row = QHBoxLayout()
            row.addWidget(text, 1)
            for button in buttons:
                row.addWidget(button)
            form.addRow(label, row)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addLayout(form)
        self.template_button.clicked.connect(self.choose_template)
        self.template_clear.clicked.connect(
            lambda: self.change(self.tr("Sjabloon verwijderen"), template=None)
        )
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear.clicked.connect(lambda: self.change(self.tr("Logo verwijderen"), logo=None))
        self.accent_button.clicked.connect(self.choose_accent)
        self.accent_clear.clicked.connect(lambda: self.change(self.tr("Standaardkleur"), accent=""))
        self.refresh()

    def style(self):  # type: ignore[no-untyped-def]
        return report_settings.style(self.controller.store, self.controller.workshop.id)

    def refresh(self) -> None:
        s = self.style()
        none = self.tr("(geen)")
        self.template_label.setText(s.template_name or none)
        self.logo_label.setText(s.logo_name or none)
        self.accent_label.setText(s.accent or self.tr("Atelier-blauw"))
        if s.accent:
            self.accent_label.setStyleSheet(f"color: {s.accent}; font-weight: bold;")
        else:
            self.accent_label.setStyleSheet("")
        self.template_clear.setEnabled(s.template is not None)
        self.logo_clear.setEnabled(s.logo is not None)
        self.accent_clear.setEnabled(bool(s.accent))

    def change(self, label: str, **values: object) -> None:
        """One change of the style, undone by setting back what it replaces."""
        store, wid = self.controller.store, self.controller.workshop.id
        before = self.style()
        previous = {
            "template": {"template": before.template, "template_name": before.template_name},
            "logo": {"logo": before.logo, "logo_name": before.logo_name},
            "accent": {"accent": before.accent},
            "preset": {"preset": before.preset},
        }
        memento: dict[str, object] = {}
        for key in values:
            memento.update(previous.get(key, {}))
        self.controller.perform(
            label,
            lambda: report_settings.set_style(store, wid, **values),  # type: ignore[arg-type]
            lambda _value: lambda: report_settings.set_style(store, wid, **memento),  # type: ignore[arg-type]
        )
        self.refresh()

    def choose_template(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Word-sjabloon van de gemeente"),
                str(Path.home()),
                self.tr("Word-document of -sjabloon (*.docx *.dotx)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            data = report_settings.read_file(path)
        except AtelierError as exc:
            self.controller.failed.emit(shown(exc))
            return
        self.change(self.tr("Huisstijl kiezen"), template=data, template_name=path.name)

    def choose_logo(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Logo van de gemeente"),
                str(Path.home()),
                self.tr("Afbeelding (*.png *.jpg *.jpeg)"),
            )
            if not name:
                return
            path = Path(name)
        try:
            data = report_settings.read_file(path, report_settings.MAX_LOGO)
        except AtelierError as exc:
            self.controller.failed.emit(shown(exc))
            return
        self.change(self.tr("Logo kiezen"), logo=data, logo_name=path.name)

    def choose_accent(self, colour: str | None = None) -> None:
        if colour is None:
            start = QColor(self.style().accent or "#1D5C8C")
            chosen = QColorDialog.getColor(start, self, self.tr("Accentkleur van het rapport"))
            if not chosen.isValid():
                return
            colour = chosen.name()
        self.change(self.tr("Accentkleur kiezen"), accent=colour)


class OwnWordsBox(QGroupBox):
    """The workshop's own introduction and conclusion, per report part."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eigen teksten"), parent)
        self.controller = controller
        help_label = QLabel(QCoreApplication.translate("HouseStyle", WORDS_HELP), self)
        help_label.setWordWrap(True)
        self.part = QComboBox(self)
        self.part.setAccessibleName(self.tr("Deel van het rapport"))
        for key in TEXT_PARTS:
            self.part.addItem(QCoreApplication.translate("HouseStyle", TEXT_PART_LABELS[key]), key)
        self.intro = QPlainTextEdit(self)
        self.intro.setAccessibleName(self.tr("Inleiding"))
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setAccessibleName(self.tr("Besluit"))
        for edit in (self.intro, self.conclusion):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("D&eel:"), self.part)
        form.addRow(self.tr("&Inleiding:"), self.intro)
        form.addRow(self.tr("Be&sluit:"), self.conclusion)
        layout = QVBoxLayout(self)
        layout.addWidget(help_label)
        layout.addLayout(form)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(_SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        self.shown_part = str(self.part.currentData())
        self.part.currentIndexChanged.connect(self._part_changed)
        self.intro.textChanged.connect(self.timer.start)
        self.conclusion.textChanged.connect(self.timer.start)
        self.load()

    def load(self) -> None:
        texts = report_settings.texts(self.controller.store, self.controller.workshop.id)
        text = texts[self.shown_part]
        for edit, value in ((self.intro, text.intro), (self.conclusion, text.conclusion)):
            if edit.toPlainText().strip() != value:
                edit.blockSignals(True)
                edit.setPlainText(value)
                edit.blockSignals(False)

    def _part_changed(self) -> None:
        self.save()
        self.shown_part = str(self.part.currentData())
        self.load()

    def save(self) -> None:
        """Store what was typed for the part shown (one undo step per pause)."""
        self.timer.stop()
        store, wid, part = self.controller.store, self.controller.workshop.id, self.shown_part
        before = report_settings.texts(store, wid)[part]
        intro, conclusion = self.intro.toPlainText(), self.conclusion.toPlainText()
        if (intro.strip(), conclusion.strip()) == (before.intro, before.conclusion):
            return
        old_intro, old_conclusion = before.intro, before.conclusion
        self.controller.perform(
            self.tr("Eigen tekst"),
            lambda: report_settings.set_text(store, wid, part, intro, conclusion),
            lambda _value: (
                lambda: report_settings.set_text(store, wid, part, old_intro, old_conclusion)
            ),
        )

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.REPORT_TEXT) and not self.timer.isActive():
            self.load()
