"""Run directory I/O: manifest.json, briefings.jsonl, errors.jsonl.

Evals, reports and resume read only these files. Writes go through one writer so
lines never interleave.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from pipeline.errors import RunDirError
from schemas import BriefingRecord, ErrorRecord, Manifest

MANIFEST = "manifest.json"
BRIEFINGS = "briefings.jsonl"
ERRORS = "errors.jsonl"


def write_manifest(run_dir: Path, manifest: Manifest) -> None:
    """Atomic replace, so a crash never leaves a half-written manifest."""
    tmp = run_dir / (MANIFEST + ".tmp")
    tmp.write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    os.replace(tmp, run_dir / MANIFEST)


def read_manifest(run_dir: Path) -> Manifest:
    path = run_dir / MANIFEST
    if not path.exists():
        raise RunDirError(f"{run_dir} is not a run directory (no {MANIFEST}); run `briefing run` first")
    try:
        return Manifest.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        raise RunDirError(f"{path}: invalid manifest: {exc.errors()[0]['msg']}") from exc


def _iter_jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with path.open("r", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue  # a torn last line from a crash; resume repairs it


def read_briefings(run_dir: Path) -> Iterator[BriefingRecord]:
    for obj in _iter_jsonl(run_dir / BRIEFINGS):
        yield BriefingRecord.model_validate(obj)


def read_errors(run_dir: Path) -> Iterator[ErrorRecord]:
    for obj in _iter_jsonl(run_dir / ERRORS):
        yield ErrorRecord.model_validate(obj)


class RecordWriter:
    """Appends records to briefings.jsonl / errors.jsonl from a single owner."""

    def __init__(self, run_dir: Path) -> None:
        run_dir.mkdir(parents=True, exist_ok=True)
        self._briefings = (run_dir / BRIEFINGS).open("a", encoding="utf-8")
        self._errors = (run_dir / ERRORS).open("a", encoding="utf-8")

    def write(self, record: BriefingRecord | ErrorRecord) -> None:
        handle = self._briefings if isinstance(record, BriefingRecord) else self._errors
        handle.write(record.model_dump_json(exclude_none=False) + "\n")

    def flush(self) -> None:
        for handle in (self._briefings, self._errors):
            handle.flush()
            os.fsync(handle.fileno())

    def close(self) -> None:
        self.flush()
        self._briefings.close()
        self._errors.close()
