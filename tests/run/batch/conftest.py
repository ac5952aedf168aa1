"""Fixtures for the Batch API flow: the fake Batch API in a thread (the `archive`
fixture comes from tests/run/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_batch import FakeBatchServer


@pytest.fixture
def batch_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBatchServer]:
    """The fake Batch API, reached through OPENAI_BASE_URL like any endpoint."""
    with FakeBatchServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        yield server
