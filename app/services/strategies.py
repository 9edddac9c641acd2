"""The confrontation (TOWS) matrix: the room's marks on pairs of SWOT points, the
strategies written in its four fields, and what was made of them (a path or a
fiche that keeps the thread back to the SWOT points)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.domain import consolidation, records, rules, tows
from app.domain.enums import Quadrant
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.domain.tows import Page, StrategyField
from app.services import common, convert, links, swot, synthesis
from app.services.entities import EntityService, only, pick
from app.services.outcome import Outcome
from app.storage import models as m
from app.storage.store import Store

# --- strategies -----------------------------------------------------------------


def _clean(session: Session, workshop_id: str, values: dict[str, Any], row: Any) -> dict[str, Any]:
    only(values, {"field", "title", "text", "cluster_id"})
    cluster_id = pick(values, row, "cluster_id")
    common.optional(session, m.ClusterRow, cluster_id, workshop_id)
    return {
        "field": tows.parse_field(pick(values, row, "field")).value,
        "title": rules.required_text(
            pick(values, row, "title"), msg("De titel van de strategie"), "title"
        ),
        "text": rules.optional_text(pick(values, row, "text", ""), msg("De uitleg"), "text"),
        "cluster_id": cluster_id,
    }


def _made_from(session: Session, strategy_ids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    """Per strategy the paths and fiches made from it (one query each, not per row)."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"path": [], "proposal": []})
    if not strategy_ids:
        return out
    for link_type, column, kind in (
        (m.PathStrategyRow, "path_id", "path"),
        (m.ProposalStrategyRow, "proposal_id", "proposal"),
    ):
        linked: Any = link_type
        query = select(linked.strategy_id, getattr(linked, column)).where(
            linked.strategy_id.in_(strategy_ids)
        )
        for strategy_id, owner_id in session.execute(query):
            out[str(strategy_id)][kind].append(str(owner_id))
    return out


def _record(row: m.StrategyRow, made: dict[str, list[str]] | None = None) -> records.Strategy:
    if made is None:
        session = object_session(row)
        made = _made_from(session, [row.id])[row.id] if session is not None else {}
    return convert.strategy(row, made.get("path", ()), made.get("proposal", ()))


strategies: EntityService[m.StrategyRow, records.Strategy] = EntityService(
    lambda: m.StrategyRow, _record, _clean
)


def list_strategies(
    store: Store, workshop_id: str, *, cluster_id: str | None = None, every: bool = True
) -> list[records.Strategy]:
    """The workshop's strategies, per field in order. ``every``: all of them (a
    cluster's too); otherwise only those of ``cluster_id`` (None: the organisation's)."""
    with store.reading() as uow:
        return _strategies(uow.session, workshop_id, cluster_id, every)


def _strategies(
    session: Session, workshop_id: str, cluster_id: str | None, every: bool
) -> list[records.Strategy]:
    query = select(m.StrategyRow).where(m.StrategyRow.workshop_id == workshop_id)
    if not every:
        query = query.where(
            m.StrategyRow.cluster_id.is_(None)
            if cluster_id is None
            else m.StrategyRow.cluster_id == cluster_id
        )
    rows = list(session.scalars(query))
    order = {f: n for n, f in enumerate(StrategyField)}
    rows.sort(key=lambda r: (order[StrategyField(r.field)], r.position, r.created_at))
    made = _made_from(session, [r.id for r in rows])
    return [_record(r, made[r.id]) for r in rows]


@dataclass(frozen=True)
class _Point:
    """What choosing and ordering a point needs, read as plain columns (thousands)."""

    id: str
    quadrant: str
    position: int
    clusters: int  # how many clusters mention it (itself and the points it absorbed)


def _in_scope(session: Session, workshop_id: str, cluster_id: str | None) -> dict[str, _Point]:
    """The consolidated points (not absorbed) of a cluster, or of all; a point is a
    cluster's when it or one of the points it absorbed comes from that cluster."""
    table = m.SwotItemRow
    rows = session.execute(
        select(table.id, table.quadrant, table.cluster_id, table.absorbed_into_id, table.position)
        .where(table.workshop_id == workshop_id)
        .order_by(table.position, table.created_at)
    ).all()
    clusters: dict[str, list[str | None]] = defaultdict(list)
    for item_id, _q, cluster, absorbed_into, _p in rows:
        clusters[absorbed_into or item_id].append(cluster)
    return {
        item_id: _Point(item_id, quadrant, position, consolidation.cluster_count(clusters[item_id]))
        for item_id, quadrant, _c, absorbed_into, position in rows
        if absorbed_into is None and (cluster_id is None or cluster_id in clusters[item_id])
    }


