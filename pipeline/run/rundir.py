"""Run directory I/O: manifest.json, briefings.jsonl, errors.jsonl.

Evals, reports and resume read only these files. Writes go through one writer so
lines never interleave.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from newsbrief.errors import RunDirError, storage_error
from newsbrief.redact import redact
from newsbrief.schemas import BriefingRecord, ErrorRecord, Manifest

__all__ = [
    "BRIEFINGS",
    "ERRORS",
    "MANIFEST",
    "RecordWriter",
    "read_briefings",
    "read_errors",
    "read_manifest",
    "write_manifest",
]

MANIFEST = "manifest.json"
BRIEFINGS = "briefings.jsonl"
ERRORS = "errors.jsonl"


def write_manifest(run_dir: Path, manifest: Manifest) -> None:
    """Atomic replace, so a crash never leaves a half-written manifest."""
    tmp = run_dir / (MANIFEST + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(redact(manifest.model_dump_json(indent=2)))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, run_dir / MANIFEST)
    except OSError as exc:
        raise storage_error(exc, "the run manifest") from exc


def read_manifest(run_dir: Path) -> Manifest:
    """The manifest, or a `RunDirError` naming the file and what to do."""
    path = run_dir / MANIFEST
    if not path.exists():
        raise RunDirError(
            f"{run_dir} is not a run directory (no {MANIFEST}); run `briefing run` first"
        )
    damaged = (
        f"; it is damaged: restore it, or move {path} away and rerun `briefing run` "
        "into a new --run-dir"
    )
    try:
        return Manifest.model_validate_json(path.read_bytes().decode("utf-8"))
    except IsADirectoryError as exc:
        raise RunDirError(f"{path} is a folder, not a manifest file{damaged}") from exc
    except OSError as exc:
        raise storage_error(exc, "the run manifest") from exc
    except UnicodeDecodeError as exc:
        raise RunDirError(f"{path}: not UTF-8 text (byte {exc.start}){damaged}") from exc
    except ValidationError as exc:
        raise RunDirError(f"{path}: invalid manifest: {exc.errors()[0]['msg']}{damaged}") from exc


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    if not path.exists():
        return
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except ValueError:  # bad JSON or bad UTF-8
                continue  # a torn last line from a crash; resume repairs it


def _invalid(path: Path, number: int, exc: ValidationError) -> RunDirError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "record"
    return RunDirError(
        f"{path}:{number}: not a valid record ({where}: {first['msg']}); the file was "
        "edited or written by another program: fix or delete that line"
    )


def read_briefings(run_dir: Path) -> Iterator[BriefingRecord]:
    path = run_dir / BRIEFINGS
    for number, obj in _iter_jsonl(path):
        try:
            yield BriefingRecord.model_validate(obj)
        except ValidationError as exc:
            raise _invalid(path, number, exc) from exc


def read_errors(run_dir: Path) -> Iterator[ErrorRecord]:
    path = run_dir / ERRORS
    for number, obj in _iter_jsonl(path):
        try:
            yield ErrorRecord.model_validate(obj)
        except ValidationError as exc:
            raise _invalid(path, number, exc) from exc


class RecordWriter:
    """The single owner of briefings.jsonl / errors.jsonl, with group commits.

    fsync costs about a millisecond, so syncing every line would cap a run near 1,000
    lines/s and wear disks for nothing. Lines are appended to buffered files and made
    durable together every `commit_lines` lines or `commit_seconds` seconds; after a
    crash, at most the uncommitted tail is lost (resume redoes those articles) and a
    torn last line is repaired by `newsbrief.run.resume.repair_tail`.
    `on_commit` runs after each durable commit (the engine checkpoints the manifest).
    """

    def __init__(
        self,
        run_dir: Path,
        *,
        commit_lines: int = 500,
        commit_seconds: float = 2.0,
        on_commit: Callable[[], None] | None = None,
    ) -> None:
        try:
            run_dir.mkdir(parents=True, exist_ok=True)
            self._briefings = (run_dir / BRIEFINGS).open("a", encoding="utf-8")
            self._errors = (run_dir / ERRORS).open("a", encoding="utf-8")
        except OSError as exc:
            raise storage_error(exc, "the run directory") from exc
        self.commit_lines = commit_lines
        self.commit_seconds = commit_seconds
        self.on_commit = on_commit
        self.uncommitted = 0
        self.commits = 0
        self._last_commit = time.monotonic()

    def write(self, record: BriefingRecord | ErrorRecord) -> None:
        handle = self._briefings if isinstance(record, BriefingRecord) else self._errors
        try:
            handle.write(redact(record.model_dump_json(exclude_none=False)) + "\n")
        except OSError as exc:
            raise storage_error(exc, "a run record file") from exc
        self.uncommitted += 1
        if self.uncommitted >= self.commit_lines:
            self.commit()

    def commit_if_due(self) -> None:
        """Commit when lines are waiting and the time limit has passed (called by a ticker)."""
        if self.uncommitted and time.monotonic() - self._last_commit >= self.commit_seconds:
            self.commit()

    def commit(self) -> None:
        self.flush()
        self.uncommitted = 0
        self.commits += 1
        self._last_commit = time.monotonic()
        if self.on_commit is not None:
            self.on_commit()

    def flush(self) -> None:
        for handle in (self._briefings, self._errors):
            try:
                handle.flush()
                os.fsync(handle.fileno())
            except OSError as exc:
                raise storage_error(exc, handle.name) from exc

    def close(self) -> None:
        """Commit and close; the files are closed even when the commit fails."""
        if not self._briefings.closed:
            try:
                self.commit()
            finally:
                for handle in (self._briefings, self._errors):
                    with contextlib.suppress(OSError):  # the commit already said why
                        handle.close()
