"""Whether the text extracted from a saved page is an article, or only what surrounds one.

A page with no article (a section front, a page that needs JavaScript, a consent wall)
still yields text: its menu ("Home | World | Sport"), its footer ("About us · Contact",
"© 2026 ..."). Briefing that would produce a confident note about a menu, so such a
page is refused like a page with no text at all. A line is navigation when it is a run
of short items between separators, or one short item; legal lines (copyright, "all
rights reserved", privacy, cookies) are footer. What remains must hold one line of
prose: at least MIN_PROSE_WORDS words.
"""

from __future__ import annotations

import re

__all__ = ["MIN_PROSE_WORDS", "has_article_text"]

MIN_PROSE_WORDS = 6
NAV_ITEM_WORDS = 4
_SEPARATOR = re.compile(r"\s+[|·•/»›>–—-]\s+|\s*[|·•»›]\s*")
_LEGAL = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|privacy (?:policy|notice)"
    r"|terms (?:of|and) (?:use|service|conditions)|\bcookies?\b",
    re.IGNORECASE,
)


def _navigation(line: str) -> bool:
    items = [item for item in _SEPARATOR.split(line) if item.strip()]
    if len(items) >= 2:
        return all(len(item.split()) <= NAV_ITEM_WORDS for item in items)
    return len(line.split()) < MIN_PROSE_WORDS


def has_article_text(text: str) -> bool:
    """True when some line is prose, not navigation or footer."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or _LEGAL.search(line) or _navigation(line):
            continue
        return True
    return False
