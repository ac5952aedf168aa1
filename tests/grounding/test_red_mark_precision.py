"""Faithful claims that a rule once marked red, and the corrupted claims beside them that
must stay red. Each row is a general cause, not one article's sentence:

- An organisation's name cut at "for" ("Transport for London") is no speaker: "The
  commissioner of Transport for London, Mike Brown, said" is Mike Brown's.
- A sentence's or quotation's capitalised first word ("Even my husband ...", '"Right now
  she's ...') is no name a pronoun refers back to, nor one that displaced the claim's.
- A description before a name ("Cubs fan Rodrigo Gonzales") leaves the name the speaker,
  not the team the description hangs on.
- A speaker's age in apposition ('"...," Greg Kojak, 36, said', 'Greg Kojak, 36, said:
  "..."') is read as the attribution next to the quote.
- "X called it ..." and "X described it as ..." say something: a claim's "Lewis Hamilton
  called the drive one of the best" against the support's "team chief Christian Horner
  said the drive was one of the best" is a swapped speaker.
- A value the claim states itself ("80 metres deep, although earlier reports had put it
  at 40m") is no other value in its number's place.
- A rank the article writes before the same word elsewhere ("the first letter" where the
  window says "a second letter") is another of those things: unverified, not red.
- A neighbour's year dates another event when the linked sentence dates its own
  relatively ("13 years ago"): only the linked sentences and the lede may contradict.
- A year counted on from the year written before ("created in 1908 ... the following
  year it became") dates the linked sentence: 1909 is supported, 1910 contradicted.
- A capitalised description of a person ("the Dutchman", "The Democrat's") is no name: it
  neither displaces the claim's name nor is displaced by the article's.

And corruptions the rules missed for a general reason:

- A claim with a negation of its own ("that there was no reason to prosecute") still
  omits the article's negation of a verb it states plainly ("had changed" where the
  article says "hadn't changed"; "were warning signs" where it says "were no warning
  signs"); a claim's own negation of that word agrees with it.
- Reversals stated without a cue: "won" / "lost", a comparison's direction ("narrower"
  / "wider"), a level's change written as a noun ("turnout rose" / "a drop in turnout").

- A newspaper named by generic words ("The Global Times") and an agency's own name
  ("Xinhua") are names: "The Global Times reported" where the article says "Xinhua
  reported" is a swapped source.

- An altered quote is found in a paragraph that goes on quoting: joined paragraphs
  reopen the quote marks without closing the last ('... injured. "Clearly ...'), and a
  quote may reword a fragment of a longer quotation.

Hand-labelled: each article, claim and the verdict a careful reader gives.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import nearest_quotation, verbatim_quote
from newsbrief.grounding.faithfulness.attribution import named_speakers
from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.kinds import described_person
from newsbrief.grounding.faithfulness.prose import check_quote_text
from newsbrief.grounding.faithfulness.speakers import check_speaker
from newsbrief.grounding.faithfulness.support import SupportIndex

TRAMS = (
    "A tram came off the rails in Croydon on Wednesday. "
    "Rail investigators said the tram was going too fast. "
    'Ann Rees, the commissioner of Trams for Kent, said: "I am devastated for the families '
    'of those who have lost their lives." '
    "Police are still at the scene."
)
WITNESS = (
    "Lola Adeyemi, 46, rushed to the scene as soon as she heard of the crash. "
    "Her husband, Tunde Bello, was on his way to work, Ms Adeyemi said. "
    '"Even my husband was covered with blood," she said. '
    "She said her husband has a deep cut on his arm. "
    "Even so, the line reopened on Friday."
)
FANS = (
    "The team won the title for the first time in 70 years. "
    '"The wait is over, the curse is gone," said Hawks fan Dario Munez, 24, after the game. '
    "Thousands of Hawks fans filled the streets."
)
WELL = (
    "A boy who fell into a well in Hubei has died, officials said. "
    "Rescuers dug for four days through soft soil. "
    "Earlier reports had put the well at a depth of 40m. "
    "The boy was found after a search of 100 hours."
)
LETTERS = (
    "Mayor Ines Cole wrote to the council on Monday that the audit had found no fraud. "
    "Turnout fell once the first letter became public. "
    "The vote was held on Tuesday. "
    "Officials counted the ballots all night. "
    "Several days later, Cole sent a second letter saying the audit was closed."
)
# the same story without "the first letter": the rank is then a swap
LETTER = LETTERS.replace("Turnout fell once the first letter became public. ", "")
RACE = (
    "Max Vale stole the show in the rain in Brazil. "
    "At the first restart Vale immediately passed Tim Roe, the 2007 world champion, at "
    "turn one. "
    "Vale finished third."
)
CURSE = (
    "The Hawks won the title on Wednesday. "
    "Fans danced in the streets until dawn. "
    "The Hawks have had close calls since 1945. "
    "Their most painful loss came 13 years ago when fan Sam Ortiz deflected a foul ball. "
    "Ortiz became a symbol of the curse."
)
# the same story with the neighbour's year in the linked sentence's place
DATED = CURSE.replace("13 years ago", "in 2003")
REVIEW = (
    "The inquiry reopened the case on Friday. "
    "The board said the review hadn't changed its conclusion that there was no reason to "
    "charge Mr Hale. "
    "Mr Hale's lawyers welcomed the news."
)
WELLHEAD = (
    "A boy fell into a well in Hebei on Sunday. "
    "Rescuers worked for four days. "
    "The well had been left unused for five years and there were no warning signs. "
    "His father called for help online."
)
SEASON = (
    "The Hawks have had close calls before. "
    "In 1984 they were one win away from the final but lost three straight games to the "
    "Owls. "
    "The change means the gaps between the seats are now wider than the seats themselves. "
    "After record early voting, there was a significant drop in turnout in the city when "
    "the letter became public."
)
WELL_NEWS = (
    "A boy who fell into a well has died. "
    "The boy fell into the well in Hebei on Sunday, state media Xinhua reported. "
    "More than 500 rescuers took part, a rescue official told the Global Times."
)
BAR = (
    "The bar sold well in Britain last month. "
    "Shops stocked it everywhere. "
    "The bar was created in 1908 by Theo Brandt, a chocolatier from Bern. "
    "Its name joins his surname and a word for nougat. "
    "The following year it became the first bar with honey to be protected by a patent. "
    "Its shape is said to be a myth."
)
# counted on by more than one year, from a year in the same sentence
RIVAL = (
    "The rival bar sold well in Britain last month. "
    "Shops stocked it everywhere. "
    "The rival bar was launched in 1912 and two years later it won a prize in Paris. "
    "Its recipe is kept secret."
)
DRIVE = (
    "Max Vale finished third in the rain. "
    "Team chief Ada Horn said Vale's race was one of the finest drives she had seen. "
    "Vale overtook 13 cars."
)
CAMPAIGN = (
    "Senator Ruth Kane lost the race on Tuesday. "
    "The Democrat's campaign manager Lia Park welcomed the recount this evening. "
    "Park said the team was glad."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # an organisation named "X for Y" is not cut into a speaker "Y"
        (TRAMS, "The commissioner of Trams for Kent, Ann Rees, said she was devastated for the families of those who had died.", "supported"),
        (TRAMS, "The commissioner of Trams for Kent, Rob Vine, said he was devastated for the families of those who had died.", "contradicted"),
        # "Even" opening a quotation is no one "she" refers back to: "Ms Adeyemi" before it is
        (WITNESS, "Lola Adeyemi said her husband has a deep cut on his arm.", "supported"),
        # a value the claim states itself is no rival of its own other number
        (WELL, "The well was 80 metres deep, although earlier reports had put it at 40m.", "unverified"),
        (WELL, "Earlier reports had put the well at a depth of 60m.", "contradicted"),
        # the article writes "the first letter" too: another letter, not a swapped rank
        (LETTERS, "Several days after the first letter, Cole wrote that the audit was closed.", "unverified"),
        (LETTERS, "Several days later, Cole sent a third letter saying the audit was closed.", "contradicted"),
        (LETTER, "Several days after the first letter, Cole wrote that the audit was closed.", "contradicted"),
        # a linked sentence dated "13 years ago": a neighbour's "since 1945" dates another
        # event; without the relative date the neighbour's year still contradicts
        (CURSE, "In 2003 Hawks fan Sam Ortiz deflected a foul ball.", "unverified"),
        (DATED, "In 2004 Hawks fan Sam Ortiz deflected a foul ball.", "contradicted"),
        (DATED, "In 2003 Hawks fan Sam Ortiz deflected a foul ball.", "supported"),
        # the article's negation of a verb the claim states plainly, beside the claim's
        # own other negation
        (REVIEW, "The board said the review had changed its conclusion that there was no reason to charge Mr Hale.", "contradicted"),
        (REVIEW, "The board said the review had not changed its conclusion that there was no reason to charge Mr Hale.", "supported"),
        (REVIEW, "The board said the review left its conclusion that there was no reason to charge Mr Hale as it was.", "supported"),
        # "no" before a noun the claim states plainly, beside the claim's own negation
        (WELLHEAD, "The well had been unused for five years and there were warning signs around it.", "contradicted"),
        (WELLHEAD, "The well had been left unused for five years and there were no warning signs.", "supported"),
        # reversals without a cue
        (SEASON, "In 1984 the Hawks were one win away from the final and won three straight games against the Owls.", "contradicted"),
        (SEASON, "In 1984 the Hawks were one win away from the final but lost three straight games to the Owls.", "supported"),
        (SEASON, "The gaps between the seats are now narrower than the seats themselves.", "contradicted"),
        (SEASON, "The gaps between the seats are now wider than the seats themselves.", "supported"),
        (SEASON, "After record early voting, turnout rose in the city when the letter became public.", "contradicted"),
        (SEASON, "After record early voting, turnout fell in the city when the letter became public.", "supported"),
        # a newspaper of generic words, an agency's own name
        (WELL_NEWS, "The Global Times reported that the boy fell into the well in Hebei on Sunday.", "contradicted"),
        (WELL_NEWS, "Xinhua reported that the boy fell into the well in Hebei on Sunday.", "supported"),
        # a year counted on from the year before
        (BAR, "In 1909 the bar became the first bar with honey to be protected by a patent.", "supported"),
        (BAR, "In 1910 the bar became the first bar with honey to be protected by a patent.", "contradicted"),
        (RIVAL, "In 1914 the rival bar won a prize in Paris.", "supported"),
        (RIVAL, "In 1915 the rival bar won a prize in Paris.", "contradicted"),
        # "called" and "described" say something
        (DRIVE, "Tim Roe called Vale's race one of the finest drives he had seen.", "contradicted"),
        (DRIVE, "Ada Horn called Vale's race one of the finest drives she had seen.", "supported"),
        (DRIVE, "Tim Roe described Vale's race as one of the finest drives he had seen.", "contradicted"),
        # a description of a person is no name
        (RACE, "At the first restart the Dutchman immediately passed Tim Roe, the 2007 world champion, at turn one.", "unverified"),
        (RACE, "At the first restart Ben Ode immediately passed Tim Roe, the 2007 world champion, at turn one.", "contradicted"),
        (CAMPAIGN, "Kane's campaign manager, Lia Park, welcomed the recount.", "supported"),
    ],
)  # fmt: skip
def test_claim_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The commissioner of Transport for London, Mike Brown, said he was sorry.", ["Mike Brown"]),
        ("Mike Brown, the commissioner of Transport for London, said he was sorry.", ["Mike Brown"]),
        ("A spokesman for London, Mike Brown, said it was closed.", ["Mike Brown"]),
        ("Lewis Hamilton called it one of the best drives.", ["Lewis Hamilton"]),
        ("Ada Horn described the race as one of the best.", ["Ada Horn"]),
    ],
)  # fmt: skip
def test_named_speakers(text: str, speakers: list[str]) -> None:
    assert named_speakers(text) == speakers


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [("Dario Munez", "supported"), ("Hawks", "contradicted"), ("Lee Trent", "contradicted")],
)
def test_a_description_before_the_speaker(speaker: str, verdict: str) -> None:
    """ "said Hawks fan Dario Munez": the fan speaks, not the team."""
    evidence = verbatim_quote(Aligner(FANS), "The wait is over, the curse is gone")
    assert check_speaker(FANS, evidence, speaker, "quote").verdict == verdict


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The Global Times said", [("global", "times")]),
        ("state media Xinhua said", [("xinhua",)]),
        ("The Foreign Ministry said", []),  # generic words naming no one paper
        ("The Ministry said", []),
    ],
)
def test_names_of_generic_words(text: str, keys: list[tuple[str, ...]]) -> None:
    assert [p.keys for p in name_phrases(text)] == keys


@pytest.mark.parametrize(
    ("text", "name", "described"),
    [
        ("the Dutchman passed him", "Dutchman", True),
        ("The Democrat's campaign", "The Democrat's", True),
        ("the Briton won", "Briton", True),
        ("the Republicans voted", "Republicans", True),
        ("a Dutchman passed him", "Dutchman", False),  # no "the": not read as a description
        ("the Netherlands won", "Netherlands", False),  # a country, not a person
        ("the Kremlin said", "Kremlin", False),
        ("the Red Bull driver", "Red Bull", False),  # two words: `describes` reads those
    ],
)
def test_described_person(text: str, name: str, described: bool) -> None:
    assert described_person(text, text.index(name), name) is described


# Paragraphs joined by a space: the second reopens the quote marks, the first never closes.
REOPENED = (
    'Ann Rees said: "I am devastated for the families of those who have lost their lives. '
    '"Clearly something has gone badly wrong and we will work with the emergency services '
    'and the operator to establish the cause." The tram was bound for Wimbledon. '
    'A spokesman said: "Like many firms, we face higher costs for our ingredients. '
    '"We had to cut the weight of two bars." Fans were angry.'
)


@pytest.mark.parametrize(
    ("quote", "verdict"),
    [
        # a reworded fragment of the long reopened quotation
        ("Clearly something has gone terribly wrong", "contradicted"),
        ("Clearly something has gone badly wrong", "supported"),
        # the paragraphs around a reopening mark keep their altered quotes caught
        ("Like many firms, we face lower costs for our ingredients.", "contradicted"),
        ("We had to cut the weight of three bars.", "contradicted"),
        ("Nothing of the kind was ever said by anyone here", "unverified"),
    ],
)
def test_quotes_in_reopened_paragraphs(quote: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(REOPENED), quote)
    assert check_quote_text(REOPENED, quote, evidence, "quote").verdict == verdict


def test_a_reopening_mark_ends_the_quotation_before_it() -> None:
    """The evidence of a reworded fragment is the reopened paragraph's quotation, not the
    words between the close of one quotation and the opening of the next."""
    quote = "Clearly something has gone terribly wrong"
    evidence = nearest_quotation(REOPENED, quote)
    assert evidence is not None
    assert REOPENED[evidence.start : evidence.end].startswith("Clearly something has gone badly")
    assert REOPENED[evidence.start : evidence.end].endswith("establish the cause.")


AGES = (
    'The fans celebrated all night. "This is perfect baseball," Greg Kojak, 36, said as he '
    'watched. Nina Holt, 29, said: "We have waited our whole lives for this night." '
    "The bars stayed open."
)


@pytest.mark.parametrize(
    ("quote", "speaker", "verdict"),
    [
        ("This is perfect baseball", "Greg Kojak", "supported"),
        ("This is perfect baseball", "Nina Holt", "contradicted"),
        ("We have waited our whole lives for this night.", "Nina Holt", "supported"),
        ("We have waited our whole lives for this night.", "Greg Kojak", "contradicted"),
    ],
)
def test_a_speaker_with_an_age(quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(AGES), quote)
    assert check_speaker(AGES, evidence, speaker, "quote").verdict == verdict
