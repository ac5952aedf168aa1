"""The fake server's realistic answers: model-sized briefings of the article asked about.

Benchmarks measure the step on these answers, so they must be what a model writes for
THAT article (names, quotes and dates taken from it, prose in other words), valid
against the schema, and served the same way in json and tools modes."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from newsbrief.schemas import Article, Briefing
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.openai_briefing import brief_via_openai
from tests.support.realistic_briefing import (
    _iso,
    _paraphrase,
    archive_copy,
    distinct_copy,
    example_articles,
    realistic_briefing,
)

ARTICLES = example_articles()


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_shipped_article_gets_a_valid_model_sized_briefing() -> None:
    sizes, actors, quotes, events = [], [], [], []
    for row in ARTICLES:
        answer = realistic_briefing(row["text"], row.get("title"))
        Briefing.model_validate(answer)  # the schema the model is asked for
        text = _flat(row["text"])
        assert len(answer["key_points"]) == 5
        for quote in answer["quotes"]:
            assert _flat(quote["text"]) in text  # verbatim, as the prompt demands
        for actor in answer["actors"]:
            assert actor["name"] in row["text"]
        sizes.append(len(json.dumps(answer)))
        actors.append(len(answer["actors"]))
        quotes.append(len(answer["quotes"]))
        events.append(sum(e["when_text"] is not None for e in answer["events"]))
    count = len(ARTICLES)
    assert count == 65
    assert sum(actors) / count >= 10  # about a dozen actors
    assert sum(quotes) / count >= 2  # several quotes
    assert sum(events) / count >= 2  # dated events
    assert sum(sizes) / count >= 3000  # a model's answer, not three sentences (~1 KB)


def test_prose_paraphrases_rather_than_copies() -> None:
    copied = total = 0
    for row in ARTICLES:
        answer = realistic_briefing(row["text"], row.get("title"))
        text = _flat(row["text"])
        for sentence in [*answer["key_points"], *re.split(r"(?<=\.) ", answer["summary"])]:
            total += 1
            copied += _flat(sentence) in text
    assert copied / total < 0.2


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # attribution tail dropped, synonym, one full stop
        (
            "The army announced more than 20 new posts on the border, the ministry said.",
            "The army said over 20 new posts on the border.",
        ),
        # relative clause dropped, leading connective dropped
        (
            "But the talks, which lasted two days in Oslo, ended with a deal on quotas.",
            "The talks ended with a deal on quotas.",
        ),
    ],
)
def test_paraphrase_rules(sentence: str, expected: str) -> None:
    assert _paraphrase(sentence) == expected


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("March 3", date(2022, 3, 7), "2022-03-03"),  # year from the publication date
        ("3 March 2019", None, "2019-03-03"),
        ("on Friday", date(2016, 11, 11), "2016-11-11"),  # 11 Nov 2016 was a Friday
        ("late Thursday", date(2016, 11, 11), "2016-11-10"),
        ("since 2002", None, "2002"),
        ("on Friday", None, None),  # a weekday cannot be dated without the publication
    ],
)
def test_dates_resolve_against_the_publication_date(
    expression: str, published: date | None, expected: str | None
) -> None:
    assert _iso(expression, published) == expected


@pytest.mark.parametrize("mode", ["json", "tools"])
async def test_served_through_the_real_backend_in_json_and_tools_modes(mode: str) -> None:
    row = next(r for r in ARTICLES if r["id"].startswith("000_"))  # a seed article
    article = Article(id=row["id"], title=row["title"], text=row["text"])
    async with FakeOpenAIServer(answers="realistic") as server:
        record = await brief_via_openai(server, article, mode=mode, max_reasks=0)
        request = server.completion_requests[0].body
    assert ("tools" in request) == (mode == "tools")
    briefing = record.briefing
    assert len(briefing.actors) >= 10
    assert len(briefing.key_points) == 5
    assert briefing.quotes and all(q.evidence and q.evidence.grounded for q in briefing.quotes)
    assert briefing.grounding is not None and briefing.grounding.prose_checked >= 8


def test_unknown_answers_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown answers 'huge'"):
        FakeOpenAIServer(answers="huge")


def test_a_distinct_copy_gives_each_sentence_a_word_of_its_own() -> None:
    text = 'Talks ended on Monday. "It is over!" he said.\nNo deal in 2016? (Not yet.)'
    assert distinct_copy(text, 7) == (
        'Talks ended on Monday zq7. "It is over zq7!" he said zq7.\n'
        "No deal in 2016 zq7? (Not yet zq7.)" + archive_copy("", 7)
    )


def test_distinct_copies_share_few_sentences_and_are_answered_from_their_own_text() -> None:
    """`--answers distinct`: no sentence-keyed cache is warm from another article, and
    the answer (quotes, summary) is written from the copy itself."""
    from newsbrief.text.sentences import split_sentences

    source = max(ARTICLES, key=lambda a: a["text"].count('"'))
    first, second = distinct_copy(source["text"], 1), distinct_copy(source["text"], 2)
    sentences = [{s.text for s in split_sentences(t)} for t in (first, second)]
    assert len(sentences[0]) > 10
    assert len(sentences[0] & sentences[1]) <= len(sentences[0]) // 10
    answer = realistic_briefing(second)
    quotes = [q["text"] for q in answer["quotes"]]
    assert quotes and all(_flat(q) in _flat(second) for q in quotes)
    assert "zq2" in json.dumps(answer) and "zq1" not in json.dumps(answer)
