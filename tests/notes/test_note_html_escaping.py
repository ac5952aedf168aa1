"""The HTML note: article and model text are escaped, highlights cover exact offsets,
overlapping spans become flat segments, and the page needs nothing from the network."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsbrief.notes import Note, Span, highlight_article, render_html
from newsbrief.notes.highlight import segments
from tests.notes.builders import (
    FABRICATED_QUOTE,
    HOSTILE_TEXT,
    hostile_article,
    hostile_record,
    seed_article,
    seed_record,
)


class _Tags(HTMLParser):
    """Collects start tags and the text inside <mark> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self._in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append((dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            attrs, text = self.marks[-1]
            self.marks[-1] = (attrs, text + data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_segments_cut_overlapping_spans_into_flat_pieces() -> None:
    spans = [Span(2, 8, "quote", "quote-0", "q"), Span(5, 10, "actor", "actor-0", "a")]
    cut = [(a, b, [s.key for s in cover]) for a, b, cover in segments(12, spans)]
    assert cut == [
        (0, 2, []),
        (2, 5, ["quote-0"]),
        (5, 8, ["actor-0", "quote-0"]),
        (8, 10, ["actor-0"]),
        (10, 12, []),
    ]


def test_overlap_segment_carries_both_keys_and_the_shorter_span_colours_it() -> None:
    text = "abcdefghijkl"
    html = str(
        highlight_article(
            text, [Span(2, 8, "quote", "quote-0", "q"), Span(5, 7, "actor", "actor-0", "a")]
        )
    )
    parsed = _parse(html)
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert [m["data-keys"] for m in marks] == ["quote-0", "actor-0 quote-0", "quote-0"]
    assert marks[1]["class"] == "hl hl-actor has-actor has-quote hl-overlap"
    assert [text for _, text in parsed.marks] == ["cde", "fg", "h"]
    # The visible text is the article, unchanged and in order.
    assert re.sub(r"<[^>]+>", "", html) == text


def test_hostile_article_text_is_escaped_inside_and_outside_highlights() -> None:
    spans = Note(hostile_record(), hostile_article()).spans()
    assert len(spans) == 4
    html = str(highlight_article(HOSTILE_TEXT, spans))
    tags = {tag for tag, _ in _parse(html).tags}
    assert tags == {"mark"}
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in html
    assert "&lt;b&gt;everything&lt;/b&gt; &amp; more" in html


def test_hostile_note_page_has_no_injected_elements_or_attributes() -> None:
    page = render_html(Note(hostile_record(), hostile_article()))
    tags = _parse(page).tags
    assert [t for t, _ in tags].count("script") == 1  # only the page's own script
    assert not any(t in ("img", "b", "i", "iframe") for t, _ in tags)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert "prompt injection suspected" in page


def test_page_is_self_contained_with_a_strict_content_security_policy() -> None:
    page = render_html(Note(seed_record(), seed_article()))
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    assert "@import" not in page
    assert "url(" not in page
    metas = [attrs for tag, attrs in _parse(page).tags if tag == "meta"]
    csp = next(
        m["content"] or "" for m in metas if m.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp)


def test_highlights_cover_exactly_the_grounded_offsets() -> None:
    article = seed_article()
    note = Note(seed_record(article), article)
    parsed = _parse(render_html(note))
    by_key: dict[str, str] = {}
    for attrs, text in parsed.marks:
        for key in (attrs.get("data-keys") or "").split():
            by_key[key] = by_key.get(key, "") + text
    assert by_key["actor-0"] == "Hun Manet"
    assert by_key["quote-1"] == "opened another page of history"
    assert by_key["event-0"] == "March 3"
    assert "quote-2" not in by_key  # the fabricated quote has nothing to highlight


def test_ungrounded_items_are_flagged_in_the_briefing_panel() -> None:
    page = render_html(Note(seed_record(), seed_article()))
    quote_block = page.split('data-key="quote-2"', 1)[1].split("</blockquote>", 1)[0]
    assert FABRICATED_QUOTE in quote_block
    assert "⚠ not found in article" in quote_block
    assert 'class="item ungrounded"' in page


def test_page_names_backend_model_and_prompt_version() -> None:
    page = render_html(Note(seed_record(), seed_article()))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "backend baseline" in text
    assert "prompt briefing@v1" in text
    assert "hash abc123def456" in text


def test_note_without_article_text_renders_without_highlights() -> None:
    page = render_html(Note(seed_record()))
    assert '<mark class="hl' not in page
    assert "The article text is not available" in page
