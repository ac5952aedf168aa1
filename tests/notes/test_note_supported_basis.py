"""What the note says its supported sentences rest on (`Note.supported_text`), in the
HTML, Markdown and Word notes.

The rules link a sentence to the article and find nothing there saying otherwise; they
do not read meaning, so a sentence only they passed is not presented as the article's
word. A sentence that copies the article, or that the judge read against it, is
supported as such. Table-driven over hand-built checks, then one briefing grounded for
real and rendered three ways.
"""

from __future__ import annotations

import io

import pytest
from docx import Document

from newsbrief.grounding import ground_briefing
from newsbrief.notes import Note, render_docx, render_html, render_markdown
from newsbrief.notes.model import ALL_SUPPORTED_TEXT, RULES_SUPPORT_TEXT
from newsbrief.schemas import Article, Briefing, BriefingRecord, ClaimCheck, GroundingSummary
from tests.notes.builders import provenance

RULES = ("supported", "rules", None)
COPIED = ("supported", "rules", "copied")
JUDGED = ("supported", "judge", None)
RED = ("contradicted", "rules", "number")
DOUBT = ("unverified", "rules", "no_support")


def note_of(*checks: tuple[str, str, str | None]) -> Note:
    briefing = Briefing(
        headline="h",
        summary="s",
        checks=[
            ClaimCheck(path=f"summary[{i}]", claim=f"claim {i}", verdict=v, stage=s, rule=r)  # type: ignore[arg-type]
            for i, (v, s, r) in enumerate(checks)
        ],
    )
    return Note(BriefingRecord(id="a", briefing=briefing, provenance=provenance()))


@pytest.mark.parametrize(
    ("checks", "expected"),
    [
        ((), None),
        ((RED, DOUBT), None),  # nothing supported: nothing to say
        ((COPIED, COPIED), ALL_SUPPORTED_TEXT),  # the article's own words
        ((COPIED, JUDGED), ALL_SUPPORTED_TEXT),  # the judge read it against the article
        ((COPIED, RED), "1 of 2 checked sentences is supported by the article."),
        ((RULES,), f"Every checked sentence is {RULES_SUPPORT_TEXT}"),
        (
            (RULES, RULES, COPIED),
            (
                "Of 3 checked sentences, 1 is supported by the article (copied, or read by the "
                f"judge); 2 are {RULES_SUPPORT_TEXT}"
            ),
        ),
        ((RULES, RED, DOUBT), f"Of 3 checked sentences, 1 is {RULES_SUPPORT_TEXT}"),
        (
            (RULES, COPIED, JUDGED, COPIED),
            (
                "Of 4 checked sentences, 3 are supported by the article (copied, or read by the "
                f"judge); 1 is {RULES_SUPPORT_TEXT}"
            ),
        ),
    ],
)
def test_what_supported_rests_on(
    checks: tuple[tuple[str, str, str | None], ...], expected: str | None
) -> None:
    assert note_of(*checks).supported_text() == expected


TEXT = (
    "The council approved the new bridge on Monday. Residents welcomed the decision, "
    "saying the crossing would halve their journeys."
)


def test_every_note_says_a_rules_pass_is_no_reading_of_meaning() -> None:
    """A paraphrase the rules pass, grounded for real: each note says what it rests on."""
    article = Article(id="bridge", text=TEXT)
    briefing = Briefing(
        headline="Bridge approved",
        summary="Residents welcomed the council decision to approve the bridge.",
    )
    grounded = ground_briefing(briefing, article.text)
    check = next(c for c in grounded.checks if c.path == "summary[0]")
    assert (check.verdict, check.stage) == ("supported", "rules")
    assert check.rule != "copied"
    note = Note(BriefingRecord(id=article.id, briefing=grounded, provenance=provenance()), article)
    said = f"Every checked sentence is {RULES_SUPPORT_TEXT}"
    assert note.supported_text() == said
    assert said in " ".join(render_html(note).split())
    assert "--judge MODEL --judge-all has a model read each sentence" in " ".join(
        render_markdown(note).split()
    )
    word = Document(io.BytesIO(render_docx(note)))
    assert said in [p.text for p in word.paragraphs]


@pytest.mark.parametrize(
    ("summary", "rate", "found"),
    [
        # a briefing with no quote, name or date: nothing to look up, its prose checked
        (
            GroundingSummary(checked=0, prose_checked=4, prose_supported=3, prose_unverified=1),
            ("no quote, name or date to look up; prose 75% supported (3 of 4 sentences, "
            "1 unverified)"),
            "The briefing gives no quote, name or date to look up in the article.",
        ),
        (
            GroundingSummary(checked=2, grounded=2, prose_checked=1, prose_supported=1),
            "100% (2 of 2 items found in the article); prose 100% supported (1 of 1 sentences)",
            "Every checked quote, name and date was found in the article.",
        ),
        (GroundingSummary(), "not checked", "The briefing gives no quote, name or date to look up in the article."),
    ],
)  # fmt: skip
def test_what_the_grounding_section_says_was_looked_up(
    summary: GroundingSummary, rate: str, found: str
) -> None:
    briefing = Briefing(headline="h", summary="s", grounding=summary)
    note = Note(BriefingRecord(id="a", briefing=briefing, provenance=provenance()))
    assert (note.grounding_rate_text(), note.found_text()) == (rate, found)
