"""The impact/effort matrix: a score round's mean per criterion for each fiche it
ranked, and the fiche's net cost over the planning period (the bubble's size).

The facilitator's choices (the round, the criterion on each axis, the four quadrant
labels) are kept per workshop (``settings``/``set_settings``), so that the window, the
projector and the keuzenota show the same matrix; ``shown`` resolves them against the
rounds there are now."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import records
from app.domain.enums import OptionKind, RoundStatus, VotingMethod
from app.domain.errors import ValidationError
from app.domain.messages import msg
from app.services import common, rounds, scenario
from app.services.outcome import Outcome
from app.services.reporting import Store
from app.storage import models as m

# The quadrant labels when the facilitator set none: top left, top right, bottom left,
# bottom right (the window shows them translated).
DEFAULT_LABELS = ("Grote projecten", "Quick wins", "Niet doen", "Opvullers")
MAX_LABEL = 200
_UNSET: object = object()


@dataclass(frozen=True)
class MatrixPoint:
    proposal_id: str
    code: str
    title: str
    means: dict[str, float]  # criterion title -> mean
    cost: float  # net investment + net operating over the period (never below 0)


@dataclass(frozen=True)
class Matrix:
    round: records.VotingRound
    criteria: list[str]  # the round's criterion titles, in order
    low: float  # the score scale
    high: float
    points: list[MatrixPoint]

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


def score_rounds(store: Store, workshop_id: str) -> list[records.VotingRound]:
    """Score rounds over fiches that have ballots to show (open or closed)."""
    return [
        r
        for r in rounds.rounds.list(store, workshop_id)
        if r.method is VotingMethod.SCORE
        and r.status is not RoundStatus.DRAFT
        and any(o.kind is OptionKind.PROPOSAL for o in r.options)
    ]


def matrix(store: Store, workshop_id: str, round_id: str) -> Matrix:
    outcome = rounds.results(store, round_id)
    r = outcome.round
    target = {o.id: o.target_id for o in r.options if o.kind is OptionKind.PROPOSAL}
    ids = {pid for pid in target.values() if pid}
    data = scenario.load(store, workshop_id)
    proposals = {f.id: f for f in data.proposals if f.id in ids}
    points = []
    for entry in outcome.ranking:
        pid = target.get(entry.option_id)
        f = proposals.get(pid or "")
        if f is None or not entry.criteria:
            continue
        cost = sum(sum(f.net(year)) for year in data.years)
        points.append(MatrixPoint(f.id, f.code, f.title, dict(entry.criteria), max(0.0, cost)))
    return Matrix(
        r,
        [c["title"] for c in r.rules.get("criteria", [])],
        float(r.rules.get("min", 1)),
        float(r.rules.get("max", 5)),
        points,
    )


@dataclass(frozen=True)
class Bubble:
    label: str  # the fiche's code, or the start of its title
    x: float
    y: float
    weight: float  # 0..1: the square root of its cost against the largest (area ~ cost)


@dataclass(frozen=True)
class Shown:
    """The matrix as the workshop's settings have it now."""

    matrix: Matrix | None
    x: str  # criterion titles, "" when the round has too few
    y: str
    labels: tuple[str, str, str, str]  # as set, or the defaults
    settings: records.MatrixSettings

    def bubbles(self) -> list[Bubble]:
        return bubbles(self.matrix, self.x, self.y) if self.matrix else []


def bubbles(m_: Matrix, x: str, y: str) -> list[Bubble]:
    """A bubble per fiche scored on both criteria."""
    if not x or not y:
        return []
    scored = [p for p in m_.points if x in p.means and y in p.means]
    biggest = max((p.cost for p in scored), default=0.0) or 1.0
    return [
        Bubble(p.code or p.title[:12], p.means[x], p.means[y], math.sqrt(p.cost / biggest))
        for p in scored
    ]


def settings(store: Store, workshop_id: str) -> records.MatrixSettings:
    """The workshop's matrix settings; empty ones when nothing was set."""
    with store.reading() as uow:
        row = _row(uow.session, workshop_id)
        if row is not None:
            return _record(row)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return records.MatrixSettings(
        id="", created_at=epoch, updated_at=epoch, workshop_id=workshop_id
    )


