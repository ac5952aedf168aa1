"""Are a claim's numbers the article's?

Every quantity of the claim must occur in the support window (the linked sentences
and a neighbour each side) with the same value: a hedged "about 100" also matches
95-105, a rounded "1.2 million" matches 1,234,000 (within a tenth: "20" is no rounding
of 15), and the unit must agree when both
sides state one ("2 years" is not the window's unitless "two" when the window counts
"108 years"). A number counted with the same word on both sides must be that one
("100 civilians" where the article counts "32 civilians" is a swap). An ordinal
("2nd") matches only an ordinal ("52nd" and "TWO red flags" are not it). A number that
labels a thing ("lap 48", "game 7", "Article 5") is the article's when the article
writes that label (or "48th lap") in a sentence, or next to one, that names someone
the claim names; its value alone, anywhere in the window, is no support.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from newsbrief.grounding.faithfulness import bounds
from newsbrief.grounding.faithfulness.facts import Quantity, name_phrases, quantities_in
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.text.words import STOPWORDS, WORD, content_stems, stem

__all__ = ["quantity_problems"]

_LABEL = re.compile(
    r"\b(?P<label>lap|game|page|round|stage|hole|flight|route|article|section|chapter|"
    r"clause|number|no\.|room|gate|platform|seat|phase|episode|match|race|inning|item)\s+$",
    re.IGNORECASE,
)
_SCORE = re.compile(r"\s*[-–]\s*\d")  # "game 8-7" is a score, not game 8
_ROUNDING = 0.1  # the most a rounded number may differ from the article's, relatively
_UNIT_REACH = 3  # a bare number's unit may come this many words after it
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip


# Measures a number may be written in, each word to its measure: a value in one is no
# rival of a count or of a value in another ("330 feet" and "129 people").
_MEASURES = {
    **dict.fromkeys(("foot", "feet", "ft", "metre", "metres", "meter", "meters", "m", "km",
                     "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
                     "inch", "inches", "yard", "yards", "cm", "centimetres", "centimeters",
                     "mm", "nautical"), "length"),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "g",
                     "tonne", "tonnes", "ton", "tons", "lb", "lbs"), "weight"),
    **dict.fromkeys(("litre", "litres", "liter", "liters", "gallon", "gallons"), "volume"),
    **dict.fromkeys(("acre", "acres", "hectare", "hectares"), "area"),
    **dict.fromkeys(("mph", "kph", "km/h", "knots"), "speed"),
    **dict.fromkeys(("degree", "degrees", "°c", "°f", "celsius", "fahrenheit"), "temperature"),
}  # fmt: skip


def _measure(quantity: Quantity) -> str | None:
    """The measure a number is written in ("length" of "330 feet" and "101 meter"), or
    None for a count or a bare number."""
    follower = (quantity.follower or "").lower()
    return _MEASURES.get(follower)


def _same_quantity(claim: Quantity, other: Quantity) -> bool:
    if claim.unit and other.unit and claim.unit != other.unit:
        return False
    if claim.value == other.value:
        return True
    if other.value == 0:
        return False
    if claim.hedged and abs(claim.value - other.value) / abs(other.value) <= 0.1:
        return True
    # "1.2 million" for 1,234,000; "6" for 6.4: rounding to 1-3 significant digits, and
    # within a tenth of the value ("20 years" is no rounding of 15, nor "2" of 1.5).
    if abs(claim.value - other.value) / abs(other.value) > _ROUNDING:
        return False
    for digits in (1, 2, 3):
        if claim.value == float(f"{other.value:.{digits}g}") and claim.value != 0:
            return True
    return False


def _ordinal(text: str, quantity: Quantity) -> bool:
    return _ORDINAL_SUFFIX.match(text, quantity.start + len(quantity.text)) is not None


def _label_problem(
    claim: str, quantity: Quantity, index: SupportIndex, window: list[str]
) -> tuple[str, bool] | None:
    """None when the labelled number ("lap 48") is the article's, else the reason and
    whether the window labels another number so ("lap 48" where the claim says "lap 67")."""
    label = _LABEL.search(claim, 0, quantity.start)
    assert label is not None
    word, number = re.escape(label.group("label")), re.escape(quantity.text)
    nearby = re.compile(  # "the 48th of 71 laps" in the window
        rf"\b{number}(?:st|nd|rd|th)?\b(?:\W+\w+){{0,3}}?\W+{word}s?\b"
        rf"|\b{word}s?\W+(?:\w+\W+){{0,2}}?{number}\b",
        re.I,
    )
    if any(nearby.search(sentence) for sentence in window):
        return None
    written = re.compile(rf"\b{word}\s+{number}\b|\b{number}(?:st|nd|rd|th)\s+{word}\b", re.I)
    keys = {key for phrase in name_phrases(claim) for key in phrase.keys}
    sentences = [s.text for s in index.sentences]
    for i, sentence in enumerate(sentences):
        if written.search(sentence):
            near = " ".join(sentences[max(0, i - 1) : i + 2]).lower()
            if not keys or any(re.search(rf"\b{re.escape(k)}\b", near) for k in keys):
                return None
    said = f"{label.group('label')} {quantity.text}"
    other = re.compile(  # "lap 48", "48th lap", "the 48th of 71 laps"
        rf"\b{word}s?\s+(\d+)\b|\b(\d+)(?:st|nd|rd|th)\s+(?:of\s+\d+\s+)?{word}s?\b", re.I
    )
    for sentence in window:
        found = other.search(sentence)
        if found:
            return f"says {said!r}; the article says {found.group(0)!r}", True
    # the article labels the same event of the same person otherwise, outside the
    # window: "Massa crashed out ... on lap 48" for "Massa's crash on lap 6"
    said_of = set(content_stems(claim)) - {stem(k) for k in keys} - {stem(label.group("label"))}
    for i, sentence in enumerate(sentences):
        found = other.search(sentence)
        if found and keys and said_of & index.stems[i]:
            near = " ".join(sentences[max(0, i - 1) : i + 2]).lower()
            if any(re.search(rf"\b{re.escape(k)}\b", near) for k in keys):
                return f"says {said!r}; the article says {found.group(0)!r}", True
    return f"says {said!r}; the article gives no such {label.group('label').lower()}", False


@lru_cache(maxsize=bounds.PER_SENTENCE)
def _ordinal_words(sentence: str) -> tuple[int, ...]:
    """The ranks a sentence writes as words ("second"): per sentence, read once for all
    the claims that sentence supports."""
    folded = sentence.lower()
    if not any(map(folded.__contains__, _ORDINAL_WORDS)):
        return ()  # no rank word: its words are not read
    return tuple(
        _ORDINAL_WORDS[lower]
        for lower in (w.lower() for w in WORD.findall(sentence))
        if lower in _ORDINAL_WORDS
    )


class _Rank(NamedTuple):
    """A rank ("6th", "third") and the words on each side of it (lower case, "" at an
    edge): the slot it fills, "the 6th CICA meeting", "he is 11th with"."""

    value: float
    text: str  # as written: "6th", "third"
    before: str
    after: str
    start: int  # where the rank starts in its text

    @property
    def word(self) -> bool:
        """Written as a word ("third"), not in digits."""
        return self.text.lower() in _ORDINAL_WORDS


class _Numbers(NamedTuple):
    """A sentence's numbers as the rule compares them: each quantity, the few words
    after it (where a bare number's unit is written), and the ranks it states."""

    quantities: tuple[Quantity, ...]
    after: tuple[str, ...]
    ranks: tuple[float, ...]  # ordinal numbers ("52nd") then ordinal words ("second")
    placed: tuple[_Rank, ...]  # each rank with the words beside it


def _numbers(sentence: str) -> _Numbers:
    quantities = quantities_in(sentence)
    after = tuple(
        " ".join(
            m.group(0) for m in islice(WORD.finditer(sentence, q.start + len(q.text)), _UNIT_REACH)
        )
        for q in quantities
    )
    ranks = tuple(q.value for q in quantities if _ordinal(sentence, q))
    return _Numbers(quantities, after, ranks + _ordinal_words(sentence), _ranks(sentence))


_DIGIT_RANK = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
# Words beside a rank that say nothing of what it ranks.
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my", "your"})


_DIGIT_SUFFIX = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)  # what a digit rank holds


