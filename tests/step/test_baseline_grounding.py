"""The deterministic baseline backend gets the same grounding and long-article path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.backends import create_backend
from newsbrief.backends.baseline.backend import BaselineBackend
from newsbrief.grounding import normalise_phrase
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article
from newsbrief.step.chunking import split_text
from newsbrief.step.long_article import article_token_budget

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"
PROMPT = load_prompt("briefing@v1")


class CountingBaseline(BaselineBackend):
    """The real baseline, counting its calls (to see the chunked path happen)."""

    calls = 0

    async def brief(self, article, prompt):  # type: ignore[no-untyped-def]
        type(self).calls += 1
        return await super().brief(article, prompt)


async def test_seed_briefings_carry_round_tripping_evidence() -> None:
    backend = create_backend("baseline")
    checked = grounded = 0
    for line in SEEDS.read_text("utf-8").splitlines():
        article = Article.model_validate(json.loads(line))
        record = await brief_article(article, backend, PROMPT)
        assert isinstance(record, BriefingRecord)
        briefing = record.briefing
        assert briefing.grounding is not None
        assert briefing.grounding.checked > 0
        checked += briefing.grounding.checked
        grounded += briefing.grounding.grounded
        for quote in briefing.quotes:
            ev = quote.evidence
            assert ev is not None and ev.grounded, quote.text
            assert ev.method in ("exact", "normalised", "fuzzy")
            found = article.text[ev.start : ev.end]
            if ev.method == "exact":
                assert found == quote.text
            elif ev.method == "normalised":
                assert normalise_phrase(found) == normalise_phrase(quote.text)
        for actor in briefing.actors:
            if actor.evidence is not None and actor.evidence.method == "exact":
                span = article.text[actor.evidence.start : actor.evidence.end]
                assert span in (actor.name, *actor.aliases)
    assert grounded / checked >= 0.9


@pytest.mark.slow
async def test_baseline_briefs_a_long_one_paragraph_article_in_chunks() -> None:
    sentence = "The minister met army officials on March 3 in Phnom Penh to discuss trade. "
    text = sentence * 2700  # ~200,000 characters, one paragraph
    backend = CountingBaseline()
    backend.context_tokens = 8000
    chunks = split_text(text, article_token_budget(backend, PROMPT) or 0)
    record = await brief_article(Article(id="long", text=text), backend, PROMPT)
    assert isinstance(record, BriefingRecord)
    assert CountingBaseline.calls == len(chunks) + 1 > 10
    for event in record.briefing.events:
        if event.evidence is not None and event.evidence.grounded:
            assert text[event.evidence.start : event.evidence.end] == event.when_text
