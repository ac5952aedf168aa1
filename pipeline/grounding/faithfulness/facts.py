"""The checkable facts of a sentence: quantities, dates, names and negations.

A prose claim is compared with its supporting article sentences fact by fact, as in
FactCC's error types: a changed number, a changed date, a swapped name or an added or
dropped negation. Each extractor reads plain text and returns small values that compare
by equality, so "six" equals "6", "3 million" is 3_000_000 and never "3 billion", and
"March 3" is the pair (3, 3) whether written "3 March" or "March 3rd".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from newsbrief.grounding.faithfulness import bounds
from newsbrief.text.countries import country_of_word
from newsbrief.text.lexicon import MONTH_WORDS, MONTHS, NOT_NAME_WORDS, STARTERS, WEEKDAYS
from newsbrief.text.scan import AnchoredPattern

__all__ = [
    "DateMention",
    "Dates",
    "Quantity",
    "date_mentions",
    "dates_in",
    "name_phrases",
    "negations_in",
    "quantities_in",
]

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "dozens": 12,
}  # fmt: skip
_SCALES = {
    "hundred": 100, "hundreds": 100, "thousand": 1_000, "thousands": 1_000, "k": 1_000,
    "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000, "mln": 1_000_000,
    "billion": 1_000_000_000, "billions": 1_000_000_000, "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000,
}  # fmt: skip
# The unit a number counts, normalised: compared only when both sides state one.
_UNIT_WORDS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "percentage": "percent",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mile", "miles": "mile", "kg": "kg", "kilogram": "kg", "kilograms": "kg",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne",
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "£": "gbp", "pound": "gbp",
    "pounds": "gbp", "yuan": "cny", "yen": "jpy", "riel": "khr", "rupees": "inr",
    "year": "year", "years": "year", "month": "month", "months": "month", "day": "day",
    "days": "day", "week": "week", "weeks": "week", "hour": "hour", "hours": "hour",
}  # fmt: skip
_NUMBER_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_SCALE_WORDS = "|".join(sorted(_SCALES, key=len, reverse=True))
_UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True))
# Each pattern below opens with a look-ahead its match implies (a digit or the first
# letter of a number word, month or weekday where the match starts): it changes no
# match, and lets a scan skip most positions of a sentence at once (a third of the
# cost of the prose checks' number and date reading).
_NUMBER_FIRSTS = "".join(sorted({word[0] for word in _UNITS}))
_QUANTITY = re.compile(
    rf"(?=(?:US\$|\$|€|£)?\s?[\d{_NUMBER_FIRSTS}])"
    rf"(?P<cur>US\$|\$|€|£)?\s?"
    rf"(?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<word>(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))?))"
    rf"(?:\s?(?P<scale>(?:{_SCALE_WORDS}))\b)?"
    rf"(?:\s?(?P<unit>{_UNIT_PATTERN})(?![\w]))?",
    re.IGNORECASE,
)
# A quantity opens with its number (a digit or a number word), or with a currency sign
# ("US$", in any case) and a space before it: tried only there (`text.scan`).
_QUANTITIES = AnchoredPattern(_QUANTITY, _UNITS, digits=True, reach=4, lead="US$€£us")
_MONTHS = {name.lower(): number for name, number in MONTHS.items()}
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_FIRSTS = "".join(sorted({word[0] for word in [*_MONTHS, *(d.lower() for d in WEEKDAYS)]}))
_DATE = re.compile(
    rf"(?=[\d{_DATE_FIRSTS}])"
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_WORDS})\b\.?"
    rf"|(?P<m2>{_MONTH_WORDS})\b\.?\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:\d]))?"
    rf"|(?P<m3>{_MONTH_WORDS})\b)"
    rf"|\b(?P<year>(?:19|20)\d\d)\b(?!,\d)"
    rf"|\b(?P<wd>{'|'.join(WEEKDAYS)})\b",
    re.IGNORECASE,
)
_DATES = AnchoredPattern(_DATE, [*_MONTHS, *(d.lower() for d in WEEKDAYS)], digits=True)
# "May" the month is also the verb; it counts as a month only beside a day or a year.
# "May" counts as a month after a preposition of time ("in May", "since May") too.
_MONTH_CONTEXT = re.compile(
    r"\b(?:in|on|since|until|till|by|from|during|early|late|mid|of|last|next)\s$", re.I
)
_AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "oct", "dec", "sept", "sep", "aug", "nov"}

# Negation cues; multi-word cues first. "failed to" and "refused to" negate the verb;
# a bare "refused" (like "denied") negates its object ("has been refused bail").
NEGATION_CUES = (
    "failed to", "fail to", "fails to", "refused to", "refuses to", "declined to",
    "no longer", "not", "n't", "no", "never", "none", "nor", "neither", "nobody",
    "nothing", "without", "cannot", "denied", "denies", "unable", "impossible",
    "refused", "refuses",
)  # fmt: skip
# Adjectives that negate what comes before them ("the staff were unharmed").
NEGATED_ADJECTIVES = (
    "unharmed", "unhurt", "uninjured", "unscathed", "unknown", "unclear", "unchanged",
    "unlikely", "unaware", "unwilling", "unsuccessful", "unresolved", "unconfirmed",
    "unaffected", "unavailable", "unanswered", "untouched", "unpaid", "unused",
)  # fmt: skip
_NEGATION = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in NEGATION_CUES if c != "n't") + r")(?![\w-])"
    r"|n't\b|n’t\b"
    r"|\b(?P<adjective>" + "|".join(NEGATED_ADJECTIVES) + r")\b",
    re.IGNORECASE,
)
# Every cue opens with one of these (a negated adjective with "un"; "not", "none" and
# "nobody" with "no"): fewer words to look for, a few more places tried.
_NEGATIONS = AnchoredPattern(
    _NEGATION,
    ["fail", "refus", "declin", "no", "never", "neither", "without", "cannot", "deni",
     "impossible", "n't", "n’t", "un"],
    digits=False,
)  # fmt: skip
# A possessive ends a name: "Pete Hegseth's Cambodian counterpart" is Hegseth's. A run
# opens with a capital no word character stands before (what "\b" before it says, read
# after the capital: a pattern that opens with a character class is searched for that
# class in C, where one that opens with "\b" is tried at every position).
_CAPITALISED = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[\w’'.-]*[\w])?(?:(?<!['’]s)\s+(?:(?:of|the|de|bin|al|van|von)\s+)*"
    r"(?:[A-Z][\w’'.-]*[\w]|[A-Z]))*"
)
_GENERIC = {w.lower() for w in NOT_NAME_WORDS} - {
    "asia", "europe", "africa", "america", "pacific", "khmer", "kingdom", "united", "nations",
    "xinhua",  # an agency's own name, though it marks an organisation too
}  # fmt: skip
_CONNECTORS = {"of", "the", "de", "bin", "al", "van", "von"}
# A newspaper's last word: a run of generic words ending in one is that paper's name.
_TITLES_OF_PAPERS = frozenset({"Times", "Post", "Herald", "Journal", "News", "Daily", "Press"})


@dataclass(frozen=True)
class Quantity:
    """One number in a sentence: its value, the unit it counts, and the text."""

    value: float
    unit: str | None
    text: str
    start: int
    hedged: bool = False
    follower: str = ""  # the word right after it ("wounded" in "6 wounded")
    phrase: str = ""  # the number with that word as written ("6 wounded", "two-day")


def _word_value(text: str) -> float | None:
    parts = re.split(r"[- ]", text.lower())
    total = 0
    for part in parts:
        if part not in _UNITS:
            return None
        total += _UNITS[part]
    return float(total)


_COMPOUND_OF = re.compile(r"[^\W\d_]-of-$", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])\s?(?:[ap]m\b|[ap]\.m\.)?", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:\s{1,2}|-)([^\W_]+(?:[-'’][^\W_]+)*)")
_HEDGE_WORDS = (
    "about", "around", "nearly", "almost", "some", "roughly", "approximately", "over",
    "more than", "less than", "fewer than", "at least", "up to", "close to", "under", "above",
    "below", "upwards of", "an estimated",
)  # fmt: skip
_HEDGES = re.compile(rf"(?:{'|'.join(_HEDGE_WORDS)})\s*$", re.IGNORECASE)


def _hedged(before: str) -> bool:
    """Whether the words before a number hedge it ("about", "more than": `_HEDGES`). Where
    the text is ASCII (`re.IGNORECASE` then matches a letter only as its capital), the
    pattern's match is the text's end, white space aside, written as a hedge in any
    case: read by `str` methods, where the pattern tried its alternation at each of the
    24 characters."""
    tail = before.rstrip()
    if tail.isascii():
        return tail.lower().endswith(_HEDGE_WORDS)
    return _HEDGES.search(before) is not None


@lru_cache(maxsize=bounds.PER_SENTENCE)
def quantities_in(text: str) -> tuple[Quantity, ...]:
    """Every quantity of `text` that is not part of a date, with its value.

    A bare "one" (a pronoun as often as a number) counts only with a scale or unit.
    Cached: the article's sentences are read once for all the claims they support.
    """
    matches = list(_QUANTITIES.finditer(text))
    clocks = list(_CLOCK.finditer(text)) if ":" in text else []
    if not matches and not clocks:
        return ()  # no number: the text's dates are not read
    spans = [clock.span() for clock in clocks]
    skip: list[tuple[int, int]] | None = None  # dates and times: read for a number kept
    out: list[Quantity] = []
    for clock in clocks:  # "3:30pm" is one time, not 3 and 30
        hours, minutes = int(clock.group(1)), int(clock.group(2))
        out.append(
            Quantity(
                hours * 60 + minutes, "time", clock.group(0), clock.start(), phrase=clock.group(0)
            )
        )
    for match in matches:
        start = match.start("num") if match.group("num") else match.start("word")
        glued = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/.")
        if glued and not _COMPOUND_OF.search(text, max(0, start - 5), start):
            continue  # part of a word or code; "mother-of-two" still counts two
        if skip is None:  # a number word inside a word ("someone") reads no dates
            skip = [*dates_in(text).spans, *spans]
        if skip and any(s <= start < e for s, e in skip):
            continue
        scale = match.group("scale")
        unit = match.group("unit") or match.group("cur")
        if match.group("num"):
            value = float(match.group("num").replace(",", ""))
        else:
            word_value = _word_value(match.group("word"))
            if word_value is None or (word_value == 1 and not scale and not unit):
                continue
            value = word_value
        if scale:
            if scale.lower() in ("m", "k") and not match.group("num"):
                continue
            value *= _SCALES[scale.lower()]
        hedged = _hedged(text[max(0, start - 24) : start])
        norm_unit = _UNIT_WORDS.get(unit.lower()) if unit else None
        shown = match.group(0).strip()
        after = _NEXT_WORD.match(text, start + len(shown))
        follower = after.group(1) if after else ""
        if norm_unit is None and after and after.group(0).startswith("-"):
            norm_unit = _UNIT_WORDS.get(follower.lower())  # "a two-day visit" counts days
        phrase = text[start : after.end()] if after else shown
        out.append(Quantity(value, norm_unit, shown, start, hedged, follower, phrase))
    return tuple(sorted(out, key=lambda q: q.start))


@dataclass(frozen=True)
class Dates:
    """The date facts of a sentence; day-month pairs keep their day."""

    months: frozenset[int]
    days: frozenset[tuple[int, int]]  # (month, day)
    years: frozenset[int]
    weekdays: frozenset[str]
    spans: tuple[tuple[int, int], ...]
    texts: dict[str, str]

    def __or__(self, other: Dates) -> Dates:
        return Dates(
            self.months | other.months,
            self.days | other.days,
            self.years | other.years,
            self.weekdays | other.weekdays,
            (),
            {**other.texts, **self.texts},
        )


class DateMention(NamedTuple):
    """One date as written: its kind (`year`, `day`, `month`, `weekday`; `date_slots`
    adds `time` and `period`), the keys it states (`year:1985`, `month:6` and
    `day:6-17`, `weekday:friday`; a range "June 18 to 20" states two days), and where it
    stands."""

    kind: str
    keys: tuple[str, ...]
    text: str
    start: int
    end: int
    month_word: str = ""  # the month as written ("June" of "17 June"), for a day or month


@lru_cache(maxsize=bounds.PER_SENTENCE)
def date_mentions(text: str) -> tuple[DateMention, ...]:
    """Each date of `text` in order: what `dates_in` sums, mention by mention, for a rule
    that reads where a date stands (`date_slots`)."""
    out: list[DateMention] = []
    for match in _DATES.finditer(text):
        month_word = match.group("m1") or match.group("m2") or match.group("m3")
        if month_word:
            day = match.group("d1") or match.group("d2")
            lower = month_word.lower()
            if not day and (
                (
                    lower in _AMBIGUOUS_MONTHS
                    and not re.match(r"\s*,?\s*(?:19|20)\d\d", text[match.end() :])
                    and not _MONTH_CONTEXT.search(text[: match.start()])
                )
                or month_word[0].islower()
            ):
                continue
            month = _MONTHS[lower]
            keys = [f"month:{month}"]
            for day_text in (day, match.group("d3")):
                if day_text and 1 <= int(day_text) <= 31:
                    keys.append(f"day:{month}-{int(day_text)}")
            kind = "day" if len(keys) > 1 else "month"
            start, end = match.span()
            out.append(DateMention(kind, tuple(keys), match.group(0), start, end, month_word))
        elif match.group("year"):
            key = f"year:{match.group('year')}"
            out.append(DateMention("year", (key,), match.group("year"), *match.span()))
        else:
            key = f"weekday:{match.group('wd').lower()}"
            out.append(DateMention("weekday", (key,), match.group("wd"), *match.span()))
    return tuple(out)


@lru_cache(maxsize=bounds.PER_SENTENCE)
def dates_in(text: str) -> Dates:
    """Months, (month, day) pairs, years and weekdays, with the spans they cover."""
    months: set[int] = set()
    days: set[tuple[int, int]] = set()
    years: set[int] = set()
    weekdays: set[str] = set()
    texts: dict[str, str] = {}
    mentions = date_mentions(text)
    for mention in mentions:
        if mention.kind in ("day", "month"):
            for key in mention.keys:  # the month first, then its days
                kind, value = key.split(":")
                if kind == "month":
                    months.add(int(value))
                    texts[key] = mention.month_word
                else:
                    month, day = value.split("-")
                    days.add((int(month), int(day)))
                    texts[key] = mention.text
        elif mention.kind == "year":
            years.add(int(mention.text))
            texts[mention.keys[0]] = mention.text
        else:
            weekdays.add(mention.text.lower())
            texts[mention.keys[0]] = mention.text
    return Dates(
        frozenset(months),
        frozenset(days),
        frozenset(years),
        frozenset(weekdays),
        tuple((m.start, m.end) for m in mentions),
        texts,
    )


def negations_in(text: str) -> list[re.Match[str]]:
    """The negation cues of `text` ("not", "n't", "never", "failed to", ...)."""
    return list(_NEGATIONS.finditer(text))


class NamePhrase(NamedTuple):
    """A capitalised name in a sentence and its distinctive words (lower case). A named
    tuple: every sentence and claim read makes several, and a frozen dataclass cost
    five times as much to build."""

    text: str
    keys: tuple[str, ...]
    country: str | None
    start: int = 0


def name_phrases(text: str) -> list[NamePhrase]:
    """The names of `text` (a fresh list: callers may change it); see `_name_phrases`."""
    return list(_name_phrases(text))


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _name_phrases(text: str) -> tuple[NamePhrase, ...]:
    """Names of people, organisations and places written in `text`.

    A capitalised run of words ("Prime Minister Hun Manet", "Royal Cambodian Army") is a
    name (without a time word or sentence adverb it opens with: "Today", "Meanwhile"); its distinctive words are those that are not titles, generic organisation
    words or sentence starters. A run with no distinctive word ("The Ministry") is no
    name. Countries and demonyms carry their country code, so "Cambodian" matches
    "Cambodia". Cached per text: the checks ask for the names of the same claim and
    support sentences rule after rule.
    """
    out: list[NamePhrase] = []
    for match in _CAPITALISED.finditer(text):
        run, start = match.group(0), match.start()
        opener = _OPENER.match(run) if run.startswith(_OPENER_WORDS) else None
        if opener is not None:  # "Today the Inner Harbour": the name is "Inner Harbour"
            run, start = run[opener.end() :], start + opener.end()
        keys, country = _run_keys(run)
        if keys:
            out.append(NamePhrase(run, keys, country, start))
    return tuple(out)


# A time word or sentence adverb that opens a sentence before a name is no part of it:
# "Today the Inner Harbour is ...", "Meanwhile Ann Lee said".
_OPENER_WORDS = ("Today", "Yesterday", "Tomorrow", "Tonight", "Now", "Meanwhile")
_OPENER = re.compile(rf"(?:{'|'.join(_OPENER_WORDS)})\s+(?:the\s+)?(?=[A-Z])")


@lru_cache(maxsize=8192)
def _run_keys(run: str) -> tuple[tuple[str, ...], str | None]:
    """A capitalised run's distinctive words and the country it names (the last of its
    words that names one), read once per run: a name recurs in the article's sentences
    and in the claims about it."""
    keys = []
    country = None
    words = run.split()
    for word in words:
        key, code = _name_word(word)
        if code:
            country = code
        if key:
            keys.append(key)
    if not keys and len(words) > 1 and _strip_possessive(words[-1]) in _TITLES_OF_PAPERS:
        # "The Global Times", "Daily News": generic words that name one newspaper
        keys = [_strip_possessive(w).lower() for w in words if w.lower() not in _CONNECTORS]
    return tuple(keys), country


@lru_cache(maxsize=65536)
def _name_word(word: str) -> tuple[str | None, str | None]:
    """What one word of a capitalised run gives its name: its distinctive form (lower
    case, None for a title, generic or starter word) and the country it names. Per word,
    not per text: a run's words recur across the articles of a run."""
    token = _strip_possessive(word).strip(".’'")
    if not token:
        return None, None
    code = country_of_word(token)
    if code:
        return token.lower(), code
    lower = token.lower()
    if lower in _CONNECTORS or lower in _GENERIC or token in MONTH_WORDS:
        return None, None
    if token in STARTERS or lower in _WEEKDAY_SET or lower in _UNITS or lower in _SCALES:
        return None, None
    return lower, None


_WEEKDAY_SET = {day.lower() for day in WEEKDAYS}


def _strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("'s", "’s")) else token
