"""The rate limiter inside the engine, and gzip archives through run + resume."""

from __future__ import annotations

import gzip
import shutil

from newsbrief.run.local import RunOptions, run
from newsbrief.run.window import EngineLimits
from tests.run.engine_helpers import openai_backend, record_ids
from tests.support.fake_openai import FakeOpenAIServer


async def test_rpm_spaces_requests_after_the_burst(archive, tmp_path):
    path, _ = archive(14)
    limits = EngineLimits(rpm=60)  # 1 a second, a burst of 10
    async with FakeOpenAIServer() as srv:
        _, manifest = await run(
            RunOptions(
                input=path, run_dir=tmp_path / "run", quiet=True, concurrency=8, limits=limits
            ),
            openai_backend(srv),
        )
        requests = len(srv.completion_requests)
    assert manifest.counts.ok == 14
    assert requests == 14
    # request 14 needs 10 (the burst) + 1/s x t >= 14, so t >= 4 s after the bucket was
    # made; a slow machine only makes the run longer, never shorter
    assert manifest.elapsed_s >= 3.95


async def test_gzip_archives_run_and_resume(archive, tmp_path):
    path, ids = archive(9, bad_lines=(4,))
    packed = tmp_path / "archive.jsonl.gz"
    with path.open("rb") as source, gzip.open(packed, "wb") as target:
        shutil.copyfileobj(source, target)
    async with FakeOpenAIServer() as srv:
        options = RunOptions(input=packed, run_dir=tmp_path / "run", quiet=True, limit=5)
        _, first = await run(options, openai_backend(srv))
        options.limit = None
        _, second = await run(options, openai_backend(srv))
    assert (first.counts.ok, first.counts.errors) == (4, 1)
    assert second.counts.skipped == 5
    assert second.status == "finished"
    counts = record_ids(tmp_path / "run")
    assert set(counts) == set(ids) | {"line:4"}
    assert set(counts.values()) == {1}
