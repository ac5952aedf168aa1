"""Is each name of a claim in its support?

A name (its last distinctive word: "Manet" of "Prime Minister Hun Manet"; or its
country: "Cambodian" for "Cambodia") must occur in the support window. Beyond that
window's own words, a name is present when the support writes it as initials ("F1" for
"Formula One": number words as digits), by another distinctive word of a longer name
the article gives it ("the Indians' hopes" for "Cleveland's hopes", the article naming
the "Cleveland Indians"), or as a place with its preposition in a neighbouring sentence.
A name given a definite description the support uses ("The 30-year-old singer Lady
Gaga" where the support says "The 30-year-old singer could be seen") is present when it
is the subject the article's first sentence opens with.
A name swapped for another of the same article is still absent: its longer name's other
words are not in the support either.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from functools import lru_cache

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.fused import FusedSupport
from newsbrief.grounding.faithfulness.mentions import NameIndex
from newsbrief.grounding.faithfulness.spelling import (
    acronym_agrees,
    full_name,
    initials,
    spelling_variant,
)
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import is_acronym
from newsbrief.text.states import state_of, states_in
from newsbrief.text.words import WORD

__all__ = ["name_problems"]

_DIGITS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "seven": "7", "eight": "8", "nine": "9", "ten": "10"}  # fmt: skip


def _words(text: str) -> set[str]:
    """The words of `text`, lower case, without a possessive 's."""
    return _words_of(WORD.findall(text))


def _words_of(words: Sequence[str]) -> set[str]:
    """`_words` of a text whose words (`WORD.findall`) the caller has."""
    if not any(map(_ENDS_POSSESSIVE, words)):  # most texts: lowered in C, no frame per word
        return set(map(str.lower, words))
    return {(w[:-2] if w.endswith(_POSSESSIVE) else w).lower() for w in words}


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _sentence_words(text: str) -> frozenset[str]:
    """`_words` of one support sentence, read once for all the claims it supports."""
    return frozenset(_words(text))


def _index_words(index: SupportIndex, i: int) -> frozenset[str]:
    """`_words` of the article's sentence `i`, from the words its index read (read once
    per article, `SupportIndex.derived`: the sentence is not tokenised again)."""
    return frozenset(_words_of(index.words(i)))


_POSSESSIVE = ("'s", "’s")
_ENDS_POSSESSIVE = operator.methodcaller("endswith", _POSSESSIVE)


@lru_cache(maxsize=65536)
def _word_country(word: str) -> str | None:
    """The country a lower-case word names ("cambodian", "usa"), by word: per process."""
    return country_of_word(word.capitalize()) or country_of_word(word.upper())


