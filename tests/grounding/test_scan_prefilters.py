"""A pattern skipped by a cheap test is one that could not have matched.

The prose checks skip some regex searches when a test in plain string methods shows
the text cannot hold a match (issue 22's CPU goal). Each skip must change no result:
here every such test is held to its pattern on every shipped article, every labelled
claim (of the sets not kept sealed), hand-picked cases and random strings: wherever the
pattern matches, the test lets it be tried.
"""

from __future__ import annotations

import random

import pytest

from newsbrief.grounding.faithfulness.attribution import _BEFORE, _may_introduce
from tests.text.test_scan import _texts

_LOOK = 160  # what `direct_attribution` reads before a quote

INTRODUCTIONS = [
    'John Smith said: "',
    "John Smith said:\n“",
    "according to John Smith, ‘",
    "Pat Rooke, 72, a nearby resident, said '",
    "Pat Rooke, 72, a nearby resident, said\u00a0",
    "Sue Patel, who lives near the station, pointed out ",
    "The minister told reporters in Berlin on Monday: ",
    "It ended.\nHun Manet: ",
    "Mr Smith, the head of the group, said  \u2028 “ ",
    "",
    " ",
    '"',
]


def _befores() -> list[str]:
    """The text before each quotation mark of every shipped and labelled text."""
    out = []
    for text in _texts():
        for at, char in enumerate(text):
            if char in "\"“‘'«":
                out.append(text[max(0, at - _LOOK) : at])
    return out


def _random(n: int) -> list[str]:
    pieces = ["Mr Smith", "John Smith", " said", " told", " pointed out", ",", ":", " ",
              "\n", "\t", "\u00a0", '"', "“", "‘", "'", "a resident", ", 72,", "according to",
              " the", "Berlin", ".", " in", "X", "who lives there"]  # fmt: skip
    rng = random.Random(22)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(n)]


@pytest.mark.parametrize("before", INTRODUCTIONS)
def test_hand_picked_introductions(before: str) -> None:
    if any(p.search(before) for p in _BEFORE):
        assert _may_introduce(before)


def test_the_text_before_a_quote_is_searched_wherever_a_pattern_matches() -> None:
    befores = _befores() + _random(4000) + INTRODUCTIONS
    matched = [b for b in befores if any(p.search(b) for p in _BEFORE)]
    assert len(matched) > 50  # the comparison is not empty
    assert [b for b in matched if not _may_introduce(b)] == []
    # and the test skips most of what it is asked
    assert sum(map(_may_introduce, befores)) < len(befores) / 2
