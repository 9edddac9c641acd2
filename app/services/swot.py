"""SWOT points, their consolidation, and recommendations (aanbevelingen)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from app.domain import consolidation, records, rules
from app.domain.enums import AreaKind, Quadrant
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, convert, deletion, links
from app.services.entities import EntityService, only, pick, plain_query
from app.services.outcome import Outcome
from app.storage import first_screen
from app.storage import models as m
from app.storage.store import Store
from app.storage.uow import record_changes

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


def _quadrant(value: Any) -> Quadrant:
    try:
        return Quadrant(value)
    except ValueError:
        raise ValidationError(
            msg(
                "Onbekend kwadrant {value}: kies S, W, O of T (sterkte, zwakte, kans, bedreiging).",
                value=repr(value),
            ),
            "quadrant",
        ) from None


def _clean_item(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"quadrant", "text", "cluster_id", "area_id", "session_id", "author"})
    quadrant = _quadrant(pick(values, row, "quadrant"))
    area_id = pick(values, row, "area_id")
    area = common.optional(session, m.AreaRow, area_id, workshop_id)
    if area is not None and area.kind != quadrant.area_kind.value:
        if quadrant.area_kind is AreaKind.INTERNAL:
            message = msg(
                "{quadrant} horen bij een interne domein; '{area}' is dat niet.",
                quadrant=quadrant.label,
                area=area.name,
            )
        else:
            message = msg(
                "{quadrant} horen bij een externe domein; '{area}' is dat niet.",
                quadrant=quadrant.label,
                area=area.name,
            )
        raise ValidationError(message, "area_id")
    cluster_id = pick(values, row, "cluster_id")
    common.optional(session, m.ClusterRow, cluster_id, workshop_id)
    session_id = pick(values, row, "session_id")
    common.optional(session, m.SessionRow, session_id, workshop_id)
    author = rules.optional_text(pick(values, row, "author"), msg("De auteur"), "author")
    clean: dict[str, Any] = {
        "quadrant": quadrant.value,
        "text": rules.required_text(
            pick(values, row, "text"), msg("De tekst van het punt"), "text"
        ),
        "area_id": area_id,
        "cluster_id": cluster_id,
        "session_id": session_id,
        "author": author or None,
    }
    if row is not None and quadrant.value != row.quadrant:
        # Moved to another quadrant: it joins the end of that list.
        clean["position"] = common.next_position(
            session, m.SwotItemRow, workshop_id=workshop_id, quadrant=quadrant.value
        )
    return clean


def _item(row: m.SwotItemRow) -> records.SwotItem:
    from sqlalchemy.orm import object_session

    session = object_session(row)
    sources = (
        []
        if session is None
        else list(
            session.scalars(select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id == row.id))
        )
    )
    return _records([row, *sources], include_absorbed=True)[0]


def _records(rows: Sequence[Any], include_absorbed: bool = False) -> list[records.SwotItem]:
    """Records of ``rows`` with their absorbed sources (which must be among ``rows``)
    and "mentioned by N clusters"."""
    # ``rows``: SwotItemRow objects, or plain rows of its columns (list_items).
    sources: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        if row.absorbed_into_id:
            sources[row.absorbed_into_id].append(row)
    out = []
    for row in rows:
        if row.absorbed_into_id and not include_absorbed:
            continue
        own = sources.get(row.id)
        if not own:  # most points: alone, mentioned by one cluster
            out.append(convert.swot_item(row))
            continue
        absorbed = sorted(own, key=lambda s: (s.position, s.created_at))
        count = consolidation.cluster_count([row.cluster_id, *(s.cluster_id for s in absorbed)])
        out.append(convert.swot_item(row, tuple(s.id for s in absorbed), count))
    return out


def _reabsorb(session: Session, row: m.SwotItemRow, record: records.SwotItem) -> None:
    # Deleting a consolidated point freed its sources; restoring it takes them back.
    for source_id in record.source_ids:
        source = session.get(m.SwotItemRow, source_id)
        if source is not None and source.absorbed_into_id is None:
            source.absorbed_into_id = row.id


items: EntityService[m.SwotItemRow, records.SwotItem] = EntityService(
    lambda: m.SwotItemRow, _item, _clean_item
)


# The link tables that tie a point to what was built on it: link row type and the
# column naming its owner (a path, a fiche, a recommendation).
def _item_links() -> tuple[tuple[type[m.Base], str], ...]:
    return (
        (m.PathSwotRow, "path_id"),
        (m.ProposalSwotRow, "proposal_id"),
        (m.RecommendationSwotRow, "recommendation_id"),
        (m.StrategySwotRow, "strategy_id"),
    )


@dataclass(frozen=True)
class ItemLink:
    """One link row as it was: its own id and times (restored as they were, so
    the merge's tombstone goes away again) and the owner it tied the point to."""

    table: str  # the link table's name: path_swot, proposal_swot, recommendation_swot
    id: str
    owner_id: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class DeletedItem:
    """A deleted point with everything that referred to it, for :func:`restore_item`."""

    item: records.SwotItem
    links: tuple[ItemLink, ...] = ()
    option_ids: tuple[str, ...] = ()  # voting-round options that offered this point
    idea_ids: tuple[str, ...] = ()  # phones' ideas this point was made of (issue 12)
    marks: tuple[deletion.RowImage, ...] = ()  # its pairs in the confrontation matrix


def delete_item(store: Store, item_id: str) -> Outcome[DeletedItem]:
    """Delete a point, remembering its links to paths, fiches and recommendations and
    the voting options that offered it (which keep their copied title and lose the
    reference). Deleting a consolidated point frees its sources."""
    with store.transaction() as uow:
        s = uow.session
        row = common.get(s, m.SwotItemRow, item_id)
        record = _item(row)
        links: list[ItemLink] = []
        # Deleted through the session rather than by the database's cascade, so that
        # the change set tells the paths, fiches and recommendations what they lost.
        for link_type, owner in _item_links():
            linked: Any = link_type  # every link table has a swot_item_id
            for link in s.scalars(select(link_type).where(linked.swot_item_id == item_id)):
                links.append(
                    ItemLink(
                        link_type.__tablename__,
                        link.id,
                        getattr(link, owner),
                        link.created_at,
                        link.updated_at,
                    )
                )
                s.delete(link)
        marks = list(
            s.scalars(
                select(m.TowsMarkRow).where(
                    (m.TowsMarkRow.internal_id == item_id) | (m.TowsMarkRow.external_id == item_id)
                )
            )
        )
        mark_images = tuple(sorted((deletion.image(x) for x in marks), key=lambda i: i.id))
        for mark in marks:
            s.delete(mark)
        options = list(s.scalars(select(m.OptionRow).where(m.OptionRow.swot_item_id == item_id)))
        for option in options:
            option.swot_item_id = None
        idea_ids = _relink_ideas(s, item_id, None)
        for source in s.scalars(
            select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id == item_id)
        ):
            source.absorbed_into_id = None
        s.flush()
        s.delete(row)
        s.flush()
        common.renumber(common.siblings(s, m.SwotItemRow, common.scope_of(row)))
        deleted = DeletedItem(
            record,
            tuple(sorted(links, key=lambda link: (link.table, link.owner_id))),
            tuple(sorted(o.id for o in options)),
            idea_ids,
            mark_images,
        )
    return Outcome(deleted, uow.changes)


