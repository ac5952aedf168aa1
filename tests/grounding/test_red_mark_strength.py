"""The precision gate: a rule's finding is red (`contradicted`) only when its evidence is
strong; a weak one is `unverified` and keeps the rule's reason as a hint ("the article
may say otherwise: ...").

Each row is hand-computed: an article, a claim (or a quote's claimed speaker), and the
verdict a careful reader gives, beside the gate that decides it (`strength.weakness`).
Every gate has a row where it fires and one where the same rule, with a well-formed
rival, stays red.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.strength import WEAK_PREFIX, rival_of, weakness
from newsbrief.grounding.faithfulness.support import SupportIndex


@pytest.mark.parametrize(
    ("reason", "rival"),
    [
        ("names 'Nico Rosberg'; the article names 'Christian Horner' there", "Christian Horner"),
        ("says 'Aslef' said it; the article says 'Finn Brennan' did", "Finn Brennan"),
        (("says 'X' said it; the article attributes it to 'a spokeswoman', whom the article "
         "names 'Jane Doe'"), "Jane Doe"),
        ('names "Clinton\'s"; the article names "The Democrat\'s" there', "The Democrat's"),
        ("says '80'; the article says '40m'", "40m"),
        ("names 'Tokyo', who is not in the supporting sentences", None),
        ("says 'not plan'; the article states it without a negation", None),
    ],
)  # fmt: skip
def test_the_rival_is_read_from_the_reason(reason: str, rival: str | None) -> None:
    assert rival_of(reason) == rival


ARTICLE = (
    "While Verstappen slid wide at the hairpin, Hamilton said the car felt perfect. "
    "Even the stewards agreed. Officials said even the rain helped. "
    "The commissioner of Transport for London, Mike Brown, said the line would reopen. "
    "Republican House Speaker Paul Ryan said the vote would go ahead. "
    "Finn Brennan said there should be no rush to judgment. "
    "In New York, Mr Obama met the mayor. The US said it would help. "
    "Jos Verstappen said the team was wrong. Christian Horner said the car was fast. "
    "A tram caught fire in Shettlestone Road, Glasgow, after a collision. "
    "Cambodia, Malaysia armies bulk up security. Trams run in Croydon, Wimbledon and Beckenham."
)


@pytest.mark.parametrize(
    ("rule", "reason", "claim", "gate"),
    [
        # a subordinate clause's opening word read into the rival: no name of its own
        ("speaker", "says 'Lewis Hamilton' said it; the article attributes it to 'While Verstappen'",
         "Lewis Hamilton", "malformed"),
        # nothing but function words
        ("entity", "names 'Adams'; the article names 'There' there", "Adams wrote it.", "malformed"),
        # a sentence opener the article writes in lower case elsewhere ("even the rain")
        ("entity", "names 'Joe'; the article names 'Even' there", "Joe agreed.", "malformed"),
        # a coordinator or preposition only opens the sentence: "New York", "Mr Obama" stand
        ("entity", "names 'Los Angeles'; the article names 'In New York' there",
         "Marchers in Los Angeles met the mayor.", None),
        ("entity", "names 'Mr Clinton'; the article names 'And Mr Obama' there",
         "Mr Clinton met the mayor.", None),
        # an acronym opens a name well, even one spelt like a function word
        ("entity", "names 'Lazio'; the article names 'AS Roma' there", "Lazio won.", None),
        # an acronym opens a name well
        ("speaker", "says 'France' said it; the article says 'US' did", "France said it would help.", None),
        # a piece of a longer name: "London" of "Transport for London"
        ("speaker", "says 'Mike Brown' said it; the article says 'London' did", "Mike Brown said so.",
         "fragment"),
        # an affiliation before a title: "Republican House" of "Republican House Speaker"
        ("speaker", "says 'Paul Ryan' said it; the article attributes it to 'Republican House'",
         "Paul Ryan", "fragment"),
        # the rival is named in the claim itself: the claim displaced no one
        ("speaker", "says 'Aslef' said it; the article says 'Finn Brennan' did",
         "Finn Brennan of the union Aslef said there should be no rush.", "named_in_claim"),
        # ... but a name that shares only a surname is another person: red stays
        ("speaker", "says 'Max Verstappen' said it; the article attributes it to 'Jos Verstappen'",
         "Max Verstappen", None),
        # ... and a shared title word names nobody
        ("entity", "names 'Kin Phea'; the article names 'General Christian Horner' there",
         "General Kin Phea said the car was fast.", None),
        # a well-formed rival the claim does not name: red stays
        ("entity", "names 'Nico Rosberg'; the article names 'Christian Horner' there",
         "Nico Rosberg said the car was fast.", None),
        # one place at two scales, side by side: "Shettlestone Road, Glasgow"
        ("entity", "says in 'Glasgow'; the article says 'Shettlestone Road'",
         "A tram caught fire in Glasgow.", "apposition"),
        # two countries side by side are two ("Cambodia, Malaysia armies"): red stays
        ("entity", "says to 'Malaysia'; the article says 'Cambodia'",
         "The trip to Malaysia ended.", None),
        # items of a list are not one place: red stays
        ("entity", "says in 'Wimbledon'; the article says 'Croydon'", "Trams run in Wimbledon.", None),
        # a gate for names only reads name rules
        ("number", "says 'While'; the article says 'What'", "While it rained.", None),
    ],
)  # fmt: skip
def test_name_gates(rule: str, reason: str, claim: str, gate: str | None) -> None:
    assert weakness(rule, reason, claim, ARTICLE, token=_claimed(reason)) == gate


def _claimed(reason: str) -> str:
    """The claim's own name a reason quotes first ("says in 'Glasgow'; ...": "Glasgow")."""
    first = reason.split(";")[0]
    return first[first.index("'") + 1 : first.rindex("'")] if "'" in first else ""