def _ranks(text: str) -> tuple[_Rank, ...]:
    """Every rank of `text` ("6th", "third") with the word on each side of it."""
    lower = text.lower()
    if not _DIGIT_SUFFIX.search(text) and not any(map(lower.__contains__, _ORDINAL_WORDS)):
        return ()  # no "52nd", no rank word: most claims and sentences (words unread)
    words = list(WORD.finditer(text))
    out = []
    for i, found in enumerate(words):
        word = found.group(0).lower()
        if word in _ORDINAL_WORDS:
            value = float(_ORDINAL_WORDS[word])
        elif word[0].isdecimal() and _DIGIT_RANK.fullmatch(word):
            value = float(word[:-2])
        else:
            continue
        before = words[i - 1].group(0).lower() if i else ""
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        out.append(_Rank(value, found.group(0), before, after, found.start()))
    return tuple(out)


def _rank_swapped(claimed: _Rank, ranks: list[_Rank]) -> _Rank | None:
    """The window's rank that fills the claim's rank's slot with another value: the
    same word after it ("the 6th CICA meeting" / "the 8th CICA meeting") or the same
    word before it other than a determiner ("is 11th" / "is 110th"); None when none
    does (a rank of something else is no evidence against it)."""
    for rank in ranks:
        if rank.value == claimed.value:
            continue
        after = claimed.after
        if after and after not in STOPWORDS and stem(rank.after) == stem(after):
            return rank
        if (
            claimed.before
            and claimed.before not in _DETERMINERS
            and stem(rank.before) == stem(claimed.before)
        ):
            return rank
    return None


