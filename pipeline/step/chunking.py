"""Splitting an article that does not fit the model's context into overlapping chunks.

Token counts are estimated by `newsbrief.text.tokens` (the same estimate the rate
limiter uses), which errs towards smaller chunks, never towards overflowing the context.

Boundaries, most preferred first: paragraphs (line breaks), sentences (the one
splitter, `newsbrief.text.sentences`), whitespace, and finally a hard cut for a text
with none of these (never inside a combining-mark cluster). Every step is linear in the
text, so a multi-megabyte scrape splits in seconds. Consecutive chunks overlap by about
`overlap_tokens` of whole units so that a quote or an event at a boundary is seen whole
at least once; the merge step removes the duplicates this creates. A unit larger than
the overlap (a hard-cut piece of a text without spaces) is not repeated, so such
texts are split without overlap.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from newsbrief.text.sentences import sentence_spans
from newsbrief.text.tokens import CHARS_PER_TOKEN, estimate_tokens, token_weight

__all__ = ["MIN_CHUNK_TOKENS", "Chunk", "split_text"]

MIN_CHUNK_TOKENS = 256

_PARAGRAPH = re.compile(r"\n+")
_SPACE = re.compile(r"\s+")


def _pattern_bounds(pattern: re.Pattern[str]) -> Callable[[str, int, int], list[int]]:
    def bounds(text: str, start: int, end: int) -> list[int]:
        return [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]

    return bounds


def _sentence_bounds(text: str, start: int, end: int) -> list[int]:
    """Where each sentence after the first begins (after the white space between)."""
    return [a for a, _ in sentence_spans(text, start, end)[1:]]


# Paragraphs (and lines), sentences, words.
_LEVELS = (_pattern_bounds(_PARAGRAPH), _sentence_bounds, _pattern_bounds(_SPACE))


def _fits(text: str, start: int, end: int, max_tokens: int) -> bool:
    """estimate_tokens(text[start:end]) <= max_tokens, without copying a huge span:
    every character weighs at least 1/CHARS_PER_TOKEN, so a long span cannot fit."""
    if end - start > max_tokens * CHARS_PER_TOKEN:
        return False
    return estimate_tokens(text[start:end]) <= max_tokens


@dataclass(frozen=True)
class Chunk:
    """One piece of the article: `text == article_text[start:end]`."""

    index: int
    start: int
    end: int
    text: str


def _hard_cuts(text: str, start: int, end: int, max_tokens: int) -> list[int]:
    """Cut points for a span with no usable boundary, each piece within the budget."""
    cuts: list[int] = []
    position = start
    while not _fits(text, position, end, max_tokens):
        length = max_tokens * CHARS_PER_TOKEN
        while (
            length > 1
            and (used := estimate_tokens(text[position : position + length])) > max_tokens
        ):
            length = max(1, length * max_tokens // used)  # strictly shorter each round
        cut = position + length
        while cut > position + 1 and unicodedata.category(text[cut]) in ("Mn", "Mc", "Me"):
            cut -= 1  # keep a base character with its combining marks
        cuts.append(cut)
        position = cut
    return cuts


def _unit_bounds(text: str, start: int, end: int, max_tokens: int, level: int = 0) -> list[int]:
    """Boundaries inside [start, end) such that every unit fits `max_tokens`."""
    if _fits(text, start, end, max_tokens):
        return []
    if level == len(_LEVELS):
        return _hard_cuts(text, start, end, max_tokens)
    bounds = _LEVELS[level](text, start, end)
    result: list[int] = []
    for left, right in zip([start, *bounds], [*bounds, end], strict=False):
        result.extend(_unit_bounds(text, left, right, max_tokens, level + 1))
        if right != end:
            result.append(right)
    return result


def split_text(text: str, max_tokens: int, overlap_tokens: int | None = None) -> list[Chunk]:
    """Split `text` into chunks of at most `max_tokens` (estimated) that overlap a little.

    The chunks cover the text without gaps: chunk i+1 starts at or before chunk i's end.
    `overlap_tokens` defaults to a tenth of `max_tokens`, at most 200.
    """
    max_tokens = max(max_tokens, MIN_CHUNK_TOKENS)
    if overlap_tokens is None:
        overlap_tokens = min(200, max_tokens // 10)
    bounds = [0, *_unit_bounds(text, 0, len(text), max_tokens), len(text)]
    sizes = [token_weight(text[a:b]) for a, b in itertools.pairwise(bounds)]  # additive
    chunks: list[Chunk] = []
    first = 0  # index of the first unit of the current chunk
    while first < len(sizes):
        last, used = first, 0.0
        while last < len(sizes) and used + sizes[last] <= max_tokens:
            used += sizes[last]
            last += 1
        last = max(last, first + 1)
        start, end = bounds[first], bounds[last]
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))
        if last == len(sizes):
            break
        back, overlap = last, 0.0
        while back - 1 > first and overlap + sizes[back - 1] <= overlap_tokens:
            back -= 1
            overlap += sizes[back]
        first = back
    return chunks
