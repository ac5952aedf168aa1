"""Choosing sentences: the lead for headline and summary, the densest for key points.

News puts the main facts first, so the first real sentences make the summary. 'Real'
excludes captions, list items, lines that end in a colon and standfirsts or captions
that the body repeats later. Key points are the other sentences that carry the most
named actors, dates and figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.backends.baseline.rules.shorten import shorten
from newsbrief.text.sentences import Sentence

__all__ = ["distinct_sentences", "key_points", "lead_sentences", "summary_sentences"]

MIN_LEAD_WORDS = 8
SUMMARY_MIN, SUMMARY_MAX, SUMMARY_WORDS = 2, 4, 70
KEY_POINTS_MAX = 5
KEY_POINT_WORDS = 35
REPEAT_WINDOW = 12  # standfirsts and captions sit in the first lines
_FIGURE = re.compile(r"\b\d[\d,.]*\b")
_NOT_SELF_CONTAINED = re.compile(
    r"^(?:He|She|It|They|This|These|That|Those|Such|Both|Moreover|Furthermore|However|"
    r"Below|Key|Among)\b"
)
_OPENING_QUOTE = ("“", '"', "‘")


def _core(sentence: Sentence) -> str:
    text = sentence.text.lower().rstrip('.!?”" ')
    return re.sub(r"^(?:a|an|the)\s+", "", text)


def _repeated_later(sentence: Sentence, lowered_text: str) -> bool:
    """A standfirst or caption that the article body repeats (wholly) further down."""
    core = _core(sentence)
    return len(core) > 30 and core in lowered_text[sentence.end :]


def distinct_sentences(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Drop standfirsts and captions near the top that the body repeats word for word."""
    lowered = text.lower()
    return [
        s
        for position, s in enumerate(sentences)
        if position >= REPEAT_WINDOW or not _repeated_later(s, lowered)
    ]


def lead_sentences(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences fit to lead: prose, not captions, not list items or list intros."""
    return [
        s
        for s in sentences
        if not (s.bullet or s.caption or s.words < MIN_LEAD_WORDS)
        and not s.text.rstrip().endswith(":")
    ]


def summary_sentences(leads: list[Sentence]) -> list[Sentence]:
    """Two to four lead sentences, stopping once about SUMMARY_WORDS words are reached.

    A lead that opens with a quotation is used only when nothing else is left.
    """
    plain = [s for s in leads if not s.text.startswith(_OPENING_QUOTE)] or leads
    chosen: list[Sentence] = []
    words = 0
    for sentence in plain:
        if len(chosen) >= SUMMARY_MIN and (words >= SUMMARY_WORDS or len(chosen) >= SUMMARY_MAX):
            break
        chosen.append(sentence)
        words += sentence.words
    return sorted(chosen, key=lambda s: s.start)


def key_points(
    candidates: list[Sentence], used: set[int], weight: Callable[[Sentence], int]
) -> list[str]:
    """Up to KEY_POINTS_MAX short facts, in article order.

    `weight` counts named actors and dates in a sentence; figures add one each; sentences
    that need context ('He added ...', '“...”') or only introduce a list rank lower.
    """
    scored = []
    for sentence in candidates:
        if sentence.start in used or sentence.caption or sentence.words < 6:
            continue
        if sentence.text.rstrip().endswith(":"):
            continue
        score = 2 * weight(sentence) + len(_FIGURE.findall(sentence.text))
        if _NOT_SELF_CONTAINED.match(sentence.text) or sentence.text.startswith(_OPENING_QUOTE):
            score -= 3
        scored.append((score, sentence.start, sentence))
    best = sorted(scored, key=lambda item: (-item[0], item[1]))[:KEY_POINTS_MAX]
    points, seen = [], set()
    for _, _, sentence in sorted(best, key=lambda item: item[1]):
        point = shorten(sentence.text, KEY_POINT_WORDS, mark_cut=True, strip_lead=False)
        if point.lower() not in seen:
            seen.add(point.lower())
            points.append(point)
    return points
