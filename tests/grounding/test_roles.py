"""Role checks: a name the article has, put in a slot the article gives another name.

Hand-labelled: each claim is checked against the small article above it, with the
verdict a careful reader gives and the name that is wrong. Every rule has faithful
paraphrases that must stay supported: reordered, passive, synonyms, a description for
a name, a relation written the other way round.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.support import SupportIndex

AFGHANISTAN = (
    "KABUL - Taliban insurgents attacked the German consulate in Mazar-i-Sharif late on "
    "Thursday, Afghan officials said.\n"
    "Sayid Sarwar Hussaini, spokesman for the regional police, said two large explosions "
    "hit the compound the Taliban attacked.\n"
    "A Taliban spokesman, Zabihullah Mujahid, called the attack a reprisal for air strikes "
    "in Kunduz."
)
ELECTION = (
    "Hillary Clinton has blamed her defeat on James Comey, the FBI director.\n"
    "Mr Comey's announcement, made on Oct 28 in a letter to Congress, revived Mr Trump's "
    "hopes.\n"
    "However, Mrs Clinton's campaign recovered days after Mr Comey's letter."
)
BASEBALL = (
    "The Chicago Cubs won the World Series against the Cleveland Indians.\n"
    "The winning run, watched by Bill Murray, was hit by Ben Zobrist.\n"
    "Zamrose Mohd Zain met Hun Manet on March 3."
)
DEFENCE = (
    "Cambodia, Malaysia armies bulk up cooperation.\n"
    '"It is very timely," said Pou Sothirak.\n'
    "During talks between Tea Seiha and Pete Hegseth, the two nations agreed to resume "
    "the exercises.\n"
    "The meeting was on the second day of Zamrose's two-day visit to Cambodia.\n"
    "Tea Seiha's US counterpart, Pete Hegseth, welcomed the decision."
)
TRAM = (
    "The tram overturned in Croydon, south London, on Wednesday.\n"
    "The driver, from Beckenham, was arrested.\n"
    "The British capital's only tram network serves 27 million passengers a year."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict", "offending"),
    [
        # titles, read from the whole article
        (AFGHANISTAN, "Taliban spokesman Sayid Sarwar Hussaini said two explosions hit the compound.",
         "contradicted", ["Sayid Sarwar Hussaini"]),
        (AFGHANISTAN, "Police spokesman Sayid Sarwar Hussaini said two big explosions hit the compound.",
         "supported", []),
        (AFGHANISTAN, "Sayid Sarwar Hussaini, the police spokesman, said two explosions hit the compound.",
         "supported", []),
        (AFGHANISTAN, "Zabihullah Mujahid, the Taliban spokesman, called the attack a reprisal.",
         "supported", []),
        # places: the name after the same noun and preposition
        (AFGHANISTAN, "Taliban insurgents attacked the German consulate in Kunduz on Thursday.",
         "contradicted", ["Kunduz"]),
        (AFGHANISTAN, "The German consulate in Mazar-i-Sharif was attacked by the Taliban on Thursday.",
         "supported", []),
        (TRAM, "The tram overturned in Beckenham on Wednesday.", "contradicted", ["Beckenham"]),
        (TRAM, "The tram overturned in London on Wednesday.", "supported", []),  # Croydon is in it
        (TRAM, "The tram flipped over in Croydon on Wednesday.", "supported", []),
        # the article's "visit to Cambodia" against the claim's "trip to Malaysia": no
        # word in common beside the names but "to", so no red mark (a doubt)
        (DEFENCE, "The meeting was on the second day of Zamrose's two-day trip to Malaysia.",
         "unverified", ["Malaysia"]),
        (DEFENCE, "The meeting was on the second day of Zamrose's two-day visit to Malaysia.",
         "contradicted", ["Malaysia"]),
        (DEFENCE, "The meeting was on the second day of Zamrose's two-day trip to Cambodia.",
         "supported", []),
        # possessors
        (ELECTION, "Comey's campaign recovered days later.", "contradicted", ["Comey's"]),
        (ELECTION, "Clinton's campaign bounced back days later.", "supported", []),
        (TRAM, "London's only tram network serves 27 million passengers a year.", "supported", []),
        (DEFENCE, "Pete Hegseth's counterpart, Tea Seiha, welcomed the decision.",
         "supported", []),
        # agents: who does the verb, read from word order, passives and "X's <noun>"
        (ELECTION, "Trump announced it on Oct 28 in a letter to Congress.", "contradicted", ["Trump"]),
        (ELECTION, "Comey announced it on Oct 28 in a letter to Congress.", "supported", []),
        (BASEBALL, "The Cleveland Indians won the World Series.", "contradicted", ["The Cleveland Indians"]),
        (BASEBALL, "The World Series was won by the Chicago Cubs.", "supported", []),
        (BASEBALL, "The Cleveland Indians were beaten by the Cubs in the World Series.", "supported", []),
        (BASEBALL, "Bill Murray hit the winning run.", "contradicted", ["Bill Murray"]),
        (BASEBALL, "Ben Zobrist hit the winning run, watched by Bill Murray.", "supported", []),
        (BASEBALL, "Hun Manet met Zamrose Mohd Zain on March 3.", "supported", []),  # reciprocal
        (DEFENCE, "Pou Sothirak and Pete Hegseth agreed to resume the exercises.",
         "contradicted", ["Pou Sothirak"]),
        (DEFENCE, "Tea Seiha and Pete Hegseth agreed to resume the exercises.", "supported", []),
    ],
)  # fmt: skip
def test_role_checks(article: str, claim: str, verdict: str, offending: list[str]) -> None:
    check = check_claim(SupportIndex(article), claim, "key_points[0]")
    assert check.verdict == verdict, check.reason
    assert check.offending == offending


def test_a_role_failure_says_what_the_article_says() -> None:
    check = check_claim(SupportIndex(ELECTION), "Comey's campaign recovered days later.", "p")
    assert check.reason == 'says "Comey\'s"; the article says "Mrs Clinton\'s"'
    check = check_claim(SupportIndex(AFGHANISTAN), "Taliban spokesman Sayid Sarwar Hussaini said "
                        "two explosions hit the compound.", "p")  # fmt: skip
    assert check.reason == (
        "calls 'Sayid Sarwar Hussaini' by a title the article gives 'Zabihullah Mujahid'"
    )


PRESIDENT_ELECT = (
    "President-elect Donald Trump flew to Washington. He shook hands with Mr Obama.\n"
    'The President-elect said: "He is a very fine man."'
)
ANAPHORA = (
    'Mr Trump claimed it was "a great honour" to meet Mr Obama. He shook hands with him.\n'
    'The President-elect said: "He is a very fine man."'
)
OTHER_OFFICE = (
    "President Barack Obama said he was encouraged.\n"
    'The President-elect said: "He is a very fine man."'
)
SPOKESWOMAN = (
    "British Transport Police said it was too early to comment.\n"
    'A spokeswoman added: "It is one of many lines of inquiry."\n'
    "Dane Chinnery, 19, was among the dead."
)
NAMED_SPOKESWOMAN = (
    "Jane Doe, a spokeswoman for the council, confirmed the closure.\n"
    'Later a spokeswoman added: "We are sorry for the delay."'
)
COMPANY = 'A spokeswoman for Toblerone said: "We chose to keep the price." Mondelez owns it.'
PULL_QUOTE = (
    "It is all about costs. It is not Brexit.\n"
    'Gemma Pryor from Mondelez International told reporters: "It is all about costs."'
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "verdict"),
    [
        # a title resolved to the person the article gives it
        (PRESIDENT_ELECT, "He is a very fine man.", "Donald Trump", "supported"),
        (PRESIDENT_ELECT, "He is a very fine man.", "Barack Obama", "contradicted"),
        # a definite title with no pairing: the last named speaker before it
        (ANAPHORA, "He is a very fine man.", "Donald Trump", "supported"),
        (ANAPHORA, "He is a very fine man.", "Barack Obama", "contradicted"),
        # ... unless the article gives that speaker another title of the office
        (OTHER_OFFICE, "He is a very fine man.", "Barack Obama", "not_checked"),
        # an unnamed spokeswoman: her organisation, or the role itself, not another name
        (SPOKESWOMAN, "It is one of many lines of inquiry.", "British Transport Police", "supported"),
        (SPOKESWOMAN, "It is one of many lines of inquiry.", "A spokeswoman", "supported"),
        (SPOKESWOMAN, "It is one of many lines of inquiry.", "Dane Chinnery", "unverified"),
        (NAMED_SPOKESWOMAN, "We are sorry for the delay.", "Jane Doe", "supported"),
        (NAMED_SPOKESWOMAN, "We are sorry for the delay.", "John Roe", "contradicted"),
        (COMPANY, "We chose to keep the price.", "Toblerone", "supported"),
        (COMPANY, "We chose to keep the price.", "Mondelez", "unverified"),
        # a pull-quote repeats the quotation before its attribution; the person, not the firm
        (PULL_QUOTE, "It is all about costs.", "Gemma Pryor", "supported"),
        (PULL_QUOTE, "It is all about costs.", "Mondelez International", "contradicted"),
    ],
)  # fmt: skip
def test_speakers_behind_titles_and_descriptions(
    text: str, quote: str, speaker: str, verdict: str
) -> None:
    evidence = verbatim_quote(Aligner(text), quote)
    check = check_speaker(text, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason


def test_a_resolved_title_names_the_person_in_the_reason() -> None:
    evidence = verbatim_quote(Aligner(PRESIDENT_ELECT), "He is a very fine man.")
    check = check_speaker(PRESIDENT_ELECT, evidence, "Barack Obama", "quotes[0].speaker")
    assert check.reason == (
        "says 'Barack Obama' said it; the article attributes it to 'President-elect', "
        "whom the article names 'Donald Trump'"
    )


WHITE_HOUSE = (
    "Donald Trump hailed Barack Obama as a very fine man after talks with the outgoing "
    "President.\n"
    "The meeting at the White House was the first step of the transition.\n"
    "Later Mr Trump flew to Trump Tower."
)


@pytest.mark.parametrize(
    ("claim", "verdict", "offending"),
    [
        # the neighbouring sentence gives the place with the same preposition
        ("Donald Trump called Barack Obama a very fine man after their talks at the White House.",
         "supported", []),
        # a place of the article, but never "at" it
        ("Donald Trump called Barack Obama a very fine man after their talks at Trump Tower.",
         "unverified", ["Trump Tower"]),
    ],
)  # fmt: skip
def test_a_place_named_with_its_preposition_next_door(
    claim: str, verdict: str, offending: list[str]
) -> None:
    check = check_claim(SupportIndex(WHITE_HOUSE), claim, "summary[0]")
    assert (check.verdict, check.offending) == (verdict, offending), check.reason


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Pete Hegseth's Cambodian counterpart", ["Pete Hegseth's", "Cambodian"]),
        ("London's only tram network", ["London's"]),
        ("Prime Minister Hun Manet of Cambodia", ["Prime Minister Hun Manet of Cambodia"]),
    ],
)
def test_a_possessive_ends_a_name(text: str, names: list[str]) -> None:
    assert [p.text for p in name_phrases(text)] == names
