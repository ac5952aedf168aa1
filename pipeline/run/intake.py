"""Intake: the input lines a session still has to do, with done ones skipped cheaply.

Resuming a run over millions of articles must not parse and validate millions of
articles only to skip them. Most archives put the id first (`{"id": "..."`), so a line
whose leading id is already done is skipped from its raw bytes; any other line goes
through the reader's full `parse_line` and is checked by id (or, for a line that is not
an article, by line number). `--limit` counts input lines exactly as the reader does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbrief.errors import InputError
from newsbrief.inputs.reader import FieldMap, InputProblem, open_text, parse_line
from newsbrief.run.resume import ResumeIndex, id_key, line_key, raw_key
from newsbrief.schemas import Article

__all__ = ["Intake"]


class Intake:
    """Iterate (line number, Article | InputProblem) not yet done; counts what it skips."""

    def __init__(
        self, path: Path, fields: FieldMap, done: ResumeIndex, limit: int | None = None
    ) -> None:
        self.path, self.fields, self.done, self.limit = path, fields, done, limit
        name = fields.id.encode("utf-8")
        self._prefixes = (b'{"' + name + b'": "', b'{"' + name + b'":"')
        self.skipped = 0

    def _leading_id(self, raw: bytes) -> bytes | None:
        for prefix in self._prefixes:
            if raw.startswith(prefix):
                end = raw.find(b'"', len(prefix))
                value = raw[len(prefix) : end]
                return value if end > len(prefix) and b"\\" not in value else None
        return None

    def __iter__(self) -> Iterator[tuple[int, Article | InputProblem]]:
        done, read, resuming = self.done, 0, len(self.done) > 0
        with open_text(self.path) as handle:
            try:
                for number, raw in enumerate(handle, start=1):
                    if self.limit is not None and read >= self.limit:
                        return
                    if resuming:
                        leading = self._leading_id(raw)  # the id's UTF-8 bytes, as hashed
                        if leading is not None and raw_key(leading) in done:
                            read += 1
                            self.skipped += 1
                            continue
                    item = parse_line(raw, number, self.fields)
                    if item is None:
                        continue  # blank lines are not articles
                    read += 1
                    key = line_key(number) if isinstance(item, InputProblem) else id_key(item.id)
                    if key in done:
                        self.skipped += 1
                        continue
                    yield number, item
            except (OSError, EOFError) as exc:  # truncated gzip, unreadable file
                raise InputError(f"{self.path}: cannot read past line {read}: {exc}") from exc
