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
# A term in more than this share of a quadrant's points decides nothing on its own.
COMMON_SHARE = 0.2


@dataclass(frozen=True)
class Point:
    id: str
    quadrant: str
    text: str
    cluster_id: str | None = None


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
        self.vectors: dict[str, Vector] = {
            p.id: self._vector(terms[p.id], p.quadrant) for p in points
        }
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
        vec = {t: _tf(c) * self._idf(t, quadrant) for t, c in counts.items()}
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
    ) -> list[Match]:
        """The quadrant's points most like ``vector``, best first (score > ``minimum``)."""
        scores: dict[str, float] = defaultdict(float)
        postings = self.postings.get(quadrant, {})
        for term, weight in vector.items():
            for pid, w in postings.get(term, ()):
                scores[pid] += weight * w
        for pid in exclude:
            scores.pop(pid, None)
        best = sorted(
            ((s, pid) for pid, s in scores.items() if s > minimum), key=lambda x: (-x[0], x[1])
        )
        return [Match(pid, round(min(s, 1.0), 4)) for s, pid in best[:top]]

    def similar_to(self, point_id: str, top: int = 10) -> list[Match]:
        point = self.points[point_id]
        return self.rank(self.vectors[point_id], point.quadrant, top, exclude=(point_id,))

    def similar_to_text(self, text: str, quadrant: str | None = None, top: int = 10) -> list[Match]:
        """Across all quadrants when none is given (each quadrant weighs its own terms)."""
        quadrants = [quadrant] if quadrant else sorted(self.by_quadrant)
        folded = " ".join(dutch_text.words_all(text))
        found: list[Match] = []
        for q in quadrants:
            found += self.rank(self.vector_of_text(text, q), q, top + 1)
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
        self, quadrant: str, seed: float, cancelled: Callable[[], bool] | None
    ) -> dict[tuple[str, str], float]:
        ids = self.by_quadrant.get(quadrant, [])
        postings = self.postings.get(quadrant, {})
        common = max(20, int(len(ids) * COMMON_SHARE))
        pairs: dict[tuple[str, str], float] = {}
        for n, pid in enumerate(ids):
            if cancelled is not None and n % 200 == 0 and cancelled():
                raise Cancelled
            vec = self.vectors[pid]
            scores: dict[str, float] = defaultdict(float)
            for term, weight in vec.items():
                plist = postings.get(term, ())
                if len(plist) > common:
                    continue  # a very common term: the rarer ones find the partners
                for other, w in plist:
                    if other > pid:
                        scores[other] += weight * w
            for other, partial in scores.items():
                if partial >= seed * 0.5:  # cheap bound first: the common terms add little
                    score = self.similarity(pid, other)
                    if score >= seed:
                        pairs[(pid, other)] = score
        return pairs

    def _groups_in(
        self, quadrant: str, cancelled: Callable[[], bool] | None, seed: float, link: float
    ) -> list[Group]:
        pairs = self._pairs(quadrant, seed, cancelled)
        group_of: dict[str, int] = {}
        members: dict[int, list[str]] = {}
        sim_cache: dict[tuple[str, str], float] = dict(pairs)

        def sim(a: str, b: str) -> float:
            key = (a, b) if a < b else (b, a)
            if key not in sim_cache:
                sim_cache[key] = self.similarity(*key)
            return sim_cache[key]

        next_id = 0
        for n, ((a, b), _score) in enumerate(sorted(pairs.items(), key=lambda x: (-x[1], x[0]))):
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
            clusters = {self.points[i].cluster_id for i in ordered}
            count = len(clusters - {None}) or 1
            out.append(Group(quadrant, ordered, round(sum(scores) / len(scores), 4), count))
        return out


def _tf(count: float) -> float:
    """Sublinear term frequency: a word said three times is not three times the point."""
    return 1 + math.log(count) if count > 1 else count
