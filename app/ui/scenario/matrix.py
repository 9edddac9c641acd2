"""Matrix: the impact/effort matrix of a score round. Each fiche a bubble at its mean
on two criteria the facilitator chooses (x and y), sized by its net cost over the
planning period; the middle of the score scale splits the plane into four quadrants
whose labels the facilitator may rename ("quick wins", "grote projecten" …).

The choices are the workshop's (services.matrix settings): the projector and the
keuzenota show the same round, axes and labels, and every choice is one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import ChangeSet
from app.services import matrix as matrices
from app.ui.base.controller import WorkshopController
from app.ui.base.view import View
from app.ui.scenario.matrix_chart import ENTITIES as MATRIX_ENTITIES
from app.ui.scenario.matrix_chart import (
    MAX_SIZE,
    MIN_SIZE,
    MatrixChart,
    default_labels,
    shown_labels,
)


class MatrixView(View):
    key = "matrix"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.shown: matrices.Shown | None = None
        self.round = QComboBox(self)
        self.round.setAccessibleName(self.tr("Scoreronde"))
        self.x_axis = QComboBox(self)
        self.x_axis.setAccessibleName(self.tr("Criterium op de horizontale as"))
        self.y_axis = QComboBox(self)
        self.y_axis.setAccessibleName(self.tr("Criterium op de verticale as"))
        # Quadrant labels: top left, top right, bottom left, bottom right.
        self.labels = [QLineEdit(text, self) for text in default_labels()]
        names = (
            self.tr("Kwadrant linksboven"),
            self.tr("Kwadrant rechtsboven"),
            self.tr("Kwadrant linksonder"),
            self.tr("Kwadrant rechtsonder"),
        )
        for edit, name in zip(self.labels, names, strict=True):
            edit.setAccessibleName(name)
            edit.setMaxLength(matrices.MAX_LABEL)
            edit.textChanged.connect(self._draw)  # a preview while typing
            edit.editingFinished.connect(self._save_labels)  # one undo step per label
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.plot = MatrixChart(self)
        self.plot.setAccessibleName(self.tr("Impact/inspanning-matrix"))
        self.project = QPushButton(self.tr("Op het p&rojectiescherm"), self)
        self.project.clicked.connect(self.show_on_projector)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ronde:"), self))
        top.addWidget(self.round, 2)
        top.addWidget(QLabel(self.tr("Horizontaal:"), self))
        top.addWidget(self.x_axis, 1)
        top.addWidget(QLabel(self.tr("Verticaal:"), self))
        top.addWidget(self.y_axis, 1)
        top.addWidget(self.project)
        grid = QGridLayout()
        for n, edit in enumerate(self.labels):
            grid.addWidget(edit, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self.round.activated.connect(lambda _i: self._save(round_id=self.round.currentData()))
        self.x_axis.activated.connect(lambda _i: self._save(x_criterion=self.x_axis.currentText()))
        self.y_axis.activated.connect(lambda _i: self._save(y_criterion=self.y_axis.currentText()))
        self._load()

    def title(self) -> str:
        return self.tr("Matrix")

    # -- reading the workshop's matrix -------------------------------------------------

    def _load(self) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        self.shown = shown = matrices.shown(store, ws)
        for box in (self.round, self.x_axis, self.y_axis):
            box.blockSignals(True)
        self.round.clear()
        for r in matrices.score_rounds(store, ws):
            self.round.addItem(r.title, r.id)
        if shown.matrix is not None:
            self.round.setCurrentIndex(self.round.findData(shown.matrix.round.id))
        criteria = shown.matrix.criteria if shown.matrix else []
        for box, chosen in ((self.x_axis, shown.x), (self.y_axis, shown.y)):
            box.clear()
            box.addItems(criteria)
            box.setCurrentIndex(box.findText(chosen))
        for box in (self.round, self.x_axis, self.y_axis):
            box.blockSignals(False)
        for edit, text in zip(self.labels, shown_labels(shown), strict=True):
            if edit.text() != text:
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        self._draw()

    # -- the facilitator's choices: each one undo step --------------------------------

    def _save(self, **values: object) -> None:
        store, ws = self.controller.store, self.controller.workshop.id
        before = matrices.settings(store, ws)
        self.controller.perform(
            self.tr("Matrix instellen"),
            lambda: matrices.set_settings(store, ws, **values),
            undo=lambda _v: lambda: matrices.restore(store, before),
        )

    def _save_labels(self) -> None:
        texts = [edit.text().strip() for edit in self.labels]
        # The defaults are kept as "not set": they follow the window's language.
        stored = tuple(
            "" if text == default else text
            for text, default in zip(texts, default_labels(), strict=True)
        )
        if self.shown is not None and stored == self.shown.settings.labels:
            return
        self._save(labels=stored)

    def positions(self) -> list[tuple[str, float, float, float]]:
        """(code or title, x, y, bubble pixels) per fiche scored on both criteria."""
        m = self.shown.matrix if self.shown else None
        if m is None:
            return []
        bubbles = matrices.bubbles(m, self.x_axis.currentText(), self.y_axis.currentText())
        return [(b.label, b.x, b.y, MIN_SIZE + (MAX_SIZE - MIN_SIZE) * b.weight) for b in bubbles]

    def _draw(self) -> None:
        m = self.shown.matrix if self.shown else None
        labels = tuple(edit.text() for edit in self.labels)
        shown = self.plot.draw(
            m,
            self.x_axis.currentText(),
            self.y_axis.currentText(),
            labels,  # type: ignore[arg-type]
        )
        if m is None:
            self.note.setText(
                self.tr(
                    "Nog geen scoreronde met stemmen: de matrix toont de gemiddelden per criterium."
                )
            )
            return
        self.note.setText(
            self.tr(
                "{0} fiches · gemiddelde score per criterium van {1} tot {2} · bubbel: netto "
                "investering plus werking over de planningsperiode"
            ).format(len(shown), f"{m.low:g}", f"{m.high:g}")
        )

    def show_on_projector(self) -> None:
        from app.ui.scenario.matrix_projector import show_on_projector

        show_on_projector(self.window(), self.controller)

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*MATRIX_ENTITIES):
            self._load()
