"""Matching a workbook's rows to what the store holds, and the helpers that write them.

A row is matched by its id (Atelier's own workbook), else by what names it (a
cluster's name, a point's quadrant, text and cluster, ...), else it is new.
References to other rows are names or ids. Values go through the services'
own cleaning rules, so an import accepts exactly what the editors accept.

A new workshop is born with the standard areas and questionnaire, each store
with its own ids. When a workbook names one of those under another id, the
store's row takes the workbook's id: a store made from a workbook then exports
the same workbook again.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from app.domain.entities import Entity
from app.domain.messages import msg
from app.exchange import layout, values
from app.exchange.problems import ImportCancelled, Problem
from app.exchange.reading import Cancelled, Progress
from app.exchange.recognise import ParsedRow, ParsedSheet, ParsedWorkbook
from app.services import organisation
from app.services.entities import EntityService
from app.storage import models as m
from app.storage.uow import UnitOfWork

_REPORT_EVERY = 200

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
    "target_group": m.TargetGroupRow,
}
_REF_WORDS = {
    "cluster": msg("cluster"),
    "area": msg("domein"),
    "session": msg("sessie"),
    "location": msg("locatie"),
    "participant": msg("deelnemer"),
    "statement": msg("stelling"),
    "path": msg("ontwikkelpad"),
    "proposal": msg("voorstel"),
    "round": msg("stemronde"),
    "target_group": msg("doelgroep"),
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


class RowProblem(Exception):
    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class StoreMatcher:
    """The store's rows of one workshop, matched and written for one import."""

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
                selectinload(m.PathRow.goal_links),
            ),
            m.PrincipleRow: select(m.PrincipleRow).where(m.PrincipleRow.workshop_id == ws),
            m.TargetGroupRow: select(m.TargetGroupRow).where(m.TargetGroupRow.workshop_id == ws),
            m.ProposalRow: select(m.ProposalRow)
            .where(m.ProposalRow.workshop_id == ws)
            .options(
                selectinload(m.ProposalRow.sdg_links),
                selectinload(m.ProposalRow.actions),
                selectinload(m.ProposalRow.resources),
                selectinload(m.ProposalRow.swot_links),
                selectinload(m.ProposalRow.path_links),
                selectinload(m.ProposalRow.cluster_links),
            ),
            m.RoundRow: select(m.RoundRow)
            .where(m.RoundRow.workshop_id == ws)
            .options(selectinload(m.RoundRow.options)),
            m.ReportTextRow: select(m.ReportTextRow).where(m.ReportTextRow.workshop_id == ws),
            m.StrategyRow: select(m.StrategyRow)
            .where(m.StrategyRow.workshop_id == ws)
            .options(selectinload(m.StrategyRow.swot_links)),
            m.TowsMarkRow: select(m.TowsMarkRow).where(m.TowsMarkRow.workshop_id == ws),
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
        # The confrontation matrix: points by folded text, marks by pair, pairs per sheet.
        self._point_names: dict[str, list[m.SwotItemRow]] | None = None
        self._marks: dict[tuple[str, str], m.TowsMarkRow] | None = None
        self._pairs_seen: dict[str, set[tuple[str, str]]] = {}
        # A ballot's rows (one per entry), stored once every row is read: ballot id -> rows.
        self._ballot_rows: dict[str, list[tuple[ParsedSheet, ParsedRow]]] = defaultdict(list)
        self._foreign: dict[type[m.Base], set[str]] = {}
        # The area a SWOT sheet's last heading row named: sheet title -> area.
        self._sections: dict[str, m.AreaRow] = {}
        # The synthesis sheet's points: (rank, row number, item id), stored at its end.
        self._synthesis_rows: list[tuple[int, int, str]] = []

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
                    raise RowProblem(
                        "id", msg("Id {id} staat meer dan eens in de werkmap.", id=given)
                    )
                self._claimed.add(target)
                return known[target], given
            if given in self._elsewhere(row_type):
                raise RowProblem("id", msg("Id {id} hoort bij een andere workshop.", id=given))
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
                row.values[_ID_KEYS.get(sheet.spec.kind, "id")]
                for sheet in self.book.sheets
                if sheet.spec.kind in kinds
                for row in sheet.rows
                if row.values.get(_ID_KEYS.get(sheet.spec.kind, "id"))
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
        if row_type in (m.AreaRow, m.TargetGroupRow):  # the name is unique: step aside first
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
            raise RowProblem(field, msg("Geen {what} met id {id}.", what=_REF_WORDS[kind], id=text))
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
            raise RowProblem(
                field,
                msg(
                    "Er zijn {count} {what}s met de naam '{name}'; "
                    "gebruik het id om te zeggen welke.",
                    count=len(found),
                    what=_REF_WORDS[kind],
                    name=text,
                ),
            )
        if kind == "cluster" and create_cluster:
            return self._new_cluster(text)
        raise RowProblem(field, msg("Onbekende {what} '{name}'.", what=_REF_WORDS[kind], name=text))

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
        entity: EntityService,
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
            if assign_changed(existing, clean):
                self.updated[count_key].add(existing.id)
            return existing
        row = entity.row(id=new_id or m.new_id(), **{entity.parent: parent}, **clean)
        row.position = self._next_position(entity.row, scope, row)
        self.s.add(row)
        self._remember(row, count_key)
        return row

    def _given(self, sheet: ParsedSheet, prow: ParsedRow, *keys: str) -> dict[str, Any]:
        return {k: prow.values[k] for k in keys if k in sheet.columns and k in prow.values}


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
    "ballots": m.BallotRow,
    "report_texts": m.ReportTextRow,
    "strategies": m.StrategyRow,
    "target_groups": m.TargetGroupRow,
}
# The column that holds a sheet's own id, where it is not "id".
_ID_KEYS = {"ballots": "ballot"}

