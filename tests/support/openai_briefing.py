"""Brief one article through the real openai backend against the fake server."""

from __future__ import annotations

from typing import Any

from newsbrief.backends import create_backend
from newsbrief.prompting.spec import PromptSpec, load_prompt
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article
from tests.support.fake_openai import FakeOpenAIServer


async def brief_via_openai(
    server: FakeOpenAIServer,
    article: Article,
    prompt: PromptSpec | None = None,
    **options: Any,
) -> BriefingRecord:
    """The article's record (asserted to be a briefing, not an error); the backend is
    closed whatever happens."""
    backend = create_backend("openai:test-model", base_url=server.base_url, **options)
    try:
        record = await brief_article(article, backend, prompt or load_prompt("briefing@v1"))
    finally:
        await backend.aclose()
    assert isinstance(record, BriefingRecord), record
    return record
