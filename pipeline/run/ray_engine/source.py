"""Reading a JSONL / JSONL.gz archive into Ray Data as numbered raw lines.

`ray.data.read_json` would parse the file with Arrow, which stops on the first malformed
line and forgets line numbers; `read_text` drops the numbers too. The local engine turns
every bad line into an error record that names its line, and the Ray engine must produce
the same records, so this datasource yields each non-blank line as raw bytes with its
1-based number and leaves parsing to `newsbrief.inputs.reader.parse_line` in the workers.

Any filesystem pyarrow resolves works (local paths, `s3://`, `gs://`, `hdfs://` with
their usual credentials); gzip is inferred from the `.gz` suffix, and the file is
streamed in blocks, never loaded whole. The driver pins the read of a plain local path
to its own machine, where the file is, even on a multi-machine cluster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
from ray.data.block import Block
from ray.data.datasource import FileBasedDatasource

__all__ = [
    "LINES_PER_BLOCK",
    "JsonlLineSource",
    "input_location",
    "is_blank",
    "is_uri",
    "iter_lines",
]

LINES_PER_BLOCK = 1024
READ_CHUNK = 1 << 20
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/+(.*)$")


def input_location(path: Path | str) -> str:
    """What Ray Data should read: a URI as given, a local path made absolute.

    The CLI hands paths over as `pathlib.Path`, which folds `s3://bucket/key` into
    `s3:/bucket/key`; the scheme's double slash is restored here.
    """
    text = str(path)
    match = _SCHEME.match(text)
    if match and len(match.group(1)) > 1:  # one letter is a Windows drive, not a scheme
        scheme, rest = match.groups()
        return f"{scheme}://{rest}"
    return str(Path(text).resolve())


def is_uri(location: str) -> bool:
    """True for `s3://...` and friends; False for a file on the driver's machine."""
    return _SCHEME.match(location) is not None


def is_blank(raw: bytes) -> bool:
    """Blank lines are not articles (same test as `parse_line`: whitespace once decoded)."""
    try:
        return not raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return False  # a bad-UTF-8 line is an input error, not a blank


def iter_lines(stream: pa.NativeFile) -> Iterator[bytes]:
    """Lines of a pyarrow input stream without their newline, read in 1 MiB chunks."""
    tail = b""
    while chunk := stream.read(READ_CHUNK):
        parts = (tail + chunk).split(b"\n")
        tail = parts.pop()
        yield from parts
    if tail:
        yield tail


class JsonlLineSource(FileBasedDatasource):
    """Rows `{"line": int64, "raw": binary}` for every non-blank line of the archive."""

    def __init__(self, location: str, lines_per_block: int = LINES_PER_BLOCK) -> None:
        super().__init__(location)
        self.lines_per_block = lines_per_block

    def _read_stream(self, f: pa.NativeFile, path: str) -> Iterator[Block]:
        numbers: list[int] = []
        raws: list[bytes] = []
        for number, raw in enumerate(iter_lines(f), start=1):
            if is_blank(raw):
                continue
            numbers.append(number)
            raws.append(raw)
            if len(numbers) >= self.lines_per_block:
                yield _block(numbers, raws)
                numbers, raws = [], []
        if numbers:
            yield _block(numbers, raws)


def _block(numbers: list[int], raws: list[bytes]) -> pa.Table:
    return pa.table({"line": pa.array(numbers, pa.int64()), "raw": pa.array(raws, pa.binary())})
