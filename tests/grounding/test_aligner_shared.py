"""One shared Aligner per article: what it remembers is exactly what a fresh one finds.

The validator aligns each quote from the start of the text while the answer is parsed;
the evidence step aligns the same quotes right after with a cursor chained through them.
Both use `aligner_for(text)`, which reuses a verbatim match found from cursor `a` at
start `s` for any cursor between `a` and `s`. These tests replay such sequences and
compare every answer with a fresh `Aligner`'s.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.grounding import Aligner
from newsbrief.grounding.evidence.aligner import aligner_for
from newsbrief.grounding.evidence.attach import attach_evidence
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.schemas import Briefing

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"

# Repeated phrases (bounded and inside longer words), a curly-quoted phrase that only
# the normalised tier finds, and an ellipsis quote.
TEXT = (
    "\u201cWe will win,\u201d the mayor said on Monday. Critics said the plan would fail. "
    "\u201cWe will win,\u201d she said again on Friday, and the winners celebrated. "
    "Later: \u201cthe budget is fixed, in the end, for the city,\u201d she said. "
    "Winning is not everything, said the critics' leader."
)

# (phrase, cursor, fuzzy) in the order a validator then an evidence step would ask.
SEQUENCES = [
    [("We will win,", 0, True), ("We will win,", 0, True), ("We will win,", 40, True)],
    [("We will win,", 0, True), ("We will win,", 120, True), ("We will win,", 300, True)],
    [("win", 0, True), ("win", 10, True), ("win", 200, True), ("win", 0, False)],
    [("critics said", 0, True), ("critics said", 60, True), ("critics said", 61, True)],
    [("the budget is ... for the city", 0, True), ("the budget is ... for the city", 90, True)],
    [("The mayor sayd", 0, True), ("The mayor sayd", 5, True), ("the mayor", 999, True)],
    [("nowhere to be found", 0, True), ("nowhere to be found", 50, True)],
]


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_a_shared_aligner_answers_as_a_fresh_one(sequence: list[tuple[str, int, bool]]) -> None:
    shared = Aligner(TEXT)
    for phrase, cursor, fuzzy in sequence:
        assert shared.align(phrase, cursor, fuzzy) == Aligner(TEXT).align(phrase, cursor, fuzzy)


def test_verbatim_quotes_from_the_validator_then_chained_match_fresh_ones() -> None:
    """The validator's order (each quote from 0), then the evidence step's (chained), on
    the seed articles' own quotations: every answer equals a fresh aligner's."""
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        quotes = [part.split("\u201d")[0] for part in text.split("\u201c")[1:]][:6]
        quotes += quotes[:2]  # a repeated quote: points at its next match
        shared = Aligner(text)
        for quote in quotes:
            assert verbatim_quote(shared, quote) == verbatim_quote(Aligner(text), quote)
        cursor = 0
        for quote in quotes:
            found = verbatim_quote(shared, quote, after=cursor)
            assert found == verbatim_quote(Aligner(text), quote, after=cursor)
            cursor = found.end if found.end is not None else cursor


def test_evidence_handed_out_is_a_copy() -> None:
    shared = Aligner(TEXT)
    first = shared.align("Critics said")
    first.start = 0
    assert shared.align("Critics said").start == TEXT.index("Critics said")


def test_attach_evidence_on_the_shared_aligner_equals_a_fresh_run() -> None:
    answer = {
        "headline": "Mayor says the city will win",
        "summary": "The mayor said the city would win.",
        "actors": [{"name": "Critics", "kind": "other"}],
        "events": [{"what": "The mayor spoke.", "when_text": "on Monday"}],
        "quotes": [
            {"speaker": "the mayor", "text": "We will win,"},
            {"speaker": "the mayor", "text": "We will win,"},
            {"speaker": "the mayor", "text": "the budget is ... for the city,"},
        ],
    }
    fresh = attach_evidence(Briefing.model_validate(answer), TEXT + " ")  # not shared
    for quote in answer["quotes"]:  # what the validator aligned first
        verbatim_quote(aligner_for(TEXT), quote["text"])
    shared = attach_evidence(Briefing.model_validate(answer), TEXT)
    assert shared.model_dump() == fresh.model_dump()
    starts = [q.evidence.start for q in shared.quotes if q.evidence is not None]
    assert starts[0] < starts[1]  # the repeated quote points at its second occurrence
