"""Long articles through the per-article step: chunked, briefed, merged, synthesised and
grounded against the whole text. The model is the local fake OpenAI server."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from typing import Any

import pytest

from newsbrief.backends import create_backend
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article
from newsbrief.step.chunking import split_text
from newsbrief.step.long_article import article_token_budget, context_window
from newsbrief.text.tokens import estimate_tokens
from tests.support.fake_briefing import article_text_of
from tests.support.fake_openai import FakeOpenAIServer, briefing_responder
from tests.support.openai_briefing import brief_via_openai

WORDS = ["minister", "said", "the", "army", "trade", "talks", "officials", "met", "on"]
PROMPT = load_prompt("briefing@v1")


def long_article(paragraphs: int) -> str:
    """~530 chars per paragraph; every paragraph holds one distinct, quotable sentence."""
    rng = random.Random(3)
    out = []
    for number in range(paragraphs):
        filler = " ".join(rng.choice(WORDS) for _ in range(60))
        out.append(
            f"{filler.capitalize()}. \u201cWe reached agreement number {number} on "
            f"trade,\u201d the minister said in paragraph {number}. {filler}."
        )
    return "\n\n".join(out)


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as srv:
        yield srv


async def brief(server: FakeOpenAIServer, text: str, **options: Any) -> BriefingRecord:
    article = Article(id="long", title="Trade", text=text)
    return await brief_via_openai(server, article, PROMPT, **options)


def test_budget_comes_from_the_context_window() -> None:
    small = create_backend(
        "openai:test-model", base_url="http://127.0.0.1:9/v1", context_tokens=8000
    )
    known = create_backend("openai:gpt-4o-mini-2024-07-18", base_url="http://127.0.0.1:9/v1")
    unknown = create_backend("openai:my-local-model", base_url="http://127.0.0.1:9/v1")
    assert (context_window(small), context_window(known), context_window(unknown)) == (
        8000,
        128_000,
        8192,
    )
    budget = article_token_budget(small, PROMPT)
    assert budget is not None
    assert 1000 < budget < 8000 * 0.9 - 2048


@pytest.mark.slow
async def test_a_200k_character_article_is_chunked_merged_and_grounded(
    server: FakeOpenAIServer,
) -> None:
    text = long_article(380)
    assert len(text) > 200_000
    record = await brief(server, text, context_tokens=8000)
    backend = create_backend("openai:test-model", base_url=server.base_url, context_tokens=8000)
    chunks = split_text(text, article_token_budget(backend, PROMPT) or 0)
    requests = server.completion_requests
    assert len(chunks) >= 10
    assert len(requests) == len(chunks) + 1  # one per chunk + the synthesis call
    assert record.usage.requests == len(requests)
    assert record.attempts == len(requests)
    # every request fitted the budget the window allows
    for request in requests:
        sent = sum(estimate_tokens(str(m["content"])) for m in request.body["messages"])
        assert sent <= 8000 - 2048
    # quotes from all over the article, de-duplicated, offsets into the WHOLE text
    quotes = record.briefing.quotes
    numbers = [int(re.search(r"number (\d+)", q.text).group(1)) for q in quotes]  # type: ignore[union-attr]
    assert len(numbers) == len(set(numbers)) >= len(chunks)
    assert max(numbers) > 300
    for quote in quotes:
        evidence = quote.evidence
        assert evidence is not None
        assert evidence.method == "exact"
        assert text[evidence.start : evidence.end] == quote.text
    assert max(q.evidence.start for q in quotes) > 150_000  # type: ignore[union-attr]
    summary = record.briefing.grounding
    assert summary is not None
    assert summary.checked >= len(quotes)
    assert not summary.ungrounded
    # headline and summary come from the synthesis call over the chunk summaries
    synthesis = requests[-1].body["messages"][-1]["content"]
    assert "Title: Trade\n" in synthesis
    assert "(part" not in synthesis
    assert record.briefing.headline.split()[0] in synthesis


async def test_usage_is_summed_over_every_chunk_call(server: FakeOpenAIServer) -> None:
    text = long_article(60)
    backend = create_backend("openai:test-model", base_url=server.base_url, context_tokens=6000)
    calls = len(split_text(text, article_token_budget(backend, PROMPT) or 0)) + 1
    answer = {"headline": "Trade talks", "summary": "Officials met on trade."}
    usage = {"prompt_tokens": 1000, "completion_tokens": 50, "total_tokens": 1050}
    for _ in range(calls):
        server.enqueue(answer, usage=usage)
    record = await brief(server, text, context_tokens=6000)
    assert calls > 3
    assert record.usage.requests == calls
    assert (record.usage.prompt_tokens, record.usage.completion_tokens) == (
        1000 * calls,
        50 * calls,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(long_article(120).replace("\n\n", " "), id="one-paragraph"),
        pytest.param(
            re.sub(r"[.,\u201c\u201d]", "", long_article(120).replace("\n\n", " ")),
            id="one-paragraph-no-punctuation",
        ),
        pytest.param("trade" * 12_000, id="no-spaces-at-all"),
    ],
)
@pytest.mark.slow
async def test_one_huge_paragraph_is_still_briefed(server: FakeOpenAIServer, text: str) -> None:
    record = await brief(server, text, context_tokens=6000)
    assert record.usage.requests >= 3
    assert record.briefing.headline
    for quote in record.briefing.quotes:
        assert quote.evidence is not None
        assert quote.evidence.grounded
        assert text[quote.evidence.start : quote.evidence.end] == quote.text


def _refusing_first_part(body: dict[str, Any]) -> str:
    """Refuses the chunk that holds paragraph 0 (re-asks included); briefs the others."""
    if "in paragraph 0." in article_text_of(body):
        return "I'm sorry, I cannot help with that."
    return briefing_responder(body)


async def test_a_failing_chunk_keeps_the_others_as_a_partial_briefing() -> None:
    text = long_article(60)
    async with FakeOpenAIServer(responder=_refusing_first_part) as srv:
        backend = create_backend(
            "openai:test-model", base_url=srv.base_url, context_tokens=6000, max_reasks=1
        )
        try:
            record = await brief_article(Article(id="long", text=text), backend, PROMPT)
        finally:
            await backend.aclose()
        sent = len(srv.completion_requests)
    assert isinstance(record, BriefingRecord), record
    assert record.status == "partial"
    (removal,) = record.removed
    assert removal.path.startswith("part 1 of ")
    assert "no JSON object" in removal.reason
    assert record.usage.requests == sent  # the failed part's two requests included
    quoted = " ".join(q.text for q in record.briefing.quotes)
    assert "agreement number 0 on" not in quoted  # the refused part's quote is not there
    assert quoted  # the other parts' quotes are


async def test_when_every_chunk_fails_the_article_fails_with_the_usage_of_every_call() -> None:
    text = long_article(60)
    async with FakeOpenAIServer(responder=lambda body: "No.") as srv:
        backend = create_backend(
            "openai:test-model", base_url=srv.base_url, context_tokens=6000, max_reasks=1
        )
        try:
            record = await brief_article(Article(id="long", text=text), backend, PROMPT)
        finally:
            await backend.aclose()
        sent = len(srv.completion_requests)
    assert not isinstance(record, BriefingRecord)
    assert record.kind == "validation"
    assert "part " in record.message
    assert record.usage.requests == sent
