"""Calibrated red marks: the rules whose red marks were wrong too often on fresh text
(entity, negation, a claim's "X said") give `contradicted` only on strict, structural
evidence;
without it their finding is `unverified` and keeps its reason behind the hint "the
article may say otherwise: ...". Numbers, dates and altered quotations keep red as
before, less the general misreadings fixed here (a definite count, a pronoun or a
contraction read as a name, a number-led title cut, a platform read as an actor, a
party's member read as a name).

Each row is hand-computed: an article, a claim, and the verdict a careful reader gives,
or the gate (`strength.weakness`) that decides it. Every condition has a row where the
red mark stays and one where it becomes unverified.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.negation import plain_clash
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.strength import WEAK_PREFIX, weakness
from newsbrief.grounding.faithfulness.support import SupportIndex

# --- negation: the negated word itself on both sides, negated once on one --------------


@pytest.mark.parametrize(
    ("claim", "support", "claim_negates", "clash"),
    [
        # the claim negates "cut", the support states "cut" plainly: a clash
        ("The company did not cut the price.", "The company cut the price in March.", True, True),
        # the claim negates "stop"; the support never writes "stop" ("still played"): a
        # paraphrase the rules cannot read, no clash
        ("The team did not stop playing.", "The team still played.", True, False),
        # the support negates "cut" too
        ("The company did not cut the price.", "The company said it had not cut the price.", True, False),
        # ... or writes its antonym by a prefix ("unrelated" is not "related" stated plainly)
        ("The move was not related to Brexit.", "The move was unrelated to Brexit.", True, False),
        # a second cue undoes the first in the claim's clause ("never not paid")
        ("The firm has never not paid its staff.", "The firm paid its staff.", True, False),
        # ... a cue in another clause does not
        ("The firm did not cut its prices, and never will.", "The firm cut its prices.", True, True),
        # the support negates "raise", the claim states it plainly
        ("The firm raised prices this year.", "The firm did not raise prices this year.", False, True),
        # the support's cue negates "German", which the claim never writes
        ("Consulate staff had been hurt.", "No German staff had been hurt.", False, False),
        # "not ... anything to say" is the support's own "nothing to say": no clash; a
        # plain "something to say", or "anything" with no cue before it, still clashes
        ("He has nothing to say sorry for.", "He doesn't think he's got anything to say sorry for.", True, False),
        ("He has nothing to say sorry for.", "He thinks he has got something to say sorry for.", True, True),
        ("He has nothing to say sorry for.", "Is there anything to say sorry for, he asked.", True, True),
    ],
)  # fmt: skip
def test_a_plain_clash(claim: str, support: str, claim_negates: bool, clash: bool) -> None:
    assert plain_clash(claim, support, claim_negates=claim_negates) is clash


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        ("The company cut the price of the bar in March. Shoppers were angry.",
         "The company did not cut the price of the bar in March.", "contradicted"),
        ("The team still played after the rain stopped. Fans stayed.",
         "The team did not stop playing after the rain.", "unverified"),
        ("The firm did not raise prices this year. Sales rose.",
         "The firm raised prices this year.", "contradicted"),
    ],
)  # fmt: skip
def test_negation_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert (check.verdict, check.rule) == (verdict, "negation"), check.reason
    assert (check.reason or "").startswith(WEAK_PREFIX) is (verdict == "unverified")


# --- entity: an actor's name in the claim's slot, the claim's name not beside it --------


BRIDGE = (
    "The mayor opened the new bridge on Monday. He walked across it with his deputy, "
    "Anna Smith, and the crowd cheered."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # a full name, the subject of the same verb ("said X signed" / "said Y signed")
        ("The deal was signed in the capital. Officials said Ivan Novak signed it on Monday.",
         "Officials said Petrov signed it on Monday.", "contradicted"),
        # a one-word name written once, without a title: no actor the article names
        ("The deal was signed in the capital. Officials said Novak signed it on Monday.",
         "Officials said Petrov signed it on Monday.", "unverified"),
        # the same verb after both ("X met Jones" / "Y met Jones")
        ("Anna Smith met Jones on Monday.", "Ben Okafor met Jones on Monday.", "contradicted"),
        # the rival stands before another verb ("praised" against "called"): another slot
        ("Anna Smith praised the plan on Monday. Critics in the city, led by Tom Reyes, called it costly.",
         "Ben Jones called the plan costly on Monday.", "unverified"),
        # a description in apposition between the name and its verb is skipped
        ("The bridge opened on Monday. Crowds crossed it as Anna Smith, the engineer, looked on.",
         "Crowds crossed it as Ben Jones looked on.", "contradicted"),
        # a name set off by a comma after a description: the description is its slot
        (BRIDGE, "He walked across it with his deputy, Ben Okafor, and the crowd cheered.",
         "contradicted"),
        (BRIDGE, "He walked across it with his driver, Ben Okafor, and the crowd cheered.",
         "unverified"),
    ],
)  # fmt: skip
def test_entity_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert (check.verdict, check.rule) == (verdict, "entity"), check.reason


SWAP = "names 'Ben Okafor'; the article names 'Anna Smith' there"


@pytest.mark.parametrize(
    ("support", "gate"),
    [
        ("Anna Smith met Jones on Monday.", None),
        # the support writes the claim's own name beside the rival: no strict evidence
        ("Anna Smith met Jones on Monday as Ben Okafor looked on.", "claim_name_in_support"),
        # the rival is in no slot of the claim's name
        ("Jones thanked Anna Smith on Monday.", "other_slot"),
    ],
)
def test_entity_gates(support: str, gate: str | None) -> None:
    claim = "Ben Okafor met Jones on Monday."
    article = support + " Anna Smith left early."
    assert weakness("entity", SWAP, claim, article, token="Ben Okafor", support=support) == gate


EDITS = "names 'The Spectator'; the article names 'Anna Smith' there"


@pytest.mark.parametrize(
    ("support", "gate"),
    [
        # the object of "edits" against the object of "edits about": another slot
        ("An article in the magazine he edits about Anna Smith was pulped.", "other_slot"),
        ("The magazine he edits on Anna Smith was pulped.", "other_slot"),
        # the object of "edits" on both sides: the red mark stays
        ("Mr Jones, who edits Anna Smith, said it.", None),
    ],
)
def test_a_preposition_before_the_rival_is_another_slot(support: str, gate: str | None) -> None:
    claim = "Jones, who edits The Spectator, said it."
    article = support + " Anna Smith left early. Anna Smith came back."
    assert weakness("entity", EDITS, claim, article, token="The Spectator", support=support) == gate


def test_a_place_in_another_places_slot_is_red() -> None:
    """A place named once is no actor, but a place in a place's slot is a swap."""
    article = "The Rovers won the cup on Saturday. Fans in Leeds said the Rovers deserved it."
    check = check_claim(SupportIndex(article), "Fans in York said the Rovers deserved it.", "s")
    assert (check.verdict, check.rule) == ("contradicted", "entity"), check.reason


