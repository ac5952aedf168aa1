"""Saved web pages: the article's main text, title, date and author, without the page.

A saved news page is mostly furniture: navigation, ads, share buttons, comments, related
links. trafilatura (the field's standard boilerplate remover) keeps the main text and
reads the metadata (title, publication date, author, site name, canonical URL); comments
are left out on purpose, because a briefing is about the article, not its readers.

Parsing is bounded per page: a page over MAX_PAGE_BYTES is refused, and a tag whose
attributes fill more than MAX_ATTRIBUTE_CHARS loses them before parsing (lxml and
trafilatura take time quadratic in the attributes of one element: 300,000 of them held
a folder run for minutes). What remains parses in time linear in the page's size
(benchmarks/hostile_inputs.py, part `html`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from newsbrief.errors import InputError
from newsbrief.inputs.pagetext import has_article_text
from newsbrief.schemas import Article

__all__ = ["MAX_ATTRIBUTE_CHARS", "MAX_PAGE_BYTES", "html_article"]

MAX_PAGE_BYTES = 32 * 1024 * 1024  # a saved news page is well under 5 MB
MAX_ATTRIBUTE_CHARS = 8192  # the attributes of one tag; real pages stay under 2,000
# A start tag whose attribute text is longer than MAX_ATTRIBUTE_CHARS. Each `<` is tried
# once and the run after it ends at the next `<` or `>`, so the scan is linear.
_BLOATED_TAG = re.compile(rb"<([A-Za-z][\w:.-]{0,64})[^<>]{%d,}>" % MAX_ATTRIBUTE_CHARS)


def _bounded(markup: str | bytes, name: str) -> bytes | str:
    """The page, refused when too large, with bloated tags stripped of their attributes."""
    data = markup.encode("utf-8") if isinstance(markup, str) else markup
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(
            f"{name}: the HTML page is {len(data) / 1e6:,.1f} MB, over the "
            f"{MAX_PAGE_BYTES // (1024 * 1024)} MB limit for one page; save the article "
            "page itself, or give its text as a .txt file"
        )
    if len(data) < MAX_ATTRIBUTE_CHARS:
        return markup
    stripped, count = _BLOATED_TAG.subn(rb"<\1>", data)
    if not count:
        return markup
    return stripped.decode("utf-8") if isinstance(markup, str) else stripped


def _extract(markup: str | bytes, url: str | None) -> dict[str, Any] | None:
    try:
        import trafilatura
    except ImportError as exc:  # a broken install (lxml without lxml_html_clean)
        raise InputError(
            f"reading HTML needs trafilatura, which failed to import ({exc}); "
            "reinstall briefing with its dependencies"
        ) from exc
    found = trafilatura.extract(
        markup,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    return json.loads(found) if found else None


def html_article(
    markup: str | bytes, article_id: str, *, name: str = "page", url: str | None = None
) -> Article:
    """One Article from an HTML page; an InputError when no article text is found.

    `markup` may be bytes: trafilatura then reads the page's declared encoding. `name`
    is what error messages call the page (its path).
    """
    found = _extract(_bounded(markup, name), url)
    text = (found or {}).get("text") or ""
    if not text.strip():
        raise InputError(
            f"{name}: no article text found in the HTML (an index page, a page that "
            "needs JavaScript, or an empty article); save the article page itself"
        )
    if not has_article_text(text):
        shown = " ".join(text.split())[:60]
        raise InputError(
            f"{name}: no article text in the HTML, only navigation or footer "
            f"({shown!r}); save the article page itself"
        )
    assert found is not None
    meta: dict[str, Any] = {"format": "html"}
    # trafilatura's JSON names the site name (og:site_name...) "source-hostname"
    sitename = found.get("sitename") or found.get("source-hostname")
    if sitename:
        found["sitename"] = sitename
    for key in ("author", "sitename", "hostname", "description", "categories", "tags"):
        if found.get(key):
            meta[key] = found[key]
    return Article(
        id=article_id,
        text=text,
        title=found.get("title") or None,
        published=found.get("date") or None,
        source=found.get("sitename") or found.get("hostname") or None,
        url=found.get("source") or url,
        meta=meta,
    )
