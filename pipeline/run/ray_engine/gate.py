"""One rate limit for the whole cluster: a gate actor holding the token buckets.

--rpm and --tpm are the provider's limits for the account, not per process, so every
worker must draw from the same buckets. `RunGate` runs as a single async Ray actor that
owns a `newsbrief.run.ratelimit.RateLimiter` (the local engine's buckets, estimate
before and correct after each call). Workers never ask once per article: `GateClient`
collects the articles waiting in its actor and asks for all of them in one call; the
gate grants as many as the buckets allow right now (at least one, waiting for it if
needed) and the client asks again for the rest. Corrections (actual tokens minus the
estimate) ride along with the next request. The gate also carries the run's error-rate
pause: while paused it grants nothing, so the whole cluster waits, not one process.
`GateLimiter` puts the judge's requests (`--judge`) through the same client, so the
briefing and judge requests of every worker draw from the one set of buckets, as they
share the local engine's `RateLimiter`.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import Any

from newsbrief.run.ratelimit import RateLimiter, Reservation

__all__ = ["GateClient", "GateLimiter", "RunGate"]


class RunGate:
    """The shared buckets (create with `ray.remote(RunGate)`; all methods run on one loop)."""

    def __init__(self, rpm: float | None, tpm: float | None) -> None:
        self.limiter = RateLimiter(rpm, tpm)
        self.paused_until = 0.0
        self.granted = 0  # articles admitted so far (what the rate tests observe)

    def _free_now(self, tokens: int) -> bool:
        buckets = ((self.limiter.requests, 1), (self.limiter.tokens, tokens))
        return all(b is None or b.wait_time(amount) == 0 for b, amount in buckets)

    async def grant(
        self, estimates: list[int], requests_delta: int = 0, tokens_delta: int = 0
    ) -> int:
        """Admit the first 1..len(estimates) waiting requests; returns how many."""
        self.settle(requests_delta, tokens_delta)
        while (wait := self.paused_until - time.monotonic()) > 0:
            await asyncio.sleep(wait)
        granted = 0
        for tokens in estimates:
            if granted and not self._free_now(tokens):
                break
            await self.limiter.acquire(tokens)
            granted += 1
        self.granted += granted
        return granted

    def settle(self, requests_delta: int, tokens_delta: int) -> None:
        """Charge or refund the difference between what was estimated and what was used."""
        if self.limiter.requests is not None and requests_delta:
            self.limiter.requests.correct(requests_delta)
        if self.limiter.tokens is not None and tokens_delta:
            self.limiter.tokens.correct(tokens_delta)

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)


class GateClient:
    """A worker's side of the gate: batches waiting articles into one `grant` call.

    `gate` is the actor handle (anything whose `grant.remote(...)` is awaitable). Used
    from a single event loop.
    """

    def __init__(self, gate: Any) -> None:
        self.gate = gate
        self._waiting: deque[tuple[int, asyncio.Future[None]]] = deque()
        self._fetcher: asyncio.Task[None] | None = None
        self._requests_delta = 0
        self._tokens_delta = 0
        self.calls = 0

    async def acquire(self, estimated_tokens: int) -> None:
        """Wait until the cluster-wide buckets admit one request of this estimate."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((estimated_tokens, future))
        if self._fetcher is None or self._fetcher.done():
            self._fetcher = asyncio.create_task(self._fetch())
        await future

    def settle(self, requests_delta: int, tokens_delta: int) -> None:
        """Queue a correction; it travels with the next grant call (or `flush`)."""
        self._requests_delta += requests_delta
        self._tokens_delta += tokens_delta

    async def flush(self) -> None:
        if self._requests_delta or self._tokens_delta:
            deltas = self._take_deltas()
            await self.gate.settle.remote(*deltas)

    def _take_deltas(self) -> tuple[int, int]:
        deltas = (self._requests_delta, self._tokens_delta)
        self._requests_delta = self._tokens_delta = 0
        return deltas

    async def _fetch(self) -> None:
        try:
            while self._waiting:
                estimates = [tokens for tokens, _ in self._waiting]
                self.calls += 1
                granted = await self.gate.grant.remote(estimates, *self._take_deltas())
                for _ in range(min(granted, len(self._waiting))):
                    _, future = self._waiting.popleft()
                    if not future.done():
                        future.set_result(None)
        except BaseException as exc:  # the gate is gone: fail the waiters, not hang them
            while self._waiting:
                _, future = self._waiting.popleft()
                if not future.done():
                    future.set_exception(
                        exc
                        if isinstance(exc, Exception)
                        else RuntimeError("rate-limit gate call cancelled")
                    )
            raise


class GateLimiter:
    """A worker's `GateClient` as the judge's rate limiter (`newsbrief.judge.judge.Limiter`).

    The local engine hands its `RateLimiter` to the judge; on Ray the buckets live in the
    gate actor, so the judge asks through the worker's own client: one request and its
    token estimate per judge request, corrected with what the provider reported. Always
    active, like the briefing requests' path, so an error-rate pause holds the judge too.
    """

    def __init__(self, client: GateClient) -> None:
        self.client = client

    @property
    def active(self) -> bool:
        return True

    async def acquire(self, estimated_tokens: int) -> Reservation:
        await self.client.acquire(estimated_tokens)
        return Reservation(requests=1, tokens=estimated_tokens)

    def settle(self, reservation: Reservation, requests: int, tokens: int) -> None:
        self.client.settle(requests - reservation.requests, tokens - reservation.tokens)
