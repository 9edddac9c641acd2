"""The per-voter token bucket behind 429."""

from __future__ import annotations

import pytest

from app.voting.limits import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_five_at_once_then_one_every_two_seconds():
    clock = Clock()
    limiter = RateLimiter(burst=5, per_seconds=10, clock=clock)
    assert [limiter.allow("a") for _ in range(6)] == [True] * 5 + [False]
    clock.now = 1.9
    assert not limiter.allow("a")
    clock.now = 2.0
    assert limiter.allow("a")
    assert not limiter.allow("a")
    assert limiter.allow("b")  # each voter has a bucket of their own
    assert limiter.retry_after() == 2


def test_a_long_pause_refills_no_more_than_the_burst():
    clock = Clock()
    limiter = RateLimiter(burst=3, per_seconds=3, clock=clock)
    clock.now = 3600
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]


def test_made_up_voter_ids_cannot_grow_memory_without_end():
    limiter = RateLimiter(burst=1, per_seconds=60, max_voters=100, clock=Clock())
    for n in range(1000):
        assert limiter.allow(f"voter-{n}")
    assert len(limiter) == 100
    assert not limiter.allow("voter-999")  # recent voters are still held to their limit


def test_nonsense_settings_are_refused():
    with pytest.raises(ValueError):
        RateLimiter(burst=0)
