"""Direct quotations and who said them.

A quotation is text between double quotes (straight or curly) of at least four words,
kept verbatim without the marks. The speaker comes from the attribution around it:
'..., X said' / '..., said X' / '..., according to X' after the quote, 'X: “...”' or
'X said/stressed/reaffirmed ... “...”' before it, or the previous quote of the same
paragraph. Pronouns ('he', 'it') and
short names are handed to a resolver that knows the article's actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

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


def find_quotes(text: str, resolve: Resolver | None = None) -> list[QuoteMention]:
    """Every quotation of MIN_QUOTE_WORDS words or more, with its speaker if known."""
    found: list[QuoteMention] = []
    last_para, last_speaker = -1, None
    for match in _QUOTE.finditer(text):
        group = "curly" if match.group("curly") is not None else "straight"
        body, start = _trim(match.group(group), match.start(group))
        if len(body.split()) < MIN_QUOTE_WORDS:
            continue
        para_start = text.rfind("\n", 0, match.start()) + 1
        who = _attribution(text, match.start(), match.end(), para_start)
        speaker = None
        if who is not None:
            speaker = (
                resolve(who, match.start(), last_speaker)
                if resolve
                else (None if who.lower() in _PRONOUNS else who)
            )
        elif para_start == last_para:
            speaker = last_speaker
        found.append(QuoteMention(body, start, start + len(body), speaker))
        last_para, last_speaker = para_start, speaker
    return found
