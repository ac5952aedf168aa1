"""Two readings of a claim's numbers: a rounded number stays within a tenth of the
article's value ("20 years" is no rounding of 15; "6" of 6.4 and "1.2 million" of
1,234,000 still are), and a rank written as a word fills the slot of the article's rank
after a verb of the same stem ("finished fourth" against "finish third"). Hand-labelled:
each claim about the article below and the verdict a careful reader gives."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.support import SupportIndex

ARTICLE = (
    "The actor Kunal Nayyar arrived in the country 15 years ago to study drama. "
    "He added that he had never felt afraid there before this week. "
    "The company sold 1,234,000 bars last year and raised prices by 6.4 percent. "
    "Max Verstappen recovered from a spin to finish third at the Brazilian Grand Prix. "
    "Lewis Hamilton won the race from pole position."
)


@pytest.fixture(scope="module")
def index() -> SupportIndex:
    return SupportIndex(ARTICLE)


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # 20 against 15: a third off, no rounding of it
        (
            "The actor Kunal Nayyar arrived in the country 20 years ago to study drama.",
            "contradicted",
            "number",
        ),
        ("Kunal Nayyar came to the country 15 years ago to study drama.", "supported", None),
        # roundings within a tenth still agree
        (
            "The company sold 1.2 million bars last year and raised prices by 6.4 percent.",
            "supported",
            None,
        ),
        (
            "The company sold 1,234,000 bars last year and raised prices by 6 percent.",
            "supported",
            None,
        ),
        # "finished fourth" against "finish third": the same verb, another rank
        (
            "Max Verstappen recovered from a spin and finished fourth at the Brazilian Grand Prix.",
            "contradicted",
            "number",
        ),
        (
            "Max Verstappen recovered from a spin and finished third at the Brazilian Grand Prix.",
            "supported",
            None,
        ),
    ],
)
def test_number_slots(index: SupportIndex, claim: str, verdict: str, rule: str | None) -> None:
    check = check_claim(index, claim, "key_points[0]")
    assert check.verdict == verdict, check.reason
    if rule is not None:
        assert check.rule == rule, check.reason
