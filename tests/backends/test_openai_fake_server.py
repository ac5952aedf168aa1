"""The fake OpenAI server itself: seeded fault injection is reproducible, fault names
are checked, and the models listing answers like OpenAI's."""

from __future__ import annotations

import json
import urllib.request

import openai
import pytest

from tests.support.fake_openai import FakeOpenAIServer
from tests.support.fake_openai_cli import COMMON_FAULTS, parse_faults

MESSAGES = [
    {
        "role": "user",
        "content": "<article>The port reopened on Friday after repairs. "
        "Ships queued for days.</article>",
    }
]


async def outcomes_for(seed: int, n: int = 60) -> list[str]:
    async with FakeOpenAIServer(faults={"500": 0.3, "invalid": 0.2}, seed=seed) as srv:
        client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="x", max_retries=0)
        for _ in range(n):
            try:
                await client.chat.completions.create(model="m", messages=MESSAGES)  # type: ignore[arg-type]
            except openai.InternalServerError:
                pass
        await client.close()
        return [r.outcome for r in srv.completion_requests]


async def test_seeded_faults_are_reproducible_and_roughly_proportional() -> None:
    first, again, other = await outcomes_for(1), await outcomes_for(1), await outcomes_for(2)
    assert first == again
    assert first != other
    assert 6 <= first.count("500") <= 30
    assert 2 <= first.count("invalid") <= 22
    assert set(first) == {"500", "invalid", "ok"}


def test_fault_names_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown faults"):
        FakeOpenAIServer(faults={"teapot": 0.1})
    with pytest.raises(ValueError, match="unknown fault 'teapot'"):
        parse_faults("429=0.1,teapot=0.2", 0.0)
    assert parse_faults("429=0.1, reset=0.05", 0.0) == {"429": 0.1, "reset": 0.05}
    spread = parse_faults("", 0.6)
    assert set(spread) == set(COMMON_FAULTS)
    assert sum(spread.values()) == pytest.approx(0.6)


def test_models_listing_and_the_thread_variant() -> None:
    with FakeOpenAIServer(models=("a-model", "b-model")) as srv:
        listing = json.load(urllib.request.urlopen(f"{srv.base_url}/models", timeout=5))
    assert [m["id"] for m in listing["data"]] == ["a-model", "b-model"]
