"""A partial briefing's note says what was removed and why, in every format."""

from __future__ import annotations

import io
import zipfile

from newsbrief.notes import Note, render_markdown
from newsbrief.notes.docx import render_docx
from newsbrief.notes.html import render_html
from newsbrief.schemas import Removal
from tests.notes.builders import seed_record

REMOVED = [
    Removal(path="quotes[1]", reason="quotes[1].text '<b>We</b> agreed' is not in the article"),
    Removal(path="part 2 of 3", reason="this part of the article failed (validation): x"),
]


def _partial_note() -> Note:
    record = seed_record().model_copy(update={"status": "partial", "removed": REMOVED})
    return Note(record)


def test_markdown_banner_lists_each_removal() -> None:
    text = render_markdown(_partial_note())
    assert "Partial briefing: removed because they still failed validation" in text
    assert "> - quotes\\[1\\]: quotes\\[1\\].text" in text
    assert "> - part 2 of 3: this part of the article failed" in text


def test_html_banner_lists_each_removal_escaped() -> None:
    page = render_html(_partial_note())
    assert 'id="partial-warning"' in page
    assert "<li>quotes[1]: quotes[1].text &#39;&lt;b&gt;We&lt;/b&gt; agreed&#39;" in page
    assert "<b>We</b>" not in page


def test_docx_names_the_removals() -> None:
    data = render_docx(_partial_note())
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        body = docx.read("word/document.xml").decode()
    assert "Partial briefing" in body and "part 2 of 3" in body


def test_an_ok_briefing_has_no_banner() -> None:
    note = Note(seed_record())
    assert "Partial briefing" not in render_markdown(note)
    assert 'id="partial-warning"' not in render_html(note)
