"""Prose checks: support links, numbers, dates, names, negation, speakers, verbatim quotes.

Every case is hand-labelled against ARTICLE below: the verdict a careful reader gives
and the token that is wrong.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding import ground_briefing, parse_policy
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.facts import dates_in, quantities_in
from newsbrief.grounding.faithfulness.prose import check_briefing
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import Actor, Briefing, Event, Quote, Relation

ARTICLE = (
    "PHNOM PENH - Cambodian and Thai troops exchanged fire near the Preah Vihear temple "
    "on Tuesday, March 3, 2025, the Defence Ministry said.\n"
    "Six soldiers were wounded and about 1,200 villagers fled their homes, according to "
    "provincial officials.\n"
    "\u201cWe will defend every inch of our land, but we do not want a war with our "
    "neighbour,\u201d Prime Minister Hun Manet said on Wednesday.\n"
    "Thai army spokesman Winthai Suvaree said: \u201cOur troops only returned fire.\u201d\n"
    "Thailand did not comment on the number of its casualties.\n"
    "The two countries agreed to hold border talks in Bangkok in April, and the UN "
    "welcomed the decision.\n"
    "The ministry said damage to the temple was estimated at $3 million."
)


@pytest.fixture(scope="module")
def index() -> SupportIndex:
    return SupportIndex(ARTICLE)


@pytest.mark.parametrize(
    ("claim", "verdict", "offending"),
    [
        # faithful paraphrases
        (
            "Troops of Cambodia and Thailand traded fire near Preah Vihear on March 3.",
            "supported",
            [],
        ),
        ("Six soldiers were hurt and some 1,200 villagers left their homes.", "supported", []),
        ("Thailand has not commented on its casualties.", "supported", []),
        ("Cambodia and Thailand agreed to talks in Bangkok in April.", "supported", []),
        ("Damage to the temple was put at 3 million dollars.", "supported", []),
        # numbers: value, word form, magnitude
        ("6 soldiers were wounded in the clash.", "supported", []),
        ("Sixteen soldiers were wounded in the clash.", "contradicted", ["Sixteen"]),
        ("About 12,000 villagers fled their homes.", "contradicted", ["12,000"]),
        ("Damage to the temple was estimated at $3 billion.", "contradicted", ["$3 billion"]),
        # a number of the article, but of something else: 6 soldiers, not 6 villagers
        ("Six villagers fled their homes.", "contradicted", ["Six"]),
        # dates
        ("The troops exchanged fire near the temple on March 5.", "contradicted", ["March 5"]),
        ("The troops exchanged fire near the temple on Friday.", "contradicted", ["Friday"]),
        (
            "The two countries agreed to hold border talks in Bangkok in May 2026.",
            "contradicted",
            ["May", "2026"],
        ),
        # names: swapped within the article, and invented
        (
            "The two countries agreed to hold border talks in Phnom Penh.",
            "contradicted",
            ["Phnom Penh"],
        ),
        ("Laos welcomed the decision to hold border talks.", "contradicted", ["Laos"]),
        # the article gives these words to Hun Manet: another speaker, not only a name
        # the support lacks
        (
            "Hun Sen said Cambodia does not want a war with its neighbour.",
            "contradicted",
            ["Hun Sen"],
        ),
        # negation on one side only
        ("Thailand commented on the number of its casualties.", "contradicted", ["comment"]),
        ("The two countries did not agree to hold border talks.", "contradicted", ["not"]),
        ("The two countries failed to agree on border talks.", "contradicted", ["failed to"]),
        # nothing in the article supports it
        (
            "Oil prices rose sharply in Singapore markets.",
            "unverified",
            ["Oil", "prices", "rose", "sharply", "markets"],
        ),
    ],
)
def test_claims_are_checked_against_their_support(
    index: SupportIndex, claim: str, verdict: str, offending: list[str]
) -> None:
    check = check_claim(index, claim, "key_points[0]")
    assert check.verdict == verdict, check.reason
    for token in offending:
        assert token in check.offending, (check.offending, check.reason)


@pytest.mark.parametrize(
    ("text", "claim", "verdict"),
    [
        # "He" refers back to the person named in the sentence before
        ("Kin Phea leads the institute. He said ties with Russia were warm.",
         "Kin Phea said ties with Russia were warm.", "supported"),
        ("Kin Phea leads the institute. He said ties with Russia were warm.",
         "Hun Sen said ties with Russia were warm.", "unverified"),
        # "the two countries" refers back to the countries of the lede
        ("Cambodia and Laos held talks. Trade grew. The two countries agreed to meet again.",
         "Cambodia and Laos agreed to meet again.", "supported"),
        # an adjective negates what precedes it: "unharmed" is "not harmed"
        ("All German staff were unharmed, the ministry said.",
         "None of the German staff were harmed.", "supported"),
        ("All German staff were unharmed, the ministry said.",
         "The German staff were harmed.", "contradicted"),
        # who says it: the claim's speaker against the sentence's speaker; the support
        # names the claim's speaker too ("and Lee agreed"), so no red mark: a doubt
        ("Merner said the suspect fled on foot, and Lee agreed.",
         "Lee said the suspect fled on foot.", "unverified"),
        ("Merner said the suspect fled on foot.", "Lee said the suspect fled on foot.",
         "contradicted"),
    ],
)  # fmt: skip
def test_back_references_negated_adjectives_and_speakers(
    text: str, claim: str, verdict: str
) -> None:
    check = check_claim(SupportIndex(text), claim, "key_points[0]")
    assert check.verdict == verdict, check.reason


def test_support_offsets_show_the_supporting_sentence(index: SupportIndex) -> None:
    check = check_claim(index, "Six soldiers were hurt and villagers fled.", "summary[0]")
    assert check.verdict == "supported"
    expected = (
        "Six soldiers were wounded and about 1,200 villagers fled their homes, according to "
        "provincial officials."
    )
    assert [ARTICLE[e.start : e.end] for e in check.support] == [expected]
    assert all(e.method == "support" for e in check.support)
    assert 0 < check.score <= 100


def test_a_fused_sentence_links_to_both_of_its_sources(index: SupportIndex) -> None:
    check = check_claim(
        index, "Six soldiers were wounded, and the UN welcomed border talks in Bangkok.", "s"
    )
    shown = [ARTICLE[e.start : e.end][:20] for e in check.support]
    assert shown == ["Six soldiers were wo", "The two countries ag"]


def test_a_changed_number_names_both_numbers(index: SupportIndex) -> None:
    check = check_claim(index, "6 soldiers were wounded and 100 villagers fled.", "key_points[2]")
    assert check.verdict == "contradicted"
    assert check.offending == ["100"]
    assert check.reason == "says '100 villagers'; the article says '1,200 villagers'"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("six wounded", [6.0]),
        ("twenty-five troops", [25.0]),
        ("3 million and 3 billion", [3e6, 3e9]),
        ("1,000 or 100", [1000.0, 100.0]),
        ("$2.5bn", [2.5e9]),
        ("one of the soldiers", []),  # a bare "one" is a pronoun as often as a number
        ("12%", [12.0]),
    ],
)
def test_quantities(text: str, values: list[float]) -> None:
    assert [q.value for q in quantities_in(text)] == values


@pytest.mark.parametrize(
    ("text", "days", "years", "weekdays"),
    [
        ("on Tuesday, March 3, 2025", {(3, 3)}, {2025}, {"tuesday"}),
        ("3 March", {(3, 3)}, set(), set()),
        ("they may meet in June", set(), set(), set()),  # 'may' the verb
        ("in May 2026", set(), {2026}, set()),
        ("from June 18 to 20", {(6, 18), (6, 20)}, set(), set()),
    ],
)
def test_dates(text: str, days: set[tuple[int, int]], years: set[int], weekdays: set[str]) -> None:
    found = dates_in(text)
    assert (set(found.days), set(found.years), set(found.weekdays)) == (days, years, weekdays)


QUOTE = "We will defend every inch of our land, but we do not want a war with our neighbour,"


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [
        ("Hun Manet", "supported"),  # "..." Prime Minister Hun Manet said
        ("Prime Minister Hun Manet", "supported"),
        ("Winthai Suvaree", "contradicted"),  # another speaker of the same article
        ("Hun Sen", "contradicted"),
        (None, "not_checked"),
    ],
)
def test_quote_speakers(speaker: str | None, verdict: str) -> None:
    briefing = Briefing(headline="h", summary="s", quotes=[Quote(speaker=speaker, text=QUOTE)])
    checks = {c.path: c for c in check_briefing(briefing, ARTICLE)}
    assert checks["quotes[0].speaker"].verdict == verdict, checks["quotes[0].speaker"].reason
    if verdict == "contradicted":
        assert "the article attributes it to 'Prime Minister Hun Manet'" in (
            checks["quotes[0].speaker"].reason or ""
        )


def test_colon_attribution_and_alias() -> None:
    briefing = Briefing(
        headline="h",
        summary="s",
        actors=[Actor(name="Winthai", kind="person", aliases=["Winthai Suvaree"])],
        quotes=[Quote(speaker="Winthai", text="Our troops only returned fire.")],
    )
    checks = {c.path: c for c in check_briefing(briefing, ARTICLE)}
    assert checks["quotes[0].speaker"].verdict == "supported"
    support = checks["quotes[0].speaker"].support[0]
    assert ARTICLE[support.start : support.end] == "Winthai Suvaree"


def test_a_quote_with_not_inserted_is_approximate_never_grounded() -> None:
    inserted = QUOTE.replace("We will defend", "We will not defend")
    briefing = Briefing(
        headline="h", summary="s", quotes=[Quote(speaker="Hun Manet", text=inserted)]
    )
    grounded = ground_briefing(briefing, ARTICLE)
    evidence = grounded.quotes[0].evidence
    assert evidence is not None
    assert evidence.method == "fuzzy"  # found, but only approximately
    check = next(c for c in grounded.checks if c.path == "quotes[0].text")
    assert check.verdict == "contradicted"
    assert check.offending == ["not"]
    assert check.reason == "approximate: the quote adds 'not'"
    assert grounded.grounding is not None
    assert grounded.grounding.grounded < grounded.grounding.checked


def test_an_ellipsis_marks_the_only_allowed_omission() -> None:
    elided = "We will defend every inch of our land ... with our neighbour,"
    grounded = ground_briefing(
        Briefing(headline="h", summary="s", quotes=[Quote(text=elided)]), ARTICLE
    )
    evidence = grounded.quotes[0].evidence
    assert evidence is not None and evidence.method == "normalised"
    assert ARTICLE[evidence.start : evidence.end] == QUOTE


def briefing_with_errors() -> Briefing:
    return Briefing(
        headline="Border clash",
        summary="Cambodian and Thai troops exchanged fire near Preah Vihear. "
        "Sixteen soldiers were wounded.",
        key_points=["About 1,200 villagers fled.", "Thailand commented on its casualties."],
        events=[Event(what="Troops exchanged fire near the temple.")],
        relations=[
            Relation(
                parties=["Cambodia", "Thailand"],
                kind="agreement",
                description="The two countries agreed to hold border talks in Manila.",
            )
        ],
        quotes=[Quote(speaker="Winthai Suvaree", text=QUOTE)],
    )


def test_flag_counts_prose_apart_and_keeps_everything() -> None:
    grounded = ground_briefing(briefing_with_errors(), ARTICLE)
    summary = grounded.grounding
    assert summary is not None
    assert (summary.prose_checked, summary.prose_supported) == (6, 3)
    assert (summary.prose_contradicted, summary.prose_unverified) == (3, 0)
    assert summary.unsupported == []  # the two-valued list of older runs
    assert [label.split(":")[0] for label in summary.contradicted] == [
        "summary[1]",
        "key_points[1]",
        "relations[0].description",
    ]
    assert "quotes[0].speaker" in " ".join(summary.ungrounded)
    assert summary.rate is not None and summary.rate < 1
    assert len(grounded.key_points) == 2  # flag drops nothing


def test_strict_removes_what_fails_and_records_each_removal() -> None:
    grounded = ground_briefing(briefing_with_errors(), ARTICLE, parse_policy("prose=strict"))
    assert grounded.summary == "Cambodian and Thai troops exchanged fire near Preah Vihear."
    assert grounded.key_points == ["About 1,200 villagers fled."]
    assert grounded.relations == []
    assert grounded.quotes[0].speaker is None
    removed = {c.path: c.reason for c in grounded.checks if c.removed}
    assert removed == {
        "summary[1]": "says 'Sixteen soldiers'; the article says 'Six soldiers'",
        "key_points[1]": "omits a negation: the article says 'not comment'",
        "relations[0].description": "names 'Manila'; the article names 'Bangkok' there",
        "quotes[0].speaker": "says 'Winthai Suvaree' said it; the article attributes it to "
        "'Prime Minister Hun Manet'",
    }


def test_prose_off_checks_no_prose() -> None:
    grounded = ground_briefing(briefing_with_errors(), ARTICLE, parse_policy("prose=off"))
    assert all(c.kind == "quote" for c in grounded.checks)
    assert grounded.grounding is not None and grounded.grounding.prose_checked == 0


OBAMA = (
    "Mr Obama campaigned for Clinton and said Mr Trump was unfit. Speaking this summer, "
    'he said: "He is woefully unprepared."'
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "verdict"),
    [
        # a quotation closed with a period takes no attribution from the next sentence
        ('A spokeswoman added: "It is one of many lines of inquiry." FirstGroup confirmed it.',
         "It is one of many lines of inquiry.", "A spokeswoman", "supported"),
        # an unnamed spokeswoman is not FirstGroup: the article never links the two
        ('A spokeswoman added: "It is one of many lines of inquiry." FirstGroup confirmed it.',
         "It is one of many lines of inquiry.", "FirstGroup", "unverified"),
        # a title no named speaker before it and no pairing resolves: nothing to compare
        ('Mr Obama met him. The President-elect said: "He is a very fine man."',
         "He is a very fine man.", "Barack Obama", "not_checked"),
        # "he" is the person the sentence before is about, not whom he spoke of
        (OBAMA,
         "He is woefully unprepared.", "Mr Obama", "supported"),
        (OBAMA,
         "He is woefully unprepared.", "Mr Trump", "contradicted"),
        # a name does not run on into the next sentence
        ('"We will win," said Sothirak.\n\nDuring the talks nothing changed.',
         "We will win,", "Pou Sothirak", "supported"),
    ],
)  # fmt: skip
def test_attributions(text: str, quote: str, speaker: str, verdict: str) -> None:
    briefing = Briefing(headline="h", summary="s", quotes=[Quote(speaker=speaker, text=quote)])
    check = next(c for c in check_briefing(briefing, text) if c.kind == "speaker")
    assert check.verdict == verdict, check.reason


def test_a_clock_time_is_one_quantity() -> None:
    index = SupportIndex("The plane landed at Reagan National Airport at 3:30pm GMT on Thursday.")
    assert (
        check_claim(index, "The plane landed at Reagan National at 3:30pm.", "k").verdict
        == "supported"
    )
    wrong = check_claim(index, "The plane landed at Reagan National at 30:30pm.", "k")
    assert wrong.verdict == "contradicted"
    assert wrong.offending == ["30:30pm"]
