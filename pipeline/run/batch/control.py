"""`briefing batch status` and `briefing batch cancel`: a run's batches from outside.

Both work on the run directory alone (the ledger knows the endpoint's batches). Cancel
may run while `briefing batch run` polls: it never writes the ledger the poller owns
when the run directory is locked; it cancels at the provider and leaves `cancel.json`,
which the poller (or the next `batch run`) honours: nothing more is submitted or
resubmitted, finished results are collected, the rest recorded as errors.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsbrief.errors import RunDirError
from newsbrief.run.batch.ledger import (
    BATCH_DIR,
    CANCEL_MARK,
    Ledger,
    read_ledger,
    write_atomic,
    write_ledger,
)
from newsbrief.run.batch.provider import BatchProvider, ProviderUnavailable
from newsbrief.run.rundir import lock_run_dir
from newsbrief.schemas import Manifest
from newsbrief.schemas.records import utc_now

__all__ = ["batch_status", "cancel_batches", "ledger_of", "progress_line"]


def ledger_of(run_dir: Path) -> Ledger:
    ledger = read_ledger(run_dir)
    if ledger is None:
        raise RunDirError(
            f"{run_dir} has no batches ({BATCH_DIR}/ledger.json); start one with "
            "`briefing batch run INPUT --model openai:MODEL`"
        )
    return ledger


def cancel_batches(run_dir: Path, provider: BatchProvider | None = None) -> list[str]:
    """Cancel every batch in flight; returns their ids. Recorded in `cancel.json`."""
    ledger = ledger_of(run_dir)
    provider = provider or BatchProvider()
    in_flight = [job for job in ledger.jobs if job.in_flight and job.batch_id]
    at, ids = utc_now(), [str(job.batch_id) for job in in_flight]
    mark = {"at": at, "batches": ids}
    write_atomic(run_dir / BATCH_DIR / CANCEL_MARK, json.dumps(mark, indent=2).encode())
    views = {}
    try:
        for job in in_flight:
            assert job.batch_id is not None
            views[job.name] = provider.cancel(job.batch_id)
    except ProviderUnavailable as exc:
        raise RunDirError(
            f"could not reach the Batch API to cancel ({exc}); cancel.json is written, so "
            "`briefing batch run` submits nothing more. Run `briefing batch cancel` again"
        ) from exc
    finally:
        provider.close()
    try:
        lock = lock_run_dir(run_dir)
    except RunDirError:
        return ids  # the running poller records the cancel
    try:
        ledger = ledger_of(run_dir)
        ledger.cancelled_at = at
        for job in ledger.jobs:
            if job.name in views:
                job.status = views[job.name].status
        write_ledger(run_dir, ledger)
    finally:
        lock.close()
    return ids


def batch_status(run_dir: Path, provider: BatchProvider | None = None) -> Iterator[str]:
    """One line per job: round, requests, provider state, counts and batch id."""
    ledger = ledger_of(run_dir)
    provider = provider or BatchProvider()
    try:
        yield (
            f"{len(ledger.jobs)} job(s) at {ledger.endpoint} for {ledger.model}"
            + (f"; cancelled at {ledger.cancelled_at}" if ledger.cancelled_at else "")
            + ("; finished" if ledger.finished else "")
        )
        for job in ledger.jobs:
            status, completed, failed = job.status or job.state, job.completed, job.failed
            if job.in_flight and job.batch_id:
                batch = provider.retrieve(job.batch_id)
                status = batch.status
                if batch.request_counts is not None:
                    completed = batch.request_counts.completed
                    failed = batch.request_counts.failed
            collected = " collected" if job.state == "collected" else ""
            yield (
                f"{job.name}: {job.requests} requests, {status}{collected}, "
                f"{completed} completed, {failed} failed, batch {job.batch_id or '-'}"
            )
    finally:
        provider.close()


def progress_line(ledger: Ledger, manifest: Manifest) -> str:
    """batches by state, requests completed/failed, records and cost so far."""
    states = Counter(
        (job.status or job.state) if job.state != "collected" else "collected"
        for job in ledger.jobs
    )
    total = sum(job.requests for job in ledger.jobs if job.round == 0)
    done = sum(job.completed for job in ledger.jobs)
    failed = sum(job.failed for job in ledger.jobs)
    by_state = ", ".join(f"{n} {state}" for state, n in sorted(states.items())) or "none"
    return (
        f"batches: {by_state} | requests: {done} of {total} completed, {failed} failed | "
        f"records: {manifest.counts.ok} ok, {manifest.counts.partial} partial, "
        f"{manifest.counts.errors} errors | "
        f"cost so far ${manifest.usage.cost_usd:.4f}"
    )
