"""Prompt caching at archive scale: requests share everything up to the article, and the
cached prompt tokens a provider reports are billed at the cached rate.

Providers cache the longest prompt prefix they have seen recently (OpenAI from 1,024
tokens up); a prompt whose instructions, schema and few-shot examples come first and
whose article comes last pays the full input price only for the article after the
first request."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsbrief.backends import create_backend
from newsbrief.prompting.spec import PromptSpec, list_prompts
from newsbrief.run.cost import load_prices
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article
from tests.run.engine_helpers import FAST_RETRIES
from tests.support.fake_openai import FakeOpenAIServer

FIRST = Article(
    id="a",
    title="Fisheries talks in Oslo",
    text="Norway and Chile met in Oslo on Monday to discuss fish quotas.",
)
SECOND = Article(
    id="b",
    title="Budget vote in Lima",
    text="Peru's parliament passed the budget on Friday after a long debate.",
)


def _flatten(messages: list[dict[str, str]]) -> str:
    return "".join(f"<{m['role']}>{m['content']}" for m in messages)


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


@pytest.mark.parametrize("prompt", list_prompts(), ids=lambda p: p.ref)
def test_two_articles_share_the_whole_prompt_up_to_the_article(prompt: PromptSpec) -> None:
    first, second = prompt.render(FIRST), prompt.render(SECOND)
    assert first[:-1] == second[:-1]  # system, schema notes, few-shot pairs: identical
    # ...and the last message is identical up to its first article field
    static_head = prompt.user.split("{{", 1)[0]
    static = _flatten(first[:-1]) + f"<{first[-1]['role']}>" + static_head
    shared = _common_prefix(_flatten(first), _flatten(second))
    assert shared >= len(static)
    assert shared < len(_flatten(first))  # the articles themselves differ
    # the article appears only at the end
    assert all(str(FIRST.title) not in m["content"] for m in first[:-1])


async def test_requests_on_the_wire_differ_only_in_the_last_message() -> None:
    async with FakeOpenAIServer() as server:
        backend = create_backend(
            "openai:test-model", base_url=server.base_url, retry_policy=FAST_RETRIES
        )
        prompt = list_prompts()[0]
        try:
            for article in (FIRST, SECOND):
                await backend.brief(article, prompt)
        finally:
            await backend.aclose()
    one, two = (request.body for request in server.completion_requests)
    assert {k: v for k, v in one.items() if k != "messages"} == {
        k: v for k, v in two.items() if k != "messages"
    }  # schema, tools, parameters
    assert one["messages"][:-1] == two["messages"][:-1]
    serialised = [json.dumps(body["messages"]) for body in (one, two)]
    assert _common_prefix(*serialised) > 0.5 * len(serialised[0])


async def test_cached_prompt_tokens_are_billed_at_the_cached_rate(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"  # round numbers so the expected cost is exact
    prices.write_text(
        json.dumps({"models": {"test-model": {"input": 2.0, "cached_input": 0.5, "output": 8.0}}}),
        encoding="utf-8",
    )
    async with FakeOpenAIServer(cached_tokens=600) as server:
        backend = create_backend(
            "openai:test-model", base_url=server.base_url, retry_policy=FAST_RETRIES
        )
        try:
            record = await brief_article(
                FIRST, backend, list_prompts()[0], prices=load_prices(prices)
            )
        finally:
            await backend.aclose()
    assert isinstance(record, BriefingRecord)
    usage = record.usage
    assert usage.cached_tokens == 600 < usage.prompt_tokens
    expected = (
        (usage.prompt_tokens - 600) * 2.0 + 600 * 0.5 + usage.completion_tokens * 8.0
    ) / 1_000_000
    assert usage.cost_usd == pytest.approx(expected, abs=1e-8)
    uncached = (usage.prompt_tokens * 2.0 + usage.completion_tokens * 8.0) / 1_000_000
    assert uncached - usage.cost_usd == pytest.approx(600 * 1.5 / 1_000_000, abs=1e-8)