def restore_item(store: Store, deleted: DeletedItem) -> Outcome[records.SwotItem]:
    """Undo :func:`delete_item`: the point at its old place with its absorbed sources,
    its links (to owners that still exist) and the options that still point nowhere."""
    link_types = {link_type.__tablename__: (link_type, owner) for link_type, owner in _item_links()}
    owner_types: dict[str, type[m.Base]] = {
        "path_id": m.PathRow,
        "proposal_id": m.ProposalRow,
        "recommendation_id": m.RecommendationRow,
        "strategy_id": m.StrategyRow,
    }
    record = deleted.item
    with store.transaction() as uow:
        s = uow.session
        if s.get(m.SwotItemRow, record.id) is not None:
            raise ValidationError(msg("Er bestaat al een SWOT-punt met id {id}.", id=record.id))
        values = {
            column.key: getattr(record, column.key)
            for column in m.SwotItemRow.__table__.columns
            if hasattr(record, column.key)
        }
        values["quadrant"] = record.quadrant.value
        row = m.SwotItemRow(**values)
        s.add(row)
        s.flush()
        _reabsorb(s, row, record)
        common.move(s, row, record.position)
        for link in deleted.links:
            link_type, owner = link_types[link.table]
            if s.get(owner_types[owner], link.owner_id) is None:
                continue  # the path, fiche or recommendation is gone meanwhile
            s.add(
                link_type(
                    id=link.id,
                    swot_item_id=record.id,
                    created_at=link.created_at,
                    updated_at=link.updated_at,
                    **{owner: link.owner_id},
                )
            )
        for mark in deleted.marks:
            values = dict(mark.values)
            other = (
                values["external_id"]
                if values["internal_id"] == record.id
                else values["internal_id"]
            )
            if s.get(m.SwotItemRow, other) is not None:  # its partner may be gone meanwhile
                s.add(m.TowsMarkRow(**values))
        for option_id in deleted.option_ids:
            option = s.get(m.OptionRow, option_id)
            # Only an option still without a target: one re-pointed meanwhile stays so.
            if option is not None and option.swot_item_id is None:
                option.swot_item_id = record.id
        s.flush()
        if deleted.idea_ids:
            _relink_ideas(s, None, record.id, deleted.idea_ids)
        restored = _item(row)
    return Outcome(restored, uow.changes)