def _bare(token: str) -> str:
    for suffix in ("'s", "’s"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _initials(name: str) -> str:
    """ "Formula One" -> "f1", "European Union" -> "eu"; one word has none."""
    words = [_bare(w).lower() for w in name.split()]
    if len(words) < 2:
        return ""
    return "".join(_DIGITS.get(w, w[:1]) for w in words)


def _partners(names: NameIndex) -> dict[str, frozenset[str]]:
    """For each distinctive word of the article's two-word names, the other word
    ("cleveland" -> {"indians"} for "Cleveland Indians"), when that other word belongs
    to no other two-word name ("Verstappen" of both "Max" and "Jos" names nobody). Read
    once per article, from its names (`SupportIndex.names`), and kept on its index."""
    pairs = set()
    for phrase in names.names:
        keys = tuple(dict.fromkeys(_bare(k) for k in phrase.keys))
        if len(keys) == 2:
            pairs.add(keys)
    owners: dict[str, set[str]] = {}
    for a, b in pairs:
        owners.setdefault(a, set()).add(b)
        owners.setdefault(b, set()).add(a)
    return {
        key: frozenset(other for other in others if len(owners[other]) == 1)
        for key, others in owners.items()
    }


def _same_entity(keys: tuple[str, ...], index: SupportIndex, words: set[str]) -> bool:
    """The claim's name is one word of a longer name the article gives, and the window
    writes another word of that name."""
    if len(keys) != 1:
        return False
    partners = index.once(_partners, index.names)
    return bool(partners.get(_bare(keys[0]), frozenset()) & words)


def name_problems(
    claim: str,
    index: SupportIndex,
    window: str,
    around: str,
    described: set[str],
    fused: FusedSupport | None = None,
    pieces: Sequence[str | int] | None = None,
) -> list[tuple[str, str]]:
    """Names of the claim absent from `window` (the linked sentences and what they refer
    back to); a place written with its preposition in a neighbouring sentence (`around`:
    "at the White House") or a possessor the support writes as a description
    (`described`) is present too, and so is a name the window writes as its initials
    ("F1" for "Formula One") or by another word of a longer name the article gives it
    ("the Indians" for "Cleveland" of "Cleveland Indians"); `fused` accepts the speaker
    of a linked quotation and a name written elsewhere with the claim's uncovered words.
    `pieces`: the texts `window` joins with spaces (its sentences), when the caller has
    them, each an article sentence's index where it is one: their words are read once
    per sentence (no word spans a space), an indexed sentence's from the words its index
    read."""
    phrases = name_phrases(claim)
    if not phrases:  # nothing to check: the window is not read
        return []
    words = (
        set().union(
            *(
                index.derived(_index_words, p) if isinstance(p, int) else _sentence_words(p)
                for p in pieces
            )
        )
        if pieces is not None
        else _words(window)
    )
    countries: set[str] | None = None  # read only for a claim that names a country
    window_lower = window.lower()
    problems = []
    for phrase in phrases:
        keys = phrase.keys
        if (
            phrase.start == 0
            and len(keys) == 1
            and not phrase.country
            and (keys[0] in index.lower_words or keys[0] not in index.capitalised_words)
        ):
            continue  # a sentence's first word, capitalised only for that reason
        if phrase.country:
            if countries is None:
                countries = {code for w in words if (code := _word_country(w))}
            if phrase.country in countries:
                continue
        if (state := state_of(phrase.text)) and state in states_in(window):
            continue  # "Michigan" where the support writes "Mich."
        if _bare(keys[-1]) in words or phrase.text.lower() in window_lower:
            continue
        if spelling_variant(_bare(keys[-1])) in words:
            continue  # "the Inner Harbour" where the support writes "Inner Harbor"
        whole = full_name(claim, phrase.start, phrase.start + len(phrase.text))
        if (
            _initials(phrase.text) in words
            or (
                whole != phrase.text
                and len(initials(whole)) > 1
                and initials(whole).lower() in words
            )
            or _same_entity(keys, index, words)
        ):
            continue  # "the Office for National Statistics" where the support has "ONS"
        if (
            is_acronym(_bare(keys[-1]).upper())
            and phrase.text.split()[-1].isupper()
            and any(
                acronym_agrees(phrase.text, full_name(window, p.start, p.start + len(p.text)))
                for p in name_phrases(window)
            )
        ):
            continue  # "the ONS" where the support has "Office for National Statistics"
        if phrase.text in described or _placed(claim, phrase.start, phrase.text, around):
            continue
        if _lede_subject(claim, phrase.start, keys, window, index):
            continue  # "the 30-year-old singer" of the support is the lede's "Lady Gaga"
        if fused is not None and fused.accepts(phrase.text, _bare(keys[-1]), phrase.start):
            continue  # the speaker of a linked quotation, or a fact fused from elsewhere
        problems.append(
            (phrase.text, f"names {phrase.text!r}, who is not in the supporting sentences")
        )
    return problems


# "The 30-year-old singer Lady Gaga": a definite description right before the name.
_DESCRIPTION_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]+)\s+$")


def _lede_subject(
    claim: str, start: int, keys: tuple[str, ...], window: str, index: SupportIndex
) -> bool:
    """The claim gives the name a definite description ("The 30-year-old singer Lady
    Gaga"), the support refers to someone by that description ("The 30-year-old singer
    could be seen ..."), and the name is the subject the article's first sentence opens
    with ("Lady Gaga has staged a protest ..."): the person the story is about. A name
    swapped in is not the lede's subject."""
    described = _DESCRIPTION_BEFORE.search(claim[:start])
    if described is None or not index.sentences:
        return False
    noun = described.group("noun")
    if not re.search(rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}\b", window):
        return False
    opening = [p for p in name_phrases(index.sentences[0].text) if p.start == 0]
    return bool(opening) and opening[0].keys[-1] == keys[-1]


_PLACED = re.compile(r"\b(?:in|at|near|from|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _placed(claim: str, start: int, name: str, around: str) -> bool:
    """ "at the White House" in the claim and, word for word, in `around`."""
    before = _PLACED.search(claim[:start])
    if before is None:
        return False
    return claim[before.start() : start + len(name)].lower() in around.lower()
