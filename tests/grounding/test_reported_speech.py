"""Quote speakers attributed indirectly: continued quotations, indirect speech with an
embedded quote, the wider reporting verbs, "it" for an organisation, plural
descriptions, and two people of one family name. Hand-labelled: each text, the quote,
the claimed speaker and the verdict a reader of the text would give."""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.pronouns import is_organisation
from newsbrief.grounding.faithfulness.speakers import check_speaker

CONTINUED = (
    'Officials met on Friday. "It was a prepared attack," Zabihullah Mujahid said. '
    '"As per our plan, the fighters reached the gate." Witnesses heard gunfire.'
)
REOPENED = (
    'Lewis Hamilton won in Brazil. He said: "I am hunting and all I can do is my best. '
    '"I need to keep on doing. It is going to be hard to beat him."'
)
CAPTION = (
    'Ben Zobrist said at the post-match presentation shown on BT Sport 1: "It is '
    'unbelievable. Cubs fans celebrate the victory (Getty) "Every guy on this team '
    'roots for each other." Anthony Rizzo added: "It is the best game."'
)
INDIRECT = (
    "The movement's spokesman, Zabihullah Mujahid, said by telephone that fighters had "
    'been sent "with a mission to destroy the consulate". Noor Mohammad Faiz, a doctor, '
    "counted the wounded."
)
DESCRIBED = (
    "Lee Yarker wrote to the page. A spokeswoman for Mondelez acknowledged that the rate "
    'was "not favourable", but added: "This change was not done as a result of Brexit."'
)
OTHER_VOICE = (
    'Anna Berg said that Tom Lind had called the plan "a disaster for the town". Nobody else spoke.'
)
ORGANISATION = (
    "Lainey Ireson wrote on the page. Mondelez said the move was down to costs. "
    'It said: "We chose to change the shape." Cathy White wrote back.'
)
PLURAL = (
    'Kenneth Shelton spoke to the BBC. "We are all here to support each other," '
    "organisers of the New York protest wrote on Facebook."
)
FAMILY = (
    "Max Verstappen drove superbly and impressed his father. Jos Verstappen said: "
    '"I have never seen anything like it."'
)
SELF_NAMED = (
    "Lewis Hamilton groaned about the rain. He added: "
    '"Lewis did a great job but I can live with second."'
)
FAMILY_STATEMENT = (
    'Dane Logan died in the crash. "He was a loving father," Mr Logan\'s family said in a '
    "statement."
)
FRIEND = 'Dane Logan died in the crash. A friend of the victim said: "He loved trains."'
TRANSPORT = (
    'Dane Logan died in the crash. Police arrested a man. "We are appealing for '
    'witnesses," a British Transport Police spokesman said.'
)
NEW_PASSAGE = (
    '"This game is for her," said Fadiyla Mance, 25, as she waved a flag. In Cleveland, '
    'dejected fans were left wondering what went wrong. "It was a game of ups and downs."'
)
NOT_AN_ORGANISATION = (
    "Clinton spokesman Brian Fallon wrote on Twitter. Trump is furious after the FBI "
    'announced its review. "Right now she is protected by a rigged system," he told '
    "supporters."
)
OPENING_PHRASE = (
    "Brian Fallon wrote on Twitter. At a rally in Michigan, Trump questioned the review. "
    '"The investigation will go on," he told supporters.'
)
DESCRIBED_FIRST = (
    "Tom Ricketts said the team won. And Hollywood legend Bill Murray was overcome with "
    'emotion. He said: "My mother died 20 years ago today."'
)
PRESIDENT = (
    "More recently, the Republican claimed victory. The President, who congratulated his "
    'successor, said it was "no secret" they differed. But he added that "we all want '
    "what's best\" for the country. President Barack Obama left."
)
POSSESSOR = (
    "Nico Rosberg finished second. Whiting's decision made no difference to Hamilton. "
    'He added: "I can live with second."'
)
LONG_TITLE = (
    'Senator Dianne Feinstein said it was "even more troubling" and called for a review. '
    '"By confirming that the emails were meaningless, the letter underscores it," Senate '
    "Democratic leader Harry Reid said."
)
UNREAD_AFTER = (
    'Dianne Feinstein said it was "even more troubling". "By confirming that the emails '
    'were meaningless, the letter underscores it," the veteran lawmaker from Nevada, '
    "Harry Reid, said."
)
IN_BERLIN = (
    "A foreign ministry spokesman in Berlin said the attack was suppressed. "
    '"All staff are safe," he said.'
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "verdict"),
    [
        # a quotation after another one's attribution, nobody else in between
        (CONTINUED, "As per our plan, the fighters reached the gate.", "Zabihullah Mujahid", "supported"),
        (CONTINUED, "As per our plan, the fighters reached the gate.", "Noor Faiz", "contradicted"),
        # a new paragraph reopening the quote marks continues the open quotation
        (REOPENED, "It is going to be hard to beat him.", "Lewis Hamilton", "supported"),
        (REOPENED, "It is going to be hard to beat him.", "Nico Rosberg", "contradicted"),
        # a longer gap before the colon; a caption interrupts the quotation
        (CAPTION, "Every guy on this team roots for each other.", "Ben Zobrist", "supported"),
        # ... so another speaker is contradicted
        (CAPTION, "Every guy on this team roots for each other.", "Anthony Rizzo", "contradicted"),
        (CAPTION, "It is the best game.", "Anthony Rizzo", "supported"),
        # indirect speech: the subject of the reporting verb owns the embedded quote
        (INDIRECT, "with a mission to destroy the consulate", "Zabihullah Mujahid", "supported"),
        (INDIRECT, "with a mission to destroy the consulate", "Noor Mohammad Faiz", "contradicted"),
        (DESCRIBED, "This change was not done as a result of Brexit.", "A spokeswoman for Mondelez", "supported"),
        (DESCRIBED, "This change was not done as a result of Brexit.", "Lee Yarker", "unverified"),
        (DESCRIBED, "not favourable", "Mondelez", "supported"),
        # someone else reported between the verb and the quote: no guess
        (OTHER_VOICE, "a disaster for the town", "Anna Berg", "not_checked"),
        # "it" is the last organisation named as speaking, not the last person
        (ORGANISATION, "We chose to change the shape.", "Mondelez", "supported"),
        (ORGANISATION, "We chose to change the shape.", "Lainey Ireson", "contradicted"),
        # a bare plural description with what it belongs to
        (PLURAL, "We are all here to support each other,", "Organisers of the New York protest", "supported"),
        (PLURAL, "We are all here to support each other,", "Kenneth Shelton", "unverified"),
        # one family name, two people
        (FAMILY, "I have never seen anything like it.", "Jos Verstappen", "supported"),
        (FAMILY, "I have never seen anything like it.", "Max Verstappen", "contradicted"),
        # "he" is not the man the quotation speaks of by name: nobody is guessed
        (SELF_NAMED, "Lewis did a great job but I can live with second.", "Lewis Hamilton", "not_checked"),
        # "he" after "a spokesman in Berlin said" is the spokesman, not Berlin
        (IN_BERLIN, "All staff are safe,", "A foreign ministry spokesman", "supported"),
        (IN_BERLIN, "All staff are safe,", "Zabihullah Mujahid", "unverified"),
        # a closed quotation followed by a new passage is not continued
        (NEW_PASSAGE, "It was a game of ups and downs.", "Fadiyla Mance", "not_checked"),
        # "he" is a person, not "the FBI" that announced something
        (NOT_AN_ORGANISATION, "Right now she is protected by a rigged system,", "Donald Trump", "supported"),
        (NOT_AN_ORGANISATION, "Right now she is protected by a rigged system,", "Brian Fallon", "contradicted"),
        # the subject after an opening phrase is whom "he" refers to
        (OPENING_PHRASE, "The investigation will go on,", "Donald Trump", "supported"),
        (OPENING_PHRASE, "The investigation will go on,", "Brian Fallon", "contradicted"),
        # a sentence's name after its descriptor ("Hollywood legend Bill Murray")
        (DESCRIBED_FIRST, "My mother died 20 years ago today.", "Bill Murray", "supported"),
        (DESCRIBED_FIRST, "My mother died 20 years ago today.", "Tom Ricketts", "contradicted"),
        # a described speaker with a relative clause ("The President, who ..., said")
        (PRESIDENT, "we all want what's best", "Barack Obama", "supported"),
        (PRESIDENT, "we all want what's best", "Donald Trump", "contradicted"),
        # a possessor in a sentence naming others is not whom "he" refers to
        (POSSESSOR, "I can live with second.", "Nico Rosberg", "supported"),
        # a title and descriptor before the name after the quote
        (LONG_TITLE, "By confirming that the emails were meaningless", "Harry Reid", "supported"),
        (LONG_TITLE, "By confirming that the emails were meaningless", "Dianne Feinstein", "contradicted"),
        # an attribution after the quote that the patterns cannot read: no guess from before
        (UNREAD_AFTER, "By confirming that the emails were meaningless", "Dianne Feinstein", "not_checked"),
        # a possessor is not the speaker: "Mr Logan's family said" is the family's
        (FAMILY_STATEMENT, "He was a loving father,", "Mr Logan's family", "supported"),
        (FAMILY_STATEMENT, "He was a loving father,", "Mr Logan", "unverified"),
        # "A friend of the victim said:" is the friend's, not "the victim"'s
        (FRIEND, "He loved trains.", "A friend of Dane Logan", "supported"),
        (FRIEND, "He loved trains.", "Dane Logan", "unverified"),
        # a description with several capitalised words before its noun
        (TRANSPORT, "We are appealing for witnesses,", "A British Transport Police spokesman", "supported"),
        (TRANSPORT, "We are appealing for witnesses,", "Dane Logan", "unverified"),
    ],
)  # fmt: skip
def test_reported_speech(text: str, quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(text), quote)
    assert evidence.grounded, quote
    check = check_speaker(text, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("verb", "verdict"),
    [("groaned", "supported"), ("admitted", "supported"), ("conceded", "supported"),
     ("insisted", "supported"), ("acknowledged", "supported"), ("ate", "not_checked")],
)  # fmt: skip
def test_reporting_verbs(verb: str, verdict: str) -> None:
    text = f'At the second red flag, Lewis Hamilton {verb}: "The track is fine!" Then it rained.'
    evidence = verbatim_quote(Aligner(text), "The track is fine!")
    assert check_speaker(text, evidence, "Lewis Hamilton", "q").verdict == verdict


@pytest.mark.parametrize(
    ("name", "organisation"),
    [("Mondelez", True), ("Mondelez International", True), ("BBC", True),
     ("Mujahid", False), ("Lainey Ireson", False), ("Clinton", False)],
)  # fmt: skip
def test_what_it_can_refer_to(name: str, organisation: bool) -> None:
    text = (
        "US-based Mondelez International makes the bar. Zabihullah Mujahid spoke. "
        "Mrs Clinton and Lainey Ireson wrote to the BBC."
    )
    assert is_organisation(name, text) is organisation
