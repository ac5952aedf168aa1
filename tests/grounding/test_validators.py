"""GroundedBriefing: strict-level misses are validation errors that tell the model what to do."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from newsbrief.backends import create_backend
from newsbrief.grounding import (
    GroundedBriefing,
    grounded_briefing_model,
    markup_in,
    parse_policy,
    policy_of,
)
from newsbrief.schemas import Briefing, schema_hash

ARTICLE = (
    "Norway and Chile signed a fisheries agreement in Oslo on Tuesday. "
    "\u201cThis agreement protects fish stocks,\u201d minister Odd Emil Ingebrigtsen said. "
    "Details are at https://example.org/fish and in <b>bold</b>."
)


def answer(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "headline": "Norway and Chile sign fisheries agreement",
        "summary": "Norway and Chile signed a fisheries agreement.",
        "actors": [{"name": "Odd Emil Ingebrigtsen", "kind": "person"}],
        "events": [{"what": "They signed.", "when_text": "on Tuesday", "where": "Oslo"}],
        "quotes": [
            {"speaker": "Odd Emil Ingebrigtsen", "text": "This agreement protects fish stocks,"}
        ],
    }
    data.update(changes)
    return data


def validate(
    data: dict[str, Any], model: type[Briefing] = GroundedBriefing, **context: Any
) -> Briefing:
    return model.model_validate(data, context={"article_text": ARTICLE, **context})


def test_a_grounded_answer_validates() -> None:
    assert validate(answer()).quotes[0].text == "This agreement protects fish stocks,"


def test_a_fabricated_quote_is_an_error_that_says_copy_verbatim_or_drop() -> None:
    bad = answer(
        quotes=[
            {"speaker": "Ingebrigtsen", "text": "This agreement protects fish stocks,"},
            {"speaker": "Ingebrigtsen", "text": "Chile is our closest partner in the Pacific."},
        ]
    )
    with pytest.raises(ValidationError) as caught:
        validate(bad)
    message = str(caught.value)
    assert (
        "quotes[1].text 'Chile is our closest partner in the Pacific.' is not in the article"
        in message
    )
    assert "copy the quotation verbatim from the article text, or remove this quote" in message
    assert "quotes[0]" not in message  # the good quote is not blamed


def test_normalised_quotes_pass_strict_but_fuzzy_ones_only_flag() -> None:
    straight = answer(quotes=[{"text": '"This agreement protects fish stocks,"'}])
    typo = answer(quotes=[{"text": "This agreement protect fish stocks,"}])
    assert validate(straight).quotes[0].text == '"This agreement protects fish stocks,"'
    with pytest.raises(ValidationError) as caught:
        validate(typo)
    message = str(caught.value)
    assert (
        "is not verbatim (approximate: the quote adds 'protect'; leaves out 'protects')" in message
    )
    assert "copy the quotation exactly as the article writes it" in message
    flagged = validate(typo, grounding="quotes=flag")  # kept as the model wrote it
    assert flagged.quotes[0].text == "This agreement protect fish stocks,"


def test_names_are_flagged_by_default_and_rejected_when_strict() -> None:
    renamed = answer(
        actors=[{"name": "Jonas Gahr Store", "kind": "person"}],
        events=[{"what": "They signed.", "where": "Santiago"}],
    )
    assert validate(renamed).actors[0].name == "Jonas Gahr Store"  # default: names=flag
    strict = grounded_briefing_model(parse_policy("strict"))
    with pytest.raises(ValidationError) as caught:
        validate(renamed, strict)
    message = str(caught.value)
    assert "actors[0].name 'Jonas Gahr Store' does not occur in the article" in message
    assert "write the name exactly as the article spells it, or remove the actor" in message
    assert "events[0].where 'Santiago' does not occur in the article" in message


def test_an_alias_that_occurs_grounds_the_actor() -> None:
    aliased = answer(
        actors=[
            {
                "name": "Minister Ingebrigtsen",
                "kind": "person",
                "aliases": ["Odd Emil Ingebrigtsen"],
            }
        ]
    )
    strict = validate(aliased, grounded_briefing_model(parse_policy("strict")))
    assert isinstance(strict, GroundedBriefing)
    assert (strict.actors[0].name, strict.actors[0].aliases) == (
        "Minister Ingebrigtsen",
        ["Odd Emil Ingebrigtsen"],
    )
    unaliased = answer(actors=[{"name": "Minister Ingebrigtsen", "kind": "person"}])
    with pytest.raises(ValidationError, match="actors\\[0\\].name 'Minister Ingebrigtsen'"):
        validate(unaliased, grounded_briefing_model(parse_policy("strict")))


@pytest.mark.parametrize(
    ("field_value", "token"),
    [
        ("See https://fake.example.com/story for more.", "https://fake.example.com/story"),
        ("Read [the deal](http://x.io/deal).", "[the deal](http://x.io/deal)"),
        ("Signed in <i>Oslo</i>.", "<i>"),
        ("Visit www.spam.example now.", "www.spam.example"),
    ],
)
def test_markup_not_in_the_article_must_be_removed(field_value: str, token: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(answer(summary=field_value))
    message = str(caught.value)
    assert f"summary contains {token!r}, which is not in the article" in message
    assert "remove URLs, HTML tags and markdown links" in message


def test_markup_that_the_article_contains_is_allowed() -> None:
    ok = answer(key_points=["Details: https://example.org/fish", "Marked <b>bold</b>."])
    assert validate(ok).key_points[0].endswith("https://example.org/fish")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("no markup here, 3 < 4 and 5 > 2", []),
        ("end of sentence https://a.b/c.", ["https://a.b/c"]),
        ("<br/> and </p>", ["<br/>", "</p>"]),
    ],
)
def test_markup_detection(text: str, found: list[str]) -> None:
    assert markup_in(text) == found


def test_without_article_context_nothing_is_checked() -> None:
    fabricated = answer(quotes=[{"text": "Never said."}], summary="see https://x.y")
    assert GroundedBriefing.model_validate(fabricated).quotes[0].text == "Never said."
    other_context = GroundedBriefing.model_validate(fabricated, context={"article_id": "a"})
    assert other_context.summary == "see https://x.y"


def test_context_grounding_overrides_the_model_policy() -> None:
    fabricated = answer(quotes=[{"text": "Never said anything like this."}])
    flagged = validate(fabricated, grounding="flag")
    assert flagged.quotes[0].text == "Never said anything like this."
    with pytest.raises(ValidationError, match="copy the quotation verbatim"):
        validate(fabricated)  # the default policy rejects it: the context made the difference
    off_model = grounded_briefing_model(parse_policy("off"))
    with pytest.raises(ValidationError, match="copy the quotation verbatim"):
        validate(fabricated, off_model, grounding="quotes=strict")


def test_the_model_sees_exactly_the_briefing_schema() -> None:
    for policy in ("strict", "flag", "off", "quotes=flag"):
        model = grounded_briefing_model(parse_policy(policy))
        assert model.model_json_schema() == Briefing.model_json_schema()
        assert schema_hash(model) == schema_hash(Briefing)
        assert model.__doc__ == Briefing.__doc__
        assert policy_of(model) == parse_policy(policy)
    assert policy_of(Briefing) == parse_policy(None)


def test_create_backend_sets_the_response_model_from_the_grounding_option() -> None:
    default = create_backend("openai:test-model", base_url="http://127.0.0.1:9/v1")
    assert default.response_model is GroundedBriefing
    strict = create_backend(
        "openai:test-model",
        grounding="strict",
        base_url="http://127.0.0.1:9/v1",
        context_tokens=4096,
    )
    assert policy_of(strict.response_model) == parse_policy("strict")
    assert strict.context_tokens == 4096