def set_settings(
    store: Store,
    workshop_id: str,
    *,
    round_id: str | None | object = _UNSET,
    x_criterion: str | object = _UNSET,
    y_criterion: str | object = _UNSET,
    labels: tuple[str, str, str, str] | list[str] | object = _UNSET,
) -> Outcome[records.MatrixSettings]:
    """Change what is given (one transaction). Undo: set the previous record's values
    again (``restore``)."""
    values: dict[str, object] = {}
    if x_criterion is not _UNSET:
        values["x_criterion"] = _criterion(str(x_criterion), "x_criterion")
    if y_criterion is not _UNSET:
        values["y_criterion"] = _criterion(str(y_criterion), "y_criterion")
    if labels is not _UNSET:
        assert isinstance(labels, tuple | list)
        texts: list[object] = list(labels)
        if len(texts) != 4:
            raise ValidationError(msg("De matrix heeft vier kwadranten."), "labels")
        names = ("label_top_left", "label_top_right", "label_bottom_left", "label_bottom_right")
        where = ("linksboven", "rechtsboven", "linksonder", "rechtsonder")
        for name, place, text in zip(names, where, texts, strict=True):
            clean = str(text or "").strip()
            if len(clean) > MAX_LABEL:
                raise ValidationError(
                    msg(
                        "Het label van het kwadrant {place} is te lang (hoogstens {max} tekens).",
                        place=place,
                        max=MAX_LABEL,
                    ),
                    name,
                )
            values[name] = clean
    with store.transaction() as uow:
        session = uow.session
        common.get(session, m.WorkshopRow, workshop_id)
        if round_id is not _UNSET:
            if round_id is not None:
                found = common.get(session, m.RoundRow, str(round_id), workshop_id)
                if found.method != VotingMethod.SCORE.value:
                    raise ValidationError(
                        msg(
                            "De ronde '{title}' is geen scoreronde: de matrix toont de "
                            "gemiddelden per criterium van een scoreronde.",
                            title=found.title,
                        ),
                        "round_id",
                    )
            values["round_id"] = round_id
        row = _row(session, workshop_id)
        if row is None:
            row = m.MatrixSettingRow(workshop_id=workshop_id)
            session.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        record = _record(row)
    return Outcome(record, uow.changes)


def restore(store: Store, before: records.MatrixSettings) -> Outcome[records.MatrixSettings]:
    """Set the settings back to ``before`` (the undo of ``set_settings``)."""
    return set_settings(
        store,
        before.workshop_id,
        round_id=before.round_id,
        x_criterion=before.x_criterion,
        y_criterion=before.y_criterion,
        labels=before.labels,
    )


def shown(store: Store, workshop_id: str) -> Shown:
    """The round, axes and labels to show: the settings where they still hold, else the
    last score round with ballots and its second and first criterion."""
    chosen = settings(store, workshop_id)
    available = score_rounds(store, workshop_id)
    ids = [r.id for r in available]
    round_id = chosen.round_id if chosen.round_id in ids else (ids[-1] if ids else None)
    result = matrix(store, workshop_id, round_id) if round_id else None
    criteria = result.criteria if result else []
    x = chosen.x_criterion if chosen.x_criterion in criteria else ""
    y = chosen.y_criterion if chosen.y_criterion in criteria else ""
    if not x and criteria:
        x = criteria[min(1, len(criteria) - 1)]
    if not y and criteria:
        y = criteria[0]
    labels = tuple(
        text or default for text, default in zip(chosen.labels, DEFAULT_LABELS, strict=True)
    )
    return Shown(result, x, y, labels, chosen)  # type: ignore[arg-type]


def _criterion(text: str, field: str) -> str:
    clean = text.strip()
    if len(clean) > MAX_LABEL:
        raise ValidationError(msg("De naam van het criterium is te lang."), field)
    return clean


def _row(session: Session, workshop_id: str) -> m.MatrixSettingRow | None:
    return session.scalars(
        select(m.MatrixSettingRow).where(m.MatrixSettingRow.workshop_id == workshop_id)
    ).first()


def _record(row: m.MatrixSettingRow) -> records.MatrixSettings:
    return records.MatrixSettings(
        id=row.id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        workshop_id=row.workshop_id,
        round_id=row.round_id,
        x_criterion=row.x_criterion,
        y_criterion=row.y_criterion,
        labels=(
            row.label_top_left,
            row.label_top_right,
            row.label_bottom_left,
            row.label_bottom_right,
        ),
    )
