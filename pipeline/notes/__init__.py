"""Briefing notes for analysts: Markdown, self-contained HTML and Word, plus digests.

Every renderer reads a `Note` (a briefing record plus, when available, its article),
which decides once which items are grounded and what their source sentences are.

The Word renderer is loaded on first use (python-docx and lxml are slow to import and
most notes are Markdown or HTML).
"""

from typing import Any

from newsbrief.notes.digest import (
    Digest,
    build_digest,
    render_digest_html,
    render_digest_markdown,
)
from newsbrief.notes.formats import NOTE_FORMATS, Format, choose_format, render_note
from newsbrief.notes.highlight import highlight_article
from newsbrief.notes.html import render_html
from newsbrief.notes.markdown import md_escape, render_markdown
from newsbrief.notes.model import Item, Note, Span
from newsbrief.notes.source import NoteError, find_record, load_article, select_records
from newsbrief.text.sentences import sentence_around

__all__ = [
    "NOTE_FORMATS",
    "Digest",
    "Format",
    "Item",
    "Note",
    "NoteError",
    "Span",
    "build_digest",
    "choose_format",
    "find_record",
    "highlight_article",
    "load_article",
    "md_escape",
    "render_digest_html",
    "render_digest_markdown",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_note",
    "select_records",
    "sentence_around",
    "write_docx",
]


def __getattr__(name: str) -> Any:
    if name in ("render_docx", "write_docx"):
        from newsbrief.notes import docx

        return getattr(docx, name)
    raise AttributeError(f"module 'newsbrief.notes' has no attribute {name!r}")
