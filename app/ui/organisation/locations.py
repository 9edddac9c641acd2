"""The locations where workshops take place, many of them in a deelgemeente."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain import records
from app.services import organisation, proposals
from app.ui.base.controller import WorkshopController
from app.ui.organisation.references import Reference, delete_with_references
from app.ui.organisation.usage import plural
from app.ui.widgets.tables.editor import RecordTableEditor
from app.ui.widgets.tables.model import Column


class LocationsEditor(RecordTableEditor):
    entity = organisation.locations
    watches = ("location",)

    NAME, ADDRESS, POSTCODE, DEELGEMEENTE = 0, 1, 2, 3

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.table.setAccessibleName(self.tr("Locaties"))
        widths = ((self.NAME, 420), (self.ADDRESS, 260), (self.POSTCODE, 90))
        for column, width in widths:
            self.table.setColumnWidth(column, width)

    def labels(self) -> dict[str, str]:
        return {
            "add": self.tr("Locatie toevoegen"),
            "edit": self.tr("Locatie wijzigen"),
            "delete": self.tr("Locatie verwijderen"),
            "move": self.tr("Locatie verplaatsen"),
        }

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Naam"), "name"),
            Column(self.tr("Adres"), "address"),
            Column(self.tr("Postcode"), "postcode"),
            Column(
                self.tr("Deelgemeente"),
                "deelgemeente",
                tooltip=self.tr("Leeg voor een locatie in de hoofdgemeente."),
            ),
        ]

    def load(self) -> Sequence[records.Location]:
        return organisation.locations.list(self.controller.store, self.workshop_id)

    def summary_text(self) -> str:
        places = self.model.records
        count = plural(len(places), self.tr("1 locatie"), self.tr("{0} locaties"))
        outside = sum(1 for p in places if p.in_deelgemeente)
        return self.tr("{0}, waarvan {1} in een deelgemeente.").format(count, outside)

    def new_values(self) -> dict[str, Any]:
        return {"name": self.tr("Nieuwe locatie")}

    def delete_records(self, places: Sequence[records.Location]) -> None:
        stack = self.controller.undo_stack
        stack.beginMacro(self.labels()["delete"])
        try:
            for place in places:
                delete_with_references(
                    self.controller,
                    organisation.locations,
                    place.id,
                    self.labels()["delete"],
                    lambda place_id=place.id: self._references(place_id),
                )
        finally:
            stack.endMacro()

    def _references(self, location_id: str) -> list[Reference]:
        """Sessions and proposals held there lose their location; undo gives it back."""
        store, ws = self.controller.store, self.workshop_id
        held = tuple(s.id for s in organisation.sessions.list(store, ws, location_id=location_id))
        planned = tuple(p.id for p in proposals.proposals.list(store, ws, location_id=location_id))
        return [
            Reference(organisation.sessions, "location_id", held),
            Reference(proposals.proposals, "location_id", planned),
        ]
