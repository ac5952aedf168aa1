"""One reader for every input kind: a path, a folder or `-` becomes a stream of articles.

`resolve_input` says what the user gave (JSONL, a text/Markdown/HTML article, a folder
of them, CSV/Parquet, or stdin) once, with the clear errors of `newsbrief.inputs.kinds`;
`ResolvedInput.items()` then yields (number, Article | InputProblem) for any kind, and
`one_article()` picks the article a `briefing note` is about. stdin is read whole
(a paste or a piped file), so it can be sniffed and, for `run`, hashed into a stable
run-directory name.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newsbrief.errors import InputError
from newsbrief.inputs.files import article_from_bytes, read_article_file
from newsbrief.inputs.folder import folder_files, read_folder
from newsbrief.inputs.kinds import (
    ARTICLE_FILE_KINDS,
    DEFAULT_MAX_LINE_BYTES,
    STDIN,
    check_jsonl,
    check_not_url,
    format_of,
    read_head,
    sniff,
)
from newsbrief.inputs.reader import FieldMap, InputProblem, parse_line, read_articles
from newsbrief.inputs.tabular import read_csv, read_parquet
from newsbrief.schemas import Article

__all__ = ["InputSpec", "ResolvedInput", "resolve_input"]

STDIN_ID = "stdin"


@dataclass(frozen=True)
class InputSpec:
    """What the command line said: the location and how to read it."""

    location: str
    format: str | None = None  # --input-format; None: by suffix or content
    glob: str | None = None  # folders only
    fields: FieldMap = field(default_factory=FieldMap)
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES  # --max-line-bytes: the sniff reads whole lines


@dataclass
class ResolvedInput:
    """An input whose kind is known: 'folder', or one of `kinds.FORMATS`."""

    spec: InputSpec
    kind: str
    path: Path | None  # None for stdin
    data: bytes | None = None  # stdin's bytes

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    @property
    def is_jsonl_file(self) -> bool:
        """A JSONL(.gz) file on disk: the engines read it directly, line by line."""
        return self.kind == "jsonl" and self.path is not None

    @property
    def label(self) -> str:
        """The path as given, or 'stdin-<hash>' (stable for the same paste)."""
        if self.data is not None:
            return f"stdin-{hashlib.sha256(self.data).hexdigest()[:12]}"
        return self.spec.location

    @property
    def name(self) -> str:
        return "stdin" if self.is_stdin else self.spec.location

    def items(self, limit: int | None = None) -> Iterator[tuple[int, Article | InputProblem]]:
        """(number, Article | InputProblem) for every article; `limit` counts items."""
        for count, item in enumerate(self._items(), start=1):
            yield item
            if limit is not None and count >= limit:
                return

    def _items(self) -> Iterator[tuple[int, Article | InputProblem]]:
        fields, name = self.spec.fields, self.name
        if self.kind == "folder":
            assert self.path is not None
            yield from read_folder(self.path, self.spec.glob, self.spec.format)
        elif self.kind in ARTICLE_FILE_KINDS:
            yield 1, self.single_article()
        elif self.kind == "csv":
            tab = self.path is not None and self.path.suffix.lower() == ".tsv"
            yield from read_csv(self.path or self.data or b"", fields, name=name, tab=tab)
        elif self.kind == "parquet":
            yield from read_parquet(self.path or self.data or b"", fields, name=name)
        elif self.path is not None:
            yield from read_articles(self.path, fields)
        else:
            for number, raw in enumerate((self.data or b"").splitlines(keepends=True), 1):
                item = parse_line(raw, number, fields)
                if isinstance(item, InputProblem):  # staged lines are renumbered: keep it
                    item = InputProblem(number, f"stdin line {number}: {item.message}", item.id)
                if item is not None:
                    yield number, item

    def single_article(self, article_id: str | None = None) -> Article:
        """The article of a text or HTML input (file or stdin)."""
        if self.path is not None:
            return read_article_file(self.path, self.kind, article_id)
        return article_from_bytes(self.data or b"", self.kind, article_id or STDIN_ID, "stdin")

    def one_article(self, article_id: str | None = None) -> Article:
        """The article `briefing note` briefs: the only one, or the one with `article_id`."""
        if self.kind in ARTICLE_FILE_KINDS:
            return self.single_article(article_id)
        seen: list[str] = []
        for _, item in self.items():
            if isinstance(item, InputProblem):
                continue
            if article_id is not None and item.id == article_id:
                return item
            seen.append(item.id)
            if article_id is None and len(seen) > 1:
                break
        if article_id is None and len(seen) == 1:
            return self.one_article(seen[0])
        if article_id is None:
            raise InputError(
                f"{self.name} holds more than one article ({self._some_ids()}); "
                "pick one with --id ID"
            )
        raise InputError(f"no article with id {article_id!r} in {self.name}")

    def _some_ids(self, show: int = 3) -> str:
        """'a.txt, b.txt, c.txt and 2 more': a folder's files are counted (listing is
        cheap); other inputs are read only far enough to know there are more."""
        if self.kind == "folder" and self.path is not None:
            ids = [
                file_id
                for file_id, _, _ in folder_files(self.path, self.spec.glob, self.spec.format)
            ]
            rest = f" and {len(ids) - show} more" if len(ids) > show else ""
        else:
            ids = [item.id for _, item in self.items(limit=show + 1) if isinstance(item, Article)]
            rest = " and more" if len(ids) > show else ""
        return ", ".join(ids[:show]) + rest


def _read_stdin(stream: BinaryIO | None) -> bytes:
    data = (stream or sys.stdin.buffer).read()
    if not data.strip():
        raise InputError("nothing on stdin: pipe an article in (`pbpaste | briefing note -`)")
    return data


def _head(path: Path, max_line_bytes: int) -> bytes:
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    try:
        with opener(path, "rb") as handle:
            return read_head(handle, max_line_bytes)
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: cannot read it ({exc})") from exc


def resolve_input(spec: InputSpec, stdin: BinaryIO | None = None) -> ResolvedInput:
    """Say what `spec.location` is, or raise InputError with what to do instead.

    A JSONL input (by suffix, by --input-format or by its content) is checked here: if
    none of its first lines is a JSON object, the run stops before it starts.
    """
    location = spec.location
    check_not_url(location)
    if location == STDIN:
        data = _read_stdin(stdin)
        head = read_head(io.BytesIO(data), spec.max_line_bytes)
        kind = spec.format or sniff(head)
        if kind == "jsonl":
            given = "--input-format jsonl" if spec.format else "by its first line"
            check_jsonl(Path("stdin"), head, given)
        return ResolvedInput(spec, kind, None, data)
    path = Path(location.removeprefix("file://"))
    if not path.exists():
        raise InputError(f"input file not found: {path}")
    if path.is_dir():
        return ResolvedInput(spec, "folder", path)
    if spec.glob:
        raise InputError(f"--glob selects files in a folder, and {path} is a file")
    kind = format_of(path, spec.format, spec.max_line_bytes)
    if kind == "jsonl":
        suffix = "".join(path.suffixes[-2:])
        given = (
            "--input-format jsonl"
            if spec.format
            else (f"by its {suffix} suffix" if suffix else "by its content")
        )
        check_jsonl(path, _head(path, spec.max_line_bytes), given)
    return ResolvedInput(spec, kind, path)
