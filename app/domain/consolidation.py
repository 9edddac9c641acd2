"""Consolidating SWOT points that several clusters raised in their own words.

A consolidated point absorbs its duplicates: they stay stored with their own
text and cluster, so nothing anyone said is lost and "mentioned by N clusters"
can always be recomputed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from app.domain.errors import ValidationError
from app.domain.messages import msg

_WORD = re.compile(r"\w+")
# Words that carry no meaning for duplicate detection in Dutch SWOT points.
_STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "voor",
        "met",
        "door",
        "aan",
        "bij",
        "om",
        "is",
        "zijn",
        "wordt",
        "worden",
        "niet",
        "er",
        "we",
        "wij",
        "onze",
        "ons",
        "naar",
        "als",
        "of",
        "ook",
        "nog",
        "meer",
        "dan",
        "die",
        "dat",
        "deze",
        "dit",
    ]
)


def cluster_count(cluster_ids: Iterable[str | None]) -> int:
    """Distinct clusters that mentioned a point; a point without cluster counts once."""
    ids = list(cluster_ids)
    named = {c for c in ids if c}
    return len(named) + (1 if any(c is None for c in ids) and not named else 0)


def check_consolidation(
    primary_id: str, source_ids: Sequence[str], absorbed: dict[str, str | None]
) -> None:
    """Rules for absorbing ``source_ids`` into ``primary_id``.

    ``absorbed`` maps each involved item id to the id it is already absorbed into.
    A point cannot absorb itself, and a point that is already absorbed cannot
    absorb others or be absorbed twice (the tree stays one level deep).
    """
    if not source_ids:
        raise ValidationError(msg("Kies minstens één ander punt om samen te voegen."))
    if primary_id in source_ids:
        raise ValidationError(msg("Een punt kan niet met zichzelf samengevoegd worden."))
    if absorbed.get(primary_id):
        raise ValidationError(msg("Dit punt is zelf al opgenomen in een ander punt."))
    for sid in source_ids:
        if absorbed.get(sid):
            raise ValidationError(msg("Een van de gekozen punten is al samengevoegd."))


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(w for w in _WORD.findall(text) if w not in _STOPWORDS)


def similarity(a: str, b: str) -> float:
    """0..1: token overlap blended with character similarity of the normalised texts."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    ta, tb = set(na.split()), set(nb.split())
    jaccard = len(ta & tb) / len(ta | tb)
    return max(jaccard, SequenceMatcher(None, na, nb).ratio())


# Below this share of common words, two points are not worth the character comparison.
MIN_WORD_OVERLAP = 0.4


@dataclass(frozen=True)
class DuplicateSuggestion:
    first_id: str
    second_id: str
    score: float


def suggest_duplicates(
    items: Sequence[tuple[str, str, str]],
    threshold: float = 0.72,
    cancelled: Callable[[], bool] | None = None,
) -> list[DuplicateSuggestion]:
    """Pairs of likely duplicates among ``(id, group, text)``; only within one group
    (the quadrant).

    Only pairs that share a meaningful word are compared, and the costly character
    comparison runs only where the cheap bounds (word overlap, quick_ratio) leave a
    chance: thousands of points take seconds, not minutes. ``cancelled`` is polled.
    """
    norm = [normalise(t) for _, _, t in items]
    words = [set(n.split()) for n in norm]
    by_word: dict[tuple[str, str], list[int]] = {}
    for i, (_, group, _) in enumerate(items):
        for w in words[i]:
            if len(w) > 3:
                by_word.setdefault((group, w), []).append(i)
    candidates: set[tuple[int, int]] = set()
    for idx in by_word.values():
        if len(idx) > 50:  # a very common word says nothing
            continue
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                candidates.add((idx[x], idx[y]))
    out = []
    for n, (i, j) in enumerate(sorted(candidates)):
        if cancelled is not None and n % 500 == 0 and cancelled():
            raise Cancelled
        union = words[i] | words[j]
        jaccard = len(words[i] & words[j]) / len(union) if union else 0.0
        score = jaccard
        if jaccard < MIN_WORD_OVERLAP:
            continue  # rewordings of one point share most of their words
        if jaccard < threshold:
            matcher = SequenceMatcher(None, norm[i], norm[j], autojunk=False)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            score = max(jaccard, matcher.ratio())
        if score >= threshold:
            out.append(DuplicateSuggestion(items[i][0], items[j][0], round(score, 3)))
    return sorted(out, key=lambda s: -s.score)


class Cancelled(Exception):
    """The caller asked to stop a long search."""
