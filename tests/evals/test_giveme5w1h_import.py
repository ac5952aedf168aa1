"""The Giveme5W1H importer on small hand-made files in the upstream format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbrief.evals.errors import Giveme5W1HFormatError
from newsbrief.evals.giveme5w1h import article_text, import_directory
from newsbrief.evals.goldio import load_gold
from newsbrief.schemas import NOT_STATED, GoldPhrase

REPO = Path(__file__).resolve().parents[2]
DEV_SOURCE = REPO.parent / "shared" / "datasets" / "giveme5w1h-gold" / "dev"
DEV_GOLD = REPO / "evals" / "gold" / "giveme5w1h-dev.jsonl"


def question(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"label": "x", "annotated": list(entries)}


def document(doc_id: str, **overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "dId": doc_id,
        "title": "Storm hits coast",
        "description": "A storm hit the coast on Sunday.",
        "text": "A storm hit the coast on Sunday. It’s the worst in years, officials said.",
        "date_publish": "2016-11-14 09:00:00",
        "publisher": "example",
        "url": "http://example.org/storm",
        "category": "weather",
        "parsingError": "false",
        "fiveWoneH": {
            "who": question({"text": "A storm", "coderPhraseCount": 3}),
            "what": question(
                {"text": "hit the coast", "coderPhraseCount": 2},
                {"text": "hit", "coderPhraseCount": 0},
            ),
            "when": question({"text": "Sunday", "coderPhraseCount": 3, "parsed": "2016-11-13"}),
            "where": question({"coderPhraseCount": 3}),
            "why": question(
                {"text": "worst in years", "coderPhraseCount": 1}, {"coderPhraseCount": 2}
            ),
            "how": question({"text": "It's the worst", "coderPhraseCount": 1}),
        },
    }
    doc.update(overrides)
    return doc


def write(folder: Path, *docs: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (folder / f"{doc['dId']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def phrases(value: object) -> list[tuple[list[str], float, str | None]]:
    assert isinstance(value, list)
    return [
        (p.alternatives, round(p.weight, 4), p.date) for p in value if isinstance(p, GoldPhrase)
    ]


def test_coder_counts_become_weights_and_zero_counts_are_dropped(tmp_path: Path) -> None:
    result = import_directory(write(tmp_path, document("d1")))
    five = result.records[0].gold.five_w1h
    assert five is not None
    assert phrases(five.who) == [(["A storm"], 1.0, None)]
    assert phrases(five.what) == [(["hit the coast"], 0.6667, None)]
    assert result.stats.zero_count_dropped == 1


def test_parsed_dates_are_kept_on_the_phrase(tmp_path: Path) -> None:
    five = import_directory(write(tmp_path, document("d1"))).records[0].gold.five_w1h
    assert five is not None
    assert phrases(five.when) == [(["Sunday"], 1.0, "2016-11-13")]


def test_no_answer_entries(tmp_path: Path) -> None:
    no_when = document("d2")
    no_when["fiveWoneH"]["when"] = question({"coderPhraseCount": 3, "parsed": "2016-11-12"})
    result = import_directory(write(tmp_path, document("d1"), no_when))
    first, second = (record.gold.five_w1h for record in result.records)
    assert first is not None
    assert second is not None
    # All coders agreed there is no answer -> NOT_STATED.
    assert first.where == NOT_STATED
    # Some coders gave a phrase, others voted 'no answer': the phrase stays, weight 1/3.
    assert phrases(first.why) == [(["worst in years"], 0.3333, None)]
    # A text-less date: still no phrase in the article, the coders' date goes to notes.
    assert second.when == NOT_STATED
    assert "coders' date 2016-11-12" in (result.records[1].notes or "")
    assert result.stats.not_stated == 3


def test_unannotated_question_stays_unlabelled(tmp_path: Path) -> None:
    doc = document("d1")
    del doc["fiveWoneH"]["how"]
    doc["fiveWoneH"]["why"] = question()
    five = import_directory(write(tmp_path, doc)).records[0].gold.five_w1h
    assert five is not None
    assert five.how is None
    assert five.why is None


def test_article_text_joins_title_description_and_body_without_repeats() -> None:
    doc = document("d1")
    assert article_text(doc) == f"{doc['title']}\n\n{doc['text']}"
    doc["description"] = "Officials warn of more storms."
    assert article_text(doc) == "\n\n".join([doc["title"], doc["description"], doc["text"]])


def test_parsing_error_articles_stay_in_with_their_short_text(tmp_path: Path) -> None:
    short = document("d3", parsingError="true", text="Storm.", description="")
    result = import_directory(write(tmp_path, short))
    record, article = result.records[0], result.articles[0]
    assert record.text == article.text == "Storm hits coast\n\nStorm."
    assert "parsingError" in (record.notes or "")
    assert article.meta["parsing_error"] is True
    assert result.stats.parsing_error == 1


def test_escapes_are_decoded_and_article_spelling_added(tmp_path: Path) -> None:
    doc = document("d1")
    doc["fiveWoneH"]["who"] = question({"text": "Mondel\\u0113z", "coderPhraseCount": 3})
    doc["fiveWoneH"]["how"] = question(
        {"text": "It\\u2019s the worst", "coderPhraseCount": 2},
        {"text": 'said \\"worst\\"', "coderPhraseCount": 1},
    )
    five = import_directory(write(tmp_path, doc)).records[0].gold.five_w1h
    assert five is not None
    assert phrases(five.who) == [(["Mondelēz"], 1.0, None)]
    # The article already uses the curly apostrophe: nothing to add.
    assert phrases(five.how)[0][0] == ["It’s the worst"]
    assert phrases(five.how)[1][0] == ['said "worst"']
    # Straight apostrophe in the phrase, curly in the article -> both spellings.
    straight = import_directory(write(tmp_path / "b", document("d1"))).records[0]
    assert straight.gold.five_w1h is not None
    assert phrases(straight.gold.five_w1h.how) == [
        (["It's the worst", "It’s the worst"], 0.3333, None)
    ]


def test_other_gold_fields_are_unlabelled_and_article_export_matches(tmp_path: Path) -> None:
    result = import_directory(write(tmp_path, document("d1")))
    record, article = result.records[0], result.articles[0]
    assert (record.id, record.source, record.title) == ("d1", "giveme5w1h", "Storm hits coast")
    assert record.gold.actors is None
    assert record.gold.quotes is None
    assert record.gold.headline is None
    assert record.gold.topics is None
    assert (article.id, article.text, article.published, article.source) == (
        "d1",
        record.text,
        "2016-11-14 09:00:00",
        "example",
    )
    assert article.meta == {"dataset": "giveme5w1h", "parsing_error": False, "category": "weather"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a readable JSON file"),
        ("[1]", "expected a JSON object"),
        (json.dumps({"dId": "x", "text": "t"}), "missing keys ['fiveWoneH']"),
        (
            json.dumps(document("x", fiveWoneH={"who": question({"coderPhraseCount": 5})})),
            "coderPhraseCount must be 0..3",
        ),
    ],
)
def test_format_errors_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(Giveme5W1HFormatError, match="bad.json") as caught:
        import_directory(tmp_path)
    assert message in str(caught.value)


def test_empty_or_missing_folder_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(Giveme5W1HFormatError, match="no \\*.json files"):
        import_directory(tmp_path)
    with pytest.raises(Giveme5W1HFormatError, match="not a directory"):
        import_directory(tmp_path / "absent")


def test_committed_dev_gold_is_exactly_what_the_importer_produces() -> None:
    if not DEV_SOURCE.is_dir():
        pytest.skip(f"{DEV_SOURCE} not present; cannot regenerate the dev gold")
    assert load_gold(DEV_GOLD) == import_directory(DEV_SOURCE).records
