"""A regex scan tried only where a match can start: the same matches, found faster.

The prose checks read every article sentence with case-insensitive patterns whose every
match opens at (or a few characters before) one of a few words or a digit: a number
("six", "1.2 million"), a date ("March 3", "2016"), a negation cue ("not", "n't"). The
regex engine tries each such pattern at every position of the text, and each try runs a
long alternation: most of the prose checks' reading of an article went there.
`AnchoredPattern.finditer` finds where those words and digits occur first (`str.find` on
the lower-case text, and `\\d`), and tries the pattern only there, in text order, from
where the last match ended: the matches `pattern.finditer(text)` gives, one for one,
because a position that is no candidate cannot start a match.

`str.lower` and the regex engine's case-insensitive matching agree on every character
but three (the dotless "ı", the dotted "İ" and the long "ſ" match ASCII letters under
`re.IGNORECASE` and do not lower to them): a text holding one of them, or whose lower
case has another length, is scanned the ordinary way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import repeat
from operator import sub

__all__ = [
    "AnchoredPattern",
    "FoldedText",
    "StartedPattern",
    "literal_matches",
    "whole_word_found",
    "whole_word_matches",
]

_DIGITS = re.compile(r"\d+")
_ASCII_DIGITS = "0123456789"
_UNFOLDED = frozenset("ıİſ")  # looked for in C: `isdisjoint` over the text's characters


class AnchoredPattern:
    """`pattern` with the words its every match opens with.

    `anchors`: lower-case words, one of which every match contains at most `reach`
    characters after its start (a number after a currency sign and a space: reach 4);
    `digits`: a digit (`\\d`) may stand there instead of a word; `lead`: the characters
    (besides white space) that may stand between a match's start and its anchor (a
    currency sign), None for any: the positions before an anchor are candidates only
    through them (most anchors then add none). The pattern never matches the empty
    string.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        anchors: Iterable[str],
        *,
        digits: bool,
        reach: int = 0,
        lead: str | None = None,
    ) -> None:
        self.pattern = pattern
        words = set(anchors)
        if any(not a or a != a.lower() for a in words):
            raise ValueError("anchors are non-empty lower-case words")
        # a word that another word opens ("four" of "fourteen") finds every place the
        # longer one does: the longer one is not looked for
        self.anchors = tuple(
            sorted(w for w in words if not any(w != o and w.startswith(o) for o in words))
        )
        self.digits = digits
        self.reach = reach
        self.lead = lead

    def candidates(self, text: str) -> list[int] | None:
        """Every position a match may start at, in order; None when the text must be
        scanned the ordinary way (its lower case is not one character per character)."""
        lower = text.lower()
        if not text.isascii() and (len(lower) != len(text) or not _UNFOLDED.isdisjoint(text)):
            return None
        found: set[int] = set()
        # most anchors are absent: `in` over them in C (filter) leaves the Python loop
        # to the few the text holds
        for word in filter(lower.__contains__, self.anchors):
            at = lower.find(word)
            while at >= 0:
                found.add(at)
                at = lower.find(word, at + 1)
        # each digit of each run of digits (a year: one match, not four); an ASCII text
        # with none of the ten digits (most) is not scanned for them
        if self.digits and (not text.isascii() or any(map(text.__contains__, _ASCII_DIGITS))):
            for run in _DIGITS.finditer(text):
                found.update(range(*run.span()))
        lead = self.lead
        if self.reach and lead is None:
            anchored = tuple(found)
            for back in range(1, self.reach + 1):
                found.update(map(sub, anchored, repeat(back, len(anchored))))
            found.difference_update(range(-self.reach, 0))
        elif self.reach and lead is not None:
            for at in tuple(found):
                for before in range(at - 1, max(-1, at - self.reach - 1), -1):
                    char = text[before]
                    if char not in lead and not char.isspace():
                        break  # no match reaches its anchor across this character
                    found.add(before)
        return sorted(found)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of `self.pattern.finditer(text)`, in order."""
        starts = self.candidates(text)
        if starts is None:
            yield from self.pattern.finditer(text)
            return
        match_at = self.pattern.match
        end = 0
        for at in starts:
            if at < end:
                continue
            found = match_at(text, at)
            if found is not None:
                yield found
                end = found.end()  # where finditer goes on


class StartedPattern:
    """`pattern` with `starts`, a cheap pattern whose one-character matches find every
    position a match of `pattern` may start at (a case-sensitive pattern that opens
    with a capital letter or a comma, such as "X said" or ", said X").

    Why: a long alternation with look-behinds is tried at every position of a text by
    the regex engine, each try a pass over its branches; `starts` skips the positions
    no branch can open at in one simple scan, and `pattern.match` is tried at the rest,
    in text order, from where the last match ended: the matches `pattern.finditer`
    gives. Look-behinds still see the text before each position (the text is not cut).
    """

    def __init__(self, pattern: re.Pattern[str], starts: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.starts = starts

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of `self.pattern.finditer(text, pos, endpos)`, in order."""
        endpos = len(text) if endpos is None else endpos
        match_at = self.pattern.match
        end = pos
        for start in self.starts.finditer(text, pos, endpos):
            at = start.start()
            if at < end:
                continue
            found = match_at(text, at, endpos)
            if found is not None:
                yield found
                end = found.end()  # where finditer goes on (no match is empty)


