"""How far the attribution reader reaches: an apposition between the speaker and the
verb, a courtesy title or middle initial with its full stop, an age before the name,
a quotation in straight single marks (a sentence from its middle, an apostrophe inside
it, one continued after its attribution, one never closed), a participle after an
apposition ("X, the ranking member, hinted ..., saying:"), a claimed speaker that is only a pronoun, and the doubt when a description is
resolved to someone while the claimed speaker is the one acting just before. Each
row hand-labelled: the article, the quote, the claimed speaker, and the verdict a
careful reader gives (the swapped speaker is someone the article names as speaking
elsewhere, so the red mark rests on a named rival)."""

from __future__ import annotations

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.evidence.quotes import verbatim_quote
from newsbrief.grounding.faithfulness.speakers import check_speaker

RESIDENTS = (
    "Locals have raised concerns about the speed of the trams. "
    "Pat Rooke, 72, a nearby resident, said 'They come around that corner very fast "
    "sometimes, and it is quite a sharp bend.' "
    "Sue Patel, who lives near the station, added: 'I heard a noise at around six. "
    "But then I saw there were helicopters.' "
    "Her cousin, Tom Sayer, said: 'Still cannot believe this is true.'"
)
DONORS = (
    "Donors met on Saturday. "
    '"We lost with graduates after leading with them all summer," a campaign spokesman, '
    'Brian Fell, said on Wednesday. "Five more days of reminders, and they went back." '
    '"You can have the greatest field program," said Jay S. Jacobs, a donor to Mrs. Clinton. '
    '"You can have better ads. Unfortunately, the other side had the winning argument." '
    '"It is concerning," Ms. Conway said, offering no evidence. "We already know the rules." '
    '"There is a special place for staff who okayed the server," Jim Manley, a strategist '
    "and former aide to Senator Harry Reid, said."
)
RALLY = (
    "Supporters waited for three hours at the rally. "
    '"I am insulted," said Nicole Calisti, in her 40s. '
    '"She should be in prison," declared 42-year-old Amy Rodgers. '
    "Mark Smith's son-in-law Dan Mimms said he was on his way to work. "
    "He said: 'As Phil was such a kind man he would help anybody. It's really hurting "
    "his wife Ann. He shouldn't have been on that tram.' The tram was full."
)
RADIO = (
    "The safety car was deployed five times. "
    "'This is just mad,' said a furious Sam Vale, who also spun earlier, over the team "
    "radio. 'Stupid. What this race needs is a red flag.' "
    "John Cole, the ranking member of the committee, hinted at battles to come, saying: "
    '"We will have many questions." '
    "Rita Moss, a steward, said the race would go on."
)
LONG = (
    "Mr Seary's son-in-law Dan Mimms said he was on his way to work. "
    "He said: 'As Phil was such a kind man he would do anything to help anybody at all, "
    "at any hour of the day. It's really hurting his wife Ann. He shouldn't have been "
    "on that tram. He found out the day before that he had to go into work that day, "
    "and he went without a word of complaint, as he always did, because that was the "
    "kind of man he was, and everyone who knew him will tell you the same about him, "
    "every one of them, for as long as they live. "
)
UNCLOSED = (
    "'I will never forget it,' Ann Bell told reporters. 'Maybe it was better like that. "
    "On the track the rain caused havoc all afternoon. "
    "Despite the stoppages, Tom Reed won the race. 'I loved it,' Reed said."
)
TRAM = (
    "Navy veteran Ken Frost, 57, was one of those injured. "
    "He said the tram failed to slow down at its usual point. "
    "\"Usually you feel the brakes. I thought, 'He should be braking in a minute.' "
    'The next thing I knew we were on our side." '
    "Alan Price, whose house overlooks the track, told reporters he heard a noise. "
    'The 76-year-old said: "I thought it was some lorry." '
    "Republican House speaker Pat Dunn also insisted on a review. "
    '"Regardless of this, the finding stands," he said in a statement. '
    '"She simply believes she is above the law." '
    "In a brief written statement Sunday, the Justice Department said it had "
    '"dedicated all necessary resources to this review." '
    "Officials said the line would reopen on Monday."
)
SINGERS = (
    "The singer Cara Dune performed at the rally on Monday. "
    'Dune said: "We will be heard." '
    "Then Lena Voss swiftly deleted the tweet after a backlash, and she issued an apology. "
    "'I apologize for the joke I made earlier,' added the singer, who backed the campaign."
)


