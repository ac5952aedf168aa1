"""Choosing and producing an output format from a file suffix or `--format`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from newsbrief.notes.html import render_html
from newsbrief.notes.markdown import render_markdown
from newsbrief.notes.model import Note
from newsbrief.notes.source import NoteError

__all__ = ["NOTE_FORMATS", "Format", "choose_format", "render_note"]

Format = Literal["md", "html", "docx"]
NOTE_FORMATS: tuple[Format, ...] = ("md", "html", "docx")
SUFFIXES: dict[str, Format] = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}


def choose_format(
    output: Path | None, explicit: str | None, allowed: tuple[str, ...] = NOTE_FORMATS
) -> Format:
    """`--format` wins; otherwise the suffix of `-o FILE`; otherwise Markdown."""
    if explicit:
        fmt = explicit.lower()
    elif output is not None:
        suffix = output.suffix.lower()
        if suffix not in SUFFIXES:
            raise NoteError(
                f"cannot tell the format of {output.name!r} from its suffix; use one of "
                f"{', '.join(s for s, f in SUFFIXES.items() if f in allowed)} or --format"
            )
        fmt = SUFFIXES[suffix]
    else:
        fmt = "md"
    if fmt not in allowed:
        raise NoteError(f"format {fmt!r} is not available here; choose one of {', '.join(allowed)}")
    return fmt  # type: ignore[return-value]


def render_note(note: Note, fmt: Format) -> bytes:
    """The note in one format, as bytes ready to write to a file."""
    if fmt == "docx":
        from newsbrief.notes.docx import render_docx  # python-docx, only for Word notes

        return render_docx(note)
    text = render_html(note) if fmt == "html" else render_markdown(note)
    return text.encode("utf-8")
