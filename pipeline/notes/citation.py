"""The citation line of a note: which article this is, from which outlet, by whom, when
it was published and where it lives.

An analyst forwards a note without the article; the note must say what it summarises,
and must not let the date it was generated pass for the article's. The fields come
from the input, wherever it carries them (docs/inputs.md lists the names):

- a saved page: trafilatura's metadata (site name, author, publication date, canonical
  URL) read by `newsbrief.inputs.html`;
- JSONL keys and CSV/Parquet columns: `source` (the outlet), `author`, `published`,
  `url`, and the usual other spellings below (`outlet`, `publisher`, `byline`,
  `authors`, `date`, `published_at`, `link`...), which the reader keeps in `meta`.

A note of an article with no date says so, rather than showing none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsbrief.schemas import Article

__all__ = ["NO_DATE", "Citation", "citation_of"]

NO_DATE = "publication date not given in the input"
OUTLET_KEYS = ("sitename", "outlet", "publisher", "site_name", "site", "hostname")
AUTHOR_KEYS = ("author", "authors", "byline")
DATE_KEYS = ("date", "published_at", "publication_date", "pubdate", "date_published")
URL_KEYS = ("link", "canonical_url", "source_url")
_ISO = re.compile(
    r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)


@dataclass(frozen=True)
class Citation:
    """What a note cites; every field but `article_id` may be missing (None)."""

    article_id: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # as shown: an ISO date (and time), or the input's own text
    url: str | None

    @property
    def date_text(self) -> str:
        return f"published {self.published}" if self.published else NO_DATE

    @property
    def link(self) -> str | None:
        """The URL when it is a web address a reader can open (never `javascript:`)."""
        if self.url and re.match(r"^https?://[^\s<>\"']+$", self.url):
            return self.url
        return None

    def parts(self) -> list[str]:
        """Outlet, author and date, in that order, as plain text (the URL apart)."""
        parts = [self.outlet] if self.outlet else []
        if self.author:
            parts.append(f"by {self.author}")
        parts.append(self.date_text)
        return parts

    def line(self) -> str:
        """One plain-text line: `Source: outlet · by author · published date · url`."""
        parts = self.parts() + ([self.url] if self.url else [])
        return "Source: " + " · ".join(parts)


def citation_of(article: Article | None) -> Citation | None:
    """The citation of a note's article; None when the note has no article."""
    if article is None:
        return None
    meta = article.meta
    return Citation(
        article_id=article.id,
        title=_text(article.title),
        outlet=_text(article.source) or _first(meta, OUTLET_KEYS),
        author=_first(meta, AUTHOR_KEYS),
        published=_date(_text(article.published) or _first(meta, DATE_KEYS)),
        url=_text(article.url) or _first(meta, URL_KEYS),
    )


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v).strip() for v in value if str(v).strip())
        text = _text(value if isinstance(value, str) else None)
        if text:
            return text
    return None


def _text(value: str | None) -> str | None:
    text = " ".join(value.split()) if isinstance(value, str) else ""
    return text or None


def _date(value: str | None) -> str | None:
    """`2026-03-14T09:30:00Z` as `2026-03-14 09:30 UTC`, a bare date as it is, other
    text as the input gives it ("March 14, 2026")."""
    if value is None:
        return None
    found = _ISO.match(value)
    if not found:
        return value
    day, time, zone = found.groups()
    if not time or (time == "00:00" and zone is None):
        return day
    zone = "UTC" if zone in ("Z", "+00:00", "+0000", "-00:00") else zone
    return f"{day} {time} {zone}" if zone else f"{day} {time}"
