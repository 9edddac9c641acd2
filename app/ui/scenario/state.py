"""The scenario the window and the projector show: the fiches' money, the room, running
sums per year (app.domain.scenario.Totals) and the keuze fiches in a round's ranking
order. No widgets here, so it is tested (and benchmarked) on its own.

A tick adds or removes one fiche's figures at once (``toggle``) and says so
(``figuresChanged``); the decision is written through the controller afterwards, and
the change set it brings back only re-reads the fiches it names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.changes import ChangeSet
from app.domain.entities import Entity
from app.domain.enums import Decision
from app.domain.scenario import ProposalMoney, Room, Totals, YearFigures
from app.services import scenario
from app.services.reporting import Store


class ScenarioState(QObject):
    figuresChanged = Signal()  # the sums per year (a tick, a decision, the room)
    proposalsChanged = Signal()  # the list of keuze fiches (order, titles, ticks)

    def __init__(self, store: Store, workshop_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.round_id: str | None = None
        self.rank: dict[str, int] = {}
        self.score: dict[str, float] = {}
        self.reload()

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        data = scenario.load(self.store, self.workshop_id)
        self.years = data.years
        self.rooms: dict[int, Room] = data.rooms
        self.proposals: dict[str, ProposalMoney] = {f.id: f for f in data.proposals}
        self._order_proposals = [f.id for f in data.proposals]
        self.taken: set[str] = {f.id for f in data.proposals if f.in_plan}
        self._recount()
        self._reorder()
        self.proposalsChanged.emit()
        self.figuresChanged.emit()

    def _recount(self) -> None:
        self.totals = Totals(self.years, self.rooms)
        for proposal_id in self.taken:
            self.totals.add(self.proposals[proposal_id])

    def set_round(self, round_id: str | None) -> None:
        """Order the keuze fiches as this round ranked them (None: the fiches' order)."""
        self.round_id = round_id
        ranked = scenario.ranking(self.store, round_id) if round_id else []
        self.rank = {r.proposal_id: r.rank for r in ranked}
        self.score = {r.proposal_id: r.score for r in ranked}
        self._ranked_order = [r.proposal_id for r in ranked]
        self._reorder()
        self.proposalsChanged.emit()

    def _reorder(self) -> None:
        ranked = [i for i in getattr(self, "_ranked_order", []) if i in self.proposals]
        seen = set(ranked)
        rest = [i for i in self._order_proposals if i not in seen]
        self.keuze = [i for i in ranked + rest if not self.proposals[i].mandatory]

    # -- what it shows -------------------------------------------------------------------

    def figures(self) -> list[YearFigures]:
        return self.totals.figures()

    @property
    def fits(self) -> bool:
        return all(y.fits for y in self.figures())

    def mandatory(self) -> list[ProposalMoney]:
        return [self.proposals[i] for i in self._order_proposals if self.proposals[i].mandatory]

    def is_taken(self, proposal_id: str) -> bool:
        return proposal_id in self.taken

    def net(self, proposal_id: str) -> tuple[float, float]:
        """A fiche's net investment and net operating over the planning period."""
        f = self.proposals[proposal_id]
        inv = op = 0.0
        for year in self.years:
            i, o = f.net(year)
            inv += i
            op += o
        return inv, op

    # -- ticking -------------------------------------------------------------------------

    def toggle(self, proposal_id: str, on: bool | None = None) -> bool:
        """Take a keuze fiche in (or out): every sum follows at once. Returns the tick."""
        f = self.proposals[proposal_id]
        want = (proposal_id not in self.taken) if on is None else on
        if f.mandatory or want == (proposal_id in self.taken):
            return proposal_id in self.taken
        if want:
            self.taken.add(proposal_id)
            self.totals.add(f)
        else:
            self.taken.discard(proposal_id)
            self.totals.remove(f)
        self.figuresChanged.emit()
        return want

    # -- following the store -------------------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        """Re-read what ``changes`` touched: the named fiches only, when only fiches
        were updated (a tick's own decision comes back this way); else everything."""
        if changes.touches(Entity.WORKSHOP, Entity.BUDGET_ROOM, Entity.PROPOSAL_RESOURCE) or any(
            bucket.get("proposal") for bucket in (changes.created, changes.deleted)
        ):
            self.reload()
            return
        ids = changes.ids(Entity.PROPOSAL)
        if not ids:
            return
        fresh = {f.id: f for f in scenario.load_proposals(self.store, self.workshop_id, ids)}
        mandatory_changed = False
        for proposal_id, f in fresh.items():
            old = self.proposals.get(proposal_id)
            mandatory_changed |= old is None or old.mandatory != f.mandatory
            self.proposals[proposal_id] = f
            if f.in_plan:
                self.taken.add(proposal_id)
            else:
                self.taken.discard(proposal_id)
        self._recount()
        if mandatory_changed:
            self._reorder()
        self.proposalsChanged.emit()
        self.figuresChanged.emit()

    def decision_of(self, proposal_id: str) -> Decision:
        return self.proposals[proposal_id].decision
