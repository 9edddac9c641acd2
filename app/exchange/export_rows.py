"""The rows of each sheet of the own workbook, read from the store.

Plain column queries (no ORM objects): the large demo has thousands of rows
and the export must not be much slower than writing them. A reference to
another row is written as its name when that name is unique (what people
read and type), otherwise as its id; the import reads both.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from app.domain import ranking, scenario
from app.domain.enums import (
    BallotSource,
    Decision,
    OptionKind,
    Quadrant,
    RoundStatus,
    VotingMethod,
)
from app.domain.ideas import IdeaStatus
from app.domain.report_plan import TEXT_PART_LABELS
from app.domain.tows import StrategyField
from app.exchange import layout, values, vocabulary
from app.storage import models as m
from app.storage.store import Store

Rows = list[list[Any]]
_QUADRANT_ORDER = {q.value: n for n, q in enumerate(Quadrant)}


def _yes(value: bool) -> str:
    return "ja" if value else "nee"


def _labels(items: Iterable[tuple[str, Sequence[str | None]]]) -> dict[str, str]:
    """id -> the first of its names that no other row shares (case-insensitively), else the id.
    The names of all rows are counted together, as the import looks them up."""
    items = list(items)
    counts = Counter(n.casefold() for _, names in items for n in {x for x in names if x})
    out = {}
    for row_id, names in items:
        out[row_id] = next((n for n in names if n and counts[n.casefold()] == 1), row_id)
    return out


def _ids(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


def sheet_rows(store: Store, now: str) -> dict[str, Rows]:
    """Every sheet's rows (without the header), keyed by kind."""
    with store.reading() as uow:
        return _Gather(uow.session, now).all()


