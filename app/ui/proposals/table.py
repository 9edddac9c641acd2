"""The fiches as a table a policy advisor sorts and filters: a Qt model over the
proposal summaries and a proxy that holds the filters. No widgets here, so both are
tested on their own (as Vorta does)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.proposal_index import ProposalSummary
from app.ui.base.messages import shown
from app.ui.proposals import money
from app.ui.proposals.sdg_buttons import sdg_name
from app.ui.widgets.editors.folding import fold, matches, natural_key

Index = QModelIndex | QPersistentModelIndex
# COST is the investment: investment and operating are kept apart (the BBC's way).
CODE, TITLE, CLUSTER, OBJECTIVE, KIND, SDGS, COST, OPERATING, DECISION = range(9)
INVESTMENT = COST
MONEY = (COST, OPERATING)
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Cluster:
    name: str
    color: str


class ProposalTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProposalSummary] = []
        self._clusters: dict[str, Cluster] = {}
        self._row_of: dict[str, int] = {}

    def set_proposals(
        self, proposals: Sequence[ProposalSummary], clusters: dict[str, Cluster]
    ) -> None:
        self.beginResetModel()
        self._rows = list(proposals)
        self._clusters = dict(clusters)
        self._row_of = {p.id: n for n, p in enumerate(self._rows)}
        self.endResetModel()

    def proposal(self, row: int) -> ProposalSummary:
        return self._rows[row]

    def proposals(self) -> list[ProposalSummary]:
        return list(self._rows)

    def row_of(self, proposal_id: str) -> int:
        return self._row_of.get(proposal_id, -1)

    def cluster_name(self, p: ProposalSummary) -> str:
        """The main sector, then "+ the others" of a fiche in several sectors."""
        cluster = self._clusters.get(p.cluster_id or "")
        main = cluster.name if cluster else ""
        others = [self._clusters[c].name for c in p.extra_cluster_ids if c in self._clusters]
        return " + ".join([main, *others]) if others and main else (main or " + ".join(others))

    # -- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Titel"),
            self.tr("Sector"),
            self.tr("Beleidsdoelstelling"),
            self.tr("Verplicht/keuze"),
            self.tr("SDG's"),
            self.tr("Investering (€)"),
            self.tr("Werking (€)"),
            self.tr("Besluit"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SDGS:
                return "\n".join(f"{n}. {sdg_name(n)}" for n in p.sdgs) or None
            return self._text(p, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == CLUSTER:
            cluster = self._clusters.get(p.cluster_id or "")
            return QColor(cluster.color) if cluster else None
        return None

    def _text(self, p: ProposalSummary, column: int) -> str:
        if column == CODE:
            return p.code
        if column == TITLE:
            return p.title
        if column == CLUSTER:
            return self.cluster_name(p)
        if column == OBJECTIVE:
            return p.policy_objective
        if column == KIND:
            return self.tr("Verplicht") if p.mandatory else self.tr("Keuze")
        if column == SDGS:
            return ", ".join(map(str, p.sdgs))
        if column == DECISION:
            return shown(p.decision.label)
        if column == OPERATING:
            return money.euro(p.total_operating)
        return money.euro(p.total_investment)

    def sort_key(self, row: int, column: int) -> Any:
        """What the column sorts by: numbers as numbers, codes naturally, text without
        regard to case or accents."""
        p = self._rows[row]
        if column == CODE:
            return natural_key(p.code)
        if column == COST:
            return p.total_investment
        if column == OPERATING:
            return p.total_operating
        if column == SDGS:
            return p.sdgs or (99,)  # fiches without a goal last
        if column == KIND:
            return 0 if p.mandatory else 1
        text = self._text(p, column)
        return (0 if text else 1, fold(text))  # empty last, accents ignored


@dataclass
class Filters:
    """What the advisor narrowed the list to; None means any."""

    cluster_id: str | None = None
    objective: str | None = None
    mandatory: bool | None = None
    sdg: int | None = None
    cost_min: float | None = None
    cost_max: float | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self != Filters()


NO_CLUSTER = ""  # cluster_id for fiches without a sector


class ProposalFilter(QSortFilterProxyModel):
    """Filters on sector, objective, mandatory/choice, SDG, cost range and free text
    (code, title, objective, why / what / win, sector), forgiving case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.filters = Filters()

    def set_filters(self, **changes: Any) -> None:
        self.beginFilterChange()
        for key, value in changes.items():
            if not hasattr(self.filters, key):
                raise AttributeError(key)
            setattr(self.filters, key, value)
        self.endFilterChange()

    def clear_filters(self) -> None:
        self.beginFilterChange()
        self.filters = Filters()
        self.endFilterChange()

    def model_(self) -> ProposalTableModel:
        model = self.sourceModel()
        assert isinstance(model, ProposalTableModel)
        return model

    def proposal(self, proxy_row: int) -> ProposalSummary:
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.model_().proposal(source.row())

    def visible(self) -> list[ProposalSummary]:
        return [self.proposal(row) for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.model_()
        p, f = model.proposal(source_row), self.filters
        # A fiche "over de grenzen heen" is found under each of its sectors.
        if f.cluster_id is not None and not (
            (p.cluster_id or NO_CLUSTER) == f.cluster_id or f.cluster_id in p.extra_cluster_ids
        ):
            return False
        if f.objective is not None and p.policy_objective != f.objective:
            return False
        if f.mandatory is not None and p.mandatory != f.mandatory:
            return False
        if f.sdg is not None and f.sdg not in p.sdgs:
            return False
        cost = p.total_investment  # the cost filter: the investment over the period
        if f.cost_min is not None and cost < f.cost_min:
            return False
        if f.cost_max is not None and cost > f.cost_max:
            return False
        if f.text.strip():
            texts = (p.code, p.title, p.policy_objective, p.why, p.what, p.win)
            return matches(f.text, *texts, model.cluster_name(p))
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.model_()
        a = model.sort_key(left.row(), left.column())
        b = model.sort_key(right.row(), right.column())
        return bool(a < b)
