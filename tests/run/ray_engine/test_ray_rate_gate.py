"""The cluster-wide rate-limit gate: grants in batches, never more than the buckets hold.

The gate's logic is plain asyncio (no Ray needed) and is tested directly; the last test
runs a real Ray job with two workers and checks the server-side arrival times."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType

import pytest

from newsbrief.run.ray_engine.gate import GateClient, GateLimiter, RunGate
from tests.run.engine_helpers import write_archive
from tests.run.ray_engine.ray_helpers import LocalGateHandle, backend_recipe
from tests.support.fake_openai import FakeOpenAIServer


@pytest.mark.parametrize(
    ("rpm", "tpm", "estimates", "granted"),
    [
        # 60 rpm: burst of 10 s = 10 requests; the 11th would have to wait
        (60, None, [100] * 15, 10),
        # 600 tpm: burst 100 tokens; 40 + 40 fit, the third 40 does not
        (None, 600, [40, 40, 40, 40], 2),
        # no limits: everything waiting is admitted in one call
        (None, None, [500] * 50, 50),
        # the first request is always admitted (waiting if it must), even above the burst
        (None, 600, [1000, 10], 1),
    ],
)
async def test_gate_grants_what_the_buckets_hold_now(
    rpm: float | None, tpm: float | None, estimates: list[int], granted: int
) -> None:
    gate = RunGate(rpm, tpm)
    assert await gate.grant(estimates) == granted


async def test_gate_corrections_refund_overestimates() -> None:
    gate = RunGate(None, 600)  # burst 100 tokens
    assert await gate.grant([100]) == 1
    gate.settle(0, -60)  # the call used 40, not 100
    assert await gate.grant([30, 30, 30]) == 2


async def test_a_paused_gate_grants_nothing_until_the_pause_ends() -> None:
    gate = RunGate(None, None)
    gate.pause(0.3)
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await gate.grant([1]) == 1
    assert loop.time() - started >= 0.25


async def test_client_asks_for_all_waiting_articles_in_one_call() -> None:
    handle = LocalGateHandle(RunGate(None, None))
    client = GateClient(handle)
    await asyncio.gather(*(client.acquire(10) for _ in range(40)))
    assert sum(len(call) for call in handle.calls[:1]) >= 1
    assert len(handle.calls) <= 2  # 40 articles, at most two round trips
    assert handle.gate.granted == 40


async def test_client_carries_corrections_to_the_gate() -> None:
    handle = LocalGateHandle(RunGate(None, 600))
    client = GateClient(handle)
    await client.acquire(100)  # empties the 100-token burst
    client.settle(0, -100)  # it used nothing (e.g. a cache hit)
    await asyncio.wait_for(client.acquire(100), timeout=1.0)  # no wait: refunded
    assert handle.gate.granted == 2


@pytest.mark.parametrize(
    ("used_requests", "used_tokens", "requests_left", "tokens_left"),
    [
        (1, 100, 9, 900),  # as estimated: one request, 100 tokens
        (0, 0, 10, 1000),  # a cached judgement: all refunded
        (3, 400, 7, 600),  # two re-asks, 400 tokens in all: charged
    ],
)
async def test_the_judges_limiter_draws_from_the_gate_and_corrects_it(
    used_requests: int, used_tokens: int, requests_left: int, tokens_left: int
) -> None:
    """`GateLimiter` is the judge's rate limiter on Ray: one request and its estimate from
    the gate's buckets (60 rpm, 6000 tpm: bursts of 10 and 1000), then what was used."""
    handle = LocalGateHandle(RunGate(60, 6000))
    client = GateClient(handle)
    limiter = GateLimiter(client)
    reservation = await limiter.acquire(100)
    limiter.settle(reservation, used_requests, used_tokens)
    await client.flush()
    buckets = handle.gate.limiter
    assert handle.gate.granted == 1
    assert buckets.requests is not None and buckets.tokens is not None
    assert buckets.requests.level == pytest.approx(requests_left, abs=0.1)
    assert buckets.tokens.level == pytest.approx(tokens_left, abs=5)


@pytest.mark.ray
@pytest.mark.slow
def test_two_workers_together_stay_inside_the_rpm_limit(
    ray_instance: ModuleType, fake_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    from newsbrief.run.local import RunOptions
    from newsbrief.run.ray_engine import RayOptions, run_on_ray

    rpm, articles = 300.0, 80  # 5 requests a second after a burst of 50
    archive = tmp_path / "archive.jsonl"
    write_archive(archive, articles)
    options = RunOptions(input=archive, run_dir=tmp_path / "run", cache=False, quiet=True)
    options.limits.rpm = rpm

    _, manifest = run_on_ray(options, backend_recipe(fake_server.base_url), RayOptions(workers=2))

    assert manifest.counts.ok == articles
    arrivals = sorted(r.at for r in fake_server.completion_requests)
    assert len(arrivals) == articles
    # Arrivals trail their grants by a varying network and client delay, so allow a few
    # requests of jitter. Without one shared gate, each worker would bring its own burst
    # of 50 and the first second alone would see 100 requests.
    rate, burst, jitter = rpm / 60.0, rpm / 60.0 * 10, 5
    for index, at in enumerate(arrivals):
        allowed = burst + rate * (at - arrivals[0]) + jitter
        assert index + 1 <= allowed, f"request {index + 1} came {at - arrivals[0]:.2f}s in"
    assert arrivals[-1] - arrivals[0] >= (articles - burst - jitter) / rate
