"""A record of a run made before the three verdicts reads and shows as it was written:
its `unsupported` prose is marked "unsupported" (not re-labelled contradicted or
unverified), counted as such, and nothing of it is dropped."""

from __future__ import annotations

from newsbrief.notes import Note, render_html, render_markdown
from newsbrief.schemas import Briefing, BriefingRecord, ClaimCheck, GroundingSummary
from tests.notes.builders import provenance, seed_article

OLD_POINT = "The meeting was on the second day of a three-day visit."


def legacy_note() -> Note:
    record = BriefingRecord.model_validate(
        {
            "id": "old",
            "provenance": provenance().model_dump(),
            "briefing": {
                "headline": "Armies meet",
                "summary": "The armies met.",
                "key_points": [OLD_POINT],
                "grounding": {"checked": 1, "grounded": 1, "ungrounded": [],
                              "prose_checked": 2, "prose_supported": 1,
                              "unsupported": [f"key_points[0]: {OLD_POINT!r} (old reason)"]},
                "checks": [
                    {"path": "summary[0]", "claim": "The armies met.", "verdict": "supported"},
                    {"path": "key_points[0]", "claim": OLD_POINT, "verdict": "unsupported",
                     "reason": "says 'three-day'; the article says 'two-day'"},
                ],
            },
        }
    )  # fmt: skip
    return Note(record, seed_article())


def test_an_older_records_unsupported_prose_shows_as_written() -> None:
    note = legacy_note()
    assert [item.key for item in note.unsupported()] == ["claim-key_points-0"]
    assert note.contradicted() == [] and note.unverified() == []
    summary = note.briefing.grounding
    assert summary is not None and summary.prose_legacy_unsupported == 1
    assert "prose 50% supported (1 of 2 sentences, 1 unsupported)" in note.grounding_rate_text()
    markdown = render_markdown(note)
    assert f"- {OLD_POINT} ⚠ *unsupported: says 'three-day'; the article says 'two-day'*" in (
        markdown.replace("\\", "")
    )
    html = render_html(note)
    assert 'class="claim unsupported"' in html
    assert "unsupported: says &#39;three-day&#39;" in html
    assert "check against the source" not in html


def test_the_three_verdicts_keep_their_own_types() -> None:
    check = ClaimCheck(path="x", claim="y", verdict="unverified", rule="no_support")
    assert Briefing(headline="h", summary="s", checks=[check]).checks[0].verdict == "unverified"
    assert GroundingSummary(prose_checked=1, prose_unverified=1).prose_legacy_unsupported == 0
