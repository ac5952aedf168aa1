"""An answer's JSON is read once: the value the backend read as the completion arrived
(`tidy_completion`) is the one parsing validates, when the text needed no repair."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from newsbrief.answers import AnswerLog, parse_answer
from newsbrief.answers import parse as parse_module
from newsbrief.answers.log import LOG_KEY
from newsbrief.backends.openai_api.tidy import tidy_completion
from newsbrief.schemas import Briefing

ANSWER = {"headline": "Talks end", "summary": "The talks ended on Friday.", "topics": []}


def _completion(text: str) -> Any:
    message = SimpleNamespace(content=text, tool_calls=None)
    return SimpleNamespace(choices=[SimpleNamespace(finish_reason="stop", message=message)])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (json.dumps(ANSWER), True),  # clean: the value is kept for parsing
        ("Here it is: " + json.dumps(ANSWER), False),  # repaired: the text is rewritten
        (json.dumps(ANSWER)[:-1], False),  # cut off: repaired, rewritten
    ],
)
def test_tidy_keeps_the_value_only_of_a_text_it_did_not_rewrite(text: str, kept: bool) -> None:
    log = AnswerLog()
    completion = _completion(text)
    tidy_completion(completion, log)
    content = completion.choices[0].message.content
    assert (log.loaded is not None) is kept
    if kept:
        assert log.loaded is not None and log.loaded[0] is content
        assert log.loaded[1] == ANSWER


def test_parsing_takes_the_kept_value_for_that_very_text(monkeypatch: pytest.MonkeyPatch) -> None:
    log = AnswerLog()
    completion = _completion(json.dumps(ANSWER))
    tidy_completion(completion, log)
    text = completion.choices[0].message.content
    read: list[str] = []
    load = parse_module.load_answer
    monkeypatch.setattr(parse_module, "load_answer", lambda t, lg: read.append(t) or load(t, lg))
    context = {LOG_KEY: log}
    assert parse_answer(Briefing, text, context).headline == "Talks end"
    assert read == []  # not read again
    # an equal text that is another string (another answer) is read as usual
    other = "".join(list(text))
    assert other == text and other is not text
    assert parse_answer(Briefing, other, context).headline == "Talks end"
    assert read == [other]


def test_a_new_answer_forgets_the_kept_value() -> None:
    log = AnswerLog()
    tidy_completion(_completion(json.dumps(ANSWER)), log)
    assert log.loaded is not None
    log.new_answer()
    assert log.loaded is None
