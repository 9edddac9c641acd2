"""The participants: anonymous by default (a name is optional), each in a cluster."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import records
from app.services import organisation
from app.ui.base.controller import WorkshopController
from app.ui.organisation.usage import own_answers, plural
from app.ui.widgets.swatches import swatch
from app.ui.widgets.tables.delegates import Choice, ChoiceDelegate
from app.ui.widgets.tables.editor import RecordTableEditor
from app.ui.widgets.tables.model import Column


class ParticipantsEditor(RecordTableEditor):
    entity = organisation.participants
    watches = ("participant", "cluster", "workshop")

    NAME, CLUSTER, ROLE, EMAIL = 0, 1, 2, 3

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        self._clusters: dict[str, records.Cluster] = {}
        super().__init__(controller, parent)
        self.table.setAccessibleName(self.tr("Deelnemers"))
        self.table.setItemDelegateForColumn(
            self.CLUSTER, ChoiceDelegate(self.cluster_choices, self)
        )
        for column, width in ((self.NAME, 260), (self.CLUSTER, 260), (self.ROLE, 220)):
            self.table.setColumnWidth(column, width)

    def labels(self) -> dict[str, str]:
        return {
            "add": self.tr("Deelnemer toevoegen"),
            "edit": self.tr("Deelnemer wijzigen"),
            "delete": self.tr("Deelnemer verwijderen"),
            "move": self.tr("Deelnemer verplaatsen"),
        }

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Naam"),
                "name",
                empty_text=self.tr("(anoniem)"),
                tooltip=self.tr("Optioneel: deelnemers zijn anoniem tenzij u een naam invult."),
            ),
            Column(
                self.tr("Cluster"),
                "cluster_id",
                text=self._cluster_name,
                icon=self._cluster_icon,
                empty_text=self.tr("(geen cluster)"),
            ),
            Column(self.tr("Rol"), "role"),
            Column(
                self.tr("E-mail"),
                "email",
                tooltip=self.tr("Optioneel; komt nooit op de telefoons of in rapporten."),
            ),
        ]

    def _cluster_name(self, person: records.Participant) -> str:
        cluster = self._clusters.get(person.cluster_id or "")
        return cluster.name if cluster else ""

    def _cluster_icon(self, person: records.Participant) -> Any:
        cluster = self._clusters.get(person.cluster_id or "")
        return swatch(cluster.color) if cluster else None

    def cluster_choices(self) -> list[Choice]:
        return [
            Choice(self.tr("(geen cluster)"), None),
            *(Choice(c.name, c.id, swatch(c.color)) for c in self._clusters.values()),
        ]

    def load(self) -> Sequence[records.Participant]:
        store, ws = self.controller.store, self.workshop_id
        self._clusters = {c.id: c for c in organisation.clusters.list(store, ws)}
        return organisation.participants.list(store, ws)

    def summary_text(self) -> str:
        people = self.model.records
        anonymous = sum(1 for p in people if not p.name)
        count = plural(len(people), self.tr("1 deelnemer"), self.tr("{0} deelnemers"))
        if self.controller.workshop.show_names:
            names = self.tr("Namen mogen in rapporten.")
        else:
            names = self.tr("Namen komen niet in rapporten.")
        return self.tr("{0}, waarvan {1} anoniem. {2}").format(count, anonymous, names)

    def new_values(self) -> dict[str, Any]:
        # Lists are typed per cluster: a new person joins the cluster of the row above.
        current = self.current_record()
        cluster_id = current.cluster_id if current else self.controller.current_cluster_id
        return {"name": None, "cluster_id": cluster_id, "role": ""}

    def delete_records(self, people: Sequence[records.Participant]) -> None:
        # Deleting a participant would delete their own answers too, beyond undo's reach.
        own = own_answers(self.controller)
        answered = [p for p in people if own[p.id]]
        if answered:
            names = ", ".join(p.name or self.tr("(anoniem)") for p in answered)
            QMessageBox.information(
                self,
                self.tr("Deelnemer verwijderen"),
                self.tr(
                    "Niet verwijderd: {0} vulde de vragenlijst zelf in. Die antwoorden "
                    "zouden mee verdwijnen; verwijder ze eerst."
                ).format(names),
            )
            return
        super().delete_records(people)
