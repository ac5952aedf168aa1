"""Saved web pages: the article's main text, title, date and author, without the page.

A saved news page is mostly furniture: navigation, ads, share buttons, comments, related
links. trafilatura (the field's standard boilerplate remover) keeps the main text and
reads the metadata (title, publication date, author, site name, canonical URL); comments
are left out on purpose, because a briefing is about the article, not its readers.
"""

from __future__ import annotations

import json
from typing import Any

from newsbrief.errors import InputError
from newsbrief.schemas import Article

__all__ = ["html_article"]


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
    found = _extract(markup, url)
    text = (found or {}).get("text") or ""
    if not text.strip():
        raise InputError(
            f"{name}: no article text found in the HTML (an index page, a page that "
            "needs JavaScript, or an empty article); save the article page itself"
        )
    assert found is not None
    meta: dict[str, Any] = {"format": "html"}
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
