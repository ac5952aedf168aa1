"""The one retry layer for transport errors of OpenAI-compatible endpoints.

SDK retries x instructor re-asks x an outer retry would multiply, so each layer does one
job: the openai SDK never retries (`max_retries=0`), instructor re-asks only when an
answer fails validation, and this module retries the HTTP request itself:

- 429 and 503 wait for `Retry-After` (seconds or an HTTP date; `retry-after-ms` too),
  capped, falling back to backoff when the header is missing;
- other 5xx, 408/409, timeouts, connection errors and unreadable bodies back off
  exponentially with jitter;
- 401/403/404 are fatal: every further request would fail the same way;
- other 4xx are per-article failures and are not retried.

A retry never starts if its wait would overrun the article's deadline.
"""

from __future__ import annotations

import json
import random
import socket
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TypeVar

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    stop_never,
)
from tenacity.stop import stop_base

__all__ = [
    "FATAL_STATUSES",
    "RETRY_AFTER_STATUSES",
    "RetryPolicy",
    "describe_failure",
    "http_status",
    "is_fatal",
    "is_retryable",
    "parse_retry_after",
    "send_with_retries",
    "unreachable_cause",
]

T = TypeVar("T")

# Status -> what the user should check. These refuse every request, so the run stops.
FATAL_STATUSES: dict[int, str] = {
    401: "the endpoint rejected the API key: check OPENAI_API_KEY",
    403: "the API key may not use this endpoint or model: check the key's permissions",
    404: "the endpoint does not know this URL or model: check OPENAI_BASE_URL "
    "(it usually ends in /v1) and the model name",
}
RETRY_AFTER_STATUSES = frozenset({429, 503})
_RETRY_STATUSES = frozenset({408, 409, 429})


def http_status(exc: BaseException) -> int | None:
    """The HTTP status of a failed request, or None for connection-level failures."""
    return exc.status_code if isinstance(exc, openai.APIStatusError) else None


def is_fatal(exc: BaseException) -> bool:
    return http_status(exc) in FATAL_STATUSES


def is_retryable(exc: BaseException) -> bool:
    """Transient failures worth another identical request."""
    status = http_status(exc)
    if status is not None:
        return status in _RETRY_STATUSES or status >= 500
    # APITimeoutError is an APIConnectionError; a JSONDecodeError or a response
    # validation error means a proxy or server sent a broken body.
    return isinstance(
        exc, (openai.APIConnectionError, openai.APIResponseValidationError, json.JSONDecodeError)
    )


def parse_retry_after(
    headers: Mapping[str, str] | None, now: datetime | None = None
) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (delta seconds or HTTP date).

    Returns None when absent or unreadable; never negative.
    """
    if not headers:
        return None
    lowered = {key.lower(): value for key, value in headers.items()}
    millis = lowered.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def unreachable_cause(exc: BaseException) -> str | None:
    """'connection refused', 'DNS lookup failed' or 'TLS handshake failed (...)' when the
    failure means the endpoint cannot be reached at all, else None.

    The SDK's aiohttp transport reports a refused connection as a timeout, and both
    transports bury the reason a few exceptions deep, so the chain is walked."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ConnectionRefusedError):
            return "connection refused"
        if isinstance(current, socket.gaierror):
            return "DNS lookup failed (no such host)"
        if isinstance(current, ssl.SSLError):
            return f"TLS handshake failed ({getattr(current, 'reason', None) or current})"
        current = current.__cause__ or current.__context__
    return None


def describe_failure(exc: BaseException) -> str:
    """A short, specific text for an error record."""
    status = http_status(exc)
    if status is not None:
        detail = getattr(exc, "message", "") or str(exc)
        return f"HTTP {status}: {detail}"
    unreachable = unreachable_cause(exc)
    if unreachable is not None:
        return unreachable
    if isinstance(exc, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        return f"connection failed ({type(cause).__name__ if cause else 'no response'})"
    if isinstance(exc, json.JSONDecodeError):
        return f"the endpoint sent a response body that is not JSON ({exc.msg})"
    return f"{type(exc).__name__}: {exc}"


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry one request. Delays are in seconds."""

    max_retries: int = 4
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.5
    retry_after_cap: float = 60.0

    def wait_seconds(self, exc: BaseException | None, retry_number: int) -> float:
        """Wait before retry `retry_number` (1-based) after failure `exc`."""
        if exc is not None and http_status(exc) in RETRY_AFTER_STATUSES:
            response = getattr(exc, "response", None)
            asked = parse_retry_after(response.headers if response is not None else None)
            if asked is not None:
                return min(asked, self.retry_after_cap)
        backoff = self.backoff_initial * 2 ** (retry_number - 1)
        # Jitter spreads out clients that failed together (full jitter on a fixed share).
        return min(self.backoff_max, backoff + random.random() * self.jitter * backoff)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return self.wait_seconds(exc, state.attempt_number)

    def retrying(self, seconds_left: float | None = None) -> AsyncRetrying:
        """A tenacity controller; stops before a wait that would pass `seconds_left`."""
        stop: stop_base = stop_after_attempt(self.max_retries + 1)
        stop = stop | (stop_before_delay(seconds_left) if seconds_left is not None else stop_never)
        return AsyncRetrying(
            stop=stop, wait=self._wait, reraise=True, retry=retry_if_exception(is_retryable)
        )


async def send_with_retries(
    call: Callable[[], Awaitable[T]],
    policy: RetryPolicy,
    *,
    deadline_at: float | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> T:
    """Run `call` until it succeeds, a failure is not retryable, or retries run out.

    `deadline_at` is a `time.monotonic()` instant; `on_failure` sees every failed attempt
    (for counting requests). The last exception is re-raised unchanged.
    """
    seconds_left = None if deadline_at is None else max(0.0, deadline_at - time.monotonic())
    async for attempt in policy.retrying(seconds_left):
        with attempt:
            try:
                return await call()
            except Exception as exc:
                if on_failure is not None:
                    on_failure(exc)
                raise
    raise AssertionError("unreachable: tenacity re-raises the last failure")  # pragma: no cover
