"""Per-voter rate limiting (VOTING-API.md's 429): a token bucket for each voter id;
and per network address, a ceiling on the voter ids it votes with in a round (403)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
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


class DeviceLimiter:
    """One device, one voice: at most ``limit`` voter ids per network address per round.

    The per-voter rate limit above cannot stop a phone that makes up a new voter id
    for every ballot; its network address stays the same. Each address may vote in
    a round with as many voter ids as the round allows (``devices_per_address``,
    1 unless the facilitator raised it for a shared tablet); a voter id it already
    used may always send again (a change of mind).

    Kept in memory only, never in the store: a stored address would tie a ballot
    to a device. Voter ids are kept as keyed hashes under a key that lives as long
    as the server. It also counts the addresses that voted, per round, for the
    facilitator (:meth:`devices`). Bounded: at most ``max_rounds`` rounds (the
    oldest go first) and ``max_addresses`` addresses per round.
    """

    def __init__(self, max_rounds: int = 20, max_addresses: int = 10_000) -> None:
        self._key = secrets.token_bytes(32)
        self._rounds: OrderedDict[str, dict[str, set[bytes]]] = OrderedDict()
        self._voted: dict[str, set[str]] = {}
        self.max_rounds = max_rounds
        self.max_addresses = max_addresses
        self._lock = threading.Lock()

    def _round(self, round_id: str) -> dict[str, set[bytes]]:
        per_address = self._rounds.pop(round_id, None)
        if per_address is None:
            per_address = {}
            while len(self._rounds) >= self.max_rounds:
                gone, _ = self._rounds.popitem(last=False)
                self._voted.pop(gone, None)
        self._rounds[round_id] = per_address
        return per_address

    def admit(self, round_id: str, address: str, voter: str, limit: int) -> bool:
        """May ``voter`` vote from ``address`` in this round? Counts it when it may."""
        digest = hmac.new(self._key, voter.encode(), hashlib.sha256).digest()[:16]
        with self._lock:
            per_address = self._round(round_id)
            voters = per_address.get(address)
            if voters is None:
                if len(per_address) >= self.max_addresses:
                    return True  # more addresses than a room has: stay bounded, not shut
                voters = per_address[address] = set()
            if digest in voters:
                return True
            if len(voters) >= limit:
                return False
            voters.add(digest)
            return True

    def voted(self, round_id: str, address: str) -> None:
        """A ballot from ``address`` was stored in this round."""
        with self._lock:
            seen = self._voted.setdefault(round_id, set())
            if len(seen) < self.max_addresses:
                seen.add(address)

    def devices(self, round_id: str) -> int:
        """How many network addresses have a stored ballot in this round (this server run)."""
        with self._lock:
            return len(self._voted.get(round_id, ()))
