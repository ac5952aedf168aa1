"""Where the article attributes a quotation, and to whom.

News attributes a quotation next to it: `"...," Hun Manet said`, `"...," said Hun
Manet`, `Hun Manet said: "..."`, `Hun Manet: "..."`, `"...", according to Hun Manet`.
The nearest such attribution to the quote's span wins; a quotation repeated as a
pull-quote before it takes the attribution of its attributed occurrence. A pronoun
("he said") is resolved to the nearest named attribution before the quote (the person
the paragraph is about); "X from Y told" is X's, not Y's. A title or description ("The
President-elect said") is returned as a role: `titles` says who it is.

Names match when their last distinctive word agrees ("Manet" in "Prime Minister Hun
Manet" and "Hun Manet").
"""

from __future__ import annotations

import re

from newsbrief.grounding.facts import name_phrases
from newsbrief.schemas import Evidence
from newsbrief.text.lexicon import RANKS, ROLE_HEADS, SPEECH_VERBS

__all__ = [
    "NAME",
    "NAMED_ATTRIBUTION",
    "SPEECH",
    "Attribution",
    "attributed_occurrence",
    "attribution_of",
    "last_speaker",
    "named_speakers",
    "names_agree",
    "proper_name",
]

# A capitalised run of words on one line; a word ends at a period unless it is an initial
# ("J. Smith"), so a name never runs on into the next sentence.
_WORD = r"[A-Z](?:[\w’'-]+|\.)?"
NAME = rf"(?:{_WORD}(?:[ \t]+(?:(?:of|the|de|bin|al)[ \t]+)?{_WORD}){{0,5}})"
_WHO = (
    rf"(?:\b[Tt]he\s+(?=[A-Z]))?(?P<name>{NAME}|(?P<pronoun>\b(?:he|she|they|He|She|They)\b)"
    r"|(?P<role>\b(?:the|a|an|The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))"
)
SPEECH = rf"(?:{SPEECH_VERBS}|tweeted|posted|wrote|writes)"
_VERB = SPEECH
_OPENING = '"“‘«'
_CLOSING = '"”’»'
_AFTER = (
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_VERB}\s+{_WHO}"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}{_WHO}\s+(?:\w+\s+)?{_VERB}\b"),
    re.compile(rf"^[\s,.!?\"”’']{{0,6}}according\s+to\s+{_WHO}"),
)
_BEFORE = (
    re.compile(rf"{_WHO}\s+{_VERB}(?:\s+[\w’'.-]+){{0,5}}?\s*[:,]\s*[\"“‘']?\s*$"),
    # "Name: ..." only where the name opens a sentence or line ("if he was OK:" is no name)
    re.compile(rf"(?:^|[.!?\n][\"”’']?\s+)(?:{_WHO})\s*:\s*[\"“‘']?\s*$"),
    re.compile(rf"[Aa]ccording\s+to\s+{_WHO}\s*,\s*[\"“‘']?\s*$"),
)
NAMED_ATTRIBUTION = re.compile(
    rf"(?P<name>{NAME})\s+{_VERB}\b|[,\"”’]\s*{_VERB}\s+(?P<name2>{NAME})"
    rf"|\baccording\s+to\s+(?:the\s+)?(?P<name3>{NAME})"
    rf"|(?P<name4>{NAME}),\s[^,\"“”]{{1,120}},\s+{_VERB}\b"  # "X, director of Y, said"
)
_SENTENCE_START_NAME = re.compile(rf"(?:^|[.!?][\"”’']?\s+)(?P<name>{NAME})(?=,|\s+[a-z])")
_LOOK = 160
_LOOK_BACK_PRONOUN = 800
_PERSON_OF = re.compile(rf"(?P<name>{NAME})[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?$")


class Attribution:
    """The attribution found: the name as written (or pronoun/role), and its span."""

    def __init__(self, who: str, start: int, end: int, kind: str) -> None:
        self.who, self.start, self.end, self.kind = who, start, end, kind

    def evidence(self) -> Evidence:
        return Evidence(start=self.start, end=self.end, method="exact", score=100.0)


def _found(match: re.Match[str], offset: int) -> Attribution:
    kind = "pronoun" if match.group("pronoun") else "role" if match.group("role") else "name"
    who = match.group("name")
    start = offset + match.start("name")
    who = who.rstrip(".,;:")
    article = match.string[max(0, match.start("name") - 4) : match.start("name")].lower()
    head = who.split()[0].split("-")[0] if who else ""
    if kind == "name" and article.endswith(("the ", "a ", "an ")) and head in ROLE_HEADS | RANKS:
        kind = "role"  # "The President-elect said" is a title; "the RCAF said" a name
    person = _PERSON_OF.search(match.string, 0, match.start("name")) if kind == "name" else None
    if person:  # "Gemma Pryor from Mondelez International told": she speaks, not the firm
        return Attribution(person.group("name"), offset + person.start("name"),
                           offset + person.end("name"), "name")  # fmt: skip
    return Attribution(who, start, start + len(who), kind)