def _relink_ideas(
    session: Session, old: str | None, new: str | None, idea_ids: Sequence[str] = ()
) -> tuple[str, ...]:
    """Point the ideas made into point ``old`` (or, with ``old`` None, the ideas
    ``idea_ids`` that point nowhere) at ``new``; returns their ids. A Core update that
    keeps each idea's time (its round's): a phone's idea carries no time of its own."""
    table = m.IdeaRow.__table__
    which = table.c.swot_item_id == old if old is not None else table.c.swot_item_id.is_(None)
    if old is None:
        which = which & table.c.id.in_(list(idea_ids))
    ids: tuple[str, ...] = tuple(sorted(session.scalars(select(table.c.id).where(which))))
    if ids:
        session.execute(
            update(table)
            .where(table.c.id.in_(ids))
            .values(swot_item_id=new, updated_at=table.c.updated_at)
        )
        record_changes(session, "updated", "idea", list(ids))
    return ids


def get_items(store: Store, item_ids: Iterable[str]) -> list[records.SwotItem]:
    """Several points by id (the board refreshes just the points a change touched)."""
    ids = list(dict.fromkeys(item_ids))
    with store.reading() as uow:
        rows: list[m.SwotItemRow] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows += uow.session.scalars(
                select(m.SwotItemRow).where(
                    (m.SwotItemRow.id.in_(chunk)) | (m.SwotItemRow.absorbed_into_id.in_(chunk))
                )
            )
        found = {r.id: r for r in rows}
        wanted = [found[i] for i in ids if i in found]
        extra = [r for r in rows if r.id not in set(ids)]
        records_by_id = {r.id: r for r in _records([*wanted, *extra], include_absorbed=True)}
        return [records_by_id[i] for i in ids if i in records_by_id]


def list_items(
    store: Store, workshop_id: str, include_absorbed: bool = False
) -> list[records.SwotItem]:
    """The board's points in order (quadrant, position); absorbed duplicates only on request."""
    with store.reading_rows() as connection:
        # Plain rows, not ORM objects: the window reads every point of a large workshop
        # at start-up, and the records are built from the columns alone. The table of
        # app.storage.first_screen: no model needed (they are declared after it shows).
        table = first_screen.SWOT_ITEM
        query = (
            select(*(table.c[name] for name in convert.swot_item_columns()))
            .where(table.c.workshop_id == workshop_id)
            .order_by(table.c.quadrant, table.c.position, table.c.created_at)
        )
        plain = convert.swot_items(connection.execute(query).all())
    return _with_sources(plain, include_absorbed)


