"""Gold written in the workspace or imported: one JSONL file per annotator, never lost.

Two tabs (or two people sharing a name) may save the same article. Every save runs under
an exclusive file lock, re-reads the file, and checks that the record on disk is still
the version the editor loaded (a hash of its line); if not, it refuses with a
`GoldConflict` (HTTP 409) instead of overwriting someone's work. The new file is written
beside the old one, fsynced and swapped in with `os.replace`, so a crash (even kill -9)
leaves the old file or the new one, never a half-written one. Every record is validated
by `GoldRecord` before it is written.

The file is handled as its lines: a save or an import changes the lines of the ids it
means to change and copies every other line byte for byte, a damaged line (not JSON,
not a record, invalid UTF-8) and a second line of the same id included. `problems`
names each such line, so the pages show them instead of failing, and nothing is
dropped on the next save. `briefing gold import` writes through `merge` (same lock,
same atomic replace): new ids are added, equal records left alone, and a record that
differs from the one on file is replaced only when asked (`replace=True`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from newsbrief.inputs.jsonl import decode_line
from newsbrief.inputs.lines import LineProblem, printable
from newsbrief.schemas import GoldRecord
from newsbrief.workspace.runs import WorkspaceError

__all__ = ["NEW", "GoldConflict", "GoldLine", "GoldStore", "MergePlan", "record_version"]

NEW = "new"  # the version of a record that does not exist yet
ANNOTATOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class GoldConflict(Exception):
    """The record changed on disk since the editor loaded it."""


def _line(record: GoldRecord) -> bytes:
    data = record.model_dump(mode="json", exclude_none=True)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def record_version(line: bytes | str | None) -> str:
    """A short hash of a record's JSONL line; `NEW` when there is none."""
    if line is None:
        return NEW
    raw = line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line
    return hashlib.sha256(raw.strip()).hexdigest()[:16]


@dataclass(frozen=True)
class GoldLine:
    """One non-blank line of a gold file as it is on disk."""

    number: int
    raw: bytes  # without the newline
    id: str | None  # None: no readable record id (the line is kept as it is)
    problem: str | None = None  # why the line is not a valid record


def _read_line(number: int, raw: bytes) -> GoldLine:
    try:
        obj = decode_line(raw)
    except LineProblem as exc:
        return GoldLine(number, raw, None, str(exc))
    ident = obj.get("id") if isinstance(obj, dict) else None
    if not isinstance(ident, str):
        return GoldLine(number, raw, None, "not a gold record with an id")
    try:
        GoldRecord.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return GoldLine(number, raw, ident, f"not a valid record ({where}: {first['msg']})")
    return GoldLine(number, raw, ident)


@dataclass
class MergePlan:
    """What merging records into a gold file does: ids added, left alone (equal),
    replaced (differing; only with `replace=True`)."""

    added: list[str] = field(default_factory=list)
    same: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)


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

    def lines(self) -> list[GoldLine]:
        """Every non-blank line of the file, readable or not, in file order."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise WorkspaceError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        return [
            _read_line(number, raw)
            for number, raw in enumerate(data.split(b"\n"), 1)
            if raw.strip()
        ]

    def problems(self) -> list[str]:
        """Each damaged line and each repeated id, naming the file and line."""
        out: list[str] = []
        first: dict[str, int] = {}
        for line in self.lines():
            where = f"{self.path}:{line.number}"
            if line.problem is not None:
                out.append(f"{where}: {printable(line.problem, 200)}; kept as it is")
            if line.id is not None:
                if line.id in first:
                    out.append(
                        f"{where}: a second line for article {printable(line.id, 80)!r} "
                        f"(first on line {first[line.id]}); the first is the one shown "
                        "and saved, both are kept"
                    )
                first.setdefault(line.id, line.number)
        return out

    def _first(self, lines: Iterable[GoldLine], article_id: str) -> GoldLine | None:
        return next((line for line in lines if line.id == article_id), None)

    def get(self, article_id: str) -> tuple[GoldRecord | None, str]:
        """The saved record of an article and its version (`NEW` when unsaved); a
        saved line that is not a valid record gives None with that line's version, so
        the editor starts afresh and a save replaces exactly that line."""
        line = self._first(self.lines(), article_id)
        if line is None:
            return None, NEW
        if line.problem is not None:
            return None, record_version(line.raw)
        return _record(line.raw), record_version(line.raw)

    def ids(self) -> set[str]:
        return {line.id for line in self.lines() if line.id is not None}

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with (self.path.parent / f".{self.path.name}.lock").open("a") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def _write(self, lines: list[bytes]) -> None:
        """Replace the file atomically: a temporary file beside it, fsynced, renamed,
        and the folder fsynced so the rename itself survives a power cut."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer killed mid-write (we hold the lock)
        try:
            with tmp.open("wb") as handle:
                for raw in lines:
                    handle.write(raw + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        finally:
            tmp.unlink(missing_ok=True)
        folder = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    def save(self, record: GoldRecord, base_version: str) -> str:
        """Write `record` if the saved one is still `base_version`; return the new version."""
        new = _line(record)
        with self._locked():
            lines = self.lines()
            current = self._first(lines, record.id)
            if record_version(current.raw if current else None) != base_version:
                raise GoldConflict(
                    f"article {record.id} was saved elsewhere (another tab or person) after "
                    "you opened it; copy your edits, reload the page and apply them again"
                )
            kept = [new if old is current else old.raw for old in lines]
            self._write(kept if current is not None else [*kept, new])
        return record_version(new)

    def plan(self, records: Iterable[GoldRecord]) -> MergePlan:
        """What `merge` would do with `records` (read only)."""
        plan = MergePlan()
        on_file: dict[str | None, GoldLine] = {}
        for line in self.lines():
            on_file.setdefault(line.id, line)
        for record in records:
            current = on_file.get(record.id)
            if current is None:
                plan.added.append(record.id)
            elif current.problem is None and _same(current.raw, record):
                plan.same.append(record.id)
            else:
                plan.differing.append(record.id)
        return plan

    def merge(self, records: list[GoldRecord], *, replace: bool = False) -> MergePlan:
        """Add `records` to the file, keeping every line it holds. A record whose id is
        on file with other content is a `GoldConflict` unless `replace` (then its first
        line is replaced, every other line kept). Nothing is written on a conflict."""
        with self._locked():
            plan = self.plan(records)
            if plan.differing and not replace:
                raise GoldConflict(
                    f"{self.path} already holds {len(plan.differing)} of these articles "
                    f"with other labels (first: {plan.differing[0]!r}); nothing was written. "
                    "Pass --replace to replace those records with the imported ones "
                    "(every other record is kept)"
                )
            if not plan.added and not plan.differing:
                return plan
            lines = self.lines()
            new = {record.id: _line(record) for record in records}
            firsts = {self._first(lines, i) for i in plan.differing}
            kept = [new[line.id] if line in firsts and line.id else line.raw for line in lines]
            self._write(kept + [new[i] for i in dict.fromkeys(plan.added)])
        return plan


def _record(raw: bytes) -> GoldRecord:
    """The record of a line `_read_line` found valid."""
    return GoldRecord.model_validate(decode_line(raw))


def _same(raw: bytes, record: GoldRecord) -> bool:
    return _record(raw) == record
