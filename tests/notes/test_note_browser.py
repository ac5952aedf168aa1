"""The HTML note in headless Chromium: highlights and ⚠ marks are visible, hover and
click reveal the source sentence, and script injected through an article never runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.notes import Note, render_html
from tests.notes.builders import (
    FABRICATED_QUOTE,
    hostile_article,
    hostile_record,
    seed_article,
    seed_record,
)
from tests.support.browser import artifact_path, browser_page

pytestmark = pytest.mark.browser

SOURCE_SENTENCE = (
    "Lieutenant General Manet and General Zamrose highlighted that the visit had "
    "“opened another page of history” in the cooperation between the two armies,"
)


def _write(tmp_path: Path, note: Note, name: str) -> str:
    path = tmp_path / name
    path.write_text(render_html(note), encoding="utf-8")
    return path.resolve().as_uri()


def test_seed_note_highlights_marks_and_source_sentences(tmp_path: Path) -> None:
    article = seed_article()
    url = _write(tmp_path, Note(seed_record(article), article), "seed.html")
    with browser_page() as page:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(url)

        quote = page.locator('mark.hl[data-keys~="quote-1"]')
        assert quote.count() == 1
        assert quote.is_visible()
        assert quote.inner_text() == "opened another page of history"
        colour = quote.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
        assert page.locator("mark.hl.hl-actor").count() >= 3

        flag = page.locator('[data-key="quote-2"] .flag')
        assert flag.is_visible()
        assert "not found in article" in flag.inner_text()
        assert FABRICATED_QUOTE in page.locator("#grounding").inner_text()

        # Hover: the tooltip (title) names the item and its source sentence.
        quote.hover()
        title = quote.get_attribute("title") or ""
        assert title.startswith("quote: opened another page of history")
        assert SOURCE_SENTENCE in title
        # Click on the highlight: the inspector shows the same text.
        quote.click()
        inspector = page.locator("#inspector")
        assert inspector.is_visible()
        assert SOURCE_SENTENCE in inspector.inner_text()
        # Click "source" next to the quote in the briefing panel: the sentence opens.
        sentence = page.locator('[data-key="quote-1"] .sentence')
        assert not sentence.is_visible()
        page.locator('[data-key="quote-1"] details.src summary').click()
        assert sentence.is_visible()
        assert SOURCE_SENTENCE in sentence.inner_text()
        # Click an item: its highlights in the article become active.
        page.locator('[data-key="actor-1"] td').nth(2).click()
        assert "active" in (
            page.locator('mark.hl[data-keys~="actor-1"]').first.get_attribute("class") or ""
        )
        page.screenshot(path=str(artifact_path("note-seed.png")), full_page=True)
        assert errors == []


def test_injected_script_in_a_hostile_article_does_not_run(tmp_path: Path) -> None:
    url = _write(tmp_path, Note(hostile_record(), hostile_article()), "hostile.html")
    with browser_page() as page:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("img, b, i, iframe").count() == 0
        article = page.locator(".article-text").inner_text()
        assert "<script>window.__pwned=1</script>" in article
        assert '<img src=x onerror="window.__pwned=1">' in article
        assert page.locator("#injection-warning").is_visible()
        # The page's own script still runs (the CSP pins it by hash), so the absence of
        # __pwned is due to escaping, not to scripts being switched off altogether.
        page.locator("mark.hl").first.click()
        assert page.locator("#inspector").is_visible()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        page.screenshot(path=str(artifact_path("note-hostile.png")), full_page=True)
