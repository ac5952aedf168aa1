"""One archive line, read and decoded so that nothing in it can stop the run.

An archive line is untrusted: it may be longer than memory, nested deeper than the
JSON parser's recursion allows, carry integers past the interpreter's digit limit or
strings with lone UTF-16 surrogates (valid JSON escapes that cannot be written back as
UTF-8). Each of these used to abort a run, and every rerun died on the same line. Here
every such line becomes a `LineProblem` with a message that says what to change, so the
line gets an `input` error record and the lines after it are still read.

Limits are options (`InputLimits`) because what is "too big" depends on the archive:
a line longer than `max_line_bytes` is skipped while streaming, measured in 1 MiB
pieces and never held whole, so a gzip bomb keeps memory flat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from hashlib import blake2b
from typing import IO, Any

__all__ = [
    "SKIP_CHUNK",
    "InputLimits",
    "LineProblem",
    "Oversize",
    "check_depth",
    "check_tree",
    "decode_json_line",
    "guard_tree",
    "iter_raw_lines",
    "printable",
]

SKIP_CHUNK = 1 << 20
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")  # a lone one's escape


@dataclass(frozen=True)
class InputLimits:
    """Per-line limits; 0 (or None) switches one off. Defaults admit any real article."""

    max_line_bytes: int = 64 << 20
    max_depth: int = 64
    max_text_chars: int = 500_000

    def as_dict(self) -> dict[str, int]:
        return {
            "max_line_bytes": self.max_line_bytes,
            "max_depth": self.max_depth,
            "max_text_chars": self.max_text_chars,
        }


@dataclass(frozen=True)
class Oversize:
    """A line skipped unread for its length: its size and a digest of its bytes."""

    size: int
    digest: bytes


class LineProblem(ValueError):
    """This line cannot become an article; the message says why and what to do."""


def printable(text: str, limit: int = 300) -> str:
    """`text` safe to write as UTF-8 (lone surrogates escaped) and cut to `limit`."""
    if len(text) > limit:
        text = text[:limit] + "..."
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def iter_raw_lines(
    handle: IO[bytes], max_line_bytes: int = 0
) -> Iterator[tuple[int, bytes | Oversize]]:
    """(1-based number, raw bytes) for each line; an over-long line gives `Oversize`.

    `readline(limit)` never reads more than the limit, so an over-long line is consumed
    in `SKIP_CHUNK` pieces and dropped: memory stays at one piece however long it is.
    Its digest lets resume recognise the same line again without keeping it.
    """
    number = 0
    cap = max_line_bytes + 1 if max_line_bytes > 0 else -1
    while True:
        raw = handle.readline(cap)
        if not raw:
            return
        number += 1
        if cap > 0 and len(raw) == cap and not raw.endswith(b"\n"):
            size, digest = len(raw), blake2b(raw, digest_size=16)
            del raw
            while piece := handle.readline(SKIP_CHUNK):
                ended = piece.endswith(b"\n")
                piece = piece[:-1] if ended else piece
                size += len(piece)
                digest.update(piece)
                if ended:
                    break
            yield number, Oversize(size, digest.digest())
            continue
        yield number, raw


def oversize_message(size: int, limits: InputLimits) -> str:
    return (
        f"line is {size:,} bytes, over the {limits.max_line_bytes:,}-byte limit; it was "
        "skipped unread (raise --max-line-bytes to read it, or split the article)"
    )


def decode_json_line(text: str, limits: InputLimits) -> Any:
    """`json.loads` with every failure turned into a `LineProblem` (the caller then runs
    `check_tree`, after any cheaper refusal such as the text length)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LineProblem(f"malformed JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise LineProblem(
            "JSON nested deeper than the parser can follow; flatten the line "
            f"(at most --max-depth {limits.max_depth} levels)"
        ) from None
    except ValueError as exc:  # the interpreter's integer digit limit
        if "digits" in str(exc):
            raise LineProblem(
                "a number has more digits than can be read (over 4,300); quote it as a string"
            ) from None
        raise LineProblem(f"malformed JSON: {printable(str(exc), 200)}") from None
    return obj


def check_depth(obj: Any, max_depth: int) -> None:
    """The depth limit alone, level by level over the containers only (a decoded line
    holds no surrogate when its text has no surrogate escape, so strings need no look)."""
    level = [obj] if isinstance(obj, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if max_depth > 0 and depth > max_depth:
            raise LineProblem(
                f"JSON nested more than {max_depth} levels deep; flatten the line "
                "or raise --max-depth"
            )
        below: list[Any] = []
        for value in level:
            children = value.values() if isinstance(value, dict) else value
            below.extend(child for child in children if isinstance(child, dict | list))
        level = below


def check_tree(obj: Any, max_depth: int) -> None:
    """Walk the decoded value without recursion: depth limit, and no lone surrogates."""
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                raise LineProblem(
                    "a string holds a lone UTF-16 surrogate escape (such as \\ud800), "
                    f"which is not text: {printable(value, 60)!r}; fix the escape"
                )
        elif isinstance(value, dict | list):
            if max_depth > 0 and depth > max_depth:
                raise LineProblem(
                    f"JSON nested more than {max_depth} levels deep; flatten the line "
                    "or raise --max-depth"
                )
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str):
                    stack.append((key, depth))
                stack.append((item, depth + 1))


def guard_tree(text: str, obj: Any, max_depth: int) -> None:
    """`check_tree`'s limits (depth, lone surrogates), at the cost each line needs.

    A lone surrogate needs its escape in the text (strict UTF-8 refuses encoded ones),
    and nesting deeper than `max_depth` needs more brackets than that, both cheap to
    look for in C. Only a line with such an escape has its strings walked; any other
    line has at most its containers walked, level by level (`check_depth`): about
    as much CPU again as `json.loads`, where the full walk cost three times as much."""
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        check_tree(obj, max_depth)
    elif max_depth > 0 and text.count("[") + text.count("{") > max_depth:
        check_depth(obj, max_depth)