def _with_sources(plain: list[records.SwotItem], include_absorbed: bool) -> list[records.SwotItem]:
    """As :func:`_records`, for records read without their sources (list_items)."""
    sources: dict[str, list[records.SwotItem]] = defaultdict(list)
    for item in plain:
        if item.absorbed_into_id:
            sources[item.absorbed_into_id].append(item)
    if not sources:
        return plain if include_absorbed else [i for i in plain if not i.absorbed_into_id]
    out = []
    for item in plain:
        if item.absorbed_into_id and not include_absorbed:
            continue
        own = sources.get(item.id)
        if own:
            absorbed = sorted(own, key=lambda s: (s.position, s.created_at))
            count = consolidation.cluster_count(
                [item.cluster_id, *(s.cluster_id for s in absorbed)]
            )
            item = replace(item, source_ids=tuple(s.id for s in absorbed), cluster_count=count)
        out.append(item)
    return out


def consolidate(
    store: Store, primary_id: str, source_ids: Sequence[str]
) -> Outcome[records.SwotItem]:
    """``primary_id`` absorbs ``source_ids``: they stay stored, with their own text and
    cluster, behind the primary. A source that had absorbed points hands them over,
    and every absorbed point hands its confrontation marks and strategy links to the
    primary (see :func:`hand_over`). The outcome's changes list every moved point
    and row; :func:`set_absorption` with what :func:`absorption_of` remembered
    before undoes it exactly."""
    with store.transaction() as uow:
        s = uow.session
        primary = common.get(s, m.SwotItemRow, primary_id)
        sources = [common.get(s, m.SwotItemRow, sid, primary.workshop_id) for sid in source_ids]
        consolidation.check_consolidation(
            primary_id,
            list(source_ids),
            {r.id: r.absorbed_into_id for r in [primary, *sources]},
        )
        absorbed: list[str] = []
        for src in sources:
            if src.quadrant != primary.quadrant:
                raise ValidationError(
                    msg("Alleen punten uit hetzelfde kwadrant kunnen samengevoegd worden.")
                )
            for grandchild in s.scalars(
                select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id == src.id)
            ):
                grandchild.absorbed_into_id = primary.id
                absorbed.append(grandchild.id)
            src.absorbed_into_id = primary.id
            absorbed.append(src.id)
        s.flush()
        hand_over(s, primary.id, absorbed)
        record = _item(primary)
    return Outcome(record, uow.changes)


def _marks_of(session: Session, item_ids: Collection[str]) -> list[m.TowsMarkRow]:
    """Every mark (cleared ones too) of a pair with one of these points in it."""
    ids = list(item_ids)
    if not ids:
        return []
    table = m.TowsMarkRow
    return list(
        session.scalars(
            select(table)
            .where(table.internal_id.in_(ids) | table.external_id.in_(ids))
            .order_by(table.id)
        )
    )


def _strategy_links_of(session: Session, item_ids: Collection[str]) -> list[m.StrategySwotRow]:
    ids = list(item_ids)
    if not ids:
        return []
    table = m.StrategySwotRow
    return list(
        session.scalars(select(table).where(table.swot_item_id.in_(ids)).order_by(table.id))
    )