def test_a_title_after_the_rival_in_lower_case_still_makes_it_a_fragment() -> None:
    article = (
        "Newt Gingrich, a former Republican House speaker, praised him. "
        "Republican House speaker Paul Ryan also spoke."
    )
    reason = "says 'Paul Ryan' said it; the article attributes it to 'Republican House'"
    assert weakness("speaker", reason, "Paul Ryan", article) == "fragment"
    # the rival written once as a name of its own: the finding stands
    alone = article + " Republican House members cheered."
    assert weakness("speaker", reason, "Paul Ryan", alone) is None


WITHOUT = "the article states it without a negation"


@pytest.mark.parametrize(
    ("claim", "support", "gate"),
    [
        # the support negates the word the claim negates first, in other words: weak
        ("The spokeswoman insisted the change was not a result of Brexit.",
         'She insisted that "this change wasn\'t done as a result of Brexit."', "negation_nearby"),
        ("She denied that the change was because of Brexit.",
         '"This change wasn\'t done as a result of Brexit."', "negation_nearby"),
        ("She said nothing about larger forces.", "She said nothing about other, larger forces.",
         "negation_nearby"),
        # no negation in the support: red stays
        ("Lainey Ireson did not praise the company.", "Lainey Ireson praised the company.", None),
        # a negation elsewhere in the support, away from the claim's word: red stays
        ("The driver did not brake before the bend.",
         "The driver braked before the bend. Nobody was hurt, officials said.", None),
        # a contrast closes the support's negation: "not hopeful but very calm" negates no
        # "calm", so "not very calm" stays red
        ("She was not very calm.", "She was not hopeful but very calm.", None),
    ],
)  # fmt: skip
def test_negation_gate(claim: str, support: str, gate: str | None) -> None:
    reason = f"says 'not x'; {WITHOUT}"
    assert weakness("negation", reason, claim, support, support=support) == gate


def test_an_omitted_negation_is_not_gated() -> None:
    # the claim states plainly what the article negates: the support's own negation is
    # the finding, so nothing near it weakens it
    reason = "omits a negation: the article says 'not resumed'"
    support = "The talks have not resumed."
    assert weakness("negation", reason, "The talks resumed.", support, support=support) is None


