"""Source sentences and grounding status: what every note format agrees on."""

from __future__ import annotations

import pytest

from newsbrief.notes import Note, sentence_around
from newsbrief.schemas import Evidence
from tests.notes.builders import seed_article, seed_record

TEXT = (
    "Headline here\n\nFirst sentence. U.S. Secretary Lloyd Austin met Gen. Tea Seiha "
    "in Phnom Penh! “We agree,” he said. Last one"
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Headline", "Headline here"),
        ("First", "First sentence."),
        ("Lloyd Austin", "U.S. Secretary Lloyd Austin met Gen. Tea Seiha in Phnom Penh!"),
        ("Tea Seiha", "U.S. Secretary Lloyd Austin met Gen. Tea Seiha in Phnom Penh!"),
        ("We agree", "“We agree,” he said."),
        ("Last", "Last one"),
    ],
)
def test_sentence_around(phrase: str, expected: str) -> None:
    start = TEXT.index(phrase)
    assert sentence_around(TEXT, start, start + len(phrase)) == expected


def test_sentence_around_clamps_offsets_and_trims_long_sentences() -> None:
    assert sentence_around("abc", -5, 99) == "abc"
    long = "word " * 200
    assert sentence_around(long, 0, 4, limit=50).endswith("…")
    assert len(sentence_around(long, 0, 4, limit=50)) == 50


def test_item_statuses_follow_the_evidence() -> None:
    article = seed_article()
    note = Note(seed_record(article), article)
    status = {key: item.status for key, item in note.items.items()}
    assert status["quote-1"] == "grounded"
    assert status["quote-2"] == "ungrounded"
    assert status["actor-3"] == "unchecked"  # no evidence at all
    assert status["fivew-what"] == "paraphrase"  # not found, but a paraphrase
    assert status["fivew-where"] == "ungrounded"
    assert status["event-1-where"] == "ungrounded"
    sentence = (
        "Lieutenant General Manet and General Zamrose highlighted that the visit had "
        "“opened another page of history” in the cooperation between the two armies, "
        "which they said would only become more active, comprehensive and stronger."
    )
    assert note.item("quote-1").sources == (sentence,)  # type: ignore[union-attr]


def test_spans_outside_the_text_are_ignored_and_no_grounding_means_unchecked() -> None:
    record = seed_record(grounded=False)
    record.briefing.quotes[0].evidence = Evidence(start=10, end=10_000_000, method="exact")
    note = Note(record, seed_article())
    assert note.spans() == []
    assert not any(item.status == "ungrounded" for item in note.items.values())
    assert note.grounding_rate_text() == "not checked"
