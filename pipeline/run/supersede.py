"""After a complete pass over an edited input: set aside records no line has any more.

A run directory must hold exactly one record per input line (per line and sample, with
`--repeat`). When the input is edited between sessions, some old records stop matching
any line: the error of a malformed line that was since fixed (the fixed line gets its
briefing in this session), or the records of deleted lines. Once a session has read the
whole input, it knows every line's key (`newsbrief.run.seen.SeenKeys`; with `--repeat`,
each of its samples' keys too); records under any other key, and second records under
one key (older versions could write those for repeated ids), move to
`superseded.jsonl`, kept for reference and never read by evals or resume. Input errors
are renumbered to the line their content is on now.

The files are rewritten to a temporary name and swapped in with `os.replace`, so a
crash leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import json
import os
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

from newsbrief.inputs.jsonl import decode_line
from newsbrief.inputs.lines import LineProblem
from newsbrief.run.resume import ResumeState, article_sample_key, error_key, fast_key
from newsbrief.run.rundir import BRIEFINGS, ERRORS, SUPERSEDED
from newsbrief.run.seen import SeenKeys

__all__ = ["Superseded", "settle_edits"]


@dataclass
class Superseded:
    briefings: int = 0
    errors: int = 0

    @property
    def total(self) -> int:
        return self.briefings + self.errors


def settle_edits(run_dir: Path, state: ResumeState, seen: SeenKeys) -> Superseded:
    """After a complete pass: set aside stale and repeated records, renumber input errors.

    briefings.jsonl (possibly gigabytes) is rewritten only when a record from an earlier
    session is stale or repeated; errors.jsonl also when it holds earlier input errors,
    whose line numbers move when lines are inserted or removed above them.
    """
    keys = seen.keys()
    stale = _needs_set_aside(state, keys)
    if not stale and not state.input_errors:
        return Superseded()
    sorted_seen = array("Q", keys.astype(np.uint64).tobytes())
    moved, kept = Superseded(), set[int]()
    with (run_dir / SUPERSEDED).open("ab") as aside:
        if stale:
            moved.briefings = _rewrite(run_dir / BRIEFINGS, sorted_seen, kept, aside, None)
        moved.errors = _rewrite(run_dir / ERRORS, sorted_seen, kept, aside, seen)
        aside.flush()
        os.fsync(aside.fileno())
    return moved


def _needs_set_aside(state: ResumeState, seen: np.ndarray) -> bool:
    """Cheap test: is any record from earlier sessions stale or repeated?"""
    if state.duplicates:
        return True
    earlier = state.index.keys()
    return bool(earlier.size) and bool(np.setdiff1d(earlier, seen, assume_unique=True).size)


def _key(line: bytes, record: dict | None) -> int | None:
    if record is None:
        key = fast_key(line)
        if key is not None:
            return key
        record = _decode(line)
        if record is None or not isinstance(record.get("id"), str):
            return None
        sample = record.get("sample")
        return article_sample_key(record["id"], sample if isinstance(sample, int) else None)
    return error_key(record)


def _rewrite(
    path: Path, seen: array, kept: set[int], aside: BinaryIO, renumber: SeenKeys | None
) -> int:
    """Copy `path` minus stale/repeated records; with `renumber` (errors.jsonl), give
    input errors the line their content is on now."""
    if not path.exists():
        return 0
    moved, changed = 0, False
    tmp = path.with_name(path.name + ".tmp")
    with path.open("rb") as source, tmp.open("wb") as target:
        for line in source:
            if not line.strip():
                continue
            record = _decode(line) if renumber is not None else None
            key = _key(line, record) if renumber is None or record is not None else None
            if key is None:  # unreadable: not ours to judge, keep it where it is
                target.write(line)
                continue
            at = bisect_left(seen, key)
            if not (at < len(seen) and seen[at] == key and key not in kept):
                aside.write(line)
                moved += 1
                continue
            kept.add(key)
            if record is not None and renumber is not None and record.get("line_hash"):
                now = renumber.first_line(key)
                if now is not None and record.get("line") != now:
                    record["line"] = now
                    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
                    changed = True
            target.write(line)
        target.flush()
        os.fsync(target.fileno())
    if moved or changed:
        os.replace(tmp, path)
    else:
        tmp.unlink()
    return moved


def _decode(line: bytes) -> dict | None:
    """A record through the guarded reader; None for a damaged line (kept as it is)."""
    try:
        record = decode_line(line)
    except LineProblem:
        return None
    return record if isinstance(record, dict) else None
