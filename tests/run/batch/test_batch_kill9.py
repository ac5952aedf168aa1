"""kill -9 while submitting or waiting: the rerun never submits a second time.

`briefing batch run` runs as a real subprocess; the fake Batch API runs in the test
process, so the test sees each upload and create as it arrives. The kills land after
the provider made an object but before the client heard about it (the server holds
its answer), and between submit and collect (the batch held in_progress).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsbrief.run.batch.ledger import read_ledger
from newsbrief.run.rundir import read_manifest
from tests.run.engine_helpers import record_ids
from tests.support.fake_batch import BatchScript, FakeBatchServer

REPO = Path(__file__).resolve().parents[3]
RUN = "from newsbrief.cli import main; main()"


def command(archive: Path, run_dir: Path) -> list[str]:
    return [
        sys.executable,
        "-c",
        RUN,
        "batch",
        "run",
        str(archive),
        "--model",
        "openai:gpt-4o-mini",
        "--run-dir",
        str(run_dir),
        "--max-requests",
        "4",
        "--poll-interval",
        "0.02",
        "--poll-max",
        "0.05",
    ]


def wait_until(check: Callable[[], bool], process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert process.poll() is None, "the run ended before the moment to kill it"
        assert time.monotonic() < deadline, "the moment to kill never came"
        time.sleep(0.02)


def submitted(run_dir: Path) -> bool:
    ledger = read_ledger(run_dir) if (run_dir / "batch" / "ledger.json").exists() else None
    return ledger is not None and all(job.state == "submitted" for job in ledger.jobs)


@pytest.mark.parametrize(
    "moment",
    [pytest.param("after upload", marks=pytest.mark.slow), "after create", "before collect"],
)
def test_kill_9_then_rerun_submits_each_file_once(moment, archive, tmp_path, monkeypatch):
    path, ids = archive(8)  # two request files of four
    run_dir = tmp_path / "run"
    with FakeBatchServer(scripts=[BatchScript(hold=True), BatchScript(hold=True)]) as server:
        env = {**os.environ, "OPENAI_BASE_URL": server.base_url, "PYTHONPATH": str(REPO)}
        checks = {
            "after upload": lambda: server.uploads >= 1,
            "after create": lambda: server.creates >= 1,
            "before collect": lambda: submitted(run_dir),
        }
        server.upload_delay = 30.0 if moment == "after upload" else 0.0
        server.create_delay = 30.0 if moment == "after create" else 0.0
        process = subprocess.Popen(
            command(path, run_dir),
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until(checks[moment], process)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
        server.upload_delay = server.create_delay = 0.0
        server.release()
        done = subprocess.run(
            command(path, run_dir), cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert (server.uploads, server.creates) == (2, 2)  # one per request file, ever
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert read_manifest(run_dir).status == "finished"
    assert len({job.batch_id for job in read_ledger(run_dir).jobs}) == 2
