"""Quotes are verbatim: found after normalisation, or found only approximately.

A quotation is the one claim that must be the article's own words. After normalisation
(case, whitespace, quote marks, dashes, ellipsis; see `normalise`) it must occur in the
article with nothing inserted or removed, except where the quote itself marks an
omission with an ellipsis ("We will ... win" matches "We will, in the end, win" when
both parts occur in order, within `MAX_ELLIPSIS_GAP` characters). A fuzzy match is an
*approximate* quote: a policy of `flag` keeps it, marked with the words that differ;
`strict` rejects it. "not" inserted into a long quote scores about 96 on the fuzzy
aligner, which is exactly why a fuzzy score is never enough.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.normalise import normalise_phrase
from newsbrief.schemas import Evidence
from newsbrief.text.words import WORD

__all__ = [
    "MAX_ELLIPSIS_GAP",
    "VERBATIM",
    "differing_words",
    "nearest_quotation",
    "verbatim_quote",
]

MAX_ELLIPSIS_GAP = 400
VERBATIM = frozenset({"exact", "normalised"})
# A quotation of the article: between double quote marks, at least three words. An
# opening mark follows no word or sentence stop, a closing one precedes no word: a
# paragraph that goes on quoting reopens the marks without closing the last ('...
# injured. "Clearly something has gone ...'), so in a text whose paragraphs were joined
# that reopening mark ends the quotation before it and opens the next, and the words
# after a close are no quotation.
_QUOTATION = re.compile(r"(?<![\w.,;:!?])[\"“”«]([^\"“”«»\n]{12,}?)(?:[\"”»](?!\w)|(?=\s+[\"“]\w))")
# A quotation in single marks ('...' or ‘...’): an apostrophe inside a word ("didn't",
# "Cambodia’s") does not close it; a paragraph that goes on quoting reopens the mark
# without closing the last, as with double marks.
_SINGLE_QUOTATION = re.compile(
    r"(?<![\w.,;:!?'’])['‘](?=\S)((?:[^'‘’\n\"“”]|(?<=\w)['’](?=\w)){12,}?)"
    r"(?:(?<=\S)['’](?!\w)|(?=\s+['‘]\w))"  # closed, or reopened by a new paragraph's mark
)
# How much of its wording a quote must share with an article quotation to be that
# quotation with words changed (word-level similarity, difflib's ratio).
MIN_SHARED = 0.6
# A quote of at least this many words may be a fragment of a longer quotation, compared
# by the share of its own words found there (fewer: a few common words would do).
_MIN_FRAGMENT = 5
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\.\s?\.\s?\.|…)\s*")


def verbatim_quote(aligner: Aligner, quote: str, after: int = 0) -> Evidence:
    """Where the quote occurs verbatim (method exact/normalised), else its fuzzy match
    (method fuzzy: approximate), else no evidence."""
    found = aligner.align(quote, after=after)
    if found.method in VERBATIM:
        return found
    parts = [p for p in _ELLIPSIS.split(quote.strip()) if normalise_phrase(p)]
    if len(parts) > 1:
        spans: list[Evidence] = []
        cursor = after
        for part in parts:
            piece = aligner.align(part, after=cursor, fuzzy=False)
            if not piece.grounded or (spans and piece.start < spans[-1].end):  # type: ignore[operator]
                spans = []
                break
            if spans and piece.start - spans[-1].end > MAX_ELLIPSIS_GAP:  # type: ignore[operator]
                spans = []
                break
            spans.append(piece)
            cursor = piece.end or cursor
        if spans:
            return Evidence(
                start=spans[0].start, end=spans[-1].end, method="normalised", score=100.0
            )
    return found


def nearest_quotation(text: str, quote: str) -> Evidence | None:
    """The article quotation a quote not found by the aligner rewords: the one sharing
    most of its words (at least `MIN_SHARED`; for a quote of five words or more, also the
    share of its words a longer quotation holds in order: a reworded fragment of it), as
    fuzzy evidence; None when none does.
    Short quotes fall below the aligner's character threshold after one changed word
    ("never" -> "rarely"), and a changed quotation is exactly what must be caught."""
    mine = [m.group(0).lower() for m in WORD.finditer(normalise_phrase(quote))]
    if len(mine) < 3:
        return None
    best: tuple[float, re.Match[str]] | None = None
    for match in (*_QUOTATION.finditer(text), *_SINGLE_QUOTATION.finditer(text)):
        theirs = [m.group(0).lower() for m in WORD.finditer(normalise_phrase(match.group(1)))]
        matcher = SequenceMatcher(a=theirs, b=mine, autojunk=False)
        ratio = matcher.ratio()
        if len(mine) >= _MIN_FRAGMENT and len(theirs) > len(mine):
            # a fragment of a longer quotation: the share of the quote's own words found
            # there in order ("Clearly something has gone terribly wrong" against
            # "Clearly something has gone catastrophically wrong and we will work ...")
            found = sum(block.size for block in matcher.get_matching_blocks())
            ratio = max(ratio, found / len(mine))
        if ratio >= MIN_SHARED and (best is None or ratio > best[0]):
            best = (ratio, match)
    if best is None:
        return None
    ratio, match = best
    return Evidence(start=match.start(1), end=match.end(1), method="fuzzy",
                    score=round(100 * ratio, 1))  # fmt: skip


def differing_words(quote: str, source: str) -> tuple[list[str], list[str]]:
    """(words the quote adds, words it leaves out) against the article's wording."""
    mine = [m.group(0).lower() for m in WORD.finditer(normalise_phrase(quote))]
    theirs = [m.group(0).lower() for m in WORD.finditer(normalise_phrase(source))]
    added: list[str] = []
    missing: list[str] = []
    opcodes = SequenceMatcher(a=theirs, b=mine, autojunk=False).get_opcodes()
    for position, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "delete" and position in (0, len(opcodes) - 1):
            continue  # the fuzzy span took in a word of the article at its edge
        if tag in ("replace", "insert"):
            added.extend(mine[j1:j2])
        if tag in ("replace", "delete"):
            missing.extend(theirs[i1:i2])
    return added, missing
