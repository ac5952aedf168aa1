"""Run directory I/O: every file name of a run directory and every read and write of one.

A run directory holds manifest.json, briefings.jsonl and errors.jsonl (what evals,
reports and notes read), plus the files resume keeps beside them: errors.retried.jsonl
(errors set aside by --retry-errors), superseded.jsonl (records no input line has any
more) and .lock. Their names and their low-level handling live here only, so the engine,
resume and the evals harness cannot disagree about them. Writes go through one writer so
lines never interleave; a torn last line (a crash mid-write) is cut off by `repair_tail`.

This module imports only the schemas and the errors, never a backend, the step or an
engine: the evals harness reads runs through it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TypeVar

from pydantic import ValidationError

from newsbrief.errors import RunDirError, storage_error
from newsbrief.inputs.jsonl import BadLine, DamagedFileError, load_json_file, read_json_lines
from newsbrief.inputs.jsonl import raw_lines as guarded_raw_lines
from newsbrief.inputs.lines import Oversize, printable
from newsbrief.redact import redact
from newsbrief.schemas import BriefingRecord, ErrorRecord, Manifest

_Record = TypeVar("_Record", BriefingRecord, ErrorRecord)

__all__ = [
    "BRIEFINGS",
    "ERRORS",
    "LOCK",
    "MANIFEST",
    "RETRIED_ERRORS",
    "SUPERSEDED",
    "RecordWriter",
    "lock_run_dir",
    "raw_lines",
    "read_briefings",
    "read_errors",
    "read_manifest",
    "repair_tail",
    "set_errors_aside",
    "write_manifest",
]

MANIFEST = "manifest.json"
BRIEFINGS = "briefings.jsonl"
ERRORS = "errors.jsonl"
RETRIED_ERRORS = "errors.retried.jsonl"
SUPERSEDED = "superseded.jsonl"
LOCK = ".lock"
_TAIL_BLOCK = 1 << 16


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
            f"{run_dir} is not a run directory (no {MANIFEST}); pass the folder that "
            "`briefing run` printed, or run `briefing run` first"
        )
    damaged = (
        f"; it is damaged: restore it, or move {path} away and rerun `briefing run` "
        "into a new --run-dir"
    )
    if path.is_dir():
        raise RunDirError(f"{path} is a folder, not a manifest file{damaged}")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise storage_error(exc, "the run manifest") from exc
    data = load_json_file(path)
    if isinstance(data, BadLine):
        raise RunDirError(f"{data}{damaged}")
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        first = printable(str(exc.errors()[0]["msg"]), 200)
        raise RunDirError(f"{path}: invalid manifest: {first}{damaged}") from exc


def raw_lines(path: Path) -> Iterator[bytes | Oversize]:
    """Every line of a record file as bytes (resume scans gigabytes: no decoding); a
    line over the record limit is an `Oversize`, never held whole."""
    if path.exists():
        with path.open("rb", buffering=1 << 20) as handle:
            yield from guarded_raw_lines(handle)


_FIX_LINE = "the file was edited or written by another program: fix or delete that line"


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """The records of a run file; a torn last line (a crash mid-write, which resume
    cuts off) is left out, any other damaged line stops with its file and number."""
    for number, obj in read_json_lines(path):
        if isinstance(obj, BadLine):
            if obj.torn:
                continue
            raise DamagedFileError(obj, _FIX_LINE)
        yield number, obj


def _invalid(path: Path, number: int, exc: ValidationError) -> RunDirError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "record"
    return RunDirError(
        f"{path}:{number}: not a valid record ({where}: {printable(str(first['msg']), 200)}); "
        + _FIX_LINE
    )


def read_briefings(run_dir: Path) -> Iterator[BriefingRecord]:
    return _read_records(run_dir / BRIEFINGS, BriefingRecord)


def read_errors(run_dir: Path) -> Iterator[ErrorRecord]:
    return _read_records(run_dir / ERRORS, ErrorRecord)


def _read_records(path: Path, model: type[_Record]) -> Iterator[_Record]:
    """Each line of `path` as `model`; a line that is not one stops with its number."""
    for number, obj in _iter_jsonl(path):
        try:
            yield model.model_validate(obj)
        except ValidationError as exc:
            raise _invalid(path, number, exc) from exc


def repair_tail(path: Path) -> int:
    """Truncate a torn last line (no trailing newline); returns the bytes removed."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as handle:
        position = size
        while position > 0:
            start = max(0, position - _TAIL_BLOCK)
            handle.seek(start)
            block = handle.read(position - start)
            if position == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                break
            position = start
        else:
            keep = 0
        handle.truncate(keep)
        handle.flush()
        os.fsync(handle.fileno())
    return size - keep


def set_errors_aside(run_dir: Path) -> int:
    """--retry-errors: move errors.jsonl to errors.retried.jsonl; returns the lines moved.

    Moved errors count as not done, so each is retried exactly once and can never sit
    next to its new briefing. The old file is kept for reference (replaced each time).
    """
    errors = run_dir / ERRORS
    if not errors.exists():
        return 0
    count = sum(1 for line in raw_lines(errors) if isinstance(line, Oversize) or line.strip())
    os.replace(errors, run_dir / RETRIED_ERRORS)
    errors.touch()
    return count


def lock_run_dir(run_dir: Path) -> IO[bytes]:
    """An exclusive lock on the run directory, held until the handle is closed (the OS
    drops it if the process dies), so two runs can never append to the same files."""
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
        handle = (run_dir / LOCK).open("wb")
    except OSError as exc:
        raise storage_error(exc, "the run directory (--run-dir / --out)") from exc
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RunDirError(
            f"another briefing process is writing {run_dir}; wait for it to "
            "finish or stop it, then rerun"
        ) from None
    return handle


class RecordWriter:
    """The single owner of briefings.jsonl / errors.jsonl, with group commits.

    fsync costs about a millisecond, so syncing every line would cap a run near 1,000
    lines/s and wear disks for nothing. Lines are appended to buffered files and made
    durable together every `commit_lines` lines or `commit_seconds` seconds; after a
    crash, at most the uncommitted tail is lost (resume redoes those articles) and a
    torn last line is repaired by `repair_tail`.
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
