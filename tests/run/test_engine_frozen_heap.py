"""A run keeps the objects alive at its start out of the garbage collector's way
(`gc.freeze`) and hands them back when it ends, also when it ends in an error."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from newsbrief.run.local import RunOptions, run
from newsbrief.run.window import frozen_heap
from tests.run.engine_helpers import openai_backend
from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps
from tests.support.fake_openai import FakeOpenAIServer


async def test_the_heap_is_frozen_while_articles_are_briefed(archive, tmp_path):
    path, _ = archive(6)
    seen: list[int] = []

    def responder(body: dict[str, Any]) -> str:  # runs in this process, mid-run
        seen.append(gc.get_freeze_count())
        return dumps(briefing_for_text(article_text_of(body)))

    before = gc.get_freeze_count()
    async with FakeOpenAIServer(responder) as srv:
        _, manifest = await run(
            RunOptions(input=path, run_dir=tmp_path / "run", quiet=True, concurrency=3),
            openai_backend(srv),
        )
    assert manifest.counts.ok == 6
    assert len(seen) == 6
    assert min(seen) > before  # the objects alive at the start were parked
    assert gc.get_freeze_count() == before  # ...and handed back afterwards


def test_frozen_heap_unfreezes_after_an_error():
    before = gc.get_freeze_count()
    with pytest.raises(RuntimeError), frozen_heap():
        assert gc.get_freeze_count() > before
        raise RuntimeError("boom")
    assert gc.get_freeze_count() == before