# Characters that `re.IGNORECASE` matches with a letter other than their `str.lower()`
# ("ſ" with "s", "ı" with "i", the Greek and Cyrillic variants): a text holding one is
# scanned the ordinary way. Read from the `re` package's own table when it has one.
try:
    from re._casefix import _EXTRA_CASES

    _CASE_EXTRAS: re.Pattern[str] | None = re.compile(
        "["
        + "".join(
            re.escape(chr(c))
            for key, more in _EXTRA_CASES.items()
            for c in (key, *more)
            if c > 0x7F
        )
        + "]"
    )
except ImportError:  # pragma: no cover - another Python: always the ordinary scan
    _CASE_EXTRAS = None


class FoldedText:
    """A text with its lower case, for `whole_word_matches` (built once per article)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower()
        # one character for one (no "İ"), and none that re.IGNORECASE folds otherwise
        self.plain = (
            _CASE_EXTRAS is not None
            and len(self.lower) == len(text)
            and _CASE_EXTRAS.search(text) is None
        )


def whole_word_matches(word: str, folded: FoldedText) -> Iterator[re.Match[str]]:
    """The matches of `re.finditer(rf"\\b{re.escape(word)}\\b", text, re.IGNORECASE)`,
    in order: the pattern is tried only where `str.find` finds the word in the text's
    lower case (an ignore-case scan of a whole article tries every position in Python's
    regex engine, which has no fast search for it), and each find is checked by the
    pattern itself, so word edges and case are the pattern's."""
    text = folded.text
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    key = word.lower()
    if not folded.plain or not key or len(key) != len(word) or not _plain_word(word):
        yield from pattern.finditer(text)
        return
    at = folded.lower.find(key)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            yield found
            at = folded.lower.find(key, found.end())  # where finditer goes on
        else:
            at = folded.lower.find(key, at + 1)


def whole_word_found(word: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of `re.finditer(rf"\\b{re.escape(word)}\\b", text)` (case as
    written), in order (`literal_matches`)."""
    return literal_matches(re.compile(rf"\b{re.escape(word)}\b"), word, text)


def literal_matches(pattern: re.Pattern[str], literal: str, text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, in order, for a pattern whose every
    match opens with `literal`, case as written (a word between look-arounds or word
    edges): the pattern is tried only where `str.find` finds the literal (a search of a
    whole article tries every position in Python's regex engine, where `find` skips to
    the word in C), and each find is checked by the pattern itself, so its edges and
    look-behinds are the pattern's."""
    if not literal:
        yield from pattern.finditer(text)
        return
    at = text.find(literal)
    while at >= 0:
        found = pattern.match(text, at)
        if found is not None:
            yield found
            at = text.find(literal, found.end())  # where finditer goes on
        else:
            at = text.find(literal, at + 1)


def _plain_word(word: str) -> bool:
    return _CASE_EXTRAS is not None and _CASE_EXTRAS.search(word) is None