def default_swot_ids(
    session: Session, workshop_id: str, field: StrategyField, cluster_id: str | None
) -> list[str]:
    """The points of the marked pairs of ``field`` (in the strategy's scope), the
    heaviest pairs first: what a new strategy is linked to unless told otherwise."""
    scope = _in_scope(session, workshop_id, cluster_id)
    marks = session.scalars(
        select(m.TowsMarkRow).where(
            m.TowsMarkRow.workshop_id == workshop_id, m.TowsMarkRow.weight > 0
        )
    )
    found: list[tuple[int, str, str]] = []
    for mark in marks:
        inner, outer = scope.get(mark.internal_id), scope.get(mark.external_id)
        if inner is None or outer is None:
            continue
        if inner.quadrant == field.internal.value and outer.quadrant == field.external.value:
            found.append((-mark.weight, inner.id, outer.id))
    found.sort(key=lambda f: (f[0], scope[f[1]].position, scope[f[2]].position))
    return list(dict.fromkeys(i for _, *pair in found for i in pair))


def check_points(
    session: Session, workshop_id: str, field: StrategyField, swot_item_ids: Iterable[str]
) -> list[str]:
    """The points a strategy may come from: those of its field's two quadrants."""
    wanted = list(dict.fromkeys(swot_item_ids))
    allowed = {field.internal.value, field.external.value}
    for item_id in wanted:
        item = common.get(session, m.SwotItemRow, item_id, workshop_id)
        if item.quadrant not in allowed:
            raise ValidationError(
                msg(
                    "Een {field}-strategie komt voort uit {a} en {b}; '{text}' is geen van beide.",
                    field=field.value,
                    a=field.internal.label,
                    b=field.external.label,
                    text=item.text,
                ),
                "swot_item_ids",
            )
    return wanted


def create_strategy(
    store: Store,
    workshop_id: str,
    *,
    id: str | None = None,
    swot_item_ids: Sequence[str] | None = None,
    **values: Any,
) -> Outcome[records.Strategy]:
    """A strategy in a field of the matrix. Its SWOT points: ``swot_item_ids``, or by
    default the points of the marked pairs of its field (for its cluster, or all)."""
    with store.transaction() as uow:
        s = uow.session
        common.get(s, m.WorkshopRow, workshop_id)
        row = m.StrategyRow(workshop_id=workshop_id, **_clean(s, workshop_id, values, None))
        if values.get("position") is not None:
            row.position = values["position"]
        common.add(s, row, id)
        field = StrategyField(row.field)
        if swot_item_ids is None:
            swot_item_ids = default_swot_ids(s, workshop_id, field, row.cluster_id)
        ids = check_points(s, workshop_id, field, swot_item_ids)
        links.replace_links(s, row, m.SwotItemRow, ids)
        s.flush()
        record = _record(row)
    return Outcome(record, uow.changes)


