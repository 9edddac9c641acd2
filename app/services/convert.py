"""Rows to records: the only place that knows both shapes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from functools import cache
from typing import Any, TypeVar, cast

from app.domain import records as r
from app.domain.enums import (
    AreaKind,
    BallotSource,
    Decision,
    OptionKind,
    Quadrant,
    RoundStatus,
    VotingMethod,
)
from app.domain.tows import StrategyField
from app.storage import first_screen
from app.storage import models as m

T = TypeVar("T", bound=r.Record)

_ENUMS = {
    "kind": None,  # depends on the record type, handled below
    "quadrant": Quadrant,
    "method": VotingMethod,
    "status": RoundStatus,
    "source": BallotSource,
    "decision": Decision,
}


@cache
def _layout(record_type: type[r.Record]) -> tuple[tuple[str, Any], ...]:
    # Per record type once: its field names and the enum each converts to, if any.
    return tuple((f.name, _ENUMS.get(f.name)) for f in fields(record_type))


def _plain(row: Any, record_type: type[T], **extra: Any) -> T:
    """``row``: a mapped row object, or a plain row of its table's columns (read as a
    dict at once: twice as fast for the thousands of points the board loads)."""
    columns = row._asdict() if hasattr(row, "_asdict") else None
    values: dict[str, Any] = {}
    for name, enum in _layout(cast(Any, record_type)):  # a record type: hashable
        if name in extra:
            values[name] = extra[name]
            continue
        if columns is not None:
            if name not in columns:
                continue
            value = columns[name]
        elif hasattr(row, name):
            value = getattr(row, name)
        else:
            continue
        values[name] = enum(value) if enum and value is not None else value
    return record_type(**values)


def workshop(row: m.WorkshopRow) -> r.Workshop:
    return _plain(row, r.Workshop)


def location(row: m.LocationRow) -> r.Location:
    return _plain(row, r.Location)


def session(row: m.SessionRow) -> r.Session:
    return _plain(row, r.Session)


def cluster(row: m.ClusterRow) -> r.Cluster:
    return _plain(row, r.Cluster)


def participant(row: m.ParticipantRow) -> r.Participant:
    return _plain(row, r.Participant)


def area(row: m.AreaRow) -> r.Area:
    return _plain(row, r.Area, kind=AreaKind(row.kind))


def swot_item(
    row: m.SwotItemRow, source_ids: tuple[str, ...] = (), cluster_count: int = 1
) -> r.SwotItem:
    return _plain(row, r.SwotItem, source_ids=source_ids, cluster_count=cluster_count)


def swot_item_columns() -> tuple[str, ...]:
    """The swot_item columns a record holds, in the table's order (see swot_items)."""
    known = {f.name for f in fields(r.SwotItem)}
    return tuple(c.name for c in first_screen.SWOT_ITEM.columns if c.name in known)


def swot_items(rows: Iterable[Sequence[Any]]) -> list[r.SwotItem]:
    """Records of plain rows of :func:`swot_item_columns`, in that order, without their
    sources: the board reads every point of a large workshop at start-up, and a dict
    made in C per row is a third of the cost of :func:`_plain`'s lookups by name."""
    names = swot_item_columns()
    quadrants = {q.value: q for q in Quadrant}
    # Every field is given (the columns, and the two defaults below): the instance's
    # dict is filled at once rather than through the frozen dataclass's __init__,
    # which sets each field with object.__setattr__ (a fifth of the cost).
    defaults = {"source_ids": (), "cluster_count": 1}
    assert set(names) | set(defaults) == {f.name for f in fields(r.SwotItem)}
    new = object.__new__
    cls = r.SwotItem
    out = []
    for row in rows:
        item = new(cls)
        values = item.__dict__
        values.update(zip(names, row, strict=True))
        values["quadrant"] = quadrants[values["quadrant"]]
        values.update(defaults)
        out.append(item)
    return out


