"""Per-voter rate limiting (VOTING-API.md's 429): a token bucket for each voter id."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """``burst`` ballots at once, refilled at ``burst`` per ``per_seconds``.

    At most ``max_voters`` buckets are kept; the least recently seen go first, so
    a flood of made-up voter ids costs memory that stays bounded.
    """

    def __init__(
        self,
        burst: int = 5,
        per_seconds: float = 10.0,
        max_voters: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if burst < 1 or per_seconds <= 0 or max_voters < 1:
            raise ValueError("burst, per_seconds and max_voters must be positive")
        self.burst = burst
        self.rate = burst / per_seconds
        self.max_voters = max_voters
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, time
        self._lock = threading.Lock()

    def allow(self, voter: str) -> bool:
        """Take one token for ``voter``; False when the bucket is empty (send 429)."""
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.pop(voter, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            self._buckets[voter] = (tokens, now)
            while len(self._buckets) > self.max_voters:
                self._buckets.popitem(last=False)
            return allowed

    def retry_after(self) -> int:
        """Whole seconds until one more token, for the Retry-After header."""
        return max(1, round(1 / self.rate))

    def __len__(self) -> int:
        return len(self._buckets)
