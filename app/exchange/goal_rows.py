"""Storing goal rows of a workbook: Atelier's own sheet (one row per goal, with its
level and the goal it belongs under) and the lists municipalities keep (one row per
actie with its beleidsdoelstelling and actieplan repeated; codes such as ``BD01`` /
``AP01.01`` / ``AC01.01.01`` or ``1`` / ``1.1`` / ``1.1.1`` in the titles or in
their own columns; an owner column; an indicator where present).

A goal is matched by its id, else by its level and code, else by its title under
the same parent; what is not found is added at the end of its parent's list.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain import goals as g
from app.domain import rules
from app.domain.entities import Entity
from app.domain.errors import ValidationError
from app.domain.messages import message_of, msg
from app.exchange import values
from app.exchange.matching import RowProblem, assign_changed, folded
from app.storage import models as m

GOALS = Entity.GOAL.count_key
INDICATORS = Entity.GOAL_INDICATOR.count_key
_LIST_LEVELS = (
    (g.GoalLevel.OBJECTIVE, "objective", "objective_code"),
    (g.GoalLevel.PLAN, "plan", "plan_code"),
    (g.GoalLevel.ACTION, "action", "action_code"),
)


class GoalRows:
    """The workshop's goals, matched and written for one import."""

    def __init__(
        self,
        session: Session,
        workshop_id: str,
        people: dict[str, Any],
        created: dict[str, set[str]],
        updated: dict[str, set[str]],
    ) -> None:
        self.s = session
        self.ws = workshop_id
        self.created = created
        self.updated = updated
        query = (
            select(m.GoalRow)
            .where(m.GoalRow.workshop_id == workshop_id)
            .options(selectinload(m.GoalRow.indicators))
        )
        self.goals: dict[str, m.GoalRow] = {r.id: r for r in session.scalars(query)}
        # Per sheet: the goals the row above named, per level (lists that leave a
        # repeated beleidsdoelstelling or actieplan empty).
        self._above: dict[str, list[m.GoalRow | None]] = {}
        self.people: dict[str, list[str]] = defaultdict(list)
        for person in people.values():
            if person.name:
                self.people[folded(person.name) or ""].append(person.id)

    # -- finding ---------------------------------------------------------------------

    def _by_code(self, level: int | None, code: str) -> m.GoalRow | None:
        key = folded(code)
        found = [
            r for r in self.goals.values()
            if folded(r.code) == key and (level is None or r.level == level)
        ]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _by_title(self, parent_id: str | None, level: int, title: str) -> m.GoalRow | None:
        key = folded(title)
        return next(
            (
                r
                for r in self.goals.values()
                if r.parent_id == parent_id and r.level == level and folded(r.title) == key
            ),
            None,
        )

    def reference(self, value: Any, field: str) -> m.GoalRow | None:
        """A goal named in a cell: its id, its code, or its title (when only one has it)."""
        text = values.text(value)
        if not text:
            return None
        row = self.goals.get(text.lower()) or self._by_code(None, text)
        if row is None:
            titled = [r for r in self.goals.values() if folded(r.title) == folded(text)]
            row = titled[0] if len(titled) == 1 else None
        if row is None:
            raise RowProblem(field, msg("Geen doel met code, id of titel ‘{value}’.", value=text))
        return row

    # -- writing ---------------------------------------------------------------------

    def _owner(self, text: str) -> dict[str, Any]:
        ids = self.people.get(folded(text) or "", []) if text else []
        if len(ids) == 1:
            return {"owner_participant_id": ids[0], "owner_text": ""}
        return {"owner_participant_id": None, "owner_text": rules.optional_text(
            text, msg("De trekker"), "owner")}  # fmt: skip

    def _node(
        self,
        level: int,
        code: str,
        title: str,
        parent: m.GoalRow | None,
        row_id: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> m.GoalRow:
        parent_id = parent.id if parent else None
        try:
            g.check_parent(level, parent.level if parent else None)
        except ValidationError as exc:
            raise RowProblem("parent", message_of(exc)) from None
        row = self.goals.get(row_id) if row_id else None
        if row is None and code:
            row = self._by_code(level, code)
        if row is None and title:
            row = self._by_title(parent_id, level, title)
        clean: dict[str, Any] = dict(extra or {})
        if title:
            clean["title"] = rules.required_text(title, msg("De titel van het doel"), "title")
        if code:
            clean["code"] = rules.optional_text(code, msg("De code"), "code")
        if row is not None:
            if row.level != level:
                raise RowProblem(
                    "level", msg("Dit doel is een {label} in het werkbestand.",
                                 label=g.GoalLevel(row.level).label),
                )  # fmt: skip
            clean["parent_id"] = parent_id
            if assign_changed(row, clean) and row.id not in self.created[GOALS]:
                self.updated[GOALS].add(row.id)
            return row
        if not title:
            raise RowProblem("title", msg("Een doel heeft een titel nodig."))
        siblings = [r for r in self.goals.values() if r.parent_id == parent_id]
        row = m.GoalRow(
            id=row_id or m.new_id(),
            workshop_id=self.ws,
            parent_id=parent_id,
            level=level,
            code="",
            owner_text="",
            description="",
            position=max((r.position for r in siblings), default=-1) + 1,
        )
        assign_changed(row, clean)
        self.s.add(row)
        self.s.flush()
        self.goals[row.id] = row
        self.created[GOALS].add(row.id)
        return row

    def own_row(self, columns: frozenset[str], v: dict[str, Any]) -> None:
        """A row of Atelier's own sheet: one goal with its level and parent."""
        level = v.get("level")
        parent = self.reference(v.get("parent"), "parent") if "parent" in columns else None
        if level is None:
            level = g.GoalLevel.OBJECTIVE if parent is None else parent.level + 1
        extra: dict[str, Any] = {}
        if "owner" in columns:
            extra.update(self._owner(values.text(v.get("owner"))))
        if "description" in columns:
            extra["description"] = rules.optional_text(
                values.text(v.get("description")), msg("De omschrijving"), "description"
            )
        title, code = values.text(v.get("title")), values.text(v.get("code"))
        if title and not code:
            split = g.split_code(title)
            if split is not None and split[1]:
                code, title = split[0].code, split[1]
        row = self._node(int(level), code, title, parent, v.get("id"), extra)
        self._indicator(row, v)

    def list_row(self, sheet: str, columns: frozenset[str], v: dict[str, Any]) -> None:
        """A row of a municipality's list: a beleidsdoelstelling, actieplan and actie. A
        level left empty under a row that names a deeper one is the row above's (lists
        that write a beleidsdoelstelling once, above its actieplannen)."""
        parent: m.GoalRow | None = None
        deepest: m.GoalRow | None = None
        v = dict(v)
        single = values.text(v.get("code"))
        if single:  # one code column: the code of the level its form says (AC01.01.01, 1.1.1)
            parsed = g.parse_code(single)
            if parsed is None or parsed.level is None:
                raise RowProblem("code", msg("‘{code}’ is geen code van een doel.", code=single))
            key = _LIST_LEVELS[parsed.level - 1][2]
            if not values.text(v.get(key)):
                v[key] = single
        named = [
            bool(values.text(v.get(key)) or values.text(v.get(code_key)))
            for _, key, code_key in _LIST_LEVELS
        ]
        above = self._above.get(sheet, [])
        for n, (level, key, code_key) in enumerate(_LIST_LEVELS):
            title = values.text(v.get(key))
            code = values.text(v.get(code_key))
            if title and not code:
                split = g.split_code(title)
                if split is not None and split[1]:
                    code, title = split[0].code, split[1]
            if not title and not code:
                if any(named[n + 1 :]) and n < len(above) and above[n] is not None:
                    parent = deepest = above[n]  # the row above's, as the list means it
                    continue
                if level == g.GoalLevel.OBJECTIVE:
                    continue
                break
            if not title:
                found = self._by_code(level, code)
                if found is None:
                    raise RowProblem(key, msg("Een doel heeft een titel nodig."))
                title = found.title
            parent = deepest = self._node(level, code, title, parent)
            self._above[sheet] = [*self._above.get(sheet, [None] * 3)[:n], deepest, None, None][:3]
        if deepest is None:
            return  # an empty or heading row
        owner = values.text(v.get("owner")) if "owner" in columns else ""
        changed = bool(owner) and assign_changed(deepest, self._owner(owner))
        if changed and deepest.id not in self.created[GOALS]:
            self.updated[GOALS].add(deepest.id)
        self._indicator(deepest, v)

    def _indicator(self, goal: m.GoalRow, v: dict[str, Any], row_id: str | None = None) -> None:
        name = values.text(v.get("indicator") if "indicator" in v else v.get("name"))
        if not name:
            return
        fields = {
            "name": rules.required_text(name, msg("De indicator"), "indicator"),
            "baseline": rules.optional_text(values.text(v.get("baseline")), msg("De nulmeting"),
                                            "baseline"),
            "target": rules.optional_text(values.text(v.get("target")), msg("De streefwaarde"),
                                          "target"),
            "target_year": v.get("target_year"),
        }  # fmt: skip
        existing = next((i for i in goal.indicators if row_id and i.id == row_id), None)
        if existing is None:
            existing = next((i for i in goal.indicators if folded(i.name) == folded(name)), None)
        if existing is not None:
            if assign_changed(existing, fields) and existing.id not in self.created[INDICATORS]:
                self.updated[INDICATORS].add(existing.id)
            return
        row = m.GoalIndicatorRow(
            id=row_id or m.new_id(),
            position=max((i.position for i in goal.indicators), default=-1) + 1,
            **fields,
        )
        goal.indicators.append(row)
        self.s.flush()
        self.created[INDICATORS].add(row.id)

    def indicator_row(self, v: dict[str, Any]) -> None:
        """A row of Atelier's own sheet of indicators."""
        goal = self.reference(v.get("goal"), "goal")
        if goal is None:
            raise RowProblem("goal", msg("Kies het doel van de indicator."))
        row_id = v.get("id")
        if row_id:
            elsewhere = self.s.get(m.GoalIndicatorRow, row_id)
            if elsewhere is not None and elsewhere.goal_id != goal.id:
                raise RowProblem(None, msg("Deze rij hoort bij een ander doel."))
        self._indicator(goal, v, row_id)