def recommendation(
    row: m.RecommendationRow, swot_item_ids: tuple[str, ...] | None = None
) -> r.Recommendation:
    """``swot_item_ids`` for a plain row (no ``swot_links`` to follow)."""
    if swot_item_ids is None:
        swot_item_ids = tuple(sorted(link.swot_item_id for link in row.swot_links))
    return _plain(row, r.Recommendation, swot_item_ids=swot_item_ids)


def statement(row: m.StatementRow) -> r.Statement:
    return _plain(row, r.Statement)


def statement_score(row: m.StatementScoreRow) -> r.StatementScore:
    return _plain(row, r.StatementScore)


def area_rating(row: m.AreaRatingRow) -> r.AreaRating:
    return _plain(row, r.AreaRating)


def target_group(row: m.TargetGroupRow) -> r.TargetGroup:
    return _plain(row, r.TargetGroup)


def path_impact(row: m.PathImpactRow) -> r.PathImpact:
    return _plain(row, r.PathImpact, target_group=row.group.name)


def path(row: m.PathRow) -> r.DevelopmentPath:
    return _plain(
        row,
        r.DevelopmentPath,
        actions=tuple(_plain(a, r.PathAction) for a in row.actions),
        impacts=tuple(path_impact(i) for i in row.impacts),
        swot_item_ids=tuple(sorted(link.swot_item_id for link in row.swot_links)),
        goal_ids=tuple(sorted(link.goal_id for link in row.goal_links)),
    )


def goal(row: m.GoalRow) -> r.Goal:
    return _plain(row, r.Goal, indicators=tuple(_plain(i, r.GoalIndicator) for i in row.indicators))


def principle(row: m.PrincipleRow) -> r.Principle:
    return _plain(row, r.Principle)


def proposal(row: m.ProposalRow) -> r.Proposal:
    return _plain(
        row,
        r.Proposal,
        sdgs=tuple(link.sdg for link in row.sdg_links),
        actions=tuple(_plain(a, r.ProposalAction) for a in row.actions),
        resources=tuple(_plain(x, r.ProposalResource) for x in row.resources),
        swot_item_ids=tuple(sorted(link.swot_item_id for link in row.swot_links)),
        path_ids=tuple(sorted(link.path_id for link in row.path_links)),
        extra_cluster_ids=_extra_clusters(row),
    )


def strategy(
    row: m.StrategyRow, path_ids: Iterable[str] = (), proposal_ids: Iterable[str] = ()
) -> r.Strategy:
    return _plain(
        row,
        r.Strategy,
        field=StrategyField(row.field),
        swot_item_ids=tuple(sorted(link.swot_item_id for link in row.swot_links)),
        path_ids=tuple(sorted(path_ids)),
        proposal_ids=tuple(sorted(proposal_ids)),
    )


def _extra_clusters(row: m.ProposalRow) -> tuple[str, ...]:
    # In the clusters' own order (their place in the workshop's list), as shown.
    links = sorted(
        row.cluster_links,
        key=lambda link: (link.cluster.position, link.cluster.name) if link.cluster else (0, ""),
    )
    return tuple(link.cluster_id for link in links)


def option(row: m.OptionRow) -> r.RoundOption:
    target = row.proposal_id or row.swot_item_id or row.path_id
    return _plain(row, r.RoundOption, kind=OptionKind(row.kind), target_id=target)


def voting_round(row: m.RoundRow, ballot_count: int = 0) -> r.VotingRound:
    return _plain(
        row,
        r.VotingRound,
        rules=json.loads(row.rules_json),
        options=tuple(option(o) for o in row.options),
        ballot_count=ballot_count,
    )


def ballot(row: m.BallotRow) -> r.Ballot:
    entries = tuple(r.BallotEntry(e.option_id, e.value, e.criterion_id) for e in row.entries)
    return _plain(row, r.Ballot, entries=entries)
