"""Counting keyword stems per label in one pass over the words of a text.

Topics and relation kinds are both 'which label's keywords occur most'. A regex
alternation of a hundred stems per label costs milliseconds per article; counting the
article's distinct words once and looking their prefixes up in a dict costs a fraction.

Stem rules: a stem of five letters or more matches word starts ('militar' matches
'militarily'); a shorter stem, or one written with a trailing '$', matches the whole
word with an optional plural ('war' never matches 'warship', 'import$' never matches
'importance'). A two-word stem ('prime minister', 'foreign minist') matches the first
word whole and the second by the same rules.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

__all__ = ["StemMatcher"]

_WORD = re.compile(r"[a-z][a-z-]*")
_PLURALS = ("", "s", "es")
_PREFIX_MIN = 5


def _whole(stem: str) -> bool:
    return stem.endswith("$") or len(stem) < _PREFIX_MIN


class StemMatcher:
    """Counts, per label, the words of a text that match the label's stems."""

    def __init__(self, labels: dict[str, tuple[str, ...]]) -> None:
        self.labels = tuple(labels)
        self._whole: dict[str, set[str]] = {}
        self._prefix: dict[str, set[str]] = {}
        self._pairs: dict[str, list[tuple[str, str]]] = {}
        for label, stems in labels.items():
            for stem in stems:
                first, _, second = stem.partition(" ")
                if second:
                    self._pairs.setdefault(first, []).append((second, label))
                elif _whole(stem):
                    for ending in _PLURALS:
                        self._whole.setdefault(stem.rstrip("$") + ending, set()).add(label)
                else:
                    self._prefix.setdefault(stem, set()).add(label)
        self._lengths = sorted({len(stem) for stem in self._prefix})

    def _word_labels(self, word: str) -> set[str]:
        found = set(self._whole.get(word, ()))
        for length in self._lengths:
            if length > len(word):
                break
            found |= self._prefix.get(word[:length], set())
        return found

    @staticmethod
    def _second_matches(second: str, word: str) -> bool:
        if _whole(second):
            return word in {second.rstrip("$") + ending for ending in _PLURALS}
        return word.startswith(second)

    def count(self, text: str) -> Counter[str]:
        """Hits per label; each word counts at most once per label."""
        words = _WORD.findall(text.lower())
        hits: Counter[str] = Counter()
        for word, times in Counter(words).items():
            for label in self._word_labels(word):
                hits[label] += times
        if self._pairs:
            for first, following in itertools.pairwise(words):
                for second, label in self._pairs.get(first, ()):
                    if self._second_matches(second, following):
                        hits[label] += 1
        return hits
