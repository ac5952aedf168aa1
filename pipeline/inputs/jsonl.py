"""One guarded reader for every JSON Lines (and JSON) file the project reads.

`briefing run` reads its input through `newsbrief.inputs.lines`, whose guards make any
line harmless: a line too long to hold, invalid UTF-8, 100,000 nested brackets, a number
past the interpreter's digit limit, a lone UTF-16 surrogate. Every other file is read
here with the same guards, so no reader is weaker than the run: briefings.jsonl and
errors.jsonl (resume, eval, report, verify, notes, digest, the workspace), gold files,
the run's input read a second time for article texts, Label Studio and Argilla
exports, Batch API results, and manifest.json (a JSON file, guarded the same way).

A reader never raises on a line. It yields `(number, value)` for each good line and a
`BadLine` (file, 1-based line, reason) for each bad one; the caller decides what its job
requires: skip the line with a warning (`skip`), make it an error record or a gold
problem, or stop the command with `DamagedFileError` (exit 2). Either way the message
names the file and the line, and says what to do.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from newsbrief.errors import BriefingError
from newsbrief.inputs.lines import (
    InputLimits,
    LineProblem,
    Oversize,
    decode_json_line,
    guard_tree,
    iter_raw_lines,
    oversize_message,
    printable,
)
from newsbrief.inputs.reader import READ_ERRORS

__all__ = [
    "RECORD_LIMITS",
    "BadLine",
    "DamagedFileError",
    "decode_line",
    "guard_tree",
    "load_json_file",
    "raw_lines",
    "read_json_file",
    "read_json_lines",
    "skip",
]

#: Limits for files the project writes or people edit: no text-length limit (a record
#: holds whatever article the run accepted), the run's depth and line-size limits.
RECORD_LIMITS = InputLimits(max_line_bytes=64 << 20, max_depth=64, max_text_chars=0)

# A lone surrogate can only come from a \uD800-\uDFFF escape (strict UTF-8 decoding
# refuses encoded surrogates), so a line without one needs no string walk.
_NOTES_PER_FILE = 3

log = logging.getLogger("newsbrief.readers")


@dataclass(frozen=True)
class BadLine:
    """A line (0: the whole file) that cannot be read, and why."""

    path: Path
    line: int
    reason: str
    torn: bool = False  # the last line, without its newline: a write cut off by a crash

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.reason}"


class DamagedFileError(BriefingError):
    """A file the command cannot go on without holds a line that cannot be read."""

    def __init__(self, bad: BadLine, advice: str) -> None:
        self.bad = bad
        super().__init__(f"{bad}; {advice}")


def decode_line(raw: bytes | Oversize, limits: InputLimits | None = None) -> Any:
    """One line's JSON value; any problem is a `LineProblem` that says what to fix."""
    limits = limits or RECORD_LIMITS
    if not isinstance(raw, Oversize) and limits.max_line_bytes and len(raw) > limits.max_line_bytes:
        raw = Oversize(len(raw), b"")  # read whole by a caller that had no limit
    if isinstance(raw, Oversize):
        raise LineProblem(oversize_message(raw.size, limits))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LineProblem(
            f"invalid UTF-8 at byte {exc.start}; re-encode the file as UTF-8"
        ) from None
    obj = decode_json_line(text, limits)
    guard_tree(text, obj, limits.max_depth)
    return obj


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def raw_lines(handle: IO[bytes], limits: InputLimits | None = None) -> Iterator[bytes | Oversize]:
    """The lines of an open file, an over-long one as `Oversize` (never held whole)."""
    for _, raw in iter_raw_lines(handle, (limits or RECORD_LIMITS).max_line_bytes):
        yield raw


def read_json_lines(
    path: Path, limits: InputLimits | None = None, *, objects: bool = True
) -> Iterator[tuple[int, Any | BadLine]]:
    """(1-based line number, value or `BadLine`) for each non-blank line of `path`.

    `objects`: a line holding JSON that is not an object (`[1]`, `"x"`) is a `BadLine`.
    A missing file yields nothing; an unreadable one (a truncated gzip, a folder) yields
    one `BadLine` after the lines read so far, numbered after the last of them."""
    path, limits = Path(path), limits or RECORD_LIMITS
    if not path.exists():
        return
    number = 0
    try:
        with _open(path) as handle:
            for number, raw in iter_raw_lines(handle, limits.max_line_bytes):
                if not isinstance(raw, Oversize) and not raw.strip():
                    continue
                try:
                    value = decode_line(raw, limits)
                except LineProblem as exc:
                    torn = not isinstance(raw, Oversize) and not raw.endswith(b"\n")
                    yield number, BadLine(path, number, str(exc), torn)
                    continue
                if objects and not isinstance(value, dict):
                    kind = "null" if value is None else type(value).__name__
                    yield number, BadLine(path, number, f"line is JSON {kind}, not an object")
                    continue
                yield number, value
    except READ_ERRORS as exc:
        reason = printable(str(exc), 200) or type(exc).__name__
        yield number + 1, BadLine(path, number + 1, f"cannot read past this line: {reason}")


def load_json_file(path: Path, limits: InputLimits | None = None) -> Any | BadLine:
    """The JSON value of a whole file (manifest.json, eval.json), or a `BadLine` (0)."""
    path, limits = Path(path), limits or RECORD_LIMITS
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_line_bytes + 1 if limits.max_line_bytes else -1)
    except OSError as exc:
        return BadLine(path, 0, f"cannot read it: {exc.strerror or exc}")
    if limits.max_line_bytes and len(data) > limits.max_line_bytes:
        return BadLine(path, 0, f"over {limits.max_line_bytes:,} bytes; not read")
    try:
        return decode_line(data, limits)
    except LineProblem as exc:
        return BadLine(path, 0, str(exc))


def read_json_file(path: Path, advice: str, limits: InputLimits | None = None) -> Any:
    """`load_json_file`, stopping the command (`DamagedFileError`) when it is damaged."""
    value = load_json_file(path, limits)
    if isinstance(value, BadLine):
        raise DamagedFileError(value, advice)
    return value


_noted: dict[Path, int] = {}


def skip(bad: BadLine, what: str = "skipped") -> None:
    """Say that a reader left `bad` out: the first few per file, then once that more are."""
    key = bad.path.resolve()
    seen = _noted.get(key, 0) + 1
    _noted[key] = seen
    if seen <= _NOTES_PER_FILE:
        log.warning("%s; %s", bad, what)
    elif seen == _NOTES_PER_FILE + 1:
        log.warning("%s: more damaged lines; each is %s", bad.path, what)
