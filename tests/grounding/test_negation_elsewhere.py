"""A claim's negation the linked sentences state plainly, while another sentence of the
article states it with the negation: accepted when that sentence carries the same
negated predicate; a negation the article never states about the claim's thing is still
flagged. Hand-labelled: each article, claim and the verdict a careful reader gives."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.negation import negation_problems
from newsbrief.grounding.faithfulness.support import SupportIndex

BISCUITS = (
    "Crumbly's biscuits are thinner now, but the price hasn't changed. "
    "The maker of the oat biscuits has cut each packet from 300 grams to 250 grams. "
    "The price for the new packets is the same as the old ones, but shoppers in Leeds "
    "were angry. "
    "Fewer biscuits are visible only once the packet is opened. "
    "Crumbly said the oats are still grown in Scotland and the recipe remains the same."
)
CAVE = (
    "A hiker was reported missing near the Red Cave on Monday. "
    "His brother, Alan Roe, dug at the entrance with two neighbours from 6am. "
    "As they reached the inner chamber, Roe turned on a lamp and looked down the shaft. "
    "Surprisingly, he found nobody there. "
    "Police later said the hiker had been at home all along."
)
TEAM = (
    "The Rovers ended their 60-year wait to win the cup in a thrilling final. "
    "The Rovers, last champions in 1957, were told by a rival owner that they would never "
    "win the cup again. "
    "All staff were safe and uninjured, the club said. "
    "A steward, Ken Ode, said he was injured when the stand's rail broke."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # the same negated words, elsewhere, with another of the claim's ordinary words
        (
            BISCUITS,
            "The price of the thinner packets has not changed, and fewer biscuits can be seen only once the packet is opened.",
            "supported",
        ),
        (
            BISCUITS,
            "The price of the thinner packets has gone up, and fewer biscuits can be seen only once the packet is opened.",
            "supported",
        ),  # an antonym: out of reach
        (
            BISCUITS,
            "The maker of the oat biscuits has not cut each packet from 300 grams to 250 grams.",
            "contradicted",
        ),
        # "not changed" is what "remains the same" says
        (
            BISCUITS,
            "Crumbly said the recipe had not changed and the oats are still grown in Scotland.",
            "supported",
        ),
        (
            BISCUITS,
            "Crumbly said the recipe had not changed but the oats are no longer grown in Scotland.",
            "contradicted",
        ),
        # a neighbour with the same cue after the same word
        (
            CAVE,
            "Roe, who dug from 6am with two neighbours, found nobody when he turned on a lamp and looked down the shaft.",
            "supported",
        ),
        (
            CAVE,
            "Roe, who dug from 6am with two neighbours, did not look down the shaft when he reached the inner chamber.",
            "contradicted",
        ),
        # a neighbour negating the same words about another time or person is no support
        (TEAM, "The Rovers failed to win the cup in the final.", "contradicted"),
        (
            TEAM,
            "Ken Ode, a steward, said he was not injured when the stand's rail broke.",
            "contradicted",
        ),
    ],
)
def test_a_negation_stated_elsewhere(article: str, claim: str, verdict: str) -> None:
    assert check_claim(SupportIndex(article), claim, "summary").verdict == verdict


@pytest.mark.parametrize(
    ("claim", "support", "flagged"),
    [
        ("the recipe has not changed", "the recipe remains the same", False),
        ("the recipe is unchanged", "the recipe remains the same", False),
        ("the recipe has not changed", "the recipe has changed", True),
        ("the oats are not grown in Scotland", "the oats are grown in Scotland", True),
    ],
)
def test_not_changed_is_the_same(claim: str, support: str, flagged: bool) -> None:
    assert bool(negation_problems(claim, support)) is flagged
