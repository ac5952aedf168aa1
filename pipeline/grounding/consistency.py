"""Is a prose claim consistent with the article sentences that support it?

`check_claim` links the claim to its support (`SupportIndex.link`) and then compares
facts against the support window (the linked sentences and one neighbour each side):

- every quantity of the claim must occur there with the same value (a hedged "about
  100" also matches 95-105; a rounded "1.2 million" matches 1,234,000), and with the
  same unit when both sides state one;
- every month, day of a month, year and weekday must occur there or in the article's
  first two sentences (where news states the date the rest of the story hangs on);
- every name (its last distinctive word: "Manet" of "Prime Minister Hun Manet"; or its
  country: "Cambodian" for "Cambodia") must occur there; when a linked sentence refers
  back with a pronoun, the three sentences before it count too;
- a negation on one side only: the claim negates words the article states plainly, or
  the article negates words the claim states plainly.

A claim with no support at all (no shared content word of weight) is unsupported too;
a claim the article contains word for word (after normalisation) is supported as it is.
Every failure names the offending tokens and says what the article says instead.
"""

from __future__ import annotations

import functools
import operator
import re

from newsbrief.grounding.attribution import SPEECH, named_speakers
from newsbrief.grounding.facts import (
    Dates,
    dates_in,
    name_phrases,
)
from newsbrief.grounding.fused import FusedSupport
from newsbrief.grounding.naming import names_agree
from newsbrief.grounding.negation import negation_problems
from newsbrief.grounding.numbers import quantity_problems
from newsbrief.grounding.presence import name_problems
from newsbrief.grounding.roles import described_possessors, role_problems
from newsbrief.grounding.support import Link, SupportIndex
from newsbrief.schemas import ClaimCheck
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["MIN_SUPPORT", "check_claim"]

MIN_SUPPORT = 25.0  # below this share of its content weight a claim has no support
_LEDE = 2
# A sentence cut short ("... government business…") is still the article's own words.
_EDGE_ELLIPSIS = re.compile(r"^\s*(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)\s*$")
_NO_DATES = dates_in("")
# What refers back to someone named earlier: a subject pronoun ("he added"), a sentence
# that opens with a possessive ("Its ..."), a definite description ("the company");
# a "their" inside a sentence usually refers to a name in that same sentence.
_PRONOUN = re.compile(
    r"^[\"“‘']?(?:He|She|They|His|Her|Their|It|Its)\b|\b(?:he|she|they|his|her)\b"
    r"|\b[Tt]he\s+(?:company|firm|group|team|club|side|ministry|government|party|organi[sz]ation)\b"
)
# Plural references name several parties, introduced over several sentences.
_PLURAL = re.compile(
    r"\b(?:they|They|their|Their)\b"
    r"|\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:countries|sides|nations|parties|leaders|governments|armies)\b"
)
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she|they)\s+(?:\w+\s+)?{SPEECH}\b", re.IGNORECASE)


def _date_problems(claim: str, theirs: Dates) -> list[tuple[str, str]]:
    mine = dates_in(claim)
    problems = []
    for key, values, other in (
        ("year", mine.years, theirs.years),
        ("weekday", mine.weekdays, theirs.weekdays),
    ):
        for value in sorted(values):
            if value not in other:
                shown = mine.texts[f"{key}:{value}"]
                problems.append((shown, f"says {shown!r}; the article does not date it so"))
    for month, day in sorted(mine.days):
        if (month, day) not in theirs.days:
            shown = mine.texts[f"day:{month}-{day}"]
            problems.append((shown, f"says {shown!r}; the article does not give that date"))
    for month in sorted(mine.months - {m for m, _ in mine.days}):
        if month not in theirs.months:
            shown = mine.texts[f"month:{month}"]
            problems.append((shown, f"says {shown!r}; the article does not give that month"))
    return problems


