"""End to end over HTTP: a fabricated quote is re-asked by instructor and fixed; in flag
mode it is let through and marked ungrounded. The model is the local fake server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from newsbrief.schemas import Article, BriefingRecord
from tests.support.fake_briefing import briefing_for_text
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.openai_briefing import brief_via_openai

ARTICLE = Article(
    id="g1",
    title="Fisheries deal",
    text="Norway and Chile signed a fisheries agreement in Oslo on Tuesday. "
    "\u201cThis protects fish stocks for decades,\u201d the minister said after the "
    "signing. Talks will continue next year.",
)
FABRICATED = "Chile is our closest partner in the whole Pacific region."


def fabricated_answer() -> dict[str, Any]:
    answer = briefing_for_text(ARTICLE.text)
    answer["quotes"] = [*answer["quotes"], {"speaker": "the minister", "text": FABRICATED}]
    return answer


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as srv:
        yield srv


async def brief(server: FakeOpenAIServer, **options: Any) -> BriefingRecord:
    return await brief_via_openai(server, ARTICLE, **options)


@pytest.mark.parametrize("mode", ["json", "tools"])
async def test_a_fabricated_quote_is_reasked_and_fixed(server: FakeOpenAIServer, mode: str) -> None:
    server.enqueue(fabricated_answer())  # first answer invents a quote; then the default
    record = await brief(server, mode=mode)  # responder copies quotes from the article
    assert record.reasks == 1
    assert record.usage.requests == 2
    texts = [quote.text for quote in record.briefing.quotes]
    assert FABRICATED not in texts
    assert texts == ["This protects fish stocks for decades,"]
    evidence = record.briefing.quotes[0].evidence
    assert evidence is not None
    assert evidence.method == "exact"
    assert ARTICLE.text[evidence.start : evidence.end] == texts[0]
    # the re-ask told the model what was wrong and what to do
    reask = server.completion_requests[1].body
    feedback = " ".join(str(m.get("content")) for m in reask["messages"][-2:])
    assert "is not in the article" in feedback
    assert "copy the quotation verbatim from the article text, or remove this quote" in feedback
    if mode == "tools":  # the schema's name is still 'Briefing', whatever the policy
        assert reask["tools"][0]["function"]["name"] == "Briefing"


async def test_flag_mode_keeps_the_quote_and_marks_it_ungrounded(server: FakeOpenAIServer) -> None:
    server.enqueue(fabricated_answer())
    record = await brief(server, grounding="flag")
    assert record.reasks == 0
    assert record.usage.requests == 1
    fabricated = record.briefing.quotes[-1]
    assert fabricated.text == FABRICATED  # never dropped
    assert fabricated.evidence is not None
    assert fabricated.evidence.method == "none"
    summary = record.briefing.grounding
    assert summary is not None
    assert summary.grounded == summary.checked - 1
    assert any(FABRICATED[:40] in item for item in summary.ungrounded)


async def test_off_mode_records_no_evidence(server: FakeOpenAIServer) -> None:
    server.enqueue(fabricated_answer())
    record = await brief(server, grounding="off")
    assert record.reasks == 0
    assert record.briefing.grounding is None
    assert all(quote.evidence is None for quote in record.briefing.quotes)
