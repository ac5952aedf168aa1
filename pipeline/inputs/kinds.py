"""Which kind of input a path is: by suffix, by `--input-format`, or by a look at its bytes.

Analysts hold saved web pages, folders of text files and pastes, not only JSONL. Every
command that reads articles (`run`, `note`, `batch export`) asks this module what it was
given, so the same argument means the same thing everywhere. A file whose content does
not match what it is read as (a text file given as JSONL) is refused here with exit 2
and a message naming the option or command that reads it, instead of becoming one error
record per line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Protocol

from newsbrief.errors import InputError
from newsbrief.inputs.lines import InputLimits

__all__ = [
    "ARTICLE_FILE_KINDS",
    "FORMATS",
    "STDIN",
    "check_jsonl",
    "check_not_url",
    "format_of",
    "read_head",
    "sniff",
]

STDIN = "-"
# --input-format values. "text" covers .txt and .md (one article per file).
FORMATS = ("jsonl", "text", "html", "csv", "parquet")
ARTICLE_FILE_KINDS = frozenset({"text", "html"})  # one file = one article
SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
SNIFF_LINES = 5  # non-blank lines looked at before calling a file "not JSONL"
HEAD_BYTES = 64 * 1024  # no line is begun past this many bytes of the head
DEFAULT_MAX_LINE_BYTES = InputLimits.max_line_bytes  # --max-line-bytes
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<article|<!--)", re.I)


def check_not_url(location: str) -> None:
    """Nothing is fetched from the network: say so instead of reporting 'https:/...'."""
    if _URL.match(location) and not location.lower().startswith("file://"):
        raise InputError(
            f"{location} is a web address; briefing does not fetch pages. Save the page "
            "first (e.g. `curl -L -o page.html URL`), then give the file: "
            "`briefing note page.html`"
        )


def format_of(
    path: Path, explicit: str | None = None, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
) -> str:
    """The kind of one file: `explicit` if given, else its suffix, else its first bytes."""
    if explicit:
        return explicit
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        inner = suffixes[-2] if len(suffixes) > 1 else ""
        kind = SUFFIXES.get(inner, "jsonl")
        if kind != "jsonl":
            raise InputError(f"{path.name}: only JSONL may be gzipped; gunzip it first")
        return "jsonl"
    if suffixes and suffixes[-1] in SUFFIXES:
        return SUFFIXES[suffixes[-1]]
    with path.open("rb") as handle:
        return sniff(read_head(handle, max_line_bytes))


class _LineSource(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def read_head(handle: _LineSource, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES) -> bytes:
    """The first lines of a file, each read whole (up to `max_line_bytes`).

    A fixed number of bytes cut an 11,000-word first line in two, and the half line was
    not JSON: the file was refused as plain text. Lines are read until SNIFF_LINES of
    them hold something or HEAD_BYTES have been read, a line begun before that point
    being finished, so the head of a file is what the run itself will read as lines.
    """
    pieces: list[bytes] = []
    size = found = 0
    limit = max_line_bytes + 1 if max_line_bytes > 0 else -1
    while size < HEAD_BYTES and found < SNIFF_LINES:
        line = handle.readline(limit)
        if not line:
            break
        pieces.append(line)
        size += len(line)
        found += bool(line.strip())
        if len(line) == limit and not line.endswith(b"\n"):
            break  # over --max-line-bytes: cut, and the rest of it is not a line
    return b"".join(pieces)


def sniff(head: bytes) -> str:
    """jsonl, html or text, from the first bytes of a file or of stdin."""
    if _HTML.match(head):
        return "html"
    lines = [line for line in head.splitlines()[:SNIFF_LINES] if line.strip()]
    if lines and _json_object(lines[0]):
        return "jsonl"
    return "text"


def _json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        return False


def check_jsonl(path: Path, head: bytes, given_as: str) -> None:
    """Refuse a file read as JSONL when none of its first lines is a JSON object.

    One bad line among good ones is a malformed line (an error record); a file with no
    JSON at its start is the wrong kind of file, and N error records would hide that.
    `head` is the file's first bytes (decompressed), `given_as` how the kind was chosen.
    """
    lines = [line for line in head.splitlines() if line.strip()][:SNIFF_LINES]
    array = bool(lines) and lines[0].lstrip().startswith(b"[")
    if not lines or (not array and any(_json_object(line) for line in lines)):
        return
    looks = sniff(head)
    first = lines[0].decode("utf-8", "replace").strip()
    shown = first[:60] + ("…" if len(first) > 60 else "")
    if looks == "html":
        hint = "it looks like an HTML page: give --input-format html (or name it .html)"
    elif array:
        hint = "it is a JSON array, not JSONL: convert it with `jq -c '.[]' FILE > FILE.jsonl`"
    else:
        hint = (
            "it looks like plain text: brief one article with `briefing note FILE`, "
            "or read it as text with --input-format text"
        )
    raise InputError(
        f"{path} is read as JSONL ({given_as}) but its first "
        f"{len(lines)} line(s) are not JSON objects (line 1: {shown!r}); {hint}"
    )
