"""Writing a recognised workbook into a store, inside one unit of work.

One handler per kind of sheet, called row by row in an order where whatever a
row refers to comes first. Nothing is ever deleted. Problems are collected
per cell; the caller rolls back when there are any.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.domain import ranking, rules, tows
from app.domain.entities import Entity
from app.domain.enums import AreaKind, OptionKind, Quadrant, RoundStatus, VotingMethod
from app.domain.errors import NotFound, ValidationError
from app.domain.messages import message_of, msg
from app.exchange import layout, values, vocabulary
from app.exchange.goal_rows import GoalRows
from app.exchange.matching import RowProblem, StoreMatcher, assign_changed, folded
from app.exchange.problems import ImportCancelled
from app.exchange.recognise import ParsedRow, ParsedSheet
from app.services import (
    analysis,
    ballots,
    organisation,
    paths,
    proposals,
    strategies,
    swot,
    target_groups,
    workshops,
)
from app.services import rounds as round_service
from app.services.links import replace_links
from app.storage import models as m

ORDER = (
    "workshop",
    "locations",
    "clusters",
    "sessions",
    "participants",
    # Before the paths and fiches that refer to them.
    "goals",
    "indicators",
    "areas",
    "statements",
    "swot",
    "synthesis",
    "recommendations",
    "scores",
    "ratings",
    "target_groups",
    "paths",
    "path_actions",
    "path_impacts",
    "principles",
    "proposals",
    "proposal_actions",
    "resources",
    "rooms",
    "tows_marks",
    "strategies",
    "rounds",
    "options",
    "ballots",
    "report_texts",
)

# Ballots stored between two questions whether the user cancelled.
_REPORT_EVERY = 200


class StoreImport(StoreMatcher):
    """One import into the store behind ``uow``; see :meth:`run`."""

    # -- the run -----------------------------------------------------------------

    def run(self) -> None:
        workshop = self.s.scalars(select(m.WorkshopRow).order_by(m.WorkshopRow.created_at)).first()
        if workshop is None:
            raise NotFound(msg("Het werkbestand bevat nog geen workshop."))
        self.workshop = workshop
        self.ws = workshop.id
        self._room_years: dict[str, set[int]] = {}
        self._load()
        by_kind: dict[str, list[ParsedSheet]] = defaultdict(list)
        for sheet in self.book.sheets:
            by_kind[sheet.spec.kind].append(sheet)
        total = max(1, self.book.row_count)
        for kind in ORDER:
            handler = getattr(self, f"_{kind}")
            for sheet in by_kind.get(kind, []):
                for row in sheet.rows:
                    try:
                        handler(sheet, row)
                    except RowProblem as exc:
                        self._problem(sheet, row, exc.field, exc.message)
                    except (ValidationError, NotFound) as exc:
                        self._problem(sheet, row, getattr(exc, "field", None), message_of(exc))
                    self._tick(total)
            if kind == "swot":
                # Every point exists before any is absorbed: a flush writes updates
                # before inserts, so a point absorbed by a new one would fail its key.
                self.s.flush()
                self._absorption()
            if kind == "ballots":
                self._store_ballots()
            if kind == "synthesis":
                self._store_synthesis()
            # Later kinds look these rows up by id or name (session.get needs them flushed).
            self.s.flush()
        if self.progress is not None:
            self.progress(total, total)

    # -- one handler per kind ------------------------------------------------------------

    def _workshop(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        w = self.workshop
        v = prow.values
        clean: dict[str, Any] = {}
        if "title" in v:
            clean["title"] = rules.required_text(v["title"], msg("De titel"), "title")
        for key, label in (
            ("organisation", msg("De organisatie")),
            ("description", msg("De beschrijving")),
        ):
            if key in v:
                clean[key] = rules.optional_text(v[key], label, key)
        start = v.get("period_start") or w.period_start
        end = v.get("period_end") or w.period_end
        try:
            rules.planning_period(start, end)
        except ValidationError as exc:
            raise RowProblem("period_start", message_of(exc)) from None
        clean["period_start"], clean["period_end"] = start, end
        if v.get("show_names") is not None:
            clean["show_names"] = v["show_names"]
        if v.get("synonyms"):  # an empty cell (a template) keeps the workshop's own list
            clean["synonyms"] = workshops.synonyms_text(v["synonyms"])
        if assign_changed(w, clean):
            self.updated[Entity.WORKSHOP.count_key].add(w.id)

    def _locations(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.LocationRow, prow, folded(v.get("name")))
        fields = self._given(sheet, prow, "name", "address", "postcode", "deelgemeente")
        self._save(organisation.locations, existing, new_id, fields, Entity.LOCATION.count_key)

    def _clusters(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.ClusterRow, prow, folded(v.get("name")))
        fields = self._given(sheet, prow, "name", "color")
        if v.get("is_reference") is not None:
            fields["is_reference"] = v["is_reference"]
        if not fields.get("color"):
            fields.pop("color", None)
        self._save(organisation.clusters, existing, new_id, fields, Entity.CLUSTER.count_key)

    def _sessions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.SessionRow, prow, folded(v.get("title")))
        fields = self._given(sheet, prow, "title", "date")
        if "location" in sheet.columns:
            fields["location_id"] = self._ref("location", v.get("location"), "location")
        self._save(organisation.sessions, existing, new_id, fields, Entity.SESSION.count_key)

    def _participants(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        name = v.get("name") or None
        existing, new_id = self._find(m.ParticipantRow, prow, folded(name) if name else None)
        fields: dict[str, Any] = {"name": name, **self._given(sheet, prow, "role", "email")}
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        self._save(
            organisation.participants, existing, new_id, fields, Entity.PARTICIPANT.count_key
        )

    def _areas(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        kind: AreaKind = v["kind"]
        key = (kind.value, folded(v.get("name")))
        existing, new_id = self._find(m.AreaRow, prow, key, rekey=True)
        fields = {"kind": kind.value, **self._given(sheet, prow, "name", "description")}
        self._save(
            analysis.areas, existing, new_id, fields, Entity.AREA.count_key, ("workshop_id", "kind")
        )

    def _statements(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        area_id = self._ref("area", v.get("area"), "area")
        existing, new_id = self._find(m.StatementRow, prow, (area_id, v.get("text")), rekey=True)
        fields = {"area_id": area_id, "text": v.get("text")}
        self._save(
            analysis.statements, existing, new_id, fields, Entity.STATEMENT.count_key, ("area_id",)
        )

    def _swot(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        if prow.section is not None:
            area = self._area_named(prow.section)
            if area is not None:  # a heading: the area of the rows under it
                self._sections[sheet.title] = area
                return
            if prow.problems:  # not a heading, and not a usable row either
                self.problems.extend(prow.problems)
                return
        if "cluster" in sheet.columns:
            cluster_id = self._ref("cluster", v.get("cluster"), "cluster")
        else:
            cluster_id = self._ref("cluster", sheet.cluster, "cluster") if sheet.cluster else None
        quadrant = v["quadrant"]
        key = (quadrant.value, v.get("text"), cluster_id)
        existing, new_id = self._find(m.SwotItemRow, prow, key)
        fields: dict[str, Any] = {"quadrant": quadrant.value, "text": v.get("text")}
        if "cluster" in sheet.columns or sheet.cluster:
            fields["cluster_id"] = cluster_id
        section = self._sections.get(sheet.title)
        if "area" in sheet.columns and values.text(v.get("area")):
            named = self._area_named(values.text(v.get("area")))
            if sheet.grid and named is not None and named.kind != quadrant.area_kind.value:
                # A row's internal area says nothing of its opportunities and threats.
                fields["area_id"] = None
            else:
                fields["area_id"] = self._area_for(v.get("area"), quadrant.area_kind)
        elif section is not None and section.kind == quadrant.area_kind.value:
            fields["area_id"] = section.id
        elif "area" in sheet.columns:
            fields["area_id"] = None
        if "session" in sheet.columns:
            fields["session_id"] = self._ref("session", v.get("session"), "session")
        if "author" in sheet.columns:
            fields["author"] = v.get("author")
        row = self._save(
            swot.items,
            existing,
            new_id,
            fields,
            Entity.SWOT_ITEM.count_key,
            ("workshop_id", "quadrant"),
        )
        if "absorbed_into" in sheet.columns:
            self._absorb_later.append((sheet, prow, row.id))

    def _area_for(self, value: Any, kind: AreaKind) -> str | None:
        """An area named in a SWOT row: its quadrant says whether internal or external."""
        text = values.text(value)
        if not text or values.is_id(text):
            return self._ref("area", value, "area")
        matches = [
            a.id
            for a in self.rows[m.AreaRow].values()
            if a.kind == kind.value and a.name.casefold() == text.casefold()
        ]
        if len(matches) == 1:
            return matches[0]
        named = self._area_named(text, kind)
        return named.id if named is not None else self._ref("area", value, "area")

    def _area_named(self, text: str, kind: AreaKind | None = None) -> m.AreaRow | None:
        """The one area ``text`` names: its whole name, else the start of it
        ('Personeel' for 'Personeel en organisatie'), of ``kind`` when given."""
        word = vocabulary.fold(text)
        if not word:
            return None
        areas = [a for a in self.rows[m.AreaRow].values() if kind is None or a.kind == kind.value]
        for test in (
            lambda name: name == word,
            lambda name: name.startswith(word + " "),
        ):
            found = [a for a in areas if test(vocabulary.fold(a.name))]
            if len(found) == 1:
                return found[0]
            if found:
                return None
        return None

    def _absorption(self) -> None:
        if not self._absorb_later:
            return
        items = self.rows[m.SwotItemRow]
        wanted: dict[str, str | None] = {}
        where: dict[str, tuple[ParsedSheet, ParsedRow]] = {}
        for sheet, prow, item_id in self._absorb_later:
            target = prow.values.get("absorbed_into")
            if target is not None:
                target = self._alias[m.SwotItemRow].get(target, target)
                if target not in items:
                    self._problem(
                        sheet, prow, "absorbed_into", msg("Geen SWOT-punt met id {id}.", id=target)
                    )
                    continue
            wanted[item_id] = target
            where[item_id] = (sheet, prow)
        final = {i: r.absorbed_into_id for i, r in items.items()}
        final.update(wanted)
        newly: dict[str, list[str]] = {}
        for item_id, target in wanted.items():
            sheet, prow = where[item_id]
            item = items[item_id]
            if target is not None:
                primary = items[target]
                message = None
                if target == item_id:
                    message = msg("Een punt kan niet in zichzelf opgenomen zijn.")
                elif final.get(target):
                    message = msg("Dit punt is opgenomen in een punt dat zelf opgenomen is.")
                elif primary.quadrant != item.quadrant:
                    message = msg(
                        "Een punt kan alleen opgenomen zijn in een punt van hetzelfde kwadrant."
                    )
                if message:
                    self._problem(sheet, prow, "absorbed_into", message)
                    continue
            if item.absorbed_into_id != target:
                item.absorbed_into_id = target
                self.updated["swot_items"].add(item_id)
                if target is not None:
                    newly.setdefault(target, []).append(item_id)
        # A point the workbook has absorbed hands over the points it had absorbed
        # itself (as consolidating in the window does): never a chain.
        for item_id, item in items.items():
            held = item.absorbed_into_id
            if item_id in wanted or held is None:
                continue
            root = items[held].absorbed_into_id if held in items else None
            if root is not None and root != item_id:
                item.absorbed_into_id = root
                self.updated["swot_items"].add(item_id)
                newly.setdefault(root, []).append(item_id)
        if newly:
            self._hand_over(newly)

    def _hand_over(self, newly: dict[str, list[str]]) -> None:
        """Points the workbook has absorbed hand their confrontation marks and strategy
        links to the point that absorbs them, as consolidating in the window does."""
        self.s.flush()
        for primary_id, absorbed in newly.items():
            marks, strategy_ids = swot.hand_over(self.s, primary_id, absorbed)
            self.updated[Entity.TOWS_MARK.count_key] |= marks
            self.updated[Entity.STRATEGY.count_key] |= strategy_ids
        # The rows held in memory: marks by their pair again, strategies' links anew.
        marks = self.s.scalars(select(m.TowsMarkRow).where(m.TowsMarkRow.workshop_id == self.ws))
        self.rows[m.TowsMarkRow] = {r.id: r for r in marks}
        for strategy in self.rows[m.StrategyRow].values():
            self.s.expire(strategy, ["swot_links"])

    def _swot_ids(self, ids: Iterable[str]) -> list[str]:
        alias = self._alias[m.SwotItemRow]
        return [alias.get(i, i) for i in ids]

    def _links(
        self, owner: Any, target_type: type[m.Base], ids: list[str], relation: str, column: str
    ) -> bool:
        current = {getattr(link, column) for link in getattr(owner, relation)}
        if current == set(ids):
            return False
        replace_links(self.s, owner, target_type, ids)
        return True

    def _recommendations(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        area_id = self._ref("area", v.get("area"), "area")
        existing, new_id = self._find(m.RecommendationRow, prow, (area_id, v.get("text")))
        fields: dict[str, Any] = {"area_id": area_id, "text": v.get("text")}
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        row = self._save(
            swot.recommendations,
            existing,
            new_id,
            fields,
            Entity.RECOMMENDATION.count_key,
            ("area_id",),
        )
        if "swot_items" in sheet.columns:
            self._link_swot(row, prow, Entity.RECOMMENDATION.count_key)

    def _link_swot(self, row: Any, prow: ParsedRow, count_key: str) -> None:
        ids = self._swot_ids(prow.values.get("swot_items", ()))
        try:
            if self._links(row, m.SwotItemRow, ids, "swot_links", "swot_item_id"):
                self.updated[count_key].add(row.id)
        except (ValidationError, NotFound) as exc:
            raise RowProblem("swot_items", message_of(exc)) from None

    def _participant_of(self, v: dict[str, Any], cluster_id: str) -> str | None:
        participant_id = self._ref("participant", v.get("participant"), "participant")
        if participant_id is not None:
            person = self.rows[m.ParticipantRow][participant_id]
            if person.cluster_id != cluster_id:
                raise RowProblem("participant", msg("Deze deelnemer hoort niet bij deze cluster."))
        return participant_id

    def _scores(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        cluster_id = self._ref("cluster", v.get("cluster"), "cluster", create_cluster=False)
        statement_id = self._ref("statement", v.get("statement"), "statement")
        participant_id = self._participant_of(v, cluster_id)
        key = (cluster_id, statement_id, participant_id)
        existing, new_id = self._find(m.StatementScoreRow, prow, key)
        score = rules.score(v.get("score"))
        self._assessment(
            m.StatementScoreRow,
            existing,
            new_id,
            {"cluster_id": cluster_id, "statement_id": statement_id},
            participant_id,
            {"score": score},
        )

    def _ratings(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        cluster_id = self._ref("cluster", v.get("cluster"), "cluster", create_cluster=False)
        area_id = self._ref("area", v.get("area"), "area")
        participant_id = self._participant_of(v, cluster_id)
        existing, new_id = self._find(m.AreaRatingRow, prow, (cluster_id, area_id, participant_id))
        answers = {k: v.get(k) for k in ("importance", "readiness") if k in sheet.columns}
        if (
            answers.get("readiness") is not None
            and self.rows[m.AreaRow][area_id].kind != "external"
        ):
            raise RowProblem("readiness", msg("Paraatheid geldt alleen voor externe domeinen."))
        self._assessment(
            m.AreaRatingRow,
            existing,
            new_id,
            {"cluster_id": cluster_id, "area_id": area_id},
            participant_id,
            answers,
        )

    def _assessment(
        self,
        row_type: type[m.Base],
        existing: Any,
        new_id: str | None,
        keys: dict[str, str | None],
        participant_id: str | None,
        answers: dict[str, Any],
    ) -> None:
        if existing is not None:
            if assign_changed(existing, answers):
                self.updated[Entity.STATEMENT_SCORE.count_key].add(existing.id)
            return
        row = row_type(id=new_id or m.new_id(), participant_id=participant_id, **keys, **answers)
        self.s.add(row)
        self._remember(row, Entity.STATEMENT_SCORE.count_key)

    def _target_groups(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.TargetGroupRow, prow, folded(v.get("name")), rekey=True)
        fields = self._given(sheet, prow, "name")
        self._save(target_groups.groups, existing, new_id, fields, Entity.TARGET_GROUP.count_key)

    def _target_group(self, value: Any) -> str:
        """The group an impact row names: one of the list (also "medewerker" for
        Medewerkers), else a new group of that name: never dropped."""
        text = values.text(value)
        if not text:
            raise RowProblem("target_group", msg("Kies de doelgroep van deze impact."))
        try:
            found = self._ref("target_group", text, "target_group")
        except RowProblem:
            if values.is_id(text):
                raise
            found = None
        if found is None:
            known = vocabulary.target_group(text)
            if known is not None:
                try:
                    found = self._ref("target_group", known.label, "target_group")
                except RowProblem:
                    found = None
        if found is not None:
            return found
        clean = target_groups.groups.clean(self.s, self.ws, {"name": text}, None)
        row = m.TargetGroupRow(id=m.new_id(), workshop_id=self.ws, **clean)
        row.position = self._next_position(m.TargetGroupRow, ("workshop_id",), row)
        self.s.add(row)
        self.s.flush()
        self._remember(row, Entity.TARGET_GROUP.count_key)
        return row.id

    def _synthesis(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        given = v.get("swot_item")
        item_id = self._alias[m.SwotItemRow].get(given, given) if given else None
        item = self.rows[m.SwotItemRow].get(item_id) if item_id else None
        if item is None:
            raise RowProblem("swot_item", msg("Geen SWOT-punt met id {id}.", id=given))
        if item.absorbed_into_id:
            raise RowProblem(
                "swot_item",
                msg("Kies het samengevoegde punt voor de synthese, niet een opgenomen punt."),
            )
        rank = v.get("rank")
        self._synthesis_rows.append(
            (rank if rank is not None else 10**6, len(self._synthesis_rows), item.id)
        )

    def _store_synthesis(self) -> None:
        """The sheet's points first, in their order; curated points the sheet leaves
        out follow (an import never deletes)."""
        if not self._synthesis_rows:
            return
        wanted = list(dict.fromkeys(i for _, _, i in sorted(self._synthesis_rows)))
        S = m.SynthesisItemRow  # noqa: N806
        current = list(
            self.s.scalars(select(S).where(S.workshop_id == self.ws).order_by(S.position))
        )
        by_item = {r.swot_item_id: r for r in current}
        wanted += [r.swot_item_id for r in current if r.swot_item_id not in wanted]
        key = Entity.SYNTHESIS_ITEM.count_key
        for position, item_id in enumerate(wanted):
            row = by_item.get(item_id)
            if row is None:
                row = S(id=m.new_id(), workshop_id=self.ws, swot_item_id=item_id, position=position)
                self.s.add(row)
                self.created[key].add(row.id)
            elif row.position != position:
                row.position = position
                self.updated[key].add(row.id)

    def _paths(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.PathRow, prow, folded(v.get("title")))
        fields = self._given(sheet, prow, "title", "description", "owner")
        row = self._save(paths.paths, existing, new_id, fields, Entity.PATH.count_key)
        if "swot_items" in sheet.columns:
            self._link_swot(row, prow, Entity.PATH.count_key)
        if "goals" in sheet.columns:
            named = [x.strip() for x in values.text(v.get("goals")).split(",") if x.strip()]
            ids = [g.id for x in named if (g := self._goal_rows().reference(x, "goals"))]
            if self._links(row, m.GoalRow, ids, "goal_links", "goal_id") and existing is not None:
                self.updated[Entity.PATH.count_key].add(row.id)

    def _path_actions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        path = self.rows[m.PathRow][self._ref("path", v.get("path"), "path")]
        text = rules.required_text(v.get("text"), msg("Een actie"), "text")
        existing, new_id = self._find(m.PathActionRow, prow, (path.id, text))
        self._child(
            existing,
            new_id,
            path,
            "actions",
            {"path_id": path.id, "text": text},
            Entity.PATH_ACTION.count_key,
            m.PathActionRow,
        )

    def _path_impacts(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        path = self.rows[m.PathRow][self._ref("path", v.get("path"), "path")]
        text = rules.required_text(v.get("text"), msg("Een impact"), "text")
        group = self._target_group(v.get("target_group"))
        existing, new_id = self._find(m.PathImpactRow, prow, (path.id, group, text))
        fields = {"path_id": path.id, "target_group_id": group, "text": text}
        self._child(
            existing, new_id, path, "impacts", fields, Entity.PATH_IMPACT.count_key, m.PathImpactRow
        )

    def _child(
        self,
        existing: Any,
        new_id: str | None,
        parent: Any,
        relation: str,
        fields: dict[str, Any],
        count_key: str,
        row_type: type[m.Base],
        positioned: bool = True,
    ) -> Any:
        """A row of a parent's list (actions, impacts, resources): updated, or added at the end."""
        if existing is not None:
            if getattr(existing, fields_parent(fields)) != fields[fields_parent(fields)]:
                raise RowProblem(
                    None, msg("Deze rij hoort bij een ander ontwikkelpad of voorstel.")
                )
            if assign_changed(existing, fields):
                self.updated[count_key].add(existing.id)
            return existing
        row = row_type(id=new_id or m.new_id(), **fields)
        if positioned:
            row.position = self._next_position(row_type, (fields_parent(fields),), row)
        getattr(parent, relation).append(row)
        self._remember(row, count_key)
        return row

    def _principles(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.PrincipleRow, prow, folded(v.get("title")))
        fields = self._given(sheet, prow, "title", "text")
        self._save(paths.principles, existing, new_id, fields, Entity.PRINCIPLE.count_key)

    def _report_texts(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        """One part's introduction and conclusion: a part has one row of texts."""
        v = prow.values
        part = v.get("part")
        if part is None:
            raise RowProblem("part", msg("Kies het deel van het rapport."))
        labels = {"intro": msg("De inleiding"), "conclusion": msg("Het besluit")}
        clean = {
            k: rules.optional_text(value, labels[k], k)
            for k, value in self._given(sheet, prow, "intro", "conclusion").items()
        }
        existing, new_id = self._find(m.ReportTextRow, prow, part)
        if existing is not None and existing.part != part:
            raise RowProblem(
                "part",
                msg("Deze rij hoort bij een ander deel; zet dit deel op een nieuwe rij zonder id."),
            )
        if existing is None:
            row = m.ReportTextRow(
                id=new_id or m.new_id(), workshop_id=self.ws, part=part, intro="", conclusion=""
            )
            assign_changed(row, clean)
            self.s.add(row)
            self._remember(row, "report_texts")
        elif assign_changed(existing, clean):
            self.updated["report_texts"].add(existing.id)

    def _goal_rows(self) -> GoalRows:
        if not hasattr(self, "_goal_store"):
            self._goal_store = GoalRows(
                self.s, self.ws, self.rows[m.ParticipantRow], self.created, self.updated
            )
        return self._goal_store

    def _goals(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        if "level" in sheet.columns or "parent" in sheet.columns:
            self._goal_rows().own_row(sheet.columns, prow.values)
        else:
            self._goal_rows().list_row(sheet.title, sheet.columns, prow.values)

    def _indicators(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        self._goal_rows().indicator_row(prow.values)

    def _proposals(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        key = folded(v.get("code")) or folded(v.get("title"))
        existing, new_id = self._find(m.ProposalRow, prow, key)
        fields = self._given(
            sheet, prow, "code", "title", "policy_objective", "why", "what", "win",
            "status_end_of_term", "dependencies", "risks", "owner",
        )  # fmt: skip
        if v.get("mandatory") is not None:
            fields["mandatory"] = v["mandatory"]
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        if "location" in sheet.columns:
            fields.update(self._proposal_location(v.get("location")))
        if "goal" in sheet.columns:
            goal = self._goal_rows().reference(v.get("goal"), "goal")
            fields["goal_id"] = goal.id if goal is not None else None
        fields.update(self._given(sheet, prow, "decision_date", "decision_motivation"))
        if "decision_date" in sheet.columns:
            fields.setdefault("decision_date", None)
        if v.get("decision") is not None:
            fields["decision"] = v["decision"]
        row = self._save(proposals.proposals, existing, new_id, fields, Entity.PROPOSAL.count_key)
        changed = False
        if "sdgs" in sheet.columns:
            wanted = rules.sdgs(v.get("sdgs", ()))
            if tuple(link.sdg for link in row.sdg_links) != wanted:
                # Keep the links that stay: (proposal, sdg) is unique and the flush
                # order of deletes and inserts is not ours.
                keep = [link for link in row.sdg_links if link.sdg in wanted]
                have = {link.sdg for link in keep}
                row.sdg_links[:] = keep + [m.ProposalSdgRow(sdg=n) for n in wanted if n not in have]
                changed = True
        if "swot_items" in sheet.columns:
            self._link_swot(row, prow, Entity.PROPOSAL.count_key)
        if "paths" in sheet.columns:
            ids = [self._alias[m.PathRow].get(i, i) for i in v.get("paths", ())]
            try:
                changed |= self._links(row, m.PathRow, ids, "path_links", "path_id")
            except (ValidationError, NotFound) as exc:
                raise RowProblem("paths", message_of(exc)) from None
        if "extra_clusters" in sheet.columns:
            extra = [self._ref("cluster", n, "extra_clusters") for n in v.get("extra_clusters", ())]
            wanted = [c for c in dict.fromkeys(extra) if c and c != row.cluster_id]
            changed |= self._links(row, m.ClusterRow, wanted, "cluster_links", "cluster_id")
        if prow.per_year:
            changed |= self._per_year(prow, row)
        if v.get("cost") is not None:
            changed |= self._cost(row, v["cost"])
        if changed and existing is not None:
            self.updated[Entity.PROPOSAL.count_key].add(row.id)

    def _proposal_location(self, value: Any) -> dict[str, Any]:
        """A known location by name (or id); otherwise the text as it was written."""
        text = values.text(value)
        if not text:
            return {"location_id": None, "location_text": ""}
        try:
            return {"location_id": self._ref("location", text, "location"), "location_text": ""}
        except RowProblem:
            if values.is_id(text):
                raise
            return {"location_id": None, "location_text": text}

    def _per_year(self, prow: ParsedRow, row: m.ProposalRow) -> bool:
        """Money per year from columns such as 'Investering 2026': the resources of
        those years get what the columns say; other years and amounts stay."""
        w = self.workshop
        changed = False
        for year, amounts in sorted(prow.per_year.items()):
            if not w.period_start <= year <= w.period_end:
                raise RowProblem(
                    f"year:{year}",
                    msg(
                        "{year} valt buiten de planningsperiode {start}–{end}: pas de "
                        "kolomnaam of de planningsperiode van de workshop aan.",
                        year=year,
                        start=w.period_start,
                        end=w.period_end,
                    ),
                )
            fields: dict[str, float] = {}
            for key, value in amounts.items():
                try:
                    fields[key] = rules.non_negative(value, f"{_PER_YEAR_LABELS[key]} {year}")
                except ValidationError as exc:
                    raise RowProblem(f"year:{year}", message_of(exc)) from None
            existing = next((r for r in row.resources if r.year == year), None)
            if existing is not None:
                if assign_changed(existing, fields):
                    self.updated["proposal_resources"].add(existing.id)
                continue
            resource = m.ProposalResourceRow(
                id=m.new_id(),
                year=year,
                **{**dict.fromkeys(_PER_YEAR_LABELS, 0.0), **fields},
            )
            row.resources.append(resource)
            self._remember(resource, "proposal_resources")
            changed = True
        return changed

    def _cost(self, row: m.ProposalRow, cost: float) -> bool:
        """An estimated cost from a list: the investment of the first year of the period,
        for a proposal that has no resources per year yet."""
        rules.non_negative(cost, msg("De geraamde kost"))
        if row.resources:
            total = sum(r.investment + r.operating for r in row.resources)
            if abs(total - cost) > 0.005:
                raise RowProblem(
                    "cost",
                    msg(
                        "Dit voorstel heeft al middelen per jaar (samen {total}); pas die aan "
                        "in het blad Middelen in plaats van de geraamde kost.",
                        total=f"{total:,.2f}",
                    ),
                )
            return False
        year = self.workshop.period_start
        resource = m.ProposalResourceRow(
            id=m.new_id(), year=year, investment=cost, operating=0.0, fte=0.0
        )
        row.resources.append(resource)
        self._remember(resource, Entity.PROPOSAL_RESOURCE.count_key)
        return True

    def _proposal_actions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        proposal = self.rows[m.ProposalRow][self._ref("proposal", v.get("proposal"), "proposal")]
        w = self.workshop
        text = rules.required_text(v.get("text"), msg("De actie"), "text")
        try:
            first = rules.year_in_period(
                v["start_year"], w.period_start, w.period_end, "Het beginjaar"
            )
        except ValidationError as exc:
            raise RowProblem("start_year", message_of(exc)) from None
        try:
            last = rules.year_in_period(v["end_year"], w.period_start, w.period_end, "Het eindjaar")
        except ValidationError as exc:
            raise RowProblem("end_year", message_of(exc)) from None
        if last < first:
            raise RowProblem("end_year", msg("De actie eindigt vóór ze begint."))
        existing, new_id = self._find(m.ProposalActionRow, prow, (proposal.id, text))
        fields = {"proposal_id": proposal.id, "text": text, "start_year": first, "end_year": last}
        self._child(
            existing,
            new_id,
            proposal,
            "actions",
            fields,
            Entity.PROPOSAL_ACTION.count_key,
            m.ProposalActionRow,
        )

    def _resources(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        proposal = self.rows[m.ProposalRow][self._ref("proposal", v.get("proposal"), "proposal")]
        w = self.workshop
        try:
            year = rules.year_in_period(v["year"], w.period_start, w.period_end, "Middelen")
        except ValidationError as exc:
            raise RowProblem("year", message_of(exc)) from None
        existing, new_id = self._find(m.ProposalResourceRow, prow, (proposal.id, year))
        fields: dict[str, Any] = {"proposal_id": proposal.id, "year": year}
        for key, label in (
            ("investment", "De investering"),
            ("investment_income", "De ontvangsten investering"),
            ("operating", "De werking"),
            ("operating_income", "De ontvangsten werking"),
            ("fte", "VTE"),
        ):
            if key in sheet.columns or existing is None:
                try:
                    fields[key] = rules.non_negative(v.get(key) or 0.0, f"{label} {year}")
                except ValidationError as exc:
                    raise RowProblem(key, message_of(exc)) from None
        if existing is None and any(r.year == year for r in proposal.resources):
            raise RowProblem("year", msg("Dit voorstel heeft al middelen voor {year}.", year=year))
        self._child(
            existing, new_id, proposal, "resources", fields, Entity.PROPOSAL_RESOURCE.count_key,
            m.ProposalResourceRow, positioned=False,
        )  # fmt: skip

    def _rooms(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        w = self.workshop
        try:
            year = rules.year_in_period(
                v["year"], w.period_start, w.period_end, msg("De financiële ruimte")
            )
        except ValidationError as exc:
            raise RowProblem("year", message_of(exc)) from None
        seen = self._room_years.setdefault(sheet.title, set())
        if year in seen:
            raise RowProblem("year", msg("Het jaar {year} staat al hoger in dit blad.", year=year))
        seen.add(year)
        fields = {
            key: round(v[key], 2)
            for key in ("investment_room", "operating_room")
            if key in sheet.columns and v.get(key) is not None
        }
        B = m.BudgetRoomRow
        row = self.s.scalar(select(B).where(B.workshop_id == self.ws, B.year == year))
        if row is None:
            row = B(id=m.new_id(), workshop_id=self.ws, year=year)
            row.investment_room = fields.get("investment_room", 0.0)
            row.operating_room = fields.get("operating_room", 0.0)
            self.s.add(row)
            self.created["rooms"].add(row.id)
        elif assign_changed(row, fields):
            self.updated["rooms"].add(row.id)

    # -- the confrontation matrix and its strategies ----------------------------------

    def _point(self, name: Any, field: str, clusters: Iterable[str] = ()) -> m.SwotItemRow:
        """The SWOT point a cell names: its id, or its text (the clusters the row names
        tell apart points of the same text)."""
        items = self.rows[m.SwotItemRow]
        text = values.text(name)
        if values.is_id(text):
            target = self._alias[m.SwotItemRow].get(text.lower(), text.lower())
            if target not in items:
                raise RowProblem(field, msg("Geen SWOT-punt met id {id}.", id=text))
            return items[target]
        if self._point_names is None:
            self._point_names = defaultdict(list)
            for item in items.values():
                self._point_names[item.text.casefold()].append(item)
        found = self._point_names.get(text.casefold(), [])
        if len(found) > 1:
            wanted = {folded(c) for c in clusters}
            names = {c.id: folded(c.name) for c in self.rows[m.ClusterRow].values()}
            # Absorbed points speak for their consolidated point and its clusters.
            scope: dict[str, set[str | None]] = defaultdict(set)
            for item in items.values():
                scope[item.absorbed_into_id or item.id].add(names.get(item.cluster_id or ""))
            narrowed = [i for i in found if not i.absorbed_into_id and wanted & scope[i.id]]
            found = narrowed if len(narrowed) == 1 else found
        if len(found) == 1:
            return found[0]
        if found:
            raise RowProblem(
                field,
                msg(
                    "Er zijn {count} SWOT-punten met de tekst '{text}'; gebruik het id "
                    "(blad SWOT) om te zeggen welk.",
                    count=len(found),
                    text=text,
                ),
            )
        raise RowProblem(field, msg("Onbekend SWOT-punt '{text}'.", text=text))

    def _tows_marks(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        clusters = values.lines(v.get("clusters"))
        inner = self._point(v.get("internal"), "internal", clusters)
        outer = self._point(v.get("external"), "external", clusters)
        if inner.quadrant not in ("S", "W"):
            raise RowProblem(
                "internal",
                msg("'{text}' is geen sterkte of zwakte.", text=inner.text),
            )
        if outer.quadrant not in ("O", "T"):
            raise RowProblem(
                "external",
                msg("'{text}' is geen kans of bedreiging.", text=outer.text),
            )
        field = tows.field_of(Quadrant(inner.quadrant), Quadrant(outer.quadrant))
        if v.get("field") is not None and v["field"] is not field:
            raise RowProblem(
                "field",
                msg(
                    "Dit paar hoort in het veld {field}, niet in {given}.",
                    field=field.value,
                    given=v["field"].value,
                ),
            )
        for key, item in (("internal", inner), ("external", outer)):
            if item.absorbed_into_id:
                raise RowProblem(
                    key, msg("Markeer het samengevoegde punt, niet een opgenomen punt.")
                )
        pair = (inner.id, outer.id)
        seen = self._pairs_seen.setdefault(sheet.title, set())
        if pair in seen:
            raise RowProblem("internal", msg("Dit paar staat al hoger in dit blad."))
        seen.add(pair)
        weight: int = v["weight"]
        if self._marks is None:
            self._marks = {
                (r.internal_id, r.external_id): r for r in self.rows[m.TowsMarkRow].values()
            }
        key = Entity.TOWS_MARK.count_key
        row = self._marks.get(pair)
        if row is None:
            if weight:
                row = m.TowsMarkRow(
                    id=m.new_id(),
                    workshop_id=self.ws,
                    internal_id=inner.id,
                    external_id=outer.id,
                    weight=weight,
                )
                self.s.add(row)
                self._marks[pair] = row
                self.created[key].add(row.id)
        elif row.weight != weight:
            row.weight = weight
            self.updated[key].add(row.id)

    def _strategies(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        field: tows.StrategyField = v["field"]
        existing, new_id = self._find(m.StrategyRow, prow, (field.value, folded(v.get("title"))))
        fields: dict[str, Any] = {"field": field.value, **self._given(sheet, prow, "title", "text")}
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        key = Entity.STRATEGY.count_key
        row = self._save(
            strategies.strategies, existing, new_id, fields, key, ("workshop_id", "field")
        )
        changed = False
        if "swot_points" in sheet.columns:
            ids = [self._point(n, "swot_points").id for n in v.get("swot_points", ())]
            try:
                ids = strategies.check_points(self.s, self.ws, field, ids)
                changed |= self._links(row, m.SwotItemRow, ids, "swot_links", "swot_item_id")
            except (ValidationError, NotFound) as exc:
                raise RowProblem("swot_points", message_of(exc)) from None
        for column, kind, link_type, owner in (
            ("paths", "path", m.PathStrategyRow, "path_id"),
            ("proposals", "proposal", m.ProposalStrategyRow, "proposal_id"),
        ):
            if column in sheet.columns:
                wanted = [self._ref(kind, n, column) for n in v.get(column, ())]
                changed |= self._made_from(row, link_type, owner, wanted)
        if changed and existing is not None:
            self.updated[key].add(row.id)

    def _made_from(
        self, row: m.StrategyRow, link_type: Any, owner: str, wanted: list[str | None]
    ) -> bool:
        """The paths (or fiches) made from a strategy: exactly those the cell names."""
        ids = [i for i in dict.fromkeys(wanted) if i is not None]
        found: list[Any] = list(
            self.s.scalars(select(link_type).where(link_type.strategy_id == row.id))
        )
        current = {getattr(link, owner): link for link in found}
        if set(current) == set(ids):
            return False
        for owner_id, link in current.items():
            if owner_id not in ids:
                self.s.delete(link)
        for owner_id in ids:
            if owner_id not in current:
                self.s.add(link_type(strategy_id=row.id, **{owner: owner_id}))
        return True

    def _rounds(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.RoundRow, prow, folded(v.get("title")))
        method: VotingMethod = v["method"]
        status: RoundStatus = v["status"]
        try:
            rules_ = json.loads(v.get("rules") or "null")
        except json.JSONDecodeError:
            raise RowProblem("rules", msg("De regels zijn geen geldige JSON.")) from None
        fields: dict[str, Any] = {
            "title": rules.required_text(v.get("title"), msg("De titel van de ronde"), "title"),
            "question": rules.optional_text(v.get("question"), msg("De vraag"), "question"),
        }
        for key in ("anonymous", "revealed"):
            if v.get(key) is not None:
                fields[key] = v[key]
        if v.get("top_n") is not None:
            fields["top_n"] = max(0, v["top_n"])
        if existing is not None:
            if existing.method != method.value or existing.status != status.value:
                raise RowProblem(
                    "status",
                    msg(
                        "Methode en status van een bestaande ronde wijzig je in Atelier, "
                        "niet in de werkmap."
                    ),
                )
            if rules_ is not None and json.loads(existing.rules_json) != rules_:
                if existing.status != RoundStatus.DRAFT.value:
                    raise RowProblem(
                        "rules", msg("De regels liggen vast zodra de ronde geopend is.")
                    )
                fields["rules_json"] = _rules_json(method, rules_)
            if assign_changed(existing, fields):
                self.updated[Entity.ROUND.count_key].add(existing.id)
            return
        if status is RoundStatus.OPEN and any(
            r.status == RoundStatus.OPEN.value for r in self.rows[m.RoundRow].values()
        ):
            raise RowProblem(
                "status", msg("Er staat al een ronde open: er kan er maar één open zijn.")
            )
        rules_json = _rules_json(method, rules_ or ranking.default_rules(method, 0))
        row = m.RoundRow(
            id=new_id or m.new_id(),
            workshop_id=self.ws,
            method=method.value,
            status=status.value,
            rules_json=rules_json,
            token=round_service.new_token(),
            anonymous=fields.pop("anonymous", True),
            **fields,
        )
        row.position = self._next_position(m.RoundRow, ("workshop_id",), row)
        self.s.add(row)
        self._remember(row, Entity.ROUND.count_key)

    def _options(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        round_row = self.rows[m.RoundRow][self._ref("round", v.get("round"), "round")]
        kind: OptionKind = v["kind"]
        target_type, column = _OPTION_TARGETS[kind]
        target = v.get("target")
        if target is not None:
            target = self._alias[target_type].get(target, target)
            if target not in self.rows[target_type]:
                raise RowProblem(
                    "target",
                    msg(
                        "Geen {what} met id {id}.", what=layout.OPTION_KIND_LABELS[kind], id=target
                    ),
                )
        existing, new_id = self._find(m.OptionRow, prow, (round_row.id, kind.value, target))
        fields = {
            "title": rules.required_text(v.get("title"), msg("De titel van de optie"), "title")[
                :300
            ],
            "description": rules.optional_text(
                v.get("description"), msg("De beschrijving"), "description"
            ),
        }
        if existing is not None:
            if (
                existing.round_id != round_row.id
                or existing.kind != kind.value
                or getattr(existing, column) != target
            ):
                raise RowProblem(
                    "target", msg("Waarnaar een optie verwijst, wijzig je in Atelier.")
                )
            if assign_changed(existing, fields):
                self.updated[Entity.OPTION.count_key].add(existing.id)
            return
        if (
            round_row.id not in self.created[Entity.ROUND.count_key]
            and round_row.status != RoundStatus.DRAFT.value
        ):
            raise RowProblem(
                "round", msg("Een ronde die al geopend werd, krijgt geen nieuwe opties.")
            )
        if any(getattr(o, column) == target and target for o in round_row.options):
            raise RowProblem("target", msg("Elke optie mag maar één keer in een ronde staan."))
        row = m.OptionRow(
            id=new_id or m.new_id(),
            round_id=round_row.id,
            kind=kind.value,
            **{column: target},
            **fields,
        )
        row.position = self._next_position(m.OptionRow, ("round_id",), row)
        round_row.options.append(row)
        self._remember(row, Entity.OPTION.count_key)

    # -- ballots ---------------------------------------------------------------------------

    def _ballots(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        """A ballot spans a row per entry: gathered here, stored once all rows are read."""
        self._ballot_rows[prow.values["ballot"]].append((sheet, prow))

    def _store_ballots(self) -> None:
        if not self._ballot_rows:
            return
        self._load_ballots()
        for n, (ballot_id, rows) in enumerate(self._ballot_rows.items(), start=1):
            if n % _REPORT_EVERY == 0 and self.cancelled is not None and self.cancelled():
                raise ImportCancelled()
            try:
                self._store_ballot(ballot_id, rows)
            except _BallotProblem as exc:
                self._problem(exc.sheet, exc.prow, exc.field, exc.message)
            except RowProblem as exc:
                self._problem(rows[0][0], rows[0][1], exc.field, exc.message)

    def _load_ballots(self) -> None:
        """The workshop's ballots with their entries (only when a workbook has ballots)."""
        query = (
            select(m.BallotRow)
            .join(m.RoundRow, m.RoundRow.id == m.BallotRow.round_id)
            .where(m.RoundRow.workshop_id == self.ws)
            .options(selectinload(m.BallotRow.entries))
        )
        self.rows[m.BallotRow] = {r.id: r for r in self.s.scalars(query)}

    def _store_ballot(self, ballot_id: str, rows: list[tuple[ParsedSheet, ParsedRow]]) -> None:
        heads = [(sheet, prow, self._ballot_head(sheet, prow)) for sheet, prow in rows]
        first = heads[0][2]
        for sheet, prow, head in heads[1:]:
            for key in ("round", "source", "cluster", "participant"):
                if head[key] != first[key]:
                    raise _BallotProblem(
                        sheet,
                        prow,
                        key,
                        msg(
                            "Alle rijen van één stembrief hebben dezelfde stemronde, bron, cluster "
                            "en deelnemer; deze rij verschilt van de eerste rij van de stembrief."
                        ),
                    )
        round_row: m.RoundRow = first["round"]
        if round_row.method == VotingMethod.SURVEY.value:
            raise RowProblem(
                "round",
                msg(
                    "Ronde '{title}' is een bevraging: haar antwoorden staan bij de "
                    "bladen Antwoorden en Beoordelingen, niet als stembrieven.",
                    title=round_row.title,
                ),
            )
        if round_row.status == RoundStatus.DRAFT.value:
            raise RowProblem(
                "round",
                msg(
                    "Ronde '{title}' is nog een ontwerp en heeft dus geen stembrieven.",
                    title=round_row.title,
                ),
            )
        existing = self.rows[m.BallotRow].get(ballot_id)
        if existing is None and ballot_id in self._elsewhere(m.BallotRow):
            raise RowProblem(
                "ballot", msg("Stembrief {id} hoort bij een andere workshop.", id=ballot_id)
            )
        if existing is not None and existing.round_id != round_row.id:
            raise RowProblem("round", msg("Een stembrief hoort bij één ronde; verplaats hem niet."))
        entries = self._ballot_entries(round_row, rows)
        # The one ballot rule (app.services.ballots), as for phones and paper ballots;
        # a second ballot for one person is refused, never dropped.
        head = (first["source"], None, first["cluster"], first["participant"], ballot_id)
        box = ballots.Box.of(round_row)
        cast = ballots.Ballot(entries, *head, checked=True)
        done = ballots.store(self.s, box, [cast], replace_person=False)
        if done.refused:
            raise RowProblem(done.refused[0][1].field, message_of(done.refused[0][1]))
        if existing is None:
            self._remember(self.s.get(m.BallotRow, ballot_id), "ballots")
        elif not done.unchanged:
            self.updated["ballots"].add(ballot_id)

    def _ballot_head(self, sheet: ParsedSheet, prow: ParsedRow) -> dict[str, Any]:
        """What a row says about its whole ballot: round (row), source, cluster, participant."""
        v = prow.values
        try:
            round_row = self.rows[m.RoundRow][self._ref("round", v.get("round"), "round")]
            head: dict[str, Any] = {"round": round_row, "source": v["source"]}
            head["cluster"] = self._ref("cluster", v.get("cluster"), "cluster", False)
            head["participant"] = None
            if values.text(v.get("participant")):
                if round_row.anonymous:
                    raise RowProblem(
                        "participant", msg("Deze ronde is anoniem: een stembrief draagt geen naam.")
                    )
                head["participant"] = self._ref("participant", v["participant"], "participant")
        except RowProblem as exc:
            raise _BallotProblem(sheet, prow, exc.field, exc.message) from None
        return head

    def _ballot_entries(
        self, round_row: m.RoundRow, rows: list[tuple[ParsedSheet, ParsedRow]]
    ) -> list[ranking.Entry]:
        """The ballot's entries, checked against the round's rules (ranking.parse_entries,
        as for a ballot from a phone or typed in from paper)."""
        method = VotingMethod(round_row.method)
        rules_ = json.loads(round_row.rules_json)
        criteria = {c["id"]: c["id"] for c in rules_.get("criteria", ())}
        criteria.update({c["title"].casefold(): c["id"] for c in rules_.get("criteria", ())})
        given: dict[tuple[str, str | None], float] = {}
        for sheet, prow in rows:
            v = prow.values
            option_text = values.text(v.get("option"))
            criterion_text = values.text(v.get("criterion"))
            value = v.get("value")
            if not option_text:
                if criterion_text or value is not None:
                    raise _BallotProblem(
                        sheet, prow, "option", msg("Zeg bij welke optie deze waarde hoort.")
                    )
                continue  # a ballot without entries
            try:
                option_id = self._round_option(round_row, option_text)
                criterion = None
                if method is VotingMethod.SCORE:
                    if not criterion_text:
                        raise RowProblem(
                            "criterion", msg("Zeg op welk criterium deze score slaat.")
                        )
                    criterion = criteria.get(criterion_text) or criteria.get(
                        criterion_text.casefold()
                    )
                    if criterion is None:
                        known = ", ".join(c["id"] for c in rules_["criteria"])
                        raise RowProblem(
                            "criterion",
                            msg(
                                "Onbekend criterium '{name}'; kies uit {known}.",
                                name=criterion_text,
                                known=known,
                            ),
                        )
                elif criterion_text:
                    raise RowProblem(
                        "criterion", msg("Alleen een scoreronde heeft criteria: laat de cel leeg.")
                    )
                if value is None:
                    raise RowProblem("value", msg("Geef de waarde voor deze optie."))
                if (option_id, criterion) in given:
                    raise RowProblem("option", msg("Deze optie staat al eerder op deze stembrief."))
            except RowProblem as exc:
                raise _BallotProblem(sheet, prow, exc.field, exc.message) from None
            given[(option_id, criterion)] = value
        sheet, prow = rows[0]
        try:
            return ranking.parse_entries(
                method, rules_, [o.id for o in round_row.options], _ballot_shape(method, given)
            )
        except ValidationError as exc:
            numbers = sorted(r.number for _, r in rows)
            where = (
                msg("rij {number}", number=numbers[0])
                if len(numbers) == 1
                else msg("rijen {first}–{last}", first=numbers[0], last=numbers[-1])
            )
            raise _BallotProblem(
                sheet,
                prow,
                "value",
                msg(
                    "Deze stembrief ({where}) volgt de regels van de ronde niet: {problem}",
                    where=where,
                    problem=message_of(exc),
                ),
            ) from None

    def _round_option(self, round_row: m.RoundRow, text: str) -> str:
        """An option of ``round_row`` by id, or by its title within the round."""
        if values.is_id(text):
            option_id = self._alias[m.OptionRow].get(text.lower(), text.lower())
            if any(o.id == option_id for o in round_row.options):
                return option_id
            raise RowProblem(
                "option",
                msg(
                    "Ronde '{title}' heeft geen optie met id {id}.", title=round_row.title, id=text
                ),
            )
        found = [o.id for o in round_row.options if o.title.casefold() == text.casefold()]
        if len(found) > 1:
            exact = [o.id for o in round_row.options if o.title == text]
            found = exact if len(exact) == 1 else found
        if len(found) == 1:
            return found[0]
        if found:
            raise RowProblem(
                "option",
                msg(
                    "Ronde '{title}' heeft {count} opties met de titel '{name}'; "
                    "gebruik het id om te zeggen welke.",
                    title=round_row.title,
                    count=len(found),
                    name=text,
                ),
            )
        raise RowProblem(
            "option",
            msg("Ronde '{title}' heeft geen optie '{name}'.", title=round_row.title, name=text),
        )


class _BallotProblem(Exception):
    """A problem in one row of a ballot that spans several rows."""

    def __init__(self, sheet: ParsedSheet, prow: ParsedRow, field: str | None, message: str):
        super().__init__(message)
        self.sheet, self.prow, self.field, self.message = sheet, prow, field, message


def _whole(value: float) -> Any:
    """Dots, scores and places are whole numbers; 2.5 stays 2.5 for the rules to refuse."""
    return int(value) if float(value).is_integer() else value


def _ballot_shape(method: VotingMethod, given: dict[tuple[str, str | None], float]) -> Any:
    """The entries in the JSON shape of VOTING-API.md, which parse_entries checks."""
    if method is VotingMethod.SCORE:
        shape: dict[str, dict[str, Any]] = defaultdict(dict)
        for (option_id, criterion), value in given.items():
            shape[option_id][criterion or ""] = _whole(value)
        return dict(shape)
    if method is VotingMethod.RANK:
        places = {option_id: _whole(value) for (option_id, _), value in given.items()}
        if sorted(places.values()) != list(range(1, len(places) + 1)):
            raise ValidationError(
                msg("De plaatsen van een rangschikking zijn 1, 2, 3, … (elke plaats één keer).")
            )
        return sorted(places, key=places.__getitem__)
    if method is VotingMethod.DOTS:
        return {option_id: _whole(value) for (option_id, _), value in given.items()}
    return {option_id: value for (option_id, _), value in given.items()}


def _entry_rows(entries: list[ranking.Entry], stamp: Any) -> list[m.BallotEntryRow]:
    rows = [
        m.BallotEntryRow(id=m.new_id(), option_id=e.option_id, value=e.value,
                         criterion_id=e.criterion_id)
        for e in entries
    ]  # fmt: skip
    if stamp is not None:
        for row in rows:
            row.created_at = row.updated_at = stamp
    return rows


_PER_YEAR_LABELS = {
    "investment": msg("De investering"),
    "investment_income": msg("De ontvangsten investering"),
    "operating": msg("De werking"),
    "operating_income": msg("De ontvangsten werking"),
    "fte": msg("VTE"),
}

_OPTION_TARGETS: dict[OptionKind, tuple[type[m.Base], str]] = {
    OptionKind.PROPOSAL: (m.ProposalRow, "proposal_id"),
    OptionKind.SWOT_ITEM: (m.SwotItemRow, "swot_item_id"),
    OptionKind.PATH: (m.PathRow, "path_id"),
}


def _rules_json(method: VotingMethod, rules_: Any) -> str:
    if not isinstance(rules_, dict):
        raise RowProblem(
            "rules", msg('De regels moeten een JSON-object zijn, zoals {{"dots": 5}}.')
        )
    try:
        clean = ranking.validate_rules(method, rules_)
    except ValidationError as exc:
        raise RowProblem("rules", message_of(exc)) from None
    return json.dumps(clean, ensure_ascii=False)


def fields_parent(fields: dict[str, Any]) -> str:
    return next(k for k in ("path_id", "proposal_id", "round_id") if k in fields)
