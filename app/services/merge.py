"""Merge workshop stores captured on other laptops into one (CLI ``merge``).

The rules are in app.domain.merge. This module applies them table by table, in
foreign-key order, with SQLAlchemy Core over the tables themselves, so that
every column of every table is carried (a column added later needs no change
here) and the same code runs on SQLite and PostgreSQL. Each source is read from
a consistent copy and never changed; the target gets a backup first, and all
sources are merged in one transaction: a failure changes nothing.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from app.domain.entities import Entity
from app.domain.errors import AtelierError, StoreDamaged, ValidationError
from app.domain.merge import (
    MergeReport,
    agree,
    deletion_wins,
    free_code,
    free_name,
    natural_key,
    source_wins,
)
from app.domain.messages import msg
from app.services import common
from app.storage import backup
from app.storage import models as m
from app.storage.engine import sqlite_path, url_for
from app.storage.store import Store, open_store, store_revision
from app.storage.uow import UNTRACKED

Row = dict[str, Any]

# Bookkeeping tables: the store's own marker, and tombstones (handled apart).
SKIPPED = frozenset({"store_meta", "tombstone"})

# Rule 1: how a row made in another store is recognised when its id differs.
NATURAL: dict[str, tuple[str, ...]] = {
    "location": ("workshop_id", "name"),
    "session": ("workshop_id", "title", "date"),
    "cluster": ("workshop_id", "name"),
    "participant": ("workshop_id", "name"),
    "area": ("workshop_id", "kind", "name"),
    "swot_item": ("workshop_id", "quadrant", "cluster_id", "text"),
    "recommendation": ("workshop_id", "area_id", "cluster_id", "text"),
    "statement": ("workshop_id", "area_id", "text"),
    "statement_score": ("cluster_id", "statement_id", "participant_id"),
    "area_rating": ("cluster_id", "area_id", "participant_id"),
    "path": ("workshop_id", "title"),
    "target_group": ("workshop_id", "name"),
    "principle": ("workshop_id", "title"),
    "proposal": ("workshop_id", "code"),  # by title when it has no code: _key
    "goal": ("workshop_id", "level", "code"),  # by parent and title without a code: _key
    "path_goal": ("path_id", "goal_id"),
    "budget_room": ("workshop_id", "year"),
    "recommendation_swot": ("recommendation_id", "swot_item_id"),
    "path_swot": ("path_id", "swot_item_id"),
    "proposal_swot": ("proposal_id", "swot_item_id"),
    "proposal_path": ("proposal_id", "path_id"),
    # A pair of the confrontation matrix is its two points; a strategy its field and title.
    "tows_mark": ("internal_id", "external_id"),
    "strategy": ("workshop_id", "field", "title"),
    "strategy_swot": ("strategy_id", "swot_item_id"),
    "path_strategy": ("path_id", "strategy_id"),
    "proposal_strategy": ("proposal_id", "strategy_id"),
    "proposal_cluster": ("proposal_id", "cluster_id"),
    # One place per point in the curated synthesis; the later order wins.
    "synthesis_item": ("workshop_id", "swot_item_id"),
    "voting_round": ("token",),
    "round_option": ("round_id", "kind", "proposal_id", "swot_item_id", "path_id"),
    "ballot": ("round_id", "voter_key"),
    # The same text for the same quadrant and cluster of a round is the same idea (as a
    # point is its text); a phone that sent ideas in a round is its keyed id there.
    "idea": ("round_id", "quadrant", "cluster_id", "text"),
    "idea_sender": ("round_id", "voter_key"),
    # One text per report part and one house style per workshop: the later change wins.
    "report_text": ("workshop_id", "part"),
    "report_style": ("workshop_id",),
    # One matrix setting per workshop: the later change wins.
    "matrix_setting": ("workshop_id",),
}
FOLDED: dict[str, frozenset[str]] = {
    "location": frozenset({"name"}),
    "cluster": frozenset({"name"}),
    "participant": frozenset({"name"}),
    "area": frozenset({"name"}),
    "path": frozenset({"title"}),
    "target_group": frozenset({"name"}),
    "principle": frozenset({"title"}),
    "proposal": frozenset({"title"}),
    "goal": frozenset({"title"}),
    "strategy": frozenset({"title"}),
}
REQUIRED: dict[str, frozenset[str]] = {"participant": frozenset({"name"})}

# Rule 1 for rows made apart that share a name or a code: they are one row only when
# these columns (and their details) agree; otherwise both are kept and the incoming
# one gets a free code or a distinguishing name (RENAMED). A cluster or an area is
# its name, and a point or a recommendation its text: those meet by the key alone.
CLASH: dict[str, tuple[str, ...]] = {
    "location": ("address", "postcode", "deelgemeente"),
    "session": ("location_id",),
    "participant": ("cluster_id", "role"),
    "path": ("description",),
    "principle": ("text",),
    "strategy": ("text", "cluster_id"),
    "proposal": (
        "title",
        "cluster_id",
        "policy_objective",
        "why",
        "what",
        "win",
        "location_id",
        "location_text",
        "status_end_of_term",
        "dependencies",
        "risks",
    ),
    "goal": ("parent_id", "title"),
}
RENAMED: dict[str, str] = {
    "location": "name",
    "session": "title",
    "participant": "name",
    "path": "title",
    "principle": "title",
    "strategy": "title",
    "proposal": "code",  # by title when it has no code: _renamed_column
    "goal": "code",  # by title when it has no code: _renamed_column
}

# Rule 2: a path or a fiche is one whole with its details (services replace them as
# a list), and a ballot with its entries.
DETAILS: dict[str, str] = {
    "path_action": "path_id",
    "path_impact": "path_id",
    "proposal_sdg": "proposal_id",
    "proposal_action": "proposal_id",
    "proposal_resource": "proposal_id",
    "goal_indicator": "goal_id",
    "ballot_entry": "ballot_id",
}
LINKS = frozenset(
    {
        "recommendation_swot",
        "path_swot",
        "proposal_swot",
        "proposal_path",
        "path_goal",
        "strategy_swot",
        "path_strategy",
        "proposal_strategy",
        "proposal_cluster",
    }
)

# Columns a merge never copies from a source: the workshop's own join token (the
# QR codes already printed for the target must keep working).
KEEP_COLUMNS: dict[str, frozenset[str]] = {"workshop": frozenset({"join_token"})}
BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})

# What the report counts, in the words of ``info`` (CLI.md) where it has them.
COUNTED_AS: dict[str, str] = {
    e.value: e.count_key for e in Entity if e.value not in DETAILS and e.value not in SKIPPED
}

ORDERED: dict[str, tuple[str, ...]] = {
    row.__tablename__: scope
    for row, scope in common.order_scope().items()
    if row.__tablename__ not in DETAILS
}


@dataclass
class _Side:
    """One store's rows, by table and id, and its tombstones."""

    rows: dict[str, dict[str, Row]] = field(default_factory=dict)
    tombstones: dict[str, Row] = field(default_factory=dict)
    details_of: dict[str, dict[str, list[Row]]] = field(default_factory=dict)

    def changed_at(self, table: str, row: Row) -> datetime:
        """When a row last changed; a path, fiche or ballot with its details."""
        times: list[datetime] = [row["updated_at"]]
        for detail in self.details_of.get(table, {}).get(row["id"], ()):
            times.append(detail["updated_at"])
        return max(times)


