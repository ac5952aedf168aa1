"""SIGTERM stops a Ray run like a local one: `stopped`, "terminated by SIGTERM", exit 143.

`ray.init` installs its own SIGTERM handler (`sys.exit(15)`): the run ended `failed`
with no reason and exit 15, and a service manager could not tell a stop from a crash.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import record_ids, write_archive
from tests.support.child_run import start_briefing, wait_for_first_record
from tests.support.fake_openai import FakeOpenAIServer

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def test_sigterm_stops_a_ray_run_like_a_local_one(ray_extra: None, tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    ids = write_archive(archive, 400)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer(latency=0.2) as server:
        process = start_briefing(
            "run", archive, "--engine", "ray", "--workers", "1", "--concurrency", "4",
            "--model", "openai:test-model", "--run-dir", run_dir, "--quiet", "--no-cache",
            env={"OPENAI_BASE_URL": server.base_url},
        )  # fmt: skip
        try:
            running = wait_for_first_record(process, run_dir, poll_s=0.2)
            assert running, process.stderr.read() if process.stderr else ""
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 143, err
    assert b"terminated (SIGTERM)" in err
    manifest = read_manifest(run_dir)
    assert (manifest.status, manifest.stop_reason) == ("stopped", "terminated by SIGTERM")
    done = record_ids(run_dir)
    assert 0 < len(done) < len(ids) and max(done.values()) == 1
