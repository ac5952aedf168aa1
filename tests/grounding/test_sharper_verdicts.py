"""Sharper contradiction rules, and the faithful claims beside them that must keep their
verdict. A red `contradicted` must be right: a rule says "the article says otherwise"
only when the article fills the claim's slot with something else; where it cannot be
sure the claim stays `unverified`.

- Ranks: "the 8th summit" where the window says "the 6th summit" (the same word after
  the rank, or the same word before it other than a determiner) contradicts, in digits
  or in words ("third" / "first"); a rank of something else stays unverified, and a
  rank in words with no rival in its slot is not checked at all (as before).
- A count written with a hyphen counts its unit: "a two-day visit" is 2 days, so
  "four days" contradicts it and "two days" is it.
- A labelled number ("lap 67") contradicts "the 48th of 71 laps".
- A name missing from the support contradicts outside its slot only when the support
  names another of the same kind (`kinds.name_kind`); a picture credit, a country or a
  place is no person the claim's name displaced.
- Negation scope: "unclear whether" leaves open the words after it; a subordinate clause
  after the negated words ("did not materialise as he crashed out") is not negated.
- The reverse outcome without a cue ("paid off" / "backfired") said of the same thing.
- A pronoun speaker ("which he said") is the claim's speaker when its own sentence
  names that speaker first; quoted words with no speaker in their sentence are said by
  whom the article names as the quotation's speaker (a claim's other speaker
  contradicts, even when the name is also missing from the support; a speaker read
  through a pronoun does not); a capitalised description ("the Kingdom's") possesses
  nothing a claim's named possessor could contradict.

Hand-labelled: each article, claim and the verdict a careful reader gives.
"""

from __future__ import annotations

import pytest

from newsbrief.grounding.faithfulness.consistency import check_claim
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.kinds import describes, name_kind
from newsbrief.grounding.faithfulness.negation import negation_problems
from newsbrief.grounding.faithfulness.reversals import reversal_problems
from newsbrief.grounding.faithfulness.support import SupportIndex

SUMMIT = (
    "Foreign Minister Lina Varo attended the 6th Harbour Forum meeting by video link on "
    "March 12. "
    "Varo said the forum had helped trade across the region. "
    "Leaders of 27 states went to the 5th Harbour Forum summit in 2019. "
    "The two countries this year celebrated the 75th anniversary of their relations. "
    "Mira Tal is 11th in the standings with 51 points. "
    "Tal won her first title in Oslo last year."
)
VISIT = (
    "The army chief, General Oren Dask, made a two-day visit to Portland in May. "
    "He met the mayor on the second day of the visit."
)
RACE = (
    "Rain hit the Grand Prix in Velmont on Sunday. "
    "Tomas Reyes crashed out in the 48th of 71 laps when he was in 14th position. "
    "The crowd applauded him as he walked back to the pits."
)