class _Gather:
    def __init__(self, session: Session, now: str) -> None:
        self.s = session
        self.now = now
        workshop = session.scalars(select(m.WorkshopRow).order_by(m.WorkshopRow.created_at)).first()
        self.w = workshop
        self.ws = workshop.id if workshop is not None else ""

    def _all(self, *columns: Any, where: Any = None, order: Sequence[Any] = ()) -> list[Any]:
        table = columns[0].class_
        query = select(*columns).where(table.workshop_id == self.ws if where is None else where)
        if order:
            query = query.order_by(*order)
        return list(self._run(query))

    def _run(self, query: Any) -> Any:
        # On the connection: plain rows, without the ORM's per-row bookkeeping.
        return self.s.connection().execute(query).all()

    def all(self) -> dict[str, Any]:
        if self.w is None:
            return {spec.kind: [] for spec in layout.SHEETS}
        out: dict[str, Any] = {}
        w = self.w
        out["workshop"] = [
            [
                w.title,
                w.organisation,
                w.period_start,
                w.period_end,
                w.description,
                w.synonyms or "",
                _yes(w.show_names),
                self.now,
            ]
        ]
        L, S, C, P, A = m.LocationRow, m.SessionRow, m.ClusterRow, m.ParticipantRow, m.AreaRow
        locations = self._all(
            L.id, L.name, L.address, L.postcode, L.deelgemeente, order=(L.position, L.created_at)
        )
        location_label = _labels((r.id, (r.name,)) for r in locations)
        out["locations"] = [
            [r.id, r.name, r.address, r.postcode, r.deelgemeente] for r in locations
        ]

        clusters = self._all(
            C.id, C.name, C.is_reference, C.color, order=(C.position, C.created_at)
        )
        cluster_name = {r.id: r.name for r in clusters}
        cluster_order = {r.id: n for n, r in enumerate(clusters)}
        out["clusters"] = [[r.id, r.name, _yes(r.is_reference), r.color] for r in clusters]

        sessions = self._all(S.id, S.title, S.date, S.location_id, order=(S.position, S.created_at))
        session_label = _labels((r.id, (r.title,)) for r in sessions)
        out["sessions"] = [
            [r.id, r.title, r.date, location_label.get(r.location_id)] for r in sessions
        ]

        people = self._all(
            P.id, P.name, P.cluster_id, P.role, P.email, order=(P.position, P.created_at)
        )
        person_label = _labels((r.id, (r.name,)) for r in people)
        out["participants"] = [
            [r.id, r.name, cluster_name.get(r.cluster_id), r.role, r.email] for r in people
        ]

        areas = self._all(A.id, A.kind, A.name, A.description, order=(A.position, A.created_at))
        areas.sort(key=lambda r: r.kind != "internal")  # stable: internal first, in order
        area_label = _labels((r.id, (r.name,)) for r in areas)
        area_order = {r.id: n for n, r in enumerate(areas)}
        kind_labels = {k.value: label for k, label in vocabulary.AREA_KIND_LABELS.items()}
        out["areas"] = [[r.id, kind_labels[r.kind], r.name, r.description] for r in areas]

        self._analysis(out, cluster_name, cluster_order, area_label, area_order, person_label,
                       session_label)  # fmt: skip
        goal_label = self._goals(out, {r.id: r.name for r in people if r.name})
        self._paths(out, goal_label)
        self._proposals(out, cluster_name, location_label, goal_label)
        self._tows(out, cluster_name)
        B = m.BudgetRoomRow
        rooms = self._all(B.year, B.investment_room, B.operating_room, order=(B.year,))
        years = range(w.period_start, w.period_end + 1)
        out["rooms"] = [
            [r.year, r.investment_room, r.operating_room] for r in rooms if r.year in years
        ]
        self._rounds(out, cluster_name, person_label)
        out["scenario"] = self._scenario(w, rooms)
        self._report_texts(out)
        return out

    def _report_texts(self, out: dict[str, Any]) -> None:
        T = m.ReportTextRow  # noqa: N806
        rows = {r.part: r for r in self._all(T.id, T.part, T.intro, T.conclusion)}
        out["report_texts"] = [
            [rows[p].id, TEXT_PART_LABELS[p], rows[p].intro, rows[p].conclusion]
            for p in TEXT_PART_LABELS
            if p in rows and (rows[p].intro or rows[p].conclusion)
        ]

    def _scenario(self, w: m.WorkshopRow, rooms: list[Any]) -> list[list[Any]]:
        """The keuzenota's sums and balance per year (app.domain.scenario)."""
        P, R = m.ProposalRow, m.ProposalResourceRow
        money: dict[str, dict[int, tuple[float, float, float, float]]] = defaultdict(dict)
        mine = R.proposal_id.in_(select(P.id).where(P.workshop_id == self.ws))
        for r in self._run(
            select(R.proposal_id, R.year, R.investment, R.investment_income, R.operating,
                   R.operating_income).where(mine)
        ):  # fmt: skip
            money[r.proposal_id][r.year] = (
                r.investment, r.investment_income, r.operating, r.operating_income
            )  # fmt: skip
        proposals = [
            scenario.ProposalMoney(r.id, r.code, r.title, bool(r.mandatory), Decision(r.decision),
                                money.get(r.id, {}))
            for r in self._all(P.id, P.code, P.title, P.mandatory, P.decision)
        ]  # fmt: skip
        years = range(w.period_start, w.period_end + 1)
        room = {r.year: scenario.Room(r.investment_room, r.operating_room) for r in rooms}
        return [
            [
                y.year,
                y.investment,
                y.investment_income,
                y.room_investment,
                round(y.balance_investment, 2),
                y.operating,
                y.operating_income,
                y.room_operating,
                round(y.balance_operating, 2),
                _yes(y.fits),
            ]  # fmt: skip
            for y in scenario.compute(list(years), proposals, room).years
        ]

    def _analysis(
        self,
        out: dict[str, Any],
        cluster_name: dict[str, str],
        cluster_order: dict[str, int],
        area_label: dict[str, str],
        area_order: dict[str, int],
        person_label: dict[str, str],
        session_label: dict[str, str],
    ) -> None:
        It, R, St = m.SwotItemRow, m.RecommendationRow, m.StatementRow
        items = self._all(
            It.id, It.quadrant, It.text, It.cluster_id, It.area_id, It.session_id, It.author,
            It.absorbed_into_id,
            order=(case(_QUADRANT_ORDER, value=It.quadrant), It.position, It.created_at),
        )  # fmt: skip
        labels = {q.value: q.label for q in Quadrant}
        by_id = {r.id: r for r in items}
        Sy = m.SynthesisItemRow  # noqa: N806
        chosen = self._all(Sy.swot_item_id, order=(Sy.position, Sy.created_at))
        out["synthesis"] = [
            [n, r.swot_item_id, labels[by_id[r.swot_item_id].quadrant],
             by_id[r.swot_item_id].text]
            for n, r in enumerate(chosen, start=1)
            if r.swot_item_id in by_id
        ]  # fmt: skip
        out["swot"] = [
            [
                r.id,
                labels[r.quadrant],
                r.text,
                cluster_name.get(r.cluster_id),
                area_label.get(r.area_id),
                session_label.get(r.session_id),
                r.author,
                r.absorbed_into_id,
            ]
            for r in items
        ]
        links = self._links(m.RecommendationSwotRow, "recommendation_id", R)
        recs = self._all(R.id, R.area_id, R.cluster_id, R.text, R.position, R.created_at)
        recs.sort(key=lambda r: (area_order.get(r.area_id, 0), r.position, r.created_at))
        out["recommendations"] = [
            [r.id, area_label.get(r.area_id), cluster_name.get(r.cluster_id), r.text,
             _ids(links.get(r.id, ()))]
            for r in recs
        ]  # fmt: skip
        statements = self._all(St.id, St.area_id, St.text, St.position, St.created_at)
        statements.sort(key=lambda r: (area_order.get(r.area_id, 0), r.position, r.created_at))
        statement_label = _labels((r.id, (r.text,)) for r in statements)
        statement_order = {r.id: n for n, r in enumerate(statements)}
        out["statements"] = [[r.id, area_label.get(r.area_id), r.text] for r in statements]

        Sc, Ra = m.StatementScoreRow, m.AreaRatingRow
        clusters = select(m.ClusterRow.id).where(m.ClusterRow.workshop_id == self.ws)
        scores = self._all(
            Sc.id, Sc.cluster_id, Sc.participant_id, Sc.statement_id, Sc.score,
            where=Sc.cluster_id.in_(clusters),
        )  # fmt: skip
        scores.sort(
            key=lambda r: (
                cluster_order.get(r.cluster_id, 0),
                statement_order.get(r.statement_id, 0),
                person_label.get(r.participant_id, ""),
                r.id,
            )
        )  # fmt: skip
        out["scores"] = [
            [r.id, cluster_name.get(r.cluster_id), person_label.get(r.participant_id),
             statement_label.get(r.statement_id), "weet niet" if r.score is None else r.score]
            for r in scores
        ]  # fmt: skip
        ratings = self._all(
            Ra.id, Ra.cluster_id, Ra.participant_id, Ra.area_id, Ra.importance, Ra.readiness,
            where=Ra.cluster_id.in_(clusters),
        )  # fmt: skip
        ratings.sort(
            key=lambda r: (cluster_order.get(r.cluster_id, 0), area_order.get(r.area_id, 0),
                           person_label.get(r.participant_id, ""), r.id)
        )  # fmt: skip
        out["ratings"] = [
            [r.id, cluster_name.get(r.cluster_id), person_label.get(r.participant_id),
             area_label.get(r.area_id), r.importance, r.readiness]
            for r in ratings
        ]  # fmt: skip

    def _links(self, link: Any, owner_column: str, owner: Any) -> dict[str, list[str]]:
        """owner id -> linked ids, for one link table of this workshop."""
        target = next(
            c.name
            for c in link.__table__.columns
            if c.name.endswith("_id") and c.name != owner_column
        )
        query = (
            select(getattr(link, owner_column), getattr(link, target))
            .join(owner, owner.id == getattr(link, owner_column))
            .where(owner.workshop_id == self.ws)
        )
        out: dict[str, list[str]] = defaultdict(list)
        for owner_id, target_id in self._run(query):
            out[owner_id].append(target_id)
        return out

    def _paths(self, out: dict[str, Any], goal_label: dict[str, str]) -> None:
        Pa, Ac, Im, Pr = m.PathRow, m.PathActionRow, m.PathImpactRow, m.PrincipleRow
        G = m.TargetGroupRow  # noqa: N806
        groups = self._all(G.id, G.name, order=(G.position, G.created_at))
        group_name = {r.id: r.name for r in groups}
        out["target_groups"] = [[r.id, r.name] for r in groups]
        paths = self._all(
            Pa.id, Pa.title, Pa.description, Pa.owner, order=(Pa.position, Pa.created_at)
        )
        links = self._links(m.PathSwotRow, "path_id", Pa)
        label = _labels((r.id, (r.title,)) for r in paths)
        order = {r.id: n for n, r in enumerate(paths)}
        goal_links = self._links(m.PathGoalRow, "path_id", Pa)
        order_of_goal = {goal_id: n for n, goal_id in enumerate(goal_label)}
        out["paths"] = [
            [
                r.id,
                r.title,
                r.description,
                _ids(links.get(r.id, ())),
                r.owner,
                ", ".join(
                    goal_label[g]
                    for g in sorted(goal_links.get(r.id, ()), key=lambda g: order_of_goal.get(g, 0))
                ),
            ]
            for r in paths
        ]
        in_paths = Ac.path_id.in_(select(Pa.id).where(Pa.workshop_id == self.ws))
        actions = self._all(Ac.id, Ac.path_id, Ac.text, Ac.position, Ac.created_at, where=in_paths)
        actions.sort(key=lambda r: (order.get(r.path_id, 0), r.position, r.created_at))
        out["path_actions"] = [[r.id, label.get(r.path_id), r.text] for r in actions]
        in_paths = Im.path_id.in_(select(Pa.id).where(Pa.workshop_id == self.ws))
        impacts = self._all(
            Im.id, Im.path_id, Im.target_group_id, Im.text, Im.position, Im.created_at,
            where=in_paths,
        )  # fmt: skip
        impacts.sort(key=lambda r: (order.get(r.path_id, 0), r.position, r.created_at))
        out["path_impacts"] = [
            [r.id, label.get(r.path_id), group_name.get(r.target_group_id), r.text] for r in impacts
        ]
        principles = self._all(Pr.id, Pr.title, Pr.text, order=(Pr.position, Pr.created_at))
        out["principles"] = [[r.id, r.title, r.text] for r in principles]

    def _goals(self, out: dict[str, Any], person_name: dict[str, str]) -> dict[str, str]:
        """The goal tree depth first, and its indicators; returns each goal's label (its
        code when no other goal has it, else its id) for the references to it."""
        G, Ind = m.GoalRow, m.GoalIndicatorRow
        rows = self._all(
            G.id, G.parent_id, G.level, G.code, G.title, G.owner_participant_id, G.owner_text,
            G.description, order=(G.position, G.created_at),
        )  # fmt: skip
        children: dict[str | None, list[Any]] = defaultdict(list)
        for r in rows:
            children[r.parent_id].append(r)
        ordered: list[Any] = []

        def walk(parent: str | None) -> None:
            for r in children.get(parent, ()):
                ordered.append(r)
                walk(r.id)

        walk(None)
        label = _labels((r.id, (r.code,)) for r in ordered)
        people = Counter(n.casefold() for n in person_name.values())

        def owner(r: Any) -> str:
            name = person_name.get(r.owner_participant_id or "")
            if name and people[name.casefold()] == 1:
                return name
            return r.owner_text

        out["goals"] = [
            [
                r.id,
                layout.GOAL_LEVEL_LABELS[r.level],
                r.code,
                r.title,
                label.get(r.parent_id) if r.parent_id else "",
                owner(r),
                r.description,
            ]
            for r in ordered
        ]
        order = {r.id: n for n, r in enumerate(ordered)}
        mine = Ind.goal_id.in_(select(G.id).where(G.workshop_id == self.ws))
        indicators = self._all(
            Ind.id, Ind.goal_id, Ind.name, Ind.baseline, Ind.target, Ind.target_year, Ind.position,
            Ind.created_at, where=mine,
        )  # fmt: skip
        indicators.sort(key=lambda r: (order.get(r.goal_id, 0), r.position, r.created_at))
        out["indicators"] = [
            [r.id, label.get(r.goal_id), r.name, r.baseline, r.target, r.target_year]
            for r in indicators
        ]
        return label

    def _tows(self, out: dict[str, Any], cluster_name: dict[str, str]) -> None:
        """The confrontation matrix (one row per marked pair) and the strategies. Points,
        paths and fiches by name where no other has it (read and typed), else by id."""
        It, Mk, St = m.SwotItemRow, m.TowsMarkRow, m.StrategyRow
        items = self._all(
            It.id, It.quadrant, It.text, It.cluster_id, It.absorbed_into_id,
            order=(case(_QUADRANT_ORDER, value=It.quadrant), It.position, It.created_at),
        )  # fmt: skip
        point = _labels((r.id, (r.text,)) for r in items)
        place = {r.id: n for n, r in enumerate(items)}
        # A point speaks for its own cluster and for those of the points it absorbed.
        scope: dict[str, set[str]] = defaultdict(set)
        for r in items:
            if r.cluster_id:
                scope[r.absorbed_into_id or r.id].add(r.cluster_id)
        cluster_place = {c: n for n, c in enumerate(cluster_name)}
        marks = self._all(Mk.internal_id, Mk.external_id, Mk.weight, where=(
            (Mk.workshop_id == self.ws) & (Mk.weight > 0)
        ))  # fmt: skip
        marks.sort(key=lambda r: (place.get(r.internal_id, 0), place.get(r.external_id, 0)))
        quadrant = {r.id: r.quadrant for r in items}
        out["tows_marks"] = [
            [
                point.get(r.internal_id, r.internal_id),
                point.get(r.external_id, r.external_id),
                quadrant.get(r.internal_id, "") + quadrant.get(r.external_id, ""),
                "\n".join(
                    cluster_name[c]
                    for c in sorted(
                        scope[r.internal_id] & scope[r.external_id], key=cluster_place.__getitem__
                    )
                ),
                r.weight,
            ]
            for r in marks
        ]
        fields = {f.value: n for n, f in enumerate(StrategyField)}
        strategies = self._all(
            St.id, St.field, St.title, St.text, St.cluster_id, St.position, St.created_at
        )
        strategies.sort(key=lambda r: (fields[r.field], r.position, r.created_at))
        Pa, Pr = m.PathRow, m.ProposalRow
        paths = self._all(Pa.id, Pa.title, order=(Pa.position, Pa.created_at))
        path_label = _labels((r.id, (r.title,)) for r in paths)
        path_place = {r.id: n for n, r in enumerate(paths)}
        proposals = self._all(Pr.id, Pr.code, Pr.title, order=(Pr.position, Pr.created_at))
        proposal_label = _labels((r.id, (r.code, r.title)) for r in proposals)
        proposal_place = {r.id: n for n, r in enumerate(proposals)}
        points = self._links(m.StrategySwotRow, "strategy_id", St)
        made_paths = self._links(m.PathStrategyRow, "strategy_id", St)
        made_proposals = self._links(m.ProposalStrategyRow, "strategy_id", St)

        def named(ids: Iterable[str], label: dict[str, str], order: dict[str, int]) -> str:
            return "\n".join(label.get(i, i) for i in sorted(ids, key=lambda i: order.get(i, 0)))

        out["strategies"] = [
            [
                r.id,
                r.field,
                cluster_name.get(r.cluster_id),
                r.title,
                r.text,
                named(points.get(r.id, ()), point, place),
                named(made_paths.get(r.id, ()), path_label, path_place),
                named(made_proposals.get(r.id, ()), proposal_label, proposal_place),
            ]
            for r in strategies
        ]

    def _proposals(
        self,
        out: dict[str, Any],
        cluster_name: dict[str, str],
        location_label: dict[str, str],
        goal_label: dict[str, str],
    ) -> None:
        P, Ac, Re, Sd = m.ProposalRow, m.ProposalActionRow, m.ProposalResourceRow, m.ProposalSdgRow
        proposals = self._all(
            P.id, P.code, P.title, P.cluster_id, P.policy_objective, P.mandatory, P.why, P.what,
            P.win, P.location_id, P.location_text, P.status_end_of_term, P.dependencies, P.risks,
            P.decision, P.decision_date, P.decision_motivation, P.owner, P.goal_id,
            order=(P.position, P.created_at),
        )  # fmt: skip
        label = _labels((r.id, (r.code, r.title)) for r in proposals)
        order = {r.id: n for n, r in enumerate(proposals)}
        swot_links = self._links(m.ProposalSwotRow, "proposal_id", P)
        path_links = self._links(m.ProposalPathRow, "proposal_id", P)
        extra = self._links(m.ProposalClusterRow, "proposal_id", P)
        cluster_order = {c: n for n, c in enumerate(cluster_name)}
        mine = Sd.proposal_id.in_(select(P.id).where(P.workshop_id == self.ws))
        sdgs: dict[str, list[int]] = defaultdict(list)
        for proposal_id, sdg in self._run(select(Sd.proposal_id, Sd.sdg).where(mine)):
            sdgs[proposal_id].append(sdg)
        out["proposals"] = [
            [
                r.id,
                r.code,
                r.title,
                cluster_name.get(r.cluster_id),
                r.policy_objective,
                vocabulary.MANDATORY_LABELS[0 if r.mandatory else 1],
                r.why,
                r.what,
                r.win,
                location_label.get(r.location_id) if r.location_id else r.location_text,
                r.status_end_of_term,
                r.dependencies,
                r.risks,
                ", ".join(str(n) for n in sorted(sdgs.get(r.id, ()))),
                _ids(swot_links.get(r.id, ())),
                _ids(path_links.get(r.id, ())),
                r.decision,
                r.decision_date,
                r.decision_motivation,
                r.owner,
                "; ".join(
                    cluster_name[c]
                    for c in sorted(extra.get(r.id, ()), key=lambda c: cluster_order.get(c, 0))
                    if c in cluster_name
                ),
                goal_label.get(r.goal_id) if r.goal_id else "",
            ]
            for r in proposals
        ]
        in_proposals = Ac.proposal_id.in_(select(P.id).where(P.workshop_id == self.ws))
        actions = self._all(
            Ac.id, Ac.proposal_id, Ac.text, Ac.start_year, Ac.end_year, Ac.position, Ac.created_at,
            where=in_proposals,
        )  # fmt: skip
        actions.sort(key=lambda r: (order.get(r.proposal_id, 0), r.position, r.created_at))
        out["proposal_actions"] = [
            [r.id, label.get(r.proposal_id), r.text, r.start_year, r.end_year] for r in actions
        ]
        in_proposals = Re.proposal_id.in_(select(P.id).where(P.workshop_id == self.ws))
        resources = self._all(
            Re.id, Re.proposal_id, Re.year, Re.investment, Re.investment_income, Re.operating,
            Re.operating_income, Re.fte, where=in_proposals,
        )  # fmt: skip
        resources.sort(key=lambda r: (order.get(r.proposal_id, 0), r.year))
        out["resources"] = [
            [
                r.id,
                label.get(r.proposal_id),
                r.year,
                r.investment,
                r.investment_income,
                r.operating,
                r.operating_income,
                r.fte,
            ]  # fmt: skip
            for r in resources
        ]

    def _rounds(
        self, out: dict[str, Any], cluster_name: dict[str, str], person_label: dict[str, str]
    ) -> None:
        R, Op = m.RoundRow, m.OptionRow
        rounds = self._all(
            R.id, R.title, R.question, R.method, R.rules_json, R.status, R.anonymous, R.top_n,
            R.revealed, order=(R.position, R.created_at),
        )  # fmt: skip
        label = _labels((r.id, (r.title,)) for r in rounds)
        order = {r.id: n for n, r in enumerate(rounds)}
        out["rounds"] = [
            [
                r.id,
                r.title,
                r.question,
                VotingMethod(r.method).label,
                json.dumps(json.loads(r.rules_json), ensure_ascii=False, sort_keys=True),
                RoundStatus(r.status).label,
                _yes(r.anonymous),
                r.top_n,
                _yes(r.revealed),
            ]
            for r in rounds
        ]
        in_rounds = Op.round_id.in_(select(R.id).where(R.workshop_id == self.ws))
        options = self._all(
            Op.id, Op.round_id, Op.kind, Op.proposal_id, Op.swot_item_id, Op.path_id, Op.title,
            Op.description, Op.position, Op.created_at, where=in_rounds,
        )  # fmt: skip
        options.sort(key=lambda r: (order.get(r.round_id, 0), r.position, r.created_at))
        out["options"] = [
            [
                r.id,
                label.get(r.round_id),
                layout.OPTION_KIND_LABELS[OptionKind(r.kind)],
                r.proposal_id or r.swot_item_id or r.path_id,
                r.title,
                r.description,
            ]
            for r in options
        ]
        ballots = self._ballots()
        out["ballots"] = _ballot_rows(rounds, options, ballots, label, cluster_name, person_label)
        out["results"] = _results(rounds, options, ballots)
        out["ideas"] = self._ideas(rounds, label, cluster_name)

    def _ideas(
        self, rounds: Sequence[Any], label: dict[str, str], cluster_name: dict[str, str]
    ) -> Rows:
        """Every idea of the ideas rounds, round by round, each in the fixed order of
        quadrant and text (the order they came in is nowhere, here neither)."""
        I = m.IdeaRow  # noqa: E741, N806
        order = {r.id: n for n, r in enumerate(rounds)}
        in_rounds = I.round_id.in_(select(m.RoundRow.id).where(m.RoundRow.workshop_id == self.ws))
        found = self._all(
            I.id, I.round_id, I.quadrant, I.cluster_id, I.status, I.text, where=in_rounds
        )
        places = {q.value: n for n, q in enumerate(Quadrant)}
        found.sort(
            key=lambda r: (
                order.get(r.round_id, 0),
                places.get(r.quadrant or "", 4),
                r.text.casefold(),
                r.id,
            )
        )
        quadrants = {q.value: q.label for q in Quadrant}
        return [
            [
                label.get(r.round_id),
                quadrants.get(r.quadrant or "", ""),
                cluster_name.get(r.cluster_id),
                IdeaStatus(r.status).label,
                r.text,
            ]
            for r in found
        ]

    def _ballots(self) -> dict[str, list[_Ballot]]:
        """round id -> its ballots, each with its entries: two queries on plain rows."""
        B, E = m.BallotRow, m.BallotEntryRow
        # A survey's ballots only tie a phone to its respondent; the answers themselves
        # are exported with the participants' assessments.
        voted = select(m.RoundRow.id).where(
            m.RoundRow.workshop_id == self.ws, m.RoundRow.method != VotingMethod.SURVEY.value
        )
        mine = B.round_id.in_(voted)
        by_id: dict[str, _Ballot] = {}
        by_round: dict[str, list[_Ballot]] = defaultdict(list)
        query = select(B.id, B.round_id, B.source, B.cluster_id, B.participant_id).where(mine)
        for ballot_id, round_id, source, cluster_id, participant_id in self._run(query):
            ballot = _Ballot(ballot_id, source, cluster_id, participant_id, [])
            by_id[ballot_id] = ballot
            by_round[round_id].append(ballot)
        query = select(E.ballot_id, E.option_id, E.value, E.criterion_id).join(
            B, B.id == E.ballot_id
        )
        for ballot_id, option_id, value, criterion in self._run(query.where(mine)):
            by_id[ballot_id].entries.append(ranking.Entry(option_id, value, criterion))
        return by_round


