"""merge_briefings: chunk briefings become one, duplicates merged, richer records kept."""

from __future__ import annotations

import pytest

from newsbrief.schemas import Actor, Briefing, Event, FiveW1H, Quote, Relation
from newsbrief.step.merge import merge_briefings


def part(**fields: object) -> Briefing:
    return Briefing(headline=str(fields.pop("headline", "h")), summary="s", **fields)  # type: ignore[arg-type]


def test_actors_merge_by_normalised_name_and_alias() -> None:
    merged = merge_briefings(
        [
            part(
                actors=[
                    Actor(name="Hun Manet", kind="person"),
                    Actor(name="Royal Cambodian Army", kind="organisation", aliases=["RCAF"]),
                ]
            ),
            part(
                actors=[
                    Actor(name="HUN  MANET", kind="person", role="Prime Minister"),
                    Actor(name="RCAF", kind="organisation", affiliation="Cambodia"),
                    Actor(name="Zamrose Mohd Zain", kind="person"),
                ]
            ),
        ]
    )
    assert [a.name for a in merged.actors] == [
        "Hun Manet",
        "Royal Cambodian Army",
        "Zamrose Mohd Zain",
    ]
    hun, army, _ = merged.actors
    assert hun.role == "Prime Minister"
    assert hun.aliases == []
    assert army.affiliation == "Cambodia"
    assert army.aliases == ["RCAF"]


@pytest.mark.parametrize(
    ("first", "second", "count"),
    [
        (
            Event(what="Army chiefs met in Phnom Penh.", when="2024-03-03"),
            Event(
                what="The army chiefs met in Phnom Penh", when_text="March 3", where="Phnom Penh"
            ),
            1,
        ),
        # same words, contradicting dates: two events
        (
            Event(what="Army chiefs met in Phnom Penh.", when="2024-03-03"),
            Event(what="Army chiefs met in Phnom Penh.", when="2024-05-01"),
            2,
        ),
        (Event(what="Army chiefs met."), Event(what="Floods closed the port."), 2),
    ],
)
def test_events_merge_by_similarity_without_contradicting_dates(
    first: Event, second: Event, count: int
) -> None:
    merged = merge_briefings([part(events=[first]), part(events=[second])])
    assert len(merged.events) == count
    if count == 1:
        event = merged.events[0]
        assert (event.when, event.when_text, event.where) == ("2024-03-03", "March 3", "Phnom Penh")


def test_quotes_merge_by_text_keeping_the_longer_cut() -> None:
    merged = merge_briefings(
        [
            part(quotes=[Quote(text="We will train together", speaker=None)]),
            part(
                quotes=[
                    Quote(
                        text="\u201cWe will train together and share intelligence\u201d",
                        speaker="Hun Manet",
                    ),
                    Quote(text="A different quote."),
                ]
            ),
        ]
    )
    assert [(q.text, q.speaker) for q in merged.quotes] == [
        ("\u201cWe will train together and share intelligence\u201d", "Hun Manet"),
        ("A different quote.", None),
    ]


def test_relations_points_topics_and_5w1h() -> None:
    merged = merge_briefings(
        [
            part(
                headline="First",
                relations=[
                    Relation(parties=["Cambodia", "Malaysia"], kind="cooperation", description="a")
                ],
                key_points=["The armies will train together."],
                topics=["security"],
                five_w1h=FiveW1H(who=["Hun Manet"], what="met", when=None),
            ),
            part(
                headline="Second",
                relations=[
                    Relation(parties=["malaysia", "Cambodia"], kind="Cooperation", description="b")
                ],
                key_points=["The armies will train together!", "Trade grew."],
                topics=["economy", "diplomacy"],
                five_w1h=FiveW1H(
                    who=["Zamrose"], what="talked", when="March 3", where="Phnom Penh"
                ),
            ),
            part(topics=["diplomacy", "economy"]),
        ]
    )
    assert merged.headline == "First"
    assert len(merged.relations) == 1
    assert merged.key_points == ["The armies will train together.", "Trade grew."]
    assert merged.topics == ["economy", "diplomacy", "security"]  # by count, ties first-seen
    five = merged.five_w1h
    assert (five.who, five.what, five.when, five.where) == (
        ["Hun Manet"],
        "met",
        "March 3",
        "Phnom Penh",
    )


def test_merging_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        merge_briefings([])
