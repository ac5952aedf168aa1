"""Dates read where they stand (`faithfulness.date_slots`): a claim's year, day, weekday,
time of day or period that its support writes otherwise in the same slot is
contradicted, even when the support writes the claim's value for another event; a
paraphrase of a period ("a decade" / "ten years", "the week before" / "last week") is
not (`periods_in` keys a period by its unit and stated direction only). Hand-labelled: each claim about the article below, and the verdict a careful reader
gives."""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.date_slots import date_slot_problems, periods_in, times_in
from newsbrief.grounding.faithfulness.support import SupportIndex

ARTICLE = (
    "Osbourne, who bit off the head of a live bat on stage in 1982, rejoined the band to "
    "play the Live Aid charity concert in 1985. "
    "The army announced the plan in a June 17 press release from its headquarters. "
    "Survivors said the tram left the tracks, following the derailment, which occurred "
    "at about 6.10am. "
    "On Friday night, Mrs. Clinton thanked volunteers on a nationwide conference call. "
    "The news comes a little over a week after he revealed that the FBI had found the "
    "emails. "
    "Retailers endured their worst Christmas for a decade, the consortium said. "
    "Timeline: February 2, 2009: Clinton is sworn in as Secretary of State. March 18, 2009: "
    "Clinton stops using her BlackBerry account."
)


@pytest.fixture(scope="module")
def index() -> SupportIndex:
    return SupportIndex(ARTICLE)


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # the claim's year is the article's, but for the concert: the bat's year is 1982
        ("Osbourne famously bit the head off a live bat on stage in 1985.", "contradicted", "date"),
        ("Osbourne bit the head off a live bat on stage in 1982.", "supported", None),
        ("Osbourne rejoined the band for the Live Aid charity concert in 1985.", "supported", None),
        # another day in the same slot: "June 17 press release" / "June 20 press release"
        ("The army announced the plan in a June 20 press release.", "contradicted", "date"),
        ("The army announced the plan in a June 17 press release.", "supported", None),
        # a time of day in the linked sentence: the number rule reads its digits first
        ("The derailment happened at about 7.10am.", "contradicted", "number"),
        ("The derailment happened at about 6.10 am.", "supported", None),
        # a weekday in the same slot ("night" beside both)
        ("On Thursday night Mrs. Clinton thanked volunteers on a conference call.", "contradicted", "date"),
        # a period of another unit: "a week after" / "a month after"
        ("The news came just over a month after he revealed the FBI had found the emails.", "contradicted", "date"),
        ("The news came just over a week after he revealed the FBI had found the emails.", "supported", None),
        ("On Friday night Mrs. Clinton thanked volunteers on a conference call.", "supported", None),
    ],
)  # fmt: skip
def test_a_date_in_its_slot(
    index: SupportIndex, claim: str, verdict: str, rule: str | None
) -> None:
    check = check_claim(index, claim, "summary[0]")
    assert (check.verdict, check.rule) == (verdict, rule), check.reason


@pytest.mark.parametrize(
    ("claim", "linked", "expected"),
    [
        # neighbours: "stage" beside both years; the claim's 1985 stands beside no word of
        # the article's 1985 ("concert")
        (
            "He bit a bat on stage in 1985.",
            ["He bit a bat on stage in 1982, then rejoined the band to play a charity concert in 1985."],
            [("1985", "says '1985'; the article says '1982' there")],
        ),
        # no shared neighbour: another event's date is no rival
        ("The band split in 1985.", ["He bit a bat on stage in 1982."], []),
        # a timeline's heading ("March 18, 2009: ...") stands in no slot of the words before it
        (
            "Clinton was sworn in as Secretary of State on February 2.",
            ["February 2, 2009: Clinton is sworn in as Secretary of State March 18, 2009: Clinton stops."],
            [],
        ),
        # a claim's value the support also writes needs two shared neighbours of a rival:
        # "airport" alone does not tell a departure's time from an arrival's
        (
            "They left LaGuardia airport at 9.36am.",
            ["They arrived at Reagan National Airport just after 10.30am."],
            [("9.36am", "says '9.36am'; the article says '10.30am' there")],
        ),
        # directions differ on the same unit: "days before" / "days after"
        (
            "Lord Drayson gave £500,000 just days after Christmas.",
            ["Lord Drayson gave £500,000 to the party just days before Christmas."],
            [("days after", "says 'days after'; the article says 'days before' there")],
        ),
        # the same unit with no stated direction on one side agrees
        ("He was belittled last week by the boss.", ["He was belittled the week before by the boss."], []),
    ],
)  # fmt: skip
def test_date_slot_problems(claim: str, linked: list[str], expected: list[tuple[str, str]]) -> None:
    assert date_slot_problems(claim, linked) == expected


def test_the_claims_value_written_near_needs_two_shared_neighbours() -> None:
    claim = "They left LaGuardia airport at 9.36am."
    linked = ["They arrived at Reagan National Airport just after 10.30am."]
    around = ["They departed from LaGuardia airport in New York at 9.36am."]
    assert date_slot_problems(claim, linked, around) == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("at 7.10am", [("time:430",)]),
        ("at 11 pm", [("time:1380",)]),
        ("10:30 a.m.", [("time:630",)]),
        ("at noon", [("time:720",)]),
        ("at 12am", [("time:0",)]),
        ("in 13 pm", []),  # no hour of a twelve-hour clock
    ],
)
def test_times_in(text: str, keys: list[tuple[str, ...]]) -> None:
    assert [m.keys for m in times_in(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("a week after he said", [("period:week", "after")]),
        ("just days before Christmas", [("period:day", "before")]),
        ("a decade ago", [("period:year", "before")]),
        ("a fortnight later", [("period:week", "after")]),
        ("each quarter", [("period:quarter",)]),
        ("1bn francs a month", [("period:month",)]),
        ("years of war", []),  # a bare plural says no period
    ],
)
def test_periods_in(text: str, keys: list[tuple[str, ...]]) -> None:
    assert [m.keys for m in periods_in(text)] == keys
