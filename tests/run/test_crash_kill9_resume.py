"""kill -9 at random moments, rerun until done: every input id ends up exactly once.

`briefing run` runs as a real subprocess against a slow fake server in its own process,
so the kills land mid-request, mid-write and mid-commit: torn lines, uncommitted tails
and stale manifests are all repaired by resuming.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import record_ids, write_archive

REPO = Path(__file__).resolve().parents[2]
RUN = "from newsbrief.cli import main; main()"


def run_command(archive: Path, run_dir: Path, *, concurrency: int) -> list[str]:
    """`briefing run` of `archive` against the test model, as a child process runs it."""
    return [
        sys.executable,
        "-c",
        RUN,
        "run",
        str(archive),
        "--model",
        "openai:test-model",
        "--run-dir",
        str(run_dir),
        "--concurrency",
        str(concurrency),
        "--quiet",
    ]


@pytest.fixture
def slow_server():
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_openai", "--port", "0", "--latency", "0.3"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip()
    yield base_url
    process.send_signal(signal.SIGTERM)
    process.wait(10)


def _wait_for_work(run_dir: Path, process: subprocess.Popen, timeout: float = 60) -> bool:
    """Until briefings.jsonl grows (startup time varies with machine load)."""
    briefings = run_dir / "briefings.jsonl"
    start_size = briefings.stat().st_size if briefings.exists() else 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if briefings.exists() and briefings.stat().st_size > start_size:
            return True
        time.sleep(0.05)
    return process.poll() is None


@pytest.mark.slow
def test_kill_9_at_random_moments_then_rerun_yields_every_id_once(slow_server, tmp_path):
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 240, bad_lines=(5, 100))
    run_dir = tmp_path / "run"
    env = {**os.environ, "OPENAI_BASE_URL": slow_server, "PYTHONPATH": str(REPO)}
    command = run_command(archive, run_dir, concurrency=12)
    rng = random.Random(11)
    kills, progress = 0, []
    for _ in range(5):
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if not _wait_for_work(run_dir, process):
            break
        time.sleep(rng.uniform(0.0, 1.5))  # a random moment once records are flowing
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills += 1
        progress.append(sum(record_ids(run_dir).values()) if run_dir.exists() else 0)
    assert kills >= 3, "the run finished before it could be killed; slow the server down"
    assert progress == sorted(progress) and progress[-1] > progress[0], progress
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    print("records after each kill:", progress)
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:5", "line:100"}
    assert [key for key, n in counts.items() if n != 1] == []
    manifest = read_manifest(run_dir)
    assert manifest.status == "finished"
    assert (manifest.counts.ok, manifest.counts.errors) == (240, 2)


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_a_reason_and_the_rerun_finishes(slow_server, tmp_path):
    archive = tmp_path / "archive.jsonl"
    ids = write_archive(archive, 120)
    run_dir = tmp_path / "run"
    env = {**os.environ, "OPENAI_BASE_URL": slow_server, "PYTHONPATH": str(REPO)}
    command = run_command(archive, run_dir, concurrency=8)
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert _wait_for_work(run_dir, process)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "rerun the same command to resume" in err
    manifest = read_manifest(run_dir)
    assert manifest.status == "stopped"
    assert manifest.stop_reason == "interrupted"
    assert 0 < manifest.counts.ok < 120
    assert manifest.counts.ok == len(record_ids(run_dir))  # the checkpoint is exact
    subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=120, check=True)
    counts = record_ids(run_dir)
    assert set(counts) == set(ids)
    assert set(counts.values()) == {1}
