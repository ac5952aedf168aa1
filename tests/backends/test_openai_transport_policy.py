"""The transport retry policy: which failures are retried, fatal or final, and how long
each wait is (Retry-After honoured and capped, exponential backoff within bounds)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import httpx2
import openai
import pytest

from newsbrief.backends.openai_api.transport import (
    RetryPolicy,
    describe_failure,
    is_fatal,
    is_retryable,
    parse_retry_after,
    send_with_retries,
)

REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    response = httpx2.Response(status, headers=headers or {}, request=REQUEST)
    return openai.APIStatusError(f"HTTP {status}", response=response, body=None)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "Fri, 02 Jan 2026 03:04:35 GMT"}, 30.0),  # HTTP date, 30 s after NOW
        ({"Retry-After": "Fri, 02 Jan 2026 03:00:00 GMT"}, 0.0),  # already past
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),  # OpenAI's ms header wins
        ({"Retry-After": "soon"}, None),
        ({}, None),
        (None, None),
    ],
)
def test_parse_retry_after(headers: dict[str, str] | None, expected: float | None) -> None:
    assert parse_retry_after(headers, now=NOW) == expected


@pytest.mark.parametrize(
    ("status", "retryable", "fatal"),
    [
        (400, False, False),
        (401, False, True),
        (403, False, True),
        (404, False, True),
        (408, True, False),
        (409, True, False),
        (422, False, False),
        (429, True, False),
        (500, True, False),
        (502, True, False),
        (503, True, False),
        (504, True, False),
    ],
)
def test_status_classes(status: int, retryable: bool, fatal: bool) -> None:
    error = status_error(status)
    assert is_retryable(error) is retryable
    assert is_fatal(error) is fatal


@pytest.mark.parametrize(
    ("error", "retryable"),
    [
        (openai.APIConnectionError(request=REQUEST), True),
        (openai.APITimeoutError(request=REQUEST), True),
        (json.JSONDecodeError("Expecting value", "{", 1), True),
        (ValueError("a bug"), False),
    ],
)
def test_connection_level_failures(error: Exception, retryable: bool) -> None:
    assert is_retryable(error) is retryable
    assert not is_fatal(error)


def test_describe_failure_is_specific() -> None:
    assert describe_failure(status_error(503)).startswith("HTTP 503")
    assert describe_failure(openai.APITimeoutError(request=REQUEST)) == "the request timed out"
    assert "not JSON" in describe_failure(json.JSONDecodeError("Expecting value", "{", 1))


def test_retry_after_is_honoured_for_429_and_503_and_capped() -> None:
    policy = RetryPolicy(retry_after_cap=60.0)
    assert policy.wait_seconds(status_error(429, {"Retry-After": "7"}), 1) == 7.0
    assert policy.wait_seconds(status_error(503, {"Retry-After": "3"}), 4) == 3.0
    assert policy.wait_seconds(status_error(429, {"Retry-After": "3600"}), 1) == 60.0


@pytest.mark.parametrize("retry_number", [1, 2, 3, 4, 5, 6, 7])
def test_backoff_bounds(retry_number: int) -> None:
    policy = RetryPolicy(backoff_initial=0.5, backoff_max=10.0, jitter=0.5)
    base = 0.5 * 2 ** (retry_number - 1)
    for error in (status_error(500), status_error(429), openai.APIConnectionError(request=REQUEST)):
        waits = [policy.wait_seconds(error, retry_number) for _ in range(50)]
        assert all(min(base, 10.0) <= w <= min(base * 1.5, 10.0) for w in waits), waits


def test_500_ignores_retry_after() -> None:
    policy = RetryPolicy(backoff_initial=0.5, jitter=0.0)
    assert policy.wait_seconds(status_error(500, {"Retry-After": "30"}), 1) == 0.5


class Flaky:
    """Fails with the given errors in turn, then answers 'ok'."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


FAST = RetryPolicy(max_retries=3, backoff_initial=0.001, jitter=0.0)


async def test_retries_transient_failures_then_succeeds() -> None:
    call = Flaky(status_error(500), openai.APIConnectionError(request=REQUEST), status_error(502))
    failures: list[BaseException] = []
    assert await send_with_retries(call, FAST, on_failure=failures.append) == "ok"
    assert call.calls == 4
    assert len(failures) == 3


async def test_gives_up_after_max_retries_with_the_last_error() -> None:
    call = Flaky(*[status_error(503) for _ in range(10)])
    with pytest.raises(openai.APIStatusError) as info:
        await send_with_retries(call, FAST)
    assert call.calls == 4  # 1 + max_retries
    assert info.value.status_code == 503


@pytest.mark.parametrize("status", [400, 401, 403, 404])
async def test_fatal_and_client_errors_are_not_retried(status: int) -> None:
    call = Flaky(status_error(status))
    with pytest.raises(openai.APIStatusError):
        await send_with_retries(call, FAST)
    assert call.calls == 1


async def test_a_wait_past_the_deadline_is_not_started() -> None:
    call = Flaky(status_error(429, {"Retry-After": "30"}))
    with pytest.raises(openai.APIStatusError):
        await send_with_retries(call, FAST, deadline_at=time.monotonic() + 5)
    assert call.calls == 1
