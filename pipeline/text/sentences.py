"""The one sentence splitter: sentence boundaries with character offsets, in linear time.

Every user of sentences reads them here: the baseline's lead sentences
(`split_sentences`, which also skips page furniture), the notes' source sentences
(`sentence_around`) and the long-article chunker (`sentence_spans`). One set of rules
means "Prof. Kin Phea met Col. Tea Banh in Phnom Penh." is one sentence everywhere.

A boundary is end punctuation (. ! ? …), optional closing quotes or brackets, then
white space and a word that does not start in lower case; or a full stop of a script
without spaces between sentences (CJK 。！？, Khmer ។ ៕, Devanagari ।); or a line break.
A period after an abbreviated title, a month abbreviation or an initial ('U.S.', 'J.')
ends nothing. Rules rather than a library: pysbd costs milliseconds per article and
blingfire gives no offsets for our furniture-aware lines (see benchmarks/README.md).

Linear time matters: a scraped 50 MB "article" is one line of text. Each candidate
boundary looks only at the word before it and the character after it, so the cost is
proportional to the text, never to the text before each boundary.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from newsbrief.text.furniture import LineKind, classify_line, split_credit, strip_label
from newsbrief.text.lexicon import ABBREVIATIONS

__all__ = ["Sentence", "sentence_around", "sentence_ends", "sentence_spans", "split_sentences"]

_CLOSERS = "\"”’')\\]"
_OPENERS = '"“‘(\\['
# One pass finds every candidate boundary; the regex engine does the scanning, Python
# looks only at candidates. Three kinds:
# 1. Latin end punctuation, closing quotes or brackets, then white space and a
#    character that may start a sentence (a digit, a capital, or any letter of a script
#    without ASCII case; a lower-case one is refused in Python). The word before the
#    punctuation (for the abbreviation check) is read back from it in Python
#    (`_word_before`): the pattern opens with the punctuation itself, so the engine
#    skips to it instead of trying a word at every word start.
# 2. A full stop of a script that needs no space after it.
# 3. A line break.
# Possessive quantifiers keep every attempt bounded by the run it looks at. The
# pattern opens with one class of every kind's first character, and each kind checks
# its own behind it: a pattern that opens with a character class is searched for that
# class in C, where three alternatives were tried at every position (the same matches).
_STOPS = "\u3002\uff01\uff1f\u17d4\u17d5\u0964\u0965"
_CANDIDATE = re.compile(
    rf"[.!?\u2026{_STOPS}\n]"
    rf"(?:(?<=[.!?\u2026])[{_CLOSERS}]*+(?=\s++[{_OPENERS}]?(?P<next>[^\W_a-z]))"
    rf"|(?<=[{_STOPS}])[{_CLOSERS}]*+"
    r"|(?<=\n))"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
# The longest stretch kept as one sentence. Text without end punctuation (a scrape of
# hashtags, a pasted table, 500,000 characters with no full stop) is cut at the last
# space before this length, else hard: every rule that reads a sentence then sees a
# bounded piece, so an article costs time linear in its length.
MAX_SENTENCE_CHARS = 1000
_MARKS = ("Mn", "Mc", "Me")
_LINE = re.compile(r"[^\n]+")
_BULLET_MARK = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: text is exactly article_text[start:end]."""

    text: str
    start: int
    end: int
    line: int
    bullet: bool = False
    caption: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


