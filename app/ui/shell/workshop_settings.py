"""Bestand > Workshop-instellingen…: title, organisation, planning period, description,
whether participants' names may appear in reports, the synonyms the search for
likely duplicates uses, the financial room per year, and the target groups of the
paths' impact (the paths view's own dialog).

There is no OK button that saves: each field is committed (one undo step) when the
facilitator leaves it, and whatever is still being typed is committed on closing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.services import target_groups, workshops
from app.ui.base.controller import WorkshopController


class _TextBox(QPlainTextEdit):
    """A multi-line field that says when the facilitator leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class WorkshopSettingsDialog(QDialog):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopSettings")
        self.controller = controller
        self.setWindowTitle(self.tr("Workshop-instellingen"))

        self.title_edit = QLineEdit(self)
        self.organisation_edit = QLineEdit(self)
        self.start_box = QSpinBox(self)
        self.end_box = QSpinBox(self)
        for box in (self.start_box, self.end_box):
            box.setRange(1901, 2199)
            box.setGroupSeparatorShown(False)
        self.start_box.setAccessibleName(self.tr("Planningsperiode: beginjaar"))
        self.end_box.setAccessibleName(self.tr("Planningsperiode: eindjaar"))
        self.description_edit = _TextBox(self)
        self.description_edit.setTabChangesFocus(True)  # Tab leaves the field, as elsewhere
        self.description_edit.setMinimumHeight(140)
        self.names_box = QCheckBox(self.tr("&Namen van deelnemers mogen in rapporten"), self)
        self.names_box.setToolTip(
            self.tr("Uit: rapporten tonen deelnemers anoniem, ook als hun naam bekend is.")
        )
        self.synonyms_edit = _TextBox(self)
        self.synonyms_edit.setTabChangesFocus(True)
        self.synonyms_edit.setMinimumHeight(120)
        self.synonyms_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.synonyms_edit.setAccessibleName(self.tr("Synoniemen voor mogelijke dubbels"))
        self.synonyms_edit.setToolTip(
            self.tr(
                "Eén groep per regel, woorden gescheiden door komma's, bv. "
                "'burger, inwoner, klant'. Mogelijke dubbels lezen ze als hetzelfde woord. "
                "Leegmaken zet de standaardlijst terug."
            )
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("settingsError")
        self.error_label.setStyleSheet("color: #B00020; font-weight: bold;")
        self.error_label.setWordWrap(True)

        period = QHBoxLayout()
        period.addWidget(self.start_box)
        until = QLabel(self.tr("tot en met"), self)
        period.addWidget(until)
        period.addWidget(self.end_box)
        period.addStretch(1)
        period_label = QLabel(self.tr("&Planningsperiode:"), self)
        period_label.setBuddy(self.start_box)
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Organisatie:"), self.organisation_edit)
        form.addRow(period_label, period)
        form.addRow(self.tr("&Beschrijving:"), self.description_edit)
        form.addRow("", self.names_box)
        form.addRow(self.tr("&Synoniemen:"), self.synonyms_edit)
        from app.ui.scenario.room_table import RoomTable  # the keuzenota's part

        self.room_table = RoomTable(controller, self)
        room_label = QLabel(self.tr("&Financiële ruimte:"), self)
        room_label.setBuddy(self.room_table)
        form.addRow(room_label, self.room_table)
        # The target groups of the paths' impact: the workshop's own list (seed 000's four).
        self.groups_label = QLabel(self)
        self.groups_label.setWordWrap(True)
        self.groups_button = QPushButton(self.tr("Doel&groepen wijzigen…"), self)
        self.groups_button.clicked.connect(self._edit_groups)
        groups_row = QHBoxLayout()
        groups_row.addWidget(self.groups_label, 1)
        groups_row.addWidget(self.groups_button)
        form.addRow(self.tr("Doelgroepen:"), groups_row)

        note = QLabel(
            self.tr(
                "Elke wijziging wordt bewaard zodra u een veld verlaat. Bewerken › Ongedaan "
                "maken (Ctrl+Z) in het hoofdvenster zet ze terug."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self.title_edit.editingFinished.connect(lambda: self.commit("title"))
        self.organisation_edit.editingFinished.connect(lambda: self.commit("organisation"))
        self.start_box.editingFinished.connect(lambda: self.commit("period_start", "period_end"))
        self.end_box.editingFinished.connect(lambda: self.commit("period_start", "period_end"))
        self.description_edit.left.connect(lambda: self.commit("description"))
        self.names_box.toggled.connect(lambda _on: self.commit("show_names"))
        self.synonyms_edit.left.connect(lambda: self.commit("synonyms"))
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._show_error)
        self.show_workshop()
        self._show_groups()
        self.resize(620, self.sizeHint().height())

    def _edit_groups(self) -> None:
        from app.ui.paths.target_groups import TargetGroupsDialog  # the paths' own dialog

        TargetGroupsDialog(self.controller, self).exec()
        self._show_groups()

    def _show_groups(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.groups_label.setText(", ".join(g.name for g in target_groups.list_groups(store, ws)))

    # -- showing ---------------------------------------------------------------------------

    def show_workshop(self) -> None:
        ws = self.controller.workshop
        widgets = (
            self.title_edit,
            self.organisation_edit,
            self.start_box,
            self.end_box,
            self.description_edit,
            self.names_box,
            self.synonyms_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.title_edit.setText(ws.title)
        self.organisation_edit.setText(ws.organisation)
        self.start_box.setValue(ws.period_start)
        self.end_box.setValue(ws.period_end)
        if self.description_edit.toPlainText() != ws.description:
            self.description_edit.setPlainText(ws.description)
        self.names_box.setChecked(ws.show_names)
        synonyms = _stored(ws, "synonyms")
        if self.synonyms_edit.toPlainText().strip() != synonyms.strip():
            self.synonyms_edit.setPlainText(synonyms)
        for widget in widgets:
            widget.blockSignals(False)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Entity.WORKSHOP):
            self.error_label.clear()
            self.show_workshop()
        if changes.touches(Entity.TARGET_GROUP):
            self._show_groups()

    def _show_error(self, message: str) -> None:
        if self.isVisible():
            self.error_label.setText(message)

    # -- committing ------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "organisation": self.organisation_edit.text(),
            "period_start": self.start_box.value(),
            "period_end": self.end_box.value(),
            "description": self.description_edit.toPlainText(),
            "show_names": self.names_box.isChecked(),
            "synonyms": self.synonyms_edit.toPlainText(),
        }

    def commit(self, *fields: str) -> Any:
        """Commit ``fields`` (all when none are named) that differ from the store."""
        before = self.controller.workshop
        typed = self.values()
        wanted = {
            key: typed[key]
            for key in (fields or tuple(typed))
            if _differs(typed[key], _stored(before, key))
        }
        if not wanted:
            return None
        old = {key: getattr(before, key) for key in wanted}
        store, ws = self.controller.store, before.id
        return self.controller.perform(
            self.tr("Workshop-instellingen wijzigen"),
            lambda: workshops.update_workshop(store, ws, **wanted),
            undo=lambda _rec: lambda: workshops.update_workshop(store, ws, **old),
        )

    def done(self, result: int) -> None:
        self.commit()  # what is still being typed counts too: there is no Save
        self.controller.changed.disconnect(self._on_changed)
        self.controller.changed.disconnect(self.room_table._on_changed)
        self.controller.failed.disconnect(self._show_error)
        super().done(result)


def _stored(workshop: Any, key: str) -> Any:
    value = getattr(workshop, key)
    if key == "synonyms" and value is None:
        from app.services import dutch_text  # not needed to open the window

        return dutch_text.DEFAULT_SYNONYMS  # what the field shows until the workshop has its own
    return value


def _differs(typed: Any, stored: Any) -> bool:
    if isinstance(typed, str):
        return typed.strip() != (stored or "").strip()
    return bool(typed != stored)


def open_settings(controller: WorkshopController, parent: QWidget | None = None) -> None:
    dialog = WorkshopSettingsDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
