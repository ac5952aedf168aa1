"""Support links: which article sentences a sentence the model wrote rests on.

Lexical alignment, deterministic and fast: both sides are reduced to content-word
stems (`newsbrief.text.words`), each shared stem counts by its inverse document
frequency over the article's sentences (a rare word such as a name or a number is
strong evidence; "government" in every sentence is weak), and sentences are chosen
greedily: the best one, then any sentence that covers a further share of the claim's
weight (a summary sentence often fuses two article sentences) with its ordinary
(lower-case) words alone: names do not count for a further sentence, or a name swapped
for another name of the article would link to where that name occurs. The support score is the
share of the claim's weight the chosen sentences cover, 0-100.

`SupportIndex` is built once per article (sentences, stems, an inverted index) and
answers each claim in well under a millisecond. It is also the article's analysis the
rules read: each sentence's words and names (`parsed`, `mentions.Parsed`) are read the
first time a claim links to that sentence and kept for every later claim.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, repeat
from typing import Any, TypeVar

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.mentions import NameIndex, Parsed, read
from newsbrief.grounding.faithfulness.reading import ClaimReading
from newsbrief.schemas import Evidence
from newsbrief.text.scan import FoldedText
from newsbrief.text.sentences import Sentence, split_sentences
from newsbrief.text.words import WORD, stems_of_words

__all__ = ["MAX_LINKS", "MIN_GAIN", "Link", "SupportIndex"]

T = TypeVar("T")

MAX_LINKS = 3  # a claim rests on at most three article sentences
MIN_GAIN = 0.2  # a further sentence must add a fifth of the claim's weight


@dataclass(frozen=True)
class Link:
    """The sentences a claim rests on (indexes into `SupportIndex.sentences`)."""

    sentences: tuple[int, ...]
    score: float  # 0-100: share of the claim's content weight found in them
    missing: tuple[str, ...]  # the claim's content words found in none of them

    @property
    def found(self) -> bool:
        return bool(self.sentences)


_TOKEN_CHAR = re.compile(r"[^\W_]|[-'’]")  # what a word (`WORD`) is made of


def _joined(text: str, at: int) -> bool:
    """Whether a word may run across offset `at` (the characters on both sides are word
    characters or a word's inner hyphen or apostrophe): a text cut there may not give
    the words the whole text gives."""
    return _TOKEN_CHAR.match(text, at - 1) is not None and _TOKEN_CHAR.match(text, at) is not None


# A whole line of the article (its own title, a standfirst): at least this many words,
# so that no byline, date or label is one.
WHOLE_LINE_WORDS = 5


def _line_key(text: str) -> str:
    """A line's words as one string: lower case, single spaces, no closing stop."""
    return " ".join(text.strip().rstrip(".!?").lower().split())


def _line_key_at(index: SupportIndex, start: int, end: int) -> str:
    """The key of the article's line at text[start:end], read once per article: the
    claims that open as a paragraph does ("The ...") compare their key with it."""
    return _line_key(index.text[start:end])


class SupportIndex:
    """The article's sentences with their content stems, for linking claims."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: list[Sentence] = split_sentences(text)
        # each sentence's words as written, tokenised once: its stems now, the article's
        # distinct words (`_distinct_words`) if a claim asks for them
        self._words: list[list[str]] = [WORD.findall(s.text) for s in self.sentences]
        self.stems: list[frozenset[str]] = [
            frozenset(stems_of_words(words)) for words in self._words
        ]
        postings: dict[str, list[int]] = defaultdict(list)
        for index, sentence_stems in enumerate(self.stems):
            for key in sentence_stems:
                postings[key].append(index)
        self.postings = dict(postings)
        n = len(self.sentences)
        # one logarithm per posting length, not per stem (most stems occur once or twice)
        by_count: dict[int, float] = {}
        for ids in postings.values():
            count = len(ids)
            if count not in by_count:
                by_count[count] = math.log((n + 1) / (count + 0.5)) + 1.0
        self.idf = {key: by_count[len(ids)] for key, ids in postings.items()}
        self._unseen_idf = math.log((n + 1) / 0.5) + 1.0
        self._parsed: list[Parsed | None] = [None] * n
        self._readings: dict[tuple[Callable[[str], Any], int], Any] = {}
        self._once: dict[tuple[Callable[..., Any], tuple[Hashable, ...]], Any] = {}
        self._derived: dict[tuple[Callable[..., Any], tuple[Hashable, ...]], Any] = {}

    def parsed(self, i: int) -> Parsed:
        """Sentence `i`'s words and names, read once (most sentences no claim links to,
        so none is read before a claim asks)."""
        found = self._parsed[i]
        if found is None:
            found = self._parsed[i] = read(self.sentences[i].text, written=self._words[i])
        return found

    def words(self, i: int) -> list[str]:
        """Sentence `i`'s words as written (`WORD.findall`), tokenised when the index was
        built: a rule that reads a sentence's words reads these."""
        return self._words[i]

    def reading(self, reader: Callable[[str], T], i: int) -> T:
        """What `reader` reads in sentence `i` (a rule's own per-sentence facts, such as
        its numbers with the words after each), read once per article for all claims."""
        key = (reader, i)
        if key not in self._readings:
            self._readings[key] = reader(self.sentences[i].text)
        found: T = self._readings[key]
        return found

    def once(self, reader: Callable[..., T], *args: Hashable) -> T:
        """`reader(*args)`, read once per article for every claim that asks (a rule's own
        reading of the article, such as the title it gives one of its names): kept on
        the index, not in a cache keyed by the article's text."""
        key = (reader, args)
        if key not in self._once:
            self._once[key] = reader(*args)
        found: T = self._once[key]
        return found

    def derived(self, reader: Callable[..., T], *args: Hashable) -> T:
        """`reader(self, *args)`, read once per article for every claim that asks (a
        rule's reading of several sentences, such as whom a linked quotation is said by,
        or whom the sentences before a "he" name): kept on the index, which the key does
        not hold (no cycle keeps an index alive)."""
        key = (reader, args)
        if key not in self._derived:
            self._derived[key] = reader(self, *args)
        found: T = self._derived[key]
        return found

    @cached_property
    def aligner(self) -> Aligner:
        """For claims copied word for word from the article."""
        return Aligner(self.text)

    @cached_property
    def _lines(self) -> dict[str, list[tuple[int, int]]]:
        """The article's lines (from its first character that is not white space to its
        last that is not a space or a tab), by their first word in lower case, each with
        its span, in text order: the title and the standfirst are lines written without
        a full stop, so they are no sentence of the index, and a summary that opens with
        the headline copies one of them. A line's first word is all that is read of it
        here: a whole line's words (`_line_key`) are read only for a claim that opens as
        it does, where every line was read whole for every article (an article is a few
        long lines: its paragraphs)."""
        lines: dict[str, list[tuple[int, int]]] = {}
        at = 0
        for line in self.text.split("\n"):
            body = line.lstrip(" \t")
            if body and not body[0].isspace():
                start = at + len(line) - len(body)
                end = start + len(body.rstrip(" \t"))
                lines.setdefault(body.split(None, 1)[0].lower(), []).append((start, end))
            at += len(line) + 1
        return lines

    def whole_line(self, claim: str) -> tuple[int, int] | None:
        """The span of the first article line of `WHOLE_LINE_WORDS` words or more that
        `claim` writes word for word (lower case, single spaces; a closing full stop,
        exclamation or question mark aside), or None."""
        key = _line_key(claim)
        if key.count(" ") + 1 < WHOLE_LINE_WORDS:
            return None
        # a line of five words or more opens with the word its key opens with
        for start, end in self._lines.get(key.split(" ", 1)[0], ()):
            if self.derived(_line_key_at, start, end) == key:
                return start, end
        return None

    @cached_property
    def folded(self) -> FoldedText:
        """The article's lower case, made once, where the rules look for a name's words
        whatever their case (`text.scan.whole_word_matches`)."""
        return FoldedText(self.text)

    @cached_property
    def names(self) -> NameIndex:
        """The article's names (`facts.name_phrases` of its whole text), read once, with
        each key's names (`NameIndex.agreeing`: the article's names for one of a claim)."""
        return NameIndex(name_phrases(self.text))

    @cached_property
    def _distinct_words(self) -> frozenset[str]:
        """The article's words as written, each once: its sentences' words (tokenised
        when the index was built) and the words between them (page furniture), when no
        word runs across an edge of a sentence (and each sentence is the text between its
        offsets); else the whole text tokenised again."""
        text, gaps, at = self.text, [], 0
        for sentence in self.sentences:
            gaps.append((at, sentence.start))
            at = sentence.end
        gaps.append((at, len(text)))
        edges = {edge for gap in gaps for edge in gap}
        if any(0 < edge < len(text) and _joined(text, edge) for edge in edges) or any(
            s.text != text[s.start : s.end] for s in self.sentences
        ):
            return frozenset(WORD.findall(text))  # cut inside a word, or not the text's own
        between = (WORD.findall(text, start, end) for start, end in gaps if start < end)
        return frozenset(chain(*self._words, *between))

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words that occur in lower case somewhere in the article."""
        return frozenset(filter(str.islower, self._distinct_words))

    @cached_property
    def capitalised_words(self) -> frozenset[str]:
        """Words (lower-cased) written capitalised somewhere in the article."""
        # the words not all lower case hold every capitalised one: fewer to look at
        return frozenset(
            w.lower() for w in self._distinct_words - self.lower_words if w[0].isupper()
        )

    def weight(self, key: str) -> float:
        return self.idf.get(key, self._unseen_idf)

    def link(self, claim: str | ClaimReading) -> Link:
        """The article sentences that best support `claim` (greedy weighted coverage)."""
        reading = claim if isinstance(claim, ClaimReading) else ClaimReading(claim)
        stems = list(dict.fromkeys(reading.content_stems))
        if not stems or not self.sentences:
            return Link((), 0.0, tuple(stems))
        ordinary = reading.ordinary
        weights = dict(zip(stems, map(self.idf.get, stems, repeat(self._unseen_idf)), strict=True))
        total = sum(weights.values())
        candidates: set[int] = set().union(*map(self.postings.get, stems, repeat(())))
        remaining = dict(weights)
        chosen: list[int] = []
        while candidates and len(chosen) < MAX_LINKS:
            # each candidate's covered weight, summed through the postings in the order
            # of `remaining` (the same sums, term by term, as reading every candidate's
            # stems); the best is the heaviest, the first in article order on a tie
            covered: dict[int, float] = {}
            for key, weight in remaining.items():
                if chosen and key not in ordinary:
                    continue  # a further sentence counts only by the ordinary words it adds
                for index in self.postings.get(key, ()):
                    if index in candidates:
                        covered[index] = covered.get(index, 0.0) + weight
            best, gain = -1, 0.0
            for index in sorted(covered):
                if covered[index] > gain:
                    best, gain = index, covered[index]
            if best < 0 or (chosen and gain < MIN_GAIN * total):
                break
            chosen.append(best)
            candidates.discard(best)
            remaining = {s: w for s, w in remaining.items() if s not in self.stems[best]}
        score = 100.0 * (1 - sum(remaining.values()) / total)
        return Link(tuple(sorted(chosen)), round(score, 1), tuple(remaining))

    def evidence(self, link: Link) -> list[Evidence]:
        """One `Evidence(method="support")` per linked sentence: text[start:end] shows it."""
        return [
            Evidence(
                start=self.sentences[i].start,
                end=self.sentences[i].end,
                method="support",
                score=link.score,
            )
            for i in link.sentences
        ]

    def window(self, link: Link, before: int = 1, after: int = 1) -> list[int]:
        """The linked sentences and their neighbours, in article order."""
        out: set[int] = set()
        for index in link.sentences:
            out.update(range(max(0, index - before), min(len(self.sentences), index + after + 1)))
        return sorted(out)

    def window_text(self, indexes: list[int]) -> str:
        return " ".join(self.sentences[i].text for i in indexes)
