"""Attribution forms beyond "X said": "said one" of a group, "Ms. Pryor said", a name
after a description behind a run-in caption, an outlet reporting a subject's words, a
participle ("..., saying:") and a relative "who" ("Tessa Jowell who said:"), an
inverted "said" before a description in lower case ("said rally driver Dave Hawkins").
Hand-labelled: each article, quote,
claimed speaker and the verdict a careful reader gives; a form the rules cannot read
stays not_checked, never a guess."""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.speakers import check_speaker

FANS = (
    'The singer wrote: "We will be heard." '
    "Supporters have gathered outside the hall since dawn. "
    '"She is standing up for all of us. That is my hero," said one. '
    '"Make your voice louder than theirs!" said another. '
    "Police closed the road at noon."
)
BARS = (
    "The company cut the weight of its bars. "
    '"We need to keep it affordable," Ms. Corran said, adding that the recipe was unchanged. '
    'Oliver Hyde, a shopper, called the change "a disgrace."'
)
BLAST = (
    "Rescuers reached the site at night. "
    "Image copyright AFP Image caption A crater was left by the blast Rebel spokesman "
    'Omar Dalil said that the fighters had been sent "to destroy the depot," Reuters reported. '
    "Doctors said three people were hurt."
)
CAPTION = (
    "The leaders met for an hour. "
    "Tension and stiff smiles: Body language expert's view Body language expert Rhona Vale "
    'said "the tension was obvious" during the meeting. '
    'Senator Alan Brook said the talks had been "useful."'
)
SINGER = (
    "The singer protested outside the tower on Tuesday. "
    "Mira Dane has shared a photo of herself on the truck outside Hale Tower, saying: "
    '"I want to live in a kinder country". '
    'Dane, who urged voters to back "the braver candidate", later left the city. '
    'Tom Reyes, her manager, said the protest was "peaceful."'
)
RALLY = (
    "Another exhibit is a rally car adapted for disabled drivers. "
    '"We use the latest technology supplied by an Italian company," said rally driver '
    "Dave Hawkins who runs the school. Organiser Roy Tansley welcomed the visitors."
)
JOWELL = (
    'Patricia Hewitt said: "We need clearer warnings." Her call was backed by Culture, '
    'Media and Sport Secretary Tessa Jowell who said: "You would not let your child watch '
    'that film."'
)
ARCHER = (
    'Lord Tebbit said the case should be judged on its merits. "He is far from the worst," '
    "he added. Meanwhile, senior Conservative MP Sir Teddy Taylor warned that the move "
    'could be controversial. He said: "I suppose it could upset some members."'
)
ASKED = (
    'Dan Ross said on Facebook: "The shape is all that matters." '
    '"Why not just make them smaller?" The bars were cut to 150 grams, the company said.'
)


@pytest.mark.parametrize(
    ("article", "quote", "speaker", "verdict"),
    [
        # "said one": one of the group the passage introduced ("Supporters have gathered")
        (FANS, "She is standing up for all of us.", "A supporter", "supported"),
        (FANS, "Make your voice louder than theirs!", "a supporter", "supported"),
        (FANS, "She is standing up for all of us.", "The singer", "unverified"),
        (FANS, "Make your voice louder than theirs!", "Police", "unverified"),
        # a courtesy title with its full stop
        (BARS, "We need to keep it affordable,", "Ms Corran", "supported"),
        (BARS, "We need to keep it affordable,", "Oliver Hyde", "contradicted"),
        # a run-in caption before "Rebel spokesman Omar Dalil said that ...", and the
        # outlet that reported it is not the speaker
        (BLAST, "to destroy the depot,", "Omar Dalil", "supported"),
        (BLAST, "to destroy the depot,", "Reuters", "contradicted"),
        # a caption before "Body language expert Rhona Vale said "...""
        (CAPTION, "the tension was obvious", "Rhona Vale", "supported"),
        (CAPTION, "the tension was obvious", "Alan Brook", "contradicted"),
        # "..., saying:" is the sentence subject's; "Dane, who urged" is Dane's
        (SINGER, "I want to live in a kinder country", "Mira Dane", "supported"),
        (SINGER, "I want to live in a kinder country", "Tom Reyes", "contradicted"),
        (SINGER, "the braver candidate", "Mira Dane", "supported"),
        (SINGER, "the braver candidate", "Tom Reyes", "contradicted"),
        # after a closing "?", the next sentence's "said" is not this quote's: it
        # continues Dan Ross's
        # "said rally driver Dave Hawkins": the description in lower case is his
        (
            RALLY,
            "We use the latest technology supplied by an Italian company,",
            "Dave Hawkins",
            "supported",
        ),
        (
            RALLY,
            "We use the latest technology supplied by an Italian company,",
            "Roy Tansley",
            "contradicted",
        ),
        # "Tessa Jowell who said:" is hers, not the speaker of the quotation before
        (JOWELL, "You would not let your child watch that film.", "Tessa Jowell", "supported"),
        (
            JOWELL,
            "You would not let your child watch that film.",
            "Patricia Hewitt",
            "contradicted",
        ),
        # a speaker the claim gives by a description with a title ("MP") is a doubt, never
        # a red mark against the person the article names
        (
            ARCHER,
            "I suppose it could upset some members.",
            "the senior Conservative MP",
            "unverified",
        ),
        (ASKED, "Why not just make them smaller?", "Dan Ross", "supported"),
        (ASKED, "Why not just make them smaller?", "the company", "contradicted"),
    ],
)
def test_attribution_forms(article: str, quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(article), quote)
    check = check_speaker(article, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason


def test_said_one_without_a_group_is_not_checked() -> None:
    article = 'The hall was full. "It was wonderful," said one. The doors closed at ten.'
    evidence = verbatim_quote(Aligner(article), "It was wonderful,")
    assert check_speaker(article, evidence, "Ann Lee", "q").verdict == "not_checked"
