"""People named in a sentence, with the title or role the sentence gives them.

A person is a run of capitalised name words that the sentence marks as a person: a
title before it ('Lieutenant General Hun Manet', 'US Defence Secretary Pete Hegseth'),
a role noun before it ('Malaysian Army chief General Zamrose Mohd Zain', 'his Russian
counterpart Oleg Salyukov'), a role after it ('Kin Phea, director of ...'), or a speech
verb ('Sothirak said'). Unmarked capitalised pairs ('Angkor Sentinel', 'Phnom Penh')
are not guessed to be people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsbrief.text.capitals import Token, capital_tokens, runs
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import (
    HONORIFICS,
    NOT_NAME_WORDS,
    RANKS,
    ROLE_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STARTERS,
)

__all__ = ["PersonMention", "find_people", "is_name_word"]

_MAX_NAME_WORDS = 4
_DESCRIPTOR = re.compile(
    r"(?:(?P<caps>(?:[A-Z][\w’'.-]*\s+){1,4})|\b(?:his|her|their|its)\s+"
    r"(?P<adj>[A-Z][\w’'-]*\s+)?)?"
    rf"(?P<noun>(?:(?:deputy|former|then|vice|retired|senior|top)\s+)?(?:{ROLE_NOUNS}))\s+$"
)
_APPOSITIVE = re.compile(
    r"^(?:,|\s*[—–]\s*|\s+-\s+)\s*(?:the\s+|a\s+)?(?P<role>[^,.;:()—–\"“”]{3,140})"
)
_ROLE_WORD = re.compile(rf"\b(?:{ROLE_NOUNS})\b|\b(?:{'|'.join(sorted(ROLE_HEADS))})\b")
_SPEECH_AFTER = re.compile(rf"^\s+(?:also\s+|then\s+|later\s+)?(?:{SPEECH_VERBS})\b")
_SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+$")


@dataclass(frozen=True)
class PersonMention:
    """One mention of a person. `start`/`end` are offsets of the name in the article."""

    name: str
    start: int
    end: int
    role: str | None
    titled: str | None
    cued: bool

    @property
    def short(self) -> bool:
        return " " not in self.name


def is_name_word(token: Token) -> bool:
    """Could this token be part of a personal name?"""
    word = token.bare
    if token.is_connector or word in NOT_NAME_WORDS or not any(c.islower() for c in word):
        return False
    return country_of_word(word) is None


def _prefix_start(run: list[Token], first: int) -> int:
    """Index in run where the title before the name at `first` begins."""
    index = first
    while index > 0 and not is_name_word(run[index - 1]):
        index -= 1
    while index < first and (run[index].is_connector or run[index].text in STARTERS):
        index += 1
    return index


def _strip_trailing_ranks(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1] in RANKS and any(w in ROLE_HEADS for w in words[:-1]):
        words = words[:-1]
    return words


def _as_written(sentence: str, tokens: list[Token]) -> str | None:
    """The words of a title exactly as written, with an abbreviation's period ('Gen.')."""
    if not tokens:
        return None
    end = tokens[-1].end
    return sentence[tokens[0].start : end + (sentence[end : end + 1] == ".")]


def _appositive(sentence: str, end: int) -> str | None:
    match = _APPOSITIVE.match(sentence[end:])
    if not match:
        return None
    role = match.group("role").strip()
    head = " ".join(role.split()[:4])
    if not _ROLE_WORD.search(head) or len(role.split()) > 18:
        return None
    return role


def _descriptor(sentence: str, run_start: int) -> str | None:
    match = _DESCRIPTOR.search(sentence[max(0, run_start - 120) : run_start])
    if not match:
        return None
    caps = match.group("caps") or match.group("adj") or ""
    words = [w for w in caps.split() if w not in STARTERS]
    return " ".join([*words, match.group("noun")]).strip()


def _person(
    sentence: str,
    offset: int,
    run: list[Token],
    first: int,
    last: int,
) -> PersonMention | None:
    begin = _prefix_start(run, first)
    prefix = [t.text for t in run[begin:first]]
    name_end = run[last].start + len(run[last].bare)
    name = sentence[run[first].start : name_end]
    titled_words = [w for w in prefix if w in RANKS or w in ROLE_HEADS]
    prefix_start = run[begin].start if prefix else run[first].start
    descriptor = _descriptor(sentence, prefix_start) if begin == 0 else None
    appositive = _appositive(sentence, name_end)
    speech = bool(_SPEECH_AFTER.match(sentence[name_end:])) or bool(
        _SPEECH_BEFORE.search(sentence[: run[first].start])
    )
    cued = bool(titled_words or descriptor or appositive or speech)
    if not cued:
        return None
    if (
        first == last
        and not speech
        and not (prefix and (prefix[-1] in RANKS or prefix[-1] in ROLE_HEADS))
    ):
        return None  # a lone word needs its title right before it: 'General Zamrose'

    if any(w in ROLE_HEADS for w in prefix):
        kept = len(_strip_trailing_ranks(prefix))
        role: str | None = _as_written(sentence, run[begin : begin + kept])
    else:
        role = descriptor or appositive or _as_written(sentence, run[begin:first])
    if role and all(w in RANKS for w in role.split()) and appositive:
        role = appositive
    if role and all(w.rstrip(".") in HONORIFICS for w in role.split()):
        role = None  # 'Mr.' is a courtesy, not a role
    titled = sentence[prefix_start:name_end] if prefix else None
    return PersonMention(
        name,
        offset + run[first].start,
        offset + name_end,
        role,
        titled,
        bool(titled_words or descriptor or appositive),
    )


def find_people(
    sentence: str,
    offset: int = 0,
    tokens: list[Token] | None = None,
) -> list[PersonMention]:
    """People named in one sentence; `offset` is the sentence's start in the article.

    `tokens` are the sentence's capital_tokens when the caller already has them."""
    found: list[PersonMention] = []
    tokens = capital_tokens(sentence) if tokens is None else tokens
    for run in runs(sentence, tokens):
        index = 0
        while index < len(run):
            if not is_name_word(run[index]) or run[index].text in STARTERS:
                index += 1
                continue
            last = index
            while (
                last + 1 < len(run)
                and is_name_word(run[last + 1])
                and run[last].bare == run[last].text
            ):
                last += 1
            if last - index + 1 <= _MAX_NAME_WORDS:
                person = _person(sentence, offset, run, index, last)
                if person:
                    found.append(person)
            index = last + 1
    return found
