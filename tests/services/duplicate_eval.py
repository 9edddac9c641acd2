"""Scoring a matcher on the labelled set tests/services/data/duplicate_pairs.json:
recall@5 of the ranking and the precision of suggested groups, per split.

Shared by the benchmark (tests/perf/test_similarity_quality.py, which prints the
held-out figures for docs/perf.md) and the regression test on the tuning half."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from app.domain import consolidation
from app.services import dutch_text
from app.services.similarity import Index, Point

ROOT = Path(__file__).resolve().parents[2]
DATA = json.loads((Path(__file__).parent / "data" / "duplicate_pairs.json").read_text("utf-8"))


def corpus() -> list[Point]:
    """Every point of the demo's SWOT lists (distinct texts) plus the labelled texts."""
    demo = json.loads((ROOT / "resources" / "demo" / "analysis.json").read_text("utf-8"))
    seen: dict[tuple[str, str], Point] = {}
    rows = [(p["quadrant"], p["text"], p.get("cluster")) for p in demo["swot"]]
    rows += [(g["quadrant"], t, None) for g in DATA["groups"] for t in g["texts"]]
    rows += [(n["quadrant"], n[k], None) for n in DATA["negatives"] for k in ("a", "b")]
    for quadrant, text, cluster in rows:
        key = (quadrant, text)
        if key not in seen:
            seen[key] = Point(f"p{len(seen)}", quadrant, text, (cluster,) if cluster else ())
    return list(seen.values())


class PlainAnalyzer(dutch_text.Analyzer):
    """Plain TF-IDF over Snowball stems: no compounds, typos or synonyms."""

    def _analyse(self, word: str) -> tuple[str, ...]:
        return (dutch_text.stem(word),)


@dataclass
class Figures:
    pairs: int
    recall_at_5: float
    groups: int
    judged_pairs: int
    group_precision: float
    group_recall: float
    lookalikes_grouped: int
    lookalikes: int


Ranker = Callable[[Point, list[Point]], list[str]]  # the ids of the best five


def evaluate(split: str, rank: Ranker, groups: list[list[str]], points: list[Point]) -> Figures:
    by_text = {(p.quadrant, p.text): p for p in points}
    label: dict[str, str] = {}  # point id -> its labelled group
    held: set[str] = set()
    for n, g in enumerate(DATA["groups"]):
        for t in g["texts"]:
            pid = by_text[(g["quadrant"], t)].id
            label[pid] = f"g{n}"
            if g["split"] == split:
                held.add(pid)
    lookalikes = []
    for n, neg in enumerate(DATA["negatives"]):
        ids = [by_text[(neg["quadrant"], neg[k])].id for k in ("a", "b")]
        for pid in ids:
            label.setdefault(pid, f"n{n}-{pid}")  # a point of its own
        if neg["split"] == split:
            held.update(ids)
            lookalikes.append(tuple(ids))
    by_quadrant: dict[str, list[Point]] = {}
    for p in points:
        by_quadrant.setdefault(p.quadrant, []).append(p)
    hits = total = 0
    for g in DATA["groups"]:
        if g["split"] != split:
            continue
        members = [by_text[(g["quadrant"], t)] for t in g["texts"]]
        for a in members:
            top = rank(a, by_quadrant[a.quadrant])
            for b in members:
                if b is not a:
                    total += 1
                    hits += b.id in top
    same = diff = 0
    together: set[tuple[str, str]] = set()
    for group in groups:
        for a, b in combinations(sorted(group), 2):
            together.add((a, b))
            if a in label and b in label and (a in held or b in held):
                if label[a] == label[b]:
                    same += 1
                else:
                    diff += 1
    positives = [
        tuple(sorted((a, b)))
        for g in DATA["groups"]
        if g["split"] == split
        for a, b in combinations([by_text[(g["quadrant"], t)].id for t in g["texts"]], 2)
    ]
    return Figures(
        pairs=total,
        recall_at_5=hits / total,
        groups=len(groups),
        judged_pairs=same + diff,
        group_precision=same / (same + diff) if same + diff else 0.0,
        group_recall=sum(p in together for p in positives) / len(positives),
        lookalikes_grouped=sum(tuple(sorted(x)) in together for x in lookalikes),
        lookalikes=len(lookalikes),
    )


def atelier(split: str, **group_args: float) -> Figures:
    points = corpus()
    index = Index(points)

    def rank(p: Point, _pool: list[Point]) -> list[str]:
        return [m.id for m in index.similar_to(p.id, 5)]

    groups = [list(g.ids) for g in index.groups(**group_args)]
    return evaluate(split, rank, groups, points)


def plain_tfidf(split: str) -> Figures:
    points = corpus()
    index = Index(points, synonyms="", analyzer=PlainAnalyzer)

    def rank(p: Point, _pool: list[Point]) -> list[str]:
        return [m.id for m in index.similar_to(p.id, 5)]

    groups = [list(g.ids) for g in index.groups()]
    return evaluate(split, rank, groups, points)


def today(split: str) -> Figures:
    """The matcher before issue 17: consolidation.similarity and suggest_duplicates."""
    points = corpus()

    def rank(p: Point, pool: list[Point]) -> list[str]:
        scored = sorted(
            ((consolidation.similarity(p.text, o.text), o.id) for o in pool if o is not p),
            key=lambda x: (-x[0], x[1]),
        )
        return [pid for _, pid in scored[:5]]

    found = consolidation.suggest_duplicates([(p.id, p.quadrant, p.text) for p in points])
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for s in found:
        parent[root(s.first_id)] = root(s.second_id)
    components: dict[str, list[str]] = {}
    for pid in {i for s in found for i in (s.first_id, s.second_id)}:
        components.setdefault(root(pid), []).append(pid)
    return evaluate(split, rank, list(components.values()), points)
