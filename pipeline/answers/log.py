"""What happened to one article's answers: repairs made, items removed, attempts seen.

The backend puts one `AnswerLog` into the validation context of each article
(`context["answer_log"]`); `newsbrief.answers.parse` writes into it on every attempt and
the backend copies the final attempt's repairs and removals onto the record. It is plain
data, so every backend (openai through instructor, llamacpp's own loop) shares it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from newsbrief.schemas import Removal, Repair

__all__ = ["LOG_KEY", "AnswerInvalid", "AnswerLog", "OnInvalid", "answer_log_of"]

LOG_KEY = "answer_log"
OnInvalid = Literal["salvage", "error"]
_SHOWN = 120


def _short(value: Any) -> Any:
    """Long text shortened for the record: repairs document, they do not archive."""
    if isinstance(value, str) and len(value) > _SHOWN:
        return value[: _SHOWN - 3] + "..."
    return value


class AnswerInvalid(ValueError):
    """An answer that still fails after every repair; the message names only the fields
    that are still wrong, so a re-ask asks for exactly those."""

    def __init__(self, message: str, fields: list[str]) -> None:
        super().__init__(message)
        self.fields = fields


@dataclass
class AnswerLog:
    """Repairs and removals of the current attempt, plus what the parser must know."""

    max_reasks: int = 2
    on_invalid: OnInvalid = "salvage"
    attempts: int = 0  # answers parsed so far
    truncated: bool = False  # the current answer stopped at the token limit
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    anchor: date | int | None = None  # the article's date anchor, found once
    anchor_found: bool = False
    # The current answer's text and its JSON value, when the backend read it as it
    # arrived and it needed no repair: parsing takes the value instead of reading the
    # same text again (`newsbrief.answers.parse`; matched by identity of the text).
    loaded: tuple[str, dict[str, Any]] | None = None

    def new_answer(self, *, truncated: bool = False) -> None:
        """A new answer arrived: what was repaired or removed in the last one no longer
        applies. Called by the backend when the answer arrives (before any parsing)."""
        self.attempts += 1
        self.truncated = truncated
        self.repairs, self.removed = [], []
        self.loaded = None

    def reread_as_last(self) -> None:
        """The current answer is read again as the call's last (salvage then applies):
        no further re-ask may follow, and what the first reading logged is forgotten."""
        self.max_reasks = self.attempts - 1
        self.repairs, self.removed = [], []

    @property
    def last_attempt(self) -> bool:
        return self.attempts > self.max_reasks

    def repair(self, path: str, kind: str, before: Any = None, after: Any = None) -> None:
        self.repairs.append(
            Repair(path=path, kind=kind, before=_short(before), after=_short(after))
        )

    def remove(self, path: str, reason: str, value: Any = None) -> None:
        self.removed.append(Removal(path=path, reason=reason, value=_short(value)))

    @property
    def partial(self) -> bool:
        return bool(self.removed)


def answer_log_of(context: dict[str, Any] | None) -> AnswerLog:
    """The context's log, or a throwaway one (validation outside a backend call)."""
    if isinstance(context, dict):
        log = context.get(LOG_KEY)
        if isinstance(log, AnswerLog):
            return log
    return AnswerLog()
