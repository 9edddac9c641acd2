"""The sessions: the workshop days, each with a date and a location."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import records
from app.services import organisation, swot
from app.ui.base.controller import WorkshopController
from app.ui.organisation.references import Reference, delete_with_references
from app.ui.organisation.usage import plural, session_points
from app.ui.widgets.tables.delegates import Choice, ChoiceDelegate, DateDelegate
from app.ui.widgets.tables.editor import RecordTableEditor
from app.ui.widgets.tables.model import Column


def date_text(value: dt.date | None) -> str:
    """A workshop day as people say it: "di 12/03/2026" (the weekday in the UI language)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd dd/MM/yyyy")


class SessionsEditor(RecordTableEditor):
    entity = organisation.sessions
    watches = ("session", "location", "swot_item")

    TITLE, DATE, LOCATION, POINTS = 0, 1, 2, 3

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        self._locations: dict[str, records.Location] = {}
        self._points: Counter[str | None] = Counter()
        super().__init__(controller, parent)
        self.table.setAccessibleName(self.tr("Sessies"))
        self.table.setItemDelegateForColumn(self.DATE, DateDelegate(self))
        self.table.setItemDelegateForColumn(
            self.LOCATION, ChoiceDelegate(self.location_choices, self)
        )
        widths = ((self.TITLE, 360), (self.DATE, 150), (self.LOCATION, 380))
        for column, width in widths:
            self.table.setColumnWidth(column, width)

    def labels(self) -> dict[str, str]:
        return {
            "add": self.tr("Sessie toevoegen"),
            "edit": self.tr("Sessie wijzigen"),
            "delete": self.tr("Sessie verwijderen"),
            "move": self.tr("Sessie verplaatsen"),
        }

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Titel"), "title"),
            Column(
                self.tr("Datum"),
                "date",
                text=lambda s: date_text(s.date),
                value=lambda s: s.date.isoformat() if s.date else "",
                empty_text=self.tr("(geen datum)"),
            ),
            Column(
                self.tr("Locatie"),
                "location_id",
                text=self._location_name,
                empty_text=self.tr("(geen locatie)"),
            ),
            Column(
                self.tr("SWOT-punten"),
                text=lambda s: str(self._points[s.id]),
                numeric=True,
            ),
        ]

    def _location_name(self, session: records.Session) -> str:
        place = self._locations.get(session.location_id or "")
        return location_label(place) if place else ""

    def location_choices(self) -> list[Choice]:
        return [
            Choice(self.tr("(geen locatie)"), None),
            *(Choice(location_label(p), p.id) for p in self._locations.values()),
        ]

    def load(self) -> Sequence[records.Session]:
        store, ws = self.controller.store, self.workshop_id
        self._locations = {p.id: p for p in organisation.locations.list(store, ws)}
        self._points = session_points(self.controller)
        return organisation.sessions.list(store, ws)

    def summary_text(self) -> str:
        days = self.model.records
        count = plural(len(days), self.tr("1 sessie"), self.tr("{0} sessies"))
        return self.tr("{0}. Kies de huidige sessie met Ctrl+D.").format(count)

    def new_values(self) -> dict[str, Any]:
        return {"title": self.tr("Nieuwe sessie")}

    def delete_records(self, days: Sequence[records.Session]) -> None:
        points = session_points(self.controller)
        captured = sum(points[d.id] for d in days)
        if captured:
            answer = QMessageBox.question(
                self,
                self.labels()["delete"],
                self.tr(
                    "Hier werden {0} genoteerd. Die blijven bestaan, maar zonder sessie. "
                    "Ongedaan maken (Ctrl+Z) zet de sessie terug bij de punten. Toch verwijderen?"
                ).format(plural(captured, self.tr("1 SWOT-punt"), self.tr("{0} SWOT-punten"))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        stack = self.controller.undo_stack
        stack.beginMacro(self.labels()["delete"])
        try:
            for day in days:
                delete_with_references(
                    self.controller,
                    organisation.sessions,
                    day.id,
                    self.labels()["delete"],
                    lambda day_id=day.id: self._references(day_id),
                )
                if self.controller.current_session_id == day.id:
                    self.controller.set_session(None)
        finally:
            stack.endMacro()

    def _references(self, session_id: str) -> list[Reference]:
        store, ws = self.controller.store, self.workshop_id
        points = tuple(
            p.id
            for p in swot.list_items(store, ws, include_absorbed=True)
            if p.session_id == session_id
        )
        return [Reference(swot.items, "session_id", points)]


def location_label(place: records.Location) -> str:
    if place.deelgemeente:
        return f"{place.name} ({place.deelgemeente})"
    return place.name
