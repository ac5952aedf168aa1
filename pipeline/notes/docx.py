"""The Word briefing note (.docx) for analysts who file notes in Word.

Built with python-docx on its default template, so only built-in styles are used
(Title, Heading 2, List Bullet, Intense Quote, Table Grid) and the document opens in
Word, LibreOffice and Google Docs alike. python-docx writes text runs, never markup,
so model text needs no escaping here; characters XML cannot hold are dropped.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt, RGBColor

from newsbrief.notes.highlight import KIND_LABELS
from newsbrief.notes.model import (
    CHECK_SOURCE_TEXT,
    FIVE_W_FIELDS,
    NOT_CHECKED_TEXT,
    UNGROUNDED_MARK,
    Item,
    Note,
)

__all__ = ["render_docx", "write_docx"]

WARN = RGBColor(0xB4, 0x4D, 0x12)
MUTED = RGBColor(0x61, 0x6E, 0x7C)
# XML 1.0 forbids most control characters; python-docx raises on them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def _mark(paragraph, item: Item | None, what: str = "") -> None:  # type: ignore[no-untyped-def]
    """Append a visible ⚠ run to a paragraph when the item was not found in the article."""
    if item is not None and item.status == "ungrounded":
        prefix = f"{what} " if what else ""
        run = paragraph.add_run(f"  {UNGROUNDED_MARK} {prefix}not found in the article")
        run.bold = True
        run.font.color.rgb = WARN


def _said(paragraph, item: Item | None) -> None:  # type: ignore[no-untyped-def]
    """Append a prose claim's verdict mark, as the HTML note marks it in place: red
    "⚠ contradicted: <reason>", or "? check against the source" for an unverified one."""
    if item is None:
        return
    if item.status in ("contradicted", "unsupported"):  # older runs: as written
        run = paragraph.add_run(f"  {UNGROUNDED_MARK} {item.status}: {_x(item.reason)}")
        run.bold = True
        run.font.color.rgb = WARN
    elif item.status == "unverified":
        paragraph.add_run(f"  ? {CHECK_SOURCE_TEXT}").italic = True


def _table(
    doc: DocxDocument,
    header: list[str],
    rows: list[tuple[list[str], Item | None]],
    mark_column: int,
) -> None:
    """A grid table; the ⚠ marker goes into `mark_column` of each row whose item is ungrounded."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, header, strict=False):
        cell.paragraphs[0].add_run(title).bold = True
    for values, item in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=False):
            cell.text = _x(value) or "–"
        _mark(cells[mark_column].paragraphs[0], item)