def _is_abbreviation(word: str) -> bool:
    """True when a period after `word` belongs to an abbreviation or an initial."""
    return bool(word) and (word.lower() in ABBREVIATIONS or bool(_INITIALS.fullmatch(word)))


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets just after each sentence end inside text[start:end], in order.

    A line break ends a sentence (its offset is the break's own position + 1); the end
    of the span is not listed. `start` must not fall inside a word.
    """
    end = len(text) if end is None else end
    ends: list[int] = []
    for match in _CANDIDATE.finditer(text, start, end):
        following = match.group("next")
        if following is not None:  # end punctuation: the first kind
            at = match.start()
            word = _word_before(text, start, at)
            if word is None:
                continue  # the word runs on before `start`: no boundary
            if not following.isascii() and following.islower():
                continue  # a lower-case letter outside ASCII: 'é', 'д'
            if text[at] == "." and _is_abbreviation(word):
                continue
        if match.end() < end or text[match.start()] == "\n":
            ends.append(match.end())
    return _cut_long(text, start, end, ends)


def _word_before(text: str, start: int, at: int) -> str | None:
    """The run of word characters and periods right before the end punctuation at `at`
    ("U.S" of "U.S.", "" after a space), read back no further than `start`; None when
    it runs on before `start` (no boundary is found in a word cut there). No two
    boundaries share a run (white space follows each), so reading back stays linear."""
    left = at
    while left > start and (text[left - 1].isalnum() or text[left - 1] in "_."):
        left -= 1
    if left == start and left > 0 and (text[left - 1].isalnum() or text[left - 1] in "_."):
        return None
    return text[left:at]


def _cut_long(text: str, start: int, end: int, ends: list[int]) -> list[int]:
    """`ends` with a cut added inside every stretch longer than MAX_SENTENCE_CHARS."""
    bounds = [start, *ends, end]
    if all(b - a <= MAX_SENTENCE_CHARS for a, b in itertools.pairwise(bounds)):
        return ends
    cut: list[int] = []
    left = start
    for index, right in enumerate(bounds[1:]):
        while right - left > MAX_SENTENCE_CHARS:
            limit = left + MAX_SENTENCE_CHARS
            space = text.rfind(" ", left + MAX_SENTENCE_CHARS // 2, limit)
            if space >= 0:
                left = space + 1
            else:  # a hard cut, never between a base character and its combining marks
                while limit > left + 1 and unicodedata.category(text[limit]) in _MARKS:
                    limit -= 1
                left = limit
            cut.append(left)
        if index < len(ends):
            cut.append(right)
        left = right
    return cut


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence in text[start:end], white space trimmed, none empty."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    left = start
    for right in [*sentence_ends(text, start, end), end]:
        a, b = left, right
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        left = right
    return spans


@lru_cache(maxsize=8)
def _ends_of(text: str) -> list[int]:
    """Sentence ends of a whole text, computed once per text (notes ask per item)."""
    return sentence_ends(text)


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> str:
    """The sentence (or line) of `text` that contains [start, end), trimmed to `limit`."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    ends = _ends_of(text)
    index = bisect.bisect_right(ends, start)
    left = ends[index - 1] if index else 0
    after = bisect.bisect_left(ends, max(end, left + 1))
    right = ends[after] if after < len(ends) else len(text)
    sentence = " ".join(text[left:right].split())
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rstrip() + "…"
    return sentence


def _line_sentences(
    line: str, offset: int, line_no: int, bullet: bool, caption: bool
) -> list[Sentence]:
    return [
        Sentence(line[a:b], offset + a, offset + b, line_no, bullet, caption)
        for a, b in sentence_spans(line)
    ]


def split_sentences(text: str, title: str | None = None) -> list[Sentence]:
    """The prose and bullet sentences of an article, in order, with offsets.

    A line that repeats the title is cut after the title (scrapes glue the title to the
    photo caption); bullet markers and 'Synopsis:' labels are skipped; a line ending in
    a photo credit is a caption.
    """
    sentences: list[Sentence] = []
    title_key = title.strip() if title else None
    line_no, counted = 0, 0
    for found in _LINE.finditer(text):  # empty lines skipped in C: 80,000 blank lines
        line_start = found.start()
        line_no += text.count("\n", counted, line_start)
        counted = line_start
        line = found.group(0).rstrip()
        skip = len(line) - len(line.lstrip())
        if title_key and line.strip().startswith(title_key) and line.strip() != title_key:
            skip += len(title_key)
            skip += len(line[skip:]) - len(line[skip:].lstrip())
        kind = classify_line(line[skip:])
        if kind is LineKind.HEADING:  # a short caption ends in a credit, not a period
            body, caption = split_credit(line[skip:])
            kind = classify_line(body) if caption else kind
        if kind not in (LineKind.PROSE, LineKind.BULLET):
            continue
        bullet = kind is LineKind.BULLET
        if bullet:
            match = _BULLET_MARK.match(line[skip:])
            skip += match.end() if match else 0
        skip += strip_label(line[skip:])
        body, caption = split_credit(line[skip:])
        sentences.extend(_line_sentences(body, line_start + skip, line_no, bullet, caption))
    return sentences
