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

__all__ = ["AnchoredPattern"]

_DIGIT = re.compile(r"\d")
_START = re.Match.start
_UNFOLDED = frozenset("ıİſ")  # looked for in C: `isdisjoint` over the text's characters


class AnchoredPattern:
    """`pattern` with the words its every match opens with.

    `anchors`: lower-case words, one of which every match contains at most `reach`
    characters after its start (a number after a currency sign and a space: reach 4);
    `digits`: a digit (`\\d`) may stand there instead of a word. The pattern never
    matches the empty string.
    """

    def __init__(
        self, pattern: re.Pattern[str], anchors: Iterable[str], *, digits: bool, reach: int = 0
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
        if self.digits:
            found.update(map(_START, _DIGIT.finditer(text)))
        if self.reach:
            anchored = tuple(found)
            for back in range(1, self.reach + 1):
                found.update(map(sub, anchored, repeat(back, len(anchored))))
            found.difference_update(range(-self.reach, 0))
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
