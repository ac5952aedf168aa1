"""Page furniture: the lines of a scraped page that are not article prose.

Scraped news text carries bylines, image file names, photo credits, 'scroll to top',
markdown tables, section headings and lines in other scripts. The lead sentences, key
points and events must never be built from them, so every line is classified once here.
Furniture lines still stay in the article text: only the choice of sentences skips them.
"""

from __future__ import annotations

import re
from enum import Enum

from newsbrief.text.lexicon import words

__all__ = ["LineKind", "classify_line", "split_credit", "strip_label"]


class LineKind(str, Enum):
    PROSE = "prose"
    BULLET = "bullet"
    HEADING = "heading"
    JUNK = "junk"


_FILE_NAME = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|svg|pdf|mp4)$", re.IGNORECASE)
# A table row: its cells are joined by pipes ('Area | Outcome |', '---|---|'). A line
# that starts or ends with a pipe is one, and so is a line of three or more short cells;
# one pipe inside a long paragraph is a scrape's inline link ('... more troughs than
# peaks | Rebecca Nicholson Read more Explaining the change, ...'), not a table: that
# paragraph is the article (reading it as a table once left an article no sentence).
_TABLE_EDGE = re.compile(r"^\||\|$")
_TABLE_CELL_WORDS = 12
_NON_LATIN_SCRIPT = re.compile(
    r"[\u0E00-\u0EFF\u1780-\u17FF\u19E0-\u19FF\u0600-\u06FF\u4E00-\u9FFF]"
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$|[\"”]\s*$")
_JUNK_PHRASES = words(
    "scroll to top;back to top;read more;advertisement;share this;"
    "close;related articles;related;subscribe;print;email",
    sep=";",
)
# Promotion inside an article body that the page's boilerplate removal kept (a box
# with no class name to give it away): a call to action at the start of a short line
# ('Try our new newsletter: ...', 'Sign up for ...', 'Follow us on ...', 'Sponsored:',
# 'Read more: <headline>'), or a line that sells a newsletter. News prose does not open
# a paragraph with an imperative to the reader, so a whole line is blanked, never part.
PROMO = re.compile(
    r"^(?:(?:try|get|download|join|sign up for|subscribe to) (?:our|the)\b.{0,80}"
    r"\b(?:newsletters?|app|podcast|briefing|digest|edition|inbox)\b"
    r"|sign up\b|subscribe (?:now|today|here|for)\b|(?:follow|like|join) us\b"
    r"|click here\b|(?:sponsored|advertisement|advertising|promoted|partner content)\s*[:|-]"
    r"|(?:read|see|watch|listen)(?: more| also)?\s*:|related\s*:|more on this story\b"
    r"|don'?t miss\b)"
    r"|\bnewsletter\b.{0,120}\b(?:sign up|subscribe|inbox)\b",
    re.IGNORECASE,
)
PROMO_MAX_WORDS = 40

# Labels that prefix a standfirst ('Synopsis: ...'); the prose after them is kept.
_LABEL = re.compile(r"^(?:Synopsis|Summary|Abstract|Highlights?|Update[d]?)\s*:\s*", re.IGNORECASE)
# A photo credit after the last sentence of a caption: 'RCAF', 'PMO', 'KT/Heng Chivoan'.
_CREDIT = re.compile(r"(?<=[.!?])\s+((?:[A-Z][\w/&-]*)(?:[ /][A-Z][\w/&-]*){0,3})\s*$")
# Both end-of-line patterns look only at a line's last characters, so classifying a
# line costs the same for a one-line 50 MB scrape as for a caption.
_TAIL = 240
_MIN_PROSE_WORDS = 6
_LONG_LINE_WORDS = 20


def _words(line: str) -> int:
    """The line's word count, up to `_LONG_LINE_WORDS` + 1 (what the line's kind
    compares it with): a paragraph is not split into all of its words to be counted."""
    return len(line.split(None, _LONG_LINE_WORDS))


def classify_line(line: str) -> LineKind:
    """Say what one line of an article is; only PROSE and BULLET lines give sentences.

    Lines under six words are furniture (bylines, 'Introduction', '-Khmer Times-'); a
    heading is a longer line without end punctuation ('Austin Engages with Cambodian
    Leaders on ...'); a long line without end punctuation is still prose (scrapes lose
    periods).
    """
    stripped = line.strip()
    if not stripped:
        return LineKind.JUNK
    lowered = stripped.lower().strip(" .:-")
    if lowered in _JUNK_PHRASES or _FILE_NAME.match(stripped) or _table_row(stripped):
        return LineKind.JUNK
    if _NON_LATIN_SCRIPT.search(stripped):
        return LineKind.JUNK
    if _BULLET.match(stripped):
        return LineKind.BULLET if _words(stripped) >= _MIN_PROSE_WORDS else LineKind.JUNK
    words = _words(stripped)
    if words < _MIN_PROSE_WORDS:
        return LineKind.JUNK  # bylines, source names, 'Introduction', '-Khmer Times-'

    if _SENTENCE_END.search(stripped[-_TAIL:]) or words >= _LONG_LINE_WORDS:
        return LineKind.PROSE
    return LineKind.HEADING


def _table_row(line: str) -> bool:
    """Whether a stripped line is a row of a table (see `_TABLE_EDGE`)."""
    if "|" not in line:
        return False
    if _TABLE_EDGE.search(line):
        return True
    cells = line.split("|")
    return len(cells) >= 3 and all(len(cell.split()) <= _TABLE_CELL_WORDS for cell in cells)


def strip_label(line: str) -> int:
    """Length of a leading 'Synopsis:'-style label to skip (0 when there is none)."""
    match = _LABEL.match(line)
    return match.end() if match else 0


def split_credit(line: str) -> tuple[str, bool]:
    """Cut a trailing photo credit off a caption line.

    Returns the line without the credit and whether one was found. A line that ends with
    a credit is a caption, which is never a lead sentence.
    """
    tail = max(0, len(line.rstrip()) - _TAIL)
    match = _CREDIT.search(line, tail)
    if not match:
        return line, False
    credit = match.group(1)
    if len(credit.split()) > 4 or credit.lower() in {"he said", "she said"}:
        return line, False
    return line[: match.start()], True
