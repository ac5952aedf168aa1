"""Deterministic briefing answers for the fake OpenAI server.

The fake server needs answers that validate against `Briefing` without a model, so
batch and end-to-end tests see real success paths. The answer is derived from the
article in the request's last user message with cheap string rules (no NLP), and every
quote is copied verbatim from the text so grounding can find it.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = [
    "article_text_of",
    "briefing_for_text",
    "dumps",
    "invalid_briefing",
    "last_user_text",
]

_ARTICLE = re.compile(r"<article>\s*(.*?)\s*</article>", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_QUOTE = re.compile(r"[\"“]([^\"”]{12,300})[\"”]")


def _user_texts(body: dict[str, Any]) -> list[str]:
    """The text of every user message of a chat-completions request body, in order."""
    texts = []
    for message in body.get("messages") or []:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):  # content parts: keep the text ones
            content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
        texts.append(str(content or ""))
    return texts


def last_user_text(body: dict[str, Any]) -> str:
    texts = _user_texts(body)
    return texts[-1] if texts else ""


def article_text_of(body: dict[str, Any]) -> str:
    """The article of the request: inside <article>...</article> of the last user message
    that has one (re-asks append a correction message after it), else the last user text."""
    for text in reversed(_user_texts(body)):
        found = _ARTICLE.search(text)
        if found:
            return found.group(1).strip()
    return last_user_text(body).strip()


def _sentences(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines()]
    # Page furniture (bylines, file names) tends to be short lines: skip them.
    prose = " ".join(line for line in lines if len(line.split()) >= 6) or " ".join(lines)
    return [s.strip() for s in _SENTENCE_END.split(prose) if s.strip()]


def briefing_for_text(text: str) -> dict[str, Any]:
    """A valid Briefing (as a dict) built from the first sentences of `text`."""
    sentences = _sentences(text) or ["The article has no text."]
    first = sentences[0]
    headline = " ".join(first.rstrip(".!?").split()[:15]) or "Untitled article"
    quotes = [{"speaker": None, "text": match.group(1).strip()} for match in _QUOTE.finditer(text)][
        :3
    ]
    return {
        "headline": headline,
        "summary": " ".join(sentences[:2]),
        "key_points": sentences[:3],
        "five_w1h": {
            "who": [],
            "what": headline,
            "when": None,
            "where": None,
            "why": None,
            "how": None,
        },
        "actors": [],
        "events": [
            {"what": first, "when": None, "when_text": None, "where": None, "participants": []}
        ],
        "quotes": quotes,
        "relations": [],
        "topics": [],
    }


def invalid_briefing(text: str) -> dict[str, Any]:
    """Valid JSON that fails `Briefing` validation: the headline is missing and an
    event date is not ISO 8601 (the validator's message asks for YYYY-MM-DD)."""
    answer = briefing_for_text(text)
    del answer["headline"]
    answer["events"][0]["when"] = "last Tuesday"
    return answer


def dumps(answer: dict[str, Any]) -> str:
    return json.dumps(answer, ensure_ascii=False)