GRAND_PRIX = (
    "Tomas Reyes crashed out of the race on lap 48 after struggling in the rain. "
    "Leo Marsh pitted on lap 20 for new tyres. "
    "The crowd applauded Reyes. "
    "Fans sang in the stands. "
    "Reyes had said he would retire. "
    "At one point, Leo Marsh had a huge lead over his rival, but it was wiped out when "
    "the safety car came out."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # a labelled number the article gives the same event of the same person otherwise,
        # outside the window ("crashed ... on lap 48")
        (GRAND_PRIX, "Tomas Reyes's crash on lap 6 brought out the safety car and wiped out Leo Marsh's lead.", "contradicted"),
        (GRAND_PRIX, "Tomas Reyes's crash on lap 48 brought out the safety car and wiped out Leo Marsh's lead.", "supported"),
        # another lap of another event is no evidence ("pitted on lap 20")
        (GRAND_PRIX, "Leo Marsh's lead was wiped out by the safety car on lap 30.", "unverified"),
        # a rank against another rank of the same thing
        (SUMMIT, "Lina Varo attended the 8th Harbour Forum meeting by video link on March 12.", "contradicted"),
        (SUMMIT, "Lina Varo attended the 6th Harbour Forum meeting by video link on March 12.", "supported"),
        (SUMMIT, "The two countries this year celebrated the 70th anniversary of their relations.", "contradicted"),
        (SUMMIT, "The two countries this year celebrated the 75th anniversary of their relations.", "supported"),
        # the same word before the rank ("is 11th")
        (SUMMIT, "Mira Tal is 110th in the standings with 51 points.", "contradicted"),
        # a determiner before both ranks says nothing of what they rank
        (SUMMIT, "Leaders of 27 states went to the 9th summit in 2019.", "unverified"),
        # ranks in words: "third title" where the article says "first title" in Oslo
        (SUMMIT, "Tal won her third title in Oslo last year.", "contradicted"),
        (SUMMIT, "Tal won her first title in Oslo last year.", "supported"),
        # a rank in words the window does not rank is not checked (as before)
        (SUMMIT, "Varo said the forum had helped trade across the region for the first time.", "supported"),
        # a count written with a hyphen counts its unit
        (VISIT, "General Oren Dask spent four days in Portland in May.", "contradicted"),
        (VISIT, "General Oren Dask spent two days in Portland in May.", "supported"),
        (VISIT, "General Oren Dask made a two-day visit to Portland in May.", "supported"),
        # a labelled number against "the 48th of 71 laps"
        (RACE, "Tomas Reyes crashed out on lap 67 of 71 in Velmont.", "contradicted"),
        (RACE, "Tomas Reyes crashed out on lap 48 of 71 in Velmont.", "supported"),
    ],
)  # fmt: skip
def test_claim_verdicts(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


# A swap leaves a name of the same kind behind; a picture credit, a country or a place
# in the support is no person the claim's name displaced.
TRAM_VICTIMS = (
    "The final victims of the tram crash have been named as three adults who lived in "
    "South London. "
    "Dan Cole, 62, of Croydon, and Rob Hale, 52, of New Addington, were among them."
)
GALLERY = (
    "(Photo: Getty Images) But the teenager overtook 13 cars, including that of his "
    "team-mate Dan Rico. "
    "Red Bull said Max Vale drove the race of his life."
)
ENVOY = (
    "Ex-diplomat Pou Sarak said the region was calmer than it had been. "
    "The talks had stalled for years. "
    "Trade has grown since then. "
    "The ceasefire has held. "
    "He said the present climate offers a rare chance to rebuild a deeper, more strategic "
    "Cambodia-US relationship. "
    "Lee Yarn, an analyst, said the talks would take time."
)
MARCH = (
    "In New York, about 2,000 marchers headed for the skyscraper where the president-elect "
    "lives. "
    "They shouted slogans. "
    "Los Angeles and Chicago also saw protests."
)
POLL = (
    "The latest poll showed Clinton with a 5 point lead over the New York businessman "
    "nationally, while races in the swing states of Florida and Ohio shifted. "
    "Trump dismissed the poll."
)
LETTER = (
    "FBI Director James Comey made the announcement in a letter to Congress. "
    "Clinton spokesman Brian Fallon wrote on Twitter that the issue was resolved."
)
SHOP = (
    'Lee Yarker said: "Fair enough reducing the weight of the bar, but why the gaps?" '
    "Lainey Ireson wrote that the company had explained the change."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # a person missing from the support where the support names a place
        (TRAM_VICTIMS, "Dan Cole, 62, of Croydon was one of the final three victims of the tram crash to be named.", "unverified"),
        # a picture credit displaces nobody ("Red Bull" is named elsewhere in the article)
        (GALLERY, "The teenager overtook 13 cars, among them his Red Bull team-mate Dan Rico.", "unverified"),
        # "He said ... a Cambodia-US relationship": a country is no person
        (ENVOY, "Sarak said the present climate offers a rare chance to rebuild a more strategic relationship with the US.", "unverified"),
        # ... nor is it for another person of the article: nothing was displaced
        (ENVOY, "Lee Yarn said the present climate offers a rare chance to rebuild a deeper, more strategic relationship.", "unverified"),
        # a place for a place: the claim writes its name as a place ("marchers in ..."),
        # but the article's stands in no slot of it ("In New York, about 2,000
        # marchers"): a doubt, not a red mark
        (MARCH, "About 2,000 marchers in Los Angeles headed for the skyscraper where the president-elect lives.", "unverified"),
        (MARCH, "In New York, about 2,000 marchers headed for the skyscraper where the president-elect lives.", "supported"),
        # "the New York businessman" describes someone; Florida and Ohio are places
        (POLL, "The latest poll gave Clinton a national lead of 5 points over Trump.", "unverified"),
        # a displaced name is one the claim does not write, though it shares a word
        # ("FBI") with the claim's
        (LETTER, "In a letter to Congress, FBI Director Brian Fallon made the announcement.", "contradicted"),
        (LETTER, "In a letter to Congress, FBI Director Comey made the announcement.", "supported"),
        # the same slot still decides whatever the kind ("X said" / "Y said")
        (SHOP, "Lainey Ireson said reducing the weight of the bar was fair enough.", "contradicted"),
    ],
)  # fmt: skip
def test_displaced_names(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason


@pytest.mark.parametrize(
    ("name", "article", "kind"),
    [
        ("Getty Images", "(Photo: Getty Images) The crowd cheered.", "credit"),
        ("Photo", "(Photo: Getty Images) The crowd cheered.", "credit"),
        ("Cambodia-US", "A deeper Cambodia-US relationship.", "country"),
        ("China’s", "China’s influence grew.", "country"),
        # a demonym inside an organisation's name is no country
        ("British Transport Police", "British Transport Police said so.", "other"),
        ("South London", "Three adults who lived in South London.", "place"),
        ("Zhongmengchang", "A farm in the village of Zhongmengchang.", "place"),
        ("New York", "In New York, marchers gathered.", "place"),
        # a name that goes on ("in Trump Tower") or a title before it is no place
        ("Trump", "She protested outside and in Trump Tower.", "other"),
        ("Trump", "The talks in President Elect Trump's office.", "other"),
        ("Trump", "He met the mayor in the Oval Office Trump said.", "other"),
        ("Lainey Ireson", "Lainey Ireson wrote to the company.", "other"),
        # a US state is a place wherever the article writes it
        ("Florida", "The swing states of Florida and Ohio.", "place"),
    ],
)
def test_name_kind(name: str, article: str, kind: str) -> None:
    phrase = name_phrases(name)[0]
    assert name_kind(phrase.text, phrase.keys, article) == kind


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a lead over the New York businessman nationally", "New York", True),
        ("his team-mate, a Red Bull driver, passed", "Red Bull", True),
        ("the German consulate in the city", "German", False),
        ("the Cubs won the title", "Cubs", False),
        ("New York businessman Donald Trump", "New York", False),
    ],
)
def test_describes(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert describes(text, start, start + len(name)) is expected


@pytest.mark.parametrize(
    ("claim", "support", "tokens"),
    [
        # "unclear whether" leaves open the words after it
        ("The concerns have been resolved.", "It remains unclear whether the concerns have been resolved.", ["concern"]),
        ("It is unclear whether the concerns have been resolved.", "It remains unclear whether the concerns have been resolved.", []),
        # ... not the words before it: the search goes on around the well
        ("Diggers remove earth around the well.", "Diggers work around the well It remains unknown whether or not the boy is alive.", []),
        # a subordinate clause after the negated words is not negated
        ("He crashed out on lap 48.", "The ending did not materialise as he crashed out on lap 48.", []),
        ("The ending materialised.", "The ending did not materialise as he crashed out on lap 48.", ["materialis"]),
        # "since" stays in the negated predicate
        ("Exercises have taken place since 2016.", "Exercises have not taken place since 2016.", ["2016"]),
    ],
)  # fmt: skip
def test_negation_scope(claim: str, support: str, tokens: list[str]) -> None:
    assert [token for token, _ in negation_problems(claim, support)] == tokens


@pytest.mark.parametrize(
    ("claim", "support", "tokens"),
    [
        # the reverse outcome of the same thing
        ("Red Bull's gamble on intermediate tyres paid off.", "Red Bull's gamble to put him on the intermediate tyre backfired.", ["paid off"]),
        ("The decision to tell lawmakers about the review followed the advice of Lynch.", "The decision to notify lawmakers of the review went against Lynch's advice.", ["followed"]),
        ("The price of the bars has gone up.", "The price for the new bars is the same as before.", ["gone up"]),
        ("The price of the bars is the same.", "The price of the bars has gone up.", ["the same"]),
        ("A message Clinton fully embraced.", "A message Clinton largely shied away from.", ["embraced"]),
        # the support states the claim's predicate too
        ("The price of the bars has gone up.", "The price of the bars has gone up while the weight is the same.", []),
        # a reversal said of something else
        ("Sales rose in May.", "Profits fell in June.", []),
        # no predicate of the table
        ("The gamble was bold.", "The gamble backfired.", []),
    ],
)  # fmt: skip
def test_reversals(claim: str, support: str, tokens: list[str]) -> None:
    assert [token for token, _ in reversal_problems(claim, support)] == tokens


FORUM = (
    "Leaders met in Astana on Monday. "
    "He said Cambodia was looking for more trade with the member countries. "
    "Hun Sen requested member countries to work more closely with the Belt and Road "
    "Initiative, which he said provides a good opportunity for connectivity."
)
PARADE = (
    "Actor Bill Murray was overcome with emotion at the game. "
    'Murray said: "We waited so long for this. I cried a bit but this is beautiful." '
    "Ben Zobrist, the series MVP, hugged his team-mates."
)
PARADE_HE = (
    "Actor Bill Murray was overcome with emotion at the game. "
    'He said: "We waited so long for this. I cried a bit but this is beautiful." '
    "Ben Zobrist, the series MVP, hugged his team-mates."
)
RELATIONS = (
    "Kin Phea, director of the institute at the Royal Academy of Cambodia, spoke on Monday. "
    "He noted that overall, the Kingdom's defence relations with many other countries "
    "have improved."
)


@pytest.mark.parametrize(
    ("article", "claim", "verdict"),
    [
        # "which he said": the linked sentence names the speaker before the pronoun
        (FORUM, "Hun Sen said the Belt and Road Initiative provides a good opportunity for connectivity.", "supported"),
        # a capitalised description possesses nothing of its own ("the Kingdom's")
        (RELATIONS, "Kin Phea said Cambodia's defence relations with many other countries have improved.", "supported"),
        # quoted words with no speaker of their own are said by whom the article names
        (PARADE, "Ben Zobrist said he had cried a bit but it was beautiful.", "contradicted"),
        # ... but a pronoun's ("He said:") is a guess: a name the support lacks stays unverified
        (PARADE_HE, "Ben Zobrist said he had cried a bit but it was beautiful.", "unverified"),
        (PARADE, "Bill Murray said he had cried a bit but it was beautiful.", "supported"),
        # ... and the reverse outcome of the same relations contradicts
        (RELATIONS, "Kin Phea said Cambodia's defence relations with many other countries have worsened.", "contradicted"),
    ],
)  # fmt: skip
def test_speakers_and_possessors(article: str, claim: str, verdict: str) -> None:
    check = check_claim(SupportIndex(article), claim, "summary")
    assert check.verdict == verdict, check.reason