def quantity_problems(
    claim: str, window_ids: list[int], index: SupportIndex
) -> list[tuple[str, str, bool]]:
    """(offending number, reason, contradicts) for each number of the claim the window
    lacks. It contradicts when the window gives another value in the same slot: counting
    the same thing ("six soldiers" for "sixteen soldiers"), in the same unit, labelled
    the same ("lap 48"), or, for a bare number, another bare number; a number the window
    has nothing in the place of is only unverified, and so is one whose only rival is a
    value the claim states itself ("80 metres deep, although earlier reports had put it
    at 40m"). The window's numbers are read once
    per sentence (`SupportIndex.reading`), not once per claim."""
    claim_quantities = quantities_in(claim)
    ranks = {rank.start: rank for rank in _ranks(claim)}
    if not claim_quantities and not ranks:  # nothing to check: the window is not read
        return []
    window = [index.sentences[i].text for i in window_ids]
    found: list[Quantity] = []
    after: list[str] = []  # the few words after each found number
    ordinals: Counter[float] = Counter()
    placed: list[_Rank] = []  # the window's ranks with the words beside them
    for i in window_ids:
        numbers = index.reading(_numbers, i)
        found += numbers.quantities
        after += numbers.after
        ordinals.update(numbers.ranks)
        placed += numbers.placed
    # a rank is the article's once: "the 2nd ... lifted him to second" where the
    # article has "52nd" and "second" ranks one thing it does not
    claimed: Counter[float] = Counter(
        _ORDINAL_WORDS[w.group(0).lower()]
        for w in WORD.finditer(claim)
        if w.group(0).lower() in _ORDINAL_WORDS
    )
    problems = []
    stated = {q.value for q in claim_quantities}
    followers = [stem(q.follower or "+") for q in found]
    for quantity in claim_quantities:
        end = quantity.start + len(quantity.text)
        if _LABEL.search(claim, 0, quantity.start) and not _SCORE.match(claim, end):
            labelled = _label_problem(claim, quantity, index, window)
            if labelled:
                problems.append((quantity.text, *labelled))
            continue
        if _ordinal(claim, quantity):
            if ordinals[quantity.value] <= claimed[quantity.value]:
                said = claim[quantity.start : quantity.start + len(quantity.text) + 2]
                problems.append(
                    _rank_problem(
                        said, quantity.text, ranks.get(quantity.start), placed, index.text
                    )
                )
            claimed[quantity.value] += 1
            continue
        follower = stem(quantity.follower or "-")
        same = [i for i, other in enumerate(found) if _same_quantity(quantity, other)]
        if quantity.unit and any(other.unit == quantity.unit for other in found):
            # "2 years" where the article counts "108 years": not its unitless "two"
            same = [i for i in same if found[i].unit == quantity.unit]
        counted = [
            i for i, f in enumerate(followers) if f == follower and follower not in STOPWORDS
        ]
        # "100 civilians" where the article counts "32 civilians" and its 100 is of
        # something else: a number swapped within the article.
        if same and not (counted and not set(same) & set(counted)):
            continue
        said = quantity.phrase
        # "330 feet" where the window counts only "129 people": a length is no rival of
        # a count, nor of a length in another measure
        pool = [i for i, f in enumerate(found) if _measure(f) == _measure(quantity)]
        candidates = [found[i] for i in counted if i in pool] or [found[i] for i in pool]
        if candidates:
            shown = candidates[0].phrase
            # "80 metres deep, although earlier reports had put it at 40m": a value the
            # claim states itself is no other value in its number's place
            rivals = [
                i for i in pool if found[i].value == quantity.value or found[i].value not in stated
            ]
            problems.append(
                (quantity.text, f"says {said!r}; the article says {shown!r}",
                 _same_slot(quantity, [found[i] for i in counted if i in rivals],
                            [found[i] for i in rivals], [after[i] for i in rivals]))
            )  # fmt: skip
        else:
            problems.append(
                (quantity.text, f"says {said!r}; the article gives no such number there", False)
            )
    for rank in ranks.values():  # a rank in words counts only against another in its slot
        if rank.word and not ordinals[rank.value] and _rank_swapped(rank, placed):
            problems.append(_rank_problem(rank.text, rank.text, rank, placed, index.text))
    return problems