def update_strategy(
    store: Store,
    strategy_id: str,
    *,
    swot_item_ids: Sequence[str] | None = None,
    **values: Any,
) -> Outcome[records.Strategy]:
    """Change fields; ``swot_item_ids`` given replaces its points as a whole. A strategy
    moved to another field goes to the end of that field's list."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.StrategyRow, strategy_id)
        clean = _clean(s, row.workshop_id, values, row)
        if clean["field"] != row.field and values.get("position") is None:
            clean["position"] = common.next_position(
                s, m.StrategyRow, workshop_id=row.workshop_id, field=clean["field"]
            )
        elif values.get("position") is not None:
            clean["position"] = values["position"]
        common.apply(row, clean)
        field = StrategyField(row.field)
        if swot_item_ids is None and "field" in values:
            swot_item_ids = [link.swot_item_id for link in row.swot_links]
        if swot_item_ids is not None:
            ids = check_points(s, row.workshop_id, field, swot_item_ids)
            links.replace_links(s, row, m.SwotItemRow, ids)
        s.flush()
        record = _record(row)
    return Outcome(record, uow.changes)


def strategy_values(strategy: records.Strategy) -> dict[str, Any]:
    """What :func:`update_strategy` takes to put a strategy back as it was (undo)."""
    return {
        "field": strategy.field.value,
        "title": strategy.title,
        "text": strategy.text,
        "cluster_id": strategy.cluster_id,
        "position": strategy.position,
        "swot_item_ids": list(strategy.swot_item_ids),
    }


# --- marks ----------------------------------------------------------------------


def set_mark(
    store: Store, workshop_id: str, internal_id: str, external_id: str, weight: int
) -> Outcome[int]:
    """Give a pair of the matrix its weight (0 clears it). The value: the weight it
    had before, which undo sets back."""
    value = tows.weight(weight)
    with store.transaction() as uow:
        s = uow.session
        inner = common.get(s, m.SwotItemRow, internal_id, workshop_id)
        outer = common.get(s, m.SwotItemRow, external_id, workshop_id)
        tows.field_of(Quadrant(inner.quadrant), Quadrant(outer.quadrant))
        if inner.absorbed_into_id or outer.absorbed_into_id:
            raise ValidationError(
                msg("Markeer het samengevoegde punt, niet een opgenomen punt."), "pair"
            )
        row = s.scalar(
            select(m.TowsMarkRow).where(
                m.TowsMarkRow.internal_id == internal_id, m.TowsMarkRow.external_id == external_id
            )
        )
        before = row.weight if row is not None else 0
        if row is None:
            if value:
                s.add(
                    m.TowsMarkRow(
                        workshop_id=workshop_id,
                        internal_id=internal_id,
                        external_id=external_id,
                        weight=value,
                    )
                )
        elif row.weight != value:
            row.weight = value
        s.flush()
    return Outcome(before, uow.changes)


def marks_of(store: Store, workshop_id: str) -> dict[tuple[str, str], int]:
    """Every marked pair (weight above 0): (internal id, external id) -> weight."""
    with store.reading() as uow:
        return _marks(uow.session, workshop_id)


def _marks(session: Session, workshop_id: str) -> dict[tuple[str, str], int]:
    query = select(
        m.TowsMarkRow.internal_id, m.TowsMarkRow.external_id, m.TowsMarkRow.weight
    ).where(m.TowsMarkRow.workshop_id == workshop_id, m.TowsMarkRow.weight > 0)
    return {(i, e): w for i, e, w in session.execute(query)}


# --- the matrix -----------------------------------------------------------------


@dataclass(frozen=True)
class TowsMatrix:
    """One page of the matrix for a cluster (or all): rows are strengths then
    weaknesses, columns opportunities then threats, each in order of how many
    clusters mention them, then their place on the board. Rows and columns page
    apart (``row_page``, ``column_page``)."""

    cluster_id: str | None
    rows: tuple[records.SwotItem, ...]
    columns: tuple[records.SwotItem, ...]
    marks: dict[tuple[str, str], int]
    row_page: Page
    column_page: Page
    totals: dict[Quadrant, int]  # points of each quadrant in the selection (all pages)
    strategies: tuple[records.Strategy, ...]
    codes: dict[str, str]  # S1, W3, O2…: numbered over the whole selection
    only_marked: bool = False
    top: int = 0  # at most this many points per quadrant (0: all)
    synthesis_only: bool = False  # only the points of the synthesis ("top 20")
    curated: bool = False  # that synthesis is the facilitator's (else the balanced default)

    def weight(self, internal_id: str, external_id: str) -> int:
        return self.marks.get((internal_id, external_id), 0)

    @property
    def capped(self) -> bool:
        return self.row_page.count > 1 or self.column_page.count > 1


def matrix(
    store: Store,
    workshop_id: str,
    *,
    cluster_id: str | None = None,
    only_marked: bool = False,
    row_page: int = 0,
    column_page: int = 0,
    page_size: int = tows.PAGE_PER_QUADRANT,
    top: int = 0,
    synthesis_only: bool = False,
) -> TowsMatrix:
    """One page of the matrix: at most ``page_size`` points of each quadrant, so that
    a workshop with thousands of points stays workable (the view offers the pages).
    ``top`` above 0 keeps only that many points of each quadrant, those most clusters
    name first: a synthesis balanced over the four quadrants. ``synthesis_only`` keeps
    the points of the workshop's synthesis (the curated one, else its balanced
    default), in the synthesis' order."""
    chosen: dict[str, int] | None = None
    curated = False
    if synthesis_only:
        found_synthesis = synthesis.synthesis(store, workshop_id)
        chosen = {item.id: n for n, item in enumerate(found_synthesis.items)}
        curated = found_synthesis.curated
    with store.reading() as uow:
        s = uow.session
        if cluster_id is not None:
            common.get(s, m.ClusterRow, cluster_id, workshop_id)
        scope = _in_scope(s, workshop_id, cluster_id)
        marks = _marks(s, workshop_id)
        found = _strategies(s, workshop_id, cluster_id, cluster_id is None)
    marked = {i for pair in marks for i in pair}
    by_quadrant: dict[Quadrant, list[_Point]] = {q: [] for q in Quadrant}
    for point in scope.values():
        if (not only_marked or point.id in marked) and (chosen is None or point.id in chosen):
            by_quadrant[Quadrant(point.quadrant)].append(point)
    codes: dict[str, str] = {}
    for quadrant, points in by_quadrant.items():
        if chosen is not None:  # the synthesis' own order
            points.sort(key=lambda p: chosen[p.id])
        else:  # the points most clusters name first, then in their order on the board
            points.sort(key=lambda p: (-p.clusters, p.position))
        if top > 0:
            del points[top:]
        for n, point in enumerate(points, start=1):
            codes[point.id] = f"{quadrant.value}{n}"
    q = Quadrant
    row_points, rows_at = tows.page_of(
        by_quadrant[q.STRENGTH], by_quadrant[q.WEAKNESS], row_page, page_size
    )
    column_points, columns_at = tows.page_of(
        by_quadrant[q.OPPORTUNITY], by_quadrant[q.THREAT], column_page, page_size
    )
    # Records (with their sources) only for the points on this page.
    found_items = {
        i.id: i for i in swot.get_items(store, [p.id for p in (*row_points, *column_points)])
    }
    rows = [found_items[p.id] for p in row_points if p.id in found_items]
    columns = [found_items[p.id] for p in column_points if p.id in found_items]
    on_page = {i.id for i in (*rows, *columns)}
    page_marks = {p: w for p, w in marks.items() if p[0] in on_page and p[1] in on_page}
    return TowsMatrix(
        cluster_id,
        tuple(rows),
        tuple(columns),
        page_marks,
        rows_at,
        columns_at,
        {quadrant: len(by_quadrant[quadrant]) for quadrant in Quadrant},
        tuple(found),
        {i: codes[i] for i in on_page},
        only_marked,
        top,
        synthesis_only,
        curated,
    )


