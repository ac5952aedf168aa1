"""Planning rounds: round 0 from the archive, later rounds from what failed.

Round 0 is the export of the archive (`batch_export`), estimated and checked against
`--max-cost` before the ledger exists, so a refused run has sent nothing; round N+1 holds the requests of round N that
came back failed or unanswered, copied byte for byte from their original request
files, split to the same per-file limits. Planning is deterministic, so a process
killed while planning plans the same files again.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from newsbrief.prompting.spec import PromptSpec
from newsbrief.run.batch.collect import Collector
from newsbrief.run.batch.estimate import CostEstimate, check_max_cost, estimate_requests
from newsbrief.run.batch.ledger import Job, Ledger
from newsbrief.run.batch.options import BatchRunOptions
from newsbrief.run.batch_export import BatchLimits, export_requests
from newsbrief.run.cost import PriceTable

__all__ = ["plan_first_round", "plan_round"]


def plan_first_round(
    options: BatchRunOptions, prompt: PromptSpec, folder: Path, endpoint: str, prices: PriceTable
) -> tuple[CostEstimate, Ledger]:
    """Export the archive into request files, estimate, guard, and make the ledger."""
    o = options
    summary = export_requests(
        o.input, folder, o.model, prompt, fields=o.fields, limit=o.limit, limits=o.limits
    )
    estimate = estimate_requests(summary.files, o.model, prices)
    o.report(f"estimate: {estimate.describe()}")
    check_max_cost(estimate, o.max_cost, o.model)
    jobs = [
        Job(name=f"r0-{n:05d}", round=0, file=path.name, requests=_count_lines(path))
        for n, path in enumerate(summary.files, start=1)
    ]
    ledger = Ledger(
        endpoint=endpoint, model=o.model, input=str(o.input), created_unix=time.time(), jobs=jobs
    )
    return estimate, ledger


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


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
