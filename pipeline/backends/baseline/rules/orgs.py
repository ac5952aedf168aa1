"""Organisations: acronym definitions and capitalised names with an organisation word.

Two rules, in order of confidence: 'Full Name (ACR)' defines an organisation and its
acronym (unless the name is an event or programme: 'Exhibition', 'Talks'); a
capitalised phrase containing an organisation word ('Ministry', 'Army', 'Institute')
is an organisation. A bare acronym used twice or more ('ASEAN') is one too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsbrief.text.capitals import Token, capital_tokens, runs
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import (
    MONTH_WORDS,
    NOT_ORG_WORDS,
    ORG_WORDS,
    RANKS,
    ROLE_HEADS,
    STARTERS,
    words,
)

__all__ = ["OrgMention", "acronym_definitions", "find_orgs", "frequent_acronyms"]

_DEFINITION = re.compile(r"\s?\((?P<acr>[A-Z][A-Za-z]{1,7})\)")
_ACRONYM = re.compile(r"\b[A-Z]{2,8}\b")
_DEFINITION_WINDOW = 160  # characters before '(ACR)' that may hold its full name
_NOT_ORG_ACRONYMS = words(
    "CEO GDP AM PM TV MP OK II III IV COVID PMO KT AFP AP",
)


@dataclass(frozen=True)
class OrgMention:
    name: str
    start: int
    end: int
    acronym: str | None = None


def _initials(tokens: list[Token]) -> str:
    letters: list[str] = []
    for token in tokens:
        if token.is_connector:
            continue
        letters.extend(part[0] for part in token.text.split("-") if part)
    return "".join(letters).upper()


def _is_subsequence(short: str, long: str) -> bool:
    remaining = iter(long)
    return all(char in remaining for char in short)


def _vetoed(tokens: list[Token]) -> bool:
    return any(t.bare in NOT_ORG_WORDS for t in tokens)


def acronym_definitions(text: str) -> dict[str, OrgMention | None]:
    """'Royal Cambodian Armed Force (RCAF)' -> {'RCAF': OrgMention(...)}.

    An acronym that defines an event or programme maps to None, so that it is never
    reported as an organisation on its own either.
    """
    defined: dict[str, OrgMention | None] = {}
    for match in _DEFINITION.finditer(text):
        acronym = match.group("acr")
        if sum(c.isupper() for c in acronym) < 2 or acronym in defined:
            continue
        window_start = max(0, match.start() - _DEFINITION_WINDOW)
        window = text[window_start : match.start()]
        window_runs = runs(window, capital_tokens(window))
        if not window_runs or window_runs[-1][-1].end != len(window):
            continue
        run = window_runs[-1]
        for begin in range(len(run) - 1, -1, -1):
            candidate = run[begin:]
            if candidate[0].is_connector or candidate[0].text[0] != acronym[0].upper():
                continue
            if _is_subsequence(acronym.upper(), _initials(candidate)):
                start = window_start + candidate[0].start
                stop = window_start + candidate[-1].end
                defined[acronym] = (
                    None
                    if _vetoed(candidate)
                    else OrgMention(text[start:stop], start, stop, acronym)
                )
                break
    return defined


def frequent_acronyms(text: str, minimum: int = 2) -> list[str]:
    """Undefined all-capital words used `minimum` times or more, not countries."""
    counts = Counter(_ACRONYM.findall(text))
    return [
        word
        for word, count in counts.items()
        if count >= minimum and word not in _NOT_ORG_ACRONYMS and country_of_word(word) is None
    ]


def _org_span(run: list[Token]) -> list[Token] | None:
    """The part of a capitalised run that names an organisation, if any."""
    first_org = next((i for i, t in enumerate(run) if t.bare in ORG_WORDS), None)
    if first_org is None:
        return None
    begin = 0
    for index in range(first_org):
        if run[index].is_connector or run[index].text in RANKS or run[index].text in ROLE_HEADS:
            begin = index + 1
    end = len(run)
    for index in range(first_org + 1, len(run)):
        if run[index].text in MONTH_WORDS or run[index].text in ROLE_HEADS:
            end = index
            break
    span = run[begin:end]
    while span and (span[0].is_connector or span[0].text in STARTERS):
        span = span[1:]
    while span and span[-1].is_connector:
        span = span[:-1]
    if len(span) < 2 or _vetoed(span):
        return None
    return span


def find_orgs(
    sentence: str,
    offset: int = 0,
    tokens: list[Token] | None = None,
) -> list[OrgMention]:
    """Organisations named with an organisation word in one sentence."""
    found = []
    tokens = capital_tokens(sentence) if tokens is None else tokens
    for run in runs(sentence, tokens):
        span = _org_span(run)
        if span is None:
            continue
        name_end = span[-1].start + len(span[-1].bare)
        found.append(
            OrgMention(
                sentence[span[0].start : name_end], offset + span[0].start, offset + name_end
            )
        )
    return found
