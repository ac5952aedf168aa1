"""One provider result line -> exactly one record: the only place batch answers are judged.

A batch answer must end up exactly like a live one: parsed and validated against the
same schema, grounded against the article text (evidence offsets, grounding summary,
injection flag) and priced at the batch rate. A batch cannot re-ask, so an answer that
does not validate becomes a `validation` error record that keeps the raw text;
`briefing run --retry-errors` can brief those again through the live API.

Lines that are not answers at all (an HTTP error inside the batch) are returned as a
`Failure` instead: the flow resends them in a later batch or records them at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from newsbrief.grounding import DEFAULT_POLICY, finish_briefing
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord, Provenance, Usage

__all__ = ["Failure", "answer_record", "line_usage", "read_result_line"]


@dataclass(frozen=True)
class Failure:
    """A request the provider did not answer (HTTP error in the batch, expired...)."""

    custom_id: str
    message: str


def line_usage(body: dict[str, Any]) -> Usage:
    """The chat.completions `usage` of one answer, as a one-request `Usage`."""
    usage = body.get("usage") or {}
    details = usage.get("prompt_tokens_details") or {}
    return Usage(
        prompt_tokens=usage.get("prompt_tokens") or 0,
        completion_tokens=usage.get("completion_tokens") or 0,
        cached_tokens=details.get("cached_tokens") or 0,
        requests=1,
    )


def _content(body: dict[str, Any]) -> tuple[str | None, str | None]:
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    calls = message.get("tool_calls") or []
    content = calls[0]["function"]["arguments"] if calls else message.get("content")
    return content, choice.get("finish_reason")


def read_result_line(obj: dict[str, Any]) -> tuple[str | None, str | None, Usage] | Failure:
    """(raw answer, finish_reason, usage) of an answered line, or a `Failure`."""
    response = obj.get("response") or {}
    body = response.get("body") or {}
    status = response.get("status_code", 200 if response else None)
    if obj.get("error") or status != 200 or not body.get("choices"):
        error = obj.get("error") or body.get("error") or {}
        message = error.get("message") if isinstance(error, dict) else str(error)
        return Failure(obj["custom_id"], message or f"batch request failed (HTTP {status})")
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
    datamark: str | None = None,
) -> BriefingRecord | ErrorRecord:
    """Raw answer text -> a validated, grounded `BriefingRecord`, or an `ErrorRecord`.

    `text` is the article: without it (an import without the archive) the briefing is
    kept ungrounded."""
    common: dict[str, Any] = {
        "id": article_id,
        "provenance": provenance,
        "attempts": 1,
        "usage": usage,
    }
    if finish_reason == "length":
        return ErrorRecord(
            kind="validation",
            message="answer truncated by max_tokens; raise max_tokens in the prompt parameters",
            raw=raw,
            **common,
        )
    try:
        briefing = Briefing.model_validate_json(raw or "")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        return ErrorRecord(kind="validation", message=f"{where}: {first['msg']}", raw=raw, **common)
    if text is not None:
        briefing = finish_briefing(briefing, text, DEFAULT_POLICY, datamark)
    return BriefingRecord(briefing=briefing, **common)