def build_document(note: Note) -> DocxDocument:
    """The note as a python-docx Document (not yet saved)."""
    b = note.briefing
    doc = Document()
    doc.core_properties.title = _x(b.headline)[:250]
    doc.core_properties.comments = note.provenance_line()
    doc.add_heading(_x(b.headline), level=0)
    prov = doc.add_paragraph()
    run = prov.add_run(note.provenance_line() + f" · article {_x(note.record.id)}")
    run.italic, run.font.size, run.font.color.rgb = True, Pt(9), MUTED
    if note.citation is not None:
        doc.add_paragraph(_x(note.citation.line()))
    if b.injection_suspected:
        warn = doc.add_paragraph().add_run(
            f"{UNGROUNDED_MARK} The article may contain instructions aimed at the model "
            "(prompt injection suspected). Check this briefing against the article."
        )
        warn.bold, warn.font.color.rgb = True, WARN
    if note.removals():
        partial = doc.add_paragraph().add_run(
            f"{UNGROUNDED_MARK} Partial briefing: removed because they still failed "
            "validation: " + "; ".join(_x(line) for line in note.removals())
        )
        partial.bold, partial.font.color.rgb = True, WARN

    doc.add_heading("Summary", level=2)
    sentences = note.summary_claims()
    summary = doc.add_paragraph("" if sentences else _x(b.summary))
    for i, item in enumerate(sentences):
        summary.add_run(("" if i == 0 else " ") + _x(item.label))
        _said(summary, item)
    if b.key_points:
        doc.add_heading("Key points", level=2)
        for i, point in enumerate(b.key_points):
            _said(doc.add_paragraph(_x(point), style="List Bullet"), note.claim(f"key_points[{i}]"))

    doc.add_heading("5W1H", level=2)
    rows: list[tuple[list[str], Item | None]] = []
    for name in FIVE_W_FIELDS:
        value = getattr(b.five_w1h, name)
        answer = ", ".join(value) if isinstance(value, list) else (value or "")
        rows.append(([name, answer], note.item(f"fivew-{name}") if answer else None))
    _table(doc, ["question", "answer"], rows, mark_column=1)

    if b.actors:
        doc.add_heading("Actors", level=2)
        _table(
            doc,
            ["name", "kind", "role", "affiliation"],
            [
                ([a.name, a.kind, a.role or "", a.affiliation or ""], note.item(f"actor-{i}"))
                for i, a in enumerate(b.actors)
            ],
            mark_column=0,
        )
    if b.events:
        doc.add_heading("Timeline", level=2)
        for i, event in enumerate(b.events):
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(event.when or "undated").bold = True
            if event.when_text:
                para.add_run(f" (“{_x(event.when_text)}”)")
            where = f" – {_x(event.where)}" if event.where else ""
            para.add_run(f"{where}: {_x(event.what)}")
            _said(para, note.claim(f"events[{i}].what"))
            _mark(para, note.item(f"event-{i}"), "date")
            _mark(para, note.item(f"event-{i}-where"), "place")
    if b.quotes:
        doc.add_heading("Quotes", level=2)
        for i, quote in enumerate(b.quotes):
            doc.add_paragraph(f"“{_x(quote.text)}”", style="Intense Quote")
            who = doc.add_paragraph(f"— {_x(quote.speaker) or 'unattributed'}")
            _mark(who, note.item(f"quote-{i}"))
    if b.relations:
        doc.add_heading("Relations", level=2)
        for i, rel in enumerate(b.relations):
            para = doc.add_paragraph(style="List Bullet")
            para.add_run(" ↔ ".join(_x(p) for p in rel.parties)).bold = True
            para.add_run(f" ({_x(rel.kind)}): {_x(rel.description)}")
            _said(para, note.claim(f"relations[{i}].description"))
    if b.topics:
        doc.add_heading("Topics", level=2)
        doc.add_paragraph(", ".join(b.topics))
    _grounding(doc, note)
    return doc


def _grounding(doc: DocxDocument, note: Note) -> None:
    doc.add_heading("Grounding", level=2)
    if not note.grounding_checked:
        doc.add_paragraph(NOT_CHECKED_TEXT)
        return
    doc.add_paragraph(f"Grounding rate: {note.grounding_rate_text()}.")
    for line in note.contradicted_lines():
        run = doc.add_paragraph(style="List Bullet").add_run(
            f"{UNGROUNDED_MARK} contradicted: {_x(line)}"
        )
        run.font.color.rgb = WARN
    for line in note.unverified_lines():  # not red: the checks could not decide
        doc.add_paragraph(style="List Bullet").add_run(f"? check against the source: {_x(line)}")
    supported = note.supported_text()
    if supported:
        doc.add_paragraph(_x(supported))
    missing = note.ungrounded()
    if not missing:
        doc.add_paragraph(note.found_text())
    for item in missing:
        run = doc.add_paragraph(style="List Bullet").add_run(
            f"{UNGROUNDED_MARK} {KIND_LABELS[item.kind]}: {_x(item.label)}"
        )
        run.font.color.rgb = WARN


def render_docx(note: Note) -> bytes:
    """The note as .docx bytes."""
    buffer = io.BytesIO()
    build_document(note).save(buffer)
    return buffer.getvalue()


def write_docx(note: Note, path: Path) -> None:
    path.write_bytes(render_docx(note))