# --- from a strategy to a path or a fiche ---------------------------------------


def to_path(store: Store, strategy_id: str) -> Outcome[records.DevelopmentPath]:
    """A development path made from a strategy in one step: its title and text, its
    SWOT points, and a link back to the strategy. Undo: delete the path."""
    strategy = strategies.get(store, strategy_id)
    with store.transaction() as uow:
        s = uow.session
        row = m.PathRow(
            workshop_id=strategy.workshop_id,
            title=_free_title(s, m.PathRow, strategy.workshop_id, strategy.title),
            description=strategy.text,
        )
        common.add(s, row)
        links.replace_links(s, row, m.SwotItemRow, _linkable(s, strategy.swot_item_ids))
        links.replace_links(s, row, m.StrategyRow, [strategy.id])
        s.flush()
        record = convert.path(row)
    return Outcome(record, uow.changes)


def to_proposal(store: Store, strategy_id: str) -> Outcome[records.Proposal]:
    """A fiche made from a strategy in one step: title, the strategy's text as its
    "why", its cluster, its SWOT points and a link back. Undo: delete the fiche."""
    strategy = strategies.get(store, strategy_id)
    with store.transaction() as uow:
        s = uow.session
        row = m.ProposalRow(
            workshop_id=strategy.workshop_id,
            title=strategy.title,
            why=strategy.text,
            cluster_id=strategy.cluster_id,
        )
        common.add(s, row)
        links.replace_links(s, row, m.SwotItemRow, _linkable(s, strategy.swot_item_ids))
        links.replace_links(s, row, m.StrategyRow, [strategy.id])
        s.flush()
        record = convert.proposal(row)
    return Outcome(record, uow.changes)


