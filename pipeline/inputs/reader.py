"""Stream articles from JSONL / JSONL.gz archives, one line at a time.

Archives are big and messy, so the reader never loads a file into memory and never
stops on a bad line: each line yields either an `Article` or an `InputProblem` carrying
the 1-based line number, which the engine writes as an error record. Field names vary
between archives (`body`, `content`, `doc_id`...): `FieldMap` maps them.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from pydantic import ValidationError

from newsbrief.errors import InputError
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
from newsbrief.schemas import Article

#: What reading a compressed or plain archive can raise part-way (a truncated or
#: deflate-corrupt gzip raises zlib.error, which is not an OSError).
READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass(frozen=True)
class FieldMap:
    """Which input keys hold the article id and text (others pass through by name)."""

    id: str = "id"
    text: str = "text"
    title: str = "title"

    def as_dict(self) -> dict[str, str]:
        """For the manifest, so that notes and evals read the input the same way."""
        return {"id": self.id, "text": self.text, "title": self.title}


@dataclass(frozen=True)
class InputProblem:
    """A line that could not become an Article: becomes an error record, run goes on."""

    line: int
    message: str
    id: str | None = None
    key: int | None = None  # set by the run's intake: the line's content key for resume


ARTICLE_FIELDS = frozenset(Article.model_fields) - {"meta"}
# A staged input line for a file that could not be read (`newsbrief.inputs.staging`):
# it carries the problem's message, which becomes the error record's message.
INPUT_ERROR_KEY = "_input_error"


def open_text(path: Path) -> IO[bytes]:
    """Open plain or gzip input as bytes (decoding per line keeps bad UTF-8 local)."""
    if not path.exists():
        raise InputError(f"input file not found: {path}")
    if path.is_dir():
        raise InputError(f"input {path} is a directory; give a .jsonl or .jsonl.gz file")
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def to_article(obj: Any, fields: FieldMap) -> Article:
    """Map one decoded JSON object onto an Article; raises ValueError with a clear message."""
    if not isinstance(obj, dict):
        # ValueError, not TypeError: every per-line problem becomes an InputProblem.
        raise ValueError(f"line is JSON {type(obj).__name__}, not an object")
    if isinstance(obj.get(INPUT_ERROR_KEY), str):
        raise ValueError(obj[INPUT_ERROR_KEY])
    if fields.text not in obj:
        raise ValueError(
            f"no {fields.text!r} field (keys: {sorted(obj)[:8]}); "
            "map the text field with --text-field"
        )
    if fields.id not in obj:
        raise ValueError(f"no {fields.id!r} field; map the id field with --id-field")
    data: dict[str, Any] = {"id": obj[fields.id], "text": obj[fields.text]}
    if fields.title in obj:
        data["title"] = obj[fields.title]
    meta = dict(obj.get("meta") or {}) if isinstance(obj.get("meta"), dict) else {}
    for key, value in obj.items():
        if key in (fields.id, fields.text, fields.title, "meta"):
            continue
        if key in ARTICLE_FIELDS and (value is None or isinstance(value, str)):
            data[key] = value
        else:
            meta[key] = value
    data["meta"] = meta
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"field {where}: {first['msg']}") from exc


def parse_line(
    raw: bytes | Oversize, number: int, fields: FieldMap, limits: InputLimits = InputLimits()
) -> Article | InputProblem | None:
    """Decode one input line; None for blank lines (they are not articles).

    Never raises: whatever is wrong with the line (or an `Oversize` line, skipped as
    too long) becomes an `InputProblem` for that line alone.
    """
    if isinstance(raw, Oversize):
        return InputProblem(number, oversize_message(raw.size, limits))
    try:
        return _parse(raw, number, fields, limits)
    except Exception as exc:  # the line's fate is its own: never the run's
        return InputProblem(
            number, f"unreadable line ({type(exc).__name__}: {printable(str(exc), 200)})"
        )


def _parse(
    raw: bytes, number: int, fields: FieldMap, limits: InputLimits
) -> Article | InputProblem | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputProblem(
            number, f"invalid UTF-8 at byte {exc.start}; re-encode the file as UTF-8"
        )
    if not text.strip():
        return None
    try:
        obj = decode_json_line(text, limits)
    except LineProblem as exc:
        return InputProblem(number, str(exc))
    ident = obj.get(fields.id) if isinstance(obj, dict) else None
    ident = printable(str(ident)) if isinstance(ident, str | int) and ident != "" else None
    body = obj.get(fields.text) if isinstance(obj, dict) else None
    if limits.max_text_chars and isinstance(body, str) and len(body) > limits.max_text_chars:
        return InputProblem(
            number,
            f"text is {len(body):,} characters, over the {limits.max_text_chars:,} limit; "
            "raise --max-text-chars (0 for none) or split the article",
            ident,
        )
    try:
        guard_tree(text, obj, limits.max_depth)
    except LineProblem as exc:
        return InputProblem(number, str(exc), ident)
    try:
        return to_article(obj, fields)
    except ValueError as exc:
        return InputProblem(number, printable(str(exc)), ident)


def read_articles(
    path: Path,
    fields: FieldMap = FieldMap(),
    limit: int | None = None,
    limits: InputLimits = InputLimits(),
) -> Iterator[tuple[int, Article | InputProblem]]:
    """Yield (line number, Article or InputProblem); `limit` counts non-blank lines."""
    seen = 0
    with open_text(path) as handle:
        try:
            for number, raw in iter_raw_lines(handle, limits.max_line_bytes):
                item = parse_line(raw, number, fields, limits)
                if item is None:
                    continue
                yield number, item
                seen += 1
                if limit is not None and seen >= limit:
                    return
        except READ_ERRORS as exc:  # truncated or corrupt gzip, unreadable file
            raise InputError(unreadable_message(path, seen, exc)) from exc


def unreadable_message(path: Path, lines: int, exc: BaseException) -> str:
    return (
        f"{path}: cannot read past line {lines}: {printable(str(exc), 200) or type(exc).__name__}"
        "; the file is damaged (for a .gz, check it with `gzip -t`)"
    )


def read_text_article(path: Path, article_id: str | None = None) -> Article:
    """A single .txt article; its first non-empty line is the title if it looks like one."""
    if not path.exists():
        raise InputError(f"article file not found: {path}")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc}); re-encode it as UTF-8") from exc
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Article(
        id=article_id or path.stem, text=text, title=first if looks_like_title(first) else None
    )


def looks_like_title(line: str) -> bool:
    """A short first line without closing punctuation reads as a headline; a first line
    that is a whole paragraph (many pasted articles start with the lede) does not."""
    return 0 < len(line) <= 120 and line[-1] not in '.!?"\u201d:;,'


def find_article(path: Path, article_id: str, fields: FieldMap = FieldMap()) -> Article:
    """Find one article by id in a JSONL archive (for `briefing note --id`)."""
    for _, item in read_articles(path, fields):
        if isinstance(item, Article) and item.id == article_id:
            return item
    raise InputError(f"no article with id {article_id!r} in {path}")