def hand_over(
    session: Session, primary_id: str, absorbed_ids: Sequence[str]
) -> tuple[set[str], set[str]]:
    """The absorbed points' marks and strategy links become the primary's: the matrix
    shows only consolidated points, and a strategy keeps the point it came from. A pair
    the primary already has with the same partner keeps the higher weight, and a
    strategy already linked to the primary keeps one link; the rows let go of are
    deleted, and undo (:func:`set_absorption`) puts every row back as it was. Returns
    the ids of the marks and of the strategies it changed."""
    gone = set(absorbed_ids)
    if not gone:
        return set(), set()
    marks = _marks_of(session, [primary_id, *gone])
    pairs: dict[tuple[str, str], m.TowsMarkRow] = {
        (x.internal_id, x.external_id): x
        for x in marks
        if x.internal_id not in gone and x.external_id not in gone
    }
    moved: list[tuple[m.TowsMarkRow, tuple[str, str]]] = []
    raised: list[m.TowsMarkRow] = []
    dropped: list[m.Base] = []
    for mark in marks:
        if mark.internal_id not in gone and mark.external_id not in gone:
            continue
        pair = (
            primary_id if mark.internal_id in gone else mark.internal_id,
            primary_id if mark.external_id in gone else mark.external_id,
        )
        kept = pairs.get(pair)
        if kept is None:
            pairs[pair] = mark
            moved.append((mark, pair))
        else:
            if mark.weight > kept.weight:
                kept.weight = mark.weight
                raised.append(kept)
            dropped.append(mark)
    linked = {link.strategy_id for link in _strategy_links_of(session, [primary_id])}
    relinked: list[m.StrategySwotRow] = []
    for link in _strategy_links_of(session, gone):
        if link.strategy_id in linked:
            dropped.append(link)
        else:
            linked.add(link.strategy_id)
            relinked.append(link)
    # Deleted first, so that no moved row meets a row on its way out (unique pairs).
    for row in dropped:
        session.delete(row)
    session.flush()
    for mark, (internal_id, external_id) in moved:
        mark.internal_id, mark.external_id = internal_id, external_id
    for link in relinked:
        link.swot_item_id = primary_id
    session.flush()
    marks_changed = {x.id for x in (*raised, *(mark for mark, _ in moved))}
    marks_changed |= {x.id for x in dropped if isinstance(x, m.TowsMarkRow)}
    strategies_changed = {x.strategy_id for x in relinked}
    strategies_changed |= {x.strategy_id for x in dropped if isinstance(x, m.StrategySwotRow)}
    return marks_changed, strategies_changed


@dataclass(frozen=True)
class Absorption:
    """What undo of a consolidation or a release needs (:func:`absorption_of`): where
    each point was absorbed, and every confrontation mark and strategy link of those
    points as rows (consolidation hands them to the primary)."""

    into: dict[str, str | None]
    marks: tuple[deletion.RowImage, ...] = ()
    strategy_links: tuple[deletion.RowImage, ...] = ()


def absorption_of(store: Store, item_ids: Iterable[str]) -> Absorption:
    """Current absorbed_into of these points (and of the points they absorbed), with
    their marks and strategy links: what undo needs to remember before a consolidation."""
    with store.reading() as uow:
        s = uow.session
        ids = list(item_ids)
        rows = list(s.scalars(select(m.SwotItemRow).where(m.SwotItemRow.id.in_(ids))))
        rows += list(
            s.scalars(select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id.in_(ids)))
        )
        into = {r.id: r.absorbed_into_id for r in rows}
        return Absorption(
            into,
            tuple(deletion.image(x) for x in _marks_of(s, into)),
            tuple(deletion.image(x) for x in _strategy_links_of(s, into)),
        )


def set_absorption(store: Store, before: Absorption) -> Outcome[None]:
    """Put points back under the primaries given (None: a point of its own again), and
    their marks and strategy links back exactly as remembered (ids and times too)."""
    with store.transaction() as uow:
        s = uow.session
        rows = {sid: common.get(s, m.SwotItemRow, sid) for sid in before.into}
        for sid, target in before.into.items():
            if target is not None:
                common.get(s, m.SwotItemRow, target, rows[sid].workshop_id)
            rows[sid].absorbed_into_id = target
        s.flush()
        _put_rows_back(s, _marks_of(s, before.into), before.marks)
        _put_rows_back(s, _strategy_links_of(s, before.into), before.strategy_links)
    return Outcome(None, uow.changes)


def _put_rows_back(
    session: Session, now: Sequence[m.Base], images: Sequence[deletion.RowImage]
) -> None:
    """Make the rows ``now`` (of one table, about the same points) what ``images`` were:
    rows made since go, changed rows get their columns back, deleted rows return. A row
    whose partner (a point, a strategy) is gone meanwhile stays away."""
    from sqlalchemy.orm.attributes import flag_modified  # here: see app.storage.deferred

    wanted = {img.id: dict(img.values) for img in images}
    for row in now:
        if row.id not in wanted:
            session.delete(row)
    session.flush()
    present = {row.id: row for row in now if row.id in wanted}
    for row_id, row in present.items():
        changed = {k: v for k, v in wanted[row_id].items() if getattr(row, k) != v}
        if changed:
            for key, value in changed.items():
                setattr(row, key, value)
            flag_modified(row, "updated_at")  # the remembered time, not the moment of undo
    session.flush()
    for row_id, values in wanted.items():
        if row_id in present or any(_missing(session, k, v) for k, v in values.items()):
            continue
        session.add(common.model(images[0].table)(**values))
    session.flush()


