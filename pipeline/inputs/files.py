"""One article per file: plain text, Markdown and saved HTML pages.

A text or Markdown file is the article as written; its first line is the title only when
it reads like a headline (`looks_like_title`). An HTML page goes through
`newsbrief.inputs.html`. The same functions read a file given on the command line, a
file inside a folder and a paste on stdin, so all three give the same Article.
"""

from __future__ import annotations

from pathlib import Path

from newsbrief.errors import InputError
from newsbrief.inputs.html import html_article
from newsbrief.inputs.reader import looks_like_title
from newsbrief.schemas import Article

__all__ = ["article_from_bytes", "read_article_file"]


def text_article(text: str, article_id: str, name: str) -> Article:
    """A plain-text or Markdown article; the first non-empty line may be its title."""
    if not text.strip():
        raise InputError(f"{name}: the article is empty")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first.lstrip("#").strip() if first.startswith("#") else first
    return Article(id=article_id, text=text, title=title if looks_like_title(title) else None)


def article_from_bytes(data: bytes, kind: str, article_id: str, name: str) -> Article:
    """The article in `data`, read as `kind` ('text' or 'html')."""
    if kind == "html":
        return html_article(data, article_id, name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (bad byte at {exc.start}); re-encode it as UTF-8"
        ) from exc
    return text_article(text, article_id, name)


def read_article_file(path: Path, kind: str, article_id: str | None = None) -> Article:
    """The one article in a .txt, .md or .html file; its id defaults to the file's stem."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"article file not found: {path}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror})") from exc
    return article_from_bytes(data, kind, article_id or path.stem, str(path))
