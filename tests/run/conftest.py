"""Fixtures for the run tests (tests/run and below): archives and a fake OpenAI server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from tests.run.engine_helpers import write_archive
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture
def archive(tmp_path: Path) -> Callable[..., tuple[Path, list[str]]]:
    def make(count: int = 20, **kwargs: object) -> tuple[Path, list[str]]:
        path = tmp_path / f"archive-{count}.jsonl"
        return path, write_archive(path, count, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAIServer]:
    async with FakeOpenAIServer() as srv:
        yield srv
