"""Sharper contradiction rules, and the faithful claims beside them that must keep their
verdict. A red `contradicted` must be right: a rule says "the article says otherwise"
only when the article fills the claim's slot with something else; where it cannot be
sure the claim stays `unverified`.

- Ranks: "the 8th summit" where the window says "the 6th summit" (the same word after
  the rank, or the same word before it other than a determiner) contradicts, in digits
  or in words ("third" / "first"); a rank of something else stays unverified, and a
  rank in words with no rival in its slot is not checked at all (as before).
- A count written with a hyphen counts its unit: "a two-day visit" is 2 days, so
  "four days" contradicts it and "two days" is it.
- A labelled number ("lap 67") contradicts "the 48th of 71 laps".

Hand-labelled: each article, claim and the verdict a careful reader gives.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import SupportIndex

SUMMIT = (
    "Foreign Minister Lina Varo attended the 6th Harbour Forum meeting by video link on "
    "March 12. "
    "Varo said the forum had helped trade across the region. "
    "Leaders of 27 states went to the 5th Harbour Forum summit in 2019. "
    "The two countries this year celebrated the 75th anniversary of their relations. "
    "Mira Tal is 11th in the standings with 51 points. "
    "Tal won her first title in Oslo last year."
)
VISIT = (
    "The army chief, General Oren Dask, made a two-day visit to Portland in May. "
    "He met the mayor on the second day of the visit."
)
RACE = (
    "Rain hit the Grand Prix in Velmont on Sunday. "
    "Tomas Reyes crashed out in the 48th of 71 laps when he was in 14th position. "
    "The crowd applauded him as he walked back to the pits."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # a rank against another rank of the same thing
        (SUMMIT, "Lina Varo attended the 8th Harbour Forum meeting by video link on March 12.", "contradicted"),
        (SUMMIT, "Lina Varo attended the 6th Harbour Forum meeting by video link on March 12.", "supported"),
        (SUMMIT, "The two countries this year celebrated the 70th anniversary of their relations.", "contradicted"),
        (SUMMIT, "The two countries this year celebrated the 75th anniversary of their relations.", "supported"),
        # the same word before the rank ("is 11th")
        (SUMMIT, "Mira Tal is 110th in the standings with 51 points.", "contradicted"),
        # a determiner before both ranks says nothing of what they rank
        (SUMMIT, "Leaders of 27 states went to the 9th summit in 2019.", "unverified"),
        # ranks in words: "third title" where the article says "first title" in Oslo
        (SUMMIT, "Tal won her third title in Oslo last year.", "contradicted"),
        (SUMMIT, "Tal won her first title in Oslo last year.", "supported"),
        # a rank in words the window does not rank is not checked (as before)
        (SUMMIT, "Varo said the forum had helped trade across the region for the first time.", "supported"),
        # a count written with a hyphen counts its unit
        (VISIT, "General Oren Dask spent four days in Portland in May.", "contradicted"),
        (VISIT, "General Oren Dask spent two days in Portland in May.", "supported"),
        (VISIT, "General Oren Dask made a two-day visit to Portland in May.", "supported"),
        # a labelled number against "the 48th of 71 laps"
        (RACE, "Tomas Reyes crashed out on lap 67 of 71 in Velmont.", "contradicted"),
        (RACE, "Tomas Reyes crashed out on lap 48 of 71 in Velmont.", "supported"),
    ],
)  # fmt: skip
def test_claim_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason
