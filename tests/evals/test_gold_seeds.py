"""The hand-labelled seed gold is valid, complete and copied verbatim from the articles.

The verbatim check here is written independently of `newsbrief.evals.goldverbatim` so that a bug
in the validator cannot hide a non-verbatim gold item.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.evals.goldio import load_gold, validate_gold_file
from newsbrief.schemas import NOT_STATED, GoldRecord

REPO = Path(__file__).resolve().parents[2]
SEED_GOLD = REPO / "evals" / "gold" / "seeds.jsonl"
SEED_ARTICLES = REPO / "examples" / "seeds.jsonl"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def _articles() -> dict[str, dict[str, str]]:
    lines = SEED_ARTICLES.read_text(encoding="utf-8").splitlines()
    return {obj["id"]: obj for obj in map(json.loads, lines)}


def _flat(text: str) -> str:
    return " ".join(text.split())


GOLD = load_gold(SEED_GOLD)
ARTICLES = _articles()


def test_seed_gold_has_no_problem_at_all() -> None:
    assert validate_gold_file(SEED_GOLD) == []


def test_one_record_per_seed_article_with_its_text_and_title() -> None:
    assert [record.id for record in GOLD] == list(ARTICLES)
    for record in GOLD:
        assert record.text == ARTICLES[record.id]["text"]
        assert record.title == ARTICLES[record.id].get("title")


def test_seed_text_matches_the_shared_seed_files() -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"{SHARED_SEEDS} not present; examples/seeds.jsonl was checked instead")
    for record in GOLD:
        assert record.text == (SHARED_SEEDS / f"{record.id}.txt").read_text(encoding="utf-8")


def _verbatim_items(record: GoldRecord) -> list[tuple[str, str]]:
    gold = record.gold
    items = [("name", name) for actor in gold.actors or [] for name in actor.names]
    for quote in gold.quotes or []:
        items.append(("quote", quote.text))
        items += [("speaker", speaker) for speaker in quote.speaker or []]
    for event in gold.events or []:
        items += [("when_text", event.when_text)] if event.when_text else []
        items += [("where", event.where)] if event.where else []
    items += [("party", p) for relation in gold.relations or [] for p in relation.parties]
    return items


@pytest.mark.parametrize("record", GOLD, ids=[record.id for record in GOLD])
def test_quotes_names_and_dates_are_verbatim_in_the_article(record: GoldRecord) -> None:
    article = _flat(ARTICLES[record.id]["text"])
    missing = [item for item in _verbatim_items(record) if _flat(item[1]) not in article]
    assert missing == []
    assert len(_verbatim_items(record)) >= 8


@pytest.mark.parametrize("record", GOLD, ids=[record.id for record in GOLD])
def test_every_field_is_labelled(record: GoldRecord) -> None:
    gold = record.gold
    for name, value in gold:
        if name == "origins":  # review metadata: hand-written gold records none
            continue
        assert value is not None, f"{record.id}: gold.{name} is unlabelled"
    assert gold.five_w1h is not None
    for question, answer in gold.five_w1h:
        assert answer is not None, f"{record.id}: five_w1h.{question} is unlabelled"
    assert 3 <= len(gold.key_points or []) <= 6
    assert 1 <= len(gold.topics or []) <= 3
    assert gold.headline
    assert gold.summary
    assert gold.actors
    assert gold.events


def test_judgement_calls_from_the_guide_hold() -> None:
    by_id = {record.id: record.gold for record in GOLD}
    # Dated article: 'March 3' resolves against the dateline 'March 7, 2022'.
    first = by_id["000_0c837def3d75426e"].events or []
    assert (first[0].when, first[0].when_text) == ("2022-03-03", "March 3")
    # No year anywhere in the article: the date stays null, the text stays verbatim.
    undated_days = {e.when_text: e.when for e in by_id["001_daa3c69061294fcf"].events or []}
    assert undated_days["June 17"] is None
    assert undated_days["In March"] is None
    assert undated_days["since 2016"] == "2016"
    # Relative dates resolve against the Khmer byline (19 November 2025).
    dated = {e.when_text: e.when for e in by_id["003_f7f5d27b1a8cd39f"].events or []}
    assert dated["early this month"] == "2025-11"
    assert dated["two years ago"] == "2023"
    # An undated, unquoted article: NOT_STATED and an empty (labelled) quote list.
    undated = by_id["004_3248484f5bf1ed46"]
    assert undated.five_w1h is not None
    assert undated.five_w1h.when == NOT_STATED
    assert undated.quotes == []
    # Titles are aliases, never the canonical name.
    names = [a.names[0] for g in by_id.values() for a in g.actors or []]
    assert not [n for n in names if n.split()[0] in {"General", "Lieutenant", "Ambassador"}]
