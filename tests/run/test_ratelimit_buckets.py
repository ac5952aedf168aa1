"""Token buckets: hand-computed waits with a fake clock; estimate-then-correct."""

from __future__ import annotations

import pytest

from newsbrief.run.ratelimit import RateLimiter, Reservation, TokenBucket
from newsbrief.text.tokens import estimate_request_tokens


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("per_minute", "take", "then_wait_for", "expected_wait"),
    [
        # 60/min = 1 per second, burst 10: after taking 10, one more needs 1 s
        (60, 10, 1, 1.0),
        # 600/min = 10/s, burst 100: after 100, 5 more need 0.5 s
        (600, 100, 5, 0.5),
        # 6000 tokens/min = 100/s, burst 1000: an amount above the burst waits for a full bucket
        (6000, 1000, 3000, 10.0),
        # nothing taken: no wait
        (60, 0, 1, 0.0),
    ],
)
def test_wait_time(per_minute, take, then_wait_for, expected_wait):
    bucket = TokenBucket(per_minute, clock=Clock())
    bucket.level -= take
    assert bucket.wait_time(then_wait_for) == pytest.approx(expected_wait)


def test_refill_is_linear_and_capped():
    clock = Clock()
    bucket = TokenBucket(60, clock=clock)  # 1/s, capacity 10
    bucket.level = 0
    clock.now += 4
    assert bucket.wait_time(0) == 0
    assert bucket.level == pytest.approx(4)
    clock.now += 100
    bucket.wait_time(0)
    assert bucket.level == pytest.approx(10)


def test_correction_charges_debt_and_refunds_up_to_capacity():
    clock = Clock()
    bucket = TokenBucket(600, clock=clock)  # 10/s, capacity 100
    bucket.correct(150)  # actual was 150 more than estimated
    assert bucket.level == pytest.approx(-50)
    assert bucket.wait_time(1) == pytest.approx(5.1)
    bucket.correct(-1000)
    assert bucket.level == pytest.approx(100)


async def test_take_waits_for_the_refill():
    bucket = TokenBucket(6000)  # 100/s, capacity 1000
    bucket.level = 0
    await bucket.take(5)  # needs 0.05 s
    assert bucket.level == pytest.approx(0, abs=2)


def test_settle_refunds_a_cache_hit_and_charges_reasks():
    limiter = RateLimiter(rpm=600, tpm=60_000)
    assert limiter.requests
    assert limiter.tokens
    start_requests, start_tokens = limiter.requests.level, limiter.tokens.level
    reservation = Reservation(requests=1, tokens=1000)
    limiter.requests.level -= 1
    limiter.tokens.level -= 1000
    limiter.settle(reservation, requests=3, tokens=2500)  # two re-asks
    assert limiter.requests.level == pytest.approx(start_requests - 3, abs=0.1)
    assert limiter.tokens.level == pytest.approx(start_tokens - 2500, abs=20)
    limiter.settle(Reservation(requests=1, tokens=1000), requests=0, tokens=0)  # cache hit
    assert limiter.requests.level == pytest.approx(start_requests - 2, abs=0.1)


def test_estimate_is_text_plus_prompt_plus_output_cap():
    assert estimate_request_tokens("x" * 4000, 700, 2048) == 1000 + 700 + 2048


def test_estimate_counts_each_khmer_character_as_a_token():
    # 4,000 Khmer code points: one token each, not 4,000 / 4 as a flat chars/4 estimate.
    assert estimate_request_tokens("ក" * 4000, 700, 2048) == 4000 + 700 + 2048


def test_no_limits_means_inactive():
    assert not RateLimiter().active
    assert RateLimiter(rpm=10).active
