"""Fixtures shared by the openai backend tests: a fake server, the shipped prompt, and a
factory of backends on that server with fast, jitter-free retries (closed afterwards)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from newsbrief.backends.openai_api.backend import OpenAIBackend
from newsbrief.backends.openai_api.transport import RetryPolicy
from newsbrief.prompting.spec import PromptSpec, load_prompt
from tests.support.fake_openai import FakeOpenAIServer

MakeBackend = Callable[..., OpenAIBackend]


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as srv:
        yield srv


@pytest.fixture
def prompt() -> PromptSpec:
    return load_prompt("briefing@v1")


@pytest.fixture
async def backend_for() -> AsyncIterator[MakeBackend]:
    made: list[OpenAIBackend] = []

    def make(srv: FakeOpenAIServer, *, max_retries: int = 4, **options: Any) -> OpenAIBackend:
        policy = RetryPolicy(max_retries=max_retries, backoff_initial=0.01, jitter=0.0)
        made.append(
            OpenAIBackend("test-model", base_url=srv.base_url, retry_policy=policy, **options)
        )
        return made[-1]

    yield make
    for backend in made:
        await backend.aclose()
