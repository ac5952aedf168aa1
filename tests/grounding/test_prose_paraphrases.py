"""Faithful paraphrases that must stay supported and the corruptions of them that must
not: initials and longer names, labelled numbers and ordinals, negations written with
contractions, as implicit "first ... in N years", or about the same named thing.
Hand-labelled: each article, claim and the verdict a careful reader would give."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import SupportIndex

RACE = (
    "Lewis Hamilton won the Brazilian Grand Prix in the rain. It was the 52nd victory of "
    "his F1 career and moves him to second in the all-time winners' list behind Michael "
    "Schumacher. Felipe Massa crashed on lap 48 at Interlagos, bringing out the safety "
    "car. Getty Images 6 Red Bull's Max Verstappen was the outstanding driver. Nico "
    "Rosberg finished second."
)
BASEBALL = (
    "The Chicago Cubs beat the Cleveland Indians 8-7 in ten innings. The Cubs, who had not "
    "won baseball's biggest prize since 1908, won it for the first time in 108 years. "
    "Carl Edwards Jr could not close out the game as Davis kept the Indians' hopes alive "
    "with an RBI single. The Cleveland Cavaliers won the NBA title in June."
)
BREXIT = (
    "A spokeswoman for Mondelez acknowledged that the exchange rate was not favourable, but "
    'added: "This change wasn\'t done as a result of Brexit." The bars were reduced in '
    "weight to 360 grams."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # "F1" is the initials of "Formula One" (number words as digits)
        (RACE, "The win was the 52nd of Hamilton's Formula One career.", "supported"),
        (RACE, "The win was the 52nd of Hamilton's Formula Two career.", "contradicted"),
        # a label's number: the article writes "lap 48"; a caption's "6" is no lap
        (RACE, "Felipe Massa's crash on lap 48 brought out the safety car.", "supported"),
        (RACE, "Felipe Massa's crash on lap 6 brought out the safety car.", "contradicted"),  # the article labels lap 48 so
        # an ordinal is matched by an ordinal, not by the cardinal "52" nor twice by one;
        # "the 2nd victory" where the article ranks "the 52nd victory" says otherwise
        (RACE, "It was the 52nd victory of his career.", "supported"),
        (RACE, "It was the 2nd victory of his career and moved him to second.", "contradicted"),
        (RACE, "It was the 2nd of his career and moved him to second.", "unverified"),
        # "Cleveland" of "Cleveland Indians": the support's "the Indians" is the same team
        (BASEBALL, "Edwards could not close out the game as Davis kept Cleveland's hopes alive.", "supported"),
        (BASEBALL, "Edwards could not close out the game as Davis kept Chicago's hopes alive.", "contradicted"),
        # "their first title in 108 years" says what "had not won since 1908" says
        (BASEBALL, "The Cubs won baseball's biggest prize, their first in 108 years.", "supported"),
        (BASEBALL, "The Cubs won baseball's biggest prize, their first in 2 years.", "contradicted"),
        # a score is no label: "game 8-7" is not game 8
        (BASEBALL, "The Cubs won the final game 8-7 after ten innings.", "supported"),
        # a contraction negates; the same named thing negated on both sides agrees
        (BREXIT, "The spokeswoman said Brexit was not the reason for the change.", "supported"),
        (BREXIT, "The spokeswoman said the exchange rate was favourable.", "contradicted"),
        (BREXIT, "The spokeswoman said the bars were not reduced in weight.", "contradicted"),
    ],
)  # fmt: skip
def test_paraphrases(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason
