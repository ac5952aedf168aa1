"""Transport faults against the fake server, through the real openai SDK: rate limits
with Retry-After, server errors, timeouts, resets and broken bodies are retried by the
one transport layer; auth and not-found errors stop the run; deadlines hold."""

from __future__ import annotations

import pytest

from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, BriefingRecord, Usage
from newsbrief.step.brief import brief_article
from tests.backends.conftest import MakeBackend
from tests.support.fake_openai import FakeOpenAIServer

ARTICLE = Article(
    id="a2",
    text="The council approved the new budget on Monday after a long "
    "debate. Spending on schools rises by four percent next year.",
)


def outcomes(srv: FakeOpenAIServer) -> list[str]:
    return [request.outcome for request in srv.completion_requests]


def usage_of(error: BackendError) -> Usage:
    assert isinstance(error.usage, Usage)
    return error.usage


@pytest.mark.parametrize("http", ["aiohttp", "httpx"])
async def test_429_waits_for_retry_after(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend, http: str
) -> None:
    server.enqueue_error(429, headers={"Retry-After": "1"})
    completion = await backend_for(server, http=http).brief(ARTICLE, prompt)
    first, second = server.completion_requests
    # The server's own arrival times: the retry came no sooner than Retry-After asked.
    assert second.at - first.at >= 0.99
    assert (outcomes(server), completion.attempts, completion.reasks) == (["429", "ok"], 2, 0)
    assert completion.usage.requests == 2


async def test_503_with_an_http_date_retry_after_is_honoured(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_error(503, headers={"Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"})
    completion = await backend_for(server).brief(ARTICLE, prompt)
    assert outcomes(server) == ["503", "ok"]
    assert completion.attempts == 2


@pytest.mark.parametrize("fault", ["500", "reset", "bad_body"])
async def test_transient_failures_are_retried_once_each(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend, fault: str
) -> None:
    if fault == "500":
        server.enqueue_error(500)
    else:
        server.enqueue_fault(fault)
    completion = await backend_for(server).brief(ARTICLE, prompt)
    assert len(server.completion_requests) == 2
    assert (completion.attempts, completion.reasks, completion.usage.requests) == (2, 0, 2)
    assert completion.usage.prompt_tokens > 0  # the answered request's tokens


async def test_a_timed_out_request_is_retried(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_timeout(5.0)
    completion = await backend_for(server, timeout=0.3).brief(ARTICLE, prompt)
    assert outcomes(server) == ["timeout", "ok"]
    assert completion.attempts == 2


async def test_persistent_server_errors_become_a_transport_error_record(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_error(500, message="model overloaded")
    server.enqueue_error(500, message="model overloaded")
    server.enqueue_error(500, message="model overloaded")
    record = await brief_article(ARTICLE, backend_for(server, max_retries=2), prompt)
    assert not isinstance(record, BriefingRecord)
    assert record.kind == "transport"
    assert "HTTP 500" in record.message
    assert "model overloaded" in record.message
    assert record.attempts == 3
    assert record.usage.requests == 3


async def test_an_unsupported_mode_error_suggests_json_mode(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_error(500)
    with pytest.raises(BackendError) as info:
        await backend_for(server, mode="json_schema", max_retries=0).brief(ARTICLE, prompt)
    assert "BRIEFING_OPENAI_MODE=json" in info.value.message


@pytest.mark.parametrize(
    ("status", "advice"),
    [(401, "OPENAI_API_KEY"), (403, "permissions"), (404, "OPENAI_BASE_URL")],
)
async def test_auth_and_not_found_are_fatal_at_once(
    server: FakeOpenAIServer,
    prompt: PromptSpec,
    backend_for: MakeBackend,
    status: int,
    advice: str,
) -> None:
    server.enqueue_error(status)
    with pytest.raises(FatalBackendError) as info:
        await brief_article(ARTICLE, backend_for(server), prompt)  # the step lets it escape
    assert len(server.completion_requests) == 1
    assert f"HTTP {status}" in info.value.message
    assert advice in info.value.message
    assert "'test-model'" in info.value.message
    assert info.value.kind == "fatal"


async def test_the_article_deadline_stops_a_slow_request(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_timeout(10.0)
    with pytest.raises(BackendError) as info:
        await backend_for(server, timeout=30, deadline=0.5).brief(ARTICLE, prompt)
    assert info.value.kind == "deadline"
    assert "0.5 s" in info.value.message
    assert usage_of(info.value).requests == 1


async def test_no_retry_wait_starts_past_the_deadline(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_error(429, headers={"Retry-After": "30"})
    with pytest.raises(BackendError) as info:
        await backend_for(server, deadline=5).brief(ARTICLE, prompt)
    assert info.value.kind == "transport"
    assert "HTTP 429" in info.value.message
    assert len(server.completion_requests) == 1


async def test_random_faults_with_a_seed_still_brief_every_article(
    prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    faults = {"429": 0.1, "500": 0.1, "reset": 0.1, "bad_body": 0.05, "invalid": 0.1}
    async with FakeOpenAIServer(faults=faults, seed=7) as srv:
        srv.faults["429"] = 0.0  # keep the test fast: no 1 s Retry-After waits
        backend = backend_for(srv, max_retries=6, max_reasks=3)
        completions = [await backend.brief(ARTICLE, prompt) for _ in range(20)]
    injected = sum(n for outcome, n in srv.stats.items() if outcome != "ok")
    assert injected > 0
    assert sum(c.usage.requests for c in completions) == len(srv.completion_requests)
    assert sum(c.reasks for c in completions) == srv.stats["invalid"]
