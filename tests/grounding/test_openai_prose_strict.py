"""prose=strict over HTTP (real openai SDK + instructor against the local fake server):
an unsupported key point is re-asked with what it says against what the article says;
once the re-asks are spent, the sentence is removed and the removal recorded."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from newsbrief.schemas import Article, BriefingRecord
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.openai_briefing import brief_via_openai

ARTICLE = Article(
    id="p1",
    title="Border clash",
    text="Cambodian and Thai troops exchanged fire near the border on Tuesday. "
    "Six soldiers were wounded and 100 villagers fled their homes, officials said. "
    "Talks are planned for next month.",
)
GOOD_POINT = "Six soldiers were wounded in the clash."
BAD_POINT = "Sixteen soldiers were wounded in the clash."


def answer(point: str) -> dict[str, Any]:
    return {
        "headline": "Border clash wounds soldiers",
        "summary": "Cambodian and Thai troops exchanged fire near the border.",
        "key_points": [point, "About 100 villagers fled their homes."],
    }


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as srv:
        yield srv


async def brief(server: FakeOpenAIServer, **options: Any) -> BriefingRecord:
    return await brief_via_openai(server, ARTICLE, **options)


async def test_strict_reasks_with_what_the_article_says(server: FakeOpenAIServer) -> None:
    server.enqueue(answer(BAD_POINT))
    server.enqueue(answer(GOOD_POINT))
    record = await brief(server, grounding="prose=strict")
    assert record.reasks == 1
    assert record.briefing.key_points[0] == GOOD_POINT
    reask = server.completion_requests[1].body
    feedback = " ".join(str(m.get("content")) for m in reask["messages"][-2:])
    assert (
        "key point 1 (key_points[0]) says 'Sixteen soldiers'; the article says 'Six soldiers': "
        "correct it to what the article says, or remove it"
    ) in feedback
    assert not any(check.removed for check in record.briefing.checks)


async def test_when_reasks_are_spent_the_sentence_is_removed_and_recorded(
    server: FakeOpenAIServer,
) -> None:
    for _ in range(2):
        server.enqueue(answer(BAD_POINT))
    record = await brief(server, grounding="prose=strict", max_reasks=1)
    assert record.usage.requests == 2  # one answer, one re-ask, then salvage
    assert record.briefing.key_points == ["About 100 villagers fled their homes."]
    removed = [c for c in record.briefing.checks if c.removed]
    assert [(c.path, c.claim, c.reason) for c in removed] == [
        ("key_points[0]", BAD_POINT, "says 'Sixteen soldiers'; the article says 'Six soldiers'")
    ]
    summary = record.briefing.grounding
    assert summary is not None
    expected = (
        f"key_points[0]: {BAD_POINT!r} (says 'Sixteen soldiers'; the article says "
        "'Six soldiers') (removed)"
    )
    assert summary.contradicted == [expected]


async def test_flag_keeps_the_sentence_and_marks_it(server: FakeOpenAIServer) -> None:
    server.enqueue(answer(BAD_POINT))
    record = await brief(server)  # default: prose=flag
    assert record.reasks == 0
    assert record.briefing.key_points[0] == BAD_POINT
    check = next(c for c in record.briefing.checks if c.path == "key_points[0]")
    assert (check.verdict, check.offending) == ("contradicted", ["Sixteen"])


async def test_prose_reasks_share_the_budget_with_other_reasks(server: FakeOpenAIServer) -> None:
    """An answer that is no JSON spends a re-ask too: with max_reasks=2 the third answer
    is the last, so its unsupported key point is removed instead of re-asked again."""
    server.enqueue_malformed()
    for _ in range(3):
        server.enqueue(answer(BAD_POINT))
    record = await brief(server, grounding="prose=strict", max_reasks=2)
    assert record.usage.requests == 3  # the answer and two re-asks: the budget, no more
    assert record.reasks == 2
    assert record.briefing.key_points == ["About 100 villagers fled their homes."]
    assert [c.path for c in record.briefing.checks if c.removed] == ["key_points[0]"]


async def test_the_budget_is_per_article_not_per_prose_check(server: FakeOpenAIServer) -> None:
    """Prose problems alone still get every re-ask: two bad answers, then a good one."""
    server.enqueue(answer(BAD_POINT))
    server.enqueue(answer(BAD_POINT))
    server.enqueue(answer(GOOD_POINT))
    record = await brief(server, grounding="prose=strict", max_reasks=2)
    assert record.usage.requests == 3
    assert record.briefing.key_points[0] == GOOD_POINT
    assert not any(check.removed for check in record.briefing.checks)
