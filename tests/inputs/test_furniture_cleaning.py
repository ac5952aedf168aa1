"""Page furniture is blanked before any backend sees an article, offsets unchanged.

The expected spans for the seed articles were read off the seeds by hand: every one is
page furniture, and nothing else in the seeds is.
"""

from __future__ import annotations

import json

import pytest

from newsbrief.backends import create_backend
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article
from newsbrief.text.cleaning import clean_article, compact_blank_lines, furniture_spans
from tests.inputs.cli_helpers import SEEDS_JSONL
from tests.support.fake_openai import FakeOpenAIServer

SEEDS = {
    article.id[:3]: article
    for article in (
        Article.model_validate(json.loads(line))
        for line in SEEDS_JSONL.read_text(encoding="utf-8").splitlines()
    )
}

EXPECTED = {
    "000": [
        ("byline", "Ry Sochan"),
        ("repeat", "Ry Sochan"),
        ("byline", "The Phnom Penh Post"),
        ("file_name", "hun_manet_-_malaysia.jpeg"),
        ("caption", "A meeting on March 3 between RCAF deputy commander-in-chief"),
        ("control", "scroll to top"),
    ],
    "001": [],
    "002": [],
    "003": [
        ("byline", "Grand News Asia Close"),
        ("other_script", "ដោយ៖ Morm Sokun"),
        ("caption", "Ex-diplomat hails ‘golden opportunity” to reset Cambodia-US partnership US"),
        ("caption", "Former diplomat Pou Sothirak speaks to Khmer Times. KT/Heng Chivoan"),
        ("other_script", "អត្ថបទទាក់ទង"),
    ],
    "004": [],
}


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_furniture_is_exactly_the_expected_lines(seed: str) -> None:
    article = SEEDS[seed]
    spans = furniture_spans(article.text, article.title)
    found = [(s.kind, article.text[s.start : s.end]) for s in spans]
    assert len(found) == len(EXPECTED[seed])
    for (kind, text), (want_kind, want_start) in zip(found, EXPECTED[seed], strict=True):
        assert kind == want_kind and text.startswith(want_start)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_cleaning_keeps_every_offset_of_the_original(seed: str) -> None:
    article = SEEDS[seed]
    cleaned = clean_article(article)
    assert len(cleaned.text) == len(article.text)
    blanked = {i for s in cleaned.furniture for i in range(s.start, s.end)}
    for i, (was, now) in enumerate(zip(article.text, cleaned.text, strict=True)):
        assert now == (" " if i in blanked and was not in "\r\n" else was)
    assert clean_article(cleaned) is cleaned  # idempotent
    if not EXPECTED[seed]:
        assert cleaned is article


@pytest.mark.parametrize(
    ("text", "title", "kinds"),
    [
        # A headline repeated later, and glued to a caption: both repeats go.
        (
            (
                "Floods hit the river delta hard\nThe river rose by two metres on Monday, officials said.\n"
                "Floods hit the river delta hard\nMore rain is expected this week, forecasters said."
            ),
            None,
            ["repeat"],
        ),
        ("By Jane Doe\nThe river rose by two metres on Monday, officials said.", None, []),
        (
            "Floods hit the delta\nBy Jane Doe and John Roe\nThe river rose on Monday, officials said.",
            None,
            ["byline"],
        ),
        (
            "Floods hit the delta\nThe river rose on Monday, officials said.\nPhoto: Reuters/Ann Lee",
            None,
            ["caption"],
        ),
        (
            "Floods hit the delta\nThe river rose on Monday.\nADVERTISEMENT\nRead more\nBack to top",
            None,
            ["control", "control", "control"],
        ),
        # A lead paragraph that starts with its byline is prose: it stays whole.
        (
            (
                "FBI clears Clinton in email review\nBy Alana Wise and Mark Hosenball WASHINGTON, "
                "Nov 6 (Reuters) - The FBI said on Sunday it stood by its July conclusion."
            ),
            None,
            [],
        ),
        # A whole article in Khmer keeps every line: other script means other than the article's.
        ("ទន្លេមេគង្គ ឡើងខ្ពស់\nទឹកជំនន់ បានលិចភូមិ ជាច្រើន។", None, []),
        # Short name-like lines further down the article are headings, not bylines.
        (
            "Title of the story here\n"
            + "".join(f"Body sentence number {i} is here.\n" for i in range(12))
            + "Next Steps",
            None,
            [],
        ),
        # Windows line breaks: the span stops before '\r'.
        (
            "Floods hit the delta\r\nscroll to top\r\nThe river rose on Monday.\r\n",
            None,
            ["control"],
        ),
    ],
)
def test_furniture_rules(text: str, title: str | None, kinds: list[str]) -> None:
    spans = furniture_spans(text, title)
    assert [s.kind for s in spans] == kinds
    for span in spans:
        assert "\r" not in text[span.start : span.end] and "\n" not in text[span.start : span.end]


def test_the_first_line_glued_to_a_repeat_loses_only_the_headline() -> None:
    text = (
        "Floods hit the river delta hard\nThe river rose by two metres, officials said.\n"
        "Floods hit the river delta hard and more rain is expected this week, they said."
    )
    (span,) = furniture_spans(text)
    assert text[span.start : span.end] == "Floods hit the river delta hard"
    assert span.start == text.rindex("Floods")


def test_the_prompt_carries_no_furniture_and_no_blank_padding() -> None:
    article = clean_article(SEEDS["000"])
    user = load_prompt("briefing@v1").render(article)[-1]["content"]
    for furniture in ("Ry Sochan", "Phnom Penh Post", "hun_manet", "scroll to top"):
        assert furniture not in user
    assert "PHNOM PENH – Cambodia and Malaysia’s armies" in user
    assert "\n\n\n" not in compact_blank_lines(article.text)
    assert not any(line and not line.strip() for line in user.splitlines())


async def test_every_backend_gets_the_cleaned_article_and_offsets_point_at_the_original() -> None:
    original = SEEDS["000"]
    prompt = load_prompt("briefing@v1")
    with FakeOpenAIServer() as server:
        backend = create_backend("openai:test-model", base_url=server.base_url)
        try:
            record = await brief_article(original, backend, prompt)
        finally:
            await backend.aclose()
        sent = server.completion_requests[-1].body["messages"][-1]["content"]
    assert isinstance(record, BriefingRecord)
    assert "hun_manet_-_malaysia.jpeg" not in sent and "scroll to top" not in sent
    assert "Ry Sochan" not in sent
    grounded = [q for q in record.briefing.quotes if q.evidence and q.evidence.grounded]
    assert grounded, "the fake model quotes the article"
    for quote in grounded:
        assert quote.evidence is not None and quote.evidence.start is not None
        span = original.text[quote.evidence.start : quote.evidence.end]
        assert span.strip("“”\"' ")[:40] == quote.text.strip("“”\"' ")[:40]


async def test_the_baseline_never_leads_with_furniture() -> None:
    backend = create_backend("baseline")
    record = await brief_article(SEEDS["000"], backend, load_prompt("briefing@v1"))
    assert isinstance(record, BriefingRecord)
    written = record.briefing.model_dump_json()
    for furniture in ("Ry Sochan", "hun_manet", "scroll to top", "The Phnom Penh Post"):
        assert furniture not in written
