"""The openai backend over real HTTP (openai SDK + instructor) against the local fake
server: every supported instructor mode, re-asks on validation errors, answers that
never validate, truncated and malformed answers, and usage summed over every request."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationInfo, model_validator

from newsbrief.errors import BackendError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Briefing, ErrorRecord, Usage
from newsbrief.step.brief import brief_article
from tests.backends.conftest import MakeBackend
from tests.support.fake_briefing import briefing_for_text, invalid_briefing
from tests.support.fake_openai import FakeOpenAIServer

ARTICLE = Article(
    id="a1",
    title="Ministers meet",
    text="Norway and Chile signed a fisheries agreement in Oslo on Tuesday. "
    'The minister said "this protects fish stocks for decades" after the signing. '
    "Talks will continue next year.",
)
VALID = briefing_for_text(ARTICLE.text)


def unfenced(raw: str) -> str:
    """The JSON inside a ```json fence (md_json answers), or the text itself."""
    return raw.removeprefix("```json").removesuffix("```").strip()


def usage(prompt: int, completion: int, cached: int = 0) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cached},
    }


@pytest.mark.parametrize(
    ("mode", "request_shape"),
    [
        ("json", lambda body: body["response_format"] == {"type": "json_object"}),
        ("md_json", lambda body: "response_format" not in body and "tools" not in body),
        (
            "tools",
            lambda body: (
                body["tool_choice"]["function"]["name"] == body["tools"][0]["function"]["name"]
            ),
        ),
        ("json_schema", lambda body: body["response_format"]["type"] == "json_schema"),
    ],
)
@pytest.mark.parametrize("http", ["aiohttp", "httpx"])
async def test_every_mode_returns_a_valid_briefing(
    server: FakeOpenAIServer,
    prompt: PromptSpec,
    backend_for: MakeBackend,
    mode: str,
    request_shape: Any,
    http: str,
) -> None:
    server.cached_tokens = 5
    backend = backend_for(server, mode=mode, http=http)
    completion = await backend.brief(ARTICLE, prompt)
    assert completion.briefing.headline == VALID["headline"]
    assert [q.text for q in completion.briefing.quotes] == ["this protects fish stocks for decades"]
    (request,) = server.completion_requests
    assert request_shape(request.body), request.body.keys()
    assert request.body["model"] == "test-model"
    assert request.body["temperature"] == 0.0
    assert request.body["max_tokens"] == 2048
    assert ARTICLE.text in request.body["messages"][-1]["content"]
    assert (completion.attempts, completion.reasks, completion.usage.requests) == (1, 0, 1)
    assert completion.usage.prompt_tokens > 0
    assert completion.usage.cached_tokens == 5
    assert completion.raw is not None
    assert json.loads(unfenced(completion.raw)) == VALID


async def test_one_failed_validation_is_reasked_and_both_requests_are_counted(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue(invalid_briefing(ARTICLE.text), usage=usage(100, 10, cached=40))
    server.enqueue(VALID, usage=usage(200, 20, cached=80))
    completion = await backend_for(server).brief(ARTICLE, prompt)
    assert completion.briefing.headline == VALID["headline"]
    assert (completion.attempts, completion.reasks) == (2, 1)
    assert completion.usage.model_dump() == {
        "prompt_tokens": 300,
        "completion_tokens": 30,
        "cached_tokens": 120,
        "requests": 2,
        "cost_usd": 0.0,
    }
    first, second = server.completion_requests
    feedback = json.dumps(second.body["messages"][len(first.body["messages"]) :])
    assert "headline: Field required" in feedback
    # The date as written was repaired, so the re-ask does not ask for it again.
    assert "ISO 8601" not in feedback and "events" not in feedback.split("fix only these")[1]
    assert completion.repairs == []  # the second answer needed none


async def test_an_answer_that_never_validates_is_a_validation_error_with_the_raw_answer(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_invalid(3)
    backend = backend_for(server, max_reasks=2)
    with pytest.raises(BackendError) as info:
        await backend.brief(ARTICLE, prompt)
    error = info.value
    assert error.kind == "validation"
    assert "after 2 re-asks" in error.message
    assert isinstance(error.usage, Usage)
    assert error.usage.requests == 3
    assert error.attempts == 3
    assert len(server.completion_requests) == 3
    assert error.raw is not None
    assert "headline" not in json.loads(error.raw)


async def test_the_step_turns_a_validation_failure_into_an_error_record(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_invalid(2)
    record = await brief_article(ARTICLE, backend_for(server, max_reasks=1), prompt, line=7)
    assert isinstance(record, ErrorRecord)
    assert (record.kind, record.line, record.attempts) == ("validation", 7, 2)
    assert record.usage.requests == 2
    assert record.usage.prompt_tokens > 0
    assert record.raw
    assert record.provenance
    assert record.provenance.backend == "openai"


async def test_malformed_json_is_reasked(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_malformed()
    completion = await backend_for(server).brief(ARTICLE, prompt)
    assert (completion.attempts, completion.reasks) == (2, 1)


async def test_malformed_json_without_reasks_keeps_the_raw_text(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_malformed()
    with pytest.raises(BackendError) as info:
        await backend_for(server, max_reasks=0).brief(ARTICLE, prompt)
    assert info.value.kind == "validation"
    assert info.value.raw == '{"headline": "Broken", "summary": '


async def test_a_truncated_answer_is_closed_and_kept_as_a_partial_briefing(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    server.enqueue_truncated()  # the first half of VALID, finish_reason 'length'
    completion = await backend_for(server, max_tokens=64).brief(ARTICLE, prompt)
    assert completion.briefing.headline == VALID["headline"]
    assert completion.partial
    assert "token limit" in completion.removed[0].reason
    assert "truncated_closed" in [r.kind for r in completion.repairs]
    assert server.completion_requests[0].body["max_tokens"] == 64
    assert completion.raw and json.dumps(VALID, ensure_ascii=False).startswith(completion.raw)
    assert completion.usage.requests == 1


async def test_a_truncated_answer_without_a_summary_is_a_clear_error_with_raw_and_usage(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    cut = json.dumps(VALID, ensure_ascii=False)[:40]  # '{"headline": "...' and no summary
    for _ in range(3):
        server.enqueue(cut, finish_reason="length")
    with pytest.raises(BackendError) as info:
        await backend_for(server, max_tokens=64).brief(ARTICLE, prompt)
    error = info.value
    assert error.kind == "validation"
    assert "token limit" in error.message
    assert "max_tokens=64" in error.message
    assert error.raw == cut
    assert isinstance(error.usage, Usage)
    assert error.usage.requests == 3
    assert error.usage.completion_tokens > 0
    second = server.completion_requests[1].body["messages"][-1]["content"]
    assert "cut off at the token limit" in second


class QuotesFromTheArticle(Briefing):
    """A grounding-style validator that reads the validation context."""

    @model_validator(mode="after")
    def _quotes_are_verbatim(self, info: ValidationInfo) -> QuotesFromTheArticle:
        text = (info.context or {})["article_text"]
        missing = [q.text for q in self.quotes if q.text not in text]
        if missing:
            raise ValueError(f"quotes not in the article, copy them verbatim: {missing}")
        return self


async def test_validation_context_reaches_the_validators(
    server: FakeOpenAIServer, prompt: PromptSpec, backend_for: MakeBackend
) -> None:
    invented = {**VALID, "quotes": [{"speaker": None, "text": "we will win"}]}
    server.enqueue(invented)
    backend = backend_for(server)
    backend.response_model = QuotesFromTheArticle
    completion = await backend.brief(ARTICLE, prompt)
    assert completion.reasks == 1
    assert isinstance(completion.briefing, QuotesFromTheArticle)
    reask = json.dumps(server.completion_requests[1].body["messages"][-1])
    assert "quotes not in the article" in reask
    assert "we will win" in reask