@dataclass(frozen=True)
class Sources:
    """The sources of a merge, each read once from a consistent copy: a preview (a
    dry run) and the merge after it use the same rows, so no file is read twice."""

    loaded: tuple[tuple[str, _Side], ...]


class MergeCancelled(AtelierError):
    """The facilitator cancelled: the transaction was rolled back."""


def merge_stores(
    target: Store,
    sources: Sequence[str | Path] | Sources,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge every source (paths, or what read_sources read) into ``target`` in one
    transaction, rolled back when ``dry_run``. Raises ValidationError as read_sources
    does, and MergeCancelled when ``cancelled()`` turns true; nothing changed then."""
    read = sources if isinstance(sources, Sources) else read_sources(target, sources)
    report = MergeReport()
    steps = len(m.Base.metadata.sorted_tables) * len(read.loaded)
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise MergeCancelled(msg("Samenvoegen geannuleerd; er werd niets gewijzigd."))
        done += 1
        if progress is not None:
            progress(min(done, steps), steps)

    if not dry_run:
        target.backup("voor-samenvoegen")
    try:
        with target.transaction() as uow:
            connection = uow.session.connection()
            for name, side in read.loaded:
                _Merge(connection, side, report, name, step).run()
                report.sources.append(name)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def read_sources(target: Store, sources: Sequence[str | Path]) -> Sources:
    """Read every source for a merge into ``target``. Raises ValidationError (nothing
    read, nothing changed) for a source that is the target itself, not a store, or
    holds another number of workshops than one."""
    target_path = target.path.resolve() if target.path else None
    loaded = []
    for source in sources:
        source_path = sqlite_path(url_for(str(source)))
        if target_path and source_path and source_path.resolve() == target_path:
            raise ValidationError(
                msg(
                    "{file} is het doelbestand zelf; kies een ander bestand om samen te voegen.",
                    file=str(source),
                )
            )
        with _read_copy(str(source)) as store:
            loaded.append((str(source), _load(store)))
    return Sources(tuple(loaded))


class _DryRun(Exception):
    """Rolls the transaction back after a dry run has counted everything."""


@contextmanager
def _read_copy(source: str) -> Iterator[Store]:
    """A source, opened on a consistent copy: never changed, also when it is older
    (the copy is migrated) or open in Atelier on this laptop right now."""
    path = sqlite_path(url_for(source))
    if path is None:  # a server database: read in place
        with open_store(source, write=False, backup_on_open=False) as store:
            yield store
        return
    # Says clearly why something is not a store, before anything is copied.
    store_revision(path)
    with tempfile.TemporaryDirectory(prefix="atelier-merge-") as folder:
        copy = Path(folder) / path.name
        backup.copy_store(path, copy)
        if backup.quick_check(copy):  # damaged pages: name the source and its backups
            raise StoreDamaged(backup.damaged_message(path))
        with open_store(copy, write=True, backup_on_open=False) as store:
            yield store


def _load(store: Store) -> _Side:
    with store.engine.connect() as connection:
        side = _read(connection)
    if len(side.rows["workshop"]) != 1:
        raise ValidationError(
            msg(
                "{file} bevat {count} workshops; samenvoegen kan alleen "
                "met werkbestanden van één workshop.",
                file=store.name,
                count=len(side.rows["workshop"]),
            )
        )
    return side


def _read(connection: Connection) -> _Side:
    """Every row of a store (a large demo is some 36,000: they fit in memory)."""
    side = _Side()
    for table in m.Base.metadata.sorted_tables:
        if table.name not in SKIPPED:
            rows = connection.execute(select(table)).mappings()
            side.rows[table.name] = {r["id"]: dict(r) for r in rows}
    tombstones = connection.execute(select(m.TombstoneRow.__table__)).mappings()
    side.tombstones = {r["id"]: dict(r) for r in tombstones}
    _index_details(side)
    return side


def _index_details(side: _Side) -> None:
    side.details_of = defaultdict(lambda: defaultdict(list))
    for table, parent_column in DETAILS.items():
        parent_table = _parent_table(table, parent_column)
        for row in side.rows.get(table, {}).values():
            side.details_of[parent_table][row[parent_column]].append(row)


def _parent_table(table: str, column: str) -> str:
    (fk,) = m.Base.metadata.tables[table].c[column].foreign_keys
    return fk.column.table.name


class _Merge:
    """One source into the target, on the target's open transaction."""

    def __init__(
        self,
        connection: Connection,
        source: _Side,
        report: MergeReport,
        name: str,
        step: Callable[[], None],
    ) -> None:
        self.step = step
        self.c = connection
        self.source = source
        self.report = report
        self.name = name
        self.target = self._load_target()
        self.ids: dict[str, dict[str, str]] = defaultdict(dict)  # table -> source id -> target id
        # table -> source id -> "insert", "replace" or "keep": what the details follow
        self.decisions: dict[str, dict[str, str]] = defaultdict(dict)
        self.inserted: dict[str, list[tuple[int, str]]] = defaultdict(list)

    def _load_target(self) -> _Side:
        side = _read(self.c)
        if len(side.rows["workshop"]) != 1:
            raise ValidationError(
                msg("Het doelbestand moet precies één workshop bevatten om samen te voegen.")
            )
        return side

    def run(self) -> None:
        self._workshop()
        for table in m.Base.metadata.sorted_tables:
            self.step()
            if table.name in SKIPPED or table.name == "workshop":
                continue
            if table.name in DETAILS:
                self._details(table)
            else:
                self._entities(table)
        self._place_new_rows()
        self._apply_tombstones()

    # -- the workshop ------------------------------------------------------------------

    def _workshop(self) -> None:
        (theirs,) = self.source.rows["workshop"].values()
        (ours,) = self.target.rows["workshop"].values()
        self.ids["workshop"][theirs["id"]] = ours["id"]
        if theirs["id"] != ours["id"]:
            if theirs["title"] != ours["title"]:
                self.report.notes.append(
                    msg(
                        "{file}: workshop ‘{theirs}’ is samengevoegd in ‘{ours}’; "
                        "de titel en gegevens van het doelbestand blijven.",
                        file=self.name,
                        theirs=theirs["title"],
                        ours=ours["title"],
                    )
                )
            return
        table = m.Base.metadata.tables["workshop"]
        if source_wins(ours["updated_at"], theirs["updated_at"]):
            self._update(table, ours, theirs)

    # -- entities and links ------------------------------------------------------------

    def _entities(self, table: Table) -> None:
        name = table.name
        rows = list(self.source.rows[name].values())
        if name == "swot_item":  # consolidated points before the duplicates they absorb
            rows.sort(key=lambda r: r["absorbed_into_id"] is not None)
        if name == "goal":  # a tree: beleidsdoelstellingen, then actieplannen, then acties
            rows.sort(key=lambda r: r["level"])
        index = self._natural_index(name)
        # A target row is the same as one source row at most: rows matched by id first.
        claimed = {row_id for row_id in self.source.rows[name] if row_id in self.target.rows[name]}
        for row in rows:
            values = self._translate(table, row)
            if values is None:
                continue
            match = self.target.rows[name].get(row["id"])
            if match is None:
                key = self._key(name, values)
                candidate = index.get(key) if key is not None else None
                if candidate is not None:
                    if candidate["id"] not in claimed and self._agrees(name, candidate, values):
                        match = candidate
                        claimed.add(candidate["id"])
                    elif name in RENAMED:
                        # Another row with this name or code: both stay, told apart.
                        values = self._distinguished(name, candidate, values)
            if match is None:
                if self._deleted_here(name, row):
                    continue
                self._insert(table, values)
                self.target.rows[name][values["id"]] = values
                self.ids[name][row["id"]] = values["id"]
                self.decisions[name][row["id"]] = "insert"
                if name in ORDERED:
                    self.inserted[name].append((row.get("position") or 0, values["id"]))
                continue
            self.ids[name][row["id"]] = match["id"]
            ours_at = self.target.changed_at(name, match)
            theirs_at = self._source_changed_at(name, row, match)
            if name not in LINKS and source_wins(ours_at, theirs_at):
                # Positions are per store: a row that is only the same by name keeps its place.
                changed = self._update(table, match, values, by_id=match["id"] == row["id"])
                self.decisions[name][row["id"]] = "replace" if changed else "keep"
                if changed:
                    self._clear_details(name, match["id"])
            else:
                self.decisions[name][row["id"]] = "keep"
                if name not in LINKS and _changed_columns(table, match, values, BOOKKEEPING):
                    self.report.kept[COUNTED_AS.get(name, name)] += 1

    def _agrees(self, table: str, ours: Row, theirs: Row) -> bool:
        """Rule 1 for rows made apart: the same key, and nothing that tells them apart
        (their details too: two fiches with other resources are two fiches)."""
        columns = CLASH.get(table)
        if columns is None:
            return True
        if not agree(ours, theirs, columns, FOLDED.get(table, frozenset())):
            return False
        if table not in self.source.details_of:
            return True
        for detail, column in DETAILS.items():
            if _parent_table(detail, column) != table:
                continue
            mine = _detail_content(self.target, table, ours["id"], detail)
            other = _detail_content(self.source, table, theirs["id"], detail)
            if mine and other and mine != other:
                return False
        return True

    def _distinguished(self, table: str, ours: Row, theirs: Row) -> Row:
        """The incoming row under a free code or name, and a note naming both."""
        column = _renamed_column(table, theirs)
        taken = {
            str(r[column])
            for side in (self.target, self.source)
            for r in side.rows[table].values()
            if r.get(column)
        }
        wanted = str(theirs[column])
        new = free_code(wanted, taken) if column == "code" else free_name(wanted, taken)
        names = {
            "file": self.name,
            "label": _label(table),
            "theirs": _describe(theirs, table),
            "ours": _describe(ours, table),
            "new": new,
        }
        if column == "code":
            note = msg(
                "{file}: {label} {theirs} en {label} {ours} van hier hebben dezelfde code, "
                "maar zijn verschillend; beide blijven: dat uit {file} kreeg code {new}.",
                **names,
            )
        else:
            note = msg(
                "{file}: {label} {theirs} en {label} {ours} van hier hebben dezelfde naam, "
                "maar zijn verschillend; beide blijven: dat uit {file} heet nu ‘{new}’.",
                **names,
            )
        self.report.notes.append(note)
        return {**theirs, column: new}

    def _source_changed_at(self, table: str, row: Row, match: Row) -> datetime:
        """The source's last change to a row; for a path or a fiche also the removal
        of details the target still has (emptying a list leaves only tombstones)."""
        at = self.source.changed_at(table, row)
        for detail in self.target.details_of.get(table, {}).get(match["id"], ()):
            tomb = self.source.tombstones.get(detail["id"])
            if tomb is not None:
                at = max(at, tomb["created_at"])
        return at

    def _deleted_here(self, table: str, row: Row) -> bool:
        """Rule 3 from the target's side: deleted here after the source last changed it."""
        tomb = self.target.tombstones.get(row["id"])
        if tomb is None:
            return False
        if deletion_wins(tomb["created_at"], self.source.changed_at(table, row)):
            return True
        # Changed on the other laptop after it was deleted here: it comes back.
        self.c.execute(delete(m.TombstoneRow.__table__).where(m.TombstoneRow.id == row["id"]))
        del self.target.tombstones[row["id"]]
        return False

    def _natural_index(self, table: str) -> dict[tuple[Any, ...], Row]:
        """The target's rows by natural key, leaving out keys that two rows share (two
        locations may both be called 'Zaal De Klok': neither is then the same by name)."""
        index: dict[tuple[Any, ...], Row] = {}
        shared: set[tuple[Any, ...]] = set()
        for row in self.target.rows[table].values():
            key = self._key(table, row)
            if key is None:
                continue
            if key in index:
                shared.add(key)
            index[key] = row
        for key in shared:
            del index[key]
        return index

    @staticmethod
    def _key(table: str, values: Row) -> tuple[Any, ...] | None:
        columns = NATURAL.get(table)
        if not columns:
            return None
        if table == "proposal" and not (values.get("code") or "").strip():
            columns = ("workshop_id", "title")
        if table == "goal" and not (values.get("code") or "").strip():
            columns = ("workshop_id", "parent_id", "title")
        key = natural_key(
            values, columns, FOLDED.get(table, frozenset()), REQUIRED.get(table, frozenset())
        )
        return None if key is None else (columns, *key)

    # -- details (a path's actions, a fiche's resources, a ballot's entries) ------------

    def _details(self, table: Table) -> None:
        name = table.name
        parent_table = _parent_table(name, DETAILS[name])
        for row in self.source.rows[name].values():
            if self.decisions[parent_table].get(row[DETAILS[name]], "keep") == "keep":
                continue  # the parent was left out, or the target keeps its own version
            values = self._translate(table, row)
            if values is not None:
                self._insert(table, values, count=False)

    def _clear_details(self, parent_table: str, target_parent: str) -> None:
        """A replaced path, fiche or ballot takes the source's details as a whole (its
        new values count as a change of the parent, already counted)."""
        for detail, column in DETAILS.items():
            if _parent_table(detail, column) == parent_table:
                table = m.Base.metadata.tables[detail]
                where = table.c[column] == target_parent
                # Ids first, then the delete: RETURNING needs SQLite 3.35, older Linux lacks it.
                detail_ids: list[str] = list(self.c.scalars(select(table.c.id).where(where)))
                for detail_id in detail_ids:
                    self.report.changes.add("deleted", detail, detail_id)
                self.c.execute(delete(table).where(where))

    # -- rows in and out -----------------------------------------------------------------

    def _translate(self, table: Table, row: Row) -> Row | None:
        """The row with its references pointing at the target's rows; None when a
        required reference points at something the merge left out (deleted here).
        An optional reference to such a row is cleared: a point absorbed into one that
        was deleted here becomes visible again, as when it is deleted in the app."""
        values = dict(row)
        for column in table.c:
            for fk in column.foreign_keys:
                value = row.get(column.name)
                if value is None:
                    continue
                mapped = self.ids[fk.column.table.name].get(value)
                if mapped is None and (not column.nullable or column.name == "parent_id"):
                    return None  # a goal whose parent was left out goes with it
                values[column.name] = mapped
        return values

    def _insert(self, table: Table, values: Row, *, count: bool = True) -> None:
        self.c.execute(insert(table).values(**values))
        self.report.changes.add("created", table.name, values["id"])
        if count:
            self.report.created[COUNTED_AS.get(table.name, table.name)] += 1

    def _update(self, table: Table, ours: Row, theirs: Row, *, by_id: bool = True) -> bool:
        """Take the source's version of a row (and its details); False when it is the same."""
        keep = BOOKKEEPING | KEEP_COLUMNS.get(table.name, frozenset())
        if not by_id:
            keep |= {"position"}
        elif self._would_clash(table.name, ours, theirs):
            keep |= {_renamed_column(table.name, ours)}  # it got a free code before
        changes = _changed_columns(table, ours, theirs, keep)
        details_changed = table.name in self.source.details_of and self._details_differ(
            table.name, ours["id"], theirs["id"]
        )
        if not changes and not details_changed:
            return False
        changes["updated_at"] = theirs["updated_at"]
        self.c.execute(update(table).where(table.c.id == ours["id"]).values(**changes))
        ours.update(changes)
        self.report.changes.add("updated", table.name, ours["id"])
        # A new place in its list only (the other laptop deleted or moved a neighbour)
        # is applied, but is not what a person means by "updated".
        if details_changed or set(changes) - {"position", "updated_at"}:
            self.report.updated[COUNTED_AS.get(table.name, table.name)] += 1
        return True

    def _would_clash(self, table: str, ours: Row, theirs: Row) -> bool:
        """Whether taking the source's name or code for a row would give it the key of
        another row here (a row that got a free code in an earlier merge keeps it)."""
        if table not in RENAMED:
            return False
        column = _renamed_column(table, ours)
        if ours.get(column) == theirs.get(column):
            return False
        key = self._key(table, theirs)
        return key is not None and any(
            row["id"] != ours["id"] and self._key(table, row) == key
            for row in self.target.rows[table].values()
        )

    def _details_differ(self, parent_table: str, ours_id: str, theirs_id: str) -> bool:
        def content(side: _Side, parent_id: str) -> set[tuple[Any, ...]]:
            return {
                tuple(
                    (k, v)
                    for k, v in sorted(d.items())
                    if k not in BOOKKEEPING and k not in DETAILS.values()
                )
                for d in side.details_of.get(parent_table, {}).get(parent_id, ())
            }

        return content(self.target, ours_id) != content(self.source, theirs_id)

    def _place_new_rows(self) -> None:
        """Rule 5: new rows go after the target's own, in the source's order."""
        for name, new in self.inserted.items():
            table = m.Base.metadata.tables[name]
            scope_columns = ORDERED[name]
            new_ids = {row_id for _, row_id in new}
            groups: dict[tuple[Any, ...], list[tuple[int, str]]] = defaultdict(list)
            for position, row_id in new:
                row = self.target.rows[name][row_id]
                groups[tuple(row[c] for c in scope_columns)].append((position, row_id))
            for scope, members in groups.items():
                where = and_(*(table.c[c] == v for c, v in zip(scope_columns, scope, strict=True)))
                siblings: Any = self.c.execute(select(table.c.id, table.c.position).where(where))
                existing: list[int] = [p for row_id, p in siblings if row_id not in new_ids]
                start = (max(existing) + 1) if existing else 0
                for offset, (_, row_id) in enumerate(sorted(members)):
                    self.c.execute(
                        update(table).where(table.c.id == row_id).values(position=start + offset)
                    )

    def _apply_tombstones(self) -> None:
        """Rule 3 from the source's side: what it deleted after our last change goes."""
        tombstones = m.TombstoneRow.__table__
        for tomb in sorted(self.source.tombstones.values(), key=lambda t: t["created_at"]):
            name = tomb["table_name"]
            if name in UNTRACKED or name in DETAILS or name not in self.target.rows:
                continue
            ours = self.target.rows[name].get(tomb["id"])
            if ours is not None and deletion_wins(
                tomb["created_at"], self.target.changed_at(name, ours)
            ):
                table = m.Base.metadata.tables[name]
                try:
                    with self.c.begin_nested():
                        self.c.execute(delete(table).where(table.c.id == tomb["id"]))
                except IntegrityError:
                    self.report.notes.append(
                        msg(
                            "{file}: {label} {what} is daar verwijderd, "
                            "maar wordt hier nog gebruikt en blijft daarom bestaan.",
                            file=self.name,
                            label=_label(name),
                            what=_describe(ours),
                        )
                    )
                    continue
                del self.target.rows[name][tomb["id"]]
                self.report.changes.add("deleted", name, tomb["id"])
                self.report.deleted[COUNTED_AS.get(name, str(name))] += 1
            known = self.target.tombstones.get(tomb["id"])
            if known is None:
                self.c.execute(insert(tombstones).values(**tomb))
                self.target.tombstones[tomb["id"]] = tomb
            elif known["created_at"] < tomb["created_at"]:
                self.c.execute(
                    update(tombstones)
                    .where(tombstones.c.id == tomb["id"])
                    .values(created_at=tomb["created_at"], updated_at=tomb["updated_at"])
                )


def _renamed_column(table: str, row: Row) -> str:
    if table in ("proposal", "goal") and not (row.get("code") or "").strip():
        return "title"
    return RENAMED[table]


def _detail_content(side: _Side, parent_table: str, parent_id: str, detail: str) -> set[Any]:
    """One kind of a row's details, without ids and times, to compare across stores."""
    parent_column = DETAILS[detail]
    return {
        tuple((k, v) for k, v in sorted(d.items()) if k not in BOOKKEEPING and k != parent_column)
        for d in side.details_of.get(parent_table, {}).get(parent_id, ())
        if d["id"] in side.rows.get(detail, {})
    }


def _changed_columns(table: Table, ours: Row, theirs: Row, keep: frozenset[str]) -> Row:
    """The source's values of the columns (but ``keep``) where the two rows differ."""
    return {
        c.name: theirs[c.name]
        for c in table.c
        if c.name not in keep and ours.get(c.name) != theirs.get(c.name)
    }


def _label(table: str) -> str:
    return Entity(table).label


def _describe(row: Row, table: str = "") -> str:
    if table in ("proposal", "goal") and row.get("code"):
        return f"‘{row['code']} {str(row['title'])[:60]}’"
    for column in ("name", "title", "text"):
        if row.get(column):
            text = str(row[column])
            return f"‘{text[:60]}’"
    return str(row["id"])


__all__ = ["MergeCancelled", "MergeReport", "Sources", "merge_stores", "read_sources"]
