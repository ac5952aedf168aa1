"""A date the claim puts where its support writes another date: "bit the head off a live
bat on stage in 1985" where the article says "bit off the head of a live bat on stage in
1982, rejoined the band ... in 1985"; "a June 20 press release" where it says "a June 17
press release"; "at about 7.10am" where it says "at about 6.10am".

The date check (`consistency._date_problems`) compares the claim's dates with every date
of the support's window as a set: a claim's year found anywhere near passes, though the
article gave it to another event of the same sentence. This rule reads where each date
stands. A date of the claim is contradicted by a linked sentence's date of the same kind
(a year for a year, a day for a day, a weekday for a weekday, a time of day for a time)
with another value when the two share a neighbour: a content word among the few words
before or after each ("on stage in 1982" / "on stage in 1985"; "June 17 press release" /
"June 20 press release"), and the sentence writes the claim's value in no slot the claim
shares. A date the claim writes beside none of the support's words, or a sentence that
dates the same neighbours the claim's way, is no evidence either way.

Times of day are read here only ("7.10am", "11 pm", "10:30 a.m.", "noon", "midnight"):
no other rule compares them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.facts import DateMention, date_mentions
from newsbrief.text.lexicon import MONTHS, WEEKDAYS
from newsbrief.text.words import STOPWORDS, WORD, stem

__all__ = ["date_slot_problems", "times_in"]

_REACH = 3  # content words each side of a date that say what it dates
_CLAUSE = re.compile(r"[;:!?()\"“”]")
# A date followed by a colon heads a timeline's entry ("March 18, 2009: Clinton stops
# using ..."): the words before it end the entry before, so it stands in no slot of them.
_HEADING = re.compile(r"(?:,?\s*(?:19|20)\d\d)?\s*:(?!\d)")
# Each time pattern opens with a look-ahead its match implies (a digit, or the "n" or
# "m" of "noon" and "midnight"): no match changes, and the scan skips the positions no
# match opens at in C instead of trying each.
_TIME = re.compile(
    r"(?=[\dnm])\b(?P<hour>\d{1,2})(?:[.:](?P<minute>[0-5]\d))?\s?(?P<half>am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\b(?P<word>noon|midnight)\b",
    re.IGNORECASE,
)
# Words beside a date that say nothing of what it dates: time and date words themselves
# ("in April 2009", "on Friday night" keep "night": a part of the day is a slot).
_NOT_NEIGHBOURS = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "almost", "just", "early",
     "late", "mid", "local", "time", "gmt", "bst", "utc", "et", "year", "month", "day",
     "last", "next", "said", "says", "say", "told", "week", "weeks", "months", "years", "days",
     "ago", "earlier", "later", "quarter", "little", "over", "under"}
)  # fmt: skip


_FOLLOWING = re.compile(r"\b(?:following|next|subsequent|previous|preceding) year\b", re.I)
_TIME_WORD = re.compile(r"(?=[\dnm])(?:\d\s?[ap]\.?m\b|noon|midnight)", re.IGNORECASE)
# What every match of `_TIME_WORD` writes in lower case ("dn" of "midnight": under
# `re.IGNORECASE` its "i" also matches "İ" and "ı", which lower to no "i")
_TIME_WORDS = ("am", "pm", "a.m", "p.m", "noon", "dn")
# What every period's unit writes, in lower case ("fortn" of "fortnight": under
# `re.IGNORECASE` its "i" also matches "İ" and "ı", which lower to no "i"; the other
# letters match only their ASCII capitals)
_PERIOD_UNIT_WORDS = ("day", "week", "fortn", "month", "quarter", "year", "decade")
_DATE_WORDS = frozenset(
    {*(m.lower() for m in MONTHS), *(w.lower() for w in WEEKDAYS), "am", "pm", "noon", "midnight"}
)


def times_in(text: str) -> list[DateMention]:
    """The times of day of `text`, each keyed by its minute of the day."""
    out: list[DateMention] = []
    lower = text.lower()
    if not any(map(lower.__contains__, _TIME_WORDS)) or not _TIME_WORD.search(text):
        return out  # most sentences tell no time: the pattern is not run
    for match in _TIME.finditer(text):
        if match.group("word"):
            minute = 12 * 60 if match.group("word").lower() == "noon" else 0
        else:
            hour = int(match.group("hour"))
            if not 1 <= hour <= 12:
                continue
            pm = match.group("half").lower().startswith("p")
            minute = (hour % 12 + (12 if pm else 0)) * 60 + int(match.group("minute") or 0)
        out.append(DateMention("time", (f"time:{minute}",), match.group(0), *match.span()))
    return out


_PERIOD_RELS = (
    "last|next|this|past|coming|each|every|per|a|an|one|two|three|four|five"
    "|six|seven|eight|nine|ten|few|several"
)
_PERIOD_UNITS = "days?|weeks?|fortnights?|months?|quarters?|years?|decades?"
# opens with a look-ahead its match implies (a digit or a word's first letter), as above
_PERIOD_FIRSTS = "".join(sorted({w[0] for w in f"{_PERIOD_RELS}|{_PERIOD_UNITS}".split("|")}))
_PERIOD = re.compile(
    rf"(?=[\d{_PERIOD_FIRSTS}])\b(?:(?P<rel>{_PERIOD_RELS}|\d{{1,3}})\s+(?:(?:little|bit)\s+)?)?"
    rf"(?P<unit>{_PERIOD_UNITS})\b"
    r"(?:\s+(?P<dir>ago|earlier|later|after|before|previously))?",
    re.IGNORECASE,
)
_AFTER = frozenset({"later", "after"})
_UNITS = {"fortnight": "week", "decade": "year"}  # the unit a period is counted in


def periods_in(text: str) -> list[DateMention]:
    """Periods said relative to the story or as a rate: "last week", "next month", "a
    week after", "two years ago", "each quarter", "a month" (of a rate). Each is keyed by
    its unit only ("a decade" counts years, "a fortnight" weeks), and by its direction
    where it states one ("ago", "earlier", "before" / "later", "after"): the words a
    paraphrase changes ("a decade" / "ten years", "the week before" / "last week", "68
    years" / "68 years earlier") say the same period, a changed unit ("a week after" /
    "a month after", "each quarter" / "every month") or direction ("days before
    Christmas" / "days after") does not. The count is the number rule's."""
    out: list[DateMention] = []
    lower = text.lower()
    if not any(map(lower.__contains__, _PERIOD_UNIT_WORDS)):
        return out  # no unit of time: the pattern is not run
    for match in _PERIOD.finditer(text):
        rel, unit = (match.group("rel") or "").lower(), match.group("unit").lower().rstrip("s")
        if not rel and not match.group("dir"):
            continue  # a bare "years": no period said
        unit = _UNITS.get(unit, unit)
        keys = [f"period:{unit}"]
        if match.group("dir"):
            keys.append("after" if match.group("dir").lower() in _AFTER else "before")
        out.append(DateMention("period", tuple(keys), match.group(0), *match.span()))
    return out


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _mentions(text: str) -> tuple[DateMention, ...]:
    """The dates, times and periods of a sentence or claim, read once."""
    return (*date_mentions(text), *times_in(text), *periods_in(text))


def _neighbours(text: str, mention: DateMention) -> set[str]:
    """Stems of the few content words each side of a date, within its clause (a
    semicolon, colon, bracket or quotation mark closes the reach; a comma does not:
    "the derailment, which occurred at about 6.10am") and 100 characters."""
    starts, words, breaks = _read(text)
    opened = breaks[bisect_left(breaks, mention.start) - 1] if breaks[0] < mention.start else -1
    closed = breaks[bisect_left(breaks, mention.end)] if breaks[-1] >= mention.end else len(text)
    first = bisect_left(starts, max(opened + 1, mention.start - 100))
    last = bisect_left(starts, mention.start)
    before = [w for w in words[first:last] if _telling(w)][-_REACH:]
    first = bisect_left(starts, mention.end)
    last = bisect_left(starts, min(closed, mention.end + 100))
    after = [w for w in words[first:last] if _telling(w)][:_REACH]
    return {*map(stem, before), *map(stem, after)}


def _telling(word: str) -> bool:
    """A content word that can say what a date dates: no stopword, number or date word."""
    return not (
        word in STOPWORDS or word in _NOT_NEIGHBOURS or word.isdigit() or word in _DATE_WORDS
    )


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _read(text: str) -> tuple[list[int], list[str], list[int]]:
    """A sentence's words read once: where each starts, the word in lower case, and where
    its clauses end."""
    matches = list(WORD.finditer(text))
    return (
        [m.start() for m in matches],
        [m.group(0).lower() for m in matches],
        [m.start() for m in _CLAUSE.finditer(text)] or [-1],
    )


def _values(mention: DateMention) -> set[str]:
    """The keys that compare: a day's own keys without its month ("June 17" and "June
    20" differ by the day), a year's, a weekday's, a time's, a period's unit."""
    if mention.kind == "day":
        return {k for k in mention.keys if k.startswith("day:")}
    return {k for k in mention.keys if ":" in k}


def _agree(mine: DateMention, theirs: DateMention) -> bool:
    """The same date, time or period: a period of the same unit agrees unless both state
    their direction and it differs."""
    if not _values(mine) & _values(theirs):
        return False
    sides = {k for k in (*mine.keys, *theirs.keys) if ":" not in k}
    return len(sides) < 2


def date_slot_problems(
    claim: str, linked: Sequence[str], around: Sequence[str] = ()
) -> list[tuple[str, str]]:
    """(token, reason) for each date of the claim that a linked sentence dates otherwise
    in the same slot. `around`: the linked sentences' neighbours; a claim's date they
    write too (in any slot) is contradicted only by a rival sharing two of its
    neighbours, not one ("airport" alone does not tell a departure's time from an
    arrival's)."""
    mine = _mentions(claim)
    if not mine:
        return []
    theirs = [(sentence, _mentions(sentence)) for sentence in linked]
    kinds = {other.kind for _, mentions in theirs for other in mentions}
    mine = tuple(date for date in mine if date.kind in kinds)  # a rival is of its kind
    if not mine:
        return []
    problems = []
    for date in mine:
        near = _neighbours(claim, date)
        if not near:
            continue
        rivals = _rivals(date, near, theirs)
        if rivals is None:
            continue
        one, two = rivals
        rival = two if _written(date, (*linked, *around)) else one
        if rival is not None:
            problems.append((date.text, f"says {date.text!r}; the article says {rival!r} there"))
    return problems


def _written(date: DateMention, sentences: Iterable[str]) -> bool:
    """Whether a sentence writes the claim's date (in any slot)."""
    return any(_agree(date, other) for sentence in sentences for other in _mentions(sentence))


def _counts_on(sentence: str, mentions: tuple[DateMention, ...]) -> bool:
    """Whether a sentence dates an event by counting years on or back from a year it
    writes ("two years later", "a decade earlier", "the following year"): the year it
    writes is then no rival of the claim's."""
    return bool(_FOLLOWING.search(sentence)) or any(
        m.kind == "period" and m.keys[0] == "period:year" and len(m.keys) > 1 for m in mentions
    )


def _rivals(
    date: DateMention, near: set[str], theirs: Iterable[tuple[str, tuple[DateMention, ...]]]
) -> tuple[str | None, str | None] | None:
    """The first of the support's dates with another value standing in `date`'s slot by
    one shared neighbour, and by two; None when a sentence also writes the claim's value
    in a slot it shares (the support dates this slot as the claim does)."""
    one = two = None
    for sentence, mentions in theirs:
        if date.kind == "year" and _counts_on(sentence, mentions):
            continue  # "launched in 1912 and two years later it won": 1914 is its year too
        for other in mentions:
            if other.kind != date.kind or _HEADING.match(sentence, other.end):
                continue
            common = len(near & _neighbours(sentence, other))
            if _agree(date, other):
                if common:
                    return None
                continue
            if common >= 1:
                one = one or other.text
            if common >= 2:
                two = two or other.text
    return one, two
