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

from newsbrief.backends import split_model
from newsbrief.errors import BriefingError
from newsbrief.inputs.reader import open_text
from newsbrief.prompting.spec import PromptSpec, load_prompt
from newsbrief.run.batch.collect import Collector
from newsbrief.run.batch.control import progress_line
from newsbrief.run.batch.estimate import CostEstimate
from newsbrief.run.batch.fallback import brief_live
from newsbrief.run.batch.ledger import (
    BATCH_DIR,
    CANCEL_MARK,
    TERMINAL,
    Job,
    Ledger,
    read_ledger,
    write_ledger,
)
from newsbrief.run.batch.options import (
    BatchRunOptions,
    BatchRunResult,
    identity_of,
    resolve_batch_run_dir,
)
from newsbrief.run.batch.plan import plan_first_round, plan_round
from newsbrief.run.batch.provider import BatchProvider, ProviderUnavailable
from newsbrief.run.batch.submit import Submitter
from newsbrief.run.batch_export import INPUT_ERRORS
from newsbrief.run.cost import load_prices
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import Session, open_session
from newsbrief.schemas import Provenance
from newsbrief.schemas.records import utc_now

__all__ = [
    "BatchRunOptions",
    "BatchRunResult",
    "progress_line",
    "resolve_batch_run_dir",
    "run_batch",
]


# Answered requests whose article texts are held at once while collecting.
TEXTS_PER_SCAN = 100_000


def _groups(jobs: list[Job], size: int) -> list[list[Job]]:
    groups: list[list[Job]] = []
    total = size
    for job in jobs:
        if total + job.requests > size and (not groups or groups[-1]):
            groups.append([])
            total = 0
        groups[-1].append(job)
        total += job.requests
    return groups


def run_batch(options: BatchRunOptions, provider: BatchProvider | None = None) -> BatchRunResult:
    """Run or resume the whole Batch API job for `options.input`; see the module doc."""
    if split_model(options.model)[0] != "openai":
        raise BriefingError(f"the Batch API needs an openai:MODEL model, not {options.model!r}")
    prompt = load_prompt(options.prompt)
    open_text(options.input).close()  # a missing input is a user error, before any run dir
    provider = provider or BatchProvider()
    # No settings fingerprint: `--fallback live` deliberately adds live briefings to
    # the directory, and the local engine records its own settings when it does. The
    # sessions list says which session went through the Batch API.
    session = open_session(
        resolve_batch_run_dir(options, prompt),
        options.input,
        identity_of(options.model),
        prompt,
        options={
            "via": "batch",
            "endpoint": provider.endpoint,
            "limit": options.limit,
            "batch_retries": options.retries,
            "fallback": options.fallback,
        },
    )
    try:
        result = _Flow(options, prompt, session, provider).run()
    finally:
        session.close()
    if result.live_needed:
        options.report("briefing the requests still failing through the live API")
        result.manifest = brief_live(
            options.input,
            result.run_dir,
            options.model,
            options.prompt,
            fields=options.fields,
            limit=options.limit,
            prices=options.prices,
            ledger=result.ledger,
        )
        result.live_needed = False
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
            self.submitter = Submitter(self.provider, self.ledger, self.folder, self._save)
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
                self.submitter.submit_all()
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
        self.estimate, self.ledger = plan_first_round(
            self.options, self.prompt, self.folder, self.provider.endpoint, self.collector.prices
        )
        self._save()
        return self.ledger

    def _save(self) -> None:
        write_ledger(self.run_dir, self.ledger)

    # -- polling, collecting, settling ---------------------------------------------------
    def _poll(self) -> bool:
        ended = []
        for job in self.ledger.jobs:
            if job.in_flight and job.batch_id:
                self.submitter.refresh(job)
            if job.state == "submitted" and (job.status or "") in TERMINAL:
                ended.append(job)
        self._collect(ended)
        return bool(ended) or self.submitter.changed()

    def _collect(self, jobs: list[Job]) -> None:
        """Download the files of batches that ended and record their answers, at once.

        Batches that ended together share one read of the archive for grounding texts
        (up to `TEXTS_PER_SCAN` answers at a time, so memory stays bounded)."""
        for job in jobs:
            for file_id, dest in (
                (job.output_file_id, self.collector.output_path(job)),
                (job.error_file_id, self.collector.errors_path(job)),
            ):
                if file_id and not dest.exists():
                    self.provider.download(file_id, dest)
        for group in _groups(jobs, TEXTS_PER_SCAN):
            texts = self.collector.texts(self.collector.answered_ids(group))
            for job in group:
                job.pending = self.collector.collect(job, texts)
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
        self.submitter.cancel_all(json.loads(mark.read_text(encoding="utf-8"))["at"])
        self.options.report("cancelled: collecting what the batches finished")