@pytest.mark.parametrize(
    ("article", "claim", "verdict", "rule"),
    [
        # a question's opening word read into the speaker ("What FBI Director James Comey
        # told Congress ... was that"): the rule read the wrong clause; unverified, hint kept
        (
            (
                "What FBI Director James Comey told Congress under oath on 7 July was that "
                "Clinton had been careless. Conway repeated it on television."
            ),
            "Conway said Comey had told Congress under oath on 7 July that Clinton was careless.",
            "unverified",
            "speaker",
        ),
        # the claim names the article's speaker itself ("Finn Brennan of ... Aslef"): no
        # red mark; the rule's doubt stays as the hint
        (
            (
                "Finn Brennan said there should be no rush to judgment until the facts were "
                "known. The union Aslef represents train drivers."
            ),
            (
                "Finn Brennan of the train drivers' union Aslef said there should be no rush to "
                "judgment until the facts were known."
            ),
            "unverified",
            "speaker",
        ),
        # the support negates the claim's negated word in other words ("wasn't done as a
        # result of"): the negation rule's scopes disagree, the finding is weak
        (
            (
                "A spokeswoman for the maker acknowledged that the exchange rate was "
                "unfavorable, but insisted that \"this change wasn't done as a result of "
                'Brexit," the BBC reported. Sales rose.'
            ),
            (
                "A spokeswoman for the maker acknowledged that the exchange rate was "
                "unfavourable but insisted the change was not a result of Brexit, the BBC "
                "reported."
            ),
            "unverified",
            "negation",
        ),
        # the street and the city side by side: one place at two scales
        (
            (
                "There have been no deaths on board a tram in the UK since 1959, when a tram "
                "caught fire in Shettlestone Road, Glasgow, after a collision with a lorry. "
                "The line reopened."
            ),
            (
                "Nobody had died on board a tram in the UK since 1959, when a tram caught fire "
                "in Glasgow after colliding with a lorry."
            ),
            "unverified",
            "entity",
        ),
        # ... but the street alone is another place in the claim's place's slot: red
        (
            (
                "There have been no deaths on board a tram in the UK since 1959, when a tram "
                "caught fire in Shettlestone Road after a collision with a lorry. "
                "The line reopened."
            ),
            (
                "Nobody had died on board a tram in the UK since 1959, when a tram caught fire "
                "in Glasgow after colliding with a lorry."
            ),
            "contradicted",
            "entity",
        ),
        # a negation with no negation in the support: red
        (
            "Lainey Ireson praised the company for explaining the change. Sales rose.",
            "Lainey Ireson did not praise the company for explaining the change.",
            "contradicted",
            "negation",
        ),
        # a well-formed name in the claim's slot: red
        (
            (
                "Trump spoke about Clinton at a rally. What FBI agents found was that Clinton had "
                "been careless with information, Trump said."
            ),
            "Trump said FBI agents found that Obama had been careless with information.",
            "contradicted",
            "entity",
        ),
        (
            (
                "Christian Horner said the drive was one of the best he had seen. "
                "The race ended in rain."
            ),
            "Lewis Hamilton said the drive was one of the best he had seen.",
            "contradicted",
            "entity",
        ),
    ],
)
def test_claims_through_the_gate(article: str, claim: str, verdict: str, rule: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary[0]")
    assert (check.verdict, check.rule) == (verdict, rule), check.reason
    assert check.reason is not None
    # a weak finding keeps the rule's reason behind the hint; a red one states it plainly
    assert check.reason.startswith(WEAK_PREFIX) == (verdict == "unverified")


SPEAKERS = (
    "While Verstappen slid wide at the hairpin, the champion kept going. "
    '"The car felt perfect," he said. '
    '"It is a good day," said Christian Horner.'
)


@pytest.mark.parametrize(
    ("quote", "speaker", "verdict"),
    [
        # "he" resolved to a subordinate clause's subject read as "While Verstappen"
        ("The car felt perfect", "Lewis Hamilton", "unverified"),
        # a whole name in the attribution's place: red
        ("It is a good day", "Lewis Hamilton", "contradicted"),
        ("It is a good day", "Christian Horner", "supported"),
    ],
)
def test_quote_speaker_gate(quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(SPEAKERS), quote)
    check = check_speaker(SPEAKERS, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason
    if verdict != "supported":
        assert check.reason is not None
        assert check.reason.startswith(WEAK_PREFIX) == (verdict == "unverified")