@pytest.mark.parametrize(
    ("article", "quote", "speaker", "verdict"),
    [
        # "X, 72, a nearby resident, said '...": the name, not the description, and a
        # verb that runs into the quotation without a colon
        (RESIDENTS, "They come around that corner very fast", "Pat Rooke", "supported"),
        (RESIDENTS, "They come around that corner very fast", "Sue Patel", "contradicted"),
        # "X, who lives near the station, added: '...'", a sentence from its middle
        (RESIDENTS, "But then I saw there were helicopters.", "Sue Patel", "supported"),
        (RESIDENTS, "But then I saw there were helicopters.", "Pat Rooke", "contradicted"),
        # "Her cousin, Tom Sayer, said:": the name set off by commas
        (RESIDENTS, "Still cannot believe this is true.", "Tom Sayer", "supported"),
        (RESIDENTS, "Still cannot believe this is true.", "Pat Rooke", "contradicted"),
        # "a campaign spokesman, Brian Fell, said": the name in the apposition, and the
        # quotation that continues it
        (DONORS, "Five more days of reminders, and they went back.", "Brian Fell", "supported"),
        (
            DONORS,
            "Five more days of reminders, and they went back.",
            "Jim Manley",
            "contradicted",
        ),
        # "Jay S. Jacobs, a donor to Mrs. Clinton.": neither full stop ends the sentence,
        # so the next quotation continues his; a sentence from its middle
        (
            DONORS,
            "Unfortunately, the other side had the winning argument.",
            "Jay S. Jacobs",
            "supported",
        ),
        (
            DONORS,
            "Unfortunately, the other side had the winning argument.",
            "Brian Fell",
            "contradicted",
        ),
        # "Ms. Conway said": a courtesy title with its full stop is part of the name
        (DONORS, "We already know the rules.", "Kellyanne Conway", "supported"),
        (DONORS, "We already know the rules.", "Jay S. Jacobs", "contradicted"),
        # "Jim Manley, a strategist and former aide to Senator Harry Reid, said": the
        # first of the pieces that is a name, not the senator in the description
        (DONORS, "There is a special place for staff", "Jim Manley", "supported"),
        (DONORS, "There is a special place for staff", "Brian Fell", "contradicted"),
        # "declared 42-year-old Amy Rodgers": the age before the name
        (RALLY, "She should be in prison,", "Amy Rodgers", "supported"),
        (RALLY, "She should be in prison,", "Nicole Calisti", "contradicted"),
        # a quotation in single marks, an apostrophe inside it ("It's"): "He said: '"
        # reaches the sentence from its middle, and "he" is Dan Mimms
        (RALLY, "He shouldn't have been on that tram.", "Dan Mimms", "supported"),
        (RALLY, "He shouldn't have been on that tram.", "Amy Rodgers", "contradicted"),
        # "added the singer" is the singer the article names elsewhere (Cara Dune), but
        # the claimed speaker acts just before the quote: a doubt, not a red mark
        (SINGERS, "I apologize for the joke I made earlier", "Lena Voss", "unverified"),
        # a quotation in single marks continued after its attribution ("'...,' said
        # a furious Sam Vale, ... over the team radio. 'Stupid. ...'")
        (RADIO, "What this race needs is a red flag.", "Sam Vale", "supported"),
        (RADIO, "What this race needs is a red flag.", "Rita Moss", "contradicted"),
        # "..., saying:" after a sentence opening with a name and its apposition
        (RADIO, "We will have many questions.", "John Cole", "supported"),
        (RADIO, "We will have many questions.", "Rita Moss", "contradicted"),
        # a quotation still open past the window: its opening's "He said:" speaks
        (LONG, "He shouldn't have been on that tram.", "Dan Mimms", "supported"),
        # a single mark never closed before the next one opens is no quotation: the
        # narrative sentence after it is nobody's quote
        (UNCLOSED, "Despite the stoppages, Tom Reed won the race.", "Ann Bell", "not_checked"),
        # a quotation opening its own sentence after indirect speech ("He said the
        # tram failed ...") is that speaker's; a quotation inside it in single marks
        # ("I thought, 'He should be braking'") is skipped as a pair
        (TRAM, "The next thing I knew we were on our side.", "Ken Frost", "supported"),
        (TRAM, "The next thing I knew we were on our side.", "Alan Price", "contradicted"),
        # "The 76-year-old said:": a description by age, the last named speaker before
        (TRAM, "I thought it was some lorry.", "Alan Price", "supported"),
        (TRAM, "I thought it was some lorry.", "Ken Frost", "contradicted"),
        # "Republican House speaker Pat Dunn": "he" is Pat Dunn, not "Republican House"
        (TRAM, "She simply believes she is above the law.", "Pat Dunn", "supported"),
        (TRAM, "She simply believes she is above the law.", "Alan Price", "contradicted"),
        # "the Justice Department said it had "..."": an organisation in common words,
        # after an opening phrase; the claimed name with its article agrees
        (
            TRAM,
            "dedicated all necessary resources to this review.",
            "The Justice Department",
            "supported",
        ),
        (TRAM, "dedicated all necessary resources to this review.", "Ken Frost", "contradicted"),
    ],
)
def test_attribution_reach(article: str, quote: str, speaker: str, verdict: str) -> None:
    evidence = verbatim_quote(Aligner(article), quote)
    check = check_speaker(article, evidence, speaker, "quotes[0].speaker")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize("pronoun", ["He", "she", "They"])
def test_a_pronoun_claimed_as_speaker_is_not_checked(pronoun: str) -> None:
    """A briefing that gives the speaker as "He" names nobody: not checked, never red
    (the article's "Ms. Conway said" is no rival to a pronoun)."""
    evidence = verbatim_quote(Aligner(DONORS), "We already know the rules.")
    check = check_speaker(DONORS, evidence, pronoun, "quotes[0].speaker")
    assert check.verdict == "not_checked"
    assert "pronoun" in (check.reason or "")
