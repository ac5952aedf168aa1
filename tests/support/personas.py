"""Answer personas for the fake OpenAI server: one model slip each.

Real models, small local ones most of all, rarely answer exactly the schema. Each
persona answers every request with a briefing of the request's article (richer than the
default answer: an actor, a dated event, a relation, topics) carrying ONE kind of slip,
the way a model that has the habit does on every answer, re-asks included. Use as
`FakeOpenAIServer(responder=persona_responder("dates_as_written"))`, or the `--persona`
option of `python -m tests.support.fake_openai`. `PERSONAS` maps each name to its
expected outcome under the default settings (quotes strict, names flagged, 2 re-asks).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsbrief.text.dates import find_dates
from tests.support.fake_briefing import article_text_of, briefing_for_text

__all__ = ["PERSONAS", "UNLINKED_POINT", "Persona", "persona_responder", "rich_briefing"]

_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)+)\b")


def rich_briefing(text: str) -> dict[str, Any]:
    """A valid briefing with an actor, a dated event, a relation and topics, from `text`."""
    answer = briefing_for_text(text)
    names = [m.group(1) for m in _NAME.finditer(text)]
    name = names[0] if names else None
    if name:
        answer["actors"] = [
            {"name": name, "kind": "person", "role": None, "affiliation": None, "aliases": []}
        ]
        answer["five_w1h"]["who"] = [name]
    dates = [d for d in find_dates(text) if d.iso or d.year]
    written = dates[0].text if dates else None
    answer["events"][0].update({"when": None, "when_text": written})
    answer["relations"] = [
        {
            "parties": ["Cambodia", "Thailand"],
            "kind": "cooperation",
            "description": "The two countries work together.",
        }
    ]
    answer["topics"] = ["politics", "defence"]
    return answer


def _dates_as_written(answer: dict[str, Any], text: str) -> dict[str, Any]:
    found = find_dates(text)
    written = found[0].text if found else "March 3"
    for event in answer["events"]:
        event["when"], event["when_text"] = written, None
    return answer


def _enum_case(answer: dict[str, Any], text: str) -> dict[str, Any]:
    for actor in answer["actors"]:
        actor["kind"] = "Person"
    answer["actors"].append({"name": "Cambodia", "kind": "Nation", "aliases": []})
    answer["topics"] = ["Defense", "Politics", "Science & Technology"]
    answer["relations"][0]["kind"] = "Co-operation"
    return answer


def _extra_keys(answer: dict[str, Any], text: str) -> dict[str, Any]:
    for actor in answer["actors"]:
        actor["confidence"] = 0.9
    answer["language"] = "en"
    answer["events"][0]["importance"] = "high"
    return answer


def _who_string(answer: dict[str, Any], text: str) -> dict[str, Any]:
    who = answer["five_w1h"]["who"]
    answer["five_w1h"]["who"] = who[0] if who else "the government"
    answer["events"][0]["participants"] = who[0] if who else "the government"
    return answer


def _null_lists(answer: dict[str, Any], text: str) -> dict[str, Any]:
    answer["relations"] = None
    answer["quotes"] = answer["quotes"] or None
    answer["events"][0]["participants"] = None
    answer["actors"] = [dict(a, aliases=None) for a in answer["actors"]]
    return answer


def _paraphrase(answer: dict[str, Any], text: str) -> dict[str, Any]:
    answer["quotes"].append(
        {"speaker": None, "text": "We strongly believe that cooperation will bring peace soon"}
    )
    return answer


# A sentence no article states and no rule can link: unverified, never contradicted.
UNLINKED_POINT = "Observers expect the effects to be felt well beyond the region."
_NUMBER = re.compile(r"\b\d+\b")


def _bad_prose(answer: dict[str, Any], text: str) -> dict[str, Any]:
    """Two prose slips: an article sentence with its number changed (contradicted) and a
    sentence of the model's own that nothing in the article links to (unverified)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if _NUMBER.search(s)]
    if sentences:
        first = sentences[0]
        number = _NUMBER.search(first)
        assert number is not None
        changed = first[: number.start()] + str(int(number.group(0)) + 7) + first[number.end() :]
        answer["key_points"] = [changed, *answer["key_points"]]
    answer["key_points"].append(UNLINKED_POINT)
    return answer


def _hallucinated_actor(answer: dict[str, Any], text: str) -> dict[str, Any]:
    answer["actors"].append({"name": "Jonathan Q. Pemberton", "kind": "person", "aliases": []})
    return answer


def _single_quotes_trailing_commas(value: Any) -> str:
    """JSON as a careless model writes it: single-quoted keys, trailing commas."""
    if isinstance(value, dict):
        items = "".join(f"'{k}': {_single_quotes_trailing_commas(v)}, " for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + "".join(f"{_single_quotes_trailing_commas(v)}, " for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Persona:
    """A slip and the outcome expected under default settings: status and requests."""

    render: Callable[[dict[str, Any], str], str]
    outcome: str  # ok | partial | error
    requests: int
    finish_reason: str = "stop"


def _json(change: Callable[[dict[str, Any], str], dict[str, Any]]) -> Callable[..., str]:
    return lambda answer, text: json.dumps(change(answer, text), ensure_ascii=False)


def _truncate(answer: dict[str, Any], text: str) -> str:
    whole = json.dumps(answer, ensure_ascii=False)
    return whole[: int(len(whole) * 0.7)]


PERSONAS: dict[str, Persona] = {
    "clean": Persona(_json(lambda a, t: a), "ok", 1),
    "dates_as_written": Persona(_json(_dates_as_written), "ok", 1),
    "enum_case": Persona(_json(_enum_case), "ok", 1),
    "extra_keys": Persona(_json(_extra_keys), "ok", 1),
    "who_string": Persona(_json(_who_string), "ok", 1),
    "null_lists": Persona(_json(_null_lists), "ok", 1),
    "fenced_prose": Persona(
        lambda a, t: (
            "Here is the briefing you asked for:\n```json\n"
            + json.dumps(a, indent=2, ensure_ascii=False)
            + "\n```\nLet me know if you need anything else."
        ),
        "ok",
        1,
    ),
    "trailing_commas": Persona(lambda a, t: _single_quotes_trailing_commas(a), "ok", 1),
    "truncated": Persona(_truncate, "partial", 1, finish_reason="length"),
    "paraphrased_quote": Persona(_json(_paraphrase), "partial", 3),
    "hallucinated_actor": Persona(_json(_hallucinated_actor), "ok", 1),
    # prose is only flagged by default; `prose=strict` re-asks the contradicted sentence
    "bad_prose": Persona(_json(_bad_prose), "ok", 1),
    "refusal": Persona(lambda a, t: "I'm sorry, but I can't help with that request.", "error", 3),
    "empty": Persona(lambda a, t: "", "error", 3),
}


def persona_responder(name: str) -> Callable[[dict[str, Any]], str]:
    """A responder answering every request the way persona `name` does."""
    persona = PERSONAS[name]

    def respond(body: dict[str, Any]) -> str:
        text = article_text_of(body)
        return persona.render(rich_briefing(text), text)

    return respond
