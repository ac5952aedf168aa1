"""Text normalisation that remembers where every character came from.

Models copy quotes and names from an article but rarely byte for byte: curly quotes
become straight, an em dash becomes a hyphen, a line break becomes a space, case
changes. The aligner therefore also searches a *normalised* copy of the article. For
the evidence to point into the ORIGINAL text, every character of the normalised copy
records the index of the original character it came from (`origin`), so a match
`[ns, ne)` in the normalised text maps back to `[origin[ns], origin[ne - 1] + 1)`.

Offsets are Python `str` indices, i.e. Unicode code points, so `text[start:end]` round
trips for any script (the Khmer byline of seed 003 included).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# The default spotlighting marker never occurs in ordinary news text; the normaliser
# reads it as a space, so a quote the model copied from a datamarked prompt still aligns.
from newsbrief.text.injection import DATAMARK
from newsbrief.text.lexicon import INVISIBLE_CHARS

__all__ = ["DATAMARK", "NormalisedText", "normalise", "normalise_phrase"]


_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_FIXED: dict[str, str] = {
    **dict.fromkeys(_SINGLE_QUOTES, "'"),
    **dict.fromkeys(_DOUBLE_QUOTES, '"'),
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys(INVISIBLE_CHARS, ""),  # removed from the normalised copy
    "\u2026": "...",
    DATAMARK: " ",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One original character -> its normalised form (possibly empty or several chars)."""
    if char in _FIXED:
        return _FIXED[char]
    if char.isspace():
        return " "
    return unicodedata.normalize("NFKC", char).casefold()


@dataclass(frozen=True)
class NormalisedText:
    """A normalised copy of `original` plus, per normalised char, its original index."""

    original: str
    text: str
    origin: array[int]  # compact: one machine int per normalised character

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty normalised span back to the original text (end exclusive)."""
        return self.origin[start], self.origin[end - 1] + 1

    def to_normalised(self, original_index: int) -> int:
        """First normalised position at or after an original index (for search cursors)."""
        return bisect_left(self.origin, original_index)


# ASCII words that are not whitespace (each character folds to itself lower-cased, one
# for one) joined by single plain spaces: most of a news text's lines.
_ASCII = r"[\x00-\x08\x0e-\x1b\x21-\x7f]+"
_ASCII_RUN = re.compile(rf"{_ASCII}(?: {_ASCII})*")


# 0, 1, 2, ... as machine ints: a run's origins (consecutive indices) are a slice of it,
# copied as machine ints. `array.extend(range(...))` converts every index from a Python int,
# and was three quarters of normalising an article (0.13 of 0.18 ms for a news story).
# It grows to the longest text normalised, up to COUNTING_LIMIT indices (4 MB); runs past
# that take `extend(range)`.
COUNTING_LIMIT = 1 << 19
_counting: array[int] = array("q")


def _extend_counting(origin: array[int], start: int, end: int) -> None:
    """Append start, start + 1, ..., end - 1 to `origin`."""
    global _counting
    counting = _counting
    if end > len(counting):
        if end > COUNTING_LIMIT:
            origin.extend(range(start, end))
            return
        counting = _counting = array("q", range(min(max(end, 2 * len(counting)), COUNTING_LIMIT)))
    origin.extend(counting[start:end])  # array to array: copied as machine ints


def _build(original: str, origins: bool = True) -> NormalisedText:
    """Fold `original` character by character, whitespace runs to one space.

    Why runs: the character loop costs a fraction of a microsecond per character, and
    a claim check normalises its article; runs of plain ASCII words with single spaces
    between them are copied lower-cased in one step, and only what lies between them
    (line breaks, space runs, non-ASCII characters) takes the character loop. The
    output is the loop's over every character (a run has no leading space, and its
    inner spaces each follow a non-space). `origins=False` leaves `origin` empty (a
    phrase to look for needs its text alone)."""
    chars: list[str] = []
    origin: array[int] = array("q")
    last_space = True  # drop leading whitespace

    def fold(start: int, end: int) -> None:
        nonlocal last_space
        for index in range(start, end):
            char = original[index]
            folded = char.lower() if char.isascii() and not char.isspace() else _fold_char(char)
            for out in folded:
                if out.isspace():
                    if last_space:
                        continue
                    out = " "
                    last_space = True
                else:
                    last_space = False
                chars.append(out)
                if origins:
                    origin.append(index)

    done = 0
    for match in _ASCII_RUN.finditer(original):
        start, end = match.span()
        if start > done:
            fold(done, start)
        chars.append(original[start:end].lower())
        if origins:
            _extend_counting(origin, start, end)
        last_space = False
        done = end
    if done < len(original):
        fold(done, len(original))
    return NormalisedText(original, "".join(chars), origin)


@lru_cache(maxsize=16)
def normalise(original: str) -> NormalisedText:
    """Normalise a whole article (cached: validators and grounding see the same text)."""
    return _build(original)


_EDGE_MARKS = " \"'"


def normalise_phrase(phrase: str) -> str:
    """Normalise a phrase the model wrote, without surrounding spaces or quote marks.

    A phrase that is one run of plain ASCII words (most names, dates and places) is
    its own lower case: `_build` would copy it in one step, after setting up its loop."""
    if _ASCII_RUN.fullmatch(phrase):
        return phrase.lower().strip(_EDGE_MARKS)
    return _build(phrase, origins=False).text.strip(_EDGE_MARKS)
