"""The Markdown and Word notes mark each checked prose claim in place, as the HTML note
does: a summary sentence, key point, event or relation the article contradicts carries
"⚠ contradicted: <reason>" right after it, an unverified one "? check against the
source". A reader of the summary no longer has to reach the grounding section to learn
that a sentence is wrong."""

from __future__ import annotations

import io

from docx import Document

from newsbrief.grounding import ground_briefing
from newsbrief.notes import Note, render_docx, render_markdown
from newsbrief.schemas import Briefing, BriefingRecord, Event, Relation
from tests.notes.builders import provenance, seed_article
from tests.notes.test_note_prose_browser import UNLINKED

WRONG_YEAR = (
    "Cambodian soldiers have trained under the Malaysian Defence Cooperation Programme since 2012."
)
REASON = "contradicted: says '2012'; the article says '2002'"
RED = f"⚠ {REASON}"  # Word: a red run
RED_MD = f"⚠ *{REASON}*"  # Markdown: in italics


def note() -> Note:
    article = seed_article()
    briefing = Briefing(
        headline="Cambodia and Malaysia deepen army ties",
        summary="The armies of Cambodia and Malaysia want closer cooperation to support "
        f"peacekeeping and regional security. {WRONG_YEAR}",
        events=[Event(what=WRONG_YEAR)],
        relations=[
            Relation(parties=["Cambodia", "Malaysia"], kind="cooperation", description=UNLINKED)
        ],
    )
    grounded = ground_briefing(briefing, article.text)
    return Note(BriefingRecord(id=article.id, briefing=grounded, provenance=provenance()), article)


def test_markdown_marks_each_prose_claim_in_place() -> None:
    lines = render_markdown(note()).splitlines()
    summary = lines[lines.index("## Summary") + 2]
    assert summary.endswith(f"{WRONG_YEAR} {RED_MD}"), summary
    assert summary.startswith("The armies of Cambodia and Malaysia want closer cooperation")
    assert f"{WRONG_YEAR} {RED_MD}" in next(
        line for line in lines if line.startswith("- **undated**")
    )
    assert any(line.endswith(f"{UNLINKED} ? *check against the source*") for line in lines)


def test_word_marks_each_prose_claim_in_place() -> None:
    doc = Document(io.BytesIO(render_docx(note())))
    texts = [p.text for p in doc.paragraphs]
    summary = texts[texts.index("Summary") + 1]
    assert summary.endswith(f"{WRONG_YEAR}  {RED}")
    assert any(t.endswith(f"{WRONG_YEAR}  {RED}") for t in texts if t.startswith("undated"))
    assert any(t.endswith(f"{UNLINKED}  ? check against the source") for t in texts)
