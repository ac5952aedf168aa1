"""Getting each job's batch to the provider exactly once, and keeping its view current.

The order of writes is the whole point: the ledger records the intent (`uploading`,
`creating`) before each call that creates something and the result after it. A job
found in an intent state was interrupted mid-call, so the provider is searched first
(`find_file` by the run-unique file name, `find_batch` by metadata or input file) and
only then is the call made again. `cancel_all` applies `briefing batch cancel`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openai.types import Batch

from newsbrief.run.batch.ledger import Job, Ledger
from newsbrief.run.batch.provider import BatchProvider

__all__ = ["UNSENT", "Submitter"]

UNSENT = ("planned", "uploading", "uploaded", "creating")


class Submitter:
    def __init__(
        self, provider: BatchProvider, ledger: Ledger, folder: Path, save: Callable[[], None]
    ) -> None:
        self.provider, self.ledger, self.folder, self.save = provider, ledger, folder, save
        self._changed = False

    def changed(self) -> bool:
        """Whether any batch changed since the last call (for the poll backoff)."""
        changed, self._changed = self._changed, False
        return changed

    def submit_all(self) -> None:
        if self.ledger.cancelled_at:
            return
        for job in self.ledger.jobs:
            if job.state in UNSENT:
                self.submit(job)

    def submit(self, job: Job) -> None:
        """Upload and create, writing the intent down first (see the module doc)."""
        since, path = self.ledger.created_unix, self.folder / job.file
        filename = f"{self.ledger.key}-{job.file}"
        if job.state == "uploading":
            job.input_file_id = self.provider.find_file(filename, path.stat().st_size, since)
            if job.input_file_id:
                job.state = "uploaded"
        if job.state in ("planned", "uploading"):
            job.state = "uploading"
            self.save()
            job.input_file_id = self.provider.upload(path, filename)
            job.state = "uploaded"
            self.save()
        if job.state == "creating" and self._find(job):
            return
        assert job.input_file_id is not None
        job.state = "creating"
        self.save()
        self.adopt(job, self.provider.create(job.input_file_id, self.ledger.batch_label(job)))

    def _find(self, job: Job) -> bool:
        """Adopt the batch an interrupted create may have made; False when there is none."""
        label = self.ledger.batch_label(job)
        found = self.provider.find_batch(label, job.input_file_id, self.ledger.created_unix)
        if found is not None:
            self.adopt(job, found)
        return found is not None

    def adopt(self, job: Job, batch: Batch) -> bool:
        """Take the provider's view of `job`'s batch; True when something changed."""
        before = (job.status, job.completed, job.failed)
        job.state = "submitted"
        job.batch_id, job.status = batch.id, batch.status
        if batch.request_counts is not None:
            job.completed, job.failed = batch.request_counts.completed, batch.request_counts.failed
        job.output_file_id, job.error_file_id = batch.output_file_id, batch.error_file_id
        if batch.errors and batch.errors.data:
            job.error = "; ".join(str(e.message) for e in batch.errors.data if e.message)
        self.save()
        changed = before != (job.status, job.completed, job.failed)
        self._changed = self._changed or changed
        return changed

    def refresh(self, job: Job) -> bool:
        """Poll one batch in flight."""
        assert job.batch_id is not None
        return self.adopt(job, self.provider.retrieve(job.batch_id))

    def cancel_all(self, at: str) -> None:
        """Cancel what is in flight; jobs never sent end as cancelled without a batch."""
        self.ledger.cancelled_at = at
        for job in self.ledger.jobs:
            if job.state == "creating":  # made before the cancel was seen?
                self._find(job)
            if job.in_flight and job.batch_id and job.status not in ("cancelling", "cancelled"):
                self.adopt(job, self.provider.cancel(job.batch_id))
            elif job.state in UNSENT:
                job.state, job.status = "submitted", "cancelled"
        self.save()
