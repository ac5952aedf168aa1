"""One provider result line -> exactly one record: the only place batch answers are judged.

A batch answer must end up exactly like a live one: repaired, coerced, validated and
salvaged by `newsbrief.answers` against the same grounded schema, grounded against the
article text (evidence offsets, grounding summary, injection flag, prose checks) and
priced at the batch rate. A batch cannot re-ask, so every answer is on its last
attempt: what is invalid is salvaged away (a `partial` record) and an answer with
nothing to salvage becomes a `validation` error record that keeps the raw text;
`briefing run --retry-errors` can brief those again through the live API.

Lines that are not answers at all (an HTTP error inside the batch) are returned as a
`Failure` instead: the flow resends them in a later batch or records them at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.answers import LOG_KEY, AnswerInvalid, AnswerLog, parse_answer
from newsbrief.grounding import DEFAULT_POLICY, finish_briefing, grounded_briefing_model
from newsbrief.inputs.lines import printable
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord, Provenance, Usage
from newsbrief.step.brief import prose_removals

__all__ = ["Failure", "answer_record", "line_usage", "read_result_line"]


@dataclass(frozen=True)
class Failure:
    """A request the provider did not answer (HTTP error in the batch, expired...)."""

    custom_id: str
    message: str


def line_usage(body: dict[str, Any]) -> Usage:
    """The chat.completions `usage` of one answer, as a one-request `Usage`.

    Raises `ValueError` naming the field when a count is not a whole number of tokens
    (a string, a negative or fractional number, one past any real request)."""
    usage = _object(body.get("usage"), "usage")
    details = _object(usage.get("prompt_tokens_details"), "usage.prompt_tokens_details")
    return Usage(
        prompt_tokens=_tokens(usage, "prompt_tokens", "usage"),
        completion_tokens=_tokens(usage, "completion_tokens", "usage"),
        cached_tokens=_tokens(details, "cached_tokens", "usage.prompt_tokens_details"),
        requests=1,
    )


_MAX_TOKENS = 10**12


def _object(value: object, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{where} is {printable(repr(value), 40)}, not an object")
    return value


def _tokens(usage: dict[str, Any], key: str, where: str) -> int:
    value = usage.get(key)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < _MAX_TOKENS:
        raise ValueError(f"{where}.{key} is {printable(repr(value), 40)}, not a count of tokens")
    return value


def _content(body: dict[str, Any]) -> tuple[str | None, str | None]:
    choice = _object((body.get("choices") or [{}])[0], "choices[0]")
    message = _object(choice.get("message"), "choices[0].message")
    calls = message.get("tool_calls") or []
    content = calls[0]["function"]["arguments"] if calls else message.get("content")
    finish = choice.get("finish_reason")
    if not isinstance(content, str | None) or not isinstance(finish, str | None):
        raise ValueError("the answer's content or finish_reason is not text")
    return content, finish


def read_result_line(obj: dict[str, Any]) -> tuple[str | None, str | None, Usage] | Failure:
    """(raw answer, finish_reason, usage) of an answered line, or a `Failure`.

    Raises `ValueError` (or a `LookupError`/`TypeError` for a wrong shape) when the
    line is not a result the provider could have written."""
    response = _object(obj.get("response"), "response")
    body = _object(response.get("body"), "response.body")
    status = response.get("status_code", 200 if response else None)
    if obj.get("error") or status != 200 or not body.get("choices"):
        error = obj.get("error") or body.get("error") or {}
        message = error.get("message") if isinstance(error, dict) else error
        text = printable(message, 2000) if isinstance(message, str) else None
        return Failure(obj["custom_id"], text or f"batch request failed (HTTP {status})")
    raw, finish = _content(body)
    return raw, finish, line_usage(body)


def answer_record(
    article_id: str,
    raw: str | None,
    finish_reason: str | None,
    usage: Usage,
    provenance: Provenance,
    *,
    text: str | None = None,
    published: str | None = None,
    datamark: str | None = None,
) -> BriefingRecord | ErrorRecord:
    """Raw answer text -> a validated, grounded `BriefingRecord`, or an `ErrorRecord`.

    The live path's steps, minus the re-ask: `newsbrief.answers` repairs and coerces the
    answer, validates it against the grounded model (the article's `text` and date in
    the context) and, since this is the last attempt, salvages what is valid (the record
    is then `partial` and lists what was removed). Without `text` (an import without
    the archive) the briefing is validated and kept ungrounded."""
    common: dict[str, Any] = {
        "id": article_id,
        "provenance": provenance,
        "attempts": 1,
        "usage": usage,
    }
    log = AnswerLog(max_reasks=0)
    log.new_answer(truncated=finish_reason == "length")
    context: dict[str, Any] = {LOG_KEY: log, "max_reasks": 0}
    if text is not None:
        context.update(article_text=text, article_id=article_id, article_published=published)
    model = grounded_briefing_model(DEFAULT_POLICY) if text is not None else Briefing
    try:
        briefing = parse_answer(model, raw or "", context)
    except AnswerInvalid as exc:
        cut = "answer truncated by max_tokens (raise max_tokens in the prompt parameters); " * (
            log.truncated
        )
        detail = " ".join(str(exc).split())
        return ErrorRecord(
            kind="validation", message=f"{cut}no valid briefing: {detail[:500]}", raw=raw, **common
        )
    if text is not None:
        briefing = finish_briefing(briefing, text, DEFAULT_POLICY, datamark)
    removed = [*log.removed, *prose_removals(briefing)]
    return BriefingRecord(
        briefing=briefing,
        status="partial" if removed else "ok",
        repairs=log.repairs,
        removed=removed,
        **common,
    )
