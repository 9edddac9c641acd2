"""Likely duplicates beside the board (issue 17).

Top: the points most like the selected point, or like the text being typed in a
capture line, best first; Enter (or Alt+1…5 on the board) consolidates. Below: the
suggested groups for the synthesis, most clusters first, found off the GUI thread;
Enter accepts a group in one step. Every consolidation is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Quadrant
from app.services import duplicates
from app.services.duplicates import Candidate, SuggestedGroup
from app.ui.base.controller import WorkshopController
from app.ui.base.messages import shown
from app.ui.swot.data import BoardData
from app.ui.swot.similar_index import SimilarIndex
from app.ui.widgets.quadrants import label as quadrant_label
from app.ui.widgets.tasks import BackgroundTask

_DATA = Qt.ItemDataRole.UserRole
TOP = 5  # candidates shown for a point: one key each (Alt+1…5, 1…5 in the pass)
SHOWN_AT_MOST = 300  # groups: more than anyone works through in one sitting
MIN_TEXT = 4  # typed text shorter than this is no question yet


def percent(score: float) -> str:
    return f"{round(score * 100)} %"


class DuplicatesPanel(QWidget):
    passRequested = Signal()  # the "Consolidatieronde" button
    candidatesShown = Signal()  # the candidates of the subject were (re)listed

    def __init__(
        self,
        controller: WorkshopController,
        data: BoardData,
        index: SimilarIndex,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.data = data
        self.index = index
        self.task: BackgroundTask | None = None
        # What the candidates are for: ("item", id) or ("text", quadrant, text).
        self.subject: tuple[object, ...] | None = None
        self.candidates: list[Candidate] = []
        # The board sets it: capture the typed text and let candidate ``id`` absorb it.
        self.capture_into: Callable[[Quadrant, str, str], None] | None = None

        like = QLabel(self.tr("<b>Lijkt op</b>"), self)
        self.subject_label = QLabel(
            self.tr("Kies een punt of typ een nieuw punt: de meest gelijkende punten staan hier."),
            self,
        )
        self.subject_label.setWordWrap(True)
        self.similar = QListWidget(self)
        self.similar.setAccessibleName(self.tr("Punten die het meest lijken op het gekozen punt"))
        self.similar.setWordWrap(True)
        self.similar.setAlternatingRowColors(True)
        self.similar.setSpacing(2)
        self.similar.itemActivated.connect(
            lambda item: self.consolidate_with(self.similar.row(item) + 1)
        )
        keys = QLabel(
            self.tr(
                "Alt+1…5 of Enter voegt samen: het gekozen punt neemt de kandidaat op. "
                "Ctrl+Z maakt ongedaan."
            ),
            self,
        )
        keys.setWordWrap(True)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        groups = QLabel(self.tr("<b>Voorgestelde groepen</b>"), self)
        self.search_button = QPushButton(self.tr("Groepen zoeken"), self)
        self.search_button.setAccessibleName(self.tr("Groepen van mogelijke dubbels zoeken"))
        self.search_button.clicked.connect(self.search)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Mogelijke dubbels"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self.merge)
        self.merge_button = QPushButton(self.tr("Groep samenvoegen"), self)
        self.merge_button.setAccessibleName(self.tr("De gekozen groep samenvoegen"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge_current)
        self.list.currentItemChanged.connect(
            lambda item, _before: self.merge_button.setEnabled(item is not None)
        )
        self.pass_button = QPushButton(self.tr("Consolidatieronde…"), self)
        self.pass_button.setAccessibleName(
            self.tr("Consolidatieronde: punt per punt met de gelijkende punten ernaast")
        )
        self.pass_button.clicked.connect(self.passRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(like)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.similar, 2)
        layout.addWidget(keys)
        layout.addWidget(line)
        layout.addWidget(groups)
        layout.addWidget(self.search_button)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.pass_button)
        data.pointsChanged.connect(lambda _change: self.prune())
        index.ready.connect(self._refresh_subject)

    # -- the points most like the selected point or the typed text ----------------------

    def show_for_item(self, item_id: str | None) -> None:
        item = self.data.visible(item_id) if item_id else None
        if item is None:
            return
        self.subject = ("item", item.id)
        self.subject_label.setText(self.tr("Voor: {0}").format(item.text))
        self._refresh_subject()

    def show_for_text(self, quadrant: Quadrant, text: str) -> None:
        text = text.strip()
        if len(text) < MIN_TEXT:
            return
        self.subject = ("text", quadrant, text)
        self.subject_label.setText(
            self.tr("Voor wat je typt bij {0}: {1}").format(quadrant_label(quadrant), text)
        )
        self._refresh_subject()

    def _refresh_subject(self) -> None:
        if self.subject is not None:
            self.index.needed()
        snapshot = self.index.snapshot
        found: list[Candidate] = []
        if snapshot is not None and self.subject is not None:
            if self.subject[0] == "item":
                found = snapshot.similar_to_item(str(self.subject[1]), TOP + 3)
            else:
                _, quadrant, text = self.subject
                found = snapshot.similar_to_text(str(text), quadrant, TOP + 3)  # type: ignore[arg-type]
        # The snapshot may be a moment old: only points still on the board count.
        subject_id = self.subject[1] if self.subject and self.subject[0] == "item" else None
        self.candidates = [
            c for c in found if self.data.visible(c.id) is not None and c.id != subject_id
        ][:TOP]
        self.similar.clear()
        for n, c in enumerate(self.candidates, start=1):
            cluster = c.cluster or self.tr("geen cluster")
            item = QListWidgetItem(f"{n}. {c.text} — {cluster} · {percent(c.score)}")
            item.setData(_DATA, c.id)
            self.similar.addItem(item)
        if self.subject is not None and not self.candidates:
            waiting = snapshot is None or self.index.busy()
            self.similar.addItem(
                self.tr("Even geduld: de punten worden gelezen…")
                if waiting
                else self.tr("Geen gelijkaardige punten.")
            )
        self.candidatesShown.emit()

    def candidate_ids(self) -> list[str]:
        return [c.id for c in self.candidates]

    def consolidate_with(self, number: int) -> bool:
        """Candidate ``number`` (1-based) goes into the subject: the selected point absorbs
        it, or the typed text is captured and absorbed into it."""
        if not (1 <= number <= len(self.candidates)) or self.subject is None:
            return False
        candidate = self.candidates[number - 1]
        if self.subject[0] == "item":
            merged = self.controller.consolidate(str(self.subject[1]), [candidate.id])
            if merged is None:
                return False
        elif self.capture_into is not None:
            _, quadrant, text = self.subject
            self.capture_into(quadrant, str(text), candidate.id)  # type: ignore[arg-type]
            self.subject = ("item", candidate.id)
        self.index.refresh()
        self._refresh_subject()
        return True

    # -- suggested groups --------------------------------------------------------------

    def search(self) -> None:
        if self.task is not None:
            return
        store, workshop_id = self.controller.store, self.controller.workshop.id

        def work(
            _progress: Callable[[int, int], None], cancelled: Callable[[], bool]
        ) -> list[SuggestedGroup] | None:
            return duplicates.suggest_groups(store, workshop_id, cancelled=cancelled)

        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Zoeken…"))
        self.task = BackgroundTask(self.tr("Mogelijke dubbels zoeken…"), work, self)
        self.task.done.connect(self._found)
        self.task.error.connect(self._failed)
        self.task.start()

    def _finish(self) -> None:
        self.task = None
        self.search_button.setEnabled(True)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.status.setText(self.tr("Zoeken mislukt: {0}").format(shown(exc)))

    def _found(self, groups: list[SuggestedGroup] | None) -> None:
        self._finish()
        if groups is None:
            self.status.setText(self.tr("Zoeken afgebroken."))
            return
        self.list.clear()
        count = 0
        for group in groups:
            ids = tuple(p.id for p in group.points if self.data.visible(p.id) is not None)
            if len(ids) < 2:
                continue
            item = QListWidgetItem(self._describe(group))
            item.setData(_DATA, ids)
            self.list.addItem(item)
            count += 1
            if count >= SHOWN_AT_MOST:
                break
        if not groups:
            self.status.setText(self.tr("Geen mogelijke dubbels gevonden."))
        elif count < len(groups):
            self.status.setText(
                self.tr("{0} van {1} groepen getoond (de meeste clusters eerst).").format(
                    count, len(groups)
                )
            )
        else:
            self.status.setText(
                self.tr("{0} groepen van mogelijke dubbels, de meeste clusters eerst.").format(
                    count
                )
            )
        if count:
            self.list.setCurrentRow(0)

    def _describe(self, group: SuggestedGroup) -> str:
        head = self.tr("{0} · {1} clusters · {2}").format(
            quadrant_label(group.quadrant), group.clusters, percent(group.score)
        )
        lines = [head]
        for n, p in enumerate(group.points, start=1):
            lines.append(f"{n}. {p.text} — {p.cluster or self.tr('geen cluster')}")
        return "\n".join(lines)

    def groups(self) -> list[tuple[str, ...]]:
        return [self.list.item(i).data(_DATA) for i in range(self.list.count())]

    def merge(self, item: QListWidgetItem) -> None:
        """Accept a group in one step: its first point absorbs the others."""
        ids = item.data(_DATA)
        if self.controller.consolidate(ids[0], list(ids[1:])) is not None:
            self.index.refresh()

    def _merge_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.merge(item)

    def prune(self) -> None:
        """Drop groups whose points were merged, moved away or deleted meanwhile, and
        candidates that left the board."""
        for row in range(self.list.count() - 1, -1, -1):
            ids = self.list.item(row).data(_DATA)
            points = [self.data.visible(i) for i in ids]
            if any(p is None for p in points) or len({p.quadrant for p in points}) > 1:
                self.list.takeItem(row)
        if any(self.data.visible(c.id) is None for c in self.candidates):
            self._refresh_subject()
