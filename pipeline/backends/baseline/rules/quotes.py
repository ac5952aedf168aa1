"""Direct quotations and who said them.

A quotation is text between double quotes (straight or curly) of at least four words,
kept verbatim without the marks. The speaker is the one the prose checks read
(`newsbrief.grounding.faithfulness.reported.attributed_occurrence`: the attribution next
to the quotation, the subject of its reporting verb, the quotation it continues,
pronouns resolved; a title resolved to the person the article gives it), so the
baseline and the speaker check agree by construction about who said what. Where that
reading finds nobody, the older patterns here ('..., X said' / 'X: “...”' / the previous
quote of the same paragraph) are not used: a guess the checker cannot confirm is no
speaker. Short names are handed to a resolver that knows the article's actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsbrief.grounding.faithfulness.reported import attributed_occurrence
from newsbrief.grounding.faithfulness.titles import resolve_role
from newsbrief.text.lexicon import SPEECH_VERBS

__all__ = ["QuoteMention", "Resolver", "find_quotes", "quote_spans"]

MIN_QUOTE_WORDS = 4
# How far before a quotation its attribution is looked for: an attribution stands in the
# quotation's own sentence; searching a whole one-line scrape before every quotation
# would cost time quadratic in its length.
BEFORE_CHARS = 400
_QUOTE = re.compile(r"“(?P<curly>[^“”\n]+)”|\"(?P<straight>[^\"\n]+)\"")
_WHO = r"(?P<who>[A-Za-z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,5}?)"
_AFTER_VERB_FIRST = re.compile(rf"^[\s,]*(?:{SPEECH_VERBS})\s+(?:the\s+)?{_WHO}\s*(?:[.,;]|$)")
_AFTER_WHO_FIRST = re.compile(
    rf"^[\s,]*(?:the\s+|The\s+)?{_WHO}\s+(?:also\s+)?(?:{SPEECH_VERBS})\b"
)
_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:the\s+)?{_WHO}\s+(?:also\s+)?(?:{SPEECH_VERBS})\b(?!.*\b(?:{SPEECH_VERBS})\b)"
    r"[^“”\"]*$"
)
_AFTER_ACCORDING = re.compile(rf"^[\s,]*according to\s+(?:the\s+)?{_WHO}\s*(?:[.,;]|$)")
_BEFORE_COLON = re.compile(rf"(?:^|[\s(])(?:the\s+|The\s+)?{_WHO}\s*:\s*$")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_NOT_SPEAKERS = frozenset({"this", "that", "which", "who", "reports", "report"})

Resolver = Callable[[str, int, "str | None"], "str | None"]
"""resolve(who_as_written, position, previous_speaker) -> speaker, or None if unknown."""


@dataclass(frozen=True)
class QuoteMention:
    text: str
    start: int
    end: int
    speaker: str | None


def _clean_who(who: str) -> str | None:
    words = who.split()
    if not words or len(words) > 6:
        return None
    if words[0].lower() in _NOT_SPEAKERS:
        return None
    return who.strip(" ,.")


def _attribution(text: str, quote_start: int, quote_end: int, para_start: int) -> str | None:
    after = text[quote_end : quote_end + 160].split("\n", 1)[0]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST, _AFTER_ACCORDING):
        match = pattern.match(after)
        if match:
            who = _clean_who(match.group("who"))
            if who:
                return who
    before = text[max(para_start, quote_start - BEFORE_CHARS) : quote_start]
    sentence_start = max(before.rfind(". "), before.rfind("” "), before.rfind('" '))
    match = _BEFORE.search(before[sentence_start + 1 :] if sentence_start >= 0 else before)
    if match:
        return _clean_who(match.group("who"))
    colon = _BEFORE_COLON.search(before)
    return _clean_who(colon.group("who")) if colon else None


def _trim(inner: str, start: int) -> tuple[str, int]:
    """Drop spaces and a trailing comma inside the marks; keep the text verbatim."""
    lead = len(inner) - len(inner.lstrip())
    body = inner.strip().rstrip(",").rstrip()
    return body, start + lead


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of every quoted passage (any length): text there is not narration."""
    return [match.span() for match in _QUOTE.finditer(text)]


def checked_speaker(text: str, start: int, end: int) -> str | None:
    """Who the speaker check reads as saying the quotation at text[start:end]: a name,
    or the person a title stands for; None where it names nobody (then the check says
    `not_checked`, and the baseline names no speaker)."""
    found = attributed_occurrence(text, start, end)
    if found is None:
        return None
    if found.kind == "name":
        return _clean_who(found.who)
    if found.kind == "role":
        people = resolve_role(text, found)
        return _clean_who(people[0].who) if people else None
    return None  # a pronoun the check could not resolve: nobody is guessed


def find_quotes(text: str, resolve: Resolver | None = None) -> list[QuoteMention]:
    """Every quotation of MIN_QUOTE_WORDS words or more, with its speaker if known."""
    found: list[QuoteMention] = []
    last_speaker = None
    for match in _QUOTE.finditer(text):
        group = "curly" if match.group("curly") is not None else "straight"
        body, start = _trim(match.group(group), match.start(group))
        if len(body.split()) < MIN_QUOTE_WORDS:
            continue
        who = checked_speaker(text, start, start + len(body))
        speaker = None
        if who is not None:
            speaker = resolve(who, match.start(), last_speaker) if resolve else who
            speaker = speaker or who
        found.append(QuoteMention(body, start, start + len(body), speaker))
        last_speaker = speaker or last_speaker
    return found
