"""SIGTERM stops a run within seconds even while a hostile article is being briefed.

The run's text work on a long article happens in a thread. Joined at shutdown (as
`asyncio.to_thread`'s executor is), that thread made a stopped run wait for the whole
article: 6 minutes for a 500k-character one before the checks were linear. Here the
article is large enough to take minutes of CPU, and the run must end `stopped`, exit 143,
long before it could have finished.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from newsbrief.run.rundir import read_briefings, read_manifest
from tests.support.child_run import start_briefing

pytestmark = pytest.mark.slow

PARA = (
    "The foreign minister of Norway, Anne Dahl, met officials in Oslo on 3 March 2024 to "
    'discuss fisheries. "We agreed on quotas for the next season," Dahl said after the '
    "talks. The European Union welcomed the deal. "
)
HOSTILE_CHARS = 40_000_000  # minutes of rule work at 4 s of CPU per MB
STOP_WITHIN_S = 60  # a liveness bound far below that, not a performance figure


def test_sigterm_during_a_hostile_article_ends_stopped_without_waiting_for_it(tmp_path: Path):
    path = tmp_path / "in.jsonl"
    small = [json.dumps({"id": f"s{n}", "title": "Talks", "text": PARA * 2}) for n in range(3)]
    huge = json.dumps({"id": "huge", "title": "Talks", "text": PARA * (HOSTILE_CHARS // len(PARA))})
    path.write_text("\n".join([*small, huge]) + "\n", encoding="utf-8")
    run_dir = tmp_path / "run"
    process = start_briefing(
        "run", path, "--run-dir", run_dir, "--quiet", "--no-cache", "--max-text-chars", "0"
    )
    try:
        _stop_and_check(process, run_dir)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _stop_and_check(process: subprocess.Popen[bytes], run_dir: Path) -> None:
    briefings = run_dir / "briefings.jsonl"
    # the small articles are committed while the huge one (read after them) is in hand
    while process.poll() is None and len(_ids(briefings)) < 3:
        time.sleep(0.1)
    time.sleep(1.0)  # let the reader hand the huge article to the backend
    assert process.poll() is None, process.stderr.read() if process.stderr else ""
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=STOP_WITHIN_S)
    waited = time.monotonic() - sent
    assert process.returncode == 143, err
    assert b"terminated (SIGTERM)" in err
    manifest = read_manifest(run_dir)
    assert (manifest.status, manifest.stop_reason) == ("stopped", "terminated by SIGTERM")
    assert "huge" not in _ids(briefings)  # not done: the rerun briefs it
    assert waited < STOP_WITHIN_S


def _ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {record.id for record in read_briefings(path.parent)}
