"""An altered quotation the article writes in single marks is found as altered: the
quotation is read between straight or curly single marks, an apostrophe inside a word
("didn't", "Cambodia’s") not closing it and a plural possessive ("the drivers' union")
not opening one. Hand-labelled: the article, the quote as a briefing gives it, and the
verdict with the words it adds and leaves out."""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.prose import check_quote_text

RACE = (
    "Hamilton won from pole in the rain. "
    "'When it rains it is usually good for me,' he said. "
    "Rosberg said the drivers' union wanted the rules changed this season. "
    "Snow, 57, said: 'I didn't think we were going to make the left-hand turn at all.' "
    "The minister called it ‘a day Cambodia’s people will long remember’ on Sunday. "
    "He added: 'This is Formula One and the rain is the trickiest condition. "
    "'We run at serious speeds and there is a lot of water.'"
)


@pytest.mark.parametrize(
    ("quote", "verdict", "added", "missing"),
    [
        # one word changed inside a single-marked quotation
        ("When it rains it is always good for me.", "contradicted", ["always"], ["usually"]),
        # an apostrophe inside the quotation does not end it
        (
            "I didn't think we were going to make the right-hand turn at all.",
            "contradicted",
            ["right-hand"],
            ["left-hand"],
        ),
        # curly single marks, a curly apostrophe inside
        (
            "a day Cambodia’s people will soon forget",
            "contradicted",
            ["soon", "forget"],
            ["long", "remember"],
        ),
        # a quotation the next paragraph's opening mark ends, never closed itself
        (
            "This is Formula One and the rain is the most dangerous condition.",
            "contradicted",
            ["most", "dangerous"],
            ["trickiest"],
        ),
        # the article's own words: supported
        ("When it rains it is usually good for me,", "supported", [], []),
        # "the drivers' union wanted ..." is no quotation: nothing to compare with
        ("the drivers union wanted the rules kept this season", "unverified", [], []),
    ],
)
def test_single_mark_quotations(
    quote: str, verdict: str, added: list[str], missing: list[str]
) -> None:
    evidence = verbatim_quote(Aligner(RACE), quote)
    check = check_quote_text(RACE, quote, evidence, "quotes[0].text")
    assert check.verdict == verdict, check.reason
    if verdict == "contradicted":
        assert check.reason is not None
        for word in added:
            assert repr(word) in check.reason.split("leaves out")[0]
        for word in missing:
            assert repr(word) in check.reason.split("leaves out")[1]
