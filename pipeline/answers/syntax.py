"""Answer text -> a JSON value, with prose, code fences and broken syntax repaired.

Models wrap JSON in prose ("Here is the briefing:"), in ```json fences, leave trailing
commas, use single quotes or stop mid-object at the token limit. `json.loads` is tried
first (the common, clean case costs nothing extra); then the text between the first `{`
and the last `}` (prose or fences around valid JSON); then the json-repair library,
which closes a truncated tail and fixes quotes and commas. Each fallback is recorded.
"""

from __future__ import annotations

import json
from typing import Any

import json_repair

from newsbrief.answers.log import AnswerInvalid, AnswerLog

__all__ = ["load_answer"]

NO_JSON = (
    "the answer holds no JSON object: answer with one JSON object for the briefing, "
    "with no text before or after it"
)


def _outer_object(text: str) -> str | None:
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else None


def load_answer(text: str, log: AnswerLog) -> dict[str, Any]:
    """The JSON object in `text`; raises `AnswerInvalid` when there is none."""
    stripped = text.strip()
    try:
        value = json.loads(stripped)
    except ValueError:
        value = None
        inner = _outer_object(stripped)
        if inner is not None and inner != stripped:
            try:
                value = json.loads(inner)
                log.repair("", "text_around_json", before=stripped, after=None)
            except ValueError:
                value = None
        if value is None and stripped:
            repaired = json_repair.loads(stripped)
            if isinstance(repaired, dict | list) and repaired:
                value = repaired
                log.repair("", "json_syntax", before=stripped, after=None)
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        log.repair("", "unwrapped_list", before="[...]", after="{...}")
        value = value[0]
    if not isinstance(value, dict):
        raise AnswerInvalid(NO_JSON, [""])
    return value
