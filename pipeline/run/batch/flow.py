"""`briefing batch run`: submit, poll, collect, resubmit, until every line has a record.

One command does the whole Batch API job and can be run again at any time: the ledger
(`ledger.py`) says what was already sent, so a rerun (or a run after kill -9) polls the
batches that exist instead of submitting new ones. Each pass of the loop:

1. submits jobs not yet at the provider (upload the request file, create the batch);
2. polls batches in flight, with backoff while nothing changes;
3. collects each batch as soon as it ends (completed, expired, failed, cancelled);
4. settles a finished round: failures go out again in a new round (up to `retries`),
   then are briefed live (`fallback="live"`) or recorded as error records.

`briefing batch cancel` leaves a mark (`cancel.json`) that the loop honours: nothing
more is submitted, finished results are collected and the rest recorded as errors.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openai.types import Batch

from newsbrief.backends import split_model
from newsbrief.errors import BriefingError
from newsbrief.inputs.reader import FieldMap, open_text
from newsbrief.prompting.spec import PromptSpec, load_prompt
from newsbrief.run.batch.collect import Collector
from newsbrief.run.batch.estimate import CostEstimate, check_max_cost, estimate_requests
from newsbrief.run.batch.ledger import (
    BATCH_DIR,
    CANCEL_MARK,
    TERMINAL,
    Job,
    Ledger,
    read_ledger,
    write_ledger,
)
from newsbrief.run.batch.provider import BatchProvider, ProviderUnavailable
from newsbrief.run.batch.rounds import plan_round
from newsbrief.run.batch_export import INPUT_ERRORS, BatchLimits, export_requests
from newsbrief.run.cost import load_prices
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import RunIdentity, Session, open_session, run_dir_name
from newsbrief.schemas import Manifest, Provenance
from newsbrief.schemas.records import utc_now

__all__ = [
    "BatchRunOptions",
    "BatchRunResult",
    "progress_line",
    "resolve_batch_run_dir",
    "run_batch",
]


@dataclass
class BatchRunOptions:
    input: Path
    model: str  # openai:MODEL
    prompt: str = "briefing@v1"
    out: Path = Path("runs")
    run_dir: Path | None = None
    fresh: bool = False
    fields: FieldMap = field(default_factory=FieldMap)
    limit: int | None = None
    prices: Path | None = None
    max_cost: float | None = None
    retries: int = 1  # resubmission rounds for failed or expired requests
    fallback: str = "none"  # "live": brief what is still failing through the live API
    wait: bool = True  # False: submit and return; rerun to poll and collect
    poll_interval: float = 10.0
    poll_max: float = 300.0
    max_unreachable: int = 30  # polls in a row the provider may be unreachable
    limits: BatchLimits = field(default_factory=BatchLimits)
    report: Callable[[str], None] = lambda line: None


@dataclass
class BatchRunResult:
    run_dir: Path
    manifest: Manifest
    ledger: Ledger
    estimate: CostEstimate | None = None
    live_needed: bool = False


def identity_of(model: str) -> RunIdentity:
    return RunIdentity("openai", model, {"batch": True})


def resolve_batch_run_dir(options: BatchRunOptions, prompt: PromptSpec) -> Path:
    """--run-dir, else the same deterministic folder name `briefing run` would use."""
    if options.run_dir is not None:
        return options.run_dir
    name = run_dir_name(options.input, identity_of(options.model), prompt, options.fresh)
    return options.out / name


def run_batch(options: BatchRunOptions, provider: BatchProvider | None = None) -> BatchRunResult:
    """Run or resume the whole Batch API job for `options.input`; see the module doc."""
    if split_model(options.model)[0] != "openai":
        raise BriefingError(f"the Batch API needs an openai:MODEL model, not {options.model!r}")
    prompt = load_prompt(options.prompt)
    open_text(options.input).close()  # a missing input is a user error, before any run dir
    provider = provider or BatchProvider()
    session = open_session(
        resolve_batch_run_dir(options, prompt), options.input, identity_of(options.model), prompt
    )
    try:
        result = _Flow(options, prompt, session, provider).run()
    finally:
        session.close()
    if result.live_needed:
        result = _live_fallback(options, result)
    return result


class _Flow:
    def __init__(
        self,
        options: BatchRunOptions,
        prompt: PromptSpec,
        session: Session,
        provider: BatchProvider,
    ) -> None:
        self.options, self.prompt, self.provider = options, prompt, provider
        self.run_dir, self.manifest = session.run_dir, session.manifest
        self.folder = self.run_dir / BATCH_DIR
        self.folder.mkdir(parents=True, exist_ok=True)
        self.manifest.input_fields = options.fields.as_dict()
        self.writer = RecordWriter(
            self.run_dir, on_commit=lambda: write_manifest(self.run_dir, self.manifest)
        )
        self.collector = Collector(
            folder=self.folder,
            archive=options.input,
            fields=options.fields,
            prompt=prompt,
            model=options.model,
            prices=load_prices(options.prices),
            provenance=Provenance(
                backend="openai",
                model=options.model,
                prompt_id=prompt.id,
                prompt_version=prompt.version,
                prompt_hash=prompt.content_hash,
                schema_hash=prompt.schema_hash,
            ),
            manifest=self.manifest,
            writer=self.writer,
            done=session.state.index,
        )
        self.estimate: CostEstimate | None = None
        self.live_needed = False

    # -- the loop ------------------------------------------------------------------------
    def run(self) -> BatchRunResult:
        elapsed_before, started = self.manifest.elapsed_s, time.perf_counter()
        try:
            self.ledger = read_ledger(self.run_dir) or self._plan()
            if not self.ledger.input_errors_recorded:
                self.collector.record_input_errors(self.folder / INPUT_ERRORS)
                self.writer.commit()
                self.ledger.input_errors_recorded = True
                self._save()
            self._loop()
        except KeyboardInterrupt:
            self.manifest.status, self.manifest.stop_reason = "stopped", "interrupted"
            raise
        except BaseException as exc:
            self.manifest.status, self.manifest.stop_reason = "stopped", str(exc)[:500]
            raise
        finally:
            self.manifest.finished_at = utc_now()
            self.manifest.elapsed_s = round(elapsed_before + time.perf_counter() - started, 3)
            self.writer.close()
            write_manifest(self.run_dir, self.manifest)
        return BatchRunResult(
            self.run_dir, self.manifest, self.ledger, self.estimate, self.live_needed
        )

    def _loop(self) -> None:
        interval, unreachable, last_line = self.options.poll_interval, 0, ""
        while True:
            try:
                self._apply_cancel()
                self._submit_all()
                if not self.options.wait:
                    self.manifest.status = "stopped"
                    self.manifest.stop_reason = "submitted; rerun the same command to collect"
                    return
                changed = self._poll()
                changed = self._settle() or changed
                unreachable = 0
            except ProviderUnavailable as exc:
                unreachable += 1
                self.options.report(f"provider unreachable ({unreachable}): {exc}")
                if unreachable >= self.options.max_unreachable:
                    raise BriefingError(
                        f"the Batch API at {self.provider.endpoint} was unreachable for "
                        f"{unreachable} polls in a row; the batches keep running there, "
                        "rerun the same command to resume polling"
                    ) from exc
                changed = False
            line = progress_line(self.ledger, self.manifest)
            if line != last_line:
                self.options.report(line)
                last_line = line
            if unreachable == 0 and self._finished():
                return
            time.sleep(interval)
            interval = (
                self.options.poll_interval
                if changed
                else min(interval * 1.5, max(self.options.poll_max, self.options.poll_interval))
            )

    def _finished(self) -> bool:
        if any(job.state != "collected" for job in self.ledger.jobs):
            return False
        if self.live_needed:
            self.manifest.status = "running"
            return True
        if self.ledger.cancelled_at:
            self.manifest.status, self.manifest.stop_reason = "stopped", "cancelled"
        else:
            self.manifest.status, self.manifest.stop_reason = "finished", None
        self.ledger.finished = True
        self._save()
        return True

    # -- planning and submitting ---------------------------------------------------------
    def _plan(self) -> Ledger:
        o = self.options
        summary = export_requests(
            o.input,
            self.folder,
            o.model,
            self.prompt,
            fields=o.fields,
            limit=o.limit,
            limits=o.limits,
        )
        self.estimate = estimate_requests(summary.files, o.model, self.collector.prices)
        o.report(f"estimate: {self.estimate.describe()}")
        check_max_cost(self.estimate, o.max_cost, o.model)
        jobs = [
            Job(name=f"r0-{n:05d}", round=0, file=path.name, requests=_count_lines(path))
            for n, path in enumerate(summary.files, start=1)
        ]
        ledger = Ledger(
            endpoint=self.provider.endpoint,
            model=o.model,
            input=str(o.input),
            created_unix=time.time(),
            jobs=jobs,
        )
        self.ledger = ledger
        self._save()
        return ledger

    def _save(self) -> None:
        write_ledger(self.run_dir, self.ledger)

    def _submit_all(self) -> None:
        if self.ledger.cancelled_at:
            return
        for job in self.ledger.jobs:
            if job.state in ("planned", "uploading", "uploaded", "creating"):
                self._submit(job)

    def _submit(self, job: Job) -> None:
        """Upload and create, writing the intent down first (see `ledger`)."""
        since, path = self.ledger.created_unix, self.folder / job.file
        filename = f"{self.ledger.key}-{job.file}"
        if job.state == "uploading":
            job.input_file_id = self.provider.find_file(filename, path.stat().st_size, since)
            if job.input_file_id:
                job.state = "uploaded"
        if job.state in ("planned", "uploading"):
            job.state = "uploading"
            self._save()
            job.input_file_id = self.provider.upload(path, filename)
            job.state = "uploaded"
            self._save()
        if job.state == "creating":
            found = self.provider.find_batch(self.ledger.batch_label(job), job.input_file_id, since)
            if found is not None:
                self._adopt(job, found)
                return
        assert job.input_file_id is not None
        job.state = "creating"
        self._save()
        self._adopt(job, self.provider.create(job.input_file_id, self.ledger.batch_label(job)))

    def _adopt(self, job: Job, batch: Batch) -> bool:
        """Take the provider's view of `job`'s batch; True when something changed."""
        before = (job.status, job.completed, job.failed)
        job.state = "submitted"
        job.batch_id, job.status = batch.id, batch.status
        if batch.request_counts is not None:
            job.completed, job.failed = batch.request_counts.completed, batch.request_counts.failed
        job.output_file_id, job.error_file_id = batch.output_file_id, batch.error_file_id
        if batch.errors and batch.errors.data:
            job.error = "; ".join(str(e.message) for e in batch.errors.data if e.message)
        self._save()
        return before != (job.status, job.completed, job.failed)

    # -- polling, collecting, settling ---------------------------------------------------
    def _poll(self) -> bool:
        changed = False
        for job in self.ledger.jobs:
            if job.in_flight and job.batch_id:
                changed = self._adopt(job, self.provider.retrieve(job.batch_id)) or changed
            if job.state == "submitted" and (job.status or "") in TERMINAL:
                self._collect(job)
                changed = True
        return changed

    def _collect(self, job: Job) -> None:
        """Download a finished batch's files and record its answers, at once."""
        for file_id, dest in (
            (job.output_file_id, self.collector.output_path(job)),
            (job.error_file_id, self.collector.errors_path(job)),
        ):
            if file_id and not dest.exists():
                self.provider.download(file_id, dest)
        job.pending = self.collector.collect(job)
        job.settled = job.pending == 0
        self.writer.commit()
        job.state = "collected"
        self._save()

    def _settle(self) -> bool:
        """Resend, hand to the live fallback, or record a finished round's failures."""
        number = self.ledger.last_round
        jobs = self.ledger.round_jobs(number)
        if any(job.state != "collected" for job in jobs):
            return False
        open_jobs = [job for job in jobs if not job.settled]
        if not open_jobs:
            return False
        cancelled = self.ledger.cancelled_at is not None
        if not cancelled and number < self.options.retries:
            new = plan_round(self.collector, open_jobs, number + 1, self.options.limits)
            self.ledger.jobs.extend(new)
            for job in open_jobs:
                job.settled = True
            self._save()
            self.options.report(
                f"resubmitting {sum(j.requests for j in new)} failed or expired requests "
                f"(round {number + 1} of {self.options.retries})"
            )
            return True
        if not cancelled and self.options.fallback == "live":
            self.live_needed = True
            return False
        note = (
            "cancelled by `briefing batch cancel`" if cancelled else f"after {number} resubmissions"
        )
        self.collector.settle_as_errors(open_jobs, note)
        self.writer.commit()
        for job in open_jobs:
            job.settled = True
        self._save()
        return True

    def _apply_cancel(self) -> None:
        mark = self.folder / CANCEL_MARK
        if self.ledger.cancelled_at or not mark.exists():
            return
        self.ledger.cancelled_at = json.loads(mark.read_text(encoding="utf-8"))["at"]
        for job in self.ledger.jobs:
            if job.state == "creating":  # created before the cancel was seen?
                found = self.provider.find_batch(
                    self.ledger.batch_label(job), job.input_file_id, self.ledger.created_unix
                )
                if found is not None:
                    self._adopt(job, found)
            if job.in_flight and job.batch_id and job.status not in ("cancelling", "cancelled"):
                self._adopt(job, self.provider.cancel(job.batch_id))
            elif job.state in ("planned", "uploading", "uploaded", "creating"):
                job.state, job.status = "submitted", "cancelled"  # never sent
        self._save()
        self.options.report("cancelled: collecting what the batches finished")


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
        f"records: {manifest.counts.ok} ok, {manifest.counts.errors} errors | "
        f"cost so far ${manifest.usage.cost_usd:.4f}"
    )


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def _live_fallback(options: BatchRunOptions, result: BatchRunResult) -> BatchRunResult:
    """Brief what the batches could not through the live API: the local engine skips
    every article that already has a record, so it briefs exactly the failures."""
    import asyncio

    from newsbrief.run.local import RunOptions, run

    options.report("briefing the remaining failed requests through the live API")
    path, manifest = asyncio.run(
        run(
            RunOptions(
                input=options.input,
                run_dir=result.run_dir,
                model=options.model,
                prompt=options.prompt,
                limit=options.limit,
                fields=options.fields,
                prices=options.prices,
                quiet=True,
            )
        )
    )
    ledger = result.ledger
    ledger.finished = True
    for job in ledger.jobs:
        job.settled = True
    write_ledger(path, ledger)
    return BatchRunResult(path, manifest, ledger, result.estimate, live_needed=False)
