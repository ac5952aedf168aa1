"""Writes benchmarks/data/faithfulness_heldout12.jsonl, the twelfth held-out set: claims
about six articles that no earlier labelled set and no example file uses (every
Giveme5W1H article in examples/ is taken or too short), so their texts live in their own
file, benchmarks/data/articles_heldout12.jsonl: five BBC News articles of 2004-05 from
the Giveme5W1H project's `bbc` sample and one Deutsche Welle article of 2017 from its
news-cluster sample (fhamborg/Giveme5W1H, Apache-2.0; not the annotated gold standard,
whose unseen test split stays unseen). Each is 2,500 to 5,600 characters. The set was
written blind, before any verdict rule was run on it, from the article texts alone (the
rules, their results on the older sets and the notes on their weaknesses unread), for
one measurement of the claim-verdict rules; it is sealed (benchmarks/sealed.py) until
that measurement is made and reported (benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names, synonyms, merged sentences, reported speech (negative reported
speech too: "did not see why", "insists they were not"), numbers and dates written
another way (£11.7m for £11,724,929, nine in ten for 90%, 80km for 80 kilometres), and
some near-copies of article sentences. Each corrupted claim is one minimal edit of such
a claim, made the way a model errs (another person, organisation, place or outlet of the
same article in the slot, an antonym or a dropped "not", a changed quantity, day, month
or year, a word changed inside a quotation, acres read as hectares or miles as
kilometres), and its label names the one way the article contradicts it (or, for
`added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout12_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

MAYOR = "01b7eb27273491b4b4e596eb280dfd183068d3a68cc3c8f349cbc6ee"
RATES = "727bc7aabab6134ee2d4c59176a1c04fac670b79d5e7b7d7452d2a54"
CHESTS = "47125a45675cdcbe66bd12dcf67bbe75c9fda34bbbf95787cbce0325"
WORD = "3f69e809d27459cbe593cfab7f7ecd23e6b7f0e49e7f48a07c690347"
PERU = "11107de18a215035b6991413fd1115e6a6b45bb35949d22af07d0d20"
RHINE = "0302058689a7d4ed34fcc2e78c4addbcf35932b4df5d16c44869da0d"

claims = LabelledClaims("heldout12")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Boris Johnson: the mayor should not apologise -----------------------------------------
A = MAYOR
prose(A, "p0", "faithful", "Conservative MP Boris Johnson said the London mayor should stand firm and not apologise for the Nazi comment he made to a Jewish reporter.")  # fmt: skip
prose(A, "p0", "negation", "Conservative MP Boris Johnson said the London mayor should back down and apologise for the Nazi comment he made to a Jewish reporter.")  # fmt: skip
prose(A, "p1", "faithful", "Johnson suggested that Tony Blair had intervened in the row in an attempt to reassure Jewish voters.")  # fmt: skip
prose(A, "p1", "entity", "Johnson suggested that Tony Blair had intervened in the row in an attempt to reassure Muslim voters.")  # fmt: skip
prose(A, "p2", "faithful", "Ken Livingstone likened an Evening Standard journalist to a concentration camp guard and says he is standing by his remarks.")  # fmt: skip
prose(A, "p2", "entity", "Ken Livingstone likened a Spectator journalist to a concentration camp guard and says he is standing by his remarks.")  # fmt: skip
prose(A, "p3", "faithful", "The prime minister, however, believes it is time for the mayor to say sorry.")  # fmt: skip
prose(A, "p3", "negation", "The prime minister, however, believes there is no need for the mayor to say sorry.")  # fmt: skip
prose(A, "p4", "faithful", "The Labour mayor has admitted his comments may have been offensive but insists they were not racist.")  # fmt: skip
prose(A, "p4", "negation", "The Labour mayor has admitted his comments may have been offensive and even racist.")  # fmt: skip
prose(A, "p5", "faithful", "Earlier this week Livingstone said he would not apologise even if Blair asked him to.")  # fmt: skip
prose(A, "p5", "date", "Last month Livingstone said he would not apologise even if Blair asked him to.")  # fmt: skip
prose(A, "p6", "faithful", "Blair said that, because the reporter was Jewish, the mayor should apologise.")  # fmt: skip
prose(A, "p6", "negation", "Blair said that, although the reporter was Jewish, the mayor need not apologise.")  # fmt: skip
prose(A, "p7", "faithful", "Blair acknowledged that many politicians get angry with journalists from time to time.")  # fmt: skip
prose(
    A, "p8", "faithful", "Johnson, who edits The Spectator, said Blair should butt out of the row."
)
prose(A, "p8", "entity", "Johnson, who edits the Evening Standard, said Blair should butt out of the row.")  # fmt: skip
prose(A, "p8", "added", "Johnson, who edits The Spectator, said Blair should butt out of the row, adding that the mayor had already apologised in private.")  # fmt: skip
prose(A, "p9", "faithful", "Speaking on BBC Radio 4's Today programme, Johnson said he did not see why the prime minister needed to get involved.")  # fmt: skip
prose(A, "p9", "negation", "Speaking on BBC Radio 4's Today programme, Johnson said he could see why the prime minister needed to get involved.")  # fmt: skip
prose(A, "p10", "faithful", "He called the affair a dispute between Livingstone and an Evening Standard reporter.")  # fmt: skip
prose(A, "p11", "faithful", "Johnson is the MP for Henley-on-Thames in Oxfordshire.")
prose(A, "p12", "faithful", "He said he suspected Labour was trying to reassure Jewish voters because it had been courting Muslim voters disillusioned about the war.")  # fmt: skip
prose(A, "p12", "entity", "He said he suspected Labour was trying to reassure Muslim voters because it had been courting Jewish voters disillusioned about the war.")  # fmt: skip
prose(A, "p13", "faithful", "Last year Johnson himself was forced to apologise for a magazine article about Liverpudlians grieving over the death of British hostage Ken Bigley.")  # fmt: skip
prose(A, "p13", "date", "Two years ago Johnson himself was forced to apologise for a magazine article about Liverpudlians grieving over the death of British hostage Ken Bigley.")  # fmt: skip
prose(A, "p14", "faithful", "He said sorry last October for perpetuating an outdated stereotype of Liverpool.")  # fmt: skip
prose(A, "p14", "date", "He said sorry last November for perpetuating an outdated stereotype of Liverpool.")  # fmt: skip
prose(A, "p15", "faithful", "The leader article had suggested that grieving Liverpudlians were wallowing in their victim status.")  # fmt: skip
prose(A, "p16", "faithful", "It also blamed drunken Liverpool fans for the 1989 Hillsborough disaster, in which 96 people died.")  # fmt: skip
prose(A, "p16", "number", "It also blamed drunken Liverpool fans for the 1989 Hillsborough disaster, in which 69 people died.")  # fmt: skip
prose(A, "p16", "date", "It also blamed drunken Liverpool fans for the 1985 Hillsborough disaster, in which 96 people died.")  # fmt: skip
prose(A, "p17", "faithful", "Johnson admitted he had got into the grovelling game himself, but said there were other things he had not thought he should apologise for.")  # fmt: skip
prose(A, "p18", "faithful", "Although he called the mayor crass, insensitive and brutal in his language, Johnson said he did not think Livingstone was actually anti-Semitic.")  # fmt: skip
prose(A, "p18", "negation", "Although he called the mayor crass, insensitive and brutal in his language, Johnson said he thought Livingstone was actually anti-Semitic.")  # fmt: skip
prose(
    A, "p19", "faithful", "The Tory MP described what Livingstone said as extraordinary and rude."
)
prose(A, "p19", "added", "The Tory MP described what Livingstone said as extraordinary and rude, and said he should resign as mayor.")  # fmt: skip
prose(A, "p20", "faithful", "In Johnson's view, if Livingstone really feels he has nothing to say sorry for, he should stick to his guns.")  # fmt: skip
prose(A, "p21", "faithful", "The Spectator editor accused the prime minister of involving himself in a row that was none of his business.")  # fmt: skip
prose(A, "p22", "faithful", "Livingstone said earlier in the week that he would not say sorry, even at the prime minister's request.")  # fmt: skip
prose(A, "p22", "entity", "Livingstone said earlier in the week that he would not say sorry, even at Boris Johnson's request.")  # fmt: skip
speaker(A, "q0", "faithful", "Tony Blair", "A lot of us in politics get angry with journalists from time to time")  # fmt: skip
speaker(A, "q0", "speaker", "Boris Johnson", "A lot of us in politics get angry with journalists from time to time")  # fmt: skip
speaker(A, "q1", "faithful", "Boris Johnson", "I don't see why the prime minister has to get involved in this")  # fmt: skip
speaker(A, "q1", "speaker", "Ken Livingstone", "I don't see why the prime minister has to get involved in this")  # fmt: skip
speaker(A, "q2", "faithful", "Boris Johnson", "Ken doesn't think he's got anything to say sorry for")  # fmt: skip
speaker(A, "q2", "speaker", "Tony Blair", "Ken doesn't think he's got anything to say sorry for")  # fmt: skip
speaker(A, "q3", "faithful", "Boris Johnson", "But here's old Ken - he's been crass, he's been insensitive and thuggish and brutal in his language")  # fmt: skip
speaker(A, "q3", "speaker", "Tony Blair", "But here's old Ken - he's been crass, he's been insensitive and thuggish and brutal in his language")  # fmt: skip
speaker(A, "q4", "faithful", "Ken Livingstone", "standing by")
quote(A, "q5", "faithful", "It's a dispute between Ken Livingstone and a reporter on the Evening Standard.")  # fmt: skip
quote(A, "q5", "quote", "It's a dispute between Ken Livingstone and a journalist on the Evening Standard.")  # fmt: skip
quote(A, "q6", "faithful", "It's perfectly true that I got into the grovelling game myself")
quote(A, "q6", "quote", "It's perfectly true that I got into the apologising game myself")
quote(A, "q7", "faithful", "although it was extraordinary and rude, I don't think he was actually anti-Semitic")  # fmt: skip
quote(A, "q7", "quote", "although it was extraordinary and offensive, I don't think he was actually anti-Semitic")  # fmt: skip
quote(A, "q8", "faithful", "in the circumstances, and to the journalist because he was a Jewish journalist, yes, he should apologise")  # fmt: skip
quote(A, "q8", "quote", "in the circumstances, and to the journalist because he was a Jewish journalist, yes, he must apologise")  # fmt: skip

# --- The Bank of England holds rates at 4.75% ----------------------------------------------
A = RATES
prose(A, "p0", "faithful", "The Bank of England kept interest rates unchanged at 4.75%, as had been widely expected.")  # fmt: skip
prose(A, "p0", "number", "The Bank of England kept interest rates unchanged at 4.5%, as had been widely expected.")  # fmt: skip
prose(A, "p0", "negation", "The Bank of England kept interest rates unchanged at 4.75%, a move that few had expected.")  # fmt: skip
prose(A, "p1", "faithful", "Rates rose five times from November 2003, as the Bank tried to cool the housing market and consumer debt, but have been on hold since August.")  # fmt: skip
prose(A, "p1", "number", "Rates rose four times from November 2003, as the Bank tried to cool the housing market and consumer debt, but have been on hold since August.")  # fmt: skip
prose(A, "p1", "date", "Rates rose five times from November 2002, as the Bank tried to cool the housing market and consumer debt, but have been on hold since August.")  # fmt: skip
prose(A, "p2", "faithful", "Recent figures have pointed to a slowdown in manufacturing, consumer spending and mortgage approvals.")  # fmt: skip
prose(A, "p3", "faithful", "Christmas retail sales were disappointing, which analysts blamed on weaker consumer confidence.")  # fmt: skip
prose(A, "p3", "negation", "Christmas retail sales were disappointing, which analysts blamed on stronger consumer confidence.")  # fmt: skip
prose(A, "p4", "faithful", "According to the British Retail Consortium, retailers endured their worst Christmas for ten years.")  # fmt: skip
prose(A, "p4", "number", "According to the British Retail Consortium, retailers endured their worst Christmas for twenty years.")  # fmt: skip
prose(A, "p4", "entity", "According to the British Chambers of Commerce, retailers endured their worst Christmas for ten years.")  # fmt: skip
prose(A, "p5", "faithful", "The BRC said higher rates and the cooling housing market had dented consumer optimism, leading to a sharp drop in demand for expensive goods.")  # fmt: skip
prose(A, "p5", "negation", "The BRC said higher rates and the cooling housing market had dented consumer optimism, leading to a sharp rise in demand for expensive goods.")  # fmt: skip
prose(A, "p6", "faithful", "David Frost, director general of the British Chambers of Commerce, said the decision to leave rates unchanged was correct.")  # fmt: skip
prose(A, "p6", "negation", "David Frost, director general of the British Chambers of Commerce, said the decision to leave rates unchanged was a mistake.")  # fmt: skip
prose(A, "p6", "entity", "David Frost, director general of the CBI, said the decision to leave rates unchanged was correct.")  # fmt: skip
prose(A, "p7", "faithful", "He urged the Monetary Policy Committee to be ready to cut rates quickly if there were clear signs of the economy slowing.")  # fmt: skip
prose(A, "p7", "negation", "He urged the Monetary Policy Committee to be ready to raise rates quickly if there were clear signs of the economy slowing.")  # fmt: skip
prose(A, "p8", "faithful", "Frost said the gloomy reports of Christmas trading were worrying if they pointed to a wider weakening in consumer spending.")  # fmt: skip
prose(A, "p9", "faithful", "He also warned that the outlook for the housing market remained highly uncertain.")  # fmt: skip
prose(A, "p9", "negation", "He also said that the outlook for the housing market was now much clearer.")  # fmt: skip
prose(A, "p10", "faithful", "The risks to the economy would worsen considerably if house prices began falling more sharply, Frost said.")  # fmt: skip
prose(A, "p10", "entity", "The risks to the economy would worsen considerably if house prices began falling more sharply, Steve Radley said.")  # fmt: skip
prose(A, "p11", "faithful", "The CBI's chief economist, Ian McCafferty, said the economy had slowed in recent months in response to the rate rises.")  # fmt: skip
prose(A, "p11", "entity", "The EEF's chief economist, Ian McCafferty, said the economy had slowed in recent months in response to the rate rises.")  # fmt: skip
prose(A, "p12", "faithful", "He added that it was hard to judge from the Christmas period how brisk activity would be through the summer.")  # fmt: skip
prose(A, "p13", "faithful", "McCafferty said the Bank had to weigh emerging inflationary pressures, driven by a tight labour market and buoyant commodity prices, against the risk of an over-abrupt consumer slowdown.")  # fmt: skip
prose(A, "p13", "added", "McCafferty said the Bank had to weigh emerging inflationary pressures, driven by a tight labour market, buoyant commodity prices and a weak pound, against the risk of an over-abrupt consumer slowdown.")  # fmt: skip
prose(A, "p14", "faithful", "He expected rates to stay on hold for some time.")
prose(A, "p14", "negation", "He expected rates to be cut within weeks.")
prose(A, "p15", "faithful", "Official figures published on Thursday showed British manufacturing output unexpectedly fell in November, the fifth fall in six months.")  # fmt: skip
prose(A, "p15", "date", "Official figures published on Wednesday showed British manufacturing output unexpectedly fell in November, the fifth fall in six months.")  # fmt: skip
prose(A, "p15", "number", "Official figures published on Thursday showed British manufacturing output unexpectedly fell in November, the fourth fall in six months.")  # fmt: skip
prose(A, "p16", "faithful", "The Office for National Statistics said factory output slipped 0.1% in November, the same as the fall in October.")  # fmt: skip
prose(A, "p16", "number", "The Office for National Statistics said factory output slipped 0.3% in November, the same as the fall in October.")  # fmt: skip
prose(A, "p16", "date", "The Office for National Statistics said factory output slipped 0.1% in November, the same as the fall in September.")  # fmt: skip
prose(A, "p17", "faithful", "Economists had expected output to grow by 0.3%.")
prose(A, "p17", "negation", "Economists had expected output to shrink by 0.3%.")
prose(A, "p18", "faithful", "The manufacturers' organisation, the EEF, said it expected rates to stay on hold in the near future.")  # fmt: skip
prose(A, "p19", "faithful", "The EEF also said manufacturers' confidence might be fading as the world economic outlook became less certain.")  # fmt: skip
prose(A, "p19", "negation", "The EEF also said manufacturers' confidence might be growing as the world economic outlook became less certain.")  # fmt: skip
prose(A, "p20", "faithful", "EEF chief economist Steve Radley said last year's rate rises appeared to have helped rebalance the economy without harming the recovery in manufacturing.")  # fmt: skip
prose(A, "p20", "entity", "CBI chief economist Steve Radley said last year's rate rises appeared to have helped rebalance the economy without harming the recovery in manufacturing.")  # fmt: skip
prose(A, "p21", "faithful", "Radley said the Bank should stand ready to cut rates should the business outlook deteriorate.")  # fmt: skip
prose(A, "p22", "faithful", "Some economists predict rates will fall later this year, while others think the Bank may still want a rise to 5% first.")  # fmt: skip
prose(A, "p22", "number", "Some economists predict rates will fall later this year, while others think the Bank may still want a rise to 5.25% first.")  # fmt: skip
prose(A, "p23", "faithful", "The Bank remains worried about the long-term risks of personal debt, which is growing by 15% a year.")  # fmt: skip
prose(A, "p23", "number", "The Bank remains worried about the long-term risks of personal debt, which is growing by 10% a year.")  # fmt: skip
prose(A, "p24", "faithful", "Manufacturing output has now fallen in five of the past six months.")
prose(A, "p25", "faithful", "The drop confounded economists, who had been expecting a rise.")
speaker(A, "q0", "faithful", "David Frost", "Today's no change decision is correct")
speaker(A, "q0", "speaker", "Ian McCafferty", "Today's no change decision is correct")
speaker(A, "q1", "faithful", "David Frost", "The housing market outlook remains highly uncertain.")
speaker(A, "q1", "speaker", "Steve Radley", "The housing market outlook remains highly uncertain.")
speaker(A, "q2", "faithful", "Ian McCafferty", "Interest rates are likely to remain on hold for some time.")  # fmt: skip
speaker(A, "q2", "speaker", "David Frost", "Interest rates are likely to remain on hold for some time.")  # fmt: skip
speaker(A, "q3", "faithful", "Steve Radley", "However, should the business outlook start to deteriorate, the Bank should stand ready to cut rates.")  # fmt: skip
speaker(A, "q3", "speaker", "Ian McCafferty", "However, should the business outlook start to deteriorate, the Bank should stand ready to cut rates.")  # fmt: skip
speaker(A, "q4", "faithful", "Ian McCafferty", "slowed in recent months in response to rate rises")
speaker(A, "q4", "speaker", "Steve Radley", "slowed in recent months in response to rate rises")
speaker(A, "q5", "faithful", "Steve Radley", "So far the evidence suggests that last year's rate increases have helped to rebalance the economy")  # fmt: skip
speaker(A, "q5", "speaker", "David Frost", "So far the evidence suggests that last year's rate increases have helped to rebalance the economy")  # fmt: skip
quote(A, "q6", "faithful", "Dismal reports from the retail trade about Christmas sales are worrying")  # fmt: skip
quote(A, "q6", "quote", "Dismal reports from the retail trade about Christmas sales are alarming")  # fmt: skip
quote(A, "q7", "faithful", "the MPC should be ready to take quick corrective action and cut rates")  # fmt: skip
quote(A, "q7", "quote", "the MPC should be ready to take swift corrective action and cut rates")  # fmt: skip
quote(A, "q8", "faithful", "against the risk of an over-abrupt slowdown in consumer activity")
quote(A, "q8", "quote", "against the risk of an over-abrupt slowdown in business activity")
quote(A, "q9", "faithful", "if house prices start falling more sharply, the risks facing the economy will worsen considerably")  # fmt: skip
quote(A, "q9", "quote", "if house prices start falling more sharply, the risks facing the economy will grow considerably")  # fmt: skip

# --- Party donations, last quarter of 2004 -------------------------------------------------
A = CHESTS
prose(A, "p0", "faithful", "Labour took in more than £5 million in donations in the last three months of 2004, according to new figures.")  # fmt: skip
prose(A, "p0", "date", "Labour took in more than £5 million in donations in the last three months of 2003, according to new figures.")  # fmt: skip
prose(A, "p1", "faithful", "That was almost half of the £11.7m received by the 16 parties listed by the Electoral Commission.")  # fmt: skip
prose(A, "p1", "number", "That was almost half of the £11.7m received by the 18 parties listed by the Electoral Commission.")  # fmt: skip
prose(A, "p2", "faithful", "The Conservatives came second, with donations of about £4.6m.")
prose(A, "p2", "number", "The Conservatives came second, with donations of about £6.4m.")
prose(A, "p3", "faithful", "The Liberal Democrats received a little over £1m.")
prose(A, "p3", "entity", "The UK Independence Party received a little over £1m.")
prose(A, "p4", "faithful", "Most of Labour's money came from affiliated trade unions, though individuals also gave large sums.")  # fmt: skip
prose(A, "p4", "negation", "Little of Labour's money came from affiliated trade unions, though individuals also gave large sums.")  # fmt: skip
prose(A, "p5", "faithful", "Lord Drayson gave Labour £500,000 just days before Christmas, matching a donation he had made earlier in the year.")  # fmt: skip
prose(A, "p5", "number", "Lord Drayson gave Labour £300,000 just days before Christmas, matching a donation he had made earlier in the year.")  # fmt: skip
prose(A, "p5", "date", "Lord Drayson gave Labour £500,000 just days after Christmas, matching a donation he had made earlier in the year.")  # fmt: skip
prose(A, "p6", "faithful", "His company, PowderJect, won multi-million pound contracts to supply the government with smallpox vaccine after the 11 September attacks.")  # fmt: skip
prose(A, "p6", "added", "His company, PowderJect, won multi-million pound contracts without a tender to supply the government with smallpox vaccine after the 11 September attacks.")  # fmt: skip
prose(A, "p7", "faithful", "Tony Blair made him a peer last year.")
prose(A, "p8", "faithful", "Retired millionaire businessman and philanthropist Sir Christopher Ondaatje also gave Labour £500,000.")  # fmt: skip
prose(A, "p8", "number", "Retired millionaire businessman and philanthropist Sir Christopher Ondaatje also gave Labour £50,000.")  # fmt: skip
prose(A, "p9", "faithful", "Refrigerator magnate William Haughey donated £330,000.")
prose(A, "p9", "number", "Refrigerator magnate William Haughey donated £303,000.")
prose(A, "p9", "entity", "Refrigerator magnate Christopher Ondaatje donated £330,000.")
prose(A, "p10", "faithful", "Donations in the fourth quarter were well up on the same period a year earlier, as the parties built up war chests for the general election.")  # fmt: skip
prose(A, "p10", "negation", "Donations in the fourth quarter were well down on the same period a year earlier, as the parties built up war chests for the general election.")  # fmt: skip
prose(A, "p11", "faithful", "The Tories' biggest single gift was a bequest of almost £400,000 from Ruth Beardmore.")  # fmt: skip
prose(A, "p11", "number", "The Tories' biggest single gift was a bequest of almost £500,000 from Ruth Beardmore.")  # fmt: skip
prose(A, "p12", "faithful", "A joint founder of the merchant bank Hambro Magan gave the Conservatives £325,417.")  # fmt: skip
prose(A, "p12", "number", "A joint founder of the merchant bank Hambro Magan gave the Conservatives £352,417.")  # fmt: skip
prose(A, "p13", "faithful", "The Scottish business group Focus on Scotland and the Institute of International Research made donations of more than £250,000 to the Conservatives.")  # fmt: skip
prose(A, "p13", "entity", "The Scottish business group Focus on Scotland and the Institute of International Research made donations of more than £250,000 to the Liberal Democrats.")  # fmt: skip
prose(A, "p14", "faithful", "The Institute of International Research is the world's largest independent conference company.")  # fmt: skip
prose(A, "p15", "faithful", "The Tories also received 24 donations worth a total of £161,840 from Bearwood Corporate Services.")  # fmt: skip
prose(A, "p15", "number", "The Tories also received 42 donations worth a total of £161,840 from Bearwood Corporate Services.")  # fmt: skip
prose(A, "p16", "faithful", "Bearwood is controlled by Lord Ashcroft, the party's former treasurer, and has channelled almost £300,000 to particular marginal seats over the past two years.")  # fmt: skip
prose(A, "p16", "number", "Bearwood is controlled by Lord Ashcroft, the party's former treasurer, and has channelled almost £300,000 to particular marginal seats over the past five years.")  # fmt: skip
prose(A, "p16", "entity", "Bearwood is controlled by Lord Drayson, the party's former treasurer, and has channelled almost £300,000 to particular marginal seats over the past two years.")  # fmt: skip
prose(A, "p17", "faithful", "The Liberal Democrats' biggest donor was the Joseph Rowntree Reform Trust, which gave £250,000.")  # fmt: skip
prose(A, "p17", "number", "The Liberal Democrats' biggest donor was the Joseph Rowntree Reform Trust, which gave £150,000.")  # fmt: skip
prose(A, "p18", "faithful", "The trust is a company that promotes political reform and constitutional change.")  # fmt: skip
prose(A, "p19", "faithful", "McDonald's was listed as donating £10,575, which was in fact the fee the fast food chain paid for a room for an event at the party's conference.")  # fmt: skip
prose(A, "p19", "number", "McDonald's was listed as donating £10,755, which was in fact the fee the fast food chain paid for a room for an event at the party's conference.")  # fmt: skip
prose(A, "p20", "faithful", "UKIP, which lost its main backer Paul Sykes during the row over Robert Kilroy-Silk's leadership bid last autumn, took in £63,081.")  # fmt: skip
prose(A, "p20", "entity", "UKIP, which lost its main backer Robert Kilroy-Silk during the row over Paul Sykes's leadership bid last autumn, took in £63,081.")  # fmt: skip
prose(A, "p20", "number", "UKIP, which lost its main backer Paul Sykes during the row over Robert Kilroy-Silk's leadership bid last autumn, took in £36,081.")  # fmt: skip
prose(A, "p21", "faithful", "Only £8,170 of UKIP's income was cash; the rest came as gifts in kind, such as office space and printing.")  # fmt: skip
prose(A, "p21", "number", "Only £8,710 of UKIP's income was cash; the rest came as gifts in kind, such as office space and printing.")  # fmt: skip
prose(A, "p22", "faithful", "Registered parties must report every quarter all donations of more than £5,000 to their headquarters and more than £1,000 to local constituency parties.")  # fmt: skip
prose(A, "p22", "number", "Registered parties must report every quarter all donations of more than £5,000 to their headquarters and more than £500 to local constituency parties.")  # fmt: skip
prose(A, "p22", "date", "Registered parties must report every month all donations of more than £5,000 to their headquarters and more than £1,000 to local constituency parties.")  # fmt: skip
prose(A, "p23", "faithful", "Knowingly or recklessly making a false declaration about party donations is an offence.")  # fmt: skip
prose(A, "p23", "negation", "Knowingly or recklessly making a false declaration about party donations is not in itself an offence.")  # fmt: skip
prose(A, "p24", "faithful", "The Electoral Commission's figures show Labour received nearly half of all the money given to political parties in the quarter.")  # fmt: skip
prose(A, "p24", "added", "The Electoral Commission's figures show Labour received nearly half of all the money given to political parties in the quarter, a record for any party.")  # fmt: skip
prose(A, "p25", "faithful", "The 16 parties together received £11,724,929 in the quarter.")
prose(A, "p25", "number", "The 16 parties together received £11,274,929 in the quarter.")
prose(A, "p26", "faithful", "Drayson had also given the party £500,000 earlier in 2004.")

# --- Hidden data in Word documents ---------------------------------------------------------
A = WORD
prose(A, "p0", "faithful", "Document security firm Workshare has warned that writing a Microsoft Word document can be a risky business.")  # fmt: skip
prose(A, "p1", "faithful", "Its survey found that as many as three-quarters of business documents contained sensitive information that most firms would not want exposed.")  # fmt: skip
prose(A, "p1", "number", "Its survey found that as many as two-thirds of business documents contained sensitive information that most firms would not want exposed.")  # fmt: skip
prose(A, "p2", "faithful", "Nine in ten of the companies questioned had no idea that confidential information was leaking out.")  # fmt: skip
prose(A, "p2", "number", "Eight in ten of the companies questioned had no idea that confidential information was leaking out.")  # fmt: skip
prose(A, "p2", "negation", "Nine in ten of the companies questioned were well aware that confidential information was leaking out.")  # fmt: skip
prose(A, "p3", "faithful", "The report urges firms to police their documents better as corporate compliance becomes more binding.")  # fmt: skip
prose(A, "p4", "faithful", "Andrew Pearson, Workshare's European boss, said leaked material included confidential contract terms, competitive information and special deals for key customers.")  # fmt: skip
prose(A, "p4", "entity", "Andrew Pearson, Microsoft's European boss, said leaked material included confidential contract terms, competitive information and special deals for key customers.")  # fmt: skip
prose(A, "p4", "added", "Andrew Pearson, Workshare's European boss, said leaked material included confidential contract terms, competitive information, staff salaries and special deals for key customers.")  # fmt: skip
prose(A, "p5", "faithful", "Workshare commissioned the research.")
prose(A, "p5", "entity", "Microsoft commissioned the research.")
prose(A, "p6", "faithful", "Pearson said the efficiencies brought by the internet, such as instant access to information, had also created security and control problems.")  # fmt: skip
prose(A, "p7", "faithful", "The problem is particularly acute with Word documents because the program keeps hidden records of editing changes.")  # fmt: skip
prose(A, "p8", "faithful", "When documents are passed around and amended by different staff, information that should have been removed can survive the final edits.")  # fmt: skip
prose(
    A, "p9", "faithful", "Microsoft does provide an add-on for Windows PCs that fixes the problem."
)
prose(
    A,
    "p9",
    "negation",
    "Microsoft does not provide an add-on for Windows PCs that fixes the problem.",
)
prose(A, "p10", "faithful", "The software company recommends using the tool before publishing any Word document.")  # fmt: skip
prose(A, "p11", "faithful", "No such tool is available for Apple machines running Word.")
prose(A, "p11", "negation", "A similar tool is also available for Apple machines running Word.")
prose(A, "p12", "faithful", "On average, 31% of the documents held legally sensitive information, though in many firms up to three-quarters fell into the high-risk category.")  # fmt: skip
prose(A, "p12", "number", "On average, 13% of the documents held legally sensitive information, though in many firms up to three-quarters fell into the high-risk category.")  # fmt: skip
prose(A, "p13", "faithful", "According to Pearson, the sensitive information was often invisible because it had been deleted or changed as drafts were prepared.")  # fmt: skip
prose(A, "p14", "faithful", "The way Windows works means earlier versions of a document can be recalled and rebuilt by anyone keen to see how it evolved.")  # fmt: skip
prose(A, "p15", "faithful", "Few companies know that this so-called metadata exists or that documents can be reconstructed from it.")  # fmt: skip
prose(A, "p15", "negation", "Most companies know that this so-called metadata exists or that documents can be reconstructed from it.")  # fmt: skip
prose(A, "p16", "faithful", "Such hidden information could embarrass companies, for instance if firms tendering for contracts discovered how the terms of a deal had changed during negotiations.")  # fmt: skip
prose(A, "p17", "faithful", "On average only 40% of contributors' changes to a document make it into the final draft, the research found.")  # fmt: skip
prose(A, "p17", "number", "On average only 60% of contributors' changes to a document make it into the final draft, the research found.")  # fmt: skip
prose(A, "p18", "faithful", "Pearson warned that document problems could spell trouble for firms as regulators step up scrutiny and compliance laws begin to bite.")  # fmt: skip
prose(A, "p18", "entity", "Microsoft warned that document problems could spell trouble for firms as regulators step up scrutiny and compliance laws begin to bite.")  # fmt: skip
prose(A, "p19", "faithful", "Microsoft's Remove Hidden Data add-in removes personal or hidden data that may not be obvious when a document is viewed in Office.")  # fmt: skip
prose(A, "p20", "faithful", "Workshare surveyed firms around the world.")
prose(A, "p20", "negation", "Workshare surveyed only British firms.")
prose(A, "p21", "faithful", "A document's metadata can be substantial, the research revealed.")
speaker(A, "q0", "faithful", "Andrew Pearson", "The efficiencies the internet has brought in such as instant access to information have also created security and control issues too")  # fmt: skip
speaker(A, "q1", "faithful", "Microsoft", "The Remove Hidden Data add-in is a tool that you can use to remove personal or hidden data")  # fmt: skip
speaker(A, "q1", "speaker", "Andrew Pearson", "The Remove Hidden Data add-in is a tool that you can use to remove personal or hidden data")  # fmt: skip
quote(A, "q2", "faithful", "have also created security and control issues too")
quote(A, "q2", "quote", "have also created security and privacy issues too")
quote(A, "q3", "faithful", "that might not be immediately apparent when you view the document in your Microsoft Office application")  # fmt: skip
quote(A, "q3", "quote", "that might not be immediately visible when you view the document in your Microsoft Office application")  # fmt: skip

# --- Wireless telecentres for farmers in Peru ----------------------------------------------
A = PERU
prose(A, "p0", "faithful", "A network of community computer centres linked by wireless technology is helping poor farmers in Peru.")  # fmt: skip
prose(A, "p1", "faithful", "The pilot scheme in the Huaral Valley aims to give the community of 6,000 people up-to-date information on agricultural prices and market trends.")  # fmt: skip
prose(A, "p1", "number", "The pilot scheme in the Huaral Valley aims to give the community of 60,000 people up-to-date information on agricultural prices and market trends.")  # fmt: skip
prose(A, "p2", "faithful", "The Huaral Valley lies 80km north of the Peruvian capital, Lima.")
prose(A, "p2", "number", "The Huaral Valley lies 50km north of the Peruvian capital, Lima.")
prose(A, "p3", "faithful", "The project also links the local organisations in charge of irrigation water so that they can coordinate what they do.")  # fmt: skip
prose(A, "p4", "faithful", "More than 13,000 rural residents and 18,000 students in the region will also benefit from the telecoms infrastructure.")  # fmt: skip
prose(A, "p4", "number", "More than 13,000 rural residents and 8,000 students in the region will also benefit from the telecoms infrastructure.")  # fmt: skip
prose(A, "p5", "faithful", "The 14 telecentres use only free, open-source software and affordable computer equipment.")  # fmt: skip
prose(A, "p5", "number", "The 12 telecentres use only free, open-source software and affordable computer equipment.")  # fmt: skip
prose(A, "p5", "negation", "The 14 telecentres use only licensed commercial software and affordable computer equipment.")  # fmt: skip
prose(A, "p6", "faithful", "The network took three years to build and was officially opened in September.")  # fmt: skip
prose(A, "p6", "date", "The network took three years to build and was officially opened in November.")  # fmt: skip
prose(A, "p6", "number", "The network took two years to build and was officially opened in September.")  # fmt: skip
prose(A, "p7", "faithful", "The $200,000 project was led by the non-governmental organisation Cepes, the Peruvian Centre for Social Studies.")  # fmt: skip
prose(A, "p7", "number", "The $2m project was led by the non-governmental organisation Cepes, the Peruvian Centre for Social Studies.")  # fmt: skip
prose(A, "p8", "faithful", "It was also backed by local institutions, the education and agriculture ministries and European development organisations.")  # fmt: skip
prose(A, "p8", "added", "It was also backed by local institutions, the education and agriculture ministries, European development organisations and the World Bank.")  # fmt: skip
prose(A, "p9", "faithful", "Carlos Saldarriaga, Cepes's technical coordinator, said the plan included training in computer and internet skills for both the operators and the users of the system.")  # fmt: skip
prose(A, "p10", "faithful", "Farmers are also taking extra lessons on how to use the new information to make the most of their plots.")  # fmt: skip
prose(A, "p11", "faithful", "The Board of Irrigation Users, which runs the centres, wants the network to pay for itself within three years by using the telecentres as internet cafes.")  # fmt: skip
prose(A, "p11", "number", "The Board of Irrigation Users, which runs the centres, wants the network to pay for itself within five years by using the telecentres as internet cafes.")  # fmt: skip
prose(A, "p11", "entity", "Cepes, which runs the centres, wants the network to pay for itself within three years by using the telecentres as internet cafes.")  # fmt: skip
prose(A, "p12", "faithful", "On the flagship huaral.org website, farmers can find prices for local produce and information on everything from plague prevention to the latest farming techniques.")  # fmt: skip
prose(A, "p13", "faithful", "Saldarriaga told the BBC News website that water, scarce and precious in Peru's coastal areas, is what unites the valley's inhabitants.")  # fmt: skip
prose(A, "p13", "negation", "Saldarriaga told the BBC News website that water, plentiful and cheap in Peru's coastal areas, is what unites the valley's inhabitants.")  # fmt: skip
prose(A, "p14", "faithful", "The network also lets farmers share experiences with colleagues elsewhere in Peru and around the world.")  # fmt: skip
prose(A, "p15", "faithful", "Cepes says the farmers' involvement has been key to the project's success, and that they feel it belongs to them.")  # fmt: skip
prose(
    A, "p16", "faithful", "Equal numbers of men and women attended the community training sessions."
)
prose(A, "p16", "number", "Twice as many men as women attended the community training sessions.")
prose(A, "p17", "faithful", "The response was excellent, mainly among young people, Saldarriaga said, but women of 40 or 50 who had never seen a computer before were also trained.")  # fmt: skip
prose(A, "p17", "number", "The response was excellent, mainly among young people, Saldarriaga said, but women of 60 or 70 who had never seen a computer before were also trained.")  # fmt: skip
prose(A, "p18", "faithful", "The promoters say the experience has been very positive and are already planning to spread the model to other farmers' organisations in Peru.")  # fmt: skip
prose(A, "p18", "negation", "The promoters say the experience has been disappointing but are already planning to spread the model to other farmers' organisations in Peru.")  # fmt: skip
prose(A, "p19", "faithful", "In Cuyo, a community of 50 families with no electricity, a mini hydraulic dam had to be built to power the computers, the communications equipment and the cabin lights.")  # fmt: skip
prose(A, "p19", "number", "In Cuyo, a community of 150 families with no electricity, a mini hydraulic dam had to be built to power the computers, the communications equipment and the cabin lights.")  # fmt: skip
prose(A, "p20", "faithful", "The dam was built to generate 2kW of power.")
prose(A, "p20", "number", "The dam was built to generate 20kW of power.")
prose(A, "p21", "faithful", "When technicians realised after dark that they had no light bulbs to test the generator, the local shop said it did not sell any, so the testing had to wait until the next morning.")  # fmt: skip
prose(A, "p21", "negation", "When technicians realised after dark that they had no light bulbs to test the generator, the local shop sold them some, so the testing went ahead that night.")  # fmt: skip
prose(A, "p22", "faithful", "Thanks to the wireless network, Cuyo and the other communities are no longer isolated.")  # fmt: skip
prose(A, "p23", "faithful", "The project's formal name is the Agricultural Information Project for Farmers of the Chancay-Huaral Valley.")  # fmt: skip
prose(A, "p24", "faithful", "The irrigation users' board hopes to fund the network with the money the telecentres earn as internet cafes.")  # fmt: skip
speaker(A, "q0", "faithful", "Carlos Saldarriaga", "The plan includes training on computers and internet skills for both operators and users of the system")  # fmt: skip
speaker(
    A, "q1", "faithful", "Carlos Saldarriaga", "Water is the main element that unites them all."
)
speaker(A, "q2", "faithful", "Carlos Saldarriaga", "This is a pilot project, and we have been very keen on its cloning potential in other places")  # fmt: skip
speaker(A, "q3", "faithful", "Carlos Saldarriaga", "We have had an excellent response, mainly from young people.")  # fmt: skip
quote(A, "q4", "faithful", "Throughout the last three years, the people have provided a vital thrust to the project; they feel it belongs to them")  # fmt: skip
quote(A, "q4", "quote", "Throughout the last three years, the people have provided a vital boost to the project; they feel it belongs to them")  # fmt: skip
quote(A, "q5", "faithful", "The logical answer was 'we don't sell any', so they had to wait until the next morning to do the testing.")  # fmt: skip
quote(A, "q5", "quote", "The logical answer was 'we don't sell any', so they had to wait until the next day to do the testing.")  # fmt: skip
quote(A, "q6", "faithful", "It is a precious element in Peru's coastal areas, because it is so scarce")  # fmt: skip
quote(A, "q6", "quote", "It is a precious element in Peru's coastal areas, because it is so rare")  # fmt: skip

# --- A Rhine cruise ship hits a motorway bridge at Duisburg --------------------------------
A = RHINE
prose(A, "p0", "faithful", "A Rhine cruise ship carrying 129 people struck a supporting pillar of the A42 motorway bridge near Duisburg late on Tuesday.")  # fmt: skip
prose(A, "p0", "number", "A Rhine cruise ship carrying 192 people struck a supporting pillar of the A42 motorway bridge near Duisburg late on Tuesday.")  # fmt: skip
prose(A, "p0", "date", "A Rhine cruise ship carrying 129 people struck a supporting pillar of the A42 motorway bridge near Duisburg late on Monday.")  # fmt: skip
prose(A, "p0", "entity", "A Rhine cruise ship carrying 129 people struck a supporting pillar of the Friedrich Ebert bridge near Duisburg late on Tuesday.")  # fmt: skip
prose(A, "p1", "faithful", "Four people were seriously hurt and taken to hospital, while another 20 suffered minor injuries.")  # fmt: skip
prose(A, "p1", "number", "Five people were seriously hurt and taken to hospital, while another 20 suffered minor injuries.")  # fmt: skip
prose(A, "p2", "faithful", "Police said none of the injuries appeared to be life-threatening.")
prose(A, "p2", "negation", "Police said several of the injuries appeared to be life-threatening.")
prose(A, "p3", "faithful", "A police spokesperson told the German news agency dpa that none of the injuries seemed fatal.")  # fmt: skip
prose(A, "p3", "entity", "A police spokesperson told the news agency AFP that none of the injuries seemed fatal.")  # fmt: skip
prose(A, "p4", "faithful", "Another ship nearby helped take the injured off the Swiss Crystal, and several fire brigade boats were also involved.")  # fmt: skip
prose(A, "p5", "faithful", "The A42 was expected to stay closed on Wednesday while structural engineers carried out safety checks.")  # fmt: skip
prose(A, "p5", "date", "The A42 was expected to stay closed on Thursday while structural engineers carried out safety checks.")  # fmt: skip
prose(A, "p5", "negation", "The A42 was expected to reopen on Wednesday after structural engineers carried out safety checks.")  # fmt: skip
prose(
    A, "p6", "faithful", "The Swiss Crystal was completed in 1995 and completely renovated in 2007."
)
prose(A, "p6", "date", "The Swiss Crystal was completed in 1995 and completely renovated in 2017.")
prose(A, "p7", "faithful", "The 101-metre vessel belongs to the Swiss shipping company SCYLLA and sails out of Basel.")  # fmt: skip
prose(A, "p7", "number", "The 110-metre vessel belongs to the Swiss shipping company SCYLLA and sails out of Basel.")  # fmt: skip
prose(A, "p7", "entity", "The 101-metre vessel belongs to the Swiss shipping company SCYLLA and sails out of Rotterdam.")  # fmt: skip
prose(
    A, "p8", "faithful", "At the time of the accident the ship was on its way to the Netherlands."
)
prose(A, "p8", "entity", "At the time of the accident the ship was on its way to Basel.")
prose(A, "p9", "faithful", "The tour operator offered passengers the chance to finish their trip on a replacement ship, Duisburg's emergency services said.")  # fmt: skip
prose(A, "p10", "faithful", "Guests were also offered a hotel for the night, or other transport back home.")  # fmt: skip
prose(A, "p10", "added", "Guests were also offered a hotel for the night, a full refund, or other transport back home.")  # fmt: skip
prose(A, "p11", "faithful", "Duisburg is Germany's biggest inland port, handling 130 million tonnes of cargo a year.")  # fmt: skip
prose(A, "p11", "number", "Duisburg is Germany's biggest inland port, handling 150 million tonnes of cargo a year.")  # fmt: skip
prose(
    A, "p12", "faithful", "Duisport ranks among the world's 40 busiest harbours, seaports included."
)
prose(
    A, "p12", "number", "Duisport ranks among the world's 20 busiest harbours, seaports included."
)
prose(A, "p13", "faithful", "Over the centuries the port spread beyond Ruhrort into neighbouring Duisburg, which eventually absorbed Ruhrort.")  # fmt: skip
prose(A, "p14", "faithful", "New logistics firms plan to set up on the 40-hectare site of a former paper factory.")  # fmt: skip
prose(A, "p14", "number", "New logistics firms plan to set up on the 99-hectare site of a former paper factory.")  # fmt: skip
prose(A, "p15", "faithful", "In the 1920s the port mainly handled iron ore, coal and building materials.")  # fmt: skip
prose(A, "p15", "date", "In the 1950s the port mainly handled iron ore, coal and building materials.")  # fmt: skip
prose(A, "p16", "faithful", "Business flourished in the 1930s but came to an abrupt halt when the Second World War broke out, and air raids left docks and warehouses in ruins.")  # fmt: skip
prose(A, "p17", "faithful", "The German economic miracle of the 1950s briefly revived the port before the decline of steel and coal hit the region in the 1960s.")  # fmt: skip
prose(A, "p17", "date", "The German economic miracle of the 1950s briefly revived the port before the decline of steel and coal hit the region in the 1970s.")  # fmt: skip
prose(A, "p18", "faithful", "The Duisport Group now generates revenues of 210 million euros, about $234 million.")  # fmt: skip
prose(A, "p18", "number", "The Duisport Group now generates revenues of 234 million euros, about $234 million.")  # fmt: skip
prose(A, "p19", "faithful", "The port provides jobs for more than a thousand people and tax income for the struggling city.")  # fmt: skip
prose(A, "p19", "negation", "The port provides jobs for more than a thousand people and tax income for the thriving city.")  # fmt: skip
prose(A, "p20", "faithful", "Coal is still the main commodity shipped through the port, but it now comes from as far away as Australia and China on barges from Rotterdam.")  # fmt: skip
prose(A, "p20", "entity", "Coal is still the main commodity shipped through the port, but it now comes from as far away as Australia and China on barges from Basel.")  # fmt: skip
prose(A, "p21", "faithful", "The last coal mine in Duisburg shut a few years ago, although the ThyssenKrupp and ArcelorMittal steelworks it supplied are still operating.")  # fmt: skip
prose(A, "p21", "negation", "The last coal mine in Duisburg shut a few years ago, and the ThyssenKrupp and ArcelorMittal steelworks it supplied have closed too.")  # fmt: skip
prose(A, "p22", "faithful", "Up to 45,000 jobs are linked to the port's activities.")
prose(A, "p22", "number", "Up to 54,000 jobs are linked to the port's activities.")
prose(A, "p23", "faithful", "About 3.4 million containers pass through its 21 docks and eight container terminals every year.")  # fmt: skip
prose(A, "p23", "number", "About 4.3 million containers pass through its 21 docks and eight container terminals every year.")  # fmt: skip
prose(A, "p24", "faithful", "Ruhrort is home to the Haniel Group, run by the Haniel family, who made their fortune in coal and steel and later diversified into holdings such as the retailer Metro.")  # fmt: skip
prose(A, "p24", "entity", "Ruhrort is home to the Haniel Group, run by the Haniel family, who made their fortune in coal and steel and later diversified into holdings such as the steelmaker ThyssenKrupp.")  # fmt: skip
prose(A, "p25", "faithful", "Boat trips through the docklands start at the Ruhrort Shippers' Exchange and cover 25 kilometres of waterways.")  # fmt: skip
prose(A, "p25", "number", "Boat trips through the docklands start at the Ruhrort Shippers' Exchange and cover 15 kilometres of waterways.")  # fmt: skip
prose(A, "p26", "faithful", "The twin towers at the entrance to the Friedrich Ebert bridge, which links Ruhrort with Homberg, were built in 1907 and have also housed the harbour master.")  # fmt: skip
prose(A, "p26", "date", "The twin towers at the entrance to the Friedrich Ebert bridge, which links Ruhrort with Homberg, were built in 1917 and have also housed the harbour master.")  # fmt: skip
prose(A, "p27", "faithful", "The Inner Harbour was an industrial wasteland until 1994, when British architect Norman Foster and other planners redeveloped it on the model of London's Docklands.")  # fmt: skip
prose(A, "p27", "date", "The Inner Harbour was an industrial wasteland until 1984, when British architect Norman Foster and other planners redeveloped it on the model of London's Docklands.")  # fmt: skip
prose(A, "p28", "faithful", "Today the Inner Harbour is a trendy downtown area with upscale restaurants and business premises.")  # fmt: skip
prose(A, "p29", "faithful", "The port of Duisburg is marking its 300th anniversary.")
prose(A, "p29", "number", "The port of Duisburg is marking its 400th anniversary.")
prose(A, "p30", "faithful", "Tourists from all over the world flock to the port to take one of its famous boat trips.")  # fmt: skip
prose(A, "p31", "faithful", "There were 129 people aboard the vessel, which is 330 feet long.")
prose(A, "p31", "number", "There were 129 people aboard the vessel, which is 303 feet long.")

if __name__ == "__main__":
    claims.write()
