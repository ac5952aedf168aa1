"""Client-side rate limits: token buckets for requests and tokens per minute.

Providers enforce RPM and TPM limits; hitting them costs a 429 and a Retry-After pause
for every request in flight. Waiting on our side first is cheaper. The token cost of a
request is only known after the answer, so the limiter takes an *estimate* before the
call (`newsbrief.text.tokens.estimate_request_tokens`, the same estimate that sizes
long-article chunks) and *corrects* the bucket with the reported usage afterwards (a bucket may go into
debt; later callers then wait longer).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article
from newsbrief.text.tokens import estimate_tokens

__all__ = ["RateLimiter", "Reservation", "TokenBucket", "prompt_overhead_tokens"]

# A minute's quota as one burst makes the first seconds of a run a 429 storm; ten
# seconds' worth is a gentle start that still rides out jitter.
BURST_SECONDS = 10.0


def prompt_overhead_tokens(prompt: PromptSpec) -> int:
    """Estimated tokens of a request's fixed part: the prompt around a one-character article."""
    return sum(estimate_tokens(m["content"]) for m in prompt.render(Article(id="-", text="-")))


class TokenBucket:
    """A bucket refilled at `per_minute / 60` units a second, holding up to a burst."""

    def __init__(self, per_minute: float, clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute <= 0:
            raise ValueError("a rate limit must be positive")
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate * BURST_SECONDS)
        self.level = self.capacity
        self._clock = clock
        self._stamp = clock()
        self._lock = asyncio.Lock()  # FIFO: waiters are served in arrival order

    def _refill(self) -> None:
        now = self._clock()
        self.level = min(self.capacity, self.level + (now - self._stamp) * self.rate)
        self._stamp = now

    def wait_time(self, amount: float) -> float:
        """Seconds until `amount` can be taken (amounts above the burst need a full bucket)."""
        self._refill()
        need = min(amount, self.capacity)
        return 0.0 if self.level >= need else (need - self.level) / self.rate

    async def take(self, amount: float) -> None:
        async with self._lock:
            while (delay := self.wait_time(amount)) > 0:
                await asyncio.sleep(delay)
            self.level -= amount

    def correct(self, delta: float) -> None:
        """Charge (positive) or refund (negative) the difference between estimate and actual."""
        self._refill()
        self.level = min(self.capacity, self.level - delta)


@dataclass
class Reservation:
    """What one article took from the buckets, so it can be corrected afterwards."""

    requests: int
    tokens: int


class RateLimiter:
    """RPM and TPM buckets together; either may be off (None)."""

    def __init__(self, rpm: float | None = None, tpm: float | None = None) -> None:
        self.requests = TokenBucket(rpm) if rpm else None
        self.tokens = TokenBucket(tpm) if tpm else None

    @property
    def active(self) -> bool:
        return self.requests is not None or self.tokens is not None

    async def acquire(self, estimated_tokens: int) -> Reservation:
        if self.requests is not None:
            await self.requests.take(1)
        if self.tokens is not None:
            await self.tokens.take(estimated_tokens)
        return Reservation(requests=1, tokens=estimated_tokens)

    def settle(self, reservation: Reservation, requests: int, tokens: int) -> None:
        """Correct the buckets with what the provider reported (all attempts, re-asks too).

        A cache hit reports zero requests and tokens, so its reservation is refunded.
        """
        if self.requests is not None:
            self.requests.correct(requests - reservation.requests)
        if self.tokens is not None:
            self.tokens.correct(tokens - reservation.tokens)