_REKEYED_COUNT = {
    m.AreaRow: Entity.AREA.count_key,
    m.StatementRow: Entity.STATEMENT.count_key,
    m.TargetGroupRow: Entity.TARGET_GROUP.count_key,
}


@functools.cache
def _lists_of(row_type: type[m.Base]) -> tuple[str, ...]:
    return tuple(r.key for r in sa_inspect(row_type).relationships if r.uselist)


def folded(value: Any) -> str | None:
    text = values.text(value)
    return text.casefold() if text else None


def assign_changed(row: Any, clean: dict[str, Any]) -> bool:
    """Set what differs; True when anything did."""
    changed = False
    for key, value in clean.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


_NATURAL_KEYS: dict[type[m.Base], Callable[[Any], Any]] = {
    m.LocationRow: lambda r: folded(r.name),
    m.ClusterRow: lambda r: folded(r.name),
    m.SessionRow: lambda r: folded(r.title),
    m.ParticipantRow: lambda r: folded(r.name) if r.name else None,
    m.AreaRow: lambda r: (r.kind, folded(r.name)),
    m.StatementRow: lambda r: (r.area_id, r.text),
    m.SwotItemRow: lambda r: (r.quadrant, r.text, r.cluster_id),
    m.RecommendationRow: lambda r: (r.area_id, r.text),
    m.StatementScoreRow: lambda r: (r.cluster_id, r.statement_id, r.participant_id),
    m.AreaRatingRow: lambda r: (r.cluster_id, r.area_id, r.participant_id),
    m.PathRow: lambda r: folded(r.title),
    m.PathActionRow: lambda r: (r.path_id, r.text),
    m.PathImpactRow: lambda r: (r.path_id, r.target_group_id, r.text),
    m.TargetGroupRow: lambda r: folded(r.name),
    m.PrincipleRow: lambda r: folded(r.title),
    m.ReportTextRow: lambda r: r.part,
    m.StrategyRow: lambda r: (r.field, folded(r.title)),
    m.ProposalRow: lambda r: folded(r.code) or folded(r.title),
    m.ProposalActionRow: lambda r: (r.proposal_id, r.text),
    m.ProposalResourceRow: lambda r: (r.proposal_id, r.year),
    m.RoundRow: lambda r: folded(r.title),
    m.OptionRow: lambda r: (
        r.round_id,
        r.kind,
        r.proposal_id or r.swot_item_id or r.path_id,
    ),
}
