"""Gold written in the workspace: one JSONL file per annotator, edited safely.

Two tabs (or two people sharing a name) may save the same article. Every save runs under
an exclusive file lock, re-reads the file, and checks that the record on disk is still
the version the editor loaded (a hash of its line); if not, it refuses with a
`GoldConflict` (HTTP 409) instead of overwriting someone's work. The new file is written
beside the old one, fsynced and swapped in with `os.replace`, so a crash never leaves a
half-written gold file. Every record is validated by `GoldRecord` before it is written.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsbrief.schemas import GoldRecord
from newsbrief.workspace.runs import WorkspaceError

__all__ = ["NEW", "GoldConflict", "GoldStore", "record_version"]

NEW = "new"  # the version of a record that does not exist yet
ANNOTATOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class GoldConflict(Exception):
    """The record changed on disk since the editor loaded it."""


def _line(record: GoldRecord) -> str:
    return json.dumps(record.model_dump(mode="json", exclude_none=True), ensure_ascii=False)


def record_version(line: str | None) -> str:
    """A short hash of a record's JSONL line; `NEW` when there is none."""
    if line is None:
        return NEW
    return hashlib.sha256(line.strip().encode("utf-8")).hexdigest()[:16]


class GoldStore:
    """The gold file of one annotator (`<folder>/<annotator>.jsonl`)."""

    def __init__(self, folder: Path, annotator: str) -> None:
        if not ANNOTATOR.match(annotator):
            raise WorkspaceError(
                f"annotator name {annotator!r} may hold only letters, digits, '.', '_' and '-'"
                " (it names the gold file); pass --annotator NAME"
            )
        self.annotator = annotator
        self.path = folder / f"{annotator}.jsonl"

    def _lines(self) -> dict[str, str]:
        """Article id -> its raw line; unreadable lines are kept under a private key."""
        out: dict[str, str] = {}
        if not self.path.exists():
            return out
        for number, raw in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                key = str(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                key = f"\0line-{number}"  # keep what we cannot read; never drop it
            out[key] = raw
        return out

    def get(self, article_id: str) -> tuple[GoldRecord | None, str]:
        """The saved record of an article and its version (`NEW` when unsaved)."""
        line = self._lines().get(article_id)
        if line is None:
            return None, NEW
        return GoldRecord.model_validate_json(line), record_version(line)

    def ids(self) -> set[str]:
        return {key for key in self._lines() if not key.startswith("\0")}

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / f".{self.path.name}.lock").open("a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def save(self, record: GoldRecord, base_version: str) -> str:
        """Write `record` if the saved one is still `base_version`; return the new version."""
        line = _line(record)
        with self._locked():
            lines = self._lines()
            current = record_version(lines.get(record.id))
            if current != base_version:
                raise GoldConflict(
                    f"article {record.id} was saved elsewhere (another tab or person) after "
                    "you opened it; copy your edits, reload the page and apply them again"
                )
            lines[record.id] = line
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write("".join(value + "\n" for value in lines.values()))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        return record_version(line)
