"""Notes cite their source: outlet, author, publication date and link from wherever the
input carries them, the generation date labelled as such, and a plain "no date" when
the article has none. Markdown, HTML (in Chromium), Word, `--from-run` and digests."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from newsbrief.notes.citation import NO_DATE, citation_of
from newsbrief.schemas import Article
from tests.conftest import REPO
from tests.support.browser import artifact_path, browser_page
from tests.support.cli import run_cli

PAGE = REPO / "examples" / "saved-page.html"
URL = "https://valley-courier.example/news/2026/03/rail-link-reopens"
PAGE_LINE = f"Source: The Valley Courier · by Priya Nandakumar · published 2026-03-14 · {URL}"


def article(**fields: Any) -> Article:
    meta = fields.pop("meta", {})
    return Article(id="a1", text="Text.", meta=meta, **fields)


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        (
            {"source": "Reuters", "published": "2024-05-02", "url": "https://r.example/a"},
            "Source: Reuters · published 2024-05-02 · https://r.example/a",
        ),
        (  # JSONL/CSV extras arrive in meta: author, and other spellings of the fields
            {"meta": {"outlet": "The Times", "author": "Ana Lima", "date": "2024-05-02T08:15:00Z"}},
            "Source: The Times · by Ana Lima · published 2024-05-02 08:15 UTC",
        ),
        (
            {
                "meta": {
                    "publisher": "AP",
                    "authors": ["A. One", "B. Two"],
                    "link": "http://x.example/",
                }
            },
            f"Source: AP · by A. One, B. Two · {NO_DATE} · http://x.example/",
        ),
        ({"published": "March 3, 2024"}, "Source: published March 3, 2024"),
        ({"published": "2024-03-03T00:00:00"}, "Source: published 2024-03-03"),
        ({"published": "2024-03-03T14:05:00+02:00"}, "Source: published 2024-03-03 14:05 +02:00"),
        ({}, f"Source: {NO_DATE}"),
        ({"source": "  ", "meta": {"author": ""}}, f"Source: {NO_DATE}"),
    ],
)
def test_citation_fields_from_the_input(fields: dict[str, Any], line: str) -> None:
    citation = citation_of(article(**fields))
    assert citation is not None and citation.line() == line


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://a.example/x", "https://a.example/x"),
        ("http://a.example/x?y=1", "http://a.example/x?y=1"),
        ("javascript:alert(1)", None),
        ('https://a.example/x"><script>', None),
        ("www.a.example", None),
    ],
)
def test_only_web_addresses_become_links(url: str, link: str | None) -> None:
    citation = citation_of(article(url=url))
    assert citation is not None and citation.link == link


def test_markdown_and_word_notes_of_a_saved_page_cite_it(tmp_path: Path) -> None:
    assert run_cli("note", PAGE, "-o", tmp_path / "n.md") == 0
    text = (tmp_path / "n.md").read_text(encoding="utf-8")
    assert (
        f"Source: The Valley Courier · by Priya Nandakumar · published 2026-03-14 · <{URL}>"
    ) in text
    assert " · generated " in text  # the note's own date, labelled
    assert run_cli("note", PAGE, "-o", tmp_path / "n.docx") == 0
    doc = Document(io.BytesIO((tmp_path / "n.docx").read_bytes()))
    assert PAGE_LINE in [p.text for p in doc.paragraphs]


def test_a_note_of_an_article_without_a_date_says_so(tmp_path: Path) -> None:
    assert run_cli("note", REPO / "examples" / "article.txt", "-o", tmp_path / "n.md") == 0
    assert f"Source: {NO_DATE}" in (tmp_path / "n.md").read_text(encoding="utf-8")


def test_from_run_and_digest_cite_jsonl_fields(tmp_path: Path) -> None:
    """JSONL keys `source`, `author`, `published`, `url` (docs/inputs.md)."""
    row = {
        "id": "n1",
        "title": "Port reopens",
        "text": "The port of Harwick reopened on Monday after repairs, officials said.",
        "source": "Harbour Gazette",
        "author": "Tomas Reyes",
        "published": "2026-02-02T10:00:00Z",
        "url": "https://gazette.example/port",
    }
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(row) + "\n", encoding="utf-8")
    run_dir = tmp_path / "run"
    assert run_cli("run", source, "--run-dir", run_dir, "--quiet") == 0
    expected = (
        "Source: Harbour Gazette · by Tomas Reyes · published 2026-02-02 10:00 UTC · "
        "<https://gazette.example/port>"
    )
    assert run_cli("note", "--from-run", run_dir, "--id", "n1", "-o", tmp_path / "n.md") == 0
    assert expected in (tmp_path / "n.md").read_text(encoding="utf-8")
    assert run_cli("digest", run_dir, "-o", tmp_path / "d.md") == 0
    assert expected in (tmp_path / "d.md").read_text(encoding="utf-8")
    assert run_cli("digest", run_dir, "-o", tmp_path / "d.html") == 0
    assert "Harbour Gazette" in (tmp_path / "d.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_html_note_of_a_saved_page_shows_its_source_in_chromium(tmp_path: Path) -> None:
    note = tmp_path / "note.html"
    assert run_cli("note", PAGE, "-o", note) == 0
    with browser_page() as page:
        page.goto(note.resolve().as_uri())
        cite = page.locator("#citation")
        assert cite.is_visible()
        assert cite.locator(".outlet").inner_text() == "The Valley Courier"
        assert cite.locator(".author").inner_text() == "Priya Nandakumar"
        assert cite.locator(".published").inner_text() == "published 2026-03-14"
        link = cite.locator("a.url")
        assert link.get_attribute("href") == URL and link.is_visible()
        # Readable where it is: the link is not drawn in the header's own colour.
        colours = link.evaluate(
            "e => [getComputedStyle(e).color,"
            " getComputedStyle(e.closest('header')).backgroundColor]"
        )
        assert colours[0] != colours[1], colours
        chip = page.locator(".chips .chip", has_text="generated")
        assert chip.count() == 1 and "not the article's date" in (chip.get_attribute("title") or "")
        page.screenshot(path=str(artifact_path("note-citation.png")), full_page=False)
