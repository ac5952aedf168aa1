"""Fixtures for the Batch API flow: archives and the fake Batch API in a thread."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.run.engine_helpers import write_archive
from tests.support.fake_batch import FakeBatchServer


@pytest.fixture
def archive(tmp_path: Path) -> Callable[..., tuple[Path, list[str]]]:
    def make(count: int = 20, **kwargs: object) -> tuple[Path, list[str]]:
        path = tmp_path / f"archive-{count}.jsonl"
        return path, write_archive(path, count, **kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture
def batch_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBatchServer]:
    """The fake Batch API, reached through OPENAI_BASE_URL like any endpoint."""
    with FakeBatchServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        yield server
