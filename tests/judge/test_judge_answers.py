"""Judge answers through the answer layer: verdicts as judges spell them, and a value
no spelling maps is named in the re-ask instead of breaking the parse."""

from __future__ import annotations

import json

import pytest

from newsbrief.answers import LOG_KEY, AnswerInvalid, AnswerLog, parse_answer
from newsbrief.schemas import JudgeAnswer


def _parse(verdict: object, attempts_left: int = 2) -> JudgeAnswer:
    text = json.dumps({"verdicts": [{"claim": 1, "verdict": verdict, "citation": "x"}]})
    return parse_answer(JudgeAnswer, text, {LOG_KEY: AnswerLog(max_reasks=attempts_left)})


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("supported", "supported"),
        ("Supported", "supported"),
        ("yes", "supported"),
        ("Entailment", "supported"),
        ("NO", "contradicted"),
        ("Contradiction", "contradicted"),
        ("refuted", "contradicted"),
        ("idk", "unverified"),
        ("Not enough info", "unverified"),
        ("not_mentioned", "unverified"),
        ("neutral", "unverified"),
    ],
)
def test_verdict_spellings(written: str, read: str) -> None:
    assert _parse(written).verdicts[0].verdict == read


def test_a_verdict_no_spelling_maps_is_named_in_the_reask() -> None:
    with pytest.raises(AnswerInvalid) as raised:
        _parse("maybe")
    assert raised.value.fields == ["verdicts[0].verdict"]


def test_on_the_last_attempt_the_bad_verdict_is_dropped_and_the_rest_kept() -> None:
    text = json.dumps({"verdicts": [
        {"claim": 1, "verdict": "maybe", "citation": "x"},
        {"claim": 2, "verdict": "yes", "citation": "y"},
    ]})  # fmt: skip
    log = AnswerLog(max_reasks=0)
    answer = parse_answer(JudgeAnswer, text, {LOG_KEY: log})
    assert [(v.claim, v.verdict) for v in answer.verdicts] == [(2, "supported")]
    assert [r.path for r in log.removed] == ["verdicts[0]"]


def test_an_answer_without_verdicts_is_reasked() -> None:
    with pytest.raises(AnswerInvalid):
        parse_answer(JudgeAnswer, '{"headline": "x"}', {LOG_KEY: AnswerLog(max_reasks=2)})
