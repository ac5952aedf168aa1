"""Briefing validators normalise but never silently drop data."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from newsbrief.schemas import Actor, Article, Briefing, Event, schema_hash


def make(**fields: object) -> Briefing:
    base: dict[str, object] = {"headline": "H", "summary": "S"}
    base.update(fields)
    return Briefing.model_validate(base)


@pytest.mark.parametrize("headline", ["", "   ", "\n\t"])
def test_empty_headline_is_rejected_with_a_message(headline: str) -> None:
    with pytest.raises(ValidationError, match="headline is empty"):
        make(headline=headline)


def test_text_fields_are_trimmed_and_whitespace_collapsed() -> None:
    briefing = make(headline="  Two   words \n", key_points=[" a  b ", "", "c"])
    assert briefing.headline == "Two words"
    assert briefing.key_points == ["a b", "c"]


def test_duplicate_actors_merge_case_insensitively_keeping_attributes() -> None:
    briefing = make(
        actors=[
            {"name": "Hun Manet", "kind": "person"},
            {
                "name": "HUN MANET",
                "kind": "person",
                "role": "army commander",
                "aliases": ["Lt Gen Hun Manet"],
            },
            {"name": "Cambodia", "kind": "country"},
        ]
    )
    assert [a.name for a in briefing.actors] == ["Hun Manet", "Cambodia"]
    merged = briefing.actors[0]
    assert merged.role == "army commander"
    assert merged.aliases == ["Lt Gen Hun Manet", "HUN MANET"]


@pytest.mark.parametrize(
    ("when", "ok"),
    [
        ("2022", True),
        ("2022-03", True),
        ("2022-03-07", True),
        ("2022-13", False),
        ("March 2022", False),
        ("2022-03-32", False),
        ("", True),
    ],
)
def test_event_dates_are_partial_iso_8601(when: str, ok: bool) -> None:
    if ok:
        event = Event(what="x", when=when)
        assert event.when == (when or None)
    else:
        with pytest.raises(ValidationError, match="ISO 8601"):
            Event(what="x", when=when)


def test_unknown_topic_and_actor_kind_are_rejected() -> None:
    with pytest.raises(ValidationError):
        make(topics=["astrology"])
    with pytest.raises(ValidationError):
        Actor(name="X", kind="planet")  # type: ignore[arg-type]


def test_pipeline_filled_fields_are_hidden_from_the_model_schema() -> None:
    schema_text = str(Briefing.model_json_schema())
    assert "evidence" not in schema_text
    assert "injection_suspected" not in schema_text
    assert "grounding" not in schema_text
    # ...but the model does see the field descriptions written for it.
    assert "VERBATIM" in schema_text


def test_schema_hash_is_stable_and_content_addressed() -> None:
    assert schema_hash(Briefing) == schema_hash(Briefing)
    assert schema_hash(Briefing) != schema_hash(Article)


def test_article_requires_text_and_stringifies_numeric_ids() -> None:
    assert Article(id=7, text="x").id == "7"  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="article text is empty"):
        Article(id="a", text="  ")
