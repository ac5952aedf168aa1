"""Three verdicts, one meaning each, table-driven with hand-written claims.

`contradicted` only when the article says otherwise in the same slot (another number,
date, name or speaker, the opposite polarity, other words in a quotation), with the
deciding `rule`; `unverified` when nothing could link the claim, or a check found its
fact absent with nothing else in its place; `supported` otherwise. A paraphrase the
rules cannot follow is unverified, never contradicted.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding import Aligner, ground_briefing
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.prose import check_quote_text
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import Briefing, ClaimCheck, GroundingSummary, Quote

ARTICLE = (
    "Flooding forced 4,000 residents of Tarlow to leave their homes on Monday, the "
    "regional council said. Council leader Maria Okafor said the river rose 2 metres "
    'overnight. "We have never seen water this high in March," Okafor said. '
    "The town's mayor, Peter Brandt, said the bridge on the main road had not collapsed. "
    "Engineers from the national agency will inspect the dam on 14 March."
)
QUOTE = "We have never seen water this high in March,"


@pytest.fixture(scope="module")
def index() -> SupportIndex:
    return SupportIndex(ARTICLE)


@pytest.mark.parametrize(
    ("claim", "verdict", "rule"),
    [
        # faithful, close to the article's words
        ("Flooding forced 4,000 Tarlow residents from their homes on Monday.", "supported", None),
        ("Maria Okafor said the river rose 2 metres overnight.", "supported", "copied"),
        # number: another number in the slot
        ("Flooding forced 6,000 Tarlow residents from their homes on Monday.", "contradicted",
         "number"),
        # date: another weekday, another day of March
        ("Flooding forced 4,000 Tarlow residents from their homes on Friday.", "contradicted",
         "date"),
        ("Engineers from the national agency will inspect the dam on 21 March.", "contradicted",
         "date"),
        # negation: the article says it had not collapsed
        ("Peter Brandt said the bridge on the main road had collapsed.", "contradicted",
         "negation"),
        # entity: another name where the article names Okafor
        ("Council leader Peter Brandt said the river rose 2 metres overnight.", "contradicted",
         "entity"),
        # a paraphrase no rule can follow: unverified, not contradicted
        ("Thousands in the town had to flee as the water climbed.", "unverified", "no_support"),
        # an invented detail nothing links to
        ("Insurers expect claims to run into the millions.", "unverified", "no_support"),
    ],
)  # fmt: skip
def test_prose_verdicts(index: SupportIndex, claim: str, verdict: str, rule: str | None) -> None:
    check = check_claim(index, claim, "summary[0]")
    assert (check.verdict, check.rule) == (verdict, rule), check.reason
    assert check.stage == "rules"


@pytest.mark.parametrize(
    ("quote", "verdict", "rule"),
    [
        (QUOTE, "supported", "verbatim"),
        # one word changed: the article's quotation has other words
        ("We have rarely seen water this high in March,", "contradicted", "quote_altered"),
        # nothing in the article to compare it with
        ("The council failed us all and must answer for it.", "unverified", "quote_absent"),
    ],
)
def test_quote_verdicts(quote: str, verdict: str, rule: str) -> None:
    evidence = verbatim_quote(Aligner(ARTICLE), quote)
    check = check_quote_text(ARTICLE, quote, evidence, "quotes[0].text")
    assert (check.verdict, check.rule) == (verdict, rule), check.reason


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [("Maria Okafor", "supported"), ("Peter Brandt", "contradicted"), (None, "not_checked")],
)
def test_speaker_verdicts(speaker: str | None, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(ARTICLE), QUOTE)
    check = check_speaker(ARTICLE, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason
    if verdict == "contradicted":
        assert check.rule == "speaker"
        assert "the article attributes it to 'Okafor'" in (check.reason or "")


def test_strict_salvage_removes_contradicted_and_keeps_unverified() -> None:
    paraphrase = "Thousands in the town had to flee as the water climbed."
    briefing = Briefing(
        headline="Floods in Tarlow",
        summary="Flooding forced 4,000 Tarlow residents from their homes on Monday.",
        key_points=[
            "Flooding forced 6,000 Tarlow residents from their homes on Monday.",
            paraphrase,
            "Maria Okafor said the river rose 2 metres overnight.",
        ],
        quotes=[Quote(speaker="Peter Brandt", text=QUOTE)],
    )
    grounded = ground_briefing(briefing, ARTICLE, parse_strict())
    assert grounded.key_points == [
        paraphrase,
        "Maria Okafor said the river rose 2 metres overnight.",
    ]
    assert grounded.quotes[0].speaker is None
    by_path = {c.path: c for c in grounded.checks if not c.removed}
    # the checks that stay keep their verdicts, under the paths the removal moved them to
    assert (by_path["key_points[0]"].claim, by_path["key_points[0]"].verdict) == (
        paraphrase,
        "unverified",
    )
    assert by_path["key_points[1]"].verdict == "supported"
    removed = sorted((c.path, c.rule) for c in grounded.checks if c.removed)
    assert removed == [("key_points[0]", "number"), ("quotes[0].speaker", "speaker")]
    summary = grounded.grounding
    assert summary is not None
    assert (summary.prose_checked, summary.prose_supported) == (4, 2)
    assert (summary.prose_contradicted, summary.prose_unverified) == (1, 1)


def parse_strict():  # type: ignore[no-untyped-def]
    from newsbrief.grounding import parse_policy

    return parse_policy("prose=strict")


@pytest.mark.parametrize(
    ("summary", "legacy"),
    [
        # an older run's record: 5 checked, 3 supported, the rest "unsupported"
        (GroundingSummary(prose_checked=5, prose_supported=3, unsupported=["a", "b"]), 2),
        # a record with three verdicts has no legacy share
        (GroundingSummary(prose_checked=5, prose_supported=3, prose_contradicted=1,
                          prose_unverified=1), 0),
    ],
)  # fmt: skip
def test_older_records_keep_their_unsupported_count(summary: GroundingSummary, legacy: int) -> None:
    assert summary.prose_legacy_unsupported == legacy


def test_an_older_unsupported_check_reads_as_written() -> None:
    check = ClaimCheck.model_validate(
        {"path": "summary[0]", "claim": "x", "verdict": "unsupported", "reason": "old"}
    )
    assert (check.verdict, check.rule, check.stage) == ("unsupported", None, "rules")
