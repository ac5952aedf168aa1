"""A claim read once: its words, content stems and parse, shared by every rule.

`consistency.check_claim` reads a claim with several rules, and each used to tokenise it
again: the support link (its content stems, then its lower-case words), the role rules
(its tokens with offsets). `ClaimReading` runs the tokeniser (`text.words.WORD`) once
and derives each of them from the same words when a rule first asks: the same values,
in the same order, as `content_stems(claim)` and `mentions.parse(claim)` give. The
article's side is read once per article on its `SupportIndex` (per sentence: stems,
parses, a rule's own readings; for the whole text: names, lower-case and capitalised
words).
"""

from __future__ import annotations

import re
from functools import cached_property

from newsbrief.grounding.faithfulness.mentions import Parsed, read
from newsbrief.text.words import STOPWORDS, WORD, stem, stems_of_words

__all__ = ["ClaimReading"]

_GROUP = re.Match.group


class ClaimReading:
    """One claim's words, tokenised once; what each rule reads, derived on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._matches = list(WORD.finditer(text))
        self.words: tuple[str, ...] = tuple(map(_GROUP, self._matches))  # as written

    @cached_property
    def content_stems(self) -> list[str]:
        """`text.words.content_stems` of the claim: its content words' stems, in order."""
        return stems_of_words(self.words)

    @cached_property
    def ordinary(self) -> set[str]:
        """The stems of its content words written in lower case (no name's)."""
        return {stem(w) for w in self.words if w.islower() and w not in STOPWORDS}

    @cached_property
    def parsed(self) -> Parsed:
        """Its tokens with offsets and its names (`mentions.read`), from the same words."""
        return read(self.text, self._matches)
