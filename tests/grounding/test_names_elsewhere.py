"""Names the support does not contain that the article states elsewhere as the same
entity: the subject of the claim's verb written elsewhere ("President X has condemned
the attack"), and the lede's subject behind a description the support uses ("The
30-year-old singer"). A name swapped in is still absent. Hand-labelled."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import SupportIndex

BOMBING = (
    "A suicide bomber drove a truck into the consulate in Tarsa, killing four people. "
    "The Rebel Front said it carried out the attack in retaliation for air strikes. "
    "Local police said one suspect had been arrested in connection with the bombing. "
    "The blast left a large crater in the ground. "
    "The mission operates from a walled compound in the city centre. "
    "Governor Amal Dorr visited the compound on Monday. "
    "President Ravi Okafor has condemned the attack."
)
SINGER = (
    "Mira Dane has staged a protest against the mayor's victory at City Hall in Ostend. "
    "City Hall, a grey building on Main Street, is the seat of the council. "
    "The 30-year-old singer could be seen standing on a large truck next to the hall "
    "holding a banner which read kindness wins. "
    "Dane, who backed the losing candidate, was reported to be in tears. "
    "Her friend Lena Voss joined her later."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # the claim's verb with the name as its subject, elsewhere ("has condemned")
        (
            BOMBING,
            "Local police said one suspect had been arrested in connection with the bombing, which President Ravi Okafor condemned.",
            "supported",
        ),
        (
            BOMBING,
            "Local police said one suspect had been arrested in connection with the bombing, which Governor Amal Dorr condemned.",
            "unverified",
        ),
        # the lede's subject behind the support's definite description
        (
            SINGER,
            "The 30-year-old singer Mira Dane stood on a large truck next to the hall, holding a banner that read kindness wins.",
            "supported",
        ),
        (
            SINGER,
            "The 30-year-old singer Lena Voss stood on a large truck next to the hall, holding a banner that read kindness wins.",
            "unverified",
        ),
        # a description the support does not use is no link to the lede's subject
        (
            SINGER,
            "The actress Mira Dane stood on a large truck next to the hall, holding a banner that read kindness wins.",
            "unverified",
        ),
    ],
)
def test_names_stated_elsewhere(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason
