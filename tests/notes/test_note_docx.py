"""The Word note opens with python-docx and holds the briefing, with ⚠ marks."""

from __future__ import annotations

import io

from docx import Document

from newsbrief.notes import Note, render_docx
from tests.notes.builders import FABRICATED_QUOTE, hostile_article, hostile_record, seed_record


def _open(note: Note):  # type: ignore[no-untyped-def]
    return Document(io.BytesIO(render_docx(note)))


def test_docx_has_headline_provenance_summary_and_quotes() -> None:
    doc = _open(Note(seed_record()))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    assert paragraphs[0] == (
        "Title",
        "Cambodia and Malaysia armies pledge closer security cooperation",
    )
    assert paragraphs[1][1].startswith(
        "baseline · model baseline · prompt briefing@v1 (hash abc123def456)"
    )
    texts = [text for _, text in paragraphs]
    assert texts[texts.index("Summary") + 1].startswith("Cambodia's and Malaysia's army chiefs met")
    quotes = [text for style, text in paragraphs if style == "Intense Quote"]
    assert quotes[1] == "“opened another page of history”"
    assert f"“{FABRICATED_QUOTE}”" in quotes
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert headings == [
        "Summary",
        "Key points",
        "5W1H",
        "Actors",
        "Timeline",
        "Quotes",
        "Relations",
        "Topics",
        "Grounding",
    ]


def test_docx_tables_hold_5w1h_and_actors_with_ungrounded_marks() -> None:
    doc = _open(Note(seed_record()))
    fivew, actors = doc.tables
    rows = [[cell.text for cell in row.cells] for row in fivew.rows]
    assert rows[0] == ["question", "answer"]
    assert rows[1] == ["who", "Hun Manet, Zamrose Mohd Zain"]
    assert rows[2] == ["what", "army chiefs' meeting"]
    assert rows[4] == ["where", "Phnom Penh, Cambodia  ⚠ not found in the article"]
    actor_rows = [[cell.text for cell in row.cells] for row in actors.rows]
    assert actor_rows[1] == ["Hun Manet", "person", "Royal Cambodian Army commander", "RCAF"]


def test_docx_marks_the_fabricated_quote_and_lists_it_under_grounding() -> None:
    texts = [p.text for p in _open(Note(seed_record())).paragraphs]
    assert "— Hun Manet  ⚠ not found in the article" in texts
    grounding = texts[texts.index("Grounding") :]
    assert grounding[1] == "Grounding rate: 81% (13 of 16 items found in the article)."
    assert (
        "2002 (“since 2002”) – Kuala Lumpur: Training programme began  ⚠ place not found in the article"
        in texts
    )
    assert f"⚠ quote: {FABRICATED_QUOTE}" in grounding


def test_docx_keeps_markup_in_model_text_as_plain_text() -> None:
    doc = _open(Note(hostile_record(), hostile_article()))
    assert doc.paragraphs[0].text == "<script>window.__pwned=1</script> Ministers meet"
    assert any("prompt injection suspected" in p.text for p in doc.paragraphs)


def test_docx_drops_characters_xml_cannot_hold() -> None:
    record = seed_record(grounded=False)
    record.briefing.summary = "bell\x07 and form\x0cfeed"
    texts = [p.text for p in _open(Note(record)).paragraphs]
    assert "bell and formfeed" in texts
