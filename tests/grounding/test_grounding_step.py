"""ground_briefing: evidence on every item, a summary, the manifest rate and the policy."""

from __future__ import annotations

import pytest

from newsbrief.grounding import (
    DEFAULT_POLICY,
    GroundingOptionError,
    GroundingPolicy,
    ground_briefing,
    parse_policy,
)
from newsbrief.schemas import (
    Actor,
    Briefing,
    BriefingRecord,
    Event,
    FiveW1H,
    GroundingSummary,
    Manifest,
    Quote,
)
from tests.support.eval_runs import PROVENANCE

ARTICLE = (
    "PHNOM PENH \u2013 Prime Minister Hun Manet met Malaysian Army chief Zamrose Mohd Zain "
    "on March 3 in Phnom Penh. \u201cWe will train together,\u201d Hun Manet said. "
    "Zamrose said: \u201cWe will train together.\u201d On March 4 they visited Kampot."
)


def briefing() -> Briefing:
    return Briefing(
        headline="Cambodia and Malaysia deepen army ties",
        summary="The army chiefs met.",
        five_w1h=FiveW1H(
            who=["Hun Manet", "Zamrose Mohd Zain"],
            what="met",
            when="on March 3",
            where="Phnom Penh",
            why="to deepen ties",
        ),
        actors=[
            Actor(name="Hun Manet", kind="person", role="Prime Minister"),
            Actor(name="General Zamrose", kind="person", aliases=["Zamrose Mohd Zain"]),
            Actor(name="Anwar Ibrahim", kind="person"),  # not in the article
        ],
        events=[
            Event(what="They met.", when="2024-03-03", when_text="March 3", where="Phnom Penh"),
            Event(what="They visited Kampot.", when_text="March 4", where="Kampot"),
        ],
        quotes=[
            Quote(speaker="Hun Manet", text="We will train together,"),
            Quote(speaker="Zamrose", text="We will train together."),
            Quote(speaker="Zamrose", text="Malaysia stands with Cambodia."),  # fabricated
        ],
    )


def span(evidence: object) -> str:
    return ARTICLE[evidence.start : evidence.end]  # type: ignore[attr-defined]


def test_every_item_gets_evidence_and_nothing_is_dropped() -> None:
    grounded = ground_briefing(briefing(), ARTICLE)
    assert type(grounded) is Briefing
    assert [span(q.evidence) for q in grounded.quotes[:2]] == [
        "We will train together,",
        "We will train together.",
    ]
    # the second quote points at the SECOND occurrence (cursor after the first quote)
    assert grounded.quotes[1].evidence.start > grounded.quotes[0].evidence.end
    assert grounded.quotes[2].evidence.method == "none"
    assert len(grounded.quotes) == 3
    assert len(grounded.actors) == 3
    hun, zamrose, anwar = grounded.actors
    assert span(hun.evidence) == "Hun Manet"
    assert span(zamrose.evidence) == "Zamrose Mohd Zain"  # found through the alias
    assert anwar.evidence is not None
    assert not anwar.evidence.grounded
    first, second = grounded.events
    assert (span(first.evidence), span(first.where_evidence)) == ("March 3", "Phnom Penh")
    assert (span(second.evidence), span(second.where_evidence)) == ("March 4", "Kampot")
    five = grounded.five_w1h.evidence
    assert [span(e) for e in five["who"]] == ["Hun Manet", "Zamrose Mohd Zain"]
    assert span(five["when"][0]) == "on March 3"
    assert span(five["where"][0]) == "Phnom Penh"
    assert span(five["what"][0]) == "met"
    assert not five["why"][0].grounded  # recorded, but why is not counted


def test_summary_counts_copied_claims_and_lists_the_ungrounded() -> None:
    summary = ground_briefing(briefing(), ARTICLE).grounding
    assert summary is not None
    # 3 quotes + 3 actors + 2 when_text + 2 where + 2 who + 5W1H when + where = 14, plus
    # the speakers of the two quotes the article has (the third quote is not found)
    assert summary.checked == 16
    assert summary.grounded == 14
    assert summary.ungrounded == [
        "quotes[2].text: 'Malaysia stands with Cambodia.'",
        "actors[2].name: 'Anwar Ibrahim'",
    ]
    assert summary.rate == pytest.approx(14 / 16)
    # prose is counted apart: the summary sentence and the two event descriptions
    assert (summary.prose_checked, summary.prose_supported) == (3, 3)


def test_policy_off_records_nothing() -> None:
    grounded = ground_briefing(briefing(), ARTICLE, parse_policy("off"))
    assert grounded.grounding is None
    assert all(q.evidence is None for q in grounded.quotes)


@pytest.mark.parametrize(
    ("summaries", "rate"),
    [
        ([], None),
        ([GroundingSummary(checked=0, grounded=0)], None),
        ([GroundingSummary(checked=4, grounded=3)], 0.75),
        # micro-average: (3 + 1) / (4 + 4), not the mean of 0.75 and 0.25
        ([GroundingSummary(checked=4, grounded=3), GroundingSummary(checked=4, grounded=1)], 0.5),
        ([GroundingSummary(checked=9, grounded=9), None, GroundingSummary(checked=1)], 0.9),
    ],
)
def test_grounding_rate_for_the_manifest(summaries: list, rate: float | None) -> None:
    manifest = Manifest(
        run_id="r",
        input="in.jsonl",
        backend="baseline",
        model="baseline",
        prompt_id="briefing",
        prompt_version=1,
        prompt_hash="p",
        schema_hash="s",
        code_version="test",
        started_at="now",
    )
    for summary in summaries:
        briefing = Briefing(headline="h", summary="s", grounding=summary)
        manifest.count(BriefingRecord(id="a", briefing=briefing, provenance=PROVENANCE))
    assert manifest.grounding_rate == rate
    assert manifest.counts.ok == len(summaries)


@pytest.mark.parametrize(
    ("text", "policy"),
    [
        (None, DEFAULT_POLICY),
        ("", DEFAULT_POLICY),
        ("strict", GroundingPolicy("strict", "strict", "strict", "strict")),
        ("FLAG", GroundingPolicy("flag", "flag", "flag", "flag")),
        ("off", GroundingPolicy("off", "off", "off", "off")),
        ("prose=strict", GroundingPolicy("strict", "flag", "strict", "strict")),
        ("prose=off", GroundingPolicy("strict", "flag", "strict", "off")),
        ("names=strict", GroundingPolicy("strict", "strict", "strict")),
        ("quotes=flag, markup=off", GroundingPolicy("flag", "flag", "off")),
    ],
)
def test_parse_policy(text: str | None, policy: GroundingPolicy) -> None:
    assert parse_policy(text) == policy
    assert parse_policy(str(policy)) == policy


@pytest.mark.parametrize("text", ["strictest", "quotes=maybe", "dates=strict", "quotes"])
def test_bad_policy_is_a_user_error_that_lists_the_choices(text: str) -> None:
    with pytest.raises(GroundingOptionError, match="write strict, flag or off"):
        parse_policy(text)
