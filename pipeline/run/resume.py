"""Resume: find what a run directory already holds, so a rerun does only the rest.

A run directory is append-only, so its state is its lines. After a crash (kill -9, power
loss) the last line may be torn; `newsbrief.run.rundir.repair_tail` truncates it to the last newline. The
scan then collects a key for every record: the article id for briefings and article
errors, the input line number for input errors (a malformed line may have no id).

Archives reach millions of articles, so the scan reads briefings.jsonl without parsing
whole records (records start with `{"id":"...`, then `"sample":N` in a run made with
`--repeat`) and keeps keys as sorted 64-bit hashes
(8 bytes each; 1M ids take 8 MB, not the ~100 MB of a set of strings). Two different
ids collide with odds of about n^2 / 2^65 (under 1e-5 for 10M ids).

Usage and cache-hit totals are checkpointed in the manifest at every group commit, with
the line counts they cover; records past those counts (written after the last
checkpoint) are parsed in full and added, so totals survive a crash too.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from hashlib import blake2b
from pathlib import Path

import numpy as np

from newsbrief.inputs.jsonl import BadLine, decode_line, skip
from newsbrief.inputs.lines import LineProblem, Oversize
from newsbrief.run.rundir import BRIEFINGS, ERRORS, raw_lines, repair_tail
from newsbrief.schemas import BriefingRecord, ErrorRecord, JudgeReport, Usage

__all__ = [
    "ResumeIndex",
    "ResumeState",
    "article_sample_key",
    "content_key",
    "error_key",
    "fast_id",
    "fast_key",
    "id_key",
    "line_digest",
    "line_key",
    "record_key",
    "sample_key",
    "scan_run_dir",
]

_ID_PREFIX = b'{"id":"'
_SAMPLE_PREFIX = b',"sample":'


def raw_key(key: bytes) -> int:
    """The key of an id given as its UTF-8 bytes (as read from a JSON line)."""
    return int.from_bytes(blake2b(key, digest_size=8).digest(), "little")


_hash = raw_key


def id_key(article_id: str) -> int:
    return _hash(article_id.encode("utf-8"))


def sample_key(raw_id: bytes, sample: int | None) -> int:
    """The key one sample of an article is done under (`--repeat`).

    Sample 0 (and a record without a sample) is keyed by the id alone, exactly as
    before repeats existed, so runs, caches and indexes made without `--repeat` keep
    their keys; sample s > 0 hashes the id with its index.
    """
    if not sample:
        return _hash(raw_id)
    return _hash(raw_id + b"\x00sample:%d" % sample)


def article_sample_key(article_id: str, sample: int | None) -> int:
    """`sample_key` of an id given as text."""
    return sample_key(article_id.encode("utf-8"), sample)


def line_key(line: int) -> int:
    """The key of an input error written without a `line_hash` (older runs, Ray)."""
    return _hash(b"\x00line:%d" % line)


def content_key(digest: bytes, occurrence: int) -> int:
    """Input errors are keyed by the line's content (a malformed line may have no id)
    and by which repeat of that content it is, so two identical bad lines are two
    records, and inserting or removing other lines changes no key."""
    return _hash(b"\x00input:%s:%d" % (digest, occurrence))


def line_digest(raw: bytes) -> bytes:
    """The digest `content_key` takes, of a line without its line ending."""
    return blake2b(raw.rstrip(b"\r\n"), digest_size=16).digest()


def error_key(record: dict) -> int:
    """The key of an errors.jsonl line, given as a decoded dict."""
    line_hash = record.get("line_hash")
    if isinstance(line_hash, str) and len(line_hash) <= 16:
        try:
            value = int(line_hash, 16)
        except ValueError:
            value = -1
        if 0 <= value < 1 << 64:  # a key is 64 bits; anything else was not written by us
            return value
    if record.get("kind") == "input" or not isinstance(record.get("id"), str):
        line = record.get("line")
        return line_key(line if isinstance(line, int) and 0 <= line < 1 << 62 else 0)
    return article_sample_key(record["id"], _sample_of(record))


def _sample_of(record: dict) -> int | None:
    sample = record.get("sample")
    return sample if isinstance(sample, int) and not isinstance(sample, bool) else None


def record_key(record: BriefingRecord | ErrorRecord) -> int:
    """The key a record is done under: its line's content for input errors, else its id
    and sample."""
    if isinstance(record, ErrorRecord):
        return error_key(record.model_dump(include={"line_hash", "kind", "id", "line", "sample"}))
    return article_sample_key(record.id, record.sample)


class ResumeIndex:
    """Membership test over the keys of records already written.

    Sorted in numpy, then held as a C array of uint64 searched with `bisect`: 8 bytes a
    key, and about a microsecond a lookup (a numpy scalar search costs several).
    """

    def __init__(self, keys: array | None = None) -> None:
        self._keys = array("Q")
        if keys:
            self._keys.frombytes(np.unique(np.frombuffer(keys, dtype=np.uint64)).tobytes())

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> np.ndarray:
        """The sorted, distinct keys (a view, no copy)."""
        return np.frombuffer(self._keys, dtype=np.uint64) if self._keys else np.empty(0, np.uint64)

    def __contains__(self, key: int) -> bool:
        at = bisect_left(self._keys, key)
        return at < len(self._keys) and self._keys[at] == key


@dataclass
class ResumeState:
    """What the scan found: keys, line counts, and totals written after the checkpoint."""

    index: ResumeIndex
    briefings: int = 0
    errors: int = 0
    corrupt_lines: int = 0
    repaired_bytes: int = 0
    tail_usage: Usage = field(default_factory=Usage)
    tail_cached: int = 0
    tail_grounding: tuple[int, int] = (0, 0)  # (checked, grounded) past the checkpoint
    tail_partial: int = 0  # partial briefings past the checkpoint
    tail_repairs: dict[str, int] = field(default_factory=dict)  # repairs by kind, ditto
    tail_judge: list[JudgeReport] = field(default_factory=list)  # --judge reports, ditto
    duplicates: int = 0  # records under a key another record has (older runs wrote them)
    input_errors: int = 0  # input errors among the indexed ones (renumbered after edits)

    @property
    def done(self) -> int:
        return self.briefings + self.errors


def fast_id(line: bytes) -> bytes | None:
    """The raw id bytes of a record line, if it can be read without a JSON parse."""
    if line.startswith(_ID_PREFIX):
        end = line.find(b'"', 7)
        if end > 7 and b"\\" not in line[7:end]:
            return line[7:end]
    return None


def fast_key(line: bytes) -> int | None:
    """The key of a briefings.jsonl line read from its first bytes (id, then sample),
    or None when the line must be parsed."""
    raw_id = fast_id(line)
    if raw_id is None:
        return None
    after = 7 + len(raw_id) + 1
    if not line.startswith(_SAMPLE_PREFIX, after):
        return _hash(raw_id)
    start = after + len(_SAMPLE_PREFIX)
    end = start
    while end < len(line) and 48 <= line[end] <= 57:
        end += 1
    if end == start or end - start > 9 or line[end : end + 1] not in (b",", b"}"):
        return None  # null, or anything unexpected: parse the line
    return sample_key(raw_id, int(line[start:end]))


def scan_run_dir(
    run_dir: Path,
    checkpoint_briefings: int = 0,
    checkpoint_errors: int = 0,
    *,
    index_errors: bool = True,
) -> ResumeState:
    """Repair torn tails, then index every record; totals past the checkpoint are summed.

    `index_errors=False` (for --retry-errors) still sums the errors' usage but leaves
    them out of the index, so their articles run again.
    """
    repaired = repair_tail(run_dir / BRIEFINGS) + repair_tail(run_dir / ERRORS)
    keys: array = array("Q")
    state = ResumeState(index=ResumeIndex(), repaired_bytes=repaired)
    for number, line in enumerate(raw_lines(run_dir / BRIEFINGS)):
        fast = isinstance(line, bytes) and number < checkpoint_briefings
        key = fast_key(line) if fast and isinstance(line, bytes) else None
        if key is not None:
            keys.append(key)
            state.briefings += 1
            continue
        record = _parse(line, run_dir / BRIEFINGS, number + 1)
        if record is None or not isinstance(record.get("id"), str):
            state.corrupt_lines += 1
            continue
        keys.append(article_sample_key(record["id"], _sample_of(record)))
        state.briefings += 1
        if number >= checkpoint_briefings:
            _add_tail(state, record)
    for number, line in enumerate(raw_lines(run_dir / ERRORS)):
        record = _parse(line, run_dir / ERRORS, number + 1)
        if record is None:
            state.corrupt_lines += 1
            continue
        state.errors += 1
        if number >= checkpoint_errors:
            _add_tail(state, record)
        if index_errors:
            keys.append(error_key(record))
            state.input_errors += record.get("kind") == "input"
    state.index = ResumeIndex(keys)
    state.duplicates = len(keys) - len(state.index)
    return state


def _parse(line: bytes | Oversize, path: Path, number: int) -> dict | None:
    """A record line through the guarded reader; a damaged one is noted and left out
    (its article, having no readable record, is briefed again)."""
    if isinstance(line, bytes) and not line.strip():
        return None
    try:
        record = decode_line(line)
    except LineProblem as exc:
        skip(BadLine(path, number, str(exc)), _LEFT_OUT)
        return None
    if not isinstance(record, dict):
        skip(BadLine(path, number, "line is JSON but not a record object"), _LEFT_OUT)
        return None
    return record


_LEFT_OUT = "left out: its article is briefed again"


def _add_tail(state: ResumeState, record: dict) -> None:
    """Sum what a record past the checkpoint used; a value of the wrong type counts 0
    (the file may have been edited: a total is never worth stopping a run for)."""
    try:
        state.tail_usage = state.tail_usage + Usage.model_validate(record.get("usage") or {})
    except ValueError:
        pass
    state.tail_cached += bool(record.get("cached"))
    state.tail_partial += record.get("status") == "partial"
    repairs = record.get("repairs")
    for repair in repairs if isinstance(repairs, list) else []:
        kind = repair.get("kind") if isinstance(repair, dict) else None
        if isinstance(kind, str):
            state.tail_repairs[kind] = state.tail_repairs.get(kind, 0) + 1
    if isinstance(record.get("judge"), dict):  # the judge's cost is counted apart
        try:
            state.tail_judge.append(JudgeReport.model_validate(record["judge"]))
        except ValueError:
            pass
    briefing = record.get("briefing")
    grounding = briefing.get("grounding") if isinstance(briefing, dict) else None
    if isinstance(grounding, dict):
        checked, grounded = state.tail_grounding
        state.tail_grounding = (
            checked + _count(grounding.get("checked")),
            grounded + _count(grounding.get("grounded")),
        )


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
