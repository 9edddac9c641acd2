"""Which SWOT points say the same thing: a TF-IDF index over the Dutch concept terms of
one workshop's points (app/services/dutch_text.py), a ranking of the points most like
a point or a typed text, and suggested groups of likely duplicates.

Weights come from this workshop's own points: a word most points use (``dienst``,
``organisatie``) weighs little, a rare one (``vrijwilligers``) much. Scores are cosines
in 0..1. Pure computation, no store: app/services/duplicates.py feeds it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.domain.consolidation import Cancelled
from app.services import dutch_text

# Tuned on the tuning half of tests/services/data/duplicate_pairs.json (docs/perf.md).
GROUP_SEED = 0.3  # a pair at least this alike starts or joins a group ...
GROUP_LINK = 0.2  # ... when it is at least this alike to every point already in it
MAX_GROUP = 12
OTHER_SUBJECT = 0.5  # the ranking's weight for a point about another subject
_BLOCK = 512  # points per matrix product when pairing a quadrant's points


@dataclass(frozen=True)
class Point:
    id: str
    quadrant: str
    text: str
    clusters: tuple[str, ...] = ()  # its own cluster and those of the points it absorbed


@dataclass(frozen=True)
class Match:
    id: str
    score: float


@dataclass(frozen=True)
class Group:
    quadrant: str
    ids: tuple[str, ...]
    score: float  # the mean similarity of the group's pairs
    clusters: int  # how many distinct clusters raised it


Vector = dict[str, float]


class Index:
    """The workshop's points as unit TF-IDF vectors, per quadrant, with postings."""

    def __init__(
        self,
        points: Sequence[Point],
        synonyms: str = dutch_text.DEFAULT_SYNONYMS,
        analyzer: type[dutch_text.Analyzer] = dutch_text.Analyzer,
    ):
        self.points = {p.id: p for p in points}
        self.analyzer = analyzer(dutch_text.vocabulary(p.text for p in points), synonyms)
        terms = {p.id: self.analyzer.weighted_terms(p.text) for p in points}
        self.by_quadrant: dict[str, list[str]] = defaultdict(list)
        self.order: dict[str, int] = {}
        for n, p in enumerate(points):
            self.by_quadrant[p.quadrant].append(p.id)
            self.order[p.id] = n
        # Document frequency per quadrant: a quadrant is the space a point is matched in.
        self.df: dict[str, Counter[str]] = defaultdict(Counter)
        for p in points:
            self.df[p.quadrant].update(set(terms[p.id]))
        self.idf: dict[str, dict[str, float]] = {
            q: {t: self._idf(t, q) for t in df} for q, df in self.df.items()
        }
        self.vectors: dict[str, Vector] = {
            p.id: self._vector(terms[p.id], p.quadrant) for p in points
        }
        self.who = {p.id: self.analyzer.who(p.text) for p in points}
        self.postings: dict[str, dict[str, list[tuple[str, float]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for p in points:
            for term, weight in self.vectors[p.id].items():
                self.postings[p.quadrant][term].append((p.id, weight))

    def _idf(self, term: str, quadrant: str) -> float:
        n = len(self.by_quadrant.get(quadrant, ())) + 1
        return math.log(1 + n / (1 + self.df[quadrant].get(term, 0)))

    def _vector(self, counts: Counter[str], quadrant: str) -> Vector:
        idf = self.idf.get(quadrant, {})
        vec = {t: _tf(c) * (idf.get(t) or self._idf(t, quadrant)) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values()))
        return {t: w / norm for t, w in vec.items()} if norm else {}

    def vector_of_text(self, text: str, quadrant: str) -> Vector:
        return self._vector(self.analyzer.weighted_terms(text), quadrant)

    def rank(
        self,
        vector: Vector,
        quadrant: str,
        top: int = 10,
        exclude: Iterable[str] = (),
        minimum: float = 0.0,
        who: frozenset[str] = frozenset(),
    ) -> list[Match]:
        """The quadrant's points most like ``vector``, best first (score > ``minimum``);
        a point about other subjects than ``who`` (staff, citizens) counts for less."""
        scores: dict[str, float] = defaultdict(float)
        postings = self.postings.get(quadrant, {})
        for term, weight in vector.items():
            for pid, w in postings.get(term, ()):
                scores[pid] += weight * w
        for pid in exclude:
            scores.pop(pid, None)
        if who:
            for pid in scores:
                if self.who[pid] and not (self.who[pid] & who):
                    scores[pid] *= OTHER_SUBJECT
        best = sorted(
            ((s, pid) for pid, s in scores.items() if s > minimum), key=lambda x: (-x[0], x[1])
        )
        return [Match(pid, round(min(s, 1.0), 4)) for s, pid in best[:top]]

    def similar_to(self, point_id: str, top: int = 10) -> list[Match]:
        point = self.points[point_id]
        return self.rank(
            self.vectors[point_id], point.quadrant, top, (point_id,), who=self.who[point_id]
        )

    def similar_to_text(self, text: str, quadrant: str | None = None, top: int = 10) -> list[Match]:
        """Across all quadrants when none is given (each quadrant weighs its own terms)."""
        quadrants = [quadrant] if quadrant else sorted(self.by_quadrant)
        folded = " ".join(dutch_text.words_all(text))
        found: list[Match] = []
        for q in quadrants:
            found += self.rank(
                self.vector_of_text(text, q), q, top + 1, who=self.analyzer.who(text)
            )
        # A point whose text is the typed text itself is not a suggestion.
        found = [
            m for m in found if " ".join(dutch_text.words_all(self.points[m.id].text)) != folded
        ]
        return sorted(found, key=lambda m: (-m.score, m.id))[:top]

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(w * vb.get(t, 0.0) for t, w in va.items())

    def groups(
        self,
        quadrant: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        seed: float = GROUP_SEED,
        link: float = GROUP_LINK,
    ) -> list[Group]:
        """Groups of likely duplicates, most clusters first, then most alike.

        Pairs at least ``seed`` alike are taken best first; a pair joins (or merges)
        groups only when every point then in the group is at least ``link`` alike to
        every other (complete linkage): a chain of look-alikes does not become a group.
        ``cancelled`` is polled; :class:`Cancelled` is raised when it says so.
        """
        out: list[Group] = []
        for q in [quadrant] if quadrant else sorted(self.by_quadrant):
            out += self._groups_in(q, cancelled, seed, link)
        return sorted(out, key=lambda g: (-g.clusters, -g.score, g.quadrant, g.ids))

    def _pairs(
        self, quadrant: str, floor: float, cancelled: Callable[[], bool] | None
    ) -> dict[tuple[str, str], float]:
        """Every pair of the quadrant at least ``floor`` alike, as (first, second) in
        board order. One matrix product per block of points (numpy): thousands of
        points in well under a second, and the block is where ``cancelled`` is polled."""
        # numpy only here: the board opens without importing it (tests/perf/test_startup_perf.py).
        import numpy as np

        ids = self.by_quadrant.get(quadrant, [])
        columns: dict[str, int] = {}
        for pid in ids:
            for term in self.vectors[pid]:
                columns.setdefault(term, len(columns))
        matrix = np.zeros((len(ids), max(1, len(columns))), dtype=np.float32)
        for row, pid in enumerate(ids):
            for term, weight in self.vectors[pid].items():
                matrix[row, columns[term]] = weight
        pairs: dict[tuple[str, str], float] = {}
        order = np.arange(len(ids))
        for start in range(0, len(ids), _BLOCK):
            if cancelled is not None and cancelled():
                raise Cancelled
            block = matrix[start : start + _BLOCK] @ matrix.T
            block[order[None, :] <= order[start : start + _BLOCK, None]] = 0.0
            rows, cols = np.nonzero(block >= floor)
            for r, c, score in zip(
                rows.tolist(), cols.tolist(), block[rows, cols].tolist(), strict=True
            ):
                pairs[(ids[start + r], ids[c])] = min(score, 1.0)
        return pairs

    def _groups_in(
        self, quadrant: str, cancelled: Callable[[], bool] | None, seed: float, link: float
    ) -> list[Group]:
        # Every pair at least ``link`` alike: a pair not among them fails the link test.
        close = self._pairs(quadrant, min(link, seed), cancelled)
        order = self.order

        who = self.who

        def sim(a: str, b: str) -> float:
            if who[a] and who[b] and not (who[a] & who[b]):
                return 0.0  # about the staff and about the citizens: not one point
            return close.get((a, b) if order[a] < order[b] else (b, a), 0.0)

        seeds = sorted(
            ((pair, score) for pair, score in close.items() if sim(*pair) >= seed),
            key=lambda x: (-x[1], order[x[0][0]], order[x[0][1]]),
        )
        group_of: dict[str, int] = {}
        members: dict[int, list[str]] = {}
        next_id = 0
        for n, ((a, b), _score) in enumerate(seeds):
            if cancelled is not None and n % 500 == 0 and cancelled():
                raise Cancelled
            ga, gb = group_of.get(a), group_of.get(b)
            if ga is not None and ga == gb:
                continue
            left = members[ga] if ga is not None else [a]
            right = members[gb] if gb is not None else [b]
            if len(left) + len(right) > MAX_GROUP:
                continue
            if any(sim(x, y) < link for x in left for y in right):
                continue
            merged = left + right
            for pid in merged:
                group_of[pid] = next_id
            for old in (ga, gb):
                if old is not None:
                    members.pop(old, None)
            members[next_id] = merged
            next_id += 1
        out = []
        for ids in members.values():
            ordered = tuple(sorted(ids, key=self.order.__getitem__))
            scores = [sim(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :]]
            count = len({c for i in ordered for c in self.points[i].clusters}) or 1
            out.append(Group(quadrant, ordered, round(sum(scores) / len(scores), 4), count))
        return out


def _tf(count: float) -> float:
    """Sublinear term frequency: a word said three times is not three times the point."""
    return 1 + math.log(count) if count > 1 else count
