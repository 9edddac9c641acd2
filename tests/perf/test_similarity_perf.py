"""Benchmarks for finding likely duplicates (issue 17), on demand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/perf/test_similarity_perf.py -s

Quality on the held-out half of tests/services/data/duplicate_pairs.json against the
matcher before issue 17 and a plain TF-IDF over Snowball stems; speed on the large
demo (5,000 points) against a plain rapidfuzz ranking of the same quadrant. Figures
are printed (docs/perf.md), not asserted; targets: recall@5 >= 0.75, group
precision >= 0.8, a ranking within 50 ms, all groups within 5 s and cancellable.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from app.services import duplicates
from app.services.demo import build_demo
from app.services.workshops import only_workshop
from app.storage.store import create_store, open_store
from tests.services import duplicate_eval

REPEAT = 30


@pytest.fixture(scope="module")
def large_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("similar") / "large.atelier"
    with create_store(path) as store:
        build_demo(store, "large")
    return path


def test_quality_on_the_held_out_half():
    for name, figures in (
        ("before issue 17", duplicate_eval.today("held-out")),
        ("plain TF-IDF (stems)", duplicate_eval.plain_tfidf("held-out")),
        ("Atelier", duplicate_eval.atelier("held-out")),
        ("Atelier, tuning half", duplicate_eval.atelier("tuning")),
    ):
        print(
            f"{name}: recall@5 {figures.recall_at_5:.3f} ({figures.pairs} ordered pairs); "
            f"groups {figures.groups}, precision {figures.group_precision:.3f} "
            f"({figures.judged_pairs} judged pairs), pairs found in a group "
            f"{figures.group_recall:.3f}, look-alikes grouped "
            f"{figures.lookalikes_grouped}/{figures.lookalikes}"
        )


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.1f} ms, max {max(samples):.1f} ms"


def test_ranking_one_point_among_5000(large_store: Path):
    with open_store(large_store, backup_on_open=False) as store:
        workshop = only_workshop(store)
        start = time.perf_counter()
        index = duplicates.snapshot(store, workshop.id).index
        print(f"index of {len(index.points)} points built in {time.perf_counter() - start:.2f} s")
        ids = random.Random(17).sample(sorted(index.points), REPEAT)
        ours, typed, baseline = [], [], []
        for pid in ids:
            t = time.perf_counter()
            duplicates.similar_to_item(store, pid, 5)
            ours.append((time.perf_counter() - t) * 1000)
            text, quadrant = index.points[pid].text, index.points[pid].quadrant
            t = time.perf_counter()
            duplicates.similar_to_text(store, workshop.id, text[:40], quadrant, 5)
            typed.append((time.perf_counter() - t) * 1000)
            pool = [p.text for p in index.points.values() if p.quadrant == quadrant]
            t = time.perf_counter()
            process.extract(text, pool, scorer=fuzz.token_set_ratio, limit=6)
            baseline.append((time.perf_counter() - t) * 1000)
    print(f"ranking a point (cached index, fingerprint checked): {_ms(ours)}")
    print(f"ranking typed text: {_ms(typed)}")
    print(f"baseline rapidfuzz.process.extract token_set_ratio, same quadrant: {_ms(baseline)}")
    print(f"ratio {statistics.median(ours) / statistics.median(baseline):.2f}")


def test_groups_for_all_5000_and_cancelling(large_store: Path):
    with open_store(large_store, backup_on_open=False) as store:
        workshop = only_workshop(store)
        duplicates._CACHE.clear()
        t = time.perf_counter()
        groups = duplicates.suggest_groups(store, workshop.id)
        cold = time.perf_counter() - t
        t = time.perf_counter()
        duplicates.suggest_groups(store, workshop.id)
        warm = time.perf_counter() - t
        print(
            f"groups for all points: {len(groups or [])} groups, {cold:.2f} s with the "
            f"index built, {warm:.2f} s with it cached"
        )
        stop = threading.Event()
        done: list[float] = []

        results: list[object] = []

        def work() -> None:
            results.append(duplicates.suggest_groups(store, workshop.id, cancelled=stop.is_set))
            done.append(time.perf_counter())

        thread = threading.Thread(target=work)
        thread.start()
        time.sleep(0.2)
        asked = time.perf_counter()
        stop.set()
        thread.join()
        assert results == [None], "the search ended before it was asked to stop"
        print(f"cancelled: stopped {1000 * (done[0] - asked):.1f} ms after being asked")
