"""A folder of 1,000 text files, `briefing run` killed with SIGKILL twice, then rerun.

Ids are the files' relative paths and the folder is staged the same way every time, so
every file ends up briefed exactly once, whatever moment the kills land on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_briefings, read_errors, read_manifest

REPO = Path(__file__).resolve().parents[2]
RUN = "from newsbrief.cli import main; main()"
FILES = 1000


@pytest.fixture
def slow_server():  # type: ignore[no-untyped-def]
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_openai", "--port", "0", "--latency", "0.05"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    yield process.stdout.readline().strip()
    process.send_signal(signal.SIGTERM)
    process.wait(10)


def write_folder(root: Path) -> list[str]:
    ids = []
    for number in range(FILES):
        relative = Path(f"desk-{number % 7}") / f"story-{number:04d}.txt"
        (root / relative.parent).mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(
            f"Harbour report {number}\n\nThe port authority of Sihanoukville said on 3 March "
            f'2024 that cargo volumes rose by {number % 40} per cent. "We expect more ships," '
            f"director Chea Sokha said after meeting {number}.\n",
            encoding="utf-8",
        )
        ids.append(relative.as_posix())
    return ids


def lines(path: Path) -> int:
    """Committed records, counted cheaply while the run writes (parsing would slow it)."""
    return path.read_bytes().count(b"\n") if path.exists() else 0


def briefed(run_dir: Path) -> Counter[str]:
    keys: Counter[str] = Counter(r.id for r in read_briefings(run_dir))
    keys.update(e.id or f"line:{e.line}" for e in read_errors(run_dir))
    return keys


@pytest.mark.slow
def test_a_folder_of_1000_files_resumed_after_kill_9_briefs_each_once(slow_server, tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    ids = write_folder(folder)
    env = {**os.environ, "OPENAI_BASE_URL": slow_server, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-c", RUN, "run", str(folder), "--model", "openai:test-model",
               "--out", str(tmp_path / "runs"), "--concurrency", "16", "--quiet"]  # fmt: skip
    progress = []
    for _ in range(2):
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        runs = tmp_path / "runs"
        before = progress[-1] if progress else 0
        while time.monotonic() < deadline and process.poll() is None:
            dirs = list(runs.iterdir()) if runs.exists() else []
            if dirs and lines(dirs[0] / "briefings.jsonl") >= before + 150:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run ended before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.wait()
        (run_dir,) = list(runs.iterdir())
        progress.append(sum(briefed(run_dir).values()))
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    print("records after each kill:", progress)
    assert progress[0] < progress[1] < FILES
    counts = briefed(run_dir)
    assert sorted(counts) == sorted(ids)
    assert [key for key, n in counts.items() if n != 1] == []
    manifest = read_manifest(run_dir)
    assert manifest.status == "finished"
    assert (manifest.counts.ok, manifest.counts.errors) == (FILES, 0)
    assert manifest.counts.skipped >= progress[1]  # the last session skipped what was done
    assert manifest.input_source == str(folder)