@dataclass
class _Ballot:
    id: str
    source: str
    cluster_id: str | None
    participant_id: str | None
    entries: list[ranking.Entry]


def _number(value: float) -> float | int:
    """2.0 -> 2: dots, scores and places are whole numbers and read as such."""
    return int(value) if value.is_integer() else value


def _option_labels(options: Sequence[Any]) -> dict[str, str]:
    """option id -> its title when no other option of the same round has it, else the id."""
    counts = Counter((o.round_id, o.title.casefold()) for o in options)
    return {
        o.id: o.title
        if counts[(o.round_id, o.title.casefold())] == 1 and not values.is_id(o.title)
        else o.id
        for o in options
    }


def _entry_order(
    method: VotingMethod, rules: dict[str, Any], option_order: dict[str, int]
) -> Callable[[ranking.Entry], tuple[Any, ...]]:
    """A ballot's entries as people read them: a ranking best first, otherwise in the
    order of the options (and of the criteria)."""
    if method is VotingMethod.RANK:
        return lambda e: (e.value, option_order.get(e.option_id, 0))
    criteria = {c["id"]: n for n, c in enumerate(rules.get("criteria", ()))}
    return lambda e: (
        option_order.get(e.option_id, 0),
        criteria.get(e.criterion_id or "", len(criteria)),
        e.criterion_id or "",
    )


