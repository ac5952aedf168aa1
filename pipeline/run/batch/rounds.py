"""Resubmission rounds: requests that failed or expired go out again in a new batch.

Round 0 is the export of the archive; round N+1 holds the requests of round N that
came back failed or unanswered, copied byte for byte from their original request
files, split to the same per-file limits. Planning is deterministic, so a process
killed while planning plans the same files again.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.run.batch.collect import Collector
from newsbrief.run.batch.ledger import Job
from newsbrief.run.batch_export import BatchLimits

__all__ = ["plan_round"]


def plan_round(
    collector: Collector, jobs: list[Job], number: int, limits: BatchLimits
) -> list[Job]:
    """Write the request files of round `number` from the failures of `jobs`."""
    folder = collector.folder
    planned: list[Job] = []
    lines: list[bytes] = []
    size = 0

    def flush() -> None:
        nonlocal size
        if not lines:
            return
        name = f"r{number}-{len(planned) + 1:05d}"
        (folder / f"{name}.jsonl").write_bytes(b"".join(lines))
        planned.append(Job(name=name, round=number, file=f"{name}.jsonl", requests=len(lines)))
        lines.clear()
        size = 0

    for job in jobs:
        wanted = {custom for _, custom, _ in collector.failures([job])}
        if not wanted:
            continue
        for line in _raw_lines(folder / job.file):
            if _custom_id(line) in wanted:
                if len(lines) >= limits.max_requests or size + len(line) > limits.max_bytes:
                    flush()
                lines.append(line)
                size += len(line)
    flush()
    return planned


def _raw_lines(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().splitlines(keepends=True) if line.strip()]


def _custom_id(line: bytes) -> str:
    return str(json.loads(line)["custom_id"])
