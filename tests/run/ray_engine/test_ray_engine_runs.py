"""The Ray engine end to end: a local 2-CPU Ray instance, the fake OpenAI server, real
run directories. Each test asserts what a user relies on: the same records as the local
engine, nothing lost or doubled when a worker dies, resume across engines, a stop."""

from __future__ import annotations

import asyncio
import gzip
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from newsbrief.run.cache import CACHE_FILE
from newsbrief.run.local import RunOptions, run
from newsbrief.run.ray_engine import RayOptions, run_on_ray
from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import record_ids, write_archive
from tests.run.ray_engine.ray_helpers import backend_recipe, dies_once_recipe, records_by_key
from tests.support.fake_openai import FakeOpenAIServer

pytestmark = [pytest.mark.ray, pytest.mark.slow]

BAD_LINES = (7, 501)


def _options(archive: Path, run_dir: Path, **kwargs: object) -> RunOptions:
    kwargs.setdefault("cache", False)
    return RunOptions(input=archive, run_dir=run_dir, quiet=True, progress_interval=60.0, **kwargs)  # type: ignore[arg-type]


def test_ray_run_writes_the_same_records_as_the_local_engine(
    ray_instance: ModuleType, fake_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 1000, bad_lines=BAD_LINES)
    recipe = backend_recipe(fake_server.base_url)

    local_dir, local = asyncio.run(run(_options(archive, tmp_path / "local"), recipe()))
    cache_dir = tmp_path / "ray-cache"
    ray_dir, on_ray = run_on_ray(
        _options(archive, tmp_path / "ray", cache=True, cache_dir=cache_dir),
        recipe,
        RayOptions(workers=2),
    )

    assert on_ray.status == local.status == "finished"
    assert (on_ray.counts.ok, on_ray.counts.errors) == (1000, len(BAD_LINES))
    per_run = {"run_id", "started_at", "finished_at", "elapsed_s", "sessions"}
    assert on_ray.model_dump(exclude=per_run) == local.model_dump(exclude=per_run)
    assert [s.status for s in on_ray.sessions] == [s.status for s in local.sessions] == ["finished"]
    assert on_ray.grounding_rate is not None  # counts, usage, grounding: all the same
    local_records, ray_records = records_by_key(local_dir), records_by_key(ray_dir)
    assert set(ray_records) == set(ids) | {f"line:{n}" for n in BAD_LINES}
    assert ray_records == local_records
    # the workers filled the shared response cache for the next run
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:
        assert db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] == 1000
    assert read_manifest(ray_dir) == on_ray


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    ray_instance: ModuleType, fake_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    plain = tmp_path / "archive.jsonl"
    ids = write_archive(plain, 300, bad_lines=(3,))
    archive = tmp_path / "archive.jsonl.gz"  # the gzip path of the reader too
    with plain.open("rb") as source, gzip.open(archive, "wb") as target:
        shutil.copyfileobj(source, target)
    flag = tmp_path / "worker-died"

    run_dir, manifest = run_on_ray(
        _options(archive, tmp_path / "run", concurrency=4),
        dies_once_recipe(fake_server.base_url, flag, after=30),
        RayOptions(workers=2),
    )

    assert flag.exists(), "no worker died: the test did not test anything"
    assert manifest.status == "finished"
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:3"}
    assert set(counts.values()) == {1}
    assert (manifest.counts.ok, manifest.counts.errors) == (300, 1)
    # the dead worker's unreturned batch was briefed again: its requests were sent twice
    assert len(fake_server.completion_requests) > 300


def test_a_run_started_by_the_local_engine_resumes_on_ray(
    ray_instance: ModuleType, fake_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 240)
    recipe = backend_recipe(fake_server.base_url)
    run_dir = tmp_path / "run"
    asyncio.run(run(_options(archive, run_dir, limit=100), recipe()))
    requests_before = len(fake_server.completion_requests)

    _, manifest = run_on_ray(_options(archive, run_dir), recipe, RayOptions(workers=2))

    assert manifest.counts.skipped == 100
    assert (manifest.counts.read, manifest.counts.ok) == (240, 240)
    assert len(fake_server.completion_requests) - requests_before == 140
    assert Counter(record_ids(run_dir).values()) == Counter({1: 240})
    assert set(record_ids(run_dir)) == set(ids)


def test_a_refusing_endpoint_stops_the_run_and_a_rerun_finishes_it(
    ray_instance: ModuleType, fake_server: FakeOpenAIServer, tmp_path: Path
) -> None:
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 200)
    recipe = backend_recipe(fake_server.base_url)
    for _ in range(3):
        fake_server.enqueue_error(401, message="invalid api key")

    run_dir, stopped = run_on_ray(
        _options(archive, tmp_path / "run"), recipe, RayOptions(workers=2)
    )

    assert stopped.status == "stopped"
    assert stopped.stop_reason
    assert "refused" in stopped.stop_reason
    assert stopped.counts.read < 200
    _, finished = run_on_ray(_options(archive, run_dir), recipe, RayOptions(workers=2))
    assert finished.status == "finished"
    counts = record_ids(run_dir)
    assert set(counts) == set(ids)
    assert set(counts.values()) == {1}