def _enclosing(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote's span to its quotation marks: a claimed quote may be a fragment
    of a longer quotation, and the attribution follows the whole quotation."""
    while start < end and text[start] in _OPENING + " ":
        start += 1
    left = start
    while left > 0 and start - left < _LOOK and text[left - 1] not in _OPENING + "\n":
        if text[left - 1] in _CLOSING and left - 1 < start - 1:
            return start, end
        left -= 1
    if left == 0 or text[left - 1] not in _OPENING:
        return start, end
    right = end
    while right < len(text) and right - end < 2 * _LOOK and text[right] not in _CLOSING + "\n":
        right += 1
    if right < len(text) and text[right] in _CLOSING:
        return left - 1, right + 1
    return start, end


def attribution_of(text: str, start: int, end: int) -> Attribution | None:
    """The nearest attribution of the quote at text[start:end]."""
    start, end = _enclosing(text, start, end)
    best: tuple[int, Attribution] | None = None
    after = text[end : end + _LOOK]
    closed = text[max(0, end - 3) : end].rstrip(_CLOSING + " ").endswith(".")
    for pattern in () if closed else _AFTER:  # '..." FirstGroup confirmed': a new sentence
        match = pattern.search(after)
        if match and (best is None or match.start("name") < best[0]):
            best = (match.start("name"), _found(match, end))
    before_start = max(0, start - _LOOK)
    before = text[before_start:start]
    for pattern in _BEFORE:
        match = pattern.search(before)
        if match:
            distance = len(before) - match.end("name")
            if best is None or distance < best[0]:
                best = (distance, _found(match, before_start))
            break  # "X told Reuters: ..." is X's, not Reuters': a speech verb wins
    if best is None:
        return None
    found = best[1]
    if found.kind == "name" and not proper_name(found.who, text):
        return None  # "The", "Asked": a capitalised word, not a name
    if found.kind == "pronoun":
        return _resolve_pronoun(text, start) or found
    return found


def attributed_occurrence(text: str, start: int, end: int) -> Attribution | None:
    """The attribution of the quote at text[start:end], or, when that occurrence has
    none, of a later occurrence of the same words (a pull-quote repeats a quotation
    before the attributed one)."""
    span = text[start:end]
    while start >= 0:
        found = attribution_of(text, start, end)
        if found is not None or not span.strip():
            return found
        start = text.find(span, end)
        end = start + len(span)
    return None


def proper_name(name: str, text: str) -> bool:
    """A name, not a word capitalised at a sentence start ("Asked about it, he said"):
    one of its distinctive words never occurs in lower case in the article."""
    words = name.split()
    if len(words) == 1 and words[0].endswith(("ing", "ed")):
        return False  # "Speaking to reporters, he said": a participle opening a sentence
    return any(
        re.search(rf"\b{re.escape(key)}\b", text) is None
        for phrase in name_phrases(name)
        for key in phrase.keys
    )


def _resolve_pronoun(text: str, start: int) -> Attribution | None:
    """Who "he" or "she" is: the last named speaker, or the last name that opens a
    sentence, before `start` (within a few paragraphs), whichever is nearer."""
    window_start = max(0, start - _LOOK_BACK_PRONOUN)
    last = None
    for pattern in (NAMED_ATTRIBUTION, _SENTENCE_START_NAME):
        for match in pattern.finditer(text, window_start, start):
            group = next(g for g in ("name", "name2", "name3", "name4") if match.groupdict().get(g))
            if proper_name(match.group(group), text) and (
                last is None or match.start(group) > last.start
            ):
                last = Attribution(match.group(group), match.start(group), match.end(group), "name")
    return last


def last_speaker(text: str, start: int, look_back: int) -> Attribution | None:
    """The last named speaker ("X said", "according to X") within `look_back` before `start`."""
    window_start = max(0, start - look_back)
    last = None
    for match in NAMED_ATTRIBUTION.finditer(text, window_start, start):
        group = next(g for g in ("name", "name2", "name3", "name4") if match.groupdict().get(g))
        if proper_name(match.group(group), text) and (
            last is None or match.start(group) > last.start
        ):
            last = Attribution(match.group(group), match.start(group), match.end(group), "name")
    return last


def named_speakers(text: str) -> list[str]:
    """Names that say something in `text` ("X said", "said X", "according to X")."""
    out = []
    for match in NAMED_ATTRIBUTION.finditer(text):
        group = next(g for g in ("name", "name2", "name3", "name4") if match.group(g))
        if name_phrases(match.group(group)):
            out.append(match.group(group))
    return out


def _keys(name: str) -> set[str]:
    return {phrase.keys[-1] for phrase in name_phrases(name)}


def names_agree(a: str, b: str) -> bool:
    """Whether two names written differently name the same speaker."""
    keys_a, keys_b = _keys(a), _keys(b)
    all_b = {k for p in name_phrases(b) for k in p.keys}
    all_a = {k for p in name_phrases(a) for k in p.keys}
    return bool(keys_a & all_b or keys_b & all_a)
