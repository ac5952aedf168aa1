"""Prose in the HTML note, in headless Chromium: hovering a sentence lights up its support;
a changed number, a swapped speaker and "not" inserted into a quote are marked in place
as contradicted (red), a sentence the checks cannot link says "check against the
source" with its nearest support, and the grounding rate no longer reads 100%."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.grounding import ground_briefing
from newsbrief.notes import Note, render_html, render_markdown
from newsbrief.schemas import Briefing, BriefingRecord, Quote
from tests.notes.builders import provenance, seed_article
from tests.support.browser import artifact_path, browser_page

QUOTE = (
    "Both sides expressed the importance of maintaining and expanding bilateral "
    "cooperation between the army of Cambodia and that of Malaysia"
)
NOT_INSERTED = QUOTE.replace("of maintaining", "of not maintaining")
SUPPORT = "Cambodia and Malaysia’s armies are keen to strengthen bilateral cooperation"
# A paraphrase no rule can link to a sentence of the article: unverified, not red.
UNLINKED = "Both commanders praised the growing ties between their forces."


def note() -> Note:
    article = seed_article()
    briefing = Briefing(
        headline="Cambodia and Malaysia deepen army ties",
        summary="The armies of Cambodia and Malaysia want closer cooperation to support "
        "peacekeeping and regional security. Cambodian soldiers have trained under the "
        "Malaysian Defence Cooperation Programme since 2012.",
        key_points=[
            "Hun Manet met Malaysian Army chief Zamrose Mohd Zain on March 3.",
            "The meeting was on the second day of a three-day visit.",
            UNLINKED,
        ],
        quotes=[
            Quote(speaker="Hun Manet", text=QUOTE),
            Quote(speaker="RCAF", text=NOT_INSERTED),
        ],
    )
    grounded = ground_briefing(briefing, article.text)
    record = BriefingRecord(id=article.id, briefing=grounded, provenance=provenance())
    return Note(record, article)


def test_the_note_model_counts_prose_apart() -> None:
    built = note()
    summary = built.briefing.grounding
    assert summary is not None
    assert summary.rate is not None and summary.rate < 1  # approximate quote, wrong speaker
    assert (summary.prose_checked, summary.prose_supported) == (5, 2)
    assert (summary.prose_contradicted, summary.prose_unverified) == (2, 1)
    assert [item.key for item in built.contradicted()] == [
        "claim-summary-1",
        "claim-key_points-1",
    ]
    assert [item.key for item in built.unverified()] == ["claim-key_points-2"]
    assert built.unsupported() == []
    text = built.grounding_rate_text()
    assert "prose 40% supported (2 of 5 sentences, 2 contradicted, 1 unverified)" in text
    markdown = render_markdown(built)
    assert "Contradicted by the article (do not use as written):" in markdown
    assert f"- ? sentence: {UNLINKED} (no sentence of the article supports it" in markdown
    assert "; nearest support: " in markdown
    assert "? *check against the source*" in markdown
    assert "sentence: The meeting was on the second day of a three-day visit. (says " in markdown
    assert "speaker of quotes\\[0\\].speaker: Hun Manet (says 'Hun Manet' said it" in markdown
    assert "≈ *approximate: the quote adds 'not'*" in markdown


@pytest.mark.browser
def test_hover_support_and_marks_in_place(tmp_path: Path) -> None:
    path = tmp_path / "prose.html"
    path.write_text(render_html(note()), encoding="utf-8")
    with browser_page() as page:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.resolve().as_uri())

        # Hovering the first summary sentence lights up its support, and only that.
        first = page.locator('.claim[data-claim="claim-summary-0"]')
        assert page.locator(".supporting").count() == 0
        first.hover()
        lit = page.locator(".supporting")
        assert lit.count() >= 1
        assert SUPPORT in " ".join(lit.all_inner_texts())
        colour = lit.first.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
        page.mouse.move(0, 0)
        assert page.locator(".supporting").count() == 0

        # The changed year and the changed number are marked in place, red, with the reason.
        second = page.locator('.claim[data-claim="claim-summary-1"]')
        assert "contradicted" in (second.get_attribute("class") or "")
        summary_text = page.locator("p.summary").inner_text()
        assert "contradicted: says '2012'; the article says '2002'" in summary_text
        point = page.locator("ul.points li").nth(1)
        assert "says 'three-day'" in point.inner_text()
        red = page.locator(".contradicted-flag").first
        assert red.evaluate("e => getComputedStyle(e).color") == "rgb(176, 0, 32)"

        # The sentence no rule could link is not red: it asks for a check, with the
        # article sentence it came nearest to.
        unlinked = page.locator('.claim[data-claim="claim-key_points-2"]')
        assert "unverified" in (unlinked.get_attribute("class") or "")
        flag = page.locator("ul.points li").nth(2).locator(".unverified-flag")
        assert "check against the source: nearest support" in flag.inner_text()
        assert flag.evaluate("e => getComputedStyle(e).color") != "rgb(176, 0, 32)"

        # The quote with "not" inserted is approximate, without a ✓; the speaker is wrong.
        quotes = page.locator("blockquote")
        assert quotes.count() == 2
        approximate = quotes.nth(1)
        assert "≈ approximate: the quote adds 'not'" in approximate.inner_text()
        assert approximate.locator(".ok").count() == 0
        wrong = quotes.nth(0).locator(".speaker-flag")
        assert wrong.is_visible()
        assert "the article attributes it to 'RCAF'" in wrong.inner_text()

        grounding = page.locator("#grounding").inner_text()
        assert "100%" not in grounding
        assert "prose 40% supported (2 of 5 sentences, 2 contradicted, 1 unverified)" in grounding
        assert page.locator("#contradicted li").count() == 3  # 2 sentences + 1 speaker
        assert page.locator("#unverified li").count() == 1
        assert "100%" not in page.locator("#grounding-meter").inner_text()
        # what the supported sentences rest on: linked, not read for meaning
        basis = page.locator("#grounding .supported-basis").inner_text()
        assert "The checks do not read meaning" in basis, basis
        page.screenshot(path=str(artifact_path("note-prose.png")), full_page=True)
        # examples/screenshots/note-verdicts-*.png are these two (copied by hand)
        page.locator("#grounding").scroll_into_view_if_needed()
        page.locator("#grounding").screenshot(
            path=str(artifact_path("note-verdicts-grounding.png"))
        )
        page.locator("ul.points").first.scroll_into_view_if_needed()
        points = page.locator("ul.points").first
        points.screenshot(path=str(artifact_path("note-verdicts-claims.png")))
        assert errors == []
