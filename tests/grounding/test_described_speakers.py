"""A speaker's description is never the speaker: a job title with its organisation
("EEF chief economist, Steve Radley"), the publication a speaker edits ("The Spectator
editor told"), a constituency and its county ("Mr Johnson, MP for Henley-on-Thames,
Oxfordshire, said"), a long relative clause ("Mr Johnson, who ..., said"), and the
subject of the words reported after an inverted verb ("..., said Mr Blair should ...").
Hand-labelled: each article, quote, claimed speaker and the verdict a careful reader
gives; where the article gives the quotation to someone else, the red mark stays."""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.attribution import continues_description, named_speakers
from newsbrief.grounding.faithfulness.speakers import check_speaker

RATES = (
    "Factory output fell again in November. "
    '"So far the evidence suggests the rises have helped," said EEF chief economist, '
    'Steve Radley. "However, the Bank should stand ready to cut rates." '
    'Analyst Mary Cole said: "Rates will stay on hold."'
)
EDITOR = (
    "The mayor refused to apologise. "
    "However, Mr Johnson, who was forced to apologise last year for an article in the "
    "magazine he edits about people grieving over the death of a hostage in a foreign "
    'land, said Mr Blair "should butt out of" the row. '
    '"I don\'t see why the prime minister has to get involved," The Spectator editor told '
    "BBC Radio. "
    "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected Labour was "
    'trying to reassure voters "because of this curious way in which Labour acts". '
    '"He should stick to his guns," he said. '
    'Ann Lee, a reporter at the Standard, said: "It is a row about nothing."'
)


@pytest.mark.parametrize(
    ("article", "quote", "speaker", "verdict"),
    [
        # "said EEF chief economist, Steve Radley": his words, not the EEF's
        (RATES, "So far the evidence suggests", "Steve Radley", "supported"),
        (RATES, "the Bank should stand ready", "Steve Radley", "supported"),
        (RATES, "So far the evidence suggests", "Mary Cole", "contradicted"),
        (RATES, "Rates will stay on hold.", "Steve Radley", "contradicted"),
        # "The Spectator editor told": the editor, the last named speaker before it
        (EDITOR, "I don't see why the prime minister", "Boris Johnson", "supported"),
        (EDITOR, "I don't see why the prime minister", "Ann Lee", "contradicted"),
        # "MP for Henley-on-Thames, Oxfordshire": the county is no speaker, nor a "he"
        (EDITOR, "because of this curious way", "Boris Johnson", "supported"),
        (EDITOR, "He should stick to his guns", "Boris Johnson", "supported"),
        (EDITOR, "He should stick to his guns", "Ann Lee", "contradicted"),
        # a description with its organisation after a name stays that name's
        (EDITOR, "It is a row about nothing.", "Ann Lee", "supported"),
        (EDITOR, "It is a row about nothing.", "Boris Johnson", "contradicted"),
    ],
)
def test_described_speaker(article: str, quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(article), quote)
    check = check_speaker(article, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason


LONG_CLAUSE = (
    "However, Mr Johnson, who was forced to apologise last year for an article in the "
    "magazine he edits about people grieving over the death of a hostage, said it was wrong."
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an inverted report names its speaker last; words after it are its own clause
        ('"We are ready," said Mr Blair.', ["Mr Blair"]),
        ('Mr Johnson said Mr Blair "should butt out".', ["Mr Johnson"]),
        ("Officials, said Mr Blair should resign.", []),
        # a sentence adverb before its comma is no name; a long "who" clause is carried
        (LONG_CLAUSE, ["Mr Johnson"]),
    ],
)
def test_named_speakers(text: str, speakers: list[str]) -> None:
    assert named_speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said", "Oxfordshire", True),
        ("Jo Hill, director of policy at the EEF, Ann Lee and others said", "Ann Lee", True),
        ("At a rally in Michigan, Trump questioned the review", "Trump", False),
        ("Mr Johnson, the MP, Ann Lee and others said", "Ann Lee", False),
    ],
)
def test_continues_description(text: str, name: str, expected: bool) -> None:
    assert continues_description(text, text.index(name)) is expected
