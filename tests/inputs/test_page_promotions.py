"""Saved pages of the common layouts: promotions inside the article body never reach
what a backend briefs, the article's own sentences all do, and a page with no article
(navigation and footer only) is refused with exit 2 and a message, never briefed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.inputs.html import html_article
from newsbrief.inputs.pagetext import has_article_text
from newsbrief.run.rundir import read_errors
from newsbrief.text.cleaning import clean_article
from tests.support.cli import run_cli
from tests.support.saved_pages import BODY, LAYOUTS, NAVIGATION_ONLY, PROMOS, page


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_promotions_are_not_briefed_and_the_article_is(layout: str) -> None:
    cleaned = clean_article(html_article(page(layout), "bridge")).text
    for name, (_, phrase) in PROMOS.items():
        assert phrase not in cleaned, f"{name} reached the briefed text"
    flat = " ".join(cleaned.split())
    for sentence in BODY:
        assert sentence in flat


@pytest.mark.parametrize("name", sorted(NAVIGATION_ONLY))
def test_a_page_with_no_article_is_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "front.html"
    path.write_text(NAVIGATION_ONLY[name], encoding="utf-8")
    assert run_cli("note", path) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "no article text" in err and "save the article page itself" in err


def test_in_a_folder_the_page_with_no_article_is_an_error_record(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "front.html").write_text(NAVIGATION_ONLY["link bars"], encoding="utf-8")
    (folder / "bridge.html").write_text(page("bare paragraphs"), encoding="utf-8")
    assert run_cli("run", folder, "--run-dir", tmp_path / "run", "--quiet") == 0
    (error,) = read_errors(tmp_path / "run")
    assert error.id == "front.html" and "only navigation or footer" in error.message


@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("Home | World | Sport", False),
        ("About us · Contact · Privacy\n© 2026 Lennport Times. All rights reserved.", False),
        ("Home\nWorld\nContact us", False),
        ("Read our cookie policy and manage your cookie settings here today", False),
        ("The council voted on Tuesday to build a bridge.", True),
        ("Home | World\nThe council voted on Tuesday to build a bridge.", True),
        ("Storm hits coast", False),
        ("Mayor: the bridge will open in 2029 as planned", True),
    ],
)
def test_what_counts_as_article_text(text: str, article: bool) -> None:
    assert has_article_text(text) is article
