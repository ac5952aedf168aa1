"""Writes benchmarks/data/faithfulness_heldout9.jsonl, the ninth held-out set: claims
about six Giveme5W1H articles (examples/giveme5w1h-dev-articles.jsonl) that no earlier
labelled set uses. It was written blind, before any verdict rule was run on it, from
the article texts alone (the rules and their results on the older sets unread), for one
measurement of the rules; it is sealed (benchmarks/sealed.py) until that measurement is
made and reported (benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names, synonyms, merged sentences, reported speech, numbers and dates
written another way. Each corrupted claim is one minimal edit of such a claim, and its
label names the one way the article contradicts it (or, for `added`, the detail the
article does not contain).

    python3 benchmarks/faithfulness_heldout9_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

PEAKS = "2f79eb6f3371ab81f51d7028fdc75f27d89c07183e0d1b5f4bb8139f"
BACKLASH = "ce21d3b18b0f22a3c44dab7f8e22e70692ae814e48bd5afc6c94a6f5"
SPIN = "1778efb0dfd0f1e933513e0f79af3c09986a40791ecd6faf2239f09c"
DONORS = "1b1109edc9ba100f298d988c0558243e34a5921a855408bb1f4dfedd"
CLEARED = "d654fd5500ceddb91c0cd99912f37d6c351e252b4b1558a4ba6a88eb"
BLACKOUT = "4032070b93a333c347d1e7e94be4aacc098b1f7f18494d6a6fd3f57c"

claims = LabelledClaims("heldout9")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Toblerone's wider gaps ------------------------------------------------------------
A = PEAKS
prose(A, "p0", "faithful", "Toblerone has drawn a wave of criticism from British shoppers angry about the wider spaces between the peaks of its chocolate bar.")  # fmt: skip
prose(A, "p1", "faithful", "The bar's US-based maker, Mondelez International, put the change down to an effort to cut the weight of what had been 400-gram and 170-gram bars.")  # fmt: skip
prose(A, "p1", "number", "The bar's US-based maker, Mondelez International, put the change down to an effort to cut the weight of what had been 450-gram and 170-gram bars.")  # fmt: skip
prose(A, "p1", "entity", "The bar's US-based maker, Kraft Heinz, put the change down to an effort to cut the weight of what had been 400-gram and 170-gram bars.")  # fmt: skip
prose(A, "p2", "faithful", "The two bars now weigh 360 grams and 150 grams, though their packaging is the same size as before.")  # fmt: skip
prose(A, "p2", "number", "The two bars now weigh 340 grams and 150 grams, though their packaging is the same size as before.")  # fmt: skip
prose(A, "p2", "negation", "The two bars now weigh 360 grams and 150 grams, and their packaging has not stayed the same size.")  # fmt: skip
prose(A, "p3", "faithful", "In a Facebook post, Toblerone said that, like many other companies, it was facing higher costs for numerous ingredients.")  # fmt: skip
prose(A, "p3", "negation", "In a Facebook post, Toblerone said that, unlike many other companies, it was facing higher costs for numerous ingredients.")  # fmt: skip
prose(A, "p4", "faithful", "The company said it had reduced the weight of just two of its bars in the UK.")  # fmt: skip
prose(A, "p4", "number", "The company said it had reduced the weight of just three of its bars in the UK.")  # fmt: skip
prose(A, "p4", "entity", "The company said it had reduced the weight of just two of its bars in Switzerland.")  # fmt: skip
prose(A, "p5", "faithful", "Lee Yarker wrote that the big gap between the segments looked stupid and that the bar could simply have been made shorter.")  # fmt: skip
prose(A, "p5", "entity", "Stephen Mason wrote that the big gap between the segments looked stupid and that the bar could simply have been made shorter.")  # fmt: skip
prose(A, "p6", "faithful", "Stephen Mason asked why the company could not just lose a triangle at the end or make the triangles smaller.")  # fmt: skip
prose(A, "p7", "faithful", "Nicholas Barker asked why the company did not simply raise the price, arguing that people would still buy the bar even if it cost twice as much.")  # fmt: skip
prose(A, "p7", "number", "Nicholas Barker asked why the company did not simply raise the price, arguing that people would still buy the bar even if it cost three times as much.")  # fmt: skip
prose(A, "p8", "faithful", "Other food companies have announced price increases because of the fall in the value of the pound after Brexit.")  # fmt: skip
prose(A, "p8", "negation", "Other food companies have announced price cuts because of the fall in the value of the pound after Brexit.")  # fmt: skip
prose(A, "p9", "faithful", "A spokeswoman for Toblerone acknowledged that the exchange rate was unfavourable but insisted the change was not a result of Brexit, the BBC reported.")  # fmt: skip
prose(A, "p9", "negation", "A spokeswoman for Toblerone acknowledged that the exchange rate was unfavourable and said the change was a result of Brexit, the BBC reported.")  # fmt: skip
prose(A, "p10", "faithful", "Toblerone was first created in Switzerland.")
prose(A, "p10", "entity", "Toblerone was first created in Belgium.")
prose(A, "p11", "faithful", "Brexit refers to the UK's decision to leave the European Union.")
prose(A, "p12", "added", "Mondelez said the original bar sizes would return to shops in the new year.")  # fmt: skip
prose(A, "p13", "added", "Toblerone said the change would save the company about £2 million a year.")  # fmt: skip
speaker(A, "q0", "faithful", "Lee Yarker", "Fair enough reducing the weight of the bar, but why the big gap in between segments?")  # fmt: skip
speaker(A, "q0", "speaker", "Nicholas Barker", "Fair enough reducing the weight of the bar, but why the big gap in between segments?")  # fmt: skip
speaker(A, "q1", "faithful", "Nicholas Barker", "You could literally double the price and people would still buy it.")  # fmt: skip
speaker(A, "q1", "speaker", "Stephen Mason", "You could literally double the price and people would still buy it.")  # fmt: skip
quote(A, "q2", "faithful", "Toblerone is all about the triangle.")
quote(A, "q2", "quote", "Toblerone is all about the shape.")

# --- Toblerone fans outraged -----------------------------------------------------------
A = BACKLASH
prose(A, "p0", "faithful", "Toblerone has faced a furious backlash from customers after changing the shape of its famous chocolate bars.")  # fmt: skip
prose(A, "p0", "negation", "Customers have welcomed Toblerone's decision to change the shape of its famous chocolate bars.")  # fmt: skip
prose(A, "p1", "faithful", "The 400g bars have been cut to 360g and the 170g bars to 150g, while the packaging stays the same size.")  # fmt: skip
prose(A, "p1", "number", "The 400g bars have been cut to 360g and the 170g bars to 140g, while the packaging stays the same size.")  # fmt: skip
prose(A, "p2", "faithful", "A picture of the old bar from 2011 shows a much smaller gap between the triangles.")  # fmt: skip
prose(A, "p2", "date", "A picture of the old bar from 2013 shows a much smaller gap between the triangles.")  # fmt: skip
prose(A, "p3", "faithful", "In a statement on its Facebook page, the company said it had had to either change the look of the bars or put up the price.")  # fmt: skip
prose(A, "p4", "faithful", "A spokeswoman said the special Toblerone recipe stays the same.")
prose(A, "p4", "negation", "A spokeswoman said the special Toblerone recipe has been changed.")
prose(A, "p5", "faithful", "The company said it employs 4,500 people in the UK.")
prose(A, "p5", "number", "The company said it employs 5,400 people in the UK.")
prose(A, "p6", "faithful", "According to the company, the 150g bar is mostly sold in Poundland.")
prose(A, "p6", "entity", "According to the company, the 150g bar is mostly sold in Poundstretcher.")  # fmt: skip
prose(A, "p7", "faithful", "Gary Cornell said the new shape ruined the whole experience and asked why the company had not kept the shape and used one less triangle.")  # fmt: skip
prose(A, "p7", "entity", "Philip Joseph said the new shape ruined the whole experience and asked why the company had not kept the shape and used one less triangle.")  # fmt: skip
prose(A, "p8", "faithful", "Nick Savill accused the company of raising the price per gram while destroying the look of an iconic product.")  # fmt: skip
prose(A, "p9", "faithful", "Cathy White said the bar looked dreadful and that the company should have reduced its length and kept the chunky triangles.")  # fmt: skip
prose(A, "p10", "faithful", "A spokeswoman for Mondelez said the exchange rate was currently not favourable but denied that the change was because of Brexit.")  # fmt: skip
prose(A, "p10", "entity", "A spokeswoman for Poundland said the exchange rate was currently not favourable but denied that the change was because of Brexit.")  # fmt: skip
prose(A, "p11", "faithful", "Mondelez, which makes Toblerone, also owns Cadbury.")
prose(A, "p11", "entity", "Mondelez, which makes Toblerone, also owns Costa.")
prose(A, "p12", "faithful", "There was a huge reaction on Twitter, where some people even blamed the change on Brexit.")  # fmt: skip
prose(A, "p13", "faithful", "The BBC reported that consumers asked on Facebook why the company had widened the gaps instead of making the bars shorter.")  # fmt: skip
prose(A, "p14", "faithful", "Several of the tweets about the new bar were posted on November 8, 2016.")  # fmt: skip
prose(A, "p14", "date", "Several of the tweets about the new bar were posted on November 9, 2016.")  # fmt: skip
prose(A, "p15", "added", "Sales of the 150g bar have fallen by a third since the change, the company admitted.")  # fmt: skip
prose(A, "p16", "added", "The spokeswoman said Toblerone had received more than 10,000 complaints.")  # fmt: skip
speaker(A, "q0", "faithful", "Nick Savill", "Well done, you've killed Toblerone stone dead.")
speaker(A, "q0", "speaker", "Gary Cornell", "Well done, you've killed Toblerone stone dead.")
speaker(A, "q1", "faithful", "Philip Joseph", "It was the wrong decision. It looks like a really underhanded thing to do.")  # fmt: skip
speaker(A, "q1", "speaker", "Cathy White", "It was the wrong decision. It looks like a really underhanded thing to do.")  # fmt: skip
speaker(A, "q2", "faithful", "Cathy White", "Think you should've reduced the length and kept the chunky triangles.")  # fmt: skip
speaker(A, "q2", "speaker", "Nick Savill", "Think you should've reduced the length and kept the chunky triangles.")  # fmt: skip
quote(A, "q3", "faithful", "The joy was always in breaking off one triangle at a time.")
quote(A, "q3", "quote", "The fun was always in breaking off one triangle at a time.")
quote(A, "q4", "faithful", "It now looks like a bicycle stand.")
quote(A, "q4", "quote", "It now looks like a bike rack.")

# --- Verstappen's spin in Brazil -------------------------------------------------------
A = SPIN
prose(A, "p0", "faithful", "Max Verstappen avoided a serious accident after spinning his car at close to 180mph in dangerous conditions at the Brazilian Grand Prix.")  # fmt: skip
prose(A, "p0", "number", "Max Verstappen avoided a serious accident after spinning his car at close to 150mph in dangerous conditions at the Brazilian Grand Prix.")  # fmt: skip
prose(A, "p1", "faithful", "The teenager lost control when he clipped the kerb at the entrance to the long home straight at Interlagos.")  # fmt: skip
prose(A, "p2", "faithful", "Just as he seemed about to hit the metal hoardings at the side of the track, he managed to straighten up and regain control.")  # fmt: skip
prose(A, "p2", "negation", "Just as he seemed about to hit the metal hoardings at the side of the track, he failed to straighten up and regain control.")  # fmt: skip
prose(A, "p3", "faithful", "Verstappen recovered to finish third, behind Lewis Hamilton and Nico Rosberg.")  # fmt: skip
prose(A, "p3", "number", "Verstappen recovered to finish fourth, behind Lewis Hamilton and Nico Rosberg.")  # fmt: skip
prose(A, "p3", "entity", "Verstappen recovered to finish third, behind Lewis Hamilton and Sebastian Vettel.")  # fmt: skip
prose(A, "p4", "faithful", "Straight after the incident, a member of his Red Bull pit crew calmly told him over the radio that it was well held.")  # fmt: skip
prose(A, "p4", "entity", "Straight after the incident, a member of his Toro Rosso pit crew calmly told him over the radio that it was well held.")  # fmt: skip
prose(A, "p5", "faithful", "The 19-year-old won universal praise for the way he avoided a serious crash in hazardous conditions.")  # fmt: skip
prose(A, "p5", "number", "The 18-year-old won universal praise for the way he avoided a serious crash in hazardous conditions.")  # fmt: skip
prose(A, "p6", "faithful", "The young Dutchman sliced through the field from 16th to third as the rain kept falling.")  # fmt: skip
prose(A, "p6", "number", "The young Dutchman sliced through the field from 14th to third as the rain kept falling.")  # fmt: skip
prose(A, "p7", "faithful", "The safety car came out five times during the race, and the red flag was shown twice.")  # fmt: skip
prose(A, "p7", "number", "The safety car came out six times during the race, and the red flag was shown twice.")  # fmt: skip
prose(A, "p8", "faithful", "Verstappen was born in Belgium on September 30, 1997, and is the son of the Dutch former F1 driver Jos Verstappen.")  # fmt: skip
prose(A, "p8", "date", "Verstappen was born in Belgium on September 30, 1998, and is the son of the Dutch former F1 driver Jos Verstappen.")  # fmt: skip
prose(A, "p9", "faithful", "He made his Formula One debut aged 17 for Toro Rosso in Australia in 2015, the youngest driver ever to do so.")  # fmt: skip
prose(A, "p9", "date", "He made his Formula One debut aged 17 for Toro Rosso in Australia in 2014, the youngest driver ever to do so.")  # fmt: skip
prose(A, "p9", "entity", "He made his Formula One debut aged 17 for Toro Rosso in Brazil in 2015, the youngest driver ever to do so.")  # fmt: skip
prose(A, "p10", "faithful", "He has won one of his 38 Formula One races and has six podium finishes.")  # fmt: skip
prose(A, "p10", "number", "He has won two of his 38 Formula One races and has six podium finishes.")  # fmt: skip
prose(A, "p11", "faithful", "He is currently fifth in the drivers' championship standings.")
prose(A, "p12", "faithful", "Sebastian Vettel, who had also spun earlier in the race, vented his fury over the team radio.")  # fmt: skip
prose(A, "p13", "faithful", "Some drivers called for the race to be abandoned because of the hazardous conditions, but Hamilton was not one of them.")  # fmt: skip
prose(A, "p13", "negation", "Some drivers called for the race to be abandoned because of the hazardous conditions, and Hamilton was one of them.")  # fmt: skip
prose(A, "p14", "faithful", "Hamilton started from pole position and led the race from start to finish.")  # fmt: skip
prose(A, "p15", "faithful", "Felipe Massa crashed out of what was his last race in his homeland before his retirement.")  # fmt: skip
prose(A, "p15", "entity", "Kimi Raikkonen crashed out of what was his last race in his homeland before his retirement.")  # fmt: skip
prose(A, "p16", "faithful", "To take the title, Hamilton must win in Abu Dhabi and hope Rosberg finishes fourth or lower.")  # fmt: skip
prose(A, "p16", "number", "To take the title, Hamilton must win in Abu Dhabi and hope Rosberg finishes fifth or lower.")  # fmt: skip
prose(A, "p17", "faithful", "If Rosberg finishes third in Abu Dhabi on November 27, he will win the championship.")  # fmt: skip
prose(A, "p17", "date", "If Rosberg finishes third in Abu Dhabi on November 20, he will win the championship.")  # fmt: skip
prose(A, "p18", "faithful", "Kimi Raikkonen's crash brought out a red flag, and his Ferrari had to be removed from the track.")  # fmt: skip
prose(A, "p19", "faithful", "Hamilton said winning in Brazil had been an ambition of his since watching Ayrton Senna.")  # fmt: skip
prose(A, "p20", "added", "Verstappen's team-mate Daniel Ricciardo finished eighth.")
prose(A, "p21", "added", "The stewards later opened an investigation into Verstappen's spin.")
speaker(A, "q0", "faithful", "Lewis Hamilton", "I was genuinely chilling up front")
speaker(A, "q0", "speaker", "Nico Rosberg", "I was genuinely chilling up front")
speaker(A, "q1", "faithful", "Sebastian Vettel", "What this race needs is a red flag.")
speaker(A, "q1", "speaker", "Lewis Hamilton", "What this race needs is a red flag.")
speaker(A, "q2", "faithful", "Max Verstappen", "my heartbeat went a little higher there.")
speaker(A, "q2", "speaker", "Sebastian Vettel", "my heartbeat went a little higher there.")
quote(A, "q3", "faithful", "When it rains it is usually good for me.")
quote(A, "q3", "quote", "When it rains it is always good for me.")
quote(A, "q4", "faithful", "This is Formula One and the rain is the trickiest condition.")
quote(A, "q4", "quote", "This is Formula One and the rain is the most dangerous condition.")

# --- Clinton's call with her donors ----------------------------------------------------
A = DONORS
prose(A, "p0", "faithful", "On a farewell conference call with top donors on Saturday, Clinton blamed the renewed FBI inquiry into her email system for stopping her campaign's momentum.")  # fmt: skip
prose(A, "p0", "date", "On a farewell conference call with top donors on Sunday, Clinton blamed the renewed FBI inquiry into her email system for stopping her campaign's momentum.")  # fmt: skip
prose(A, "p1", "faithful", "She said the closing of the inquiry two days before Election Day had energised Trump's voters.")  # fmt: skip
prose(A, "p1", "negation", "She said the closing of the inquiry two days before Election Day had discouraged Trump's voters.")  # fmt: skip
prose(A, "p2", "faithful", "Clinton said the Comey letter had raised doubts that proved groundless.")  # fmt: skip
prose(A, "p3", "faithful", "She said that going into the last weekend her campaign was again ahead in all but two of the battleground states.")  # fmt: skip
prose(A, "p3", "number", "She said that going into the last weekend her campaign was again ahead in all but three of the battleground states.")  # fmt: skip
prose(A, "p4", "faithful", "According to Clinton, her campaign was tied in Arizona before the first letter.")  # fmt: skip
prose(A, "p4", "entity", "According to Clinton, her campaign was tied in Ohio before the first letter.")  # fmt: skip
prose(A, "p5", "faithful", "Trump's performance in the October 19 debate was widely panned, especially his refusal to say he would respect the result if he lost.")  # fmt: skip
prose(A, "p5", "date", "Trump's performance in the October 9 debate was widely panned, especially his refusal to say he would respect the result if he lost.")  # fmt: skip
prose(A, "p6", "faithful", "Comey, who was once a registered Republican, has not commented publicly on either letter.")  # fmt: skip
prose(A, "p6", "entity", "Comey, who was once a registered Democrat, has not commented publicly on either letter.")  # fmt: skip
prose(A, "p7", "faithful", "On Saturday Clinton did not accuse Comey of partisanship.")
prose(A, "p7", "negation", "On Saturday Clinton accused Comey of partisanship.")
prose(A, "p8", "faithful", "Comey's second letter, sent on the Sunday before Election Day, said the nine-day examination of newly discovered emails had not changed his conclusion that there had been no criminal conduct.")  # fmt: skip
prose(A, "p8", "number", "Comey's second letter, sent on the Sunday before Election Day, said the five-day examination of newly discovered emails had not changed his conclusion that there had been no criminal conduct.")  # fmt: skip
prose(A, "p9", "faithful", "A day earlier, communications director Jennifer Palmieri had told the same donors that the news angered Trump voters and caused a spike in turnout.")  # fmt: skip
prose(A, "p9", "entity", "A day earlier, finance director Dennis Cheng had told the same donors that the news angered Trump voters and caused a spike in turnout.")  # fmt: skip
prose(A, "p10", "faithful", "Clinton said Trump had spent the last four days of the campaign attacking her personally.")  # fmt: skip
prose(A, "p10", "number", "Clinton said Trump had spent the last six days of the campaign attacking her personally.")  # fmt: skip
prose(A, "p11", "faithful", "She said she was heartbroken and called it a very tough loss.")
prose(A, "p12", "faithful", "Her decision seven years ago to use a private system for government communication opened the door to the FBI inquiry, and she has called that decision a mistake.")  # fmt: skip
prose(A, "p12", "date", "Her decision ten years ago to use a private system for government communication opened the door to the FBI inquiry, and she has called that decision a mistake.")  # fmt: skip
prose(A, "p13", "faithful", "Her finance director congratulated the top fundraisers for bringing in more than half of the nearly $1 billion raised for her campaign.")  # fmt: skip
prose(A, "p13", "number", "Her finance director congratulated the top fundraisers for bringing in more than half of the nearly $2 billion raised for her campaign.")  # fmt: skip
prose(A, "p14", "faithful", "Members of the National Finance Committee had each bundled at least $100,000 in donations from others.")  # fmt: skip
prose(A, "p14", "number", "Members of the National Finance Committee had each bundled at least $250,000 in donations from others.")  # fmt: skip
prose(A, "p15", "faithful", "At a rally in Daytona Beach, Florida, Clinton said voters deserved to get full and complete facts.")  # fmt: skip
prose(A, "p15", "entity", "At a rally in Tampa, Florida, Clinton said voters deserved to get full and complete facts.")  # fmt: skip
prose(A, "p16", "faithful", "She said nothing about larger forces such as Trump's message of change or her own limited attention to economic anxiety.")  # fmt: skip
prose(A, "p17", "faithful", "Many Democrats accused Comey of partisan motives, while his defenders said there was no partisan intent.")  # fmt: skip
prose(A, "p18", "added", "Clinton told the donors she would not run for office again.")
prose(A, "p19", "added", "About 300 donors joined the call.")
speaker(A, "q0", "faithful", "Hillary Clinton", "I am heartbroken")
speaker(A, "q0", "speaker", "Jennifer Palmieri", "I am heartbroken")
speaker(A, "q1", "faithful", "Hillary Clinton", "After the third debate, we felt so good about where we were")  # fmt: skip
speaker(A, "q1", "speaker", "James Comey", "After the third debate, we felt so good about where we were")  # fmt: skip
quote(A, "q2", "faithful", "We were tied in Arizona. We just had a real wind at our back")
quote(A, "q2", "quote", "We were tied in Arizona. We just had a strong wind at our back")
quote(A, "q3", "faithful", "This is a very, very tough loss and especially because everyone worked so hard.")  # fmt: skip
quote(A, "q3", "quote", "This is a very, very painful loss and especially because everyone worked so hard.")  # fmt: skip

# --- Comey: no criminal wrongdoing in the new emails -----------------------------------
A = CLEARED
prose(A, "p0", "faithful", "In a letter to congressional leaders on Sunday, FBI director James Comey said a new batch of emails had not changed the bureau's conclusion that Clinton committed no crime.")  # fmt: skip
prose(A, "p0", "negation", "In a letter to congressional leaders on Sunday, FBI director James Comey said a new batch of emails had changed the bureau's conclusion that Clinton committed no crime.")  # fmt: skip
prose(A, "p0", "date", "In a letter to congressional leaders on Saturday, FBI director James Comey said a new batch of emails had not changed the bureau's conclusion that Clinton committed no crime.")  # fmt: skip
prose(A, "p1", "faithful", "A Clinton spokeswoman said the candidate was glad the matter had been resolved.")  # fmt: skip
prose(A, "p2", "faithful", "At a rally in Sterling Heights, Michigan, on Sunday evening, Trump said nobody could review 650,000 emails in eight days.")  # fmt: skip
prose(A, "p2", "number", "At a rally in Sterling Heights, Michigan, on Sunday evening, Trump said nobody could review 650,000 emails in six days.")  # fmt: skip
prose(A, "p2", "entity", "At a rally in Minneapolis on Sunday evening, Trump said nobody could review 650,000 emails in eight days.")  # fmt: skip
prose(A, "p3", "faithful", "On October 28, only 11 days before the election, Comey had told congressional leaders that agents had found emails that appeared pertinent to the earlier investigation.")  # fmt: skip
prose(A, "p3", "date", "On October 21, only 11 days before the election, Comey had told congressional leaders that agents had found emails that appeared pertinent to the earlier investigation.")  # fmt: skip
prose(A, "p4", "faithful", "In July, Comey had called Clinton and her aides extremely careless but said no reasonable prosecutor would bring a case against them.")  # fmt: skip
prose(A, "p4", "date", "In June, Comey had called Clinton and her aides extremely careless but said no reasonable prosecutor would bring a case against them.")  # fmt: skip
prose(A, "p5", "faithful", "Comey thanked the professionals at the FBI for doing an extraordinary amount of high-quality work in a short time.")  # fmt: skip
prose(A, "p6", "faithful", "Clinton was on board her campaign plane when the news broke, as she had been when Comey's first letter came nine days earlier.")  # fmt: skip
prose(A, "p7", "faithful", "Leaving the plane in Cleveland about half an hour after the announcement, Clinton did not answer a reporter's question about whether she had seen the letter.")  # fmt: skip
prose(A, "p7", "entity", "Leaving the plane in Detroit about half an hour after the announcement, Clinton did not answer a reporter's question about whether she had seen the letter.")  # fmt: skip
prose(A, "p8", "faithful", "When the letter came out, Trump was speaking in an airplane hangar in Minneapolis, but he did not mention it to the crowd.")  # fmt: skip
prose(A, "p8", "negation", "When the letter came out, Trump was speaking in an airplane hangar in Minneapolis, and he mentioned it to the crowd.")  # fmt: skip
prose(A, "p9", "faithful", "Trump claimed the FBI's rank-and-file agents would not let Clinton get away with deleting 33,000 emails after receiving a federal subpoena.")  # fmt: skip
prose(A, "p9", "number", "Trump claimed the FBI's rank-and-file agents would not let Clinton get away with deleting 30,000 emails after receiving a federal subpoena.")  # fmt: skip
prose(A, "p10", "faithful", "Trump's campaign manager, Kellyanne Conway, told MSNBC that some things had not changed at all.")  # fmt: skip
prose(A, "p10", "entity", "Trump's campaign manager, Kellyanne Conway, told CNN that some things had not changed at all.")  # fmt: skip
prose(A, "p11", "faithful", "Although he has clashed with Trump for months, House Speaker Paul Ryan urged Americans to vote for the businessman.")  # fmt: skip
prose(A, "p11", "negation", "Although he has clashed with Trump for months, House Speaker Paul Ryan urged Americans not to vote for the businessman.")  # fmt: skip
prose(A, "p12", "faithful", "The new emails turned up on a laptop belonging to Anthony Weiner, the estranged husband of close Clinton aide Huma Abedin.")  # fmt: skip
prose(A, "p12", "entity", "The new emails turned up on a laptop belonging to Anthony Weiner, the estranged husband of close Clinton aide Jennifer Palmieri.")  # fmt: skip
prose(A, "p13", "faithful", "Adam Schiff, the top Democrat on the House intelligence committee, said the letter should end accusations that Clinton had committed any crime once and for all.")  # fmt: skip
prose(A, "p13", "entity", "Adam Schiff, the top Democrat on the House judiciary committee, said the letter should end accusations that Clinton had committed any crime once and for all.")  # fmt: skip
prose(A, "p14", "faithful", "John Conyers, the ranking Democrat on the House judiciary committee, said there would be many questions about how the FBI had handled the investigation.")  # fmt: skip
prose(A, "p15", "faithful", "Senator Dianne Feinstein called on the justice department to look at its procedures to prevent similar actions influencing future elections.")  # fmt: skip
prose(A, "p16", "faithful", "The FBI said it had nothing to add to the director's letter.")
prose(A, "p17", "faithful", "Trump had gleefully predicted that the emails would reveal a corruption scandal bigger than Watergate.")  # fmt: skip
prose(A, "p18", "faithful", "The presidential election was to be held on Tuesday, 8 November.")
prose(A, "p18", "date", "The presidential election was to be held on Tuesday, 9 November.")
prose(A, "p19", "faithful", "Conway said Comey had told Congress under oath on 7 July that Clinton was reckless and careless in handling information.")  # fmt: skip
prose(A, "p19", "date", "Conway said Comey had told Congress under oath on 17 July that Clinton was reckless and careless in handling information.")  # fmt: skip
prose(A, "p20", "added", "Comey briefed Attorney General Loretta Lynch before sending the letter.")  # fmt: skip
prose(A, "p21", "added", "Clinton's campaign said it would ask the FBI to publish its full review.")  # fmt: skip
speaker(A, "q0", "faithful", "Paul Ryan", "She simply believes she's above the law and always plays by her own rules.")  # fmt: skip
speaker(A, "q0", "speaker", "Kellyanne Conway", "She simply believes she's above the law and always plays by her own rules.")  # fmt: skip
speaker(A, "q1", "faithful", "Kellyanne Conway", "The reason that so many Americans have a problem with Hillary Clinton's honesty and trustworthiness and veracity does not change.")  # fmt: skip
speaker(A, "q1", "speaker", "Paul Ryan", "The reason that so many Americans have a problem with Hillary Clinton's honesty and trustworthiness and veracity does not change.")  # fmt: skip
speaker(A, "q2", "faithful", "John Conyers", "We will have many questions about the FBI's handling of this investigation.")  # fmt: skip
speaker(A, "q2", "speaker", "Adam Schiff", "We will have many questions about the FBI's handling of this investigation.")  # fmt: skip
speaker(A, "q3", "faithful", "Adam Schiff", "the expeditious review of these emails should put to rest the irresponsible speculation indulged in by the Trump campaign and others.")  # fmt: skip
speaker(A, "q3", "speaker", "Dianne Feinstein", "the expeditious review of these emails should put to rest the irresponsible speculation indulged in by the Trump campaign and others.")  # fmt: skip
quote(A, "q4", "faithful", "Hillary Clinton is guilty. She knows it.")
quote(A, "q4", "quote", "Hillary Clinton is guilty. Everyone knows it.")
quote(A, "q5", "faithful", "we have not changed our conclusions that we expressed in July with respect to Secretary Clinton")  # fmt: skip
quote(A, "q5", "quote", "we have not changed our conclusions that we reached in July with respect to Secretary Clinton")  # fmt: skip

# --- Croydon tram driver 'blacked out' -------------------------------------------------
A = BLACKOUT
prose(A, "p0", "faithful", "At least seven people were killed and more than 50 taken to hospital when a tram thought to have been going too fast crashed in south London on Wednesday morning.")  # fmt: skip
prose(A, "p0", "number", "At least seven people were killed and more than 70 taken to hospital when a tram thought to have been going too fast crashed in south London on Wednesday morning.")  # fmt: skip
prose(A, "p0", "date", "At least seven people were killed and more than 50 taken to hospital when a tram thought to have been going too fast crashed in south London on Tuesday morning.")  # fmt: skip
prose(A, "p1", "faithful", "The derailment happened at about 6.10am.")
prose(A, "p1", "date", "The derailment happened at about 7.10am.")
prose(A, "p2", "faithful", "Some passengers said the driver, who was arrested after the crash, had blacked out.")  # fmt: skip
prose(A, "p3", "faithful", "Martin Bamford, 30, who was being treated for broken ribs at Croydon University hospital, said the driver told him he thought he had blacked out.")  # fmt: skip
prose(A, "p3", "number", "Martin Bamford, 35, who was being treated for broken ribs at Croydon University hospital, said the driver told him he thought he had blacked out.")  # fmt: skip
prose(A, "p4", "faithful", "Kevin Snow, a 57-year-old Royal Navy veteran, said the tram did not slow down at its usual point as it came out of a tunnel between the Lloyd Park and Sandilands stops.")  # fmt: skip
prose(A, "p4", "negation", "Kevin Snow, a 57-year-old Royal Navy veteran, said the tram slowed down at its usual point as it came out of a tunnel between the Lloyd Park and Sandilands stops.")  # fmt: skip
prose(A, "p5", "faithful", "Snow said the tram slid for eight to 10 seconds before it came to a halt.")  # fmt: skip
prose(A, "p5", "number", "Snow said the tram slid for eight to 15 seconds before it came to a halt.")  # fmt: skip
prose(A, "p6", "faithful", "The Rail Accident Investigation Branch said initial indications were that the tram had been travelling at a significantly higher speed than permitted.")  # fmt: skip
prose(A, "p7", "faithful", "British Transport Police's Assistant Chief Constable Robin Smith said the force was investigating whether the driver had fallen asleep.")  # fmt: skip
prose(A, "p7", "entity", "British Transport Police's Assistant Chief Constable Mike Brown said the force was investigating whether the driver had fallen asleep.")  # fmt: skip
prose(A, "p8", "faithful", "The 42-year-old driver, who is from Beckenham, is being held on suspicion of manslaughter.")  # fmt: skip
prose(A, "p8", "entity", "The 42-year-old driver, who is from Wimbledon, is being held on suspicion of manslaughter.")  # fmt: skip
prose(A, "p9", "faithful", "The tram came off the tracks on a sharp left-hand bend near Sandilands junction, on a section with a 12mph speed limit.")  # fmt: skip
prose(A, "p10", "faithful", "Croydon's trams have a top speed of about 50mph.")
prose(A, "p10", "number", "Croydon's trams have a top speed of about 60mph.")
prose(A, "p11", "faithful", "Andy Nias wrote on Facebook that on 31 October his tram had taken the corner to Sandilands at 40mph.")  # fmt: skip
prose(A, "p11", "date", "Andy Nias wrote on Facebook that on 30 October his tram had taken the corner to Sandilands at 40mph.")  # fmt: skip
prose(A, "p12", "faithful", "Nias said he had reported that incident to British Transport Police, who advised him not to speak to journalists.")  # fmt: skip
prose(A, "p12", "negation", "Nias said he had reported that incident to British Transport Police, who encouraged him to speak to journalists.")  # fmt: skip
prose(A, "p13", "faithful", "TfL said it was aware of the claims but declined to comment further because an investigation was under way.")  # fmt: skip
prose(A, "p13", "negation", "TfL said it was unaware of the claims and declined to comment further because an investigation was under way.")  # fmt: skip
prose(A, "p14", "faithful", "The crash is the worst on the rail and tram networks since 2004, when seven people died in a rail crash near Ufton Nervet in Berkshire.")  # fmt: skip
prose(A, "p14", "date", "The crash is the worst on the rail and tram networks since 2001, when seven people died in a rail crash near Ufton Nervet in Berkshire.")  # fmt: skip
prose(A, "p15", "faithful", "Nobody had died on board a tram in the UK since 1959, when a tram caught fire in Glasgow after colliding with a lorry.")  # fmt: skip
prose(A, "p15", "date", "Nobody had died on board a tram in the UK since 1969, when a tram caught fire in Glasgow after colliding with a lorry.")  # fmt: skip
prose(A, "p16", "faithful", "Hannah Collier, 23, who lives nearby, said she heard a massive crash at about 6.15am.")  # fmt: skip
prose(A, "p17", "faithful", "Eight fire engines and 22 ambulance crews were involved in the rescue.")  # fmt: skip
prose(A, "p17", "number", "Eight fire engines and 12 ambulance crews were involved in the rescue.")  # fmt: skip
prose(A, "p18", "faithful", "The ambulance service said 20 of the injured were taken to St George's hospital in Tooting and 31 to Croydon University hospital.")  # fmt: skip
prose(A, "p19", "faithful", "Transport expert Christian Wolmar said trams generally had an excellent safety record.")  # fmt: skip
prose(A, "p19", "negation", "Transport expert Christian Wolmar said trams generally had a poor safety record.")  # fmt: skip
prose(A, "p20", "faithful", "The Croydon tram is London's only tram network and runs on 17 miles of track.")  # fmt: skip
prose(A, "p20", "number", "The Croydon tram is London's only tram network and runs on 27 miles of track.")  # fmt: skip
prose(A, "p21", "faithful", "Finn Brennan of the train drivers' union Aslef said there should be no rush to judgment until the facts were known.")  # fmt: skip
prose(A, "p21", "entity", "Finn Brennan of the rail union RMT said there should be no rush to judgment until the facts were known.")  # fmt: skip
prose(A, "p22", "faithful", "More than 27 million passengers used the service in 2015-16.")
prose(A, "p23", "added", "The tram operator said the driver had a clean safety record.")
speaker(A, "q0", "faithful", "Kevin Snow", "The next thing I knew we were on our side.")
speaker(A, "q0", "speaker", "Martin Bamford", "The next thing I knew we were on our side.")
speaker(A, "q1", "faithful", "Hannah Collier", "They started bringing up the casualties, some very seriously injured.")  # fmt: skip
speaker(A, "q1", "speaker", "Jane Harris", "They started bringing up the casualties, some very seriously injured.")  # fmt: skip
speaker(A, "q2", "faithful", "Christian Wolmar", "This sort of accident is incredibly rare")
speaker(A, "q2", "speaker", "Finn Brennan", "This sort of accident is incredibly rare")
speaker(A, "q3", "faithful", "Robin Smith", "We have a very difficult and very challenging scene.")
speaker(A, "q3", "speaker", "Mike Brown", "We have a very difficult and very challenging scene.")
quote(A, "q4", "faithful", "It was just terrifying.")
quote(A, "q4", "quote", "It was just horrifying.")
quote(A, "q5", "faithful", "There should be no rush to judgment or to place blame until the facts are known.")  # fmt: skip
quote(A, "q5", "quote", "There should be no rush to judgment or to apportion blame until the facts are known.")  # fmt: skip

if __name__ == "__main__":
    claims.write()
