"""One name written two ways is no swap, and a number is rivalled only in its own
measure: British and American spelling ("Inner Harbour" / "Inner Harbor"), an
organisation and its initials ("the Office for National Statistics" / "the ONS"), a
time word that opens the sentence ("Today the Inner Harbour") and a length against a
count ("330 feet" / "129 people"). Hand-labelled: each article, claim and the verdict a
careful reader gives; a row where the red mark stays beside each where it goes."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.spelling import (
    acronym_agrees,
    full_name,
    initials,
    spelling_variant,
)
from newsbrief.grounding.faithfulness.support import SupportIndex

HARBOR = (
    "The port of Duisburg turns 300 this year. Situated in the center of Duisburg, the Inner "
    "Harbor was long an industrial wasteland until 1994. "
    "Today, Duisburg Inner Harbor is a trendy downtown area, boasting upscale restaurants. "
    "Ships still dock at the Rhine quay."
)
OUTPUT = (
    "Factory output fell again. The ONS said manufacturing output dropped 0.1% in November, "
    "matching a fall in October. Economists had expected a rise. The pound fell."
)
SHIP = (
    "The accident happened late on Tuesday near Duisburg. There were 129 people on board the "
    "ship when the vessel hit a pillar. Four people were taken to hospital. The bridge was "
    "closed."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # "Harbour" is "Harbor"; "Today" is no part of the name
        (HARBOR, "Today the Inner Harbour is a trendy downtown area with upscale restaurants.", "supported"),
        (HARBOR, "Today the Rhine Quay is a trendy downtown area with upscale restaurants.", "contradicted"),
        # "the Office for National Statistics" is "the ONS"; another office is not
        (OUTPUT, "The Office for National Statistics said manufacturing output dropped 0.1% in November.", "supported"),
        (OUTPUT, "The Office for Budget Responsibility said manufacturing output dropped 0.1% in November.", "contradicted"),
        (OUTPUT, "The BBC said manufacturing output dropped 0.1% in November.", "contradicted"),
        # a length is no rival of a count; a count still rivals a count
        (SHIP, "There were 129 people aboard the vessel, which is 330 feet long.", "unverified"),
        (SHIP, "There were 129 people on board the ship when the vessel hit a pillar 30 metres high.", "unverified"),
        (SHIP, "There were 120 people on board the ship when the vessel hit a pillar.", "contradicted"),
    ],
)  # fmt: skip
def test_claim_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("harbour", "harbor"),
        ("harbor", "harbour"),
        ("centres", "centers"),
        ("theatre's", "theater's"),
        ("harbinger", None),
        ("labour", None),  # the party's name: no variant
    ],
)
def test_spelling_variant(word: str, other: str | None) -> None:
    assert spelling_variant(word) == other


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("The ONS", "Office for National Statistics", True),
        ("Office for National Statistics", "the ONS", True),
        ("EU", "European Union", True),
        ("NHS", "National Health Service", True),
        ("ONS", "Office for Budget Responsibility", False),
        ("BRC", "British Chambers of Commerce", False),
        ("ONS", "OBR", False),  # two acronyms
        ("Office for National Statistics", "National Statistics Office", False),
    ],
)
def test_acronym_agrees(a: str, b: str, agree: bool) -> None:
    assert acronym_agrees(a, b) is agree


@pytest.mark.parametrize(
    ("text", "name", "whole", "letters"),
    [
        ("The Office for National Statistics said", "National Statistics", "Office for National Statistics", "ONS"),
        ("Figures from the Bank of England showed", "England", "Bank of England", "BE"),
        ("Output fell, National Statistics said", "National Statistics", "National Statistics", "NS"),
    ],
)  # fmt: skip
def test_full_name(text: str, name: str, whole: str, letters: str) -> None:
    at = text.index(name)
    assert full_name(text, at, at + len(name)) == whole
    assert initials(whole) == letters


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Today the Inner Harbour is busy.", ["Inner Harbour"]),
        ("Meanwhile Ann Lee said so.", ["Ann Lee"]),
        ("Yesterday Duisburg Inner Harbor opened.", ["Duisburg Inner Harbor"]),
        ("Todd Harbour left.", ["Todd Harbour"]),  # a name that starts like one
    ],
)
def test_opening_time_word_is_no_name(text: str, names: list[str]) -> None:
    assert [p.text for p in name_phrases(text)] == names
