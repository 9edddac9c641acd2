"""The demo workshop, built from the seed documents (resources/demo/*.json).

``normal`` is one coherent workshop a facilitator can explore; ``large`` scales
it up for benchmarks (6 clusters, 100 participants, 5,000 SWOT points, 500
recommendations, 1,000 proposals, 10 rounds of 100 ballots). Everything is
written in one transaction, so a demo is either there completely or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import resources
from app.domain import ideas, ranking, rules
from app.domain.enums import OptionKind, RoundStatus, VotingMethod
from app.services import common, target_groups
from app.services import rounds as round_service
from app.services.workshops import add_default_areas
from app.storage import models as m
from app.storage.store import Store

R = TypeVar("R", bound=m.Base)


@dataclass(frozen=True)
class Size:
    participants: int
    swot_items: int
    recommendations: int
    proposals: int
    rounds: int
    ballots_per_round: int


LARGE = Size(
    participants=100,
    swot_items=5000,
    recommendations=500,
    proposals=1000,
    rounds=10,
    ballots_per_round=100,
)


# A beleidsdoelstelling per sector of seed 002, in the words of a multi-year plan.
_OBJECTIVES = {
    "Zorg": "Zorg op maat voor wie het nodig heeft",
    "Burger en samenleving": "Een warme, inclusieve samenleving",
    "Vrije tijd": "Een bruisend vrijetijdsaanbod voor iedereen",
    "Stadsontwikkeling": "Een duurzame, bereikbare en veilige stad",
    "Ondersteunende diensten": "Een wendbare, klantgerichte organisatie",
}


def _data(name: str) -> Any:
    return resources.load_json("demo", name)


def _share(amount: float, subsidised: bool) -> float:
    """The subsidised part of an amount: 40%, in whole thousands."""
    return float(round(amount * 0.4, -3)) if subsidised else 0.0


def build_demo(store: Store, size: str = "normal") -> str:
    """Write the demo workshop into ``store`` and return its id."""
    if size not in ("normal", "large"):
        raise ValueError(size)
    rng = random.Random(2026)
    with store.transaction() as uow:
        builder = _Builder(uow.session, rng, LARGE if size == "large" else None)
        workshop_id = builder.build()
    return workshop_id


class _Builder:
    def __init__(self, session: Session, rng: random.Random, large: Size | None) -> None:
        self.s = session
        self.rng = rng
        self.large = large
        self.spec = _data("workshop.json")

    def add(self, row: R) -> R:
        row.id = m.new_id()  # known before the flush, so rows can refer to each other
        self.s.add(row)
        return row

    def build(self) -> str:
        spec = self.spec
        start, end = spec["period"]
        self.workshop = self.add(
            m.WorkshopRow(
                title=spec["title"],
                organisation=spec["organisation"],
                period_start=start,
                period_end=end,
                description=spec["description"],
                show_names=spec["show_names"],
            )
        )
        self.s.flush()
        add_default_areas(self.s, self.workshop.id)
        target_groups.add_defaults(self.s, self.workshop.id)
        self.s.flush()
        areas = self.s.scalars(select(m.AreaRow).where(m.AreaRow.workshop_id == self.workshop.id))
        self.areas = {a.name: a for a in areas}
        self.locations()
        self.clusters()
        self.sessions()
        self.participants()
        self.swot()
        self.recommendations()
        self.assessments()
        self.paths()
        self.proposals()
        self.s.flush()
        self.goals()
        self.s.flush()
        self.budget_room()
        self.rounds()
        self.report_texts()
        self.strategies()
        return self.workshop.id

    @property
    def ws(self) -> str:
        return self.workshop.id

    def strategies(self) -> None:
        """The confrontation matrix of one cluster (seed 003's points): the room's marks,
        a strategy in each field, one of them behind a path and one behind a fiche.
        Last, and without the random generator: the rest of the demo stays as it was."""
        data = _data("strategies.json")
        cluster = self.cluster_by_seed[data["cluster"]]
        by_text = {i.text: i for i in reversed(self.items) if not i.absorbed_into_id}
        point = {key: by_text[text] for key, text in data["points"].items()}
        for internal, external, weight in data["marks"]:
            self.add(
                m.TowsMarkRow(
                    workshop_id=self.ws,
                    internal_id=point[internal].id,
                    external_id=point[external].id,
                    weight=weight,
                )
            )
        positions: dict[str, int] = defaultdict(int)
        for spec in data["strategies"]:
            row = self.add(
                m.StrategyRow(
                    workshop_id=self.ws,
                    field=spec["field"],
                    title=spec["title"],
                    text=spec["text"],
                    cluster_id=cluster.id,
                    position=positions[spec["field"]],
                )
            )
            positions[spec["field"]] += 1
            ids = [point[key].id for key in spec["points"]]
            row.swot_links = [m.StrategySwotRow(swot_item_id=i) for i in ids]
            self.s.flush()
            # What was made of it keeps the strategy's points, as strategies.to_path does.
            for kind, row_type, link_type, owner in (
                ("path", m.PathRow, m.PathStrategyRow, "path_id"),
                ("proposal", m.ProposalRow, m.ProposalStrategyRow, "proposal_id"),
            ):
                if kind not in spec:
                    continue
                made: Any = self.s.scalars(
                    select(row_type)
                    .where(row_type.workshop_id == self.ws, row_type.title == spec[kind])
                    .order_by(row_type.position)
                ).first()
                self.add(link_type(strategy_id=row.id, **{owner: made.id}))
                have = {link.swot_item_id for link in made.swot_links}
                for item_id in ids:
                    if item_id not in have:
                        made.swot_links.append(
                            (m.PathSwotRow if kind == "path" else m.ProposalSwotRow)(
                                swot_item_id=item_id
                            )
                        )
        self.s.flush()

    def report_texts(self) -> None:
        """The workshop's own introduction and conclusion per report part."""
        for part, texts in _data("report_texts.json").items():
            if part.startswith("_"):
                continue
            self.add(
                m.ReportTextRow(
                    workshop_id=self.ws,
                    part=part,
                    intro=texts.get("intro", ""),
                    conclusion=texts.get("conclusion", ""),
                )
            )

    def locations(self) -> None:
        self.location_by_name = {}
        for position, loc in enumerate(_data("locations.json")["locations"]):
            row = self.add(
                m.LocationRow(
                    workshop_id=self.ws,
                    name=loc["name"],
                    address=loc["address"],
                    postcode=loc["postcode"],
                    deelgemeente=loc["deelgemeente"],
                    position=position,
                )
            )
            self.location_by_name[loc["name"]] = row

    def clusters(self) -> None:
        self.cluster_rows: list[m.ClusterRow] = []
        self.cluster_by_name: dict[str, m.ClusterRow] = {}
        self.cluster_by_seed: dict[str, m.ClusterRow] = {}
        self.cluster_code: dict[str, str] = {}
        for position, c in enumerate(self.spec["clusters"]):
            row = self.add(
                m.ClusterRow(
                    workshop_id=self.ws,
                    name=c["name"],
                    is_reference=c["reference"],
                    position=position,
                    color=rules.CLUSTER_PALETTE[position % len(rules.CLUSTER_PALETTE)],
                )
            )
            self.cluster_rows.append(row)
            self.cluster_by_name[c["name"]] = row
            self.cluster_by_seed[c["seed_003"]] = row
            self.cluster_code[row.id] = c["code"]

    def sessions(self) -> None:
        self.session_rows = []
        self.session_for_quadrant: dict[str, m.SessionRow] = {}
        for position, spec in enumerate(self.spec["sessions"]):
            row = self.add(
                m.SessionRow(
                    workshop_id=self.ws,
                    title=spec["title"],
                    date=dt.date.fromisoformat(spec["date"]),
                    location_id=self.location_by_name[spec["location"]].id,
                    position=position,
                )
            )
            self.session_rows.append(row)
            for q in spec["quadrants"]:
                self.session_for_quadrant[q] = row

    def participants(self) -> None:
        people = _data("people.json")
        total = (
            self.large.participants
            if self.large
            else self.spec["participants_per_cluster"] * len(self.cluster_rows)
        )
        firsts, lasts = list(people["first_names"]), list(people["last_names"])
        self.rng.shuffle(firsts)
        self.rng.shuffle(lasts)
        self.participant_rows = []
        for i in range(total):
            cluster = self.cluster_rows[i % len(self.cluster_rows)]
            if cluster.is_reference:
                role = self.rng.choice(
                    ["algemeen directeur", "financieel directeur", "sectormanager"]
                )
            else:
                role = self.rng.choice(people["roles"])
            name = f"{firsts[i % len(firsts)]} {lasts[(i * 7) % len(lasts)]}"
            self.participant_rows.append(
                self.add(
                    m.ParticipantRow(
                        workshop_id=self.ws, name=name, cluster_id=cluster.id, role=role, position=i
                    )
                )
            )

    def _cluster_for(self, point: dict[str, Any]) -> m.ClusterRow:
        seed_cluster = point.get("cluster")
        if seed_cluster in self.cluster_by_seed:
            return self.cluster_by_seed[seed_cluster]
        return self.rng.choice(self.cluster_rows)

    def swot(self) -> None:
        points = _data("analysis.json")["swot"]
        self.items: list[m.SwotItemRow] = []
        self.items_by_area: dict[str, list[m.SwotItemRow]] = defaultdict(list)
        positions: dict[str, int] = defaultdict(int)
        target = self.large.swot_items if self.large else len(points)
        # Texts that several clusters raised become one consolidated point.
        first_of_text: dict[tuple[str, str], m.SwotItemRow] = {}
        used_clusters: dict[tuple[str, str], set[str]] = defaultdict(set)
        for i in range(target):
            point = points[i % len(points)]
            round_no = i // len(points)
            area = self.areas[point["area"]]
            text = (
                point["text"]
                if round_no == 0
                else f"{point['text']} ({_ROUND_NOTE[round_no % len(_ROUND_NOTE)]})"
            )
            cluster = self._cluster_for(point)
            key = (point["quadrant"], point["text"])
            if key in first_of_text and round_no == 0:
                # Another mention of the same point: give it a cluster not yet used.
                free = [c for c in self.cluster_rows if c.id not in used_clusters[key]]
                cluster = self.rng.choice(free or self.cluster_rows)
            session = self.session_for_quadrant.get(point["quadrant"], self.session_rows[0])
            row = self.add(
                m.SwotItemRow(
                    workshop_id=self.ws,
                    quadrant=point["quadrant"],
                    text=text,
                    cluster_id=cluster.id,
                    area_id=area.id,
                    session_id=session.id,
                    position=positions[point["quadrant"]],
                )
            )
            positions[point["quadrant"]] += 1
            if round_no == 0:
                if key in first_of_text:
                    row.absorbed_into_id = first_of_text[key].id
                else:
                    first_of_text[key] = row
                    self.items_by_area[area.id].append(row)
                used_clusters[key].add(cluster.id)
            self.items.append(row)
        self.s.flush()

    def recommendations(self) -> None:
        recs = _data("analysis.json")["recommendations"]
        target = self.large.recommendations if self.large else len(recs)
        positions: dict[str, int] = defaultdict(int)
        for i in range(target):
            rec = recs[i % len(recs)]
            area = self.areas[rec["area"]]
            text = (
                rec["text"]
                if i < len(recs)
                else f"{rec['text']} ({_ROUND_NOTE[(i // len(recs)) % len(_ROUND_NOTE)]})"
            )
            cluster = self.cluster_by_seed.get(rec.get("cluster", ""))
            row = self.add(
                m.RecommendationRow(
                    workshop_id=self.ws,
                    area_id=area.id,
                    cluster_id=cluster.id if cluster else None,
                    text=text,
                    position=positions[area.id],
                )
            )
            positions[area.id] += 1
            candidates = self.items_by_area.get(area.id, [])
            for item in self.rng.sample(candidates, min(2, len(candidates))):
                row.swot_links.append(m.RecommendationSwotRow(swot_item_id=item.id))

    def assessments(self) -> None:
        """Plausible answers: each cluster sees each area a bit differently; the
        management team is a little more critical (the reference in seed 003)."""
        statements = self.s.scalars(
            select(m.StatementRow).where(m.StatementRow.workshop_id == self.ws)
        )
        by_area: dict[str, list[m.StatementRow]] = defaultdict(list)
        for st in statements:
            by_area[st.area_id].append(st)
        for cluster in self.cluster_rows:
            for area in self.areas.values():
                level = self.rng.uniform(2.3, 4.2) - (0.3 if cluster.is_reference else 0.0)
                importance = min(5, max(1, round(self.rng.gauss(3.8, 0.8))))
                readiness = None
                if area.kind == "external":
                    readiness = min(5, max(1, round(self.rng.gauss(level, 0.7))))
                self.s.add(
                    m.AreaRatingRow(
                        cluster_id=cluster.id,
                        area_id=area.id,
                        importance=importance,
                        readiness=readiness,
                    )
                )
                for st in by_area.get(area.id, []):
                    score = (
                        None
                        if self.rng.random() < 0.03
                        else min(5, max(1, round(self.rng.gauss(level, 0.8))))
                    )
                    self.s.add(
                        m.StatementScoreRow(cluster_id=cluster.id, statement_id=st.id, score=score)
                    )

    def paths(self) -> None:
        data = _data("paths.json")
        internal = [i for i in self.items if i.quadrant in ("S", "W") and not i.absorbed_into_id][
            :400
        ]
        self.path_rows = []
        for position, p in enumerate(data["paths"]):
            row = self.add(
                m.PathRow(
                    workshop_id=self.ws,
                    title=p["title"],
                    description=p["description"],
                    position=position,
                    owner=_PATH_OWNERS[position % len(_PATH_OWNERS)],
                )
            )
            row.actions = [m.PathActionRow(text=t, position=n) for n, t in enumerate(p["actions"])]
            row.impacts = [
                m.PathImpactRow(
                    target_group_id=self._target_group(x["target_group"]).id,
                    text=x["text"],
                    position=n,
                )
                for n, x in enumerate(p["impacts"])
            ]
            for item in self.rng.sample(internal, min(3, len(internal))):
                row.swot_links.append(m.PathSwotRow(swot_item_id=item.id))
            self.path_rows.append(row)
        for position, p in enumerate(data["principles"]):
            self.add(
                m.PrincipleRow(
                    workshop_id=self.ws, title=p["title"], text=p["text"], position=position
                )
            )

    def _target_group(self, word: str) -> m.TargetGroupRow:
        """A group of the workshop's list by its name (the demo data's lower-case word)."""
        row = target_groups.find(self.s, self.ws, word)
        if row is None:  # a group of the demo data's own: added to the list
            row = self.add(
                m.TargetGroupRow(
                    workshop_id=self.ws,
                    name=word[:1].upper() + word[1:],
                    position=common.next_position(self.s, m.TargetGroupRow, workshop_id=self.ws),
                )
            )
            self.s.flush()
        return row

    def proposals(self) -> None:
        proposals = _data("fiches.json")["fiches"]
        target = self.large.proposals if self.large else len(proposals)
        counters: dict[str, int] = defaultdict(int)
        visible = [i for i in self.items if not i.absorbed_into_id][:800]
        self.proposals_by_cluster: dict[str, list[m.ProposalRow]] = defaultdict(list)
        self.proposal_rows: list[tuple[m.ProposalRow, dict[str, Any], m.PathRow]] = []
        start, end = self.spec["period"]
        for i in range(target):
            f = proposals[i % len(proposals)]
            cluster = self.cluster_by_name[f["sector"]]
            counters[cluster.id] += 1
            code = f"{self.cluster_code[cluster.id]}-{counters[cluster.id]:02d}"
            location = self.location_by_name.get(f["location"])
            title = (
                f["title"]
                if i < len(proposals)
                else f"{f['title']} ({_ROUND_NOTE[(i // len(proposals)) % len(_ROUND_NOTE)]})"
            )
            row = self.add(
                m.ProposalRow(
                    workshop_id=self.ws,
                    code=code,
                    title=title[:300],
                    cluster_id=cluster.id,
                    policy_objective=f["policy_objective"],
                    why=f["why"],
                    # The seed's own description says what the fiche wants to achieve.
                    what=f["summary"] or f["what"],
                    win=f["win"],
                    location_id=location.id if location else None,
                    location_text="" if location else f["location"],
                    status_end_of_term=f["status_end_of_term"],
                    dependencies=f["dependencies"],
                    risks=f["risks"],
                    mandatory=f["mandatory"],
                    position=i,
                )
            )
            row.sdg_links = [m.ProposalSdgRow(sdg=n) for n in sorted(set(f["sdgs"]))]
            row.actions = [
                m.ProposalActionRow(
                    text=a["text"], start_year=a["start"], end_year=a["end"], position=n
                )
                for n, a in enumerate(f["actions"])
            ]
            fte_years = {str(y) for y in range(start, end + 1)}
            # A fiche that speaks of subsidies gets part of its money back (seed 002:
            # subsidies are 37% of the operating income): income of both kinds.
            subsidised = "subsidie" in f"{f['why']} {f['summary']} {f['dependencies']}".lower()
            row.resources = [
                m.ProposalResourceRow(
                    year=int(year),
                    investment=float(f["investment_per_year"].get(year, 0)),
                    operating=float(f["operating_per_year"].get(year, 0)),
                    investment_income=_share(f["investment_per_year"].get(year, 0), subsidised),
                    operating_income=_share(f["operating_per_year"].get(year, 0), subsidised),
                    fte=float(f["fte"]),
                )
                for year in sorted(fte_years)
            ]
            for item in self.rng.sample(visible, min(2, len(visible))):
                row.swot_links.append(m.ProposalSwotRow(swot_item_id=item.id))
            path = self.path_rows[i % len(self.path_rows)]
            row.path_links.append(m.ProposalPathRow(path_id=path.id))
            row.owner = f"Sectormanager {cluster.name.lower()}"
            # "Over de grenzen heen" (seed 002): a fiche that names another sector as
            # its partner belongs to that sector too.
            said = " ".join(str(f[k]) for k in ("why", "what", "win", "summary", "dependencies"))
            for other in self.cluster_rows:
                if other is not cluster and f"sector {other.name.lower()}" in said.lower():
                    row.cluster_links.append(m.ProposalClusterRow(cluster_id=other.id))
            self.proposals_by_cluster[cluster.id].append(row)
            self.proposal_rows.append((row, f, path))

    def goals(self) -> None:
        """The goal tree from the seeds: a beleidsdoelstelling per sector (seed 002), an
        actieplan per policy objective of its fiches (a sector that wrote its own name
        as objective: per development path of seed 000), two acties per actieplan from
        its first fiches' actions; every fiche under its actieplan or actie. Owners are
        the sectors' people or a service; indicators as a municipality would set them."""
        end = self.spec["period"][1]
        people: dict[str, list[m.ParticipantRow]] = defaultdict(list)
        for person in self.participant_rows:
            people[person.cluster_id or ""].append(person)
        objectives: dict[str, m.GoalRow] = {}
        plans: dict[tuple[str, str], m.GoalRow] = {}
        actions: dict[str, int] = defaultdict(int)
        for row, f, path in self.proposal_rows:
            one_cluster = f["sector"]
            cluster = self.cluster_by_name[one_cluster]
            staff = people.get(cluster.id) or self.participant_rows
            if one_cluster not in objectives:
                n = len(objectives) + 1
                bd = self.add(
                    m.GoalRow(
                        workshop_id=self.ws, level=1, code=f"BD{n:02d}",
                        title=_OBJECTIVES.get(one_cluster, one_cluster),
                        owner_participant_id=staff[0].id,
                        owner_text="", description="", position=n - 1,
                    )
                )  # fmt: skip
                bd.indicators = [
                    m.GoalIndicatorRow(
                        name="Tevredenheid van de inwoners (burgerbevraging, %)",
                        baseline="62", target="75", target_year=end, position=0,
                    )
                ]  # fmt: skip
                objectives[one_cluster] = bd
            bd = objectives[one_cluster]
            theme = f["policy_objective"]
            from_path = theme.strip().casefold() == one_cluster.casefold()
            if from_path:
                theme = path.title
            if (one_cluster, theme) not in plans:
                n = sum(1 for s, _ in plans if s == one_cluster) + 1
                code = f"{bd.code.replace('BD', 'AP')}.{n:02d}"
                ap = self.add(
                    m.GoalRow(
                        workshop_id=self.ws, parent_id=bd.id, level=2, code=code,
                        title=theme[:500], owner_participant_id=None,
                        owner_text=f"Team {self.cluster_code[cluster.id]} – {one_cluster}",
                        description="", position=n - 1,
                    )
                )  # fmt: skip
                ap.indicators = [
                    m.GoalIndicatorRow(
                        name="Gerealiseerde fiches", baseline="0", target="100 %",
                        target_year=end, position=0,
                    )
                ]  # fmt: skip
                plans[(one_cluster, theme)] = ap
                if from_path:  # the path (seed 000) the actieplan takes its theme from
                    path.goal_links.append(m.PathGoalRow(goal_id=ap.id))
            ap = plans[(one_cluster, theme)]
            goal = ap
            if actions[ap.id] < 2 and f["actions"]:
                actions[ap.id] += 1
                n = actions[ap.id]
                goal = self.add(
                    m.GoalRow(
                        workshop_id=self.ws, parent_id=ap.id, level=3,
                        code=f"{ap.code.replace('AP', 'AC')}.{n:02d}",
                        title=f["actions"][0]["text"][:500],
                        owner_participant_id=staff[n % len(staff)].id, owner_text="",
                        description="", position=n - 1,
                    )
                )  # fmt: skip
            row.goal_id = goal.id

    def budget_room(self) -> None:
        """The financial room per year: what the mandatory fiches need net, with a
        margin ("de financiële ruimte is krap", seed 002): some keuze fiches fit."""
        start, end = self.spec["period"]
        need = {y: [0.0, 0.0] for y in range(start, end + 1)}
        for rows in self.proposals_by_cluster.values():
            for p in rows:
                if p.mandatory:
                    for r in p.resources:
                        need[r.year][0] += r.investment - r.investment_income
                        need[r.year][1] += r.operating - r.operating_income
        for year, (investment, operating) in need.items():
            self.add(
                m.BudgetRoomRow(
                    workshop_id=self.ws,
                    year=year,
                    investment_room=round(investment * 1.3 + 1_500_000, -5),
                    operating_room=round(operating * 1.2 + 150_000, -4),
                )
            )

    def rounds(self) -> None:
        specs = list(self.spec["rounds"])
        if self.large:
            methods = ["dots", "score", "rank", "budget"]
            specs = [
                {
                    "title": f"Stemronde {n + 1}",
                    "question": "Welke voorstellen krijgen voorrang?",
                    "method": methods[n % 4],
                    "sector": self.cluster_rows[n % 5].name,
                    "options": 12,
                    "status": "open" if n == self.large.rounds - 1 else "closed",
                    "ballots": self.large.ballots_per_round,
                    "top_n": 5,
                }
                for n in range(self.large.rounds)
            ]
        voters = list(self.cluster_rows)
        for position, spec in enumerate(specs):
            method = VotingMethod(spec["method"])
            cluster = self.cluster_by_name[spec["sector"]]
            chosen = self.proposals_by_cluster[cluster.id][: spec["options"]]
            rules = ranking.default_rules(method, len(chosen))
            row = self.add(
                m.RoundRow(
                    workshop_id=self.ws,
                    title=spec["title"],
                    question=spec["question"],
                    method=method.value,
                    rules_json=json.dumps(rules, ensure_ascii=False),
                    status=RoundStatus.DRAFT.value,
                    anonymous=True,
                    token=round_service.new_token(),
                    revealed=spec["status"] == "closed",
                    top_n=spec["top_n"],
                    position=position,
                )
            )
            row.options = [
                m.OptionRow(
                    id=m.new_id(),
                    kind=OptionKind.PROPOSAL.value,
                    proposal_id=p.id,
                    title=f"{p.code} {p.title}"[:300],
                    description=p.what,
                    position=n,
                )
                for n, p in enumerate(chosen)
            ]
            self.s.flush()
            option_ids = [o.id for o in row.options]
            for b in range(spec["ballots"]):
                paper = b % 6 == 5  # about one in six votes on paper
                ballot = round_service.BallotInput(
                    entries=_random_entries(self.rng, method, rules, option_ids),
                    voter=None if paper else f"demo-voter-{position}-{b:04d}",
                    cluster_id=self.rng.choice(voters).id,
                )
                round_service.store_ballot(self.s, row, ballot)
            row.status = spec["status"]
        # A draft ideas round (issue 12): the room writes the SWOT points of the day.
        self.add(
            m.RoundRow(
                workshop_id=self.ws,
                title="Ideeën uit de zaal: sterktes, zwaktes, kansen en bedreigingen",
                question="Wat gaat goed, wat kan beter, welke kansen en bedreigingen zie je?",
                method=VotingMethod.IDEAS.value,
                rules_json=json.dumps(ideas.rules(quadrants=["S", "W", "O", "T"])),
                status=RoundStatus.DRAFT.value,
                anonymous=True,
                token=round_service.new_token(),
                position=len(specs),
            )
        )


_ROUND_NOTE = [
    "",
    "herhaald",
    "sessie 2",
    "sessie 3",
    "andere locatie",
    "uitgebreid",
    "variant",
    "aangevuld",
]


# Who pulls each of the demo's paths (the management team takes them up, seed 000).
_PATH_OWNERS = (
    "Diensthoofd personeel",
    "Algemeen directeur",
    "Diensthoofd burgerzaken",
    "Algemeen directeur",
    "Beleidscoördinator participatie",
    "Duurzaamheidsambtenaar",
    "Managementteam",
)


def _random_entries(
    rng: random.Random, method: VotingMethod, rules: dict[str, Any], option_ids: list[str]
) -> Any:
    """A plausible ballot: people agree on some favourites (a weighted choice)."""
    weights = [1.0 / (1 + i * 0.35) for i in range(len(option_ids))]
    if method is VotingMethod.DOTS:
        entries: dict[str, int] = {}
        for _ in range(rules["dots"]):
            option = rng.choices(option_ids, weights)[0]
            if entries.get(option, 0) < rules["max_per_option"]:
                entries[option] = entries.get(option, 0) + 1
        return entries
    if method is VotingMethod.SCORE:
        return {
            o: {
                c["id"]: min(5, max(1, round(rng.gauss(4 - i * 0.15, 0.9))))
                for c in rules["criteria"]
            }
            for i, o in enumerate(option_ids)
        }
    if method is VotingMethod.RANK:
        order = sorted(option_ids, key=lambda o: -rng.random() * weights[option_ids.index(o)])
        return order[: rules["max_ranked"]]
    budget = rules["budget"]
    picks = rng.sample(option_ids, min(4, len(option_ids)))
    return {o: budget // len(picks) for o in picks}
