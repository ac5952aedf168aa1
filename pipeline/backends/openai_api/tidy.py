"""A received completion made parseable by every instructor mode, before instructor parses.

instructor checks `finish_reason == "length"` and extracts the JSON itself before it
validates, differently per mode (MD_JSON keeps the LAST complete JSON span in the text:
for an answer with a trailing comma that is the last actor, not the briefing). So the
JSON syntax repair runs here, on the completion as it arrives: the answer text (message
content, or the tool call's arguments) is replaced by the repaired JSON, and an answer
cut off at the token limit is marked in the `AnswerLog` (and kept, as a partial
briefing) instead of being thrown away. An answer with no JSON at all is left as it is:
the parse step then asks again with a message saying so. The raw text is counted
before this runs, so error records keep what the model really wrote.
"""

from __future__ import annotations

import json
from typing import Any

from newsbrief.answers import AnswerInvalid, AnswerLog, load_answer

__all__ = ["tidy_completion"]


def tidy_completion(completion: Any, log: AnswerLog) -> None:
    """Repair `completion`'s answer text in place and start a new attempt in `log`."""
    choices = getattr(completion, "choices", None) or []
    if not choices:
        log.new_answer()
        return
    choice = choices[0]
    truncated = choice.finish_reason == "length"
    log.new_answer(truncated=truncated)
    if truncated:
        choice.finish_reason = "stop"  # kept and closed; the record says it is partial
    message = choice.message
    tool_calls = getattr(message, "tool_calls", None) or []
    target: Any = tool_calls[0].function if tool_calls else message
    attribute = "arguments" if tool_calls else "content"
    text = getattr(target, attribute, None)
    if not isinstance(text, str):
        return
    before = len(log.repairs)
    try:
        data = load_answer(text, log)
    except AnswerInvalid:
        return
    if len(log.repairs) > before:
        setattr(target, attribute, json.dumps(data, ensure_ascii=False))
    else:  # the text as it is: parsing takes this value instead of reading it again
        log.loaded = (text, data)