def _linkable(session: Session, item_ids: Sequence[str]) -> list[str]:
    # A point absorbed since the strategy was written: the path links its consolidated point.
    out = []
    for item_id in item_ids:
        row = common.get(session, m.SwotItemRow, item_id)
        out.append(row.absorbed_into_id or row.id)
    return list(dict.fromkeys(out))


def _free_title(session: Session, row_type: Any, workshop_id: str, title: str) -> str:
    """The title, or "title (2)" when a path already has it (merge tells paths by title)."""
    titles: list[str] = list(
        session.scalars(select(row_type.title).where(row_type.workshop_id == workshop_id))
    )
    taken = {t.casefold() for t in titles}
    candidate, n = title, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{title} ({n})"
    return candidate


def set_strategies(
    store: Store,
    owner_type: type[m.PathRow] | type[m.ProposalRow],
    owner_id: str,
    strategy_ids: Iterable[str],
) -> Outcome[None]:
    """The strategies a path or fiche descends from, replaced as a whole."""
    return links.set_links(store, owner_type, owner_id, m.StrategyRow, strategy_ids)


# --- lineage --------------------------------------------------------------------


@dataclass(frozen=True)
class Lineage:
    """Where a path or fiche comes from: the strategies it was made from (for a
    fiche also those of its paths) and the SWOT points behind them and behind itself."""

    strategies: tuple[records.Strategy, ...]
    swot_items: tuple[records.SwotItem, ...]
    # Per SWOT point, the titles of the strategies it came through (none: linked directly).
    via: dict[str, tuple[str, ...]]


def lineage_of_path(store: Store, path_id: str) -> Lineage:
    with store.reading() as uow:
        s = uow.session
        row = common.get(s, m.PathRow, path_id)
        ids = [link.strategy_id for link in row.strategy_links]
        own = [link.swot_item_id for link in row.swot_links]
        found, via = _lineage(s, ids)
    return _with_points(store, found, via, own)


def lineage_of_proposal(store: Store, proposal_id: str) -> Lineage:
    with store.reading() as uow:
        s = uow.session
        row = common.get(s, m.ProposalRow, proposal_id)
        ids = [link.strategy_id for link in row.strategy_links]
        path_ids = [link.path_id for link in row.path_links]
        if path_ids:
            ids += list(
                s.scalars(
                    select(m.PathStrategyRow.strategy_id).where(
                        m.PathStrategyRow.path_id.in_(path_ids)
                    )
                )
            )
        own = [link.swot_item_id for link in row.swot_links]
        found, via = _lineage(s, list(dict.fromkeys(ids)))
    return _with_points(store, found, via, own)


def _lineage(
    session: Session, strategy_ids: list[str]
) -> tuple[tuple[records.Strategy, ...], dict[str, list[str]]]:
    rows = [common.get(session, m.StrategyRow, i) for i in strategy_ids]
    order = {f: n for n, f in enumerate(StrategyField)}
    rows.sort(key=lambda r: (order[StrategyField(r.field)], r.position))
    made = _made_from(session, [r.id for r in rows])
    found = tuple(_record(r, made[r.id]) for r in rows)
    via: dict[str, list[str]] = defaultdict(list)
    for strategy in found:
        for item_id in strategy.swot_item_ids:
            via[item_id].append(strategy.title)
    return found, via


def _with_points(
    store: Store,
    found: tuple[records.Strategy, ...],
    via: dict[str, list[str]],
    own: list[str],
) -> Lineage:
    item_ids = list(dict.fromkeys([*own, *via]))
    items = swot.get_items(store, item_ids)
    q = list(Quadrant)
    items.sort(key=lambda i: (q.index(i.quadrant), i.position))
    return Lineage(found, tuple(items), {i: tuple(via.get(i, ())) for i in item_ids})


def default_points(
    store: Store, workshop_id: str, field: StrategyField | str, cluster_id: str | None
) -> list[str]:
    """The points a new strategy of ``field`` is linked to by default (the window
    ticks them in its form before the strategy is made)."""
    with store.reading() as uow:
        return default_swot_ids(uow.session, workshop_id, tows.parse_field(field), cluster_id)
