"""Writes benchmarks/data/faithfulness_heldout11.jsonl, the eleventh held-out set: claims
about six Giveme5W1H articles (examples/giveme5w1h-dev-articles.jsonl) that no earlier
labelled set uses (the longest six of the nine left; the three under ~2,200 characters
are left out). It was written blind, before any verdict rule was run on it, from the
article texts alone (the rules, their results on the older sets and the notes on their
weaknesses unread), for one measurement of the claim-verdict rules; it is sealed
(benchmarks/sealed.py) until that measurement is made and reported
(benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names, synonyms, merged sentences, reported speech (negative reported
speech too: "denied", "declined", "did not address"), numbers and dates written another
way, and some near-copies of article sentences. Each corrupted claim is one minimal
edit of such a claim, made the way a model errs (another person, place or outlet of the
same article in the slot, an antonym or a dropped "not", a changed quantity, day, year
or time, a word changed inside a quotation), and its label names the one way the
article contradicts it (or, for `added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout11_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

FBI = "6397b8a9984ff5b8d7dea4a296881048c340b7bc272548a849dd4ac3"
TRAM = "69733aa8fce0b043b0ab6f7ed8336e22bde8c469abacd967871cb263"
EVE = "6bbfe02d07023f3952efb7f1061ea0259694c9e44285d16a07fbb206"
DONORS = "81583daefbe90573aa7a40fc8f2b056c3b02bca9de9844b2ab232b97"
LOSS = "f326929913960e17a3afe71085002a532beaca6d68c0770372a1832d"
OVAL = "b1c14ee2e6dbb2eb6b70d916cc54e19d9286c2c8646f81972ab655f4"

claims = LabelledClaims("heldout11")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- The FBI clears Clinton again; Trump cries foul --------------------------------------
A = FBI
prose(A, "p0", "faithful", "Donald Trump accused the FBI of impropriety after the bureau said once again that Hillary Clinton should not face criminal charges over her emails.")  # fmt: skip
prose(A, "p0", "negation", "Donald Trump accused the FBI of impropriety after the bureau said once again that Hillary Clinton should face criminal charges over her emails.")  # fmt: skip
prose(A, "p1", "faithful", "The FBI director said a fresh look at the Democratic candidate's communications had turned up nothing that changed the conclusion the bureau reached in the summer.")  # fmt: skip
prose(A, "p1", "negation", "The FBI director said a fresh look at the Democratic candidate's communications had turned up evidence that changed the conclusion the bureau reached in the summer.")  # fmt: skip
prose(A, "p2", "faithful", "Her campaign said it was glad the lingering issue had been resolved.")
prose(A, "p3", "faithful", "Sunday's polls, published before the FBI news broke, gave Clinton a lead of four to five points over her Republican rival.")  # fmt: skip
prose(A, "p3", "number", "Sunday's polls, published before the FBI news broke, gave Clinton a lead of six to seven points over her Republican rival.")  # fmt: skip
prose(A, "p3", "entity", "Sunday's polls, published before the FBI news broke, gave Trump a lead of four to five points over his Democratic rival.")  # fmt: skip
prose(A, "p4", "faithful", "Clinton used a private email server while she served as secretary of state from 2009 to 2013 under Obama.")  # fmt: skip
prose(A, "p4", "date", "Clinton used a private email server while she served as secretary of state from 2009 to 2012 under Obama.")  # fmt: skip
prose(A, "p5", "faithful", "At a rally in Sterling Heights, Michigan, Trump insisted the FBI could not possibly have reviewed as many as 650,000 emails in such a short time.")  # fmt: skip
prose(A, "p5", "number", "At a rally in Sterling Heights, Michigan, Trump insisted the FBI could not possibly have reviewed as many as 560,000 emails in such a short time.")  # fmt: skip
prose(A, "p5", "entity", "At a rally in Manchester, New Hampshire, Trump insisted the FBI could not possibly have reviewed as many as 650,000 emails in such a short time.")  # fmt: skip
prose(A, "p6", "faithful", "The Republican nominee told his supporters that she was being protected by a rigged system.")  # fmt: skip
prose(A, "p6", "added", "The Republican nominee told his supporters that she was being protected by a rigged system paid for by Wall Street donors.")  # fmt: skip
prose(A, "p7", "faithful", "Clinton herself did not address the FBI director's letter on the campaign trail, but her campaign said it had always been confident she would be cleared.")  # fmt: skip
prose(A, "p7", "negation", "Clinton herself addressed the FBI director's letter on the campaign trail, and her campaign said it had always been confident she would be cleared.")  # fmt: skip
prose(A, "p8", "faithful", "Speaking in Manchester, New Hampshire, on Sunday, she said the country faced a moment of reckoning in which Americans had to choose between division and unity.")  # fmt: skip
prose(A, "p8", "date", "Speaking in Manchester, New Hampshire, on Saturday, she said the country faced a moment of reckoning in which Americans had to choose between division and unity.")  # fmt: skip
prose(A, "p9", "faithful", "In July the FBI had said she was extremely careless in handling classified material, but that it had found no evidence that she committed a crime.")  # fmt: skip
prose(A, "p9", "date", "In June the FBI had said she was extremely careless in handling classified material, but that it had found no evidence that she committed a crime.")  # fmt: skip
prose(A, "p9", "negation", "In July the FBI had said she was extremely careless in handling classified material, and that it had found evidence that she committed a crime.")  # fmt: skip
prose(A, "p10", "faithful", "Eleven days before the vote, Comey threw the race into turmoil by announcing that a newly discovered batch of Clinton emails would be investigated.")  # fmt: skip
prose(A, "p10", "number", "Nine days before the vote, Comey threw the race into turmoil by announcing that a newly discovered batch of Clinton emails would be investigated.")  # fmt: skip
prose(A, "p11", "faithful", "The bombshell infuriated Clinton's camp but threw a lifeline to a Trump campaign that had been slipping in the polls.")  # fmt: skip
prose(A, "p11", "negation", "The bombshell infuriated Clinton's camp but threw a lifeline to a Trump campaign that had been climbing in the polls.")  # fmt: skip
prose(A, "p12", "faithful", "The BBC's Anthony Zurcher wrote that the story had dominated the political conversation for the past two weeks and that Democrats had paid a price.")  # fmt: skip
prose(A, "p12", "number", "The BBC's Anthony Zurcher wrote that the story had dominated the political conversation for the past three weeks and that Democrats had paid a price.")  # fmt: skip
prose(A, "p13", "faithful", "In a letter to Congress on Sunday, Comey said his investigators had worked around the clock on the latest emails, which had been found in early October during a separate investigation.")  # fmt: skip
prose(A, "p13", "date", "In a letter to Congress on Sunday, Comey said his investigators had worked around the clock on the latest emails, which had been found in early September during a separate investigation.")  # fmt: skip
prose(A, "p14", "faithful", "The messages reportedly surfaced on a laptop belonging to Anthony Weiner, the estranged husband of one of Clinton's closest advisers.")  # fmt: skip
prose(A, "p14", "added", "The messages reportedly surfaced on a laptop belonging to Anthony Weiner, the estranged husband of Clinton's closest adviser, Huma Abedin.")  # fmt: skip
prose(A, "p15", "faithful", "Weiner is accused of sending illicit messages to a girl of 15.")
prose(A, "p15", "number", "Weiner is accused of sending illicit messages to a girl of 16.")
prose(A, "p16", "faithful", "Trump kept his supporters in Leesburg, Virginia, waiting three hours at his last rally of the day on Sunday, but their anger was kept for his rival.")  # fmt: skip
prose(A, "p16", "number", "Trump kept his supporters in Leesburg, Virginia, waiting two hours at his last rally of the day on Sunday, but their anger was kept for his rival.")  # fmt: skip
prose(A, "p16", "entity", "Trump kept his supporters in Grand Rapids, Michigan, waiting three hours at his last rally of the day on Sunday, but their anger was kept for his rival.")  # fmt: skip
prose(A, "p17", "faithful", "When he finally arrived, his usual attacks on \"Crooked Hillary\" were met with chants of \"Lock her up\" and loud boos.")  # fmt: skip
prose(A, "p18", "faithful", "Government officials told US media that the newly found emails were either personal or duplicates of messages investigators had already reviewed.")  # fmt: skip
prose(A, "p18", "negation", "Government officials told US media that the newly found emails were either personal or messages investigators had never reviewed before.")  # fmt: skip
prose(A, "p19", "faithful", "Senate Democratic leader Harry Reid said Comey's conclusion underscored how irresponsible his notice to Congress late last month had been.")  # fmt: skip
prose(A, "p20", "faithful", "On Monday Clinton was to begin the day in Michigan, a traditional Democratic stronghold Trump has targeted heavily, before heading to Philadelphia.")  # fmt: skip
prose(A, "p20", "entity", "On Monday Clinton was to begin the day in Florida, a traditional Democratic stronghold Trump has targeted heavily, before heading to Philadelphia.")  # fmt: skip
prose(A, "p21", "faithful", "In Philadelphia she was to be joined by President Obama, the First Lady, her husband Bill Clinton and Bruce Springsteen.")  # fmt: skip
prose(A, "p22", "faithful", "The Democratic candidate planned to close her White House campaign with a midnight get-out-the-vote rally in North Carolina.")  # fmt: skip
prose(A, "p22", "entity", "The Democratic candidate planned to close her White House campaign with a midnight get-out-the-vote rally in Nevada.")  # fmt: skip
prose(A, "p23", "faithful", "Trump was heading to Florida, North Carolina and Philadelphia, and would finish with a rally in Grand Rapids, Michigan.")  # fmt: skip
prose(A, "p23", "entity", "Trump was heading to Florida, North Carolina and Philadelphia, and would finish with a rally in Sterling Heights, Michigan.")  # fmt: skip
prose(A, "p24", "faithful", "Nearly 42 million Americans had already cast ballots in states that allow early voting.")  # fmt: skip
prose(A, "p24", "number", "Nearly 24 million Americans had already cast ballots in states that allow early voting.")  # fmt: skip
prose(A, "p25", "faithful", "Early voters turned out in record numbers in crucial battlegrounds such as Florida, North Carolina and Nevada.")  # fmt: skip
prose(A, "p26", "faithful", "An estimated 126 million people voted in the 2012 presidential election.")  # fmt: skip
prose(A, "p26", "date", "An estimated 126 million people voted in the 2008 presidential election.")
prose(A, "p27", "faithful", "USA Today called the announcement, which came only days after Comey said a fresh inquiry was under way, stunning.")  # fmt: skip
prose(A, "p27", "entity", "The Washington Post called the announcement, which came only days after Comey said a fresh inquiry was under way, stunning.")  # fmt: skip
prose(A, "p28", "faithful", "For the LA Times, it undercut Trump's central argument that Clinton, if elected, would be crippled by a federal indictment.")  # fmt: skip
prose(A, "p29", "faithful", "The Washington Post said both parties were likely to argue for years over what the email saga did to the election.")  # fmt: skip
prose(A, "p29", "added", "The Washington Post said both parties were likely to argue for years over what the email saga did to the election, which it said had already cost Clinton millions of votes.")  # fmt: skip
prose(A, "p30", "faithful", "The dramatic twist lifted a cloud from her campaign as the final day of the marathon US election race loomed.")  # fmt: skip
speaker(A, "q0", "faithful", "Nicole Calisti", "I'm insulted and terrified the FBI has finished its investigation so quickly")  # fmt: skip
speaker(A, "q0", "speaker", "Amy Rodgers", "I'm insulted and terrified the FBI has finished its investigation so quickly")  # fmt: skip
speaker(A, "q1", "faithful", "Amy Rodgers", "Hillary should be in prison. She's a criminal and a fake")  # fmt: skip
speaker(A, "q1", "speaker", "Nicole Calisti", "Hillary should be in prison. She's a criminal and a fake")  # fmt: skip
speaker(A, "q2", "faithful", "Donald Trump", "It's a totally rigged system.")
speaker(A, "q2", "speaker", "James Comey", "It's a totally rigged system.")
speaker(A, "q3", "faithful", "Harry Reid", "underscores the irresponsibility")
speaker(A, "q3", "speaker", "Anthony Zurcher", "underscores the irresponsibility")
quote(A, "q4", "faithful", "Hillary Clinton is guilty, she knows it, the FBI knows it, the people know it")  # fmt: skip
quote(A, "q4", "quote", "Hillary Clinton is guilty, she knows it, the FBI knows it, the media know it")  # fmt: skip
quote(A, "q5", "faithful", "It was much ado about nothing, but it certainly amounted to something.")
quote(A, "q5", "quote", "It was much ado about nothing, but it certainly amounted to everything.")
quote(A, "q6", "faithful", "further undermine the legitimacy of whoever wins the election in this deeply polarised country")  # fmt: skip
quote(A, "q6", "quote", "further undermine the legitimacy of whoever wins the election in this deeply divided country")  # fmt: skip

# --- The Croydon tram crash: the last victims named ---------------------------------------
A = TRAM
prose(A, "p0", "faithful", "Police named the final three victims of the Croydon tram crash as Donald Collett, Philip Logan and Robert Huxley.")  # fmt: skip
prose(A, "p0", "entity", "Police named the final three victims of the Croydon tram crash as Donald Collett, Philip Logan and Mark Smith.")  # fmt: skip
prose(A, "p1", "faithful", "Six men and a woman died when the tram overturned as it entered a bend at high speed.")  # fmt: skip
prose(A, "p1", "number", "Five men and two women died when the tram overturned as it entered a bend at high speed.")  # fmt: skip
prose(A, "p2", "faithful", "The family of Mr Collett, 62, of Croydon, said he could light up a room with his smile.")  # fmt: skip
prose(A, "p2", "number", "The family of Mr Collett, 64, of Croydon, said he could light up a room with his smile.")  # fmt: skip
prose(A, "p3", "faithful", "Known to everyone as Loag, Logan was remembered by his family as a true family man and a generous friend with a wonderfully dry sense of humour.")  # fmt: skip
prose(A, "p4", "faithful", "He was a husband to Marilyn, a brother to Susan and a father to Lee, Tracy, Lisa and Adele, as well as a grandfather and great-grandfather.")  # fmt: skip
prose(A, "p4", "entity", "He was a husband to Susan, a brother to Marilyn and a father to Lee, Tracy, Lisa and Adele, as well as a grandfather and great-grandfather.")  # fmt: skip
prose(A, "p5", "faithful", "The driver was arrested on suspicion of manslaughter and questioned by investigators, who said the tram had been going significantly faster than allowed; he was later bailed.")  # fmt: skip
prose(A, "p5", "negation", "The driver was arrested on suspicion of manslaughter and questioned by investigators, who said the tram had been going significantly faster than allowed; he was later remanded in custody.")  # fmt: skip
prose(A, "p6", "faithful", "According to British Transport Police, Philip Logan, 52, and Robert Huxley, 63, both lived in New Addington.")  # fmt: skip
prose(A, "p6", "number", "According to British Transport Police, Philip Logan, 52, and Robert Huxley, 68, both lived in New Addington.")  # fmt: skip
prose(A, "p6", "entity", "According to British Transport Police, Philip Logan, 52, and Robert Huxley, 63, both lived in Beckenham.")  # fmt: skip
prose(A, "p7", "faithful", "On Saturday as many as 100 people marched with banners, flags and flowers to the spot where hundreds of bouquets had already been left.")  # fmt: skip
prose(A, "p7", "number", "On Saturday as many as 300 people marched with banners, flags and flowers to the spot where hundreds of bouquets had already been left.")  # fmt: skip
prose(A, "p7", "date", "On Sunday as many as 100 people marched with banners, flags and flowers to the spot where hundreds of bouquets had already been left.")  # fmt: skip
prose(A, "p8", "faithful", "Work to remove the 100ft articulated tram began late at night, and its sections were craned onto a flatbed lorry on Saturday.")  # fmt: skip
prose(A, "p8", "number", "Work to remove the 200ft articulated tram began late at night, and its sections were craned onto a flatbed lorry on Saturday.")  # fmt: skip
prose(A, "p9", "faithful", "Two of the victims, Dane Chinnery, 19, and Philip Seary, 57, were fanatical Crystal Palace supporters.")  # fmt: skip
prose(A, "p9", "number", "Two of the victims, Dane Chinnery, 18, and Philip Seary, 57, were fanatical Crystal Palace supporters.")  # fmt: skip
prose(A, "p10", "faithful", "Friends and relatives applauded for a minute and ended by singing \"They're one of our own\".")  # fmt: skip
prose(A, "p10", "added", "Friends and relatives applauded for a minute outside Selhurst Park and ended by singing \"They're one of our own\".")  # fmt: skip
prose(A, "p11", "faithful", "Police have launched an inquiry into claims that another tram almost derailed a week earlier.")  # fmt: skip
prose(A, "p11", "negation", "Police have dismissed claims that another tram almost derailed a week earlier.")  # fmt: skip
prose(A, "p12", "faithful", "Investigators said the tram was going well over the 12mph speed limit as it took the sharp corner.")  # fmt: skip
prose(A, "p12", "number", "Investigators said the tram was going well over the 20mph speed limit as it took the sharp corner.")  # fmt: skip
prose(A, "p13", "faithful", "The only woman killed, Dorota Rynkiewicz, 35, had two young daughters and was described by friends as a devoted mother.")  # fmt: skip
prose(A, "p13", "number", "The only woman killed, Dorota Rynkiewicz, 35, had three young daughters and was described by friends as a devoted mother.")  # fmt: skip
prose(A, "p14", "faithful", "She and her husband Andrzej, a professional golfer, moved to Britain from Poland a decade ago in search of a better life.")  # fmt: skip
prose(A, "p14", "number", "She and her husband Andrzej, a professional golfer, moved to Britain from Poland two decades ago in search of a better life.")  # fmt: skip
prose(A, "p15", "faithful", "Her husband was too upset to speak at the family's home in New Addington.")  # fmt: skip
prose(A, "p16", "faithful", "Colleagues started a crowdfunding page to raise £5,000 for her family.")  # fmt: skip
prose(A, "p16", "number", "Colleagues started a crowdfunding page to raise £50,000 for her family.")
prose(A, "p17", "faithful", "Mark Smith, 35, of Croydon, had an 18-month-old son with his fiancee Indra Novikovaite, and the couple planned to marry next year.")  # fmt: skip
prose(A, "p17", "number", "Mark Smith, 35, of Croydon, had a 16-month-old son with his fiancee Indra Novikovaite, and the couple planned to marry next year.")  # fmt: skip
prose(A, "p18", "faithful", "The couple had been together for four years.")
prose(A, "p18", "number", "The couple had been together for six years.")
prose(A, "p19", "faithful", "Smith, a glazier, was travelling to work when the speeding tram came off the rails and flipped over.")  # fmt: skip
prose(A, "p19", "added", "Smith, a glazier, was travelling to a job in Wimbledon when the speeding tram came off the rails and flipped over.")  # fmt: skip
prose(A, "p20", "faithful", "Seary, an electrical engineer at the Royal Opera House, was only on the tram because he had agreed to cover a colleague's shift.")  # fmt: skip
prose(A, "p21", "faithful", "He had found out only the day before that he would have to go in to work.")  # fmt: skip
prose(A, "p21", "date", "He had found out a week before that he would have to go in to work.")
prose(A, "p22", "faithful", "His wife Ann, a teaching assistant at Rowdown Primary School for 27 years, had been planning to retire next year.")  # fmt: skip
prose(A, "p22", "number", "His wife Ann, a teaching assistant at Rowdown Primary School for 23 years, had been planning to retire next year.")  # fmt: skip
prose(A, "p23", "faithful", "Darren Mimms, Seary's son-in-law, said Ann was not blaming anybody.")
prose(A, "p23", "negation", "Darren Mimms, Seary's son-in-law, said Ann was blaming the tram's driver.")  # fmt: skip
prose(A, "p24", "faithful", "Nicknamed Tank, Seary had three daughters, four grandchildren and four great-grandchildren, with another on the way.")  # fmt: skip
prose(A, "p24", "number", "Nicknamed Tank, Seary had three daughters, five grandchildren and four great-grandchildren, with another on the way.")  # fmt: skip
prose(A, "p25", "faithful", "Dane Chinnery, described as a friendly, genuine lad, was the first of the dead to be identified.")  # fmt: skip
prose(A, "p25", "entity", "Mark Smith, described as a friendly, genuine lad, was the first of the dead to be identified.")  # fmt: skip
prose(A, "p26", "faithful", "The driver, a 42-year-old man from Beckenham, had been arrested on Wednesday on suspicion of manslaughter.")  # fmt: skip
prose(A, "p26", "number", "The driver, a 52-year-old man from Beckenham, had been arrested on Wednesday on suspicion of manslaughter.")  # fmt: skip
prose(A, "p26", "entity", "The driver, a 42-year-old man from New Addington, had been arrested on Wednesday on suspicion of manslaughter.")  # fmt: skip
prose(A, "p27", "faithful", "The crash happened on a sharp bend near the Sandilands stop while the tram was travelling from New Addington to Wimbledon.")  # fmt: skip
prose(A, "p27", "entity", "The crash happened on a sharp bend near the Sandilands stop while the tram was travelling from Beckenham to Wimbledon.")  # fmt: skip
prose(A, "p28", "faithful", "Investigators are looking into whether the driver fell asleep or was on his phone.")  # fmt: skip
prose(A, "p29", "faithful", "Detectives are also examining a report that a tram lifted onto one side at 40mph in the same area on October 31.")  # fmt: skip
prose(A, "p29", "number", "Detectives are also examining a report that a tram lifted onto one side at 50mph in the same area on October 31.")  # fmt: skip
prose(A, "p29", "date", "Detectives are also examining a report that a tram lifted onto one side at 40mph in the same area on October 30.")  # fmt: skip
prose(A, "p30", "faithful", "BTP said the claim would now be one of its lines of inquiry.")
prose(A, "p31", "faithful", "Commuter Andy Smith said that last summer he wrote to Transport for London to complain after his tram approached the same corner too fast.")  # fmt: skip
prose(A, "p31", "entity", "Commuter Andy Nias said that last summer he wrote to Transport for London to complain after his tram approached the same corner too fast.")  # fmt: skip
prose(A, "p32", "faithful", "The RAIB has appealed for witnesses and will publish an interim report next week, with a final report to follow at the end of its investigation.")  # fmt: skip
prose(A, "p32", "date", "The RAIB has appealed for witnesses and will publish an interim report next month, with a final report to follow at the end of its investigation.")  # fmt: skip
prose(A, "p33", "faithful", "On Friday an extra minute's silence for the victims was held during the town's Armistice Day ceremony.")  # fmt: skip
prose(A, "p33", "date", "On Thursday an extra minute's silence for the victims was held during the town's Armistice Day ceremony.")  # fmt: skip
prose(A, "p34", "faithful", "Croydon MP Gavin Barwell, who spoke to relatives near the scene, said the authorities were still working on formally identifying the victims.")  # fmt: skip
prose(A, "p35", "faithful", "Some of the 20 survivors taken to St George's Hospital had limbs amputated, and one passenger suffered a collapsed lung.")  # fmt: skip
prose(A, "p35", "number", "Some of the 30 survivors taken to St George's Hospital had limbs amputated, and one passenger suffered a collapsed lung.")  # fmt: skip
prose(A, "p35", "entity", "Some of the 20 survivors taken to Croydon University Hospital had limbs amputated, and one passenger suffered a collapsed lung.")  # fmt: skip
prose(A, "p36", "faithful", "In February 2012 a tram carrying 100 passengers also derailed on the line, about half a mile from the scene of this crash, but nobody was hurt.")  # fmt: skip
prose(A, "p36", "date", "In February 2013 a tram carrying 100 passengers also derailed on the line, about half a mile from the scene of this crash, but nobody was hurt.")  # fmt: skip
prose(A, "p36", "negation", "In February 2012 a tram carrying 100 passengers also derailed on the line, about half a mile from the scene of this crash, and several people were hurt.")  # fmt: skip
prose(A, "p37", "faithful", "Andy Nias wrote on Facebook that he and 29 other passengers thought their time was up when their tram took the corner at 40mph.")  # fmt: skip
prose(A, "p37", "number", "Andy Nias wrote on Facebook that he and 39 other passengers thought their time was up when their tram took the corner at 40mph.")  # fmt: skip
speaker(A, "q0", "faithful", "Tom Smith", "Still cannot believe this is true")
speaker(A, "q0", "speaker", "Darren Mimms", "Still cannot believe this is true")
speaker(A, "q1", "faithful", "Darren Mimms", "He shouldn't have been on that tram.")
speaker(A, "q1", "speaker", "Tom Smith", "He shouldn't have been on that tram.")
speaker(A, "q2", "faithful", "Pat Rooke", "do come around that corner very fast sometimes, and it is quite a sharp bend")  # fmt: skip
speaker(A, "q2", "speaker", "Sue Patel", "do come around that corner very fast sometimes, and it is quite a sharp bend")  # fmt: skip
speaker(A, "q3", "faithful", "Sue Patel", "I heard a noise at around 6 o'clock and I thought maybe it was a car or something.")  # fmt: skip
speaker(A, "q3", "speaker", "Pat Rooke", "I heard a noise at around 6 o'clock and I thought maybe it was a car or something.")  # fmt: skip
speaker(A, "q4", "faithful", "Andy Smith", "I felt that the train was going to derail because the speed was so fast")  # fmt: skip
speaker(A, "q4", "speaker", "Andy Nias", "I felt that the train was going to derail because the speed was so fast")  # fmt: skip
speaker(A, "q5", "faithful", "Gavin Barwell", "It's quite right that the authorities absolutely want to make sure when they give a formal identification")  # fmt: skip
speaker(A, "q5", "speaker", "Darren Mimms", "It's quite right that the authorities absolutely want to make sure when they give a formal identification")  # fmt: skip
quote(A, "q6", "faithful", "We are all in bits.")
quote(A, "q6", "quote", "We are all in pieces.")
quote(A, "q7", "faithful", "Ann is really hoping to wake up from this horrible dream.")
quote(A, "q7", "quote", "Ann is really hoping to wake up from this terrible dream.")
quote(A, "q8", "faithful", "I swear the tram lifted onto one side. Everyone still shaking")
quote(A, "q8", "quote", "I swear the tram lifted onto one side. Everyone still screaming")
quote(A, "q9", "faithful", "Phil was a man with more love compassion and zest for life than words can express.")  # fmt: skip
quote(A, "q9", "quote", "Phil was a man with more love compassion and zest for life than words can say.")  # fmt: skip

# --- Election eve: no new conclusion in the Clinton email case ----------------------------
A = EVE
prose(A, "p0", "faithful", "Two days before Election Day, the F.B.I. lifted a dark cloud that had been hanging over Clinton's campaign.")  # fmt: skip
prose(A, "p0", "number", "Three days before Election Day, the F.B.I. lifted a dark cloud that had been hanging over Clinton's campaign.")  # fmt: skip
prose(A, "p1", "faithful", "On Sunday Trump travelled to the Upper Midwest, into long-shot states such as Minnesota that have not voted Republican for president in a generation.")  # fmt: skip
prose(A, "p1", "entity", "On Sunday Trump travelled to the Upper Midwest, into long-shot states such as Ohio that have not voted Republican for president in a generation.")  # fmt: skip
prose(A, "p2", "faithful", "A new NBC News/Wall Street Journal national poll found 44 percent of likely voters backing Clinton and 40 percent backing Trump.")  # fmt: skip
prose(A, "p2", "number", "A new NBC News/Wall Street Journal national poll found 44 percent of likely voters backing Clinton and 42 percent backing Trump.")  # fmt: skip
prose(A, "p2", "entity", "A new CNN/Wall Street Journal national poll found 44 percent of likely voters backing Clinton and 40 percent backing Trump.")  # fmt: skip
prose(A, "p3", "faithful", "She held big leads among women and minority voters, while men, white voters and seniors shored up his support.")  # fmt: skip
prose(A, "p4", "faithful", "Clinton was doing better among people who had already voted, but Trump led among those planning to vote on Election Day.")  # fmt: skip
prose(A, "p4", "negation", "Clinton was doing better among people who had already voted, and Trump trailed among those planning to vote on Election Day.")  # fmt: skip
prose(A, "p5", "faithful", "Newt Gingrich, a staunch Trump ally, said on NBC's \"Meet the Press\" that the Republican nominee would be doing much better if he had shown more discipline.")  # fmt: skip
prose(A, "p5", "entity", "Newt Gingrich, a staunch Trump ally, said on CNN that the Republican nominee would be doing much better if he had shown more discipline.")  # fmt: skip
prose(A, "p6", "faithful", "The former House speaker, who was a finalist to be Trump's running mate, praised his big ideas and his outreach to African-Americans.")  # fmt: skip
prose(A, "p6", "negation", "The former House speaker, who was a finalist to be Trump's running mate, criticised his big ideas and his outreach to African-Americans.")  # fmt: skip
prose(A, "p7", "faithful", "Gingrich suggested Trump would be ahead by 10 or 15 points had he not undercut himself.")  # fmt: skip
prose(A, "p7", "number", "Gingrich suggested Trump would be ahead by 5 or 10 points had he not undercut himself.")  # fmt: skip
prose(A, "p8", "faithful", "Michael McDonald, who chairs Nevada's Republican Party, complained on Saturday night that some polls in Clark County were kept open longer than they should have been so that \"a certain group\" could vote.")  # fmt: skip
prose(A, "p8", "date", "Michael McDonald, who chairs Nevada's Republican Party, complained on Friday night that some polls in Clark County were kept open longer than they should have been so that \"a certain group\" could vote.")  # fmt: skip
prose(A, "p8", "entity", "Michael McDonald, who chairs Minnesota's Republican Party, complained on Saturday night that some polls in Clark County were kept open longer than they should have been so that \"a certain group\" could vote.")  # fmt: skip
prose(A, "p9", "faithful", "Trump's campaign manager, Kellyanne Conway, echoed the concern in a CNN interview on Sunday morning, suggesting Democratic voters were getting special favours, though she offered no evidence.")  # fmt: skip
prose(A, "p9", "entity", "Trump's campaign manager, Kellyanne Conway, echoed the concern in an NBC interview on Sunday morning, suggesting Democratic voters were getting special favours, though she offered no evidence.")  # fmt: skip
prose(A, "p10", "faithful", "For months Trump has complained of a rigged system, saying he might challenge the result if he loses and there are reports of problems at the polls.")  # fmt: skip
prose(A, "p11", "faithful", "PolitiFact rated \"Pants on Fire\" Trump's claim that Obama had abused one of his supporters.")  # fmt: skip
prose(A, "p12", "faithful", "Trump said Obama was \"really screaming\" at a pro-Trump protester at a rally on Friday and called his behaviour a disgrace.")  # fmt: skip
prose(A, "p12", "date", "Trump said Obama was \"really screaming\" at a pro-Trump protester at a rally on Thursday and called his behaviour a disgrace.")  # fmt: skip
prose(A, "p13", "faithful", "After reviewing the tape, PolitiFact's Allison Graves said Obama had defended the protester's right to speak out and had not screamed at him.")  # fmt: skip
prose(A, "p13", "negation", "After reviewing the tape, PolitiFact's Allison Graves said Obama had defended the protester's right to speak out but had screamed at him.")  # fmt: skip
prose(A, "p14", "faithful", "According to the fact-checkers, Obama's remarks were directed at Clinton supporters, not at the protester.")  # fmt: skip
prose(A, "p14", "entity", "According to the fact-checkers, Obama's remarks were directed at Trump supporters, not at the protester.")  # fmt: skip
prose(A, "p15", "faithful", "Speaking at a rally for Clinton in Florida, Obama said Trump thought it was fine to lie in front of all his supporters.")  # fmt: skip
prose(A, "p15", "entity", "Speaking at a rally for Clinton in Ohio, Obama said Trump thought it was fine to lie in front of all his supporters.")  # fmt: skip
prose(A, "p16", "faithful", "In Ohio, Clinton appeared with LeBron James, the Cleveland Cavaliers star.")  # fmt: skip
prose(A, "p16", "entity", "In New Hampshire, Clinton appeared with LeBron James, the Cleveland Cavaliers star.")  # fmt: skip
prose(A, "p16", "added", "In Ohio, Clinton appeared with LeBron James, the Cleveland Cavaliers star, who had endorsed her in September.")  # fmt: skip
prose(A, "p17", "faithful", "In New Hampshire she was joined by Khizr Khan, whose clash with Trump in August proved disastrous for the Republican.")  # fmt: skip
prose(A, "p17", "date", "In New Hampshire she was joined by Khizr Khan, whose clash with Trump in July proved disastrous for the Republican.")  # fmt: skip
prose(A, "p18", "faithful", "Khan spoke about supportive stories people had shared with him and his wife, Ghazala, after Trump attacked them.")  # fmt: skip
prose(A, "p18", "added", "Khan spoke about supportive stories people had shared with him and his wife, Ghazala, after Trump attacked them over their son's death in Iraq.")  # fmt: skip
prose(A, "p19", "faithful", "The final polls showed Clinton holding on to a modest national lead.")
prose(A, "p19", "negation", "The final polls showed Clinton losing her modest national lead.")
prose(A, "p20", "faithful", "Gingrich said Trump had hurt his campaign at times by saying unwise things, but called him one of the most brilliant marketers he had ever seen.")  # fmt: skip
speaker(A, "q0", "faithful", "Newt Gingrich", "he's one of the most brilliant marketers I've ever seen")  # fmt: skip
speaker(A, "q0", "speaker", "Kellyanne Conway", "he's one of the most brilliant marketers I've ever seen")  # fmt: skip
speaker(A, "q1", "faithful", "Kellyanne Conway", "We already know that their presidential nominee has special rules for her.")  # fmt: skip
speaker(A, "q1", "speaker", "Michael McDonald", "We already know that their presidential nominee has special rules for her.")  # fmt: skip
speaker(A, "q2", "faithful", "Barack Obama", "Wasn't even trying to be sneaky about it.")
speaker(A, "q2", "speaker", "Donald Trump", "Wasn't even trying to be sneaky about it.")
speaker(A, "q3", "faithful", "Donald Trump", "If I spoke the way Obama spoke to that protester")
speaker(A, "q3", "speaker", "Newt Gingrich", "If I spoke the way Obama spoke to that protester")
speaker(A, "q4", "faithful", "Allison Graves", "Obama defended the protester's right to speak out, and didn't scream at him")  # fmt: skip
speaker(A, "q4", "speaker", "Kellyanne Conway", "Obama defended the protester's right to speak out, and didn't scream at him")  # fmt: skip
quote(A, "q5", "faithful", "for a while there, he was undercutting himself")
quote(A, "q5", "quote", "for a while there, he was outdoing himself")
quote(A, "q6", "faithful", "It's concerning when you hear reports about special favors and perhaps special rules for Democratic voters")  # fmt: skip
quote(A, "q6", "quote", "It's alarming when you hear reports about special favors and perhaps special rules for Democratic voters")  # fmt: skip
quote(A, "q7", "faithful", "I think he has hurt his campaign at times by saying things that were unwise")  # fmt: skip
quote(A, "q7", "quote", "I think he has hurt his campaign at times by saying things that were untrue")  # fmt: skip

# --- Clinton blames Comey on a call with donors -------------------------------------------
A = DONORS
prose(A, "p0", "faithful", "Speaking to donors on Saturday, Clinton blamed Comey's decision to revive the inquiry into her emails days before the vote for her defeat.")  # fmt: skip
prose(A, "p0", "date", "Speaking to donors on Friday, Clinton blamed Comey's decision to revive the inquiry into her emails days before the vote for her defeat.")  # fmt: skip
prose(A, "p1", "faithful", "On the call she said her campaign had been winning until Comey sent his letter to Congress on Oct. 28.")  # fmt: skip
prose(A, "p1", "date", "On the call she said her campaign had been winning until Comey sent his letter to Congress on Oct. 26.")  # fmt: skip
prose(A, "p2", "faithful", "According to the New York Times, she told donors that Comey's letter had raised groundless, baseless doubts that stopped her momentum.")  # fmt: skip
prose(A, "p2", "entity", "According to Politico, she told donors that Comey's letter had raised groundless, baseless doubts that stopped her momentum.")  # fmt: skip
prose(A, "p3", "faithful", "The new examination grew out of an unrelated investigation into former New York congressman Anthony Weiner, the estranged husband of her top aide Huma Abedin.")  # fmt: skip
prose(A, "p3", "entity", "The new examination grew out of an unrelated investigation into former North Carolina congressman Anthony Weiner, the estranged husband of her top aide Huma Abedin.")  # fmt: skip
prose(A, "p4", "faithful", "That investigation was prompted by a DailyMail.com report that Weiner had been sending explicit messages to a 15-year-old girl.")  # fmt: skip
prose(A, "p5", "faithful", "Clinton told the donors her campaign had been leading by wide margins in nearly every battleground state, and was level in Arizona, a traditionally Republican state, until the letter.")  # fmt: skip
prose(A, "p5", "entity", "Clinton told the donors her campaign had been leading by wide margins in nearly every battleground state, and was level in North Carolina, a traditionally Republican state, until the letter.")  # fmt: skip
prose(A, "p6", "faithful", "A week after announcing the new emails, Comey said they amounted to nothing.")  # fmt: skip
prose(A, "p7", "faithful", "On January 13, 2009, Clinton aide Justin Cooper set up the clintonemail.com domain, with Huma Abedin signing off on it.")  # fmt: skip
prose(A, "p7", "entity", "On January 13, 2009, Clinton aide Bryan Pagliano set up the clintonemail.com domain, with Huma Abedin signing off on it.")  # fmt: skip
prose(A, "p7", "date", "On January 13, 2010, Clinton aide Justin Cooper set up the clintonemail.com domain, with Huma Abedin signing off on it.")  # fmt: skip
prose(A, "p8", "faithful", "Clinton was sworn in as Secretary of State on February 2, 2009, and stepped down on February 1, 2013.")  # fmt: skip
prose(A, "p8", "date", "Clinton was sworn in as Secretary of State on February 2, 2009, and stepped down on February 1, 2012.")  # fmt: skip
prose(A, "p9", "faithful", "The private server that hosted her account was set up by another aide, Bryan Pagliano.")  # fmt: skip
prose(A, "p10", "faithful", "Four Americans, among them Ambassador Chris Stevens, were killed in an attack on a U.S. base in Benghazi, Libya, on September 11, 2012.")  # fmt: skip
prose(A, "p10", "number", "Five Americans, among them Ambassador Chris Stevens, were killed in an attack on a U.S. base in Benghazi, Libya, on September 11, 2012.")  # fmt: skip
prose(A, "p11", "faithful", "In the fall of 2014 Clinton's lawyers deleted 33,000 emails they said were personal.")  # fmt: skip
prose(A, "p11", "number", "In the fall of 2014 Clinton's lawyers deleted 23,000 emails they said were personal.")  # fmt: skip
prose(A, "p12", "faithful", "In December 2014 her legal team handed about 30,000 emails to the State Department.")  # fmt: skip
prose(A, "p12", "date", "In December 2015 her legal team handed about 30,000 emails to the State Department.")  # fmt: skip
prose(A, "p13", "faithful", "The New York Times revealed on March 2, 2015, that she had used a personal email account for government business.")  # fmt: skip
prose(A, "p13", "entity", "The Washington Post revealed on March 2, 2015, that she had used a personal email account for government business.")  # fmt: skip
prose(A, "p14", "faithful", "On July 6, 2016, Comey announced that the FBI would not prosecute, after Attorney General Loretta Lynch had to recuse herself following a secret meeting with Bill Clinton.")  # fmt: skip
prose(A, "p14", "negation", "On July 6, 2016, Comey announced that the FBI would prosecute, after Attorney General Loretta Lynch had to recuse herself following a secret meeting with Bill Clinton.")  # fmt: skip
prose(A, "p15", "faithful", "WikiLeaks began releasing thousands of emails hacked from the Gmail account of campaign chairman John Podesta on October 7, 2016.")  # fmt: skip
prose(A, "p15", "date", "WikiLeaks began releasing thousands of emails hacked from the Gmail account of campaign chairman John Podesta on October 17, 2016.")  # fmt: skip
prose(A, "p16", "faithful", "Clinton said her campaign had once again been ahead in all but two of the battleground states, and well ahead in some it went on to lose.")  # fmt: skip
prose(A, "p16", "number", "Clinton said her campaign had once again been ahead in all but three of the battleground states, and well ahead in some it went on to lose.")  # fmt: skip
prose(A, "p17", "faithful", "The campaign said the letter did particular damage with white women, who it believed were undecided until Comey's announcement pushed them to Trump.")  # fmt: skip
prose(A, "p18", "faithful", "In the nine days between Comey's first statement and his all-clear, almost 24 million people voted early, about 18 percent of the expected total.")  # fmt: skip
prose(A, "p18", "number", "In the nine days between Comey's first statement and his all-clear, almost 24 million people voted early, about 28 percent of the expected total.")  # fmt: skip
prose(A, "p19", "faithful", "On the Sunday before the election, Comey told lawmakers the bureau had found no evidence that warranted criminal charges.")  # fmt: skip
prose(A, "p19", "negation", "On the Sunday before the election, Comey told lawmakers the bureau had found evidence that warranted criminal charges.")  # fmt: skip
prose(A, "p20", "faithful", "Clinton told donors that his all-clear only served to further motivate Trump's supporters.")  # fmt: skip
prose(A, "p20", "added", "Clinton told donors that his all-clear only served to further motivate Trump's supporters, above all in Florida.")  # fmt: skip
prose(A, "p21", "faithful", "Liberals such as Vermont Senator Bernie Sanders and Massachusetts Senator Elizabeth Warren say the party must embrace a more aggressive economic message.")  # fmt: skip
prose(A, "p21", "entity", "Liberals such as Vermont Senator Elizabeth Warren and Massachusetts Senator Bernie Sanders say the party must embrace a more aggressive economic message.")  # fmt: skip
prose(A, "p22", "faithful", "In a letter obtained by Politico, Navin Nayak, who heads Clinton's opinion research division, wrote that the campaign believed it lost the election in the final week.")  # fmt: skip
prose(A, "p22", "entity", "In a letter obtained by the New York Times, Navin Nayak, who heads Clinton's opinion research division, wrote that the campaign believed it lost the election in the final week.")  # fmt: skip
prose(A, "p23", "faithful", "Nayak wrote that Comey's second letter, intended to clear Clinton, actually helped boost Trump's turnout.")  # fmt: skip
prose(A, "p23", "negation", "Nayak wrote that Comey's second letter, intended to clear Clinton, actually helped depress Trump's turnout.")  # fmt: skip
prose(A, "p24", "faithful", "The FBI, the NYPD and US attorneys in New York and North Carolina began investigating Weiner in late September.")  # fmt: skip
prose(A, "p24", "date", "The FBI, the NYPD and US attorneys in New York and North Carolina began investigating Weiner in late August.")  # fmt: skip
prose(A, "p25", "faithful", "DailyMail.com reported on Sept. 21 that the former congressman had carried on a months-long online relationship with a high school girl of 15.")  # fmt: skip
prose(A, "p25", "date", "DailyMail.com reported on Sept. 12 that the former congressman had carried on a months-long online relationship with a high school girl of 15.")  # fmt: skip
prose(A, "p26", "faithful", "The girl first struck up a conversation with him on Twitter in January.")  # fmt: skip
prose(A, "p26", "entity", "The girl first struck up a conversation with him on Skype in January.")
prose(A, "p27", "faithful", "While she accepted some blame, Clinton made little mention of other factors behind Trump's win, such as voters' desire for change and her campaign's near-dismissal of white working-class voters.")  # fmt: skip
prose(A, "p28", "faithful", "White women voted for Trump in surprising numbers and were a major factor in several of the key swing states.")  # fmt: skip
prose(A, "p29", "faithful", "Clinton's blaming of Comey echoes what her aides have been saying since the election.")  # fmt: skip
speaker(A, "q0", "faithful", "Hillary Clinton", "We were once again up in all but two of the battleground states")  # fmt: skip
speaker(A, "q0", "speaker", "Navin Nayak", "We were once again up in all but two of the battleground states")  # fmt: skip
speaker(A, "q1", "faithful", "Navin Nayak", "We believe that we lost this election in the last week.")  # fmt: skip
speaker(A, "q1", "speaker", "Hillary Clinton", "We believe that we lost this election in the last week.")  # fmt: skip
quote(A, "q2", "faithful", "Comey's letter raising doubts that were groundless, baseless, proven to be, stopped our momentum")  # fmt: skip
quote(A, "q2", "quote", "Comey's letter raising doubts that were groundless, baseless, proven to be, slowed our momentum")  # fmt: skip
quote(A, "q3", "faithful", "drove away some of our critical support among college-educated white voters")  # fmt: skip
quote(A, "q3", "quote", "drove away some of our critical support among college-educated black voters")  # fmt: skip
quote(A, "q4", "faithful", "which was intended to absolve Sec. Clinton, actually helped to bolster Trump's turnout")  # fmt: skip
quote(A, "q4", "quote", "which was intended to accuse Sec. Clinton, actually helped to bolster Trump's turnout")  # fmt: skip

# --- Clinton blames the F.B.I. director for her loss --------------------------------------
A = LOSS
prose(A, "p0", "faithful", "Clinton said on Saturday that Comey's announcement, 11 days before the election, that he had revived the inquiry into her private email server cost her the election.")  # fmt: skip
prose(A, "p0", "number", "Clinton said on Saturday that Comey's announcement, 9 days before the election, that he had revived the inquiry into her private email server cost her the election.")  # fmt: skip
prose(A, "p1", "faithful", "Her campaign said the seemingly positive outcome had only hurt it among voters who distrusted her and were receptive to Trump's talk of a rigged system.")  # fmt: skip
prose(A, "p1", "negation", "Her campaign said the seemingly positive outcome had only helped it among voters who distrusted her and were receptive to Trump's talk of a rigged system.")  # fmt: skip
prose(A, "p2", "faithful", "Aides said white suburban women who had been on the fence were reminded of the email affair and broke decisively for Trump.")  # fmt: skip
prose(A, "p3", "faithful", "She told donors that her campaign dropped after leading in many battleground states, and had to keep pushing to win back its advantage, which it had regained by the last weekend.")  # fmt: skip
prose(A, "p4", "faithful", "In 2004 John Kerry tied his defeat to a videotape of Osama bin Laden that surfaced days before the election and stoked fears about terrorism.")  # fmt: skip
prose(A, "p4", "date", "In 2008 John Kerry tied his defeat to a videotape of Osama bin Laden that surfaced days before the election and stoked fears about terrorism.")  # fmt: skip
prose(A, "p4", "entity", "In 2004 Mitt Romney tied his defeat to a videotape of Osama bin Laden that surfaced days before the election and stoked fears about terrorism.")  # fmt: skip
prose(A, "p5", "faithful", "In 2012 Mitt Romney told donors he lost because Obama had promised \"gifts\" to Democratic interest groups such as African-Americans, Hispanics and young people.")  # fmt: skip
prose(A, "p5", "date", "In 2008 Mitt Romney told donors he lost because Obama had promised \"gifts\" to Democratic interest groups such as African-Americans, Hispanics and young people.")  # fmt: skip
prose(A, "p6", "faithful", "An internal campaign memo said that a week before Election Day Clinton had been poised for a historic win.")  # fmt: skip
prose(A, "p6", "number", "An internal campaign memo said that two weeks before Election Day Clinton had been poised for a historic win.")  # fmt: skip
prose(A, "p7", "faithful", "By the time every ballot is counted, she looks set to win the popular vote by more than two million votes.")  # fmt: skip
prose(A, "p7", "number", "By the time every ballot is counted, she looks set to win the popular vote by more than three million votes.")  # fmt: skip
prose(A, "p7", "negation", "By the time every ballot is counted, she looks set to lose the popular vote by more than two million votes.")  # fmt: skip
prose(A, "p8", "faithful", "Her reluctance to take any personal responsibility angered some Democrats.")  # fmt: skip
prose(A, "p9", "faithful", "Several donors on the call, though bitter about Comey's actions, said she and her campaign had made avoidable missteps.")  # fmt: skip
prose(A, "p10", "faithful", "They cited the lack of a compelling message for white working-class voters and her decision to accept millions of dollars for speeches to Wall Street.")  # fmt: skip
prose(A, "p11", "faithful", "Jim Manley, a Democratic strategist who once worked as a senior aide to Senator Harry Reid, wrote on Sidewire that there was a special place in hell for the Clinton staff who okayed the email server.")  # fmt: skip
prose(A, "p11", "entity", "Jim Manley, a Democratic strategist who once worked as a senior aide to Senator Harry Reid, wrote on Facebook that there was a special place in hell for the Clinton staff who okayed the email server.")  # fmt: skip
prose(A, "p12", "faithful", "Her aides were so sure of victory that they popped Champagne on the campaign plane early on Tuesday.")  # fmt: skip
prose(A, "p12", "date", "Her aides were so sure of victory that they popped Champagne on the campaign plane early on Wednesday.")  # fmt: skip
prose(A, "p13", "faithful", "That confidence rested largely on faulty data suggesting young, black and Latino voters and suburban women would turn out for her in greater numbers than they did.")  # fmt: skip
prose(A, "p14", "faithful", "Edison Research exit polls found that among voters who made up their minds in the final week, 47 percent chose Trump and 42 percent Clinton.")  # fmt: skip
prose(A, "p14", "number", "Edison Research exit polls found that among voters who made up their minds in the final week, 47 percent chose Trump and 44 percent Clinton.")  # fmt: skip
prose(A, "p14", "entity", "Edison Research exit polls found that among voters who made up their minds in the final week, 47 percent chose Clinton and 42 percent Trump.")  # fmt: skip
prose(A, "p15", "faithful", "Comey's letters ran against the bureau's long tradition of avoiding decisions that could affect elections, but he told aides he felt he had no choice.")  # fmt: skip
prose(A, "p16", "faithful", "In July he had taken the unusual step of announcing publicly that the F.B.I. would not charge her.")  # fmt: skip
prose(A, "p16", "negation", "In July he had taken the unusual step of announcing publicly that the F.B.I. would charge her.")  # fmt: skip
prose(A, "p17", "faithful", "After the final debate in Las Vegas on Oct. 19, she felt strong enough to campaign for down-ballot Democrats and to plan a stop in traditionally Republican Arizona.")  # fmt: skip
prose(A, "p17", "date", "After the final debate in Las Vegas on Oct. 9, she felt strong enough to campaign for down-ballot Democrats and to plan a stop in traditionally Republican Arizona.")  # fmt: skip
prose(A, "p18", "faithful", "The Saturday before Election Day, Trump told voters in Nevada that the F.B.I. had reopened its criminal investigation into Clinton.")  # fmt: skip
prose(A, "p18", "entity", "The Saturday before Election Day, Trump told voters in Arizona that the F.B.I. had reopened its criminal investigation into Clinton.")  # fmt: skip
prose(A, "p19", "faithful", "In fact the bureau's look at the new emails did not reopen the investigation.")  # fmt: skip
prose(A, "p19", "negation", "In fact the bureau's look at the new emails did reopen the investigation.")  # fmt: skip
prose(A, "p20", "faithful", "Democratic pollsters put Trump's wafer-thin wins in Pennsylvania, Michigan and Wisconsin, all states Obama carried, largely down to a late drift of college-educated suburban women towards him.")  # fmt: skip
prose(A, "p20", "entity", "Democratic pollsters put Trump's wafer-thin wins in Pennsylvania, Michigan and Arizona, all states Obama carried, largely down to a late drift of college-educated suburban women towards him.")  # fmt: skip
prose(A, "p21", "faithful", "Clinton spokesman Brian Fallon said on Wednesday that the campaign lost college-educated whites after leading with them all summer.")  # fmt: skip
prose(A, "p21", "date", "Clinton spokesman Brian Fallon said on Thursday that the campaign lost college-educated whites after leading with them all summer.")  # fmt: skip
prose(A, "p22", "faithful", "Finance director Dennis Cheng thanked the donors on the call, each of whom had raised at least $100,000.")  # fmt: skip
prose(A, "p22", "number", "Finance director Dennis Cheng thanked the donors on the call, each of whom had raised at least $250,000.")  # fmt: skip
prose(A, "p23", "faithful", "The campaign raised almost $1 billion to spend on data, on hundreds of staff in battleground states and on television ads.")  # fmt: skip
prose(A, "p23", "number", "The campaign raised almost $2 billion to spend on data, on hundreds of staff in battleground states and on television ads.")  # fmt: skip
prose(A, "p24", "faithful", "Donors conceded that no amount of money could match Trump's crisp pitch to the economically downtrodden.")  # fmt: skip
prose(A, "p25", "faithful", "Clinton has kept a low profile since giving her concession speech at a Midtown Manhattan hotel on Wednesday.")  # fmt: skip
prose(A, "p25", "date", "Clinton has kept a low profile since giving her concession speech at a Midtown Manhattan hotel on Tuesday.")  # fmt: skip
prose(A, "p26", "faithful", "On Thursday a young mother with her 13-month-old daughter came across Clinton walking her dogs near her Chappaqua home and posted a photo that went viral with the hashtag #ImStillWithHer.")  # fmt: skip
prose(A, "p26", "number", "On Thursday a young mother with her 18-month-old daughter came across Clinton walking her dogs near her Chappaqua home and posted a photo that went viral with the hashtag #ImStillWithHer.")  # fmt: skip
prose(A, "p27", "faithful", "On Friday night she thanked volunteers on a nationwide conference call.")  # fmt: skip
prose(A, "p27", "date", "On Thursday night she thanked volunteers on a nationwide conference call.")
prose(A, "p27", "added", "On Friday night she thanked volunteers on a nationwide conference call organised by her campaign chairman, John Podesta.")  # fmt: skip
prose(A, "p28", "faithful", "She said that before Comey's first letter her campaign had a real wind at its back.")  # fmt: skip
speaker(A, "q0", "faithful", "Brian Fallon", "Five more days of reminders about Comey, and they gravitated back to Trump.")  # fmt: skip
speaker(A, "q0", "speaker", "Jay S. Jacobs", "Five more days of reminders about Comey, and they gravitated back to Trump.")  # fmt: skip
speaker(A, "q1", "faithful", "Jay S. Jacobs", "Unfortunately, Trump had the winning argument.")
speaker(A, "q1", "speaker", "Dennis Cheng", "Unfortunately, Trump had the winning argument.")
speaker(A, "q2", "faithful", "Jim Manley", "There is a special place in hell for Clinton staff")
speaker(A, "q2", "speaker", "Brian Fallon", "There is a special place in hell for Clinton staff")
speaker(A, "q3", "faithful", "Hillary Clinton", "We felt so good about where we were")
speaker(A, "q3", "speaker", "Jay S. Jacobs", "We felt so good about where we were")
quote(A, "q4", "faithful", "Look, I'm not going to sugarcoat it")
quote(A, "q4", "quote", "Look, I'm not going to hide it")
quote(A, "q5", "faithful", "These have been very, very tough days.")
quote(A, "q5", "quote", "These have been very, very dark days.")
quote(A, "q6", "faithful", "late-breaking developments in the race proved one hurdle too many for us to overcome")  # fmt: skip
quote(A, "q6", "quote", "late-breaking developments in the race proved one hurdle too high for us to overcome")  # fmt: skip
quote(A, "q7", "faithful", "You can have the greatest field program, and we did -- he had nothing")
quote(A, "q7", "quote", "You can have the greatest field program, and we did -- he had little")

# --- Trump and Obama meet at the White House ----------------------------------------------
A = OVAL
prose(A, "p0", "faithful", "The president and the president-elect talked for more than 90 minutes in the Oval Office on Thursday while their wives met separately.")  # fmt: skip
prose(A, "p0", "number", "The president and the president-elect talked for more than two hours in the Oval Office on Thursday while their wives met separately.")  # fmt: skip
prose(A, "p0", "date", "The president and the president-elect talked for more than 90 minutes in the Oval Office on Friday while their wives met separately.")  # fmt: skip
prose(A, "p1", "faithful", "Trump tweeted on Thursday night that he had had a really good meeting with great chemistry on a fantastic day in D.C.")  # fmt: skip
prose(A, "p2", "faithful", "He added that Melania had liked Mrs. O a lot.")
prose(A, "p2", "added", "He added that Melania had liked Mrs. O a lot and that the two would meet again in December.")  # fmt: skip
prose(A, "p3", "faithful", "In an Oval Office statement after the meeting, the president-elect called Obama a very good man.")  # fmt: skip
prose(A, "p4", "faithful", "Trump said he looked forward to dealing with the president in future, including taking his counsel.")  # fmt: skip
prose(A, "p5", "faithful", "The Trumps arrived through a back entrance opening onto the South Lawn, a private drive the media cannot reach, and reporters were barred from covering the greeting.")  # fmt: skip
prose(A, "p6", "faithful", "A Wall Street Journal report said the White House had cancelled the photo-op, which the president's spokesman flatly denied.")  # fmt: skip
prose(A, "p6", "negation", "A Wall Street Journal report said the White House had cancelled the photo-op, which the president's spokesman confirmed.")  # fmt: skip
prose(A, "p6", "entity", "A New York Observer report said the White House had cancelled the photo-op, which the president's spokesman flatly denied.")  # fmt: skip
prose(A, "p7", "faithful", "George W Bush and his wife Laura warmly welcomed the Obamas to the White House for a post-election briefing on November 11, 2008.")  # fmt: skip
prose(A, "p7", "date", "George W Bush and his wife Laura warmly welcomed the Obamas to the White House for a post-election briefing on November 10, 2008.")  # fmt: skip
prose(A, "p8", "faithful", "No official photographs of the Trumps arriving or leaving have been released.")  # fmt: skip
prose(A, "p9", "faithful", "The Trumps left LaGuardia airport at 9.36am in his personal Boeing 757 and landed at Ronald Reagan National Airport just after 10.30am.")  # fmt: skip
prose(A, "p9", "date", "The Trumps left LaGuardia airport at 8.36am in his personal Boeing 757 and landed at Ronald Reagan National Airport just after 10.30am.")  # fmt: skip
prose(A, "p9", "number", "The Trumps left LaGuardia airport at 9.36am in his personal Boeing 747 and landed at Ronald Reagan National Airport just after 10.30am.")  # fmt: skip
prose(A, "p10", "faithful", "The couple entered the White House complex twenty minutes after landing.")  # fmt: skip
prose(A, "p10", "number", "The couple entered the White House complex forty minutes after landing.")
prose(A, "p11", "faithful", "His son-in-law Jared Kushner, who owns the New York Observer and was a senior adviser to his campaign, came along too.")  # fmt: skip
prose(A, "p12", "faithful", "Kushner and White House Chief of Staff Denis McDonough broke away from the group for a private meeting.")  # fmt: skip
prose(A, "p12", "entity", "Kushner and White House Press Secretary Josh Earnest broke away from the group for a private meeting.")  # fmt: skip
prose(A, "p13", "faithful", "Ivanka's husband was instrumental in keeping Chris Christie off the Republican ticket.")  # fmt: skip
prose(A, "p13", "negation", "Ivanka's husband was instrumental in putting Chris Christie on the Republican ticket.")  # fmt: skip
prose(A, "p14", "faithful", "Trump's adult children Ivanka, Eric and Don Jr. have said they will stay in New York and run their father's business.")  # fmt: skip
prose(A, "p15", "faithful", "When reporters shouted questions at the end of the meeting, Obama advised his successor not to respond.")  # fmt: skip
prose(A, "p15", "negation", "When reporters shouted questions at the end of the meeting, Obama urged his successor to respond.")  # fmt: skip
prose(A, "p16", "faithful", "Obama said his number one priority over the coming two months was to help bring about a transition that ensures the president-elect succeeds.")  # fmt: skip
prose(A, "p16", "number", "Obama said his number one priority over the coming three months was to help bring about a transition that ensures the president-elect succeeds.")  # fmt: skip
prose(A, "p17", "faithful", "He said they had discussed foreign and domestic policy as well as organisational issues in setting up the White House.")  # fmt: skip
prose(A, "p18", "faithful", "Obama said Michelle had met the incoming First Lady and that they too had an excellent conversation.")  # fmt: skip
prose(A, "p19", "faithful", "Trump said the meeting was supposed to last maybe ten or 15 minutes but went on for almost an hour and a half.")  # fmt: skip
prose(A, "p19", "number", "Trump said the meeting was supposed to last maybe ten or 20 minutes but went on for almost an hour and a half.")  # fmt: skip
prose(A, "p20", "faithful", "Trump said the two men had never met before.")
prose(A, "p20", "negation", "Trump said the two men had met several times before.")
prose(A, "p21", "faithful", "Afterwards Trump's senior adviser Dan Scavino tweeted that Obama's team had been very welcoming and cordial to the president-elect's team.")  # fmt: skip
prose(A, "p21", "entity", "Afterwards Trump's senior adviser Jared Kushner tweeted that Obama's team had been very welcoming and cordial to the president-elect's team.")  # fmt: skip
prose(A, "p22", "faithful", "On Capitol Hill he had lunch with House Speaker Paul Ryan and then joined Mike Pence for a meeting with Senate Majority Leader Mitch McConnell.")  # fmt: skip
prose(A, "p22", "entity", "On Capitol Hill he had lunch with Senate Majority Leader Mitch McConnell and then joined Mike Pence for a meeting with House Speaker Paul Ryan.")  # fmt: skip
prose(A, "p23", "faithful", "He told reporters there that he would work very strongly on immigration, health care and jobs.")  # fmt: skip
prose(A, "p23", "added", "He told reporters there that he would work very strongly on immigration, health care, tax reform and jobs.")  # fmt: skip
prose(A, "p24", "faithful", "Josh Earnest said the president's views had not changed, but the American people had decided.")  # fmt: skip
prose(A, "p25", "faithful", "Earnest said Obama was determined to oversee a transition that gives the incoming president a chance to get a running start.")  # fmt: skip
prose(A, "p25", "entity", "Denis McDonough said Obama was determined to oversee a transition that gives the incoming president a chance to get a running start.")  # fmt: skip
prose(A, "p26", "faithful", "The meeting was expected to last an hour but did not finish until 12:30, when Trump's meeting with Ryan was due to begin.")  # fmt: skip
prose(A, "p26", "date", "The meeting was expected to last an hour but did not finish until 1:30, when Trump's meeting with Ryan was due to begin.")  # fmt: skip
prose(A, "p27", "faithful", "Vice President-elect Mike Pence also came to the White House for a 2.30pm conversation with Vice President Joe Biden.")  # fmt: skip
prose(A, "p27", "date", "Vice President-elect Mike Pence also came to the White House for a 3.30pm conversation with Vice President Joe Biden.")  # fmt: skip
prose(A, "p28", "faithful", "The airport in Arlington, Virginia, where Trump landed is only a 15 to 20 minute drive from the White House.")  # fmt: skip
prose(A, "p28", "number", "The airport in Arlington, Virginia, where Trump landed is only a 30 to 40 minute drive from the White House.")  # fmt: skip
prose(A, "p29", "faithful", "During the campaign the Obamas branded Trump a racist, a sexist and a sex abuser at events for Clinton.")  # fmt: skip
prose(A, "p30", "faithful", "Ohio Governor John Kasich, who refused to endorse Trump and wrote in John McCain on Election Day, said he had prayed on the plane for Trump's success.")  # fmt: skip
prose(A, "p30", "negation", "Ohio Governor John Kasich, who endorsed Trump after the primary and wrote in John McCain on Election Day, said he had prayed on the plane for Trump's success.")  # fmt: skip
prose(A, "p31", "faithful", "Kasich declined to comment on possibly joining Trump's administration, saying he expected to remain governor of Ohio for the next two years.")  # fmt: skip
prose(A, "p31", "number", "Kasich declined to comment on possibly joining Trump's administration, saying he expected to remain governor of Ohio for the next four years.")  # fmt: skip
prose(A, "p32", "faithful", "LeBron James and his Cleveland team-mates were also at the White House that day, being honoured for their NBA championship.")  # fmt: skip
prose(A, "p33", "faithful", "The White House said no further meetings between the two men were on the books, despite Trump's claim that there would be many more.")  # fmt: skip
prose(A, "p33", "negation", "The White House said further meetings between the two men were on the books, as Trump had claimed there would be.")  # fmt: skip
prose(A, "p34", "faithful", "Trump has said he will deport the 11 million illegal immigrants in the country and dismantle Obama's health care law.")  # fmt: skip
prose(A, "p34", "number", "Trump has said he will deport the 12 million illegal immigrants in the country and dismantle Obama's health care law.")  # fmt: skip
prose(A, "p35", "faithful", "National security planning for the transition was being led by former Michigan congressman Mike Rogers, while Ken Blackwell handled domestic issues.")  # fmt: skip
prose(A, "p35", "entity", "National security planning for the transition was being led by Ken Blackwell, while former Michigan congressman Mike Rogers handled domestic issues.")  # fmt: skip
prose(A, "p36", "faithful", "Earnest declined to go into the details of the two men's discussion.")
prose(A, "p37", "faithful", "The country will have a new president on January 20, from the opposing party, for the first time in eight years.")  # fmt: skip
prose(A, "p37", "date", "The country will have a new president on January 21, from the opposing party, for the first time in eight years.")  # fmt: skip
speaker(A, "q0", "faithful", "Barack Obama", "I just had the opportunity to have an excellent conversation with President-elect Trump.")  # fmt: skip
speaker(A, "q0", "speaker", "Donald Trump", "I just had the opportunity to have an excellent conversation with President-elect Trump.")  # fmt: skip
speaker(A, "q1", "faithful", "Donald Trump", "We had never met each other.")
speaker(A, "q1", "speaker", "Barack Obama", "We had never met each other.")
speaker(A, "q2", "faithful", "Josh Earnest", "The election is over, the President didn't get to chose his successor")  # fmt: skip
speaker(A, "q2", "speaker", "Denis McDonough", "The election is over, the President didn't get to chose his successor")  # fmt: skip
speaker(A, "q3", "faithful", "Paul Ryan", "He just earned a mandate")
speaker(A, "q3", "speaker", "Mitch McConnell", "He just earned a mandate")
speaker(A, "q4", "faithful", "John Kasich", "Today I said my prayers on the plane for the success of Donald Trump")  # fmt: skip
speaker(A, "q4", "speaker", "Josh Earnest", "Today I said my prayers on the plane for the success of Donald Trump")  # fmt: skip
quote(A, "q5", "faithful", "we now are going to do everything we can to help you succeed")
quote(A, "q5", "quote", "we now are going to do everything we can to see you succeed")
quote(A, "q6", "faithful", "So Mr. President, it was a great honor being with you, and I look forward to being with you many, many more times.")  # fmt: skip
quote(A, "q6", "quote", "So Mr. President, it was a great pleasure being with you, and I look forward to being with you many, many more times.")  # fmt: skip
quote(A, "q7", "faithful", "We're going to work very strongly on immigration, health care and we're looking at jobs, big league jobs")  # fmt: skip
quote(A, "q7", "quote", "We're going to work very strongly on immigration, trade and we're looking at jobs, big league jobs")  # fmt: skip
quote(A, "q8", "faithful", "America works best when America is united. It doesn't work best when we are divided.")  # fmt: skip
quote(A, "q8", "quote", "America works best when America is united. It doesn't work best when we are apart.")  # fmt: skip
quote(A, "q9", "faithful", "We owe him an open mind and the chance to lead.")
quote(A, "q9", "quote", "We owe him an open heart and the chance to lead.")

if __name__ == "__main__":
    claims.write()
