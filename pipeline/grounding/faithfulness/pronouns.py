"""Who "he" or "she" is: the person a pronoun that attributes a quote refers back to.

The candidates, within a few paragraphs before the pronoun: the last person named as
speaking ("X said", "said X", "according to X", "X, a doctor, said"), the last person
described as speaking ("a foreign ministry spokesman in Berlin said", "The President,
who congratulated his successor, said"), and the last name that opens a sentence, also
after a conjunction, an opening phrase or a descriptor ("And Hollywood legend Bill
Murray was ...", "At a rally in Michigan, Trump questioned ..."). The nearest wins. An
organisation is never "he" ("the FBI announced"); a name in the pronoun's own sentence
is a caption run into it; a possessor opening a sentence that names other people
("Whiting's decision made no difference to Hamilton") is not whom "he" refers to.
"It" is the last organisation named as speaking (`organisation_before`, `is_organisation`).
"""

from __future__ import annotations

import re

from newsbrief.grounding.faithfulness.attribution import (
    DESCRIBED_OF,
    DESCRIPTOR,
    NAME,
    SENTENCE_STOP,
    SPEECH,
    Attribution,
    continues_description,
    proper_name,
    speakers_before,
)
from newsbrief.text.lexicon import NOT_NAME_WORDS, ORG_WORDS, ROLE_NOUNS, is_acronym

__all__ = ["is_organisation", "organisation_before", "resolve_group", "resolve_pronoun"]

_LOOK_BACK_ORGANISATION = 1500
_PERSON_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w’'-]*\s+)?"

# A described speaker: "A foreign ministry spokesman in Berlin said", "The president
# spoke first".
ROLE_ATTRIBUTION = re.compile(
    rf"\b(?P<role>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?i:{ROLE_NOUNS}))\b"
    rf"{DESCRIBED_OF}(?:,\s[^\"“”]{{1,150}},)?\s+(?:\w+\s+)?(?:{SPEECH}|spoke)\b"  # "The President, who ..., said"
)
# Who a sentence is about: its first name ("Massa crashed ..."), after a conjunction
# and a descriptor ("And Hollywood legend Bill Murray was ...", "The Democrat's
# campaign director Jennifer Palmieri").
_SENTENCE_START_NAME = re.compile(
    rf"(?:^|[.!?][\"”’']?\s+)(?:(?:And|But|So|Then)\s+|[A-Z][^\"“”.]{{0,150}},\s+)?"
    rf"(?:{NAME}\s+(?:[a-z][\w-]*\s+){{0,3}}?{DESCRIPTOR}\s+)?(?P<name>{NAME})(?=,|\s+[a-z])"
)
_LOOK_BACK_PRONOUN = 800
# A group of people described by whom they belong to, doing something: "Mr Collett's
# family paid tribute", "His relatives described him" (then 'They said: "..."').
_GROUP = re.compile(
    rf"(?P<role>(?:{NAME}['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z-]+\s+)?"
    r"(?:family|relatives|parents|friends|colleagues|neighbours|neighbors|team-?mates|"
    r"classmates|loved\s+ones))\b(?=\s+(?:have\s+|has\s+)?[a-z]+)"
)
_LOOK_BACK_GROUP = 300


def resolve_pronoun(text: str, start: int) -> Attribution | None:
    """Who "he" or "she" is: the last person named or described as speaking ("a
    spokesman said", "The President, who ..., said"), or the last name that opens a
    sentence (after an opening phrase: "At a rally, Trump questioned ..."), before
    `start` (within a few paragraphs); never an organisation."""
    window_start = max(0, start - _LOOK_BACK_PRONOUN)
    found = speakers_before(text, start, _LOOK_BACK_PRONOUN)
    # a name in the pronoun's own sentence is a caption run into it ("Lewis Hamilton
    # talks about the team He added:"), not whom "he" refers back to
    own = max((m.end() for m in SENTENCE_STOP.finditer(text, window_start, start)),
              default=window_start)  # fmt: skip
    for match in _SENTENCE_START_NAME.finditer(text, window_start, own):
        if (
            proper_name(match.group("name"), text)
            and not _possessor_among_others(text, match)
            and not continues_description(text, match.start("name"))
        ):
            found.append(
                Attribution(match.group("name"), match.start("name"), match.end("name"), "name")
            )
    for match in ROLE_ATTRIBUTION.finditer(text, window_start, start):
        found.append(Attribution(match.group("role"), match.start(), match.end("role"), "role"))
    people = [  # "he" is no organisation ("the FBI announced")
        a for a in found if not any(w in ORG_WORDS or is_acronym(w) for w in a.who.split())
    ]
    return max(people, key=lambda a: a.start, default=None)


def _possessor_among_others(text: str, match: re.Match[str]) -> bool:
    """A possessor that opens a sentence naming other people ("Whiting's decision made
    no difference to Hamilton"): not whom a later "he" refers to."""
    if not match.group("name").endswith(("'s", "’s")):
        return False
    stop = SENTENCE_STOP.search(text, match.end())
    rest = text[match.end() : stop.start() if stop else len(text)]
    return any(proper_name(m.group(0), text) for m in re.finditer(NAME, rest))


def resolve_group(text: str, start: int) -> Attribution | None:
    """Who "they" is when no organisation is: the last group of people described by
    whom they belong to and doing something, within the sentence or two before
    ("Mr Collett's family paid tribute to the 62-year-old. They said: ...")."""
    found = None
    for match in _GROUP.finditer(text, max(0, start - _LOOK_BACK_GROUP), start):
        found = Attribution(match.group("role"), match.start(), match.end("role"), "role")
    return found


def is_organisation(name: str, text: str) -> bool:
    """Whether a speaker the article names is an organisation ("it"), not a person: an
    organisation word or acronym, or a single name the article never writes after a
    first name or a courtesy title ("Mondelez", not "Mujahid" of "Zabihullah Mujahid")."""
    words = name.split()
    if any(w in ORG_WORDS or is_acronym(w) for w in words):
        return True
    if re.search(rf"{_PERSON_TITLE}{re.escape(words[-1])}\b", text):
        return False
    if len(words) > 1:
        return any(w in NOT_NAME_WORDS for w in words)
    for match in re.finditer(rf"\b([A-Z][a-z][\w’'-]*)[ \t]+{re.escape(words[0])}\b", text):
        if match.group(1) not in NOT_NAME_WORDS:
            return False
    return True


def organisation_before(text: str, start: int) -> Attribution | None:
    """The last organisation named as speaking within `_LOOK_BACK_ORGANISATION` before
    `start`: who "it" is."""
    for speaker in reversed(speakers_before(text, start, _LOOK_BACK_ORGANISATION)):
        if is_organisation(speaker.who, text):
            return speaker
    return None
