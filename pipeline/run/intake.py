"""Intake: the input lines a session still has to do, with done ones skipped cheaply.

Resuming a run over millions of articles must not parse and validate millions of
articles only to skip them. Most archives put the id first (`{"id": "..."`), so a line
whose leading id is already done is skipped from its raw bytes; any other line goes
through the reader's full `parse_line` and is checked by id (or, for a line that is not
an article, by its content key). `--limit` counts input lines exactly as the reader does.

Exactly once across edits and repeats: every pass reads from line 1, so the first line
with an id is always met first; a later line with the same id becomes an `input` error
naming that first line (whether the first was done in this session or an earlier one).
Input errors are keyed by their line's bytes, not its number, so inserting or removing
lines changes no key, and an edited bad line is looked at again.

Repeated sampling (`--repeat k`, k > 1): an article is k pieces of work, each keyed by
(id, sample) (`newsbrief.run.resume.sample_key`), and the intake yields one `SampleJob`
per sample not yet done, so a resumed run briefs only the missing samples. A bad line
is still one input error: it has no article to sample.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import InputError
from newsbrief.inputs.lines import InputLimits, Oversize, iter_raw_lines, printable
from newsbrief.inputs.reader import (
    READ_ERRORS,
    FieldMap,
    InputProblem,
    open_text,
    parse_line,
    unreadable_message,
)
from newsbrief.run.resume import (
    ResumeIndex,
    content_key,
    id_key,
    line_digest,
    raw_key,
    sample_key,
)
from newsbrief.run.seen import SeenKeys
from newsbrief.schemas import Article

__all__ = ["HEARTBEAT_LINES", "Intake", "SampleJob"]


HEARTBEAT_LINES = 4096


@dataclass(frozen=True, slots=True)
class SampleJob:
    """One sample of an article still to brief, in a run with `--repeat` (k > 1)."""

    article: Article
    sample: int

    @property
    def text(self) -> str:
        return self.article.text


class Intake:
    """Iterate (line number, Article | SampleJob | InputProblem) not yet done; counts
    what it skips (in samples, with `repeat` > 1).

    With `repeat` 1 an article is yielded as itself, exactly as before repeats existed;
    with `repeat` k > 1 as one `SampleJob` per sample whose key is not done.

    After `HEARTBEAT_LINES` lines in a row that give nothing to do (blank, or done) it
    yields `(number, None)`, so a reader pulling with a time budget regains control
    (four gigabytes of blank lines must not hold a run hostage).
    """

    def __init__(
        self,
        path: Path,
        fields: FieldMap,
        done: ResumeIndex,
        limit: int | None = None,
        limits: InputLimits = InputLimits(),
        repeat: int = 1,
    ) -> None:
        self.path, self.fields, self.done, self.limit = path, fields, done, limit
        self.limits = limits
        self.repeat = max(1, repeat)
        name = fields.id.encode("utf-8")
        self._prefixes = (b'{"' + name + b'": "', b'{"' + name + b'":"')
        self.skipped = 0
        self.duplicates = 0
        self.complete = False  # True once the whole input was read (no --limit cut)
        self.ids = SeenKeys()
        self._occurrences: dict[bytes, int] = {}

    def _leading_id(self, raw: bytes) -> bytes | None:
        for prefix in self._prefixes:
            if raw.startswith(prefix):
                end = raw.find(b'"', len(prefix))
                value = raw[len(prefix) : end]
                return value if end > len(prefix) and b"\\" not in value else None
        return None

    def __iter__(self) -> Iterator[tuple[int, Article | SampleJob | InputProblem | None]]:
        read, idle = 0, 0
        with open_text(self.path) as handle:
            try:
                for number, raw in iter_raw_lines(handle, self.limits.max_line_bytes):
                    if self.limit is not None and read >= self.limit:
                        return
                    item = self._item(number, raw)
                    if item is not None:
                        read += 1
                    if item is None or item is _DONE:
                        idle += 1
                        if idle >= HEARTBEAT_LINES:
                            idle = 0
                            yield number, None
                        continue
                    idle = 0
                    if isinstance(item, list):  # the samples still to do
                        for job in item:
                            yield number, job
                    else:
                        yield number, item  # type: ignore[misc]
                self.complete = True
            except READ_ERRORS as exc:  # truncated or corrupt gzip, unreadable file
                raise InputError(unreadable_message(self.path, read, exc)) from exc

    def _item(
        self, number: int, raw: bytes | Oversize
    ) -> Article | list[SampleJob] | InputProblem | object | None:
        """The line's article (or its samples to do) or problem; `_DONE` if it is done;
        None for a blank line."""
        if isinstance(raw, bytes) and not raw.strip():
            return None  # blank (ASCII whitespace): the common case, without a decode
        leading = self._leading_id(raw) if isinstance(raw, bytes) else None
        if leading is not None and self._all_done(leading):
            first = self.ids.add(raw_key(leading), number)
            if first is None:
                self._expect_samples(leading, number)
                self.skipped += self.repeat
                return _DONE
            ident = printable(leading.decode("utf-8", "replace"))
            return self._problem(raw, _duplicate(number, ident, first))
        item = parse_line(raw, number, self.fields, self.limits)
        if item is None:
            return None
        if isinstance(item, InputProblem):
            return self._problem(raw, item)
        key = id_key(item.id)
        first = self.ids.add(key, number)
        if first is not None:
            return self._problem(raw, _duplicate(number, printable(item.id), first))
        if self.repeat > 1:
            return self._samples_to_do(item, number)
        if key in self.done:
            self.skipped += 1
            return _DONE
        return item

    def _all_done(self, raw_id: bytes) -> bool:
        return all(sample_key(raw_id, s) in self.done for s in range(self.repeat))

    def _expect_samples(self, raw_id: bytes, number: int) -> None:
        """Samples 1..k-1 are keys this pass has met too (their records are not stale)."""
        for sample in range(1, self.repeat):
            self.ids.add(sample_key(raw_id, sample), number)

    def _samples_to_do(self, article: Article, number: int) -> list[SampleJob] | object:
        raw_id = article.id.encode("utf-8")
        self._expect_samples(raw_id, number)
        jobs = [
            SampleJob(article, s)
            for s in range(self.repeat)
            if sample_key(raw_id, s) not in self.done
        ]
        self.skipped += self.repeat - len(jobs)
        return jobs or _DONE

    def _problem(self, raw: bytes | Oversize, problem: InputProblem) -> InputProblem | object:
        """Key the problem by its line's content (and which repeat of it this is)."""
        digest = raw.digest if isinstance(raw, Oversize) else line_digest(raw)
        occurrence = self._occurrences.get(digest, 0)
        self._occurrences[digest] = occurrence + 1
        key = content_key(digest, occurrence)
        self.ids.add(key, problem.line)
        if problem.message.startswith(DUPLICATE):
            self.duplicates += 1
        if key in self.done:
            self.skipped += 1
            return _DONE
        return dataclasses.replace(problem, key=key)


_DONE = object()
DUPLICATE = "duplicate id"


def _duplicate(number: int, ident: str, first: int) -> InputProblem:
    return InputProblem(
        number,
        f"{DUPLICATE} {ident!r}: line {first} has it already; give each article its own "
        "id (this line was not briefed)",
        ident,
    )
