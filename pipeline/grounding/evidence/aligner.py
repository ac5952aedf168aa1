"""Find a phrase the model wrote in the article text: exact, then normalised, then fuzzy.

The tiers, strongest first (the first tier that finds the phrase wins):

1. **exact**: the phrase (trimmed) occurs verbatim. Score 100.
2. **normalised**: both sides normalised (case, whitespace runs, curly vs straight
   quotes, dashes, ellipsis, invisible characters, NFKC; see `normalise`), matched,
   and the span mapped back to the original text. Score 100.
3. **fuzzy**: `rapidfuzz.fuzz.partial_ratio_alignment` of the normalised phrase against
   the normalised article; the best window is widened to whole words and re-scored
   with `fuzz.ratio`, and accepted at `FUZZY_THRESHOLD` (90: about one wrong character
   in ten; catches a fixed typo or a dropped comma, rejects a different name). Phrases
   shorter than `MIN_FUZZY_CHARS` are never fuzzy-matched. Score = the re-score.

A phrase found by no tier gets `Evidence(method="none")`: callers flag it, never drop it.

Word boundaries: a match may not start inside a word ("Oman" is not found in "woman").
A match that ends inside a word ("Cambodia" in "Cambodian") is accepted only when no
fully bounded match exists. Boundaries are checked only between characters of scripts
written with spaces (code points below U+0E00); Thai, Khmer, CJK and other scripts
without spaces between words match anywhere.

Repeated phrases: `align(phrase, after=cursor)` prefers, within a tier, the first
occurrence at or after `cursor` and wraps to the start of the text only when there is
none. Callers chain the cursor through items listed in article order (quotes, event
dates), so the second of two identical quotes points at the second occurrence.

Each item is aligned once per answer: the strict-level validator (while the answer is
parsed) and the evidence step (right after) align the same phrases against the same
text through one shared `Aligner` (`aligner_for`), which remembers what it found. A
verbatim match found from cursor `a` at start `s` is also the answer for every cursor
between `a` and `s` (no occurrence lies between them), so the validator's look from the
start serves the evidence step's chained cursor too.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from newsbrief.grounding.evidence.normalise import normalise, normalise_phrase
from newsbrief.schemas import Evidence
from newsbrief.schemas.briefing import MatchMethod

__all__ = ["FUZZY_THRESHOLD", "MIN_FUZZY_CHARS", "Aligner", "align", "aligner_for"]

FUZZY_THRESHOLD = 90.0
MIN_FUZZY_CHARS = 4
_VERBATIM = frozenset({"exact", "normalised"})
_SPACELESS_SCRIPTS_FROM = 0x0E00  # Thai and later blocks: Lao, Tibetan, Khmer, CJK, ...


def _is_word_char(char: str) -> bool:
    return char.isalnum() and ord(char) < _SPACELESS_SCRIPTS_FROM


def _find(haystack: str, needle: str, after: int) -> tuple[int, int] | None:
    """Best occurrence of `needle`: bounded after `after`, bounded anywhere, then prefix."""
    if not needle:
        return None
    first_char_is_word = _is_word_char(needle[0])
    last_char_is_word = _is_word_char(needle[-1])
    fallback: dict[bool, int] = {}  # after_cursor -> first prefix-of-word match
    bounded: dict[bool, int] = {}
    position = haystack.find(needle)
    while position != -1:
        end = position + len(needle)
        starts_clean = not (
            first_char_is_word and position > 0 and _is_word_char(haystack[position - 1])
        )
        if starts_clean:
            ends_clean = not (
                last_char_is_word and end < len(haystack) and _is_word_char(haystack[end])
            )
            target = bounded if ends_clean else fallback
            target.setdefault(position >= after, position)
            if True in bounded:
                break
        position = haystack.find(needle, position + 1)
    for table in (bounded, fallback):
        for after_cursor in (True, False):
            if after_cursor in table:
                return table[after_cursor], table[after_cursor] + len(needle)
    return None


class Aligner:
    """Aligns phrases against one article text; reuse it for every item of a briefing.

    It remembers each phrase's evidence (see the module docstring); what it hands out
    are copies, so an item's evidence can be changed without touching another's."""

    def __init__(self, text: str, fuzzy_threshold: float = FUZZY_THRESHOLD) -> None:
        self.text = text
        self.fuzzy_threshold = fuzzy_threshold
        # (phrase, fuzzy) -> (cursor, evidence) of each alignment made
        self._found: dict[tuple[str, bool], list[tuple[int, Evidence]]] = {}

    def align(self, phrase: str | None, after: int = 0, fuzzy: bool = True) -> Evidence:
        """Locate `phrase` in the text; `after` is the preferred earliest start offset.

        `fuzzy=False` stops after the normalised tier (verbatim matches only)."""
        phrase = (phrase or "").strip()
        if not phrase:
            return Evidence()
        found = self._found.setdefault((phrase, fuzzy), [])
        for cursor, evidence in found:
            start = evidence.start if evidence.method in _VERBATIM else None
            if cursor == after or (start is not None and cursor <= after <= start):
                return evidence.model_copy()
        evidence = self._align(phrase, after, fuzzy)
        found.append((after, evidence))
        return evidence.model_copy()

    def verbatim_span(self, phrase: str | None) -> tuple[int, int] | None:
        """Where `phrase` stands word for word (the exact or the normalised tier, looked
        for from the text's start): the span of `align(phrase, fuzzy=False)`, with no
        `Evidence` built and none remembered (a claim check asks once per claim whether
        the model copied it, and most claims are the model's own words)."""
        phrase = (phrase or "").strip()
        found = self._verbatim(phrase, 0)[0] if phrase else None
        return None if found is None else (found[0], found[1])

    def _verbatim(self, phrase: str, after: int) -> tuple[tuple[int, int, MatchMethod] | None, str]:
        """The exact tier, then the normalised one: ((start, end, method) or None, the
        normalised phrase, "" when the exact tier found it)."""
        span = _find(self.text, phrase, after)
        if span is not None:
            return (span[0], span[1], "exact"), ""
        needle = normalise_phrase(phrase)
        if not needle:
            return None, needle
        norm = normalise(self.text)
        span = _find(norm.text, needle, norm.to_normalised(after))
        if span is not None:
            return (*norm.to_original(*span), "normalised"), needle
        return None, needle

    def _align(self, phrase: str, after: int, fuzzy: bool) -> Evidence:
        found, needle = self._verbatim(phrase, after)
        if found is not None:
            return Evidence(start=found[0], end=found[1], method=found[2], score=100.0)
        if len(needle) < MIN_FUZZY_CHARS or not fuzzy:
            return Evidence()
        return self._fuzzy(needle, normalise(self.text).to_normalised(after))

    def _fuzzy(self, needle: str, cursor: int) -> Evidence:
        norm = normalise(self.text)
        for offset in (cursor, 0) if cursor else (0,):
            haystack = norm.text[offset:]
            if len(haystack) < len(needle):
                continue
            found = fuzz.partial_ratio_alignment(
                needle, haystack, score_cutoff=self.fuzzy_threshold
            )
            if found is None or found.dest_end <= found.dest_start:
                continue
            span = _to_word_edges(norm.text, offset + found.dest_start, offset + found.dest_end)
            score = fuzz.ratio(needle, norm.text[span[0] : span[1]])
            if score >= self.fuzzy_threshold:
                start, end = norm.to_original(*span)
                return Evidence(start=start, end=end, method="fuzzy", score=round(score, 2))
        return Evidence()


def _to_word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words (so 'Oman' scored against 'woman' fails) and
    trim the spaces a fixed-width window picks up at its edges."""
    while start < end - 1 and text[start] == " ":
        start += 1
    while end > start + 1 and text[end - 1] == " ":
        end -= 1
    while start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        end += 1
    return start, end


@lru_cache(maxsize=16)
def aligner_for(text: str) -> Aligner:
    """The shared `Aligner` of an article text (as `normalise` is shared): the validator
    and the evidence step of one answer align against the same one."""
    return Aligner(text)


def align(phrase: str | None, text: str, after: int = 0) -> Evidence:
    """One-off alignment (build an `Aligner` to align many phrases against one text)."""
    return Aligner(text).align(phrase, after)
