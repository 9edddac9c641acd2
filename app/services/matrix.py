"""The impact/effort matrix: a score round's mean per criterion for each fiche it
ranked, and the fiche's net cost over the planning period (the bubble's size)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain import records
from app.domain.enums import OptionKind, RoundStatus, VotingMethod
from app.services import rounds, scenario
from app.services.reporting import Store


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
    fiches = {f.id: f for f in data.fiches if f.id in ids}
    points = []
    for entry in outcome.ranking:
        pid = target.get(entry.option_id)
        f = fiches.get(pid or "")
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
