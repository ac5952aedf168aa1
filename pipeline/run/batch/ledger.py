"""The batch ledger: every uploaded file and created batch of a run, in the run directory.

A Batch API run lives for up to a day across processes that may be killed at any
moment, so everything that was sent to the provider is written down in
`batch/ledger.json` (atomic replace + fsync) around each call that creates something:
the intent (`uploading`, `creating`) before the call, the id after it. A process that
dies between the call and the write leaves the intent behind, and the next one looks
the object up at the provider (by file name, by batch metadata or input file id)
instead of creating a second one. So rerunning the command never submits twice.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsbrief.errors import RunDirError
from newsbrief.redact import redact
from newsbrief.schemas.records import utc_now

__all__ = [
    "BATCH_DIR",
    "CANCEL_MARK",
    "LEDGER",
    "TERMINAL",
    "Job",
    "Ledger",
    "read_ledger",
    "write_atomic",
    "write_ledger",
]

BATCH_DIR = "batch"
LEDGER = "ledger.json"
CANCEL_MARK = "cancel.json"
# Provider states after which a batch changes no more.
TERMINAL = frozenset({"completed", "expired", "failed", "cancelled"})

JobState = Literal["planned", "uploading", "uploaded", "creating", "submitted", "collected"]


class Job(BaseModel):
    """One request file and the batch made from it."""

    model_config = ConfigDict(extra="forbid")

    name: str  # r0-00001: round 0 (first submission), file 1
    round: int
    file: str  # request file, relative to batch/
    requests: int
    state: JobState = "planned"
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None  # the provider's status at the last poll
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    error: str | None = None  # why the provider failed the whole batch
    pending: int = 0  # requests that came back failed/unanswered, waiting to be settled
    settled: bool = False  # pending requests resent in a later round or recorded

    @property
    def in_flight(self) -> bool:
        return self.state == "submitted" and (self.status or "") not in TERMINAL

    @property
    def failed_file(self) -> str:
        return f"{self.name}.failed.jsonl"


class Ledger(BaseModel):
    """What the run sent to the provider; `key` tags its batches (metadata)."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
    key: str = Field(default_factory=lambda: secrets.token_hex(6))
    created_at: str = Field(default_factory=utc_now)
    created_unix: float = 0.0
    endpoint: str
    model: str
    input: str
    input_errors_recorded: bool = False
    jobs: list[Job] = Field(default_factory=list)
    cancelled_at: str | None = None
    finished: bool = False

    def round_jobs(self, number: int) -> list[Job]:
        return [job for job in self.jobs if job.round == number]

    @property
    def last_round(self) -> int:
        return max((job.round for job in self.jobs), default=0)

    def batch_label(self, job: Job) -> str:
        """The metadata value that finds this job's batch at the provider after a crash."""
        return f"{self.key}/{job.name}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write-then-rename with fsync: a reader never sees half a file, even after kill -9."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def write_ledger(run_dir: Path, ledger: Ledger) -> None:
    folder = run_dir / BATCH_DIR
    folder.mkdir(parents=True, exist_ok=True)
    # provider error messages end up here, and some echo the request: one redaction
    write_atomic(folder / LEDGER, redact(ledger.model_dump_json(indent=2)).encode("utf-8"))


def read_ledger(run_dir: Path) -> Ledger | None:
    """The run's ledger, or None when nothing was submitted from this directory yet."""
    path = run_dir / BATCH_DIR / LEDGER
    if not path.exists():
        return None
    try:
        return Ledger.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        raise RunDirError(
            f"{path} is damaged ({exc.errors()[0]['msg']}); its batches are listed in the "
            "provider's dashboard. Move the file aside to start the batch run over"
        ) from exc
