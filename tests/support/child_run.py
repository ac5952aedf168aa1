"""`briefing` as a child process, the way a shell or a service manager starts it: for
the tests that signal or kill a run while it works."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["start_briefing", "wait_for_first_record"]

BRIEFING = Path(sys.executable).parent / "briefing"


def start_briefing(
    *args: object,
    env: dict[str, str] | None = None,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.Popen[bytes]:
    """`briefing ARGS` started with stderr piped (what it tells the user), stdout
    dropped and Python unbuffered; `env` adds to this process's environment."""
    return subprocess.Popen(
        [str(BRIEFING), *map(str, args)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env={**os.environ, **(env or {}), "PYTHONUNBUFFERED": "1"},
        preexec_fn=preexec_fn,
    )


def wait_for_first_record(
    process: subprocess.Popen[bytes], run_dir: Path, poll_s: float = 0.1
) -> bool:
    """Wait until the run has committed a record to `briefings.jsonl`, or has ended;
    whether it is still running then."""
    briefings = run_dir / "briefings.jsonl"
    while process.poll() is None and not (briefings.exists() and briefings.stat().st_size > 0):
        time.sleep(poll_s)
    return process.poll() is None
