"""Summary sentences that fuse facts from several article sentences stay supported; the
same sentences with a name swapped for another of the article do not. Also: numbers in
hyphenated compounds ("mother-of-two"), US states in AP style ("Mich."), "impossible"
as a negation and light verbs ("made no mention") that name no agent. Hand-labelled:
each article, claim and the verdict a careful reader would give."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.attribution import proper_name
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.prose import check_briefing
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import Briefing, Quote
from newsbrief.text.states import state_of, states_in

PARADE = (
    "The Portland Pioneers ended their 71-year wait for a title on Saturday night. "
    "Fans packed the streets downtown. "
    "And veteran actor Walter Greaves was overcome with emotion as he watched his team win. "
    'He said: "My father took me to my first game here. '
    '"I wept a little but this is wonderful, simply wonderful." '
    'Senator Maria Ortiz posted: "They finally did it! Seventy-one years and the wait is over." '
    "Coach Dan Whitley praised the defence. "
    "Goalkeeper Tom Baines, a lifelong Harbor City supporter, made three saves. "
    "The keeper had joined the club from Denver in March."
)
CRASH = (
    "Police named the seven victims on Saturday. "
    "Mother-of-two Anna Kowal, 35, was described as a devoted parent. "
    "She was travelling to work when the bus overturned near the bridge. "
    "Father-of-three Peter Lane, 57, was also among the dead."
)
RALLY = (
    "The governor spoke on Sunday. "
    "Smith criticized the agency during a Sunday night appearance in Lansing, Mich., saying "
    'it was impossible for the agency to check the 40,000 files in "six days." '
    "Jones did not mention the agency's decision during campaign stops in Ohio. "
    "Agency Director Paul Reed made the announcement in a letter to Congress."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # the speaker of the linked quotation, named two sentences before it
        (PARADE, "Walter Greaves said he had wept a little.", "supported"),
        (PARADE, "Dan Whitley said he had wept a little.", "unverified"),
        (PARADE, "Maria Ortiz posted that the wait was over after seventy-one years.", "supported"),
        # the article names the quotation's speaker (Maria Ortiz): another speaker
        (PARADE, "Walter Greaves posted that the wait was over after seventy-one years.", "contradicted"),
        # a name written elsewhere right before the claim's own word ("supporter")
        (PARADE, "The keeper, a lifelong Harbor City supporter, had joined the club from Denver in March.", "supported"),
        # ... another name there: the rival read ("Tom Baines") stands in no slot of the
        # claim's "Portland", so the finding is a doubt, not a red mark
        (PARADE, "The keeper, a lifelong Portland supporter, had joined the club from Denver in March.", "unverified"),
        # a name next to two of the claim's uncovered words ("ended their 71-year wait")
        (PARADE, "Fans of the Portland Pioneers packed the streets after the end of a 71-year wait.", "supported"),
        # a swap: the support opens with the displaced name, capitalised after a word of
        # its sentence ("The Portland"), so a name and not a sentence's first word; it
        # stands in another slot ("ended" against "packed"): a doubt, not a red mark
        (PARADE, "Fans of Walter Greaves packed the streets after the end of a 71-year wait.", "unverified"),
        # the number of a hyphenated compound is the article's number
        (CRASH, "Anna Kowal, a 35-year-old mother of two, was travelling to work when the bus overturned.", "supported"),
        (CRASH, "Anna Kowal, a 35-year-old mother of four, was travelling to work when the bus overturned.", "contradicted"),
        (CRASH, "Peter Lane, a father of three aged 57, was among the dead.", "supported"),
        (CRASH, "Peter Lane, a father of five aged 57, was among the dead.", "contradicted"),
        # "Michigan" is the article's "Mich."; "impossible" negates
        (RALLY, "In Lansing, Michigan, Smith said the agency could not have checked the 40,000 files in six days.", "supported"),
        (RALLY, "In Lansing, Ohio, Smith said the agency could not have checked the 40,000 files in six days.", "contradicted"),
        (RALLY, "In Lansing, Michigan, Smith said the agency had checked the 40,000 files in six days.", "contradicted"),
        # "made no mention" names no agent that "made the announcement" could contradict
        (RALLY, "Jones made no mention of the agency's decision when campaigning in Ohio.", "supported"),
        (RALLY, "Reed made no mention of the agency's decision when campaigning in Ohio.", "unverified"),
    ],
)  # fmt: skip
def test_fused_sentences(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("a rally in Sterling Heights, Mich., on Sunday", {"Michigan"}),
        ("from Albany, N.Y. and Charleston, W.Va.", {"New York", "West Virginia"}),
        ("in Texas and in Washington", {"Texas", "Washington"}),
        ("Miss Smith met the MI5 chief", set()),  # no dot, no state; postal codes left out
    ],
)
def test_states(text: str, states: set[str]) -> None:
    assert states_in(text) == states


def test_state_of() -> None:
    assert state_of("Mich.") == "Michigan"
    assert state_of("Michigan") == "Michigan"
    assert state_of("Mich") == "Michigan"
    assert state_of("Paris") is None


SPEAKERS = (
    "Incredibly, the teenager avoided the barrier. Hamilton won the race. "
    'Fans sang. "Way to go, boys." Smith was delighted. Then John Smith said: "Great." '
    "Lopez spoke to reporters."
)


@pytest.mark.parametrize(
    ("name", "is_name"),
    [
        ("Incredibly", False),  # an adverb opening a sentence, never written elsewhere
        ("Way", False),  # capitalised only as the first word of a quotation
        ("Hamilton", True),  # opens a sentence, never written in lower case
        ("Smith", True),  # also written inside "John Smith"
        ("Lopez", True),  # a surname opening a sentence before its verb
        ("Speaking", False),  # a participle opening a sentence
    ],
)
def test_a_word_capitalised_only_at_sentence_starts_is_no_name(name: str, is_name: bool) -> None:
    assert proper_name(name, SPEAKERS) is is_name


FAMILY = (
    "Mr Hale was a keen cyclist. Mr Hale's family paid tribute to the 62-year-old. "
    'They said: "Ron was a kind and generous man." '
    "His neighbour, Sue Price, said she would miss him."
)


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [
        # "They" after a group described by whom it belongs to is that group
        ("Mr Hale's family", "supported"),
        ("Sue Price", "unverified"),
    ],
)
def test_they_is_the_group_just_described(speaker: str, verdict: str) -> None:
    quote = "Ron was a kind and generous man."
    briefing = Briefing(headline="h", summary="s", quotes=[Quote(speaker=speaker, text=quote)])
    check = next(c for c in check_briefing(briefing, FAMILY) if c.kind == "speaker")
    assert check.verdict == verdict, check.reason
