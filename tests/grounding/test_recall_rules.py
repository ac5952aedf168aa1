"""Corruptions the rules missed for a general reason, and the faithful claims beside
them that must keep their verdict: a bare "refused" negates its object; a contrast
("not hopeful but very presidential") ends what a negation cue negates; a name that
opens the supporting sentence is the one a swap displaced when the article names it
mid-sentence elsewhere (a capitalised first word alone proves nothing); a bare number
with the claim's value is no match for a claim's "2 years" when the window counts
"108 years", unless the unit follows it within a few words. Hand-labelled:
each article, claim and the verdict a careful reader gives."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.negation import negation_problems
from newsbrief.grounding.faithfulness.support import SupportIndex

TRAM = (
    "A tram overturned near the Sandilands stop in Croydon on Wednesday. "
    "The driver of the tram, 38 from Purley, was arrested on suspicion of manslaughter "
    "but has been released on bail until June. "
    "Investigators are probing whether he had fallen asleep."
)
MEETING = (
    "The two leaders met at the White House on Thursday. "
    "A body language expert, Ann Lee, said Mr Carter looked tired. "
    '"Carter was extremely fatigued, resigned and not hopeful but very calm," she said.'
)

CLINIC = (
    "Ruth Anwen, the head nurse at the Hill clinic, said six patients had been treated. "
    "Image caption The clinic reopened in May. "
    "A spokesman for the council, Tom Pryce, said the roof would be repaired. "
    "Officials thanked Anwen and the staff."
)

CUBS = (
    "The Lakeside Owls are champions for the first time in 108 years after a win over "
    "the Harbor Gulls. "
    "The Owls had two on base in the tenth inning when Joe Park hit a double. "
    "Park spent eight highly successful years with the Gulls before joining the Owls."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # "refused bail" where the article says "released on bail"
        (TRAM, "The tram driver, 38, from Purley, was arrested on suspicion of manslaughter and has been refused bail.", "contradicted"),
        (TRAM, "The tram driver, 38, from Purley, was arrested on suspicion of manslaughter and has been released on bail.", "supported"),
        # "not very calm" where the article's "not" negates "hopeful", before "but"
        (MEETING, "Ann Lee said Carter was extremely fatigued and not very calm.", "contradicted"),
        (MEETING, "Ann Lee said Carter was extremely fatigued and not hopeful.", "supported"),
        (MEETING, "Ann Lee said Carter was extremely fatigued but very calm.", "supported"),
        # "2 years" against "108 years"; the window's "two on base" counts something else
        (CUBS, "The Lakeside Owls won their first title in 2 years with a win over the Harbor Gulls.", "contradicted"),
        (CUBS, "The Lakeside Owls won their first title in 108 years with a win over the Harbor Gulls.", "supported"),
        # "eight years" is the window's "eight highly successful years"
        (CUBS, "Park spent eight years with the Gulls before joining the Owls.", "supported"),
        # a swapped name where the support opens with the displaced one
        (CLINIC, "Tom Pryce, the head nurse at the Hill clinic, said six patients had been treated.", "contradicted"),
        (CLINIC, "Ruth Anwen, the head nurse at the Hill clinic, said six patients had been treated.", "supported"),
        (CLINIC, "The head nurse at the Hill clinic, Ruth Anwen, said six patients had been treated.", "supported"),
        # "Image" opens a sentence and is named nowhere else: no name displaced
        (CLINIC, "The clinic, Pryce said, reopened in May.", "unverified"),
    ],
)  # fmt: skip
def test_claim_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("claim", "support", "tokens"),
    [
        ("He has been refused bail.", "He has been released on bail.", ["refused"]),
        ("He has been refused bail.", "He was refused bail by the court.", []),
        ("He refused to comment.", "He declined to comment.", []),
        # the cue negates up to the contrast only
        ("She was not very calm.", "She was not hopeful but very calm.", ["not"]),
        ("She was not hopeful.", "She was not hopeful but very calm.", []),
        # "not only ... but also" is no negation of what follows "but"
        ("Not only cost but also speed matters.", "Cost and speed matter.", ["Not"]),
    ],
)  # fmt: skip
def test_negation_tokens(claim: str, support: str, tokens: list[str]) -> None:
    assert [token for token, _ in negation_problems(claim, support)] == tokens
