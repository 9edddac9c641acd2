"""The rounds view's dialogs: a new round from a filtered selection of fiches, SWOT
points or development paths, and paper ballots typed in one by one (or the dot
totals of a poster)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ideas, ranking, records
from app.domain.enums import OptionKind, Quadrant, VotingMethod
from app.services import budget_round
from app.services.proposal_index import ProposalSummary
from app.ui.widgets import quadrants

ID_ROLE = Qt.ItemDataRole.UserRole
METHODS = (
    VotingMethod.DOTS,
    VotingMethod.SCORE,
    VotingMethod.RANK,
    VotingMethod.BUDGET,
    VotingMethod.IDEAS,
)


@dataclass(frozen=True)
class NewRound:
    title: str
    question: str
    method: VotingMethod
    target_ids: list[str]  # the proposals, SWOT points or paths voted on
    rules: dict[str, Any]
    anonymous: bool
    kind: OptionKind = OptionKind.PROPOSAL
    # A budget round over whole fiches at their real cost (budget_round): the cost
    # basis; the fiches without a cost are left out (the dialog named them).
    whole: bool = False
    cost_basis: str = budget_round.INVESTMENT

    @property
    def options(self) -> list[tuple[OptionKind, str]]:
        return [(self.kind, target) for target in self.target_ids]


SOURCES = (OptionKind.PROPOSAL, OptionKind.SWOT_ITEM, OptionKind.PATH)

# What the dialog asks of the services to price fiches: (proposal ids, basis) -> pricing.
Pricer = Callable[[Sequence[str], str], budget_round.Pricing]


class NewRoundDialog(QDialog):
    """Pick the options, a method and its rules. The options are fiches (filter on
    cluster, policy objective, mandatory or choice), SWOT points (filter on quadrant
    and cluster) or development paths. The number of dots follows the selection
    until edited by hand."""

    def __init__(
        self,
        proposals: list[ProposalSummary],
        clusters: dict[str, str],
        parent: QWidget | None = None,
        swot_items: list[records.SwotItem] | None = None,
        paths: list[records.DevelopmentPath] | None = None,
        pricer: Pricer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe stemronde"))
        self.pricer = pricer
        self.proposals = proposals
        self.swot_items = list(swot_items or [])
        self.paths = list(paths or [])
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Waarover gestemd wordt"))
        self.source.addItem(self.tr("Voorstellen (fiches)"), OptionKind.PROPOSAL.value)
        self.source.addItem(self.tr("SWOT-punten"), OptionKind.SWOT_ITEM.value)
        self.source.addItem(self.tr("Ontwikkelpaden"), OptionKind.PATH.value)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Titel van de ronde"))
        self.question_edit = QLineEdit(self)
        self.question_edit.setAccessibleName(self.tr("Vraag aan de deelnemers"))

        self.proposal_cluster = QComboBox(self)
        self.proposal_cluster.setAccessibleName(self.tr("Filter op sector"))
        self.proposal_cluster.addItem(self.tr("Alle sectoren"), None)
        for cluster_id, name in clusters.items():
            self.proposal_cluster.addItem(name, cluster_id)
        self.objective = QComboBox(self)
        self.objective.setAccessibleName(self.tr("Filter op beleidsdoelstelling"))
        self.objective.addItem(self.tr("Alle beleidsdoelstellingen"), None)
        for objective in sorted({f.policy_objective for f in proposals if f.policy_objective}):
            self.objective.addItem(objective, objective)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Filter op verplicht of keuze"))
        self.kind.addItem(self.tr("Verplicht en keuze"), None)
        self.kind.addItem(self.tr("Alleen verplicht"), True)
        self.kind.addItem(self.tr("Alleen keuze"), False)
        self.quadrant = QComboBox(self)
        self.quadrant.setAccessibleName(self.tr("Filter op kwadrant"))
        self.quadrant.addItem(self.tr("Alle kwadranten"), None)
        for quadrant in quadrants.QUADRANTS:
            self.quadrant.addItem(quadrants.label(quadrant), quadrant.value)
        self.swot_cluster = QComboBox(self)
        self.swot_cluster.setAccessibleName(self.tr("Filter op cluster"))
        self.swot_cluster.addItem(self.tr("Alle clusters"), None)
        for cluster_id, name in clusters.items():
            self.swot_cluster.addItem(name, cluster_id)
        for box in (
            self.proposal_cluster,
            self.objective,
            self.kind,
            self.quadrant,
            self.swot_cluster,
        ):
            box.currentIndexChanged.connect(self._filter)

        self.list = QListWidget(self)
        self.list.itemChanged.connect(lambda _item: self._suggest())
        self.list.itemChanged.connect(lambda _item: self._price())
        self.count_label = QLabel(self)
        self.source.currentIndexChanged.connect(lambda _i: self._fill())
        self.source.currentIndexChanged.connect(lambda _i: self._price())

        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Stemmethode"))
        for method in METHODS:
            self.method.addItem(method.label, method.value)
        self.rules = QStackedWidget(self)
        self.method.currentIndexChanged.connect(self.rules.setCurrentIndex)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 99)
        self.dots.setAccessibleName(self.tr("Stippen per deelnemer"))
        self.dots_edited = False
        self.dots.valueChanged.connect(self._dots_edited)
        self.per_option = QSpinBox(self)
        self.per_option.setRange(1, 99)
        self.per_option.setValue(3)
        self.per_option.setAccessibleName(self.tr("Hoogstens stippen per optie"))
        dots_page = QWidget(self)
        dots_form = QFormLayout(dots_page)
        dots_form.addRow(self.tr("&Stippen per deelnemer:"), self.dots)
        dots_form.addRow(self.tr("Hoogstens per &optie:"), self.per_option)
        self.criteria = QTableWidget(0, 2, self)
        self.criteria.setAccessibleName(self.tr("Criteria en gewichten"))
        self.criteria.setHorizontalHeaderLabels([self.tr("Criterium"), self.tr("Gewicht")])
        self.criteria.horizontalHeader().setStretchLastSection(True)
        for c in ranking.default_rules(VotingMethod.SCORE)["criteria"]:
            self._add_criterion(c["title"], c["weight"])
        self.rank_k = QSpinBox(self)
        self.rank_k.setRange(1, 99)
        self.rank_k.setValue(5)
        self.rank_k.setAccessibleName(self.tr("Aantal te rangschikken opties"))
        rank_page = QWidget(self)
        QFormLayout(rank_page).addRow(self.tr("&Rangschik de beste:"), self.rank_k)
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(1, 1e11)  # a room over six years may pass a billion
        self.budget.setGroupSeparatorShown(True)
        self.budget.setPrefix("€ ")
        self.budget.setDecimals(0)
        self.budget.setValue(100000)
        self.budget.setAccessibleName(self.tr("Budget per deelnemer"))
        budget_page = QWidget(self)
        budget_form = QFormLayout(budget_page)
        self._whole_fields(budget_form)
        budget_form.addRow(self.tr("&Budget per deelnemer:"), self.budget)
        # An ideas round (issue 12): phones write; the quadrants asked, per cluster or for
        # all, and the longest text. It has no options to choose.
        ideas_page = QWidget(self)
        ideas_form = QFormLayout(ideas_page)
        asked = QHBoxLayout()
        self.idea_quadrants: dict[str, QCheckBox] = {}
        for quadrant in quadrants.QUADRANTS:
            tick = QCheckBox(quadrants.label(quadrant), ideas_page)
            tick.setChecked(True)
            self.idea_quadrants[quadrant.value] = tick
            asked.addWidget(tick)
        ideas_form.addRow(self.tr("Kwadranten:"), asked)
        self.idea_per_cluster = QCheckBox(
            self.tr("&Per cluster: elke deelnemer kiest zijn cluster"), ideas_page
        )
        ideas_form.addRow("", self.idea_per_cluster)
        self.idea_length = QSpinBox(ideas_page)
        self.idea_length.setRange(1, ideas.MAX_MAX_LENGTH)
        self.idea_length.setValue(ideas.DEFAULT_MAX_LENGTH)
        self.idea_length.setAccessibleName(self.tr("Langste idee in tekens"))
        ideas_form.addRow(self.tr("&Langste idee (tekens):"), self.idea_length)
        ideas_form.addRow(
            QLabel(
                self.tr(
                    "Zonder kwadrant wordt een aanvaard idee een aanbeveling; met kwadrant "
                    "een SWOT-punt."
                ),
                ideas_page,
            )
        )
        for page in (dots_page, self.criteria, rank_page, budget_page, ideas_page):
            self.rules.addWidget(page)
        self.anonymous = QCheckBox(self.tr("&Anoniem stemmen"), self)
        self.anonymous.setChecked(True)

        filters = QHBoxLayout()
        for box in (
            self.proposal_cluster,
            self.objective,
            self.kind,
            self.quadrant,
            self.swot_cluster,
        ):
            filters.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("&Vraag:"), self.question_edit)
        form.addRow(self.tr("St&emmen over:"), self.source)
        form.addRow(self.tr("&Methode:"), self.method)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.rules)
        layout.addWidget(self.anonymous)
        layout.addWidget(buttons)
        self._form = form
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self._fill()
        self._price()
        self.resize(720, 640)

    def _method_changed(self) -> None:
        """An ideas round has no options and is always anonymous: the choice of options
        goes out of sight while it is chosen."""
        writing = self.method.currentData() == VotingMethod.IDEAS.value
        for widget in (self.source, self.list, self.count_label):
            widget.setVisible(not writing)
        label = self._form.labelForField(self.source)
        if label is not None:
            label.setVisible(not writing)
        if writing:
            for box in (
                self.proposal_cluster,
                self.objective,
                self.kind,
                self.quadrant,
                self.swot_cluster,
            ):
                box.setVisible(False)
            self.anonymous.setChecked(True)
        else:
            self._show_filters()
        self.anonymous.setEnabled(not writing)

    def kind_shown(self) -> OptionKind:
        return OptionKind(self.source.currentData())

    def set_source(self, kind: OptionKind) -> None:
        self.source.setCurrentIndex(self.source.findData(kind.value))

    def _candidates(self) -> list[tuple[str, str]]:
        """(id, text) of what the chosen source offers, in its own order."""
        kind = self.kind_shown()
        if kind is OptionKind.SWOT_ITEM:
            out = []
            for point in self.swot_items:
                text = f"{point.quadrant.value} · {point.text}"
                if point.cluster_count > 1:
                    text += self.tr(" (genoemd door {0} clusters)").format(point.cluster_count)
                out.append((point.id, text))
            return out
        if kind is OptionKind.PATH:
            return [(path.id, path.title) for path in self.paths]
        return [(f.id, f"{f.code} {f.title}".strip()) for f in self.proposals]

    def _show_filters(self) -> None:
        kind = self.kind_shown()
        for box in (self.proposal_cluster, self.objective, self.kind):
            box.setVisible(kind is OptionKind.PROPOSAL)
        for box in (self.quadrant, self.swot_cluster):
            box.setVisible(kind is OptionKind.SWOT_ITEM)

    def _fill(self) -> None:
        """Show the chosen source's candidates, none ticked, and only its filters."""
        kind = self.kind_shown()
        self._show_filters()
        self.list.setAccessibleName(
            {
                OptionKind.PROPOSAL: self.tr("Voorstellen in de ronde (spatie vinkt aan)"),
                OptionKind.SWOT_ITEM: self.tr("SWOT-punten in de ronde (spatie vinkt aan)"),
                OptionKind.PATH: self.tr("Ontwikkelpaden in de ronde (spatie vinkt aan)"),
            }[kind]
        )
        self.list.blockSignals(True)
        self.list.clear()
        for target_id, text in self._candidates():
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, target_id)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._filter()
        self._suggest()

    def _add_criterion(self, title: str, weight: float) -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        self.criteria.setItem(row, 0, QTableWidgetItem(title))
        self.criteria.setItem(row, 1, QTableWidgetItem(f"{weight:g}"))

    def _filter(self) -> None:
        source = self.kind_shown()
        if source is OptionKind.PATH:
            return
        if source is OptionKind.SWOT_ITEM:
            quadrant, cluster = self.quadrant.currentData(), self.swot_cluster.currentData()
            for n, point in enumerate(self.swot_items):
                hide = (quadrant is not None and point.quadrant is not Quadrant(quadrant)) or (
                    cluster is not None and point.cluster_id != cluster
                )
                self.list.item(n).setHidden(hide)
            return
        cluster, objective, kind = (
            self.proposal_cluster.currentData(),
            self.objective.currentData(),
            self.kind.currentData(),
        )
        for n, f in enumerate(self.proposals):
            hide = (
                (cluster is not None and f.cluster_id != cluster)
                or (objective is not None and f.policy_objective != objective)
                or (kind is not None and f.mandatory != kind)
            )
            self.list.item(n).setHidden(hide)

    def check_visible(self) -> None:
        """Tick everything the filters show (what a facilitator does first)."""
        for n in range(self.list.count()):
            item = self.list.item(n)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        return [
            self.list.item(n).data(ID_ROLE)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _dots_edited(self) -> None:
        if not self._suggesting:
            self.dots_edited = True

    _suggesting = False

    def _suggest(self) -> None:
        n = len(self.chosen())
        self.count_label.setText(
            {
                OptionKind.PROPOSAL: self.tr("{0} voorstellen gekozen"),
                OptionKind.SWOT_ITEM: self.tr("{0} SWOT-punten gekozen"),
                OptionKind.PATH: self.tr("{0} ontwikkelpaden gekozen"),
            }[self.kind_shown()].format(n)
        )
        if not self.dots_edited:
            self._suggesting = True
            self.dots.setValue(ranking.suggested_dots(n))
            self._suggesting = False
        self.rank_k.setValue(min(5, n) if n else 5)

    def value(self) -> NewRound:
        method = VotingMethod(self.method.currentData())
        if method is VotingMethod.DOTS:
            rules: dict[str, Any] = {
                "dots": self.dots.value(),
                "max_per_option": self.per_option.value(),
            }
        elif method is VotingMethod.SCORE:
            criteria = []
            for row in range(self.criteria.rowCount()):
                title = (self.criteria.item(row, 0) or QTableWidgetItem()).text().strip()
                weight_text = (self.criteria.item(row, 1) or QTableWidgetItem()).text()
                try:
                    weight = float(weight_text.replace(",", "."))
                except ValueError:
                    weight = 0.0  # the service says what is wrong
                criteria.append({"id": f"c{row + 1}", "title": title, "weight": weight})
            rules = {"criteria": criteria, "min": ranking.SCORE_MIN, "max": ranking.SCORE_MAX}
        elif method is VotingMethod.RANK:
            rules = {"max_ranked": self.rank_k.value()}
        elif method is VotingMethod.IDEAS:
            rules = {
                "max_length": self.idea_length.value(),
                "quadrants": [q for q, box in self.idea_quadrants.items() if box.isChecked()],
                "per_cluster": self.idea_per_cluster.isChecked(),
            }
            return NewRound(
                self.title_edit.text(), self.question_edit.text(), method, [], rules, True
            )
        else:
            rules = {"budget": self.budget.value()}
        whole = method is VotingMethod.BUDGET and self.whole_wanted()
        return NewRound(
            self.title_edit.text(),
            self.question_edit.text(),
            method,
            self.chosen(),
            rules,
            self.anonymous.isChecked(),
            self.kind_shown(),
            whole,
            self.cost_basis.currentData(),
        )

    # -- a budget round over whole fiches at their real cost -----------------------------

    def _whole_fields(self, form: QFormLayout) -> None:
        """The choice of whole fiches, the cost basis, and what the pricing says."""
        self.whole = QCheckBox(self.tr("&Hele fiches met hun echte kost"), self)
        self.whole.setToolTip(
            self.tr(
                "Elke fiche kost wat haar middelen zeggen; een telefoon kiest hele fiches tot "
                "het budget op is."
            )
        )
        self.cost_basis = QComboBox(self)
        self.cost_basis.setAccessibleName(self.tr("Kost van een fiche"))
        self.cost_basis.addItem(
            self.tr("Netto investering over de planperiode"), budget_round.INVESTMENT
        )
        self.cost_basis.addItem(
            self.tr("Netto investering en werking over de planperiode"), budget_round.TOTAL
        )
        self.whole_note = QLabel(self)
        self.whole_note.setWordWrap(True)
        self.whole_note.setAccessibleName(self.tr("Kosten van de gekozen fiches"))
        self.budget_edited = False
        self._pricing: budget_round.Pricing | None = None
        self._priced_all: dict[str, budget_round.Pricing] = {}
        self.whole.toggled.connect(lambda _on: self._price())
        self.cost_basis.currentIndexChanged.connect(lambda _i: self._price(new_basis=True))
        self.budget.valueChanged.connect(self._budget_edited)
        form.addRow("", self.whole)
        form.addRow(self.tr("&Kost van een fiche:"), self.cost_basis)
        form.addRow(self.whole_note)

    def whole_wanted(self) -> bool:
        return self.whole.isChecked() and self.kind_shown() is OptionKind.PROPOSAL

    _pricing_now = False

    def _budget_edited(self) -> None:
        if not self._pricing_now:
            self.budget_edited = True
        if self._pricing is not None:
            self.whole_note.setText(self.whole_text())

    def _price(self, new_basis: bool = False) -> None:
        """Price the ticked fiches on the chosen basis: the budget follows the room
        (until edited by hand, or the basis changes), and the note names the fiches
        without a cost (left out of the round) and those dearer than the budget."""
        if not hasattr(self, "whole"):
            return  # still being built
        proposals = self.kind_shown() is OptionKind.PROPOSAL
        self.whole.setEnabled(proposals and self.pricer is not None)
        on = self.whole_wanted() and self.pricer is not None
        self.cost_basis.setEnabled(on)
        self.budget.setAccessibleName(
            self.tr("Budget per telefoon") if on else self.tr("Budget per deelnemer")
        )
        if not on or self.pricer is None:
            self.whole_note.setText("")
            self._pricing = None
            return
        basis = self.cost_basis.currentData()
        if basis not in self._priced_all:
            # Every fiche once per basis: ticking a fiche then asks the store nothing.
            self._priced_all[basis] = self.pricer([f.id for f in self.proposals], basis)
        every = self._priced_all[basis]
        by_id = {f.proposal_id: f for f in every.proposals}
        pricing = dataclasses.replace(every, proposals=[by_id[i] for i in self.chosen()])
        self._pricing = pricing
        if new_basis:
            self.budget_edited = False
        if not self.budget_edited and pricing.default_budget > 0:
            self._pricing_now = True
            self.budget.setValue(pricing.default_budget)
            self._pricing_now = False
        self.whole_note.setText(self.whole_text())

    def whole_text(self) -> str:
        """What the facilitator should know before the round is made."""
        pricing = self._pricing
        if pricing is None:
            return ""
        first, last = pricing.years
        lines = [
            self.tr(
                "Kost per fiche: {0}, {1}–{2} (uitgaven min ontvangsten). Financiële ruimte "
                "over de periode: {3}."
            ).format(
                self.cost_basis.currentText().lower(),
                first,
                last,
                ranking.euro(pricing.default_budget),
            )
        ]
        priced = pricing.priced
        if priced:
            lines.append(
                self.tr("{0} fiches met een kost, samen {1}.").format(
                    len(priced), ranking.euro(sum(f.cost for f in priced))
                )
            )
        free = pricing.free
        if free:
            lines.append(
                self.tr(
                    "Zonder kost, dus niet te kiezen en buiten de ronde: {0}. Vul hun middelen "
                    "in om ze mee te nemen."
                ).format(", ".join(f.code or f.title for f in free))
            )
        dear = pricing.too_dear(self.budget.value())
        if dear:
            lines.append(
                self.tr("Duurder dan het hele budget: {0}.").format(
                    ", ".join(f"{f.code or f.title} ({ranking.euro(f.cost)})" for f in dear)
                )
            )
        return "\n".join(lines)


class PaperBallotDialog(QDialog):
    """One paper ballot, in the form of the round's method; or (``totals``) the dots
    per option stuck on a poster by a number of people."""

    def __init__(
        self,
        voting_round: records.VotingRound,
        clusters: list[records.Cluster],
        totals: bool = False,
        parent: QWidget | None = None,
        participants: list[records.Participant] | None = None,
    ) -> None:
        super().__init__(parent)
        self.round = voting_round
        self.totals = totals
        self.setWindowTitle(
            self.tr("Papieren totalen") if totals else self.tr("Papieren stembrief")
        )
        method = voting_round.method
        rules = voting_round.rules
        self.fields: dict[str, list[QSpinBox | QDoubleSpinBox]] = {}
        # A budget round with whole fiches: a tick per fiche, at its cost.
        self.whole = method is VotingMethod.BUDGET and ranking.is_whole(rules) and not totals
        self.ticks: dict[str, QCheckBox] = {}
        grid = QWidget(self)
        form = QFormLayout(grid)
        criteria = rules.get("criteria", []) if method is VotingMethod.SCORE else []
        for option in voting_round.options:
            if self.whole:
                form.addRow(self._tick(grid, option))
                continue
            row = QHBoxLayout()
            spins: list[QSpinBox | QDoubleSpinBox] = []
            for criterion in criteria or [None]:
                spin: QSpinBox | QDoubleSpinBox
                if method is VotingMethod.BUDGET:
                    spin = QDoubleSpinBox(grid)
                    spin.setDecimals(0)
                    spin.setRange(0, float(rules["budget"]))
                elif method is VotingMethod.SCORE:
                    spin = QSpinBox(grid)
                    spin.setRange(rules["min"] - 1, rules["max"])
                    spin.setSpecialValueText(self.tr("–"))  # not scored
                elif method is VotingMethod.RANK:
                    spin = QSpinBox(grid)
                    spin.setRange(0, rules["max_ranked"])
                    spin.setSpecialValueText(self.tr("–"))  # not ranked
                else:
                    spin = QSpinBox(grid)
                    spin.setRange(0, 9999 if totals else rules["max_per_option"])
                what = (
                    option.title if criterion is None else f"{option.title}: {criterion['title']}"
                )
                spin.setAccessibleName(what)
                row.addWidget(spin)
                spins.append(spin)
            self.fields[option.id] = spins
            form.addRow(option.title[:60], row)
        scroll = QScrollArea(self)
        scroll.setWidget(grid)
        scroll.setWidgetResizable(True)
        self.cluster = QComboBox(self)
        self.cluster.setAccessibleName(self.tr("Cluster van de stembrief"))
        self.cluster.addItem(self.tr("Geen cluster"), None)
        for c in clusters:
            self.cluster.addItem(c.name, c.id)
        # A named round: whose ballot this is (an anonymous round never asks).
        self.participant = QComboBox(self)
        self.participant.setAccessibleName(self.tr("Deelnemer van de stembrief"))
        self.participant.addItem(self.tr("Zonder naam"), None)
        self._clusters_of: dict[str, str | None] = {}
        if not voting_round.anonymous:
            named = sorted((p for p in participants or [] if p.name), key=lambda p: p.name or "")
            for person in named:
                self.participant.addItem(person.name or "", person.id)
                self._clusters_of[person.id] = person.cluster_id
        self.participant.currentIndexChanged.connect(self._participant_chosen)
        self.voters = QSpinBox(self)
        self.voters.setRange(1, 9999)
        self.voters.setAccessibleName(self.tr("Aantal deelnemers op papier"))
        top = QFormLayout()
        if totals:
            top.addRow(self.tr("&Deelnemers:"), self.voters)
        else:
            if not voting_round.anonymous:
                top.addRow(self.tr("D&eelnemer:"), self.participant)
            top.addRow(self.tr("&Cluster:"), self.cluster)
        hint = {
            VotingMethod.DOTS: self.tr("Stippen per optie."),
            VotingMethod.SCORE: self.tr("Een score per criterium; – is geen score."),
            VotingMethod.RANK: self.tr("De plaats: 1 is de beste; – is niet gerangschikt."),
            VotingMethod.BUDGET: self.tr("Het bedrag per optie."),
        }.get(method, "")
        if self.whole:
            hint = self.tr(
                "Vink de fiches aan die op de stembrief gekozen zijn: elke fiche heel, samen "
                "binnen het budget van {0}."
            ).format(ranking.euro(rules["budget"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(hint, self))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _tick(self, parent: QWidget, option: records.RoundOption) -> QCheckBox:
        cost = self.round.rules["costs"].get(option.id)
        shown_cost = self.tr("geen kost") if cost is None else ranking.euro(cost)
        tick = QCheckBox(f"{option.title[:70]} · {shown_cost}", parent)
        tick.setAccessibleName(f"{option.title} {shown_cost}")
        tick.setEnabled(cost is not None)
        self.ticks[option.id] = tick
        return tick

    def _participant_chosen(self) -> None:
        """A named ballot counts for its person's cluster unless another is chosen."""
        person = self.participant.currentData()
        cluster_id = self._clusters_of.get(person) if person else None
        if cluster_id is not None:
            found = self.cluster.findData(cluster_id)
            if found >= 0:
                self.cluster.setCurrentIndex(found)

    def participant_id(self) -> str | None:
        """The chosen participant; always None in an anonymous round."""
        return None if self.round.anonymous else self.participant.currentData()

    def set_value(self, option_id: str, value: float, criterion: int = 0) -> None:
        self.fields[option_id][criterion].setValue(value)  # type: ignore[arg-type]

    def entries(self) -> Any:
        """The ballot in VOTING-API.md's shape (or the totals per option)."""
        method = self.round.method
        if method is VotingMethod.SCORE:
            criteria = self.round.rules["criteria"]
            lo = self.round.rules["min"]
            return {
                option_id: {
                    c["id"]: int(s.value())
                    for c, s in zip(criteria, spins, strict=True)
                    if s.value() >= lo
                }
                for option_id, spins in self.fields.items()
                if any(s.value() >= lo for s in spins)
            }
        if method is VotingMethod.RANK:
            placed = [(int(s[0].value()), o) for o, s in self.fields.items() if s[0].value()]
            return [o for _place, o in sorted(placed)]
        if self.whole:
            costs = self.round.rules["costs"]
            return {o: costs[o] for o, tick in self.ticks.items() if tick.isChecked()}
        if method is VotingMethod.BUDGET:
            return {o: float(s[0].value()) for o, s in self.fields.items() if s[0].value()}
        return {o: int(s[0].value()) for o, s in self.fields.items() if s[0].value()}