def _ballot_rows(
    rounds: Sequence[Any],
    options: Sequence[Any],
    ballots: dict[str, list[_Ballot]],
    round_label: dict[str, str],
    cluster_name: dict[str, str],
    person_label: dict[str, str],
) -> Rows:
    """One row per entry; the ballots of a round sorted by their random ids, so the
    rows say nothing about the order in which they were cast, and never the voter key."""
    option_label = _option_labels(options)
    option_order = {o.id: n for n, o in enumerate(options)}
    sources = vocabulary.BALLOT_SOURCE_LABELS
    rows: Rows = []
    for r in rounds:
        method = VotingMethod(r.method)
        entry_order = _entry_order(method, json.loads(r.rules_json), option_order)
        for b in sorted(ballots.get(r.id, ()), key=lambda b: b.id):
            head = [
                b.id,
                round_label.get(r.id),
                sources[BallotSource(b.source)],
                cluster_name.get(b.cluster_id or ""),
                None if r.anonymous else person_label.get(b.participant_id or ""),
            ]
            if not b.entries:
                rows.append([*head, None, None, None])
            for e in sorted(b.entries, key=entry_order):
                rows.append(
                    [*head, option_label.get(e.option_id, e.option_id), e.criterion_id,
                     _number(e.value)]
                )  # fmt: skip
    return rows


def _results(
    rounds: Sequence[Any], options: Sequence[Any], ballots: dict[str, list[_Ballot]]
) -> Rows:
    """The ranking of every round, tallied as the rounds service does, from plain rows."""
    titles = {o.id: o.title for o in options}
    rows: Rows = []
    for r in rounds:
        method = VotingMethod(r.method)
        option_ids = [o.id for o in options if o.round_id == r.id]
        cast = ballots.get(r.id, [])
        ranked = ranking.tally(
            method, json.loads(r.rules_json), option_ids, (b.entries for b in cast)
        )
        for x in ranked:
            rows.append(
                [r.title, method.label, RoundStatus(r.status).label, len(cast), x.rank,
                 titles[x.option_id], x.score]
            )  # fmt: skip
    return rows
