"""A quotation's speaker that the briefing gives by a description ("the Foreign
Secretary", "a journalist based in Yaounde") may be the very person the article names:
a disagreement with the article's speaker is then a doubt (`unverified`, with the hint),
not a red mark. A speaker given by name stays red when the article names someone else.

Each row is hand-computed.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.strength import WEAK_PREFIX, role_description


@pytest.mark.parametrize(
    ("speaker", "description"),
    [
        ("the Foreign Secretary", True),  # a determiner and titles
        ("a journalist based in Yaounde", True),  # a determiner, words in lower case
        ("Labour's election chief", True),  # an owner's possessive and a role
        ("The Spectator", True),  # a determiner opens it
        ("the company", False),  # an organisation: no person the article names
        ("the foreign ministry", False),
        ("Tory spokesman Julian Lewis", False),  # a role, then his full name
        ("Boris Johnson", False),
        ("President Obama", False),  # a title and one name: no description words
        ("Johnson", False),
        ("Royal Academy of Cambodia", False),  # an organisation's name
        ("", False),
    ],
)
def test_role_description(speaker: str, description: bool) -> None:
    assert role_description(speaker) is description


TEXT = (
    'Talks began in Brussels. "We will not give in," Boris Johnson said on Monday. '
    "The Foreign Secretary later flew home."
)


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [
        ("Boris Johnson", "supported"),
        ("the Foreign Secretary", "unverified"),  # may be Johnson: a doubt
        ("Theresa May", "contradicted"),  # another person by name
    ],
)
def test_a_described_speaker_is_a_doubt(speaker: str, verdict: str) -> None:
    check = check_speaker(
        TEXT, verbatim_quote(Aligner(TEXT), "We will not give in"), speaker, "quotes[0].speaker"
    )
    assert check.verdict == verdict, check.reason
    if verdict == "unverified":
        assert (check.reason or "").startswith(WEAK_PREFIX)