def _missing(session: Session, column: str, value: Any) -> bool:
    target = {
        "internal_id": m.SwotItemRow,
        "external_id": m.SwotItemRow,
        "swot_item_id": m.SwotItemRow,
        "strategy_id": m.StrategyRow,
    }.get(column)
    return target is not None and session.get(target, value) is None


def release(
    store: Store, primary_id: str, source_ids: Sequence[str] | None = None
) -> Outcome[None]:
    """Take absorbed points out of a consolidated one again (all, or those named)."""
    with store.transaction() as uow:
        primary = common.get(uow.session, m.SwotItemRow, primary_id)
        query = select(m.SwotItemRow).where(m.SwotItemRow.absorbed_into_id == primary.id)
        for src in uow.session.scalars(query):
            if source_ids is None or src.id in source_ids:
                src.absorbed_into_id = None
    return Outcome(None, uow.changes)


def suggest_duplicates(
    store: Store,
    workshop_id: str,
    threshold: float = 0.72,
    cancelled: Callable[[], bool] | None = None,
) -> list[consolidation.DuplicateSuggestion] | None:
    """Likely duplicates among the visible points; None when ``cancelled()`` stopped it."""
    visible = list_items(store, workshop_id)
    try:
        return consolidation.suggest_duplicates(
            [(i.id, i.quadrant.value, i.text) for i in visible], threshold, cancelled
        )
    except consolidation.Cancelled:
        return None


def _clean_recommendation(
    session: Session, workshop_id: str, values: dict[str, Any], row: Any
) -> dict[str, Any]:
    only(values, {"area_id", "cluster_id", "text"})
    area = common.get(session, m.AreaRow, pick(values, row, "area_id"), workshop_id)
    cluster_id = pick(values, row, "cluster_id")
    common.optional(session, m.ClusterRow, cluster_id, workshop_id)
    clean = {
        "area_id": area.id,
        "cluster_id": cluster_id,
        "text": rules.required_text(pick(values, row, "text"), msg("De aanbeveling"), "text"),
    }
    if row is not None and area.id != row.area_id:
        clean["position"] = common.next_position(session, m.RecommendationRow, area_id=area.id)
    return clean


def _plain_recommendations(
    connection: Connection, workshop_id: str, filters: dict[str, Any]
) -> list[records.Recommendation]:
    """Recommendations and the points they build on, read without the ORM (the board
    lists an area's recommendations as it first shows)."""
    query = plain_query(first_screen.RECOMMENDATION, "workshop_id", workshop_id, filters)
    rows: list[Any] = list(connection.execute(query))
    links = first_screen.RECOMMENDATION_SWOT
    linked: dict[str, list[str]] = defaultdict(list)
    ids = [row.id for row in rows]
    for start in range(0, len(ids), 500):
        pairs: list[Any] = list(
            connection.execute(
                select(links.c.recommendation_id, links.c.swot_item_id).where(
                    links.c.recommendation_id.in_(ids[start : start + 500])
                )
            )
        )
        for recommendation_id, item_id in pairs:
            linked[recommendation_id].append(item_id)
    return [convert.recommendation(row, tuple(sorted(linked[row.id]))) for row in rows]


recommendations: EntityService[m.RecommendationRow, records.Recommendation] = EntityService(
    lambda: m.RecommendationRow,
    convert.recommendation,
    _clean_recommendation,
    list_plain=_plain_recommendations,
)


def link_recommendation(
    store: Store, recommendation_id: str, swot_item_ids: Iterable[str]
) -> Outcome[None]:
    return links.set_links(
        store, m.RecommendationRow, recommendation_id, m.SwotItemRow, swot_item_ids
    )