def _rank_problem(
    said: str, token: str, rank: _Rank | None, placed: list[_Rank], article: str
) -> tuple[str, str, bool]:
    """A rank of the claim the window lacks: it contradicts when the window ranks the
    same thing otherwise ("the 6th CICA meeting" for "the 8th CICA meeting"), else the
    window says nothing of it. A rank the article itself writes before the same word
    ("the first letter" where the window has "a second letter") is another of those
    things, not a swapped rank: only unverified."""
    other = _rank_swapped(rank, placed) if rank is not None else None
    if other is None:
        return (token, f"says {said!r}; the article ranks nothing so", False)
    theirs = " ".join(w for w in (other.before, other.text, other.after) if w)
    assert rank is not None  # a swapped rank was found for it
    if rank.after and re.search(
        rf"\b{re.escape(rank.text)}\s+{re.escape(rank.after)}\b", article, re.IGNORECASE
    ):
        return (token, f"says {said!r}; the article says {theirs!r} and also {said!r}", False)
    return (token, f"says {said!r}; the article says {theirs!r}", True)


def _same_slot(
    quantity: Quantity, counted: list[Quantity], found: list[Quantity], after: list[str]
) -> bool:
    """Whether the window states another value where the claim has its number: a count
    of the same thing, a value in the same unit, or (the claim's number bare) a bare
    number; never one that has the claim's value and may count the same thing ("eight
    highly successful years": the unit a few words on). A bare "two on base" with the
    claim's value is no "2 years" when the window counts "108 years"."""
    if quantity.unit and any(other.unit == quantity.unit for other in found):
        unit = stem(quantity.unit)
        same_value = [
            other
            for other, words in zip(found, after, strict=True)
            if other.value == quantity.value
            and (other.unit == quantity.unit
                 or (not other.unit and unit in {stem(w) for w in words.lower().split()}))
        ]  # fmt: skip
        if same_value:
            return False
    elif any(other.value == quantity.value for other in counted or found):
        return False
    if counted:
        return True
    if quantity.unit:
        return any(other.unit == quantity.unit for other in found)
    return any(not other.unit for other in found)