# --- the general misreadings: no name, no rival, no quantity ----------------------------

ARTICLE = (
    "Trump tweeted that the meeting went well. The Democrat said little. "
    "Lesley Stahl asked him on 60 Minutes about the wall. Pelosi said the vote was close. "
    "Obama met Trump at the White House. The meeting lasted 90 minutes."
)


@pytest.mark.parametrize(
    ("rule", "reason", "claim", "token", "gate"),
    [
        # a capitalised contraction or pronoun is never a name
        ("entity", "names 'Stahl'; the article names \"I'm\" there", "Stahl asked him.", "Stahl",
         "malformed"),
        ("entity", "names \"I'm\"; the article names 'Pelosi' there", "I'm sure, Pelosi said.", "I'm",
         "malformed"),
        # ... a well-formed name stays (here with no support given, no strict test either)
        ("entity", "names 'Stahl'; the article names 'Pelosi' there", "Stahl asked him.", "Stahl",
         None),
        # a number-led title is one name: the claim's "Minutes" of "60 Minutes" is cut
        ("entity", "names 'Minutes'; the article names 'Lesley Stahl' there",
         "He told 60 Minutes about the wall.", "Minutes", "fragment"),
        # ... a name of its own in a claim that writes a number-led title elsewhere is not
        ("entity", "names 'Stahl'; the article names 'Pelosi' there",
         "Stahl asked him on 60 Minutes.", "Stahl", None),
        # a platform is where a post is published, not an actor
        ("entity", "names 'Obama'; the article names 'Twitter' there", "Obama said the meeting went well.",
         "Obama", "not_an_actor"),
        ("entity", "names 'Instagram'; the article names 'Trump' there",
         "Pelosi posted on Instagram that the vote was close.", "Instagram", "not_an_actor"),
        # ... a person in the platform's sentence is an actor
        ("entity", "names 'Obama'; the article names 'Trump' there", "Obama tweeted that the meeting went well.",
         "Obama", None),
        # "The Democrat" describes a person; it names no one
        ("entity", "names 'Pelosi'; the article names 'The Democrat' there", "Pelosi said little.",
         "Pelosi", "not_an_actor"),
        # ... a party's member named ("Democrat Nancy Pelosi") is a name
        ("entity", "names 'Schumer'; the article names 'Democrat Nancy Pelosi' there",
         "Schumer said little.", "Schumer", None),
        # a definite count in words ("the two men") is not a quantity an unrelated number rivals
        ("number", "says 'two men'; the article says '90 minutes'", "The two men met for an hour.",
         "two", "definite_count"),
        # ... but the same thing counted otherwise is ("the three men")
        ("number", "says 'two men'; the article says 'three men'", "The two men met for an hour.",
         "two", None),
        # ... and a count in digits is a quantity
        ("number", "says '20 commanders'; the article says 'two armies'",
         "The 20 commanders met for an hour.", "20", None),
    ],
)  # fmt: skip
def test_misreadings(rule: str, reason: str, claim: str, token: str, gate: str | None) -> None:
    assert weakness(rule, reason, claim, ARTICLE, token=token) == gate


