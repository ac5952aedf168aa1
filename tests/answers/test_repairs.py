"""Table-driven checks of each repair step, with hand-written inputs and outputs."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsbrief.answers import AnswerInvalid, AnswerLog, load_answer, parse_answer
from newsbrief.answers.coerce import coerce_answer
from newsbrief.answers.dates import iso_date
from newsbrief.answers.vocab import ACTOR_KIND_SYNONYMS, TOPIC_SYNONYMS, normalise_choice
from newsbrief.grounding import grounded_briefing_model, parse_policy
from newsbrief.schemas import TOPICS, Briefing

ACTOR_KINDS = ("person", "organisation", "country", "other")


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ('{"a": 1}', {"a": 1}, None),
        ('Here you go:\n```json\n{"a": 1}\n```\nBye', {"a": 1}, "text_around_json"),
        ("{'a': [1, 2,],}", {"a": [1, 2]}, "json_syntax"),
        ('{"a": "cut', {"a": "cut"}, "json_syntax"),
        ('[{"a": 1}]', {"a": 1}, "unwrapped_list"),
    ],
)
def test_load_answer(text: str, expected: dict[str, Any], kind: str | None) -> None:
    log = AnswerLog()
    assert load_answer(text, log) == expected
    assert [r.kind for r in log.repairs] == ([kind] if kind else [])


@pytest.mark.parametrize("text", ["", "I'm sorry, I can't help with that.", "[1, 2]", "42"])
def test_no_json_object_is_answer_invalid(text: str) -> None:
    with pytest.raises(AnswerInvalid, match="no JSON object"):
        load_answer(text, AnswerLog())


@pytest.mark.parametrize(
    ("value", "allowed", "synonyms", "expected"),
    [
        ("Person", ACTOR_KINDS, ACTOR_KIND_SYNONYMS, "person"),
        ("organization", ACTOR_KINDS, ACTOR_KIND_SYNONYMS, "organisation"),
        ("ORGANISATION", ACTOR_KINDS, ACTOR_KIND_SYNONYMS, "organisation"),
        ("Nation", ACTOR_KINDS, ACTOR_KIND_SYNONYMS, "country"),
        ("Defense", TOPICS, TOPIC_SYNONYMS, "defence"),
        ("Science & Technology", TOPICS, TOPIC_SYNONYMS, "science-technology"),
        ("law and justice", TOPICS, TOPIC_SYNONYMS, "law-justice"),
        ("culture_sport", TOPICS, TOPIC_SYNONYMS, "culture-sport"),
        ("Economics", TOPICS, TOPIC_SYNONYMS, "economy"),
        ("astrology", TOPICS, TOPIC_SYNONYMS, None),
    ],
)
def test_normalise_choice(
    value: str, allowed: tuple[str, ...], synonyms: dict[str, str], expected: str | None
) -> None:
    assert normalise_choice(value, allowed, synonyms) == expected


def test_every_synonym_maps_to_an_allowed_value() -> None:
    assert set(TOPIC_SYNONYMS.values()) <= set(TOPICS)
    assert set(ACTOR_KIND_SYNONYMS.values()) <= set(ACTOR_KINDS)


ANCHOR = date(2022, 3, 7)


@pytest.mark.parametrize(
    ("written", "anchor", "expected"),
    [
        ("2022-03-03", ANCHOR, "2022-03-03"),
        ("March 3", ANCHOR, "2022-03-03"),
        ("3 March 2021", ANCHOR, "2021-03-03"),
        ("December 5", ANCHOR, "2021-12-05"),  # later than the anchor: the year before
        ("June 2019", ANCHOR, "2019-06"),
        ("in 2019", ANCHOR, "2019"),
        ("June 18-20", ANCHOR, "2021-06-18"),
        ("2022-03-03T10:00:00Z", ANCHOR, "2022-03-03"),
        ("2022/3/4", ANCHOR, "2022-03-04"),
        ("yesterday", ANCHOR, "2022-03-06"),
        ("last Tuesday", ANCHOR, "2022-03-01"),
        ("March 3", 2022, "2022-03-03"),
        ("March 3", None, None),  # no anchor: no invented year
        ("last Tuesday", 2022, None),  # a relative date needs a full anchor date
        ("the 1990s", ANCHOR, None),
        ("recently", ANCHOR, None),
    ],
)
def test_iso_date(written: str, anchor: date | int | None, expected: str | None) -> None:
    assert iso_date(written, anchor) == expected


def _coerce(data: dict[str, Any], published: str | None = "2022-03-07") -> tuple[Any, AnswerLog]:
    log = AnswerLog()
    out = coerce_answer(data, Briefing, log, {"article_text": "", "article_published": published})
    return out, log


def test_coercion_of_the_common_slips() -> None:
    out, log = _coerce(
        {
            "Headline": "H",
            "summary": ["One.", "Two."],
            "key_points": None,
            "five_w1h": {"who": "Hun Sen", "when": 2022},
            "actors": [{"name": "Hun Sen", "kind": "Person", "confidence": 0.9}],
            "events": [{"what": "Met", "when": "March 3", "participants": None}],
            "topics": ["Defense", "astrology"],
            "relations": [{"parties": ["A", "B"], "kind": "Co-operation", "description": "d"}],
            "evidence": {"start": 1},
        }
    )
    assert out == {
        "headline": "H",
        "summary": "One. Two.",
        "key_points": [],
        "five_w1h": {"who": ["Hun Sen"], "when": "2022"},
        "actors": [{"name": "Hun Sen", "kind": "person"}],
        "events": [
            {"what": "Met", "when": "2022-03-03", "participants": [], "when_text": "March 3"}
        ],
        "topics": ["defence"],
        "relations": [{"parties": ["A", "B"], "kind": "cooperation", "description": "d"}],
    }
    assert {(r.path, r.kind) for r in log.repairs} == {
        ("Headline", "key_renamed"),
        ("summary", "list_joined"),
        ("key_points", "null_to_list"),
        ("five_w1h.who", "wrapped_in_list"),
        ("five_w1h.when", "number_to_string"),
        ("actors[0].kind", "enum_spelling"),
        ("actors[0].confidence", "unknown_key"),
        ("events[0].when", "date_parsed"),
        ("events[0].participants", "null_to_list"),
        ("topics[0]", "enum_spelling"),
        ("topics[1]", "enum_dropped"),
        ("relations[0].kind", "enum_spelling"),
        ("evidence", "unknown_key"),
    }
    Briefing.model_validate(out)  # and the result validates


def test_an_unreadable_date_becomes_null_and_keeps_its_text() -> None:
    out, log = _coerce({"events": [{"what": "x", "when": "some day soon"}]})
    assert out["events"][0] == {"what": "x", "when": None, "when_text": "some day soon"}
    assert [(r.kind, r.after) for r in log.repairs] == [("date_unparsed", None)]


def test_an_unknown_actor_kind_falls_back_to_other() -> None:
    out, log = _coerce({"actors": [{"name": "X", "kind": "alien"}]})
    assert out["actors"][0]["kind"] == "other"
    assert [r.kind for r in log.repairs] == ["enum_fallback"]


def test_a_wrapped_answer_is_unwrapped() -> None:
    out, log = _coerce({"briefing": {"headline": "H", "summary": "S"}})
    assert out == {"headline": "H", "summary": "S"}
    assert [r.kind for r in log.repairs] == ["unwrapped_object"]


TEXT = 'The minister said "we will open the border" on Monday in Phnom Penh.'


def _context(log: AnswerLog) -> dict[str, Any]:
    return {"article_text": TEXT, "answer_log": log}


def test_salvage_on_the_last_attempt_removes_only_the_failing_items() -> None:
    log = AnswerLog(max_reasks=0)
    log.new_answer()
    answer = (
        '{"headline": "H", "summary": "S", "quotes": [{"text": "we will open the border"}, '
        '{"text": "we shall close everything"}], "events": [{"what": "e", '
        '"where": "Atlantis"}], "relations": [{"parties": ["A"], "kind": "k", '
        '"description": "d"}]}'
    )
    strict = grounded_briefing_model(parse_policy("quotes=strict,names=strict"))
    briefing = parse_answer(strict, answer, _context(log))
    assert [q.text for q in briefing.quotes] == ["we will open the border"]
    assert briefing.events[0].where is None  # an optional field: set to null, event kept
    assert briefing.relations == []
    assert {(r.path, r.reason.split(" ")[0]) for r in log.removed} == {
        ("relations[0]", "relations[0].parties:"),
        ("quotes[1]", "quotes[1].text"),
        ("events[0].where", "events[0].where"),
    }
    assert log.partial


def test_an_attempt_that_may_be_reasked_raises_with_only_the_failing_fields() -> None:
    log = AnswerLog(max_reasks=1)
    log.new_answer()
    answer = '{"headline": "H", "summary": "S", "quotes": [{"text": "made up words here"}]}'
    with pytest.raises(AnswerInvalid) as info:
        parse_answer(grounded_briefing_model(), answer, _context(log))
    assert info.value.fields == ["quotes[0].text"]


@pytest.mark.parametrize(
    "answer",
    ['{"summary": "S"}', '{"headline": "H", "summary": ""}', '{"headline": 5}'],
)
def test_no_headline_or_summary_cannot_be_salvaged(answer: str) -> None:
    log = AnswerLog(max_reasks=0)
    log.new_answer()
    with pytest.raises(AnswerInvalid, match="no usable headline and summary"):
        parse_answer(Briefing, answer, _context(log))


def test_on_invalid_error_never_salvages() -> None:
    log = AnswerLog(max_reasks=0, on_invalid="error")
    log.new_answer()
    answer = '{"headline": "H", "summary": "S", "quotes": [{"text": "made up words here"}]}'
    with pytest.raises(AnswerInvalid):
        parse_answer(grounded_briefing_model(), answer, _context(log))
    assert log.removed == []
