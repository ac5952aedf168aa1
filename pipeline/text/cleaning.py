"""Page furniture taken out of an article before any backend sees it.

Scraped text carries bylines, image file names, photo captions, 'scroll to top',
navigation in another script and the headline repeated inside the body. The LLM would
quote them and the baseline would lead with them, so every backend gets the same
cleaned article (the per-article step calls `clean_article`).

Offsets stay valid: furniture is not cut out but blanked, each of its characters
replaced by a space (line breaks kept), so the cleaned text has exactly the length of
the original and every evidence offset or highlight computed on it points at the same
characters of the original text. What was blanked is recorded on the article
(`Article.furniture`: start, end and kind of each span); the original text is the
input's, unchanged. Prompts show the blanked lines as empty lines
(`compact_blank_lines`), so no model pays for the spaces.

Only what is furniture beyond doubt is blanked: datelines, headings, tables and lists
stay. A line is furniture when it is a page control ('scroll to top', 'Advertisement'),
a promotion kept inside the body ('Try our new newsletter: ...', 'Sign up for ...',
'Sponsored: ...', 'Read more: <headline>'; `furniture.PROMO`),
an image or file name, a caption (ends with a photo credit, or starts 'Photo:'), a
repeat of an earlier line or of the headline, a line in another script than the
article's, or, among the first lines, a byline ('By ...', or a short name-like line).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from newsbrief.schemas import Article, FurnitureSpan
from newsbrief.schemas.article import FurnitureKind
from newsbrief.text.furniture import (
    _FILE_NAME,
    _JUNK_PHRASES,
    PROMO,
    PROMO_MAX_WORDS,
    split_credit,
)

__all__ = ["clean_article", "compact_blank_lines", "furniture_spans"]

HEADER_LINES = 12  # bylines and source names sit among the first lines
_CAPTION_START = re.compile(
    r"^\(?(?:photo|image|picture|file photo|video|credit|illustration)s?\b\s*(?:[:/–—-]|by\b)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|written by|reported by|words by|story by)\s+\S", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|of|the|and|de|van|von|bin|binti)$")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_LETTERS = string.ascii_letters.encode()
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\r?\n|$)")
_EMPTY_LINES = re.compile(r"(?:\r?\n){3,}")


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) without the line break; `end` excludes '\\r'."""
    start = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield start, start + len(line), line
        start += len(raw)


def _latin_share(text: str) -> float:
    """Share of the letters that are Latin (ASCII text, the common case, is 1.0 at once).

    Every ASCII letter is a Latin letter, so only the non-ASCII characters are sorted by
    the two patterns; the ASCII letters are counted on the bytes (a curly quote makes a
    news text non-ASCII, and listing each of its letters cost ~0.1 ms an article)."""
    if text.isascii():
        return 1.0
    ascii_bytes = text.encode("ascii", "ignore")
    ascii_letters = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_LETTERS))
    other = "".join(_NON_ASCII.findall(text))
    letters = ascii_letters + len(_LETTER.findall(other))
    return (ascii_letters + len(_LATIN.findall(other))) / letters if letters else 1.0


def _byline(line: str) -> bool:
    """'By Jane Doe and John Roe, Reuters' on a line of its own; a lead paragraph that
    starts with its byline ('By Jane Doe WASHINGTON (Reuters) - The FBI said ...') is
    prose and stays whole."""
    return bool(_BYLINE.match(line)) and len(line.split()) <= 12 and line[-1] not in ".!?"


def _name_like(line: str) -> bool:
    """'Ry Sochan', 'The Phnom Penh Post': 2-5 capitalised words, no digits, no stop."""
    words = line.split()
    return (
        2 <= len(words) <= 5
        and line[-1] not in '.!?:;,"”'
        and not any(ch.isdigit() for ch in line)
        and all(_NAME_WORD.match(word) for word in words)
    )


def _kind(line: str, position: int, seen: set[str], latin_article: bool) -> FurnitureKind | None:
    stripped = line.strip()
    if stripped.lower().strip(" .:-–—") in _JUNK_PHRASES:
        return "control"
    if len(stripped.split()) <= PROMO_MAX_WORDS and PROMO.search(stripped):
        return "control"  # a newsletter box, an inline ad, 'Read more: ...'

    if _FILE_NAME.match(stripped):
        return "file_name"
    if stripped in seen and _LETTER.search(stripped):  # not table rules like '---|---|'
        return "repeat"
    if latin_article and _latin_share(stripped) < 0.5:
        return "other_script"
    if _CAPTION_START.match(stripped) or split_credit(stripped)[1]:
        return "caption"
    if position < HEADER_LINES and (_byline(stripped) or _name_like(stripped)):
        return "byline"
    return None


def furniture_spans(text: str, title: str | None = None) -> list[FurnitureSpan]:
    """The furniture of `text`, as spans of whole lines (or a repeated headline prefix)."""
    latin_article = _latin_share(text) >= 0.8
    title = " ".join((title or "").split())
    spans: list[FurnitureSpan] = []
    seen: set[str] = set()
    headline = ""  # the title once it has appeared as a line of its own
    position = 0
    for start, _end, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        lead = start + len(line) - len(line.lstrip())
        # The first line is the headline (kept) unless the article names another title.
        kept_first = position == 0 and (not title or stripped == title)
        kind = None if kept_first else _kind(line, position, seen, latin_article)
        if kind is not None:
            spans.append(FurnitureSpan(start=lead, end=start + len(line.rstrip()), kind=kind))
        elif headline and len(headline.split()) >= 4 and stripped.startswith(headline):
            # The headline glued to the next line by the scrape ('Title Caption text...').
            spans.append(FurnitureSpan(start=lead, end=lead + len(headline), kind="repeat"))
        seen.add(stripped)
        if not headline and (kept_first or stripped == title):
            headline = stripped
        position += 1
    return spans


def blank(text: str, spans: list[FurnitureSpan]) -> str:
    """`text` with every span replaced by spaces (line breaks kept): same length."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def clean_article(article: Article) -> Article:
    """The article with its furniture blanked and recorded; itself when there is none.

    Idempotent: an article that already records furniture is returned as it is.
    """
    if article.furniture:
        return article
    spans = furniture_spans(article.text, article.title)
    if not spans:
        return article
    return article.model_copy(update={"text": blank(article.text, spans), "furniture": spans})


def compact_blank_lines(text: str) -> str:
    """For prompts: blanked lines become empty lines, and runs of them one empty line."""
    return _EMPTY_LINES.sub("\n\n", _TRAILING_SPACE.sub("", text)).lstrip("\r\n")
