"""Faults through the whole engine against the fake OpenAI server: every article ends as
exactly one briefing or one error, usage counts every attempt, and a refusing endpoint or
a failing prompt stops the run with a reason instead of burning through the archive."""

from __future__ import annotations

from pathlib import Path

from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import read_briefings, read_errors
from newsbrief.run.window import EngineLimits
from tests.run.engine_helpers import openai_backend, record_ids
from tests.support.fake_openai import FakeOpenAIServer

FAULT_SHARES = {
    "429": 0.05,
    "500": 0.05,
    "503": 0.05,
    "timeout": 0.03,
    "reset": 0.04,
    "bad_body": 0.03,
    "malformed": 0.05,
    "truncated": 0.05,
    "invalid": 0.05,
}


def options(path: Path, run_dir: Path, **kwargs: object) -> RunOptions:
    kwargs.setdefault("quiet", True)
    kwargs.setdefault("limits", EngineLimits(max_error_rate=1.0))
    return RunOptions(input=path, run_dir=run_dir, **kwargs)  # type: ignore[arg-type]


async def test_every_article_ends_exactly_once_and_every_attempt_is_counted(archive, tmp_path):
    path, ids = archive(150, bad_lines=(7, 70))
    run_dir = tmp_path / "run"
    async with FakeOpenAIServer(faults=FAULT_SHARES, seed=7, fault_timeout=2.0) as srv:
        backend = openai_backend(srv, timeout=0.3, max_reasks=1)
        _, manifest = await run(options(path, run_dir, concurrency=16), backend)
        sent = len(srv.completion_requests)
        injected = sum(n for name, n in srv.stats.items() if name not in ("ok", "queued"))
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:7", "line:70"}
    assert set(counts.values()) == {1}
    assert injected > 30  # the faults really happened
    records = [*read_briefings(run_dir), *read_errors(run_dir)]
    assert sum(r.usage.requests for r in records) == sent == manifest.usage.requests
    assert manifest.counts.ok + manifest.counts.partial + manifest.counts.errors == 152
    kinds = {e.kind for e in read_errors(run_dir)}
    assert kinds <= {"input", "transport", "validation"}
    assert any(b.attempts > 1 for b in read_briefings(run_dir))  # retried, then succeeded


async def test_a_refusing_endpoint_stops_the_run_and_a_rerun_finishes_it(archive, tmp_path):
    path, ids = archive(30)
    run_dir = tmp_path / "run"
    async with FakeOpenAIServer(latency=0.05) as srv:
        srv.enqueue_error(401)
        _, stopped = await run(options(path, run_dir, concurrency=4), openai_backend(srv))
        assert stopped.status == "stopped"
        assert "API key" in (stopped.stop_reason or "")
        done = record_ids(run_dir)
        assert len(done) < 30  # the run did not go on through the archive
        _, finished = await run(options(path, run_dir, concurrency=4), openai_backend(srv))
    assert finished.status == "finished"
    assert finished.stop_reason is None
    counts = record_ids(run_dir)
    assert set(counts) == set(ids)
    assert set(counts.values()) == {1}


async def test_a_sustained_error_rate_pauses_then_stops(archive, tmp_path):
    path, _ = archive(60)
    run_dir = tmp_path / "run"
    limits = EngineLimits(max_error_rate=0.5, error_window=5, error_pause_s=0.2)
    async with FakeOpenAIServer(faults={"invalid": 1.0}) as srv:
        _, manifest = await run(
            options(path, run_dir, concurrency=2, limits=limits), openai_backend(srv, max_reasks=0)
        )
    assert manifest.status == "stopped"
    assert "error rate stayed too high after a pause" in (manifest.stop_reason or "")
    assert "100% of the last 5 articles failed" in (manifest.stop_reason or "")
    written = record_ids(run_dir)
    assert 10 <= len(written) <= 12  # one window, a pause, a second window (+ in flight)
    assert set(written.values()) == {1}
