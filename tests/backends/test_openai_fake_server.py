"""The fake OpenAI server itself: seeded fault injection is reproducible, fault names
are checked, and the models listing answers like OpenAI's."""

from __future__ import annotations

import json
import urllib.request

import openai
import pytest

from tests.support import fake_openai
from tests.support.fake_openai import FakeOpenAIServer, LatencyModel
from tests.support.fake_openai_cli import COMMON_FAULTS, parse_faults, parse_latency

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


@pytest.mark.parametrize(
    ("model", "tokens", "seconds"),
    [
        (LatencyModel(), 900, 0.5 + 900 / 60),  # a realistic briefing: 15.5 s
        (LatencyModel(), 0, 0.5),
        (LatencyModel(ttft=1.0, tokens_per_s=100.0), 250, 3.5),
    ],
)
def test_latency_model_is_first_token_plus_tokens_over_decode_rate(
    model: LatencyModel, tokens: int, seconds: float
) -> None:
    assert model.seconds(tokens) == pytest.approx(seconds)


def test_latency_option_is_seconds_or_model() -> None:
    assert parse_latency("0.25", 0.5, 60.0) == 0.25
    assert parse_latency("model", 0.2, 80.0) == LatencyModel(0.2, 80.0)
    with pytest.raises(ValueError, match="write seconds"):
        parse_latency("fast", 0.5, 60.0)


async def test_the_server_waits_first_token_then_the_answers_tokens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the latency model an answer of n tokens (as its usage says) comes after ttft + n / rate: the server's waits are recorded, not timed."""
    waits: list[float] = []
    real_sleep = fake_openai.asyncio.sleep

    async def recorded(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(fake_openai.asyncio, "sleep", recorded)
    model = LatencyModel(ttft=0.4, tokens_per_s=50.0)
    async with FakeOpenAIServer(latency=model) as srv:
        client = openai.AsyncOpenAI(base_url=srv.base_url, api_key="x", max_retries=0)
        reply = await client.chat.completions.create(model="m", messages=MESSAGES)  # type: ignore[arg-type]
        await client.close()
    assert reply.usage is not None
    tokens = reply.usage.completion_tokens
    assert tokens > 100  # a whole briefing
    assert waits[:2] == [0.4, pytest.approx(tokens / 50.0)]
