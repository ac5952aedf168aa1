"""Judge personas for the fake OpenAI server: how real judges behave, one habit each.

A judge request is recognised by its `<claims>` block (prompts/judge); every other
request (the run's briefings) goes to `fallback`, so one server serves a whole
`briefing run --judge`. Use as
`FakeOpenAIServer(responder=judge_responder("agrees"))`.

- `agrees`: a careful judge. For each claim it takes the article sentence sharing the
  most words with it; a claim whose numbers that sentence does not hold, when the
  sentence holds other numbers, is `contradicted`; one whose words it mostly holds is
  `supported`; anything else `unverified` (no citation). Citations are copied verbatim.
- `always_supported`: every claim `supported`, citing the article's first sentence.
- `contradicts_all`: every claim `contradicted`, citing the article's first sentence.
- `cites_elsewhere`: every claim `supported`, citing a sentence that is not in the article.
- `invalid_json`: prose, never JSON.
- `truncated`: the `agrees` answer cut off at 60% with finish_reason `length`.
- `slow`: the `agrees` answer after `SLOW_SECONDS`.
- `server_error`: HTTP 500 to every judge request (the briefings still answered).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps
from tests.support.fake_openai import Answered

__all__ = [
    "INVENTED",
    "JUDGE_PERSONAS",
    "SLOW_SECONDS",
    "claims_of",
    "is_judge_request",
    "judge_responder",
]

SLOW_SECONDS = 3.0
INVENTED = "The minister resigned in disgrace after the vote on Thursday night."
_CLAIMS = re.compile(r"<claims>\s*(.*?)\s*</claims>", re.DOTALL)
_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_SENTENCE = re.compile(r"[^.!?]+[.!?]+[\"”]?")
_WORD = re.compile(r"[A-Za-z0-9]+")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


def _claims_block(body: dict[str, Any]) -> re.Match[str] | None:
    """The `<claims>` block of the request's first user turn (a re-ask appends turns)."""
    for message in body.get("messages") or []:
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            return _CLAIMS.search(message["content"])
    return None


def is_judge_request(body: dict[str, Any]) -> bool:
    return _claims_block(body) is not None


def claims_of(body: dict[str, Any]) -> list[str]:
    """The numbered claims of a judge request, in order."""
    found = _claims_block(body)
    claims = []
    for line in (found.group(1) if found else "").splitlines():
        numbered = _NUMBERED.match(line.strip())
        if numbered:
            claims.append(numbered.group(2))
    return claims


def _article(body: dict[str, Any]) -> str:
    """The article text of a judge request (after its Title and Published lines)."""
    text = article_text_of(body)
    lines = text.splitlines()
    while lines and (lines[0].startswith(("Title:", "Published:")) or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(" ".join(text.split())) if s.strip()]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2 or w.isdigit()}


def _careful(claim: str, text: str) -> dict[str, Any]:
    sentences = _sentences(text) or [text]
    wanted = _words(claim)
    best = max(sentences, key=lambda s: len(wanted & _words(s)))
    shared = len(wanted & _words(best)) / max(1, len(wanted))
    numbers, theirs = set(_NUMBER.findall(claim)), set(_NUMBER.findall(best))
    if numbers and theirs and not numbers <= theirs:
        return {"verdict": "contradicted", "citation": best, "reason": "another number"}
    if shared >= 0.5:
        return {"verdict": "supported", "citation": best, "reason": "the article says so"}
    return {"verdict": "unverified", "citation": "", "reason": "the article does not say"}


def _verdicts(body: dict[str, Any], decide: Callable[[str, str], dict[str, Any]]) -> str:
    text = _article(body)
    verdicts = [{"claim": n, **decide(claim, text)} for n, claim in enumerate(claims_of(body), 1)]
    return json.dumps({"verdicts": verdicts}, ensure_ascii=False)


def _first(verdict: str) -> Callable[[str, str], dict[str, Any]]:
    def decide(claim: str, text: str) -> dict[str, Any]:
        sentences = _sentences(text) or [text]
        return {"verdict": verdict, "citation": sentences[0], "reason": f"judged {verdict}"}

    return decide


def _answer(name: str, body: dict[str, Any]) -> Answered:
    if name == "agrees":
        return Answered(_verdicts(body, _careful))
    if name == "always_supported":
        return Answered(_verdicts(body, _first("supported")))
    if name == "contradicts_all":
        return Answered(_verdicts(body, _first("contradicted")))
    if name == "cites_elsewhere":
        return Answered(
            _verdicts(
                body, lambda c, t: {"verdict": "supported", "citation": INVENTED, "reason": "yes"}
            )
        )
    if name == "invalid_json":
        return Answered("All of these claims look fine to me, except perhaps the second one.")
    if name == "truncated":
        whole = _verdicts(body, _careful)
        return Answered(whole[: int(len(whole) * 0.6)], finish_reason="length")
    if name == "slow":
        return Answered(_verdicts(body, _careful), delay=SLOW_SECONDS)
    if name == "server_error":
        return Answered("the judge model is overloaded", status=500)
    raise ValueError(f"unknown judge persona {name!r}; known: {sorted(JUDGE_PERSONAS)}")


JUDGE_PERSONAS = (
    "agrees",
    "always_supported",
    "contradicts_all",
    "cites_elsewhere",
    "invalid_json",
    "truncated",
    "slow",
    "server_error",
)


def _briefing(body: dict[str, Any]) -> str:
    return dumps(briefing_for_text(article_text_of(body)))


def judge_responder(
    name: str, fallback: Callable[[dict[str, Any]], Any] = _briefing
) -> Callable[[dict[str, Any]], Any]:
    """Judge requests answered the way persona `name` does; the rest by `fallback`."""
    if name not in JUDGE_PERSONAS:
        raise ValueError(f"unknown judge persona {name!r}; known: {sorted(JUDGE_PERSONAS)}")

    def respond(body: dict[str, Any]) -> Any:
        return _answer(name, body) if is_judge_request(body) else fallback(body)

    return respond
