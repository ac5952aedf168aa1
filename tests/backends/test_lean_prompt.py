"""briefing@v2 describes the output compactly in json modes, same validation, fewer tokens;
tools and json_schema modes still send the JSON Schema, now with an ISO date pattern."""

from __future__ import annotations

import json

import pytest

from newsbrief.backends import create_backend
from newsbrief.backends.openai_api.transport import RetryPolicy
from newsbrief.prompting.compact import INSTRUCTION, render_compact
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, Briefing, BriefingRecord
from newsbrief.step.brief import brief_article
from tests.support.fake_openai import FakeOpenAIServer

ARTICLE = Article(id="a", published="2022-03-07", text="Officials met in Oslo on March 3 to talk.")


@pytest.mark.parametrize("mode", ["json", "md_json", "tools", "json_schema"])
async def test_v2_briefs_through_every_mode(mode: str) -> None:
    async with FakeOpenAIServer(persona="dates_as_written") as srv:
        backend = create_backend("openai:test-model", base_url=srv.base_url, mode=mode,
                                 retry_policy=RetryPolicy(max_retries=0))  # fmt: skip
        record = await brief_article(ARTICLE, backend, load_prompt("briefing@v2"))
        await backend.aclose()
        (request,) = srv.completion_requests
    assert isinstance(record, BriefingRecord) and record.status == "ok"
    system = request.body["messages"][0]["content"]
    if mode in ("json", "md_json"):
        assert INSTRUCTION in system and '"$defs"' not in system
        assert "when_text: string?, // The date expression copied verbatim" in system
    else:
        assert INSTRUCTION not in system
        assert "pattern" in json.dumps(request.body.get("tools") or request.body["response_format"])


def test_compact_rendering_has_every_schema_field_and_enum() -> None:
    text = render_compact(Briefing)
    schema = Briefing.model_json_schema()
    for name in schema["properties"]:
        assert f"  {name}: " in text
    assert '"person" | "organisation" | "country" | "other"' in text
    assert '"science-technology"' in text and "evidence" not in text


def test_the_iso_date_pattern_is_in_the_json_schema_and_validation_is_unchanged() -> None:
    when = Briefing.model_json_schema()["$defs"]["Event"]["properties"]["when"]
    (string,) = [branch for branch in when["anyOf"] if branch.get("type") == "string"]
    assert string["pattern"].startswith("^[0-9]{4}")
    with pytest.raises(ValueError, match="put the date as written into when_text"):
        Briefing.model_validate({"headline": "h", "summary": "s",
                                 "events": [{"what": "x", "when": "March 3"}]})  # fmt: skip
