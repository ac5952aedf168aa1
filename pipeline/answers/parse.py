"""One model answer -> a validated briefing: repair, coerce, validate, then re-ask or salvage.

`parse_answer` is the single entry point every backend uses where it used to call
`model_validate_json`: the openai backend through instructor's parse step (the prepared
response model routes there), the llamacpp backend in its own loop. Steps:

1. `newsbrief.answers.syntax`: the JSON object in the text (prose, fences, broken syntax);
2. `newsbrief.answers.coerce`: types, enums, unknown keys and dates bent onto the schema;
3. validation against the response model (grounding validators included);
4. what still fails: on an attempt that may be re-asked, `AnswerInvalid` naming exactly
   the fields still wrong (repaired fields are not mentioned: they are fine now); on the
   last attempt, salvage (`--on-invalid salvage`, the default) or `AnswerInvalid`.

An answer cut off at the token limit and closed by the repair is kept, but always as a
partial briefing: what came after the cut is unknown.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from newsbrief.answers.coerce import coerce_answer
from newsbrief.answers.log import AnswerInvalid, answer_log_of
from newsbrief.answers.salvage import problems_of, salvage, validate
from newsbrief.answers.syntax import load_answer

__all__ = ["TRUNCATED_REASON", "parse_answer", "reask_message"]

M = TypeVar("M", bound=BaseModel)

TRUNCATED_REASON = (
    "the answer was cut off at the token limit: anything after the cut is missing "
    "(raise max_tokens to get whole answers)"
)


def reask_message(messages: list[str], truncated: bool = False) -> str:
    """Feedback for a re-ask: only what is still wrong, and that the rest is kept."""
    lead = (
        "Your answer was cut off at the token limit: write a shorter answer. " if truncated else ""
    )
    return (
        f"{lead}Your answer was read and every other field is fine; fix only these "
        f"{len(messages)} field(s) and return the whole JSON object again: " + "; ".join(messages)
    )


def parse_answer(
    model: type[M],
    text: str | bytes,
    context: dict[str, Any] | None = None,
    *,
    strict: bool | None = None,
) -> M:
    """The validated answer; raises `AnswerInvalid` (with the fields to fix)."""
    log = answer_log_of(context)
    if log.attempts == 0:  # called outside a backend: this is the first answer
        log.new_answer()
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    if log.loaded is not None and log.loaded[0] is text:
        data = log.loaded[1]  # read as it arrived (`AnswerLog.loaded`), not again
    else:
        data = load_answer(text, log)
    data = coerce_answer(data, model, log, context or {})
    try:
        parsed = validate(model, data, context, strict)
    except ValidationError as exc:
        if log.last_attempt and log.on_invalid == "salvage":
            parsed = salvage(model, data, exc, context, log, strict)
        else:
            problems = problems_of(exc)
            raise AnswerInvalid(
                reask_message([p.message for p in problems], log.truncated),
                [p.path for p in problems],
            ) from exc
    if log.truncated:
        log.repair("", "truncated_closed", before=None, after=None)
        log.remove("", TRUNCATED_REASON)
    return parsed  # type: ignore[return-value]
