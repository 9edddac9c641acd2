"""The clusters: name, colour, the reference cluster (the management team), and what
hangs on each. Deleting one follows organisation.delete_cluster's rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import records
from app.services import organisation
from app.services.outcome import Outcome
from app.ui.base.controller import WorkshopController
from app.ui.organisation.usage import Usage, plural, usage
from app.ui.widgets.swatches import swatch
from app.ui.widgets.tables.delegates import ColorDelegate
from app.ui.widgets.tables.editor import RecordTableEditor
from app.ui.widgets.tables.model import Column


class ClustersEditor(RecordTableEditor):
    entity = organisation.clusters
    watches = (
        "cluster",
        "participant",
        "swot_item",
        "recommendation",
        "statement_score",
        "area_rating",
    )

    COLOR, NAME, REFERENCE = 0, 1, 2
    type_column = NAME

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        self._usage = Usage()
        self._colors = ColorDelegate()
        super().__init__(controller, parent)
        self._colors.setParent(self)
        self.table.setAccessibleName(self.tr("Clusters"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(self.COLOR, self._colors)
        for column, width in ((self.COLOR, 150), (self.NAME, 340), (self.REFERENCE, 110)):
            self.table.setColumnWidth(column, width)
        for column in range(self.REFERENCE + 1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)

    def labels(self) -> dict[str, str]:
        return {
            "add": self.tr("Cluster toevoegen"),
            "edit": self.tr("Cluster wijzigen"),
            "delete": self.tr("Cluster verwijderen"),
            "move": self.tr("Cluster verplaatsen"),
        }

    def columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Kleur"),
                "color",
                text=lambda c: self._colors.label(c.color),
                icon=lambda c: swatch(c.color),
                tooltip=self.tr(
                    "Zo herkent u de punten van de cluster op het bord en in grafieken."
                ),
            ),
            Column(self.tr("Naam"), "name"),
            Column(
                self.tr("Referentie"),
                "is_reference",
                check=True,
                tooltip=self.tr(
                    "De referentiecluster (meestal het managementteam): de positioneringsroos "
                    "zet elke cluster naast haar. Er is er hoogstens één."
                ),
            ),
            Column(
                self.tr("Deelnemers"),
                text=lambda c: str(self._usage.participants[c.id]),
                numeric=True,
            ),
            Column(
                self.tr("SWOT-punten"),
                text=lambda c: str(self._usage.points[c.id]),
                numeric=True,
            ),
            Column(
                self.tr("Aanbevelingen"),
                text=lambda c: str(self._usage.recommendations[c.id]),
                numeric=True,
            ),
            Column(
                self.tr("Vragenlijst"),
                text=lambda c: str(self._usage.answers[c.id]),
                numeric=True,
                tooltip=self.tr(
                    "Antwoorden op de vragenlijst: scores op stellingen en beoordelingen van "
                    "domeinen. Een cluster met antwoorden kan niet verwijderd worden."
                ),
            ),
        ]

    def load(self) -> Sequence[records.Cluster]:
        self._usage = usage(self.controller)
        return organisation.clusters.list(self.controller.store, self.workshop_id)

    def summary_text(self) -> str:
        reference = next((c for c in self.model.records if c.is_reference), None)
        if reference is None:
            return self.tr("Geen referentiecluster: vink er een aan om ze te vergelijken.")
        return self.tr("Referentiecluster: {0}").format(reference.name)

    def new_values(self) -> dict[str, Any]:
        taken = {c.name.casefold() for c in self.model.records}
        base = self.tr("Nieuwe cluster")
        name, number = base, 2
        while name.casefold() in taken:
            name, number = f"{base} {number}", number + 1
        return {"name": name}

    # -- the reference role moves: undo gives it back to the cluster that had it ----------

    def commit(self, record: Any, field: str, value: Any) -> bool:
        if field != "is_reference":
            return super().commit(record, field, value)
        store = self.controller.store
        previous = organisation.reference_cluster(store, self.workshop_id)

        def undo(_rec: Any) -> Callable[[], Outcome[Any]]:
            def run() -> Outcome[Any]:
                if previous is not None and previous.id != record.id:
                    return organisation.clusters.update(store, previous.id, is_reference=True)
                return organisation.clusters.update(
                    store, record.id, is_reference=record.is_reference
                )

            return run

        done = self.controller.perform(
            self.tr("Referentiecluster kiezen") if value else self.tr("Referentiecluster wissen"),
            lambda: organisation.clusters.update(store, record.id, is_reference=bool(value)),
            undo=undo,
        )
        return done is not None

    # -- deleting -------------------------------------------------------------------------

    def delete_records(self, records_: Sequence[records.Cluster]) -> None:
        cluster = records_[0]
        figures = usage(self.controller)
        answers = figures.answers[cluster.id]
        if answers:
            self.explain_blocked(cluster, answers)
            return
        move_to: str | None = None
        points, recommendations = figures.points[cluster.id], figures.recommendations[cluster.id]
        if points or recommendations:
            others = [c for c in self.model.records if c.id != cluster.id]
            if not others:
                self.inform(
                    self.tr(
                        "Cluster ‘{0}’ heeft nog punten en er is geen andere cluster om ze naar "
                        "te verplaatsen. Maak eerst een andere cluster."
                    ).format(cluster.name)
                )
                return
            dialog = MovePointsDialog(cluster, others, points, recommendations, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            move_to = dialog.target()
        self.controller.delete_cluster(cluster.id, move_to)
        if self.controller.current_cluster_id == cluster.id:
            self.controller.set_cluster(None)

    def explain_blocked(self, cluster: records.Cluster, answers: int) -> None:
        self.inform(
            self.tr(
                "Cluster ‘{0}’ kan niet verwijderd worden: ze heeft {1}. Die antwoorden zijn "
                "de eigen kijk van deze cluster en kunnen niet naar een andere cluster "
                "verhuizen. Verwijder eerst die antwoorden."
            ).format(
                cluster.name,
                plural(
                    answers,
                    self.tr("1 antwoord op de vragenlijst"),
                    self.tr("{0} antwoorden op de vragenlijst"),
                ),
            )
        )

    def inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Cluster verwijderen"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("clusterNotDeleted")
        box.exec()


class MovePointsDialog(QDialog):
    """Asks where a deleted cluster's SWOT points and recommendations go."""

    def __init__(
        self,
        cluster: records.Cluster,
        others: Sequence[records.Cluster],
        points: int,
        recommendations: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("movePointsDialog")
        self.setWindowTitle(self.tr("Cluster verwijderen"))
        what = []
        if points:
            what.append(plural(points, self.tr("1 SWOT-punt"), self.tr("{0} SWOT-punten")))
        if recommendations:
            what.append(
                plural(recommendations, self.tr("1 aanbeveling"), self.tr("{0} aanbevelingen"))
            )
        self.explanation = explanation = QLabel(
            self.tr(
                "Cluster ‘{0}’ heeft {1}. Wat mensen zeiden gaat niet verloren: kies de "
                "cluster waar het naartoe gaat."
            ).format(cluster.name, self.tr(" en ").join(what)),
            self,
        )
        explanation.setWordWrap(True)
        self.target_box = QComboBox(self)
        for other in others:
            self.target_box.addItem(swatch(other.color), other.name, other.id)
        self.target_box.setAccessibleName(self.tr("Naar cluster"))
        note = QLabel(
            self.tr(
                "Deelnemers en voorstellen van deze cluster blijven bestaan, zonder cluster. "
                "Ongedaan maken (Ctrl+Z) zet alles terug."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("Verplaatsen en verwijderen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Naar cluster:"), self.target_box)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.ok_button.setDefault(True)
        self.target_box.setFocus()
        self.resize(460, self.sizeHint().height())

    def target(self) -> str:
        return str(self.target_box.currentData())