def _antecedents(index: SupportIndex, link: Link) -> list[str]:
    """Who a linked sentence refers back to: for "he", "she" or "the company" the
    nearest earlier sentence (at most three back) that names someone; for "they" or
    "the two countries" each of the three sentences before it and the lede's countries
    (the countries as their codes)."""
    out: list[str] = []
    for i in link.sentences:
        text = index.sentences[i].text
        plural = _PLURAL.search(text)
        if not plural and not _PRONOUN.search(text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if name_phrases(index.sentences[j].text):
                out.append(index.sentences[j].text)
                if not plural:
                    break
        if plural:  # the countries a story is about are named in its lede
            out.extend(
                p.country
                for s in index.sentences[: min(_LEDE, i)]
                for p in name_phrases(s.text)
                if p.country
            )
    return list(dict.fromkeys(out))


def _speaker_problems(claim: str, linked: str, antecedents: str) -> list[tuple[str, str]]:
    """ "X said ..." in the claim against who says it in the supporting sentences."""
    mine = named_speakers(claim)
    if not mine:
        return []
    theirs = named_speakers(linked)
    if not theirs and _PRONOUN_SPEAKER.search(linked):
        theirs = [name for p in name_phrases(antecedents) for name in [p.text]]
    if not theirs or any(names_agree(a, b) for a in mine for b in theirs):
        return []
    return [(mine[0], f"says {mine[0]!r} said it; the article says {theirs[0]!r} did")]


def check_claim(index: SupportIndex, claim: str, path: str) -> ClaimCheck:
    """Link `claim` to its support and check its facts against it."""
    copied = index.aligner.align(_EDGE_ELLIPSIS.sub("", claim), fuzzy=False)
    if copied.grounded:  # the article's own words (after normalisation): nothing to check
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="supported",
            score=100.0,
            support=[copied.model_copy(update={"method": "support"})],
        )
    link: Link = index.link(claim)
    if not link.found or link.score < MIN_SUPPORT:
        return ClaimCheck(
            path=path,
            claim=claim,
            verdict="unsupported",
            score=link.score,
            support=index.evidence(link),
            offending=list(_surface(claim, link.missing)),
            reason="no sentence of the article supports it",
        )
    window = [index.sentences[i].text for i in index.window(link)]
    lede = [s.text for s in index.sentences[:_LEDE]]
    linked = index.window_text(list(link.sentences))
    referred = _antecedents(index, link)
    antecedents = " ".join(referred)
    linked_sentences = [index.sentences[i].text for i in link.sentences]
    around = [index.sentences[i].text for i in index.window(link) if i not in link.sentences]
    described = described_possessors(claim, window, index.capitalised_words)
    fused = FusedSupport(index, claim, list(link.sentences), linked + " " + antecedents)
    dates = functools.reduce(operator.or_, (dates_in(s) for s in window + lede), _NO_DATES)
    names = name_problems(
        claim, index, linked + " " + antecedents, " ".join(window), described, fused
    )
    problems = [
        *quantity_problems(claim, window, index),
        *_date_problems(claim, dates),
        *names,
        *role_problems(claim, [*linked_sentences, *referred], around, index.text),
        *_speaker_problems(claim, linked, antecedents),
        *negation_problems(
            claim,
            (linked + " " + fused.used_text).strip(),
            fused.negated_elsewhere(list(index.window(link))),
        ),
    ]
    problems = list({token: (token, reason) for token, reason in reversed(problems)}.values())[::-1]
    return ClaimCheck(
        path=path,
        claim=claim,
        verdict="unsupported" if problems else "supported",
        score=link.score,
        support=index.evidence(link),
        offending=list(dict.fromkeys(token for token, _ in problems)),
        reason="; ".join(reason for _, reason in problems) or None,
    )


def _surface(claim: str, stems: tuple[str, ...]) -> list[str]:
    wanted = set(stems)
    out = []
    for match in WORD.finditer(claim):
        if stem(match.group(0)) in wanted and match.group(0).lower() not in STOPWORDS:
            out.append(match.group(0))
    return list(dict.fromkeys(out))
