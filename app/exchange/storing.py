"""Writing a recognised workbook into a store, inside one unit of work.

Each row is matched to what the store holds: by its id (Atelier's own
workbook), else by what names it (a cluster's name, a point's quadrant, text
and cluster, ...), else it is new. Values go through the services' own
cleaning rules, so an import accepts exactly what the editors accept. Nothing
is ever deleted. Problems are collected per cell; the caller rolls back when
there are any.

A new workshop is born with the standard areas and questionnaire, each store
with its own ids. When a workbook names one of those under another id, the
store's row takes the workbook's id: a store made from a workbook then exports
the same workbook again.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from app.domain import ranking, rules
from app.domain.enums import AreaKind, OptionKind, RoundStatus, VotingMethod
from app.domain.errors import NotFound, ValidationError
from app.exchange import layout, values
from app.exchange.problems import ImportCancelled, Problem
from app.exchange.reading import Cancelled, Progress
from app.exchange.recognise import ParsedRow, ParsedSheet, ParsedWorkbook
from app.services import analysis, organisation, paths, proposals, swot
from app.services import rounds as round_service
from app.services.entities import Entity
from app.services.links import replace_links
from app.storage import models as m
from app.storage.uow import UnitOfWork

_REPORT_EVERY = 200

# The order in which kinds are written: whatever a row refers to comes first.
ORDER = (
    "workshop",
    "locations",
    "clusters",
    "sessions",
    "participants",
    "areas",
    "statements",
    "swot",
    "recommendations",
    "scores",
    "ratings",
    "paths",
    "path_actions",
    "path_impacts",
    "principles",
    "proposals",
    "proposal_actions",
    "resources",
    "rounds",
    "options",
)

# What a reference column names, and which of its rows' attributes it may use.
_REF_TYPES: dict[str, type[m.Base]] = {
    "cluster": m.ClusterRow,
    "area": m.AreaRow,
    "session": m.SessionRow,
    "location": m.LocationRow,
    "participant": m.ParticipantRow,
    "statement": m.StatementRow,
    "path": m.PathRow,
    "proposal": m.ProposalRow,
    "round": m.RoundRow,
}
_REF_WORDS = {
    "cluster": "cluster",
    "area": "domein",
    "session": "sessie",
    "location": "locatie",
    "participant": "deelnemer",
    "statement": "stelling",
    "path": "ontwikkelpad",
    "proposal": "voorstel",
    "round": "stemronde",
}


def reference_names(row: m.Base) -> tuple[str, ...]:
    """The names a reference to ``row`` may use, most specific first."""
    if isinstance(row, m.ProposalRow):
        return tuple(n for n in (row.code, row.title) if n)
    for attr in ("name", "title", "text"):
        value = getattr(row, attr, None)
        if value:
            return (value,)
    return ()


class _RowProblem(Exception):
    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class StoreImport:
    """One import into the store behind ``uow``; see :meth:`run`."""

    def __init__(
        self,
        uow: UnitOfWork,
        book: ParsedWorkbook,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> None:
        self.uow = uow
        self.s: Session = uow.session
        self.book = book
        self.progress = progress
        self.cancelled = cancelled
        self.problems: list[Problem] = []
        self.created: dict[str, set[str]] = defaultdict(set)
        self.updated: dict[str, set[str]] = defaultdict(set)
        self._done = 0

    # -- the run -----------------------------------------------------------------

    def run(self) -> None:
        workshop = self.s.scalars(select(m.WorkshopRow).order_by(m.WorkshopRow.created_at)).first()
        if workshop is None:
            raise NotFound("Het werkbestand bevat nog geen workshop.")
        self.workshop = workshop
        self.ws = workshop.id
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
                    except _RowProblem as exc:
                        self._problem(sheet, row, exc.field, exc.message)
                    except (ValidationError, NotFound) as exc:
                        self._problem(sheet, row, getattr(exc, "field", None), str(exc))
                    self._tick(total)
            if kind == "swot":
                self._absorption()
            # Later kinds look these rows up by id or name (session.get needs them flushed).
            self.s.flush()
        if self.progress is not None:
            self.progress(total, total)

    def _tick(self, total: int) -> None:
        self._done += 1
        if self._done % _REPORT_EVERY == 0:
            if self.cancelled is not None and self.cancelled():
                raise ImportCancelled()
            if self.progress is not None:
                self.progress(self._done, total)

    def _problem(self, sheet: ParsedSheet, row: ParsedRow, field: str | None, message: str) -> None:
        key = field[:-3] if field and field.endswith("_id") else field
        self.problems.append(Problem(sheet.title, row.cell(key), message))

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        created = {k: len(self.created.get(k, ())) for k in layout.COUNT_KEYS}
        updated = {
            k: len(self.updated.get(k, set()) - self.created.get(k, set()))
            for k in layout.COUNT_KEYS
        }
        return created, updated

    # -- what the store holds ----------------------------------------------------

    def _load(self) -> None:
        s, ws = self.s, self.ws
        loads: dict[type[m.Base], Any] = {
            m.LocationRow: select(m.LocationRow).where(m.LocationRow.workshop_id == ws),
            m.SessionRow: select(m.SessionRow).where(m.SessionRow.workshop_id == ws),
            m.ClusterRow: select(m.ClusterRow).where(m.ClusterRow.workshop_id == ws),
            m.ParticipantRow: select(m.ParticipantRow).where(m.ParticipantRow.workshop_id == ws),
            m.AreaRow: select(m.AreaRow).where(m.AreaRow.workshop_id == ws),
            m.StatementRow: select(m.StatementRow).where(m.StatementRow.workshop_id == ws),
            m.SwotItemRow: select(m.SwotItemRow).where(m.SwotItemRow.workshop_id == ws),
            m.RecommendationRow: select(m.RecommendationRow)
            .where(m.RecommendationRow.workshop_id == ws)
            .options(selectinload(m.RecommendationRow.swot_links)),
            m.StatementScoreRow: select(m.StatementScoreRow)
            .join(m.ClusterRow, m.ClusterRow.id == m.StatementScoreRow.cluster_id)
            .where(m.ClusterRow.workshop_id == ws),
            m.AreaRatingRow: select(m.AreaRatingRow)
            .join(m.ClusterRow, m.ClusterRow.id == m.AreaRatingRow.cluster_id)
            .where(m.ClusterRow.workshop_id == ws),
            m.PathRow: select(m.PathRow)
            .where(m.PathRow.workshop_id == ws)
            .options(
                selectinload(m.PathRow.actions),
                selectinload(m.PathRow.impacts),
                selectinload(m.PathRow.swot_links),
            ),
            m.PrincipleRow: select(m.PrincipleRow).where(m.PrincipleRow.workshop_id == ws),
            m.ProposalRow: select(m.ProposalRow)
            .where(m.ProposalRow.workshop_id == ws)
            .options(
                selectinload(m.ProposalRow.sdg_links),
                selectinload(m.ProposalRow.actions),
                selectinload(m.ProposalRow.resources),
                selectinload(m.ProposalRow.swot_links),
                selectinload(m.ProposalRow.path_links),
            ),
            m.RoundRow: select(m.RoundRow)
            .where(m.RoundRow.workshop_id == ws)
            .options(selectinload(m.RoundRow.options)),
        }
        # Strong references: the session's identity map is weak, and session.get
        # must find these rows without a query.
        self.rows: dict[type[m.Base], dict[str, Any]] = {
            row_type: {r.id: r for r in s.scalars(query)} for row_type, query in loads.items()
        }
        children = {
            m.PathActionRow: (m.PathRow, "actions"),
            m.PathImpactRow: (m.PathRow, "impacts"),
            m.ProposalActionRow: (m.ProposalRow, "actions"),
            m.ProposalResourceRow: (m.ProposalRow, "resources"),
            m.OptionRow: (m.RoundRow, "options"),
        }
        for child_type, (parent_type, relation) in children.items():
            self.rows[child_type] = {
                c.id: c for p in self.rows[parent_type].values() for c in getattr(p, relation)
            }
        self._claimed: set[str] = set()
        self._natural: dict[type[m.Base], dict[Any, list[Any]]] = {}
        # A workbook id that names a store row under another id (matched by name).
        self._alias: dict[type[m.Base], dict[str, str]] = defaultdict(dict)
        self._positions: dict[tuple[Any, ...], int] = {}
        self._names: dict[type[m.Base], dict[str, list[str]] | None] = {}
        # Consolidation is set once every point exists: (sheet, row, item id).
        self._absorb_later: list[tuple[ParsedSheet, ParsedRow, str]] = []
        self._foreign: dict[type[m.Base], set[str]] = {}

    # -- matching ------------------------------------------------------------------

    def _natural_key(self, row_type: type[m.Base], row: Any) -> Any:
        return _NATURAL_KEYS[row_type](row)

    def _find(
        self, row_type: type[m.Base], prow: ParsedRow, key: Any, rekey: bool = False
    ) -> tuple[Any | None, str | None]:
        """The store row this sheet row is about (or None) and the id a new row gets."""
        given = prow.values.get("id")
        known = self.rows[row_type]
        if given:
            target = self._alias[row_type].get(given, given)
            if target in known:
                if target in self._claimed:
                    raise _RowProblem("id", f"Id {given} staat meer dan eens in de werkmap.")
                self._claimed.add(target)
                return known[target], given
            if given in self._elsewhere(row_type):
                raise _RowProblem("id", f"Id {given} hoort bij een andere workshop.")
        if key is not None:
            index = self._natural.get(row_type)
            if index is None:
                index = defaultdict(list)
                for r in known.values():
                    index[self._natural_key(row_type, r)].append(r)
                self._natural[row_type] = index
            for candidate in index.get(key, ()):
                if candidate.id not in self._claimed:
                    self._claimed.add(candidate.id)
                    if given and rekey:
                        return self._rekey(candidate, given), given
                    if given:
                        self._alias[row_type][given] = candidate.id
                    return candidate, given
        return None, given

    def _elsewhere(self, row_type: type[m.Base]) -> set[str]:
        """The workbook's ids of this type that the store holds for another workshop
        (asked once per type: one query per row would flush the session each time)."""
        if row_type not in self._foreign:
            kinds = [k for k, t in _KIND_ROWS.items() if t is row_type]
            wanted = {
                row.values["id"]
                for sheet in self.book.sheets
                if sheet.spec.kind in kinds
                for row in sheet.rows
                if row.values.get("id")
            } - set(self.rows[row_type])
            found: set[str] = set()
            ordered = sorted(wanted)
            with self.s.no_autoflush:
                for start in range(0, len(ordered), 500):
                    chunk = ordered[start : start + 500]
                    found.update(self.s.scalars(select(row_type.id).where(row_type.id.in_(chunk))))
            self._foreign[row_type] = found
        return self._foreign[row_type]

    def _remember(self, row: Any, count_key: str) -> None:
        """A new row: known from now on by id and name."""
        row_type = type(row)
        # Its lists are empty, not unloaded: reading them later must not query.
        for relation in _lists_of(row_type):
            if relation not in row.__dict__:
                set_committed_value(row, relation, [])
        self.rows[row_type][row.id] = row
        self._claimed.add(row.id)
        self.created[count_key].add(row.id)
        self._names.pop(row_type, None)

    def _rekey(self, row: Any, new_id: str) -> Any:
        """Give ``row`` (an area or statement) the id ``new_id``; what refers to it follows."""
        row_type = type(row)
        table = row_type.__table__
        old_id = row.id
        self.s.flush()
        columns = {c.key: getattr(row, c.key) for c in table.columns}
        if row_type is m.AreaRow:  # (workshop, kind, name) is unique: step aside first
            self.s.execute(update(table).where(table.c.id == old_id).values(name=f"~{old_id}"))
        self.s.execute(insert(table).values({**columns, "id": new_id}))
        references = [
            (fk.parent.table, fk.parent)
            for t in m.Base.metadata.sorted_tables
            for fk in t.foreign_keys
            if fk.column.table is table
        ]
        for child_table, column in references:
            self.s.execute(
                update(child_table).where(column == old_id).values({column.name: new_id})
            )
        self.s.execute(delete(table).where(table.c.id == old_id))
        self.s.expunge(row)
        # The rows held in memory point at the old id: make them agree, unchanged.
        for child_table, column in references:
            for child_type, held in self.rows.items():
                if child_type.__table__ is child_table:
                    for child in held.values():
                        if getattr(child, column.key) == old_id:
                            set_committed_value(child, column.key, new_id)
        fresh = self.s.get(row_type, new_id)
        del self.rows[row_type][old_id]
        self.rows[row_type][new_id] = fresh
        self._claimed.add(new_id)
        self._names.pop(row_type, None)
        self.updated[_REKEYED_COUNT[row_type]].add(new_id)
        self.uow.changes.add("deleted", table.name, old_id)
        self.uow.changes.add("created", table.name, new_id)
        return fresh

    def _ref(self, kind: str, value: Any, field: str, create_cluster: bool = True) -> str | None:
        """The id a reference cell names: an id, or a name (code, title, text)."""
        text = values.text(value)
        if not text:
            return None
        row_type = _REF_TYPES[kind]
        held = self.rows[row_type]
        if values.is_id(text):
            target = self._alias[row_type].get(text.lower(), text.lower())
            if target in held:
                return target
            raise _RowProblem(field, f"Geen {_REF_WORDS[kind]} met id {text}.")
        names = self._names.get(row_type)
        if names is None:
            names = defaultdict(list)
            for r in held.values():
                for n in reference_names(r):
                    names[n.casefold()].append(r.id)
            self._names[row_type] = names
        found = list(dict.fromkeys(names.get(text.casefold(), ())))
        if len(found) > 1:
            exact = [i for i in found if text in reference_names(held[i])]
            found = exact if len(exact) == 1 else found
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise _RowProblem(
                field,
                f"Er zijn {len(found)} {_REF_WORDS[kind]}s met de naam '{text}'; "
                "gebruik het id om te zeggen welke.",
            )
        if kind == "cluster" and create_cluster:
            return self._new_cluster(text)
        raise _RowProblem(field, f"Onbekende {_REF_WORDS[kind]} '{text}'.")

    def _new_cluster(self, name: str) -> str:
        clean = organisation.clusters.clean(self.s, self.ws, {"name": name}, None)
        row = m.ClusterRow(id=m.new_id(), workshop_id=self.ws, **clean)
        row.position = self._next_position(m.ClusterRow, ("workshop_id",), row)
        self.s.add(row)
        self.s.flush()
        self._remember(row, "clusters")
        return row.id

    def _next_position(self, row_type: type[m.Base], scope: tuple[str, ...], row: Any) -> int:
        key = (row_type, *(getattr(row, col) for col in scope))
        if key not in self._positions:
            taken = [
                r.position
                for r in self.rows[row_type].values()
                if all(getattr(r, col) == getattr(row, col) for col in scope)
            ]
            self._positions[key] = max(taken, default=-1) + 1
        position = self._positions[key]
        self._positions[key] += 1
        return position

    # -- writing ---------------------------------------------------------------------

    def _save(
        self,
        entity: Entity,
        existing: Any,
        new_id: str | None,
        fields: dict[str, Any],
        count_key: str,
        scope: tuple[str, ...] = ("workshop_id",),
        parent_id: str | None = None,
    ) -> Any:
        """Clean ``fields`` with the entity's own rules, then update or create."""
        parent = parent_id or self.ws
        clean = entity.clean(self.s, parent, fields, existing)
        if existing is not None:
            clean.pop("position", None)  # the workbook does not move rows
            if _assign(existing, clean):
                self.updated[count_key].add(existing.id)
            return existing
        row = entity.row(id=new_id or m.new_id(), **{entity.parent: parent}, **clean)
        row.position = self._next_position(entity.row, scope, row)
        self.s.add(row)
        self._remember(row, count_key)
        return row

    def _given(self, sheet: ParsedSheet, prow: ParsedRow, *keys: str) -> dict[str, Any]:
        return {k: prow.values[k] for k in keys if k in sheet.columns and k in prow.values}

    # -- one handler per kind ------------------------------------------------------------

    def _workshop(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        w = self.workshop
        v = prow.values
        clean: dict[str, Any] = {}
        if "title" in v:
            clean["title"] = rules.required_text(v["title"], "De titel", "title")
        for key, label in (("organisation", "De organisatie"), ("description", "De beschrijving")):
            if key in v:
                clean[key] = rules.optional_text(v[key], label, key)
        start = v.get("period_start") or w.period_start
        end = v.get("period_end") or w.period_end
        rules.planning_period(start, end)
        clean["period_start"], clean["period_end"] = start, end
        if v.get("show_names") is not None:
            clean["show_names"] = v["show_names"]
        if _assign(w, clean):
            self.updated["workshops"].add(w.id)

    def _locations(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.LocationRow, prow, _fold(v.get("name")))
        fields = self._given(sheet, prow, "name", "address", "postcode", "deelgemeente")
        self._save(organisation.locations, existing, new_id, fields, "locations")

    def _clusters(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.ClusterRow, prow, _fold(v.get("name")))
        fields = self._given(sheet, prow, "name", "color")
        if v.get("is_reference") is not None:
            fields["is_reference"] = v["is_reference"]
        if not fields.get("color"):
            fields.pop("color", None)
        self._save(organisation.clusters, existing, new_id, fields, "clusters")

    def _sessions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.SessionRow, prow, _fold(v.get("title")))
        fields = self._given(sheet, prow, "title", "date")
        if "location" in sheet.columns:
            fields["location_id"] = self._ref("location", v.get("location"), "location")
        self._save(organisation.sessions, existing, new_id, fields, "sessions")

    def _participants(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        name = v.get("name") or None
        existing, new_id = self._find(m.ParticipantRow, prow, _fold(name) if name else None)
        fields: dict[str, Any] = {"name": name, **self._given(sheet, prow, "role")}
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        self._save(organisation.participants, existing, new_id, fields, "participants")

    def _areas(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        kind: AreaKind = v["kind"]
        key = (kind.value, _fold(v.get("name")))
        existing, new_id = self._find(m.AreaRow, prow, key, rekey=True)
        fields = {"kind": kind.value, **self._given(sheet, prow, "name", "description")}
        self._save(analysis.areas, existing, new_id, fields, "areas", ("workshop_id", "kind"))

    def _statements(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        area_id = self._ref("area", v.get("area"), "area")
        existing, new_id = self._find(m.StatementRow, prow, (area_id, v.get("text")), rekey=True)
        fields = {"area_id": area_id, "text": v.get("text")}
        self._save(analysis.statements, existing, new_id, fields, "questions", ("area_id",))

    def _swot(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
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
        if "area" in sheet.columns:
            fields["area_id"] = self._area_for(v.get("area"), quadrant.area_kind)
        if "session" in sheet.columns:
            fields["session_id"] = self._ref("session", v.get("session"), "session")
        if "author" in sheet.columns:
            fields["author"] = v.get("author")
        row = self._save(
            swot.items, existing, new_id, fields, "swot_items", ("workshop_id", "quadrant")
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
        return matches[0] if len(matches) == 1 else self._ref("area", value, "area")

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
                    self._problem(sheet, prow, "absorbed_into", f"Geen SWOT-punt met id {target}.")
                    continue
            wanted[item_id] = target
            where[item_id] = (sheet, prow)
        final = {i: r.absorbed_into_id for i, r in items.items()}
        final.update(wanted)
        for item_id, target in wanted.items():
            sheet, prow = where[item_id]
            item = items[item_id]
            if target is not None:
                primary = items[target]
                message = None
                if target == item_id:
                    message = "Een punt kan niet in zichzelf opgenomen zijn."
                elif final.get(target):
                    message = "Dit punt is opgenomen in een punt dat zelf opgenomen is."
                elif primary.quadrant != item.quadrant:
                    message = (
                        "Een punt kan alleen opgenomen zijn in een punt van hetzelfde kwadrant."
                    )
                if message:
                    self._problem(sheet, prow, "absorbed_into", message)
                    continue
            if item.absorbed_into_id != target:
                item.absorbed_into_id = target
                self.updated["swot_items"].add(item_id)

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
            swot.recommendations, existing, new_id, fields, "recommendations", ("area_id",)
        )
        if "swot_items" in sheet.columns:
            self._link_swot(row, prow, "recommendations")

    def _link_swot(self, row: Any, prow: ParsedRow, count_key: str) -> None:
        ids = self._swot_ids(prow.values.get("swot_items", ()))
        try:
            if self._links(row, m.SwotItemRow, ids, "swot_links", "swot_item_id"):
                self.updated[count_key].add(row.id)
        except (ValidationError, NotFound) as exc:
            raise _RowProblem("swot_items", str(exc)) from None

    def _participant_of(self, v: dict[str, Any], cluster_id: str) -> str | None:
        participant_id = self._ref("participant", v.get("participant"), "participant")
        if participant_id is not None:
            person = self.rows[m.ParticipantRow][participant_id]
            if person.cluster_id != cluster_id:
                raise _RowProblem("participant", "Deze deelnemer hoort niet bij deze cluster.")
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
            raise _RowProblem("readiness", "Paraatheid geldt alleen voor externe domeinen.")
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
            if _assign(existing, answers):
                self.updated["assessments"].add(existing.id)
            return
        row = row_type(id=new_id or m.new_id(), participant_id=participant_id, **keys, **answers)
        self.s.add(row)
        self._remember(row, "assessments")

    def _paths(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.PathRow, prow, _fold(v.get("title")))
        fields = self._given(sheet, prow, "title", "description")
        row = self._save(paths.paths, existing, new_id, fields, "paths")
        if "swot_items" in sheet.columns:
            self._link_swot(row, prow, "paths")

    def _path_actions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        path = self.rows[m.PathRow][self._ref("path", v.get("path"), "path")]
        text = rules.required_text(v.get("text"), "Een actie", "text")
        existing, new_id = self._find(m.PathActionRow, prow, (path.id, text))
        self._child(
            existing,
            new_id,
            path,
            "actions",
            {"path_id": path.id, "text": text},
            "path_actions",
            m.PathActionRow,
        )

    def _path_impacts(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        path = self.rows[m.PathRow][self._ref("path", v.get("path"), "path")]
        text = rules.required_text(v.get("text"), "Een impact", "text")
        group = v["target_group"].value
        existing, new_id = self._find(m.PathImpactRow, prow, (path.id, group, text))
        fields = {"path_id": path.id, "target_group": group, "text": text}
        self._child(existing, new_id, path, "impacts", fields, "path_impacts", m.PathImpactRow)

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
                raise _RowProblem(None, "Deze rij hoort bij een ander ontwikkelpad of voorstel.")
            if _assign(existing, fields):
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
        existing, new_id = self._find(m.PrincipleRow, prow, _fold(v.get("title")))
        fields = self._given(sheet, prow, "title", "text")
        self._save(paths.principles, existing, new_id, fields, "principles")

    def _proposals(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        key = _fold(v.get("code")) or _fold(v.get("title"))
        existing, new_id = self._find(m.ProposalRow, prow, key)
        fields = self._given(
            sheet, prow, "code", "title", "policy_objective", "why", "what", "win",
            "status_end_of_term", "dependencies", "risks",
        )  # fmt: skip
        if v.get("mandatory") is not None:
            fields["mandatory"] = v["mandatory"]
        if "cluster" in sheet.columns:
            fields["cluster_id"] = self._ref("cluster", v.get("cluster"), "cluster")
        if "location" in sheet.columns:
            fields.update(self._proposal_location(v.get("location")))
        row = self._save(proposals.proposals, existing, new_id, fields, "proposals")
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
            self._link_swot(row, prow, "proposals")
        if "paths" in sheet.columns:
            ids = [self._alias[m.PathRow].get(i, i) for i in v.get("paths", ())]
            try:
                changed |= self._links(row, m.PathRow, ids, "path_links", "path_id")
            except (ValidationError, NotFound) as exc:
                raise _RowProblem("paths", str(exc)) from None
        if v.get("cost") is not None:
            changed |= self._cost(row, v["cost"])
        if changed and existing is not None:
            self.updated["proposals"].add(row.id)

    def _proposal_location(self, value: Any) -> dict[str, Any]:
        """A known location by name (or id); otherwise the text as it was written."""
        text = values.text(value)
        if not text:
            return {"location_id": None, "location_text": ""}
        try:
            return {"location_id": self._ref("location", text, "location"), "location_text": ""}
        except _RowProblem:
            if values.is_id(text):
                raise
            return {"location_id": None, "location_text": text}

    def _cost(self, row: m.ProposalRow, cost: float) -> bool:
        """An estimated cost from a list: the investment of the first year of the period,
        for a proposal that has no resources per year yet."""
        rules.non_negative(cost, "De geraamde kost")
        if row.resources:
            total = sum(r.investment + r.operating for r in row.resources)
            if abs(total - cost) > 0.005:
                raise _RowProblem(
                    "cost",
                    f"Dit voorstel heeft al middelen per jaar (samen {total:,.2f}); pas die aan "
                    "in het blad Middelen in plaats van de geraamde kost.",
                )
            return False
        year = self.workshop.period_start
        resource = m.ProposalResourceRow(
            id=m.new_id(), year=year, investment=cost, operating=0.0, fte=0.0
        )
        row.resources.append(resource)
        self._remember(resource, "proposal_resources")
        return True

    def _proposal_actions(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        proposal = self.rows[m.ProposalRow][self._ref("proposal", v.get("proposal"), "proposal")]
        w = self.workshop
        text = rules.required_text(v.get("text"), "De actie", "text")
        first = rules.year_in_period(v["start_year"], w.period_start, w.period_end, "Het beginjaar")
        try:
            last = rules.year_in_period(v["end_year"], w.period_start, w.period_end, "Het eindjaar")
        except ValidationError as exc:
            raise _RowProblem("end_year", str(exc)) from None
        if last < first:
            raise _RowProblem("end_year", "De actie eindigt vóór ze begint.")
        existing, new_id = self._find(m.ProposalActionRow, prow, (proposal.id, text))
        fields = {"proposal_id": proposal.id, "text": text, "start_year": first, "end_year": last}
        self._child(
            existing, new_id, proposal, "actions", fields, "proposal_actions", m.ProposalActionRow
        )

    def _resources(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        proposal = self.rows[m.ProposalRow][self._ref("proposal", v.get("proposal"), "proposal")]
        w = self.workshop
        try:
            year = rules.year_in_period(v["year"], w.period_start, w.period_end, "Middelen")
        except ValidationError as exc:
            raise _RowProblem("year", str(exc)) from None
        existing, new_id = self._find(m.ProposalResourceRow, prow, (proposal.id, year))
        fields: dict[str, Any] = {"proposal_id": proposal.id, "year": year}
        for key, label in (
            ("investment", "De investering"),
            ("operating", "De werking"),
            ("fte", "VTE"),
        ):
            if key in sheet.columns or existing is None:
                try:
                    fields[key] = rules.non_negative(v.get(key) or 0.0, f"{label} {year}")
                except ValidationError as exc:
                    raise _RowProblem(key, str(exc)) from None
        if existing is None and any(r.year == year for r in proposal.resources):
            raise _RowProblem("year", f"Dit voorstel heeft al middelen voor {year}.")
        self._child(
            existing, new_id, proposal, "resources", fields, "proposal_resources",
            m.ProposalResourceRow, positioned=False,
        )  # fmt: skip

    def _rounds(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        existing, new_id = self._find(m.RoundRow, prow, _fold(v.get("title")))
        method: VotingMethod = v["method"]
        status: RoundStatus = v["status"]
        try:
            rules_ = json.loads(v.get("rules") or "null")
        except json.JSONDecodeError:
            raise _RowProblem("rules", "De regels zijn geen geldige JSON.") from None
        fields: dict[str, Any] = {
            "title": rules.required_text(v.get("title"), "De titel van de ronde", "title"),
            "question": rules.optional_text(v.get("question"), "De vraag", "question"),
        }
        for key in ("anonymous", "revealed"):
            if v.get(key) is not None:
                fields[key] = v[key]
        if v.get("top_n") is not None:
            fields["top_n"] = max(0, v["top_n"])
        if existing is not None:
            if existing.method != method.value or existing.status != status.value:
                raise _RowProblem(
                    "status",
                    "Methode en status van een bestaande ronde wijzig je in Atelier, "
                    "niet in de werkmap.",
                )
            if rules_ is not None and json.loads(existing.rules_json) != rules_:
                if existing.status != RoundStatus.DRAFT.value:
                    raise _RowProblem("rules", "De regels liggen vast zodra de ronde geopend is.")
                fields["rules_json"] = _rules_json(method, rules_)
            if _assign(existing, fields):
                self.updated["rounds"].add(existing.id)
            return
        if status is RoundStatus.OPEN and any(
            r.status == RoundStatus.OPEN.value for r in self.rows[m.RoundRow].values()
        ):
            raise _RowProblem("status", "Er staat al een ronde open: er kan er maar één open zijn.")
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
        self._remember(row, "rounds")

    def _options(self, sheet: ParsedSheet, prow: ParsedRow) -> None:
        v = prow.values
        round_row = self.rows[m.RoundRow][self._ref("round", v.get("round"), "round")]
        kind: OptionKind = v["kind"]
        target_type, column = _OPTION_TARGETS[kind]
        target = v.get("target")
        if target is not None:
            target = self._alias[target_type].get(target, target)
            if target not in self.rows[target_type]:
                raise _RowProblem(
                    "target", f"Geen {layout.OPTION_KIND_LABELS[kind]} met id {target}."
                )
        existing, new_id = self._find(m.OptionRow, prow, (round_row.id, kind.value, target))
        fields = {
            "title": rules.required_text(v.get("title"), "De titel van de optie", "title")[:300],
            "description": rules.optional_text(
                v.get("description"), "De beschrijving", "description"
            ),
        }
        if existing is not None:
            if (
                existing.round_id != round_row.id
                or existing.kind != kind.value
                or getattr(existing, column) != target
            ):
                raise _RowProblem("target", "Waarnaar een optie verwijst, wijzig je in Atelier.")
            if _assign(existing, fields):
                self.updated["options"].add(existing.id)
            return
        if (
            round_row.id not in self.created["rounds"]
            and round_row.status != RoundStatus.DRAFT.value
        ):
            raise _RowProblem("round", "Een ronde die al geopend werd, krijgt geen nieuwe opties.")
        if any(getattr(o, column) == target and target for o in round_row.options):
            raise _RowProblem("target", "Elke optie mag maar één keer in een ronde staan.")
        row = m.OptionRow(
            id=new_id or m.new_id(),
            round_id=round_row.id,
            kind=kind.value,
            **{column: target},
            **fields,
        )
        row.position = self._next_position(m.OptionRow, ("round_id",), row)
        round_row.options.append(row)
        self._remember(row, "options")


_KIND_ROWS: dict[str, type[m.Base]] = {
    "locations": m.LocationRow,
    "clusters": m.ClusterRow,
    "sessions": m.SessionRow,
    "participants": m.ParticipantRow,
    "areas": m.AreaRow,
    "statements": m.StatementRow,
    "swot": m.SwotItemRow,
    "recommendations": m.RecommendationRow,
    "scores": m.StatementScoreRow,
    "ratings": m.AreaRatingRow,
    "paths": m.PathRow,
    "path_actions": m.PathActionRow,
    "path_impacts": m.PathImpactRow,
    "principles": m.PrincipleRow,
    "proposals": m.ProposalRow,
    "proposal_actions": m.ProposalActionRow,
    "resources": m.ProposalResourceRow,
    "rounds": m.RoundRow,
    "options": m.OptionRow,
}

_REKEYED_COUNT = {m.AreaRow: "areas", m.StatementRow: "questions"}

_OPTION_TARGETS: dict[OptionKind, tuple[type[m.Base], str]] = {
    OptionKind.PROPOSAL: (m.ProposalRow, "proposal_id"),
    OptionKind.SWOT_ITEM: (m.SwotItemRow, "swot_item_id"),
    OptionKind.PATH: (m.PathRow, "path_id"),
}


def _rules_json(method: VotingMethod, rules_: Any) -> str:
    if not isinstance(rules_, dict):
        raise _RowProblem("rules", 'De regels moeten een JSON-object zijn, zoals {"dots": 5}.')
    try:
        clean = ranking.validate_rules(method, rules_)
    except ValidationError as exc:
        raise _RowProblem("rules", str(exc)) from None
    return json.dumps(clean, ensure_ascii=False)


@functools.cache
def _lists_of(row_type: type[m.Base]) -> tuple[str, ...]:
    return tuple(r.key for r in sa_inspect(row_type).relationships if r.uselist)


def fields_parent(fields: dict[str, Any]) -> str:
    return next(k for k in ("path_id", "proposal_id", "round_id") if k in fields)


def _fold(value: Any) -> str | None:
    text = values.text(value)
    return text.casefold() if text else None


def _assign(row: Any, clean: dict[str, Any]) -> bool:
    """Set what differs; True when anything did."""
    changed = False
    for key, value in clean.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


_NATURAL_KEYS: dict[type[m.Base], Callable[[Any], Any]] = {
    m.LocationRow: lambda r: _fold(r.name),
    m.ClusterRow: lambda r: _fold(r.name),
    m.SessionRow: lambda r: _fold(r.title),
    m.ParticipantRow: lambda r: _fold(r.name) if r.name else None,
    m.AreaRow: lambda r: (r.kind, _fold(r.name)),
    m.StatementRow: lambda r: (r.area_id, r.text),
    m.SwotItemRow: lambda r: (r.quadrant, r.text, r.cluster_id),
    m.RecommendationRow: lambda r: (r.area_id, r.text),
    m.StatementScoreRow: lambda r: (r.cluster_id, r.statement_id, r.participant_id),
    m.AreaRatingRow: lambda r: (r.cluster_id, r.area_id, r.participant_id),
    m.PathRow: lambda r: _fold(r.title),
    m.PathActionRow: lambda r: (r.path_id, r.text),
    m.PathImpactRow: lambda r: (r.path_id, r.target_group, r.text),
    m.PrincipleRow: lambda r: _fold(r.title),
    m.ProposalRow: lambda r: _fold(r.code) or _fold(r.title),
    m.ProposalActionRow: lambda r: (r.proposal_id, r.text),
    m.ProposalResourceRow: lambda r: (r.proposal_id, r.year),
    m.RoundRow: lambda r: _fold(r.title),
    m.OptionRow: lambda r: (
        r.round_id,
        r.kind,
        r.proposal_id or r.swot_item_id or r.path_id,
    ),
}