# --- speaker: the article attributes the quotation to someone else ----------------------

QUOTES = (
    'The vote was close. "We will win the next one," Ann Lee said on Monday. '
    '"It was a fair fight." Tom Reyes, her rival, was pleased.'
)
PRONOUN = 'Ann Lee spoke at the count. "We will win the next one," she said. Tom Reyes left.'
CHAINED = (
    'Ann Lee said at the count: "We will win the next one. Fans cheer the result (Getty) '
    '"It was a fair fight." Tom Reyes added: "It is over."'
)
BESIDE = '"We will win the next one," Ann Lee said, as Tom Reyes said he would concede.'
WHILE = 'The count went on. "We will win the next one," While Ann Lee said so, Tom Reyes left.'


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "verdict"),
    [
        # attributed next to the quotation: '"...," Ann Lee said'
        (QUOTES, "We will win the next one", "Tom Reyes", "contradicted"),
        (QUOTES, "We will win the next one", "Ann Lee", "supported"),
        # the quotation right after it continues it, nothing else between
        (QUOTES, "It was a fair fight.", "Tom Reyes", "contradicted"),
        # "she said" resolved to the speaker named just before
        (PRONOUN, "We will win the next one", "Tom Reyes", "contradicted"),
        # a quotation the article continues across a caption is still Ann Lee's (requiring
        # an attribution right next to the quotation was measured and left out: it
        # removed no wrong red mark and cost speaker recall, benchmarks/README.md)
        (CHAINED, "It was a fair fight.", "Tom Reyes", "contradicted"),
        # the claimed speaker says something else in the same sentence; these words are
        # Ann Lee's
        (BESIDE, "We will win the next one", "Tom Reyes", "contradicted"),
        # a speaker the precision gate finds malformed ("While Ann Lee") is a doubt
        (WHILE, "We will win the next one", "Tom Reyes", "unverified"),
    ],
)  # fmt: skip
def test_speaker_verdicts(text: str, quote: str, speaker: str, verdict: str) -> None:
    check = check_speaker(text, verbatim_quote(Aligner(text), quote), speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason
    if verdict == "unverified":
        assert (check.reason or "").startswith(WEAK_PREFIX)
        assert check.rule == "speaker"


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # the support names its speaker beside the reporting verb
        ("Merner said the suspect fled on foot.", "Lee said the suspect fled on foot.", "contradicted"),
        # ... and the claim's speaker too: no strict evidence
        ("Merner said the suspect fled on foot, and Lee agreed.", "Lee said the suspect fled on foot.",
         "unverified"),
    ],
)  # fmt: skip
def test_prose_speaker_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("token", "rival", "gate"),
    [
        # one country written two ways: no rival
        ("South Korea's", "The South Korean", "same_country"),
        ("US-South Korean", "US-South Korea", "same_country"),
        # another country, or a country against a pair, is a rival
        ("South Korea's", "Japan's", None),
        ("South Korean", "US-South Korea", None),
    ],
)
def test_one_country_written_two_ways(token: str, rival: str, gate: str | None) -> None:
    reason = f"names {token!r}; the article names {rival!r} there"
    article = f"{rival} officials met. {token} envoy spoke."
    assert weakness("entity", reason, f"{token} envoy spoke.", article, token=token) == gate
