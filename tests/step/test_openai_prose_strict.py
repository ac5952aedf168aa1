"""prose=strict over HTTP (real openai SDK + instructor against the local fake server):
a contradicted key point is re-asked with what it says against what the article says;
once the re-asks are spent, the sentence is removed and the removal recorded. An
unverified sentence (nothing links it) is neither re-asked nor removed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from newsbrief.schemas import Article, BriefingRecord
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.openai_briefing import brief_via_openai
from tests.support.personas import UNLINKED_POINT

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


SEED = Article(
    id="seed",
    text="Cambodia and Malaysia agreed to expand army cooperation on Thursday. "
    "The talks lasted 3 days in Phnom Penh, officials said. "
    "Both sides pledged to hold joint exercises next year.",
)


async def test_a_model_that_writes_bad_prose_is_reasked_on_the_contradicted_sentence_only() -> None:
    """The bad_prose persona changes a number in one key point (contradicted) and adds a
    sentence nothing links (unverified) in every answer: the re-asks name only the
    contradicted one; once they are spent it is removed, and the unverified one stays."""
    async with FakeOpenAIServer(persona="bad_prose") as server:
        record = await brief_via_openai(server, SEED, grounding="prose=strict", max_reasks=2)
        requests = server.completion_requests
    assert (record.usage.requests, record.reasks, record.status) == (3, 2, "partial")
    for request in requests[1:]:
        feedback = str(request.body["messages"][-1]["content"])
        assert "says '10 days in'; the article says '3 days in'" in feedback
        assert UNLINKED_POINT not in feedback
    assert (
        "The talks lasted 10 days in Phnom Penh, officials said." not in record.briefing.key_points
    )
    assert UNLINKED_POINT in record.briefing.key_points
    kept = next(c for c in record.briefing.checks if c.claim == UNLINKED_POINT)
    assert (kept.verdict, kept.rule, kept.removed) == ("unverified", "no_support", False)
    removed = [(c.verdict, c.rule) for c in record.briefing.checks if c.removed]
    assert removed == [("contradicted", "number")]
    assert [r.reason for r in record.removed] == [
        "contradicted by the article: says '10 days in'; the article says '3 days in'"
    ]


async def test_an_unverified_sentence_alone_is_never_reasked(server: FakeOpenAIServer) -> None:
    server.enqueue(answer(GOOD_POINT) | {"key_points": [GOOD_POINT, UNLINKED_POINT]})
    record = await brief(server, grounding="prose=strict")
    assert (record.usage.requests, record.reasks, record.status) == (1, 0, "ok")
    check = next(c for c in record.briefing.checks if c.claim == UNLINKED_POINT)
    assert (check.verdict, check.stage) == ("unverified", "rules")
