"""Writes benchmarks/data/faithfulness_heldout15.jsonl, the fifteenth held-out set:
claims about six articles that no earlier labelled set and no example file uses, whose
texts live in their own file, benchmarks/data/articles_heldout15.jsonl: six BBC News
articles of 2004 and 2005 from the Giveme5W1H project's `bbc` sample (fhamborg/Giveme5W1H,
Apache-2.0; not the annotated gold standard, whose unseen test split stays unseen), on
varied topics: a court ruling on Apple's leak lawsuit against bloggers, a minister's call
for clearer warnings on violent video games, a Chinese dam builder defying an
environmental shutdown order, a robotics study of social behaviour, a Wales rugby
selection, and technology that lets disabled drivers race. Each is 1,900 to 3,600
characters. The set was written blind, before any verdict rule was run on it, from the
article texts alone (the rules, their results on the older sets and the notes on their
weaknesses unread), for one measurement of the claim-verdict rules; it is sealed
(benchmarks/sealed.py) until that measurement is made and reported
(benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names ("the iconic firm", "the Blues coach", "the Hertfordshire professor",
"the Derby motorcycle racer"), synonyms, merged sentences, reported speech (negative
reported speech too: "would not let any amputee race", "the school has yet to turn
anybody away"), numbers written another way or worked out ("eight of the 30 targeted
projects have yet to comply"), speakers introduced with a job title or a description
("the head of ELSPA", "Yapp's coach at the Blues"), a few restated headlines and some
near-copies of article sentences. Each corrupted claim is one minimal edit of such a
claim, made the way a model errs (another person, place, company or organisation of the
same article in the slot, a changed figure, day, month or year, an antonym or a dropped
or added "not", a word changed inside a quotation, a quotation given to another speaker
of the article), and its label names the one way the article contradicts it (or, for
`added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout15_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

APPLE = "dd3d896e89b63289c7a194f64ac755026818a04879d4dd0c8365063d"
GAMES = "d18e26dd83073eb1b1f72621d9f66023d8e02b3e4af3e963ffdf5cb1"
DAM = "c2820013ad727e605199430b7e3f4325688d3fa29c3fc64895c929bd"
ROBOTS = "d534e81ba1f7c449a88c96a33ba3a11c6172ea2758d3ab9ab4bc558f"
YAPP = "bc9e4c0e7ccfaf978fa82bb100c2ba35a540f1f8f2fab22c9b7ebf10"
MOTORSPORT = "f2ee5706503813d0343b9a2d29a9c2829b2b368fb052c491b97608f9"

claims = LabelledClaims("heldout15")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Apple makes blogs reveal sources ----------------------------------------------------
A = APPLE
prose(A, "p0", "faithful", "Apple has won a legal battle to force three bloggers to reveal who told them about products it had not yet released.")  # fmt: skip
prose(A, "p0", "number", "Apple has won a legal battle to force four bloggers to reveal who told them about products it had not yet released.")  # fmt: skip
prose(A, "p1", "faithful", "The bid to unmask the employees leaking information was launched in December 2004, after online articles about Apple's Asteroid product.")  # fmt: skip
prose(A, "p1", "date", "The bid to unmask the employees leaking information was launched in December 2003, after online articles about Apple's Asteroid product.")  # fmt: skip
prose(A, "p1b", "date", "The bid to unmask the employees leaking information was launched in October 2004, after online articles about Apple's Asteroid product.")  # fmt: skip
prose(A, "p2", "faithful", "The iconic firm has now won the right to see e-mail records from the three bloggers to root out the culprit.")  # fmt: skip
prose(A, "p3", "faithful", "A lawyer for the bloggers said the ruling set a dangerous precedent that could harm all news reporters.")  # fmt: skip
prose(A, "p3", "negation", "A lawyer for the bloggers said the ruling did not set a dangerous precedent for news reporters.")  # fmt: skip
prose(A, "p4", "faithful", "Apple's lawsuit accused anonymous people of stealing trade secrets about the Asteroid music product and leaking them to the PowerPage, Apple Insider and Think Secret websites.")  # fmt: skip
prose(A, "p5", "faithful", "All three are Apple fan sites that obsessively watch the company for information about future products.")  # fmt: skip
prose(A, "p6", "faithful", "Apple is notoriously secretive about upcoming products, which makes any snippet of information about its work all the more valuable.")  # fmt: skip
prose(A, "p6", "negation", "Apple is notoriously open about upcoming products, which makes any snippet of information about its work all the more valuable.")  # fmt: skip
prose(A, "p7", "faithful", "The lawsuit to reveal the leakers' names was filed against the Power Page and Apple Insider sites.")  # fmt: skip
prose(A, "p7", "entity", "The lawsuit to reveal the leakers' names was filed against the Think Secret and Apple Insider sites.")  # fmt: skip
prose(A, "p8", "faithful", "A separate legal fight with Think Secret has yet to be resolved.")
prose(A, "p8", "negation", "A separate legal fight with Think Secret has already been resolved.")
prose(A, "p9", "faithful", "The ruling was handed down this week by Santa Clara County Superior Court Judge James Kleinberg.")  # fmt: skip
prose(A, "p9", "entity", "The ruling was handed down this week by Santa Clara County Superior Court Judge Kurt Opsahl.")  # fmt: skip
prose(A, "p9b", "date", "The ruling was handed down last month by Santa Clara County Superior Court Judge James Kleinberg.")  # fmt: skip
prose(A, "p10", "faithful", "Under the ruling, Apple can get its hands on e-mail records from the bloggers' net providers.")  # fmt: skip
prose(A, "p11", "faithful", "The judge said laws on divulging trade secrets outweighed considerations of public interest.")  # fmt: skip
prose(A, "p11", "negation", "The judge said laws on divulging trade secrets did not outweigh considerations of public interest.")  # fmt: skip
prose(A, "p12", "faithful", "California has so-called shield laws that protect journalists from prosecution if what they write can be shown to be in the public interest.")  # fmt: skip
prose(A, "p12", "added", "California has so-called shield laws, passed in 1980, that protect journalists from prosecution if what they write can be shown to be in the public interest.")  # fmt: skip
prose(A, "p13", "faithful", "Kleinberg wrote that an interested public is not the same as the public interest.")  # fmt: skip
prose(A, "p14", "faithful", "The judge said it did not matter whether the bloggers were journalists, because trade secret laws covered journalists too.")  # fmt: skip
prose(A, "p14", "negation", "The judge said it did not matter whether the bloggers were journalists, because trade secret laws exempted journalists.")  # fmt: skip
prose(A, "p15", "faithful", "The Electronic Frontier Foundation, acting as legal counsel for Power Page and Apple Insider, said the ruling had potentially wide implications.")  # fmt: skip
prose(A, "p15", "entity", "The Electronic Frontier Foundation, acting as legal counsel for Think Secret and Apple Insider, said the ruling had potentially wide implications.")  # fmt: skip
prose(A, "p16", "faithful", "EFF lawyer Kurt Opsahl said anyone who reports on companies or the trade press should be concerned about the ruling.")  # fmt: skip
prose(A, "p16", "negation", "EFF lawyer Kurt Opsahl said those who report on companies or the trade press need not be concerned about the ruling.")  # fmt: skip
prose(A, "p17", "faithful", "Opsahl said the EFF was planning to appeal against the ruling.")
prose(A, "p17", "negation", "Opsahl said the EFF would not appeal against the ruling.")
prose(A, "p18", "faithful", "The foundation argues the bloggers were journalists and that US federal laws stop net firms handing over copies of e-mails without the account owner's consent.")  # fmt: skip
prose(A, "p18", "added", "The foundation argues the bloggers were journalists and that US federal laws stop net firms handing over copies of e-mails without the account owner's consent, a protection upheld by the Supreme Court in 2001.")  # fmt: skip
prose(A, "p19", "faithful", "Apple makes blogs reveal sources")
prose(A, "p20", "faithful", "The leaks concerned an Apple music product called Asteroid.")
prose(A, "p21", "faithful", "The judge accepted that a website about Apple could attract hundreds of thousands of hits.")  # fmt: skip
prose(A, "p21", "number", "The judge accepted that a website about Apple could attract tens of thousands of hits.")  # fmt: skip
prose(A, "p22", "faithful", "The company wants to find out which employees leaked the information.")
prose(A, "p22", "added", "The company wants to find out which employees leaked the information so that it can sack them.")  # fmt: skip
prose(A, "p23", "faithful", "Apple's bid to identify the leakers followed online reports about its Asteroid music product.")  # fmt: skip
prose(A, "p24", "faithful", "California's shield laws protect journalists from prosecution in some cases.")  # fmt: skip
prose(A, "p25", "faithful", "The bloggers' lawyer warned that the decision could harm all news reporters.")  # fmt: skip
speaker(A, "q0", "faithful", "Judge James Kleinberg", "But an interested public is not the same as the public interest")  # fmt: skip
speaker(A, "q0", "speaker", "Kurt Opsahl", "But an interested public is not the same as the public interest")  # fmt: skip
speaker(A, "q1", "faithful", "an EFF lawyer", "Anyone who reports on companies or the trade press should be concerned about this ruling")  # fmt: skip
speaker(A, "q1", "speaker", "Judge Kleinberg", "Anyone who reports on companies or the trade press should be concerned about this ruling")  # fmt: skip
speaker(A, "q2", "faithful", "the Santa Clara County judge", "it is not surprising that hundreds of thousands of 'hits' on a website about Apple have and will happen")  # fmt: skip
quote(A, "q3", "faithful", "an interested public is not the same as the public interest")
quote(A, "q3", "quote", "an interested public is not the same as the national interest")
quote(A, "q4", "faithful", "Anyone who reports on companies or the trade press should be concerned about this ruling")  # fmt: skip
quote(A, "q4", "quote", "Anyone who reports on companies or the trade press should be alarmed by this ruling")  # fmt: skip
quote(A, "q5", "faithful", "it is not surprising that hundreds of thousands of 'hits' on a website about Apple have and will happen")  # fmt: skip
quote(A, "q5", "quote", "it is not surprising that millions of 'hits' on a website about Apple have and will happen")  # fmt: skip

# --- Game warnings 'must be clearer' -----------------------------------------------------
A = GAMES
prose(A, "p0", "faithful", "The trade and industry secretary has said violent video games should carry larger warnings so that parents understand what their children are playing.")  # fmt: skip
prose(A, "p0", "negation", "The trade and industry secretary has said violent video games should carry smaller warnings so that parents understand what their children are playing.")  # fmt: skip
prose(A, "p1", "faithful", "Patricia Hewitt is expected to call for better enforcement of the law banning the sale of 18-rated games to children at a games industry meeting on Sunday.")  # fmt: skip
prose(A, "p1", "date", "Patricia Hewitt is expected to call for better enforcement of the law banning the sale of 18-rated games to children at a games industry meeting on Saturday.")  # fmt: skip
prose(A, "p1", "number", "Patricia Hewitt is expected to call for better enforcement of the law banning the sale of 15-rated games to children at a games industry meeting on Sunday.")  # fmt: skip
prose(A, "p2", "faithful", "She is worried that too many children are playing games aimed at adults that include high levels of violence.")  # fmt: skip
prose(A, "p3", "faithful", "Parents are expected to spend millions on video games as Christmas presents.")  # fmt: skip
prose(A, "p3", "number", "Parents are expected to spend billions on video games as Christmas presents.")  # fmt: skip
prose(A, "p4", "faithful", "The game Manhunt was blamed by the parents of 14-year-old Stefan Pakeerah, who was stabbed to death in Leicester in February.")  # fmt: skip
prose(A, "p4", "number", "The game Manhunt was blamed by the parents of 16-year-old Stefan Pakeerah, who was stabbed to death in Leicester in February.")  # fmt: skip
prose(A, "p4", "date", "The game Manhunt was blamed by the parents of 14-year-old Stefan Pakeerah, who was stabbed to death in Leicester in September.")  # fmt: skip
prose(A, "p4", "entity", "The game Manhunt was blamed by the parents of 14-year-old Stefan Pakeerah, who was stabbed to death in London in February.")  # fmt: skip
prose(A, "p5", "faithful", "His mother, Giselle, said the teenager's killer, Warren Leblanc, had mimicked behaviour in the game.")  # fmt: skip
prose(A, "p5", "entity", "His mother, Giselle, said the teenager's killer, Roger Bennett, had mimicked behaviour in the game.")  # fmt: skip
prose(A, "p6", "faithful", "Leblanc, 17, was jailed for life in September.")
prose(A, "p6", "number", "Leblanc, 19, was jailed for life in September.")
prose(A, "p6", "date", "Leblanc, 17, was jailed for life in November.")
prose(A, "p7", "faithful", "Police investigating the murder dismissed the game's influence, and Manhunt was not part of the legal case.")  # fmt: skip
prose(A, "p7", "negation", "Police investigating the murder dismissed the game's influence, and Manhunt was part of the legal case.")  # fmt: skip
prose(A, "p7b", "negation", "Police investigating the murder confirmed the game's influence, and Manhunt was not part of the legal case.")  # fmt: skip
prose(A, "p8", "faithful", "Ahead of the London meeting, the minister said she was proud of the UK's vibrant games industry.")  # fmt: skip
prose(A, "p8", "date", "Ahead of Friday's meeting in London, the minister said she was proud of the UK's vibrant games industry.")  # fmt: skip
prose(A, "p8", "negation", "Ahead of the London meeting, the minister said she was embarrassed by the UK's vibrant games industry.")  # fmt: skip
prose(A, "p9", "faithful", "Roger Bennett, head of industry body ELSPA, said banning violent games would be wrong.")  # fmt: skip
prose(A, "p9", "negation", "Roger Bennett, head of industry body ELSPA, said banning violent games would be right.")  # fmt: skip
prose(A, "p9", "entity", "Roger Bennett, head of the British Board of Film Classification, said banning violent games would be wrong.")  # fmt: skip
prose(A, "p10", "faithful", "Mr Bennett said the industry had seen that the government was supportive of it.")  # fmt: skip
prose(A, "p10", "negation", "Mr Bennett said the industry had seen that the government was not supportive of it.")  # fmt: skip
prose(A, "p11", "faithful", "The government is holding a further meeting on Friday with industry and retail representatives and the British Board of Film Classification to discuss clearer labelling.")  # fmt: skip
prose(A, "p11", "date", "The government is holding a further meeting on Monday with industry and retail representatives and the British Board of Film Classification to discuss clearer labelling.")  # fmt: skip
prose(A, "p12", "faithful", "Ms Hewitt said retailers must respect the classifications and not sell games with high levels of violence to minors.")  # fmt: skip
prose(A, "p13", "faithful", "She said video games are different from films or videos, and not all parents grew up playing games the way their children do.")  # fmt: skip
prose(A, "p13", "negation", "She said video games are no different from films or videos, and not all parents grew up playing games the way their children do.")  # fmt: skip
prose(A, "p14", "faithful", "Culture Secretary Tessa Jowell backed the call.")
prose(A, "p14", "negation", "Culture Secretary Tessa Jowell opposed the call.")
prose(A, "p15", "faithful", "Jowell said that, just as parents would not let a child watch the Texas Chainsaw Massacre, they should not let them play an 18-rated game.")  # fmt: skip
prose(A, "p16", "faithful", "Anyone convicted of selling an 18-rated game to a child can be jailed for six months and fined up to £5,000.")  # fmt: skip
prose(A, "p16", "number", "Anyone convicted of selling an 18-rated game to a child can be jailed for six months and fined up to £50,000.")  # fmt: skip
prose(A, "p16b", "number", "Anyone convicted of selling an 18-rated game to a child can be jailed for 12 months and fined up to £5,000.")  # fmt: skip
prose(A, "p17", "faithful", "Rockstar Games, which makes Manhunt, has said it markets its games responsibly and only targets its adverts at adults.")  # fmt: skip
prose(A, "p17", "entity", "ELSPA, which makes Manhunt, has said it markets its games responsibly and only targets its adverts at adults.")  # fmt: skip
prose(A, "p18", "faithful", "Game warnings 'must be clearer'")
prose(A, "p19", "faithful", "Ms Hewitt said adults should be treated as adults and children as children.")  # fmt: skip
prose(A, "p20", "faithful", "The trade secretary wants content warnings improved and sales enforcement strengthened.")  # fmt: skip
prose(A, "p20", "negation", "The trade secretary wants content warnings improved and sales enforcement relaxed.")  # fmt: skip
prose(A, "p21", "faithful", "Stefan Pakeerah was 14 when he was murdered.")
prose(A, "p22", "faithful", "The Culture Secretary said adults can make their own informed choices but children need to be protected.")  # fmt: skip
prose(A, "p23", "added", "Ms Hewitt wants 18-rated games to be sold only from behind shop counters.")  # fmt: skip
prose(A, "p24", "added", "Manhunt was withdrawn from sale by several major retailers after the killing.")  # fmt: skip
speaker(A, "q0", "faithful", "Tessa Jowell", "You wouldn't let your child watch the Texas Chainsaw Massacre.")  # fmt: skip
speaker(A, "q0", "speaker", "Patricia Hewitt", "You wouldn't let your child watch the Texas Chainsaw Massacre.")  # fmt: skip
speaker(A, "q1", "faithful", "the head of ELSPA", "We don't want to go down that route.")
speaker(A, "q1", "speaker", "Tessa Jowell", "We don't want to go down that route.")
speaker(A, "q2", "faithful", "the trade and industry secretary", "Adults should be treated as adults and children as children.")  # fmt: skip
speaker(A, "q2", "speaker", "Roger Bennett", "Adults should be treated as adults and children as children.")  # fmt: skip
speaker(A, "q3", "faithful", "Ms Hewitt", "We need to look carefully at how we improve content warnings and strengthen sales enforcement.")  # fmt: skip
quote(A, "q4", "faithful", "It is important that retailers respect the classifications and do not sell games with high levels of violence to minors.")  # fmt: skip
quote(A, "q4", "quote", "It is important that retailers respect the classifications and do not sell games with any levels of violence to minors.")  # fmt: skip
quote(A, "q5", "faithful", "We have seen that the government is supportive of the industry.")
quote(A, "q5", "quote", "We have seen that the government is suspicious of the industry.")
quote(A, "q6", "faithful", "adults can make their own informed choices, but children can't always and need to be protected")  # fmt: skip
quote(A, "q6", "quote", "adults can make their own informed choices, but children can't always and need to be supervised")  # fmt: skip
quote(A, "q7", "faithful", "vibrant games industry")

# --- Chinese dam firm 'defies Beijing' ---------------------------------------------------
A = DAM
prose(A, "p0", "faithful", "The China Three Gorges Project Corp is refusing to obey a government order to stop building one of its giant dams, according to the Chinese state press.")  # fmt: skip
prose(A, "p0", "negation", "The China Three Gorges Project Corp has agreed to obey a government order to stop building one of its giant dams, according to the Chinese state press.")  # fmt: skip
prose(A, "p1", "faithful", "The builder of the Three Gorges Dam is pressing on with work on the sister Xiluodu dam, the Beijing News said.")  # fmt: skip
prose(A, "p1", "negation", "The builder of the Three Gorges Dam has halted work on the sister Xiluodu dam, the Beijing News said.")  # fmt: skip
prose(A, "p2", "faithful", "The Xiluodu dam is one of 30 large-scale construction projects ordered to halt for lack of proper environmental checks.")  # fmt: skip
prose(A, "p2", "number", "The Xiluodu dam is one of 22 large-scale construction projects ordered to halt for lack of proper environmental checks.")  # fmt: skip
prose(A, "p3", "faithful", "The Beijing News said the company might choose to pay a fine instead.")
prose(A, "p4", "faithful", "The firm has also ignored orders to stop building two of its other projects, the Three Gorges Underground Power Plant and the Three Gorges Project Electrical Power Supply Plant.")  # fmt: skip
prose(A, "p4", "number", "The firm has also ignored orders to stop building three of its other projects, the Three Gorges Underground Power Plant and the Three Gorges Project Electrical Power Supply Plant.")  # fmt: skip
prose(A, "p5", "faithful", "So far only 22 of the 30 projects targeted by China's State Environmental Protection Agency have complied with its shutdown order.")  # fmt: skip
prose(A, "p5", "number", "So far only 12 of the 30 projects targeted by China's State Environmental Protection Agency have complied with its shutdown order.")  # fmt: skip
prose(A, "p5b", "number", "So far 28 of the 30 projects targeted by China's State Environmental Protection Agency have complied with its shutdown order.")  # fmt: skip
prose(A, "p6", "faithful", "The projects were targeted for failing to carry out mandatory environmental impact assessments.")  # fmt: skip
prose(A, "p6", "negation", "The projects were targeted despite having carried out mandatory environmental impact assessments.")  # fmt: skip
prose(A, "p7", "faithful", "The company could face a fine of up to 200,000 yuan ($24,000; £12,700).")  # fmt: skip
prose(A, "p7", "number", "The company could face a fine of up to 2,000,000 yuan.")
prose(A, "p8", "faithful", "Last week the corporation denied that its projects broke regulations.")
prose(A, "p8", "negation", "Last week the corporation admitted that its projects broke regulations.")  # fmt: skip
prose(A, "p8", "date", "Last month the corporation denied that its projects broke regulations.")
prose(A, "p9", "faithful", "The Sepa order comes as Beijing appears to be trying to cool China's booming economy.")  # fmt: skip
prose(A, "p9", "negation", "The Sepa order comes as Beijing appears to be trying to stimulate China's booming economy.")  # fmt: skip
prose(A, "p10", "faithful", "The government had previously encouraged new electricity generating capacity to solve chronic energy shortages.")  # fmt: skip
prose(A, "p10", "negation", "The government had previously discouraged new electricity generating capacity despite chronic energy shortages.")  # fmt: skip
prose(A, "p11", "faithful", "The energy shortages forced many factories into part-time working last year.")  # fmt: skip
prose(A, "p11", "date", "The energy shortages forced many factories into part-time working this year.")  # fmt: skip
prose(A, "p12", "faithful", "In 2004 China raised its generating capacity by 12.6% to 440,700 megawatts.")  # fmt: skip
prose(A, "p12", "number", "In 2004 China raised its generating capacity by 16.2% to 440,700 megawatts.")  # fmt: skip
prose(A, "p12", "date", "In 2003 China raised its generating capacity by 12.6% to 440,700 megawatts.")  # fmt: skip
prose(A, "p13", "faithful", "The Xiluodu dam is designed to produce 12,600 MW of electricity.")
prose(A, "p13", "number", "The Xiluodu dam is designed to produce 1,260 MW of electricity.")
prose(A, "p14", "faithful", "It is being built on the Jinshajiang, the \"river of golden sand\", as the upper reaches of the Yangtze are known.")  # fmt: skip
prose(A, "p14", "negation", "It is being built on the Jinshajiang, the \"river of golden sand\", as the lower reaches of the Yangtze are known.")  # fmt: skip
prose(A, "p15", "faithful", "More than half a million people have had to be relocated for the main Three Gorges Dam downstream.")  # fmt: skip
prose(A, "p15", "number", "More than a million people have had to be relocated for the main Three Gorges Dam downstream.")  # fmt: skip
prose(A, "p16", "faithful", "The relocations drew criticism from environmental groups and overseas human rights activists.")  # fmt: skip
prose(A, "p16", "added", "The relocations drew criticism from environmental groups, overseas human rights activists and the World Bank.")  # fmt: skip
prose(A, "p17", "faithful", "Chinese dam firm 'defies Beijing'")
prose(A, "p18", "faithful", "The Xiluodu project is a sister of the main Three Gorges Dam, which lies downstream.")  # fmt: skip
prose(A, "p18", "negation", "The Xiluodu project is a sister of the main Three Gorges Dam, which lies upstream.")  # fmt: skip
prose(A, "p19", "faithful", "The shutdown order came from China's State Environmental Protection Agency, known as Sepa.")  # fmt: skip
prose(A, "p20", "faithful", "The builder insisted it had always abided by the law.")
prose(A, "p21", "faithful", "Eight of the 30 targeted projects have yet to comply with the shutdown order.")  # fmt: skip
prose(A, "p21", "number", "Ten of the 30 targeted projects have yet to comply with the shutdown order.")  # fmt: skip
prose(A, "p22", "added", "Sepa has threatened to cut off the dam's power supply if work continues.")  # fmt: skip
prose(A, "p23", "faithful", "The Xiluodu dam lies on the upper reaches of the Yangtze.")
prose(A, "p23", "entity", "The Three Gorges Dam lies on the Jinshajiang, the upper reaches of the Yangtze.")  # fmt: skip
speaker(A, "q0", "faithful", "the China Three Gorges Project Corp", "The Three Gorges Corporation has all along abided by the law and have built our projects in accordance with the law")  # fmt: skip
speaker(A, "q0", "speaker", "Sepa", "The Three Gorges Corporation has all along abided by the law and have built our projects in accordance with the law")  # fmt: skip
speaker(A, "q0b", "speaker", "the Beijing News", "The Three Gorges Corporation has all along abided by the law and have built our projects in accordance with the law")  # fmt: skip
quote(A, "q1", "faithful", "The Three Gorges Corporation has all along abided by the law and have built our projects in accordance with the law")  # fmt: skip
quote(A, "q1", "quote", "The Three Gorges Corporation has all along abided by the law and have built our projects in accordance with the plan")  # fmt: skip
quote(A, "q2", "faithful", "river of golden sand")
quote(A, "q2", "quote", "river of yellow sand")

# --- Robots learn 'robotiquette' rules ---------------------------------------------------
A = ROBOTS
prose(A, "p0", "faithful", "Robots are being taught \"robotiquette\", how to behave socially, so they can mix better with people.")  # fmt: skip
prose(A, "p1", "faithful", "A University of Hertfordshire team is using games such as pass-the-parcel to find out how future robot companions should react in social situations.")  # fmt: skip
prose(A, "p1", "entity", "A Science Museum team is using games such as pass-the-parcel to find out how future robot companions should react in social situations.")  # fmt: skip
prose(A, "p2", "faithful", "The study's findings will eventually help humans develop a code of social behaviour for human-robot interaction.")  # fmt: skip
prose(A, "p2", "negation", "The study's findings will never help humans develop a code of social behaviour for human-robot interaction.")  # fmt: skip
prose(A, "p3", "faithful", "The work is part of the European Cogniron robotics project and was on show at London's Science Museum.")  # fmt: skip
prose(A, "p3", "entity", "The work is part of the British Cogniron robotics project and was on show at London's Science Museum.")  # fmt: skip
prose(A, "p4", "faithful", "Project leader Professor Kerstin Dautenhahn said the team was assuming that a useful human companion robot already exists.")  # fmt: skip
prose(A, "p4", "negation", "Project leader Professor Kerstin Dautenhahn said the team was not assuming that a useful human companion robot already exists.")  # fmt: skip
prose(A, "p5", "faithful", "She said their mission was to look at how such a robot should be programmed to respect people's personal space.")  # fmt: skip
prose(A, "p6", "faithful", "The research also looks at how people perceive robots, including how they should look.")  # fmt: skip
prose(A, "p7", "faithful", "It also studies how a robot can learn new skills by imitating a human demonstrator.")  # fmt: skip
prose(A, "p8", "faithful", "Without such studies, the professor warned, robots might be built that do not respect that humans are individuals with preferences and different cultural backgrounds.")  # fmt: skip
prose(A, "p9", "faithful", "Dautenhahn said she wants robots to treat humans as human beings, not like other robots.")  # fmt: skip
prose(A, "p9", "negation", "Dautenhahn said she wants robots to treat humans like other robots.")  # fmt: skip
prose(A, "p10", "faithful", "A companion robot will eventually have to deal with groups of people, not just one person.")  # fmt: skip
prose(A, "p10", "negation", "A companion robot will only ever have to deal with one person, not groups of people.")  # fmt: skip
prose(A, "p11", "faithful", "To find out how it would cope, the Hertfordshire team taught one robot to play pass-the-parcel with children.")  # fmt: skip
prose(A, "p11", "number", "To find out how it would cope, the Hertfordshire team taught two robots to play pass-the-parcel with children.")  # fmt: skip
prose(A, "p12", "faithful", "At the Science Museum, the unnamed robot had to select, approach and ask different children to pick up a parcel containing a gift.")  # fmt: skip
prose(A, "p12", "added", "At the Science Museum, the unnamed robot, which cost £50,000 to build, had to select, approach and ask different children to pick up a parcel containing a gift.")  # fmt: skip
prose(A, "p13", "faithful", "It used its arm as a pointer and its camera as an eye.")
prose(A, "p14", "faithful", "The robot even used speech to give instructions and play music.")
prose(A, "p14", "negation", "The robot did not use speech, giving its instructions only by pointing.")  # fmt: skip
prose(A, "p15", "faithful", "Researchers say it will still take many years to build a robot that makes full use of robotiquette.")  # fmt: skip
prose(A, "p15", "date", "Researchers say a robot that makes full use of robotiquette could be built within months.")  # fmt: skip
prose(A, "p16", "faithful", "Professor Dautenhahn said a robot companion for humans was something to think of 20 years into the future.")  # fmt: skip
prose(A, "p16", "number", "Professor Dautenhahn said a robot companion for humans was something to think of 30 years into the future.")  # fmt: skip
prose(A, "p17", "faithful", "She said it might take even longer because such a robot is very, very hard to develop.")  # fmt: skip
prose(A, "p17", "negation", "She said it might take even longer even though such a robot is quite easy to develop.")  # fmt: skip
prose(A, "p18", "faithful", "Robots learn 'robotiquette' rules")
prose(A, "p19", "faithful", "The Hertfordshire professor spoke to BBC News Online.")
prose(A, "p20", "faithful", "More on the story can be heard on the BBC World Service's Go Digital programme.")  # fmt: skip
prose(A, "p21", "faithful", "Kerstin Dautenhahn leads the project at Hertfordshire.")
prose(A, "p21", "entity", "Kerstin Dautenhahn leads the project at the Science Museum.")
prose(A, "p22", "added", "The Cogniron project is funded by the European Commission.")
prose(A, "p23", "faithful", "Researchers in Hertfordshire are studying how robots should behave around people.")  # fmt: skip
prose(A, "p24", "faithful", "The robot moved its arm as a pointer while asking children to pick up the parcel.")  # fmt: skip
prose(A, "p25", "added", "The robot was built by Sony for the Cogniron project.")
speaker(A, "q0", "faithful", "Professor Kerstin Dautenhahn", "Our mission is to look at how such a robot should be programmed to respect personal spaces of humans.")  # fmt: skip
speaker(A, "q0", "speaker", "the Science Museum", "Our mission is to look at how such a robot should be programmed to respect personal spaces of humans.")  # fmt: skip
speaker(A, "q1", "faithful", "the project leader at Hertfordshire", "It might take even longer because it is very, very hard to develop such a robot.")  # fmt: skip
speaker(A, "q2", "faithful", "Dautenhahn", "And I want robots to treat humans as human beings, and not like other robots")  # fmt: skip
quote(A, "q3", "faithful", "We are assuming a situation in which a useful human companion robot already exists")  # fmt: skip
quote(A, "q3", "quote", "We are assuming a situation in which a useful human companion robot will soon exist")  # fmt: skip
quote(A, "q4", "faithful", "I want robots to treat humans as human beings, and not like other robots")  # fmt: skip
quote(A, "q4", "quote", "I want robots to treat humans as equals, and not like other robots")  # fmt: skip
quote(A, "q5", "faithful", "If you think of a robot as a companion for the human being, you can think of 20 years into the future")  # fmt: skip
quote(A, "q5", "quote", "If you think of a robot as a companion for the human being, you can think of 10 years into the future")  # fmt: skip
quote(A, "q6", "faithful", "it is very, very hard to develop such a robot")
quote(A, "q6", "quote", "it is very, very expensive to develop such a robot")

# --- Ruddock backs Yapp's credentials ----------------------------------------------------
A = YAPP
prose(A, "p0", "faithful", "Wales coach Mike Ruddock says John Yapp has what it takes to be an international.")  # fmt: skip
prose(A, "p0", "entity", "Wales coach Dai Young says John Yapp has what it takes to be an international.")  # fmt: skip
prose(A, "p1", "faithful", "The 21-year-old Blues prop is the only uncapped player in the Wales Six Nations squad.")  # fmt: skip
prose(A, "p1", "number", "The 23-year-old Blues prop is the only uncapped player in the Wales Six Nations squad.")  # fmt: skip
prose(A, "p2", "faithful", "Yapp gets his chance because Ospreys loose-head Duncan Jones is absent.")  # fmt: skip
prose(A, "p2", "entity", "Yapp gets his chance because Dragons loose-head Duncan Jones is absent.")
prose(A, "p3", "faithful", "Ruddock said Yapp was a young man with a big future who had been playing for the Blues for two years.")  # fmt: skip
prose(A, "p3", "negation", "Ruddock said Yapp was a young man with a limited future who had been playing for the Blues for two years.")  # fmt: skip
prose(A, "p3", "date", "Ruddock said Yapp was a young man with a big future who had been playing for the Blues for five years.")  # fmt: skip
prose(A, "p4", "faithful", "The coach described Yapp as a big, physical lad of international size and a good ball-carrier with a high tackle count.")  # fmt: skip
prose(A, "p4", "negation", "The coach described Yapp as a big, physical lad of international size and a good ball-carrier with a low tackle count.")  # fmt: skip
prose(A, "p5", "faithful", "Ruddock's assessment was backed up by Yapp's Blues coach, former Wales and Lions prop Dai Young.")  # fmt: skip
prose(A, "p5", "negation", "Ruddock's assessment was questioned by Yapp's Blues coach, former Wales and Lions prop Dai Young.")  # fmt: skip
prose(A, "p5", "entity", "Ruddock's assessment was backed up by Yapp's Blues coach, former Wales and Lions prop Steve Hansen.")  # fmt: skip
prose(A, "p6", "faithful", "Young told BBC Sport Wales that Yapp had been on an upward curve all season.")  # fmt: skip
prose(A, "p7", "faithful", "Young said Yapp's ball carrying gave the Blues good go-forward and that his work-rate was excellent.")  # fmt: skip
prose(A, "p8", "faithful", "The Blues coach said Yapp was working hard on his scrummaging technique, which he wants to improve to become a destroyer on the loose-head.")  # fmt: skip
prose(A, "p9", "faithful", "Young admitted Yapp was not quite there with his scrummaging yet, but said nobody could fault his effort.")  # fmt: skip
prose(A, "p9", "negation", "Young said Yapp was already there with his scrummaging, and that nobody could fault his effort.")  # fmt: skip
prose(A, "p10", "faithful", "Young said that if Yapp were pitched in he would not let anyone down.")
prose(A, "p10", "negation", "Young said that if Yapp were pitched in he might let the side down.")
prose(A, "p11", "faithful", "Young said he hoped Yapp would not be pushed too quickly in a way that would hurt his development.")  # fmt: skip
prose(A, "p11", "negation", "Young said he hoped Yapp would be pushed quickly, as that would help his development.")  # fmt: skip
prose(A, "p12", "faithful", "Ruddock hopes picking Yapp and Dragons lock Ian Gough will send a message to other players in Wales.")  # fmt: skip
prose(A, "p12", "entity", "Ruddock hopes picking Yapp and Ospreys lock Ian Gough will send a message to other players in Wales.")  # fmt: skip
prose(A, "p13", "faithful", "Gough had been out of the international reckoning since falling out with former coach Steve Hansen.")  # fmt: skip
prose(A, "p13", "entity", "Gough had been out of the international reckoning since falling out with former coach Dai Young.")  # fmt: skip
prose(A, "p14", "faithful", "Ruddock said both players had been rewarded for impressing in the Heineken Cup.")  # fmt: skip
prose(A, "p14", "entity", "Ruddock said both players had been rewarded for impressing in the Six Nations.")  # fmt: skip
prose(A, "p15", "faithful", "The Wales coach said consistently playing well gets you in the squad.")
prose(A, "p16", "faithful", "Ruddock believes the squad represents the traditional values of Welsh rugby and is based on the performances in the November internationals.")  # fmt: skip
prose(A, "p16", "date", "Ruddock believes the squad represents the traditional values of Welsh rugby and is based on the performances in the December internationals.")  # fmt: skip
prose(A, "p17", "faithful", "He said the squad had strength and experience up front and well-recognised talent, pace and skill behind.")  # fmt: skip
prose(A, "p17", "negation", "He said the squad lacked strength and experience up front but had well-recognised talent, pace and skill behind.")  # fmt: skip
prose(A, "p18", "faithful", "The players are all due in on Sunday, when the hard work starts.")
prose(A, "p18", "date", "The players are all due in on Monday, when the hard work starts.")
prose(A, "p19", "faithful", "Ruddock backs Yapp's credentials")
prose(A, "p20", "faithful", "Yapp plays prop for the Blues.")
prose(A, "p21", "faithful", "Young said Yapp impresses in defence.")
prose(A, "p22", "faithful", "Young described Yapp as a very strong man who is eager for the challenge.")  # fmt: skip
prose(A, "p23", "added", "Yapp, who has won 10 caps for Wales Under-21s, is the only uncapped player in the Wales Six Nations squad.")  # fmt: skip
prose(A, "p24", "faithful", "Yapp is the sole player in Wales' Six Nations squad without a cap.")  # fmt: skip
prose(A, "p24", "number", "Yapp is one of two players in Wales' Six Nations squad without a cap.")  # fmt: skip
prose(A, "p25", "added", "Ruddock said Yapp would start against England in the opening match.")  # fmt: skip
speaker(A, "q0", "faithful", "Mike Ruddock", "John is a young man with a big future.")
speaker(A, "q0", "speaker", "Dai Young", "John is a young man with a big future.")
speaker(A, "q1", "faithful", "Yapp's coach at the Blues", "John's been on an upward curve all season and is going from strength to strength")  # fmt: skip
speaker(A, "q1", "speaker", "Mike Ruddock", "John's been on an upward curve all season and is going from strength to strength")  # fmt: skip
speaker(A, "q2", "faithful", "Dai Young", "To be fair to him he's not quite there with the scrummaging yet, but nobody can fault his effort, commitment and attitude.")  # fmt: skip
speaker(A, "q3", "faithful", "the Wales coach", "They are all due in on Sunday, and that's when the hard work starts.")  # fmt: skip
speaker(A, "q3", "speaker", "Ian Gough", "They are all due in on Sunday, and that's when the hard work starts.")  # fmt: skip
quote(A, "q4", "faithful", "He has international size, is a big, physical lad and a good ball-carrier with a high tackle-count.")  # fmt: skip
quote(A, "q4", "quote", "He has international size, is a big, physical lad and a good ball-carrier with a low tackle-count.")  # fmt: skip
quote(A, "q5", "faithful", "John and Ian have been rewarded for impressing during the Heineken Cup competition")  # fmt: skip
quote(A, "q5", "quote", "John and Ian have been rewarded for impressing during the Celtic League competition")  # fmt: skip
quote(A, "q6", "faithful", "His ball carrying gives us good go-forward, he impresses in defence and his work-rate is excellent.")  # fmt: skip
quote(A, "q6", "quote", "His ball carrying gives us good go-forward, he impresses in defence and his work-rate is improving.")  # fmt: skip
quote(A, "q7", "faithful", "We believe this is an exciting squad representing traditional values of Welsh rugby")  # fmt: skip

# --- Tech helps disabled speed demons ----------------------------------------------------
A = MOTORSPORT
prose(A, "p0", "faithful", "A new organisation has been launched to encourage disabled people to get involved in all aspects of motorsport.")  # fmt: skip
prose(A, "p1", "faithful", "Technological innovations are making it increasingly possible for disabled people to take part in motorsport.")  # fmt: skip
prose(A, "p2", "faithful", "The Motorsport Endeavour Club was launched yesterday at the Autosport International 2005 show at Birmingham's NEC.")  # fmt: skip
prose(A, "p2", "entity", "The Motorsport Endeavour Club was launched yesterday at the Isle of Man TT.")  # fmt: skip
prose(A, "p2", "date", "The Motorsport Endeavour Club was launched yesterday at the Autosport International 2004 show at Birmingham's NEC.")  # fmt: skip
prose(A, "p2b", "date", "The Motorsport Endeavour Club was launched last week at the Autosport International 2005 show at Birmingham's NEC.")  # fmt: skip
prose(A, "p3", "faithful", "Several technologies for adapting vehicles were on display at the launch.")  # fmt: skip
prose(A, "p4", "faithful", "Derby motorcycle racer Roy Tansley developed an electronic sequential gear changer after an accident in which part of his left leg was amputated.")  # fmt: skip
prose(A, "p4", "negation", "Derby motorcycle racer Roy Tansley developed an electronic sequential gear changer after an accident in which part of his right leg was amputated.")  # fmt: skip
prose(A, "p4", "entity", "Lincolnshire motorcycle racer Roy Tansley developed an electronic sequential gear changer after an accident in which part of his left leg was amputated.")  # fmt: skip
prose(A, "p5", "faithful", "Tansley said he needed a way of changing gear, which is generally done with the left leg.")  # fmt: skip
prose(A, "p6", "faithful", "He said he had needed to invent a left foot, and that at first it was quite a Heath Robinson device.")  # fmt: skip
prose(A, "p7", "faithful", "Mr Tansley had to argue his case with motorcycle racing's governing body, the Autocycle Union, to be allowed to keep competing.")  # fmt: skip
prose(A, "p8", "faithful", "At the time the governing body would not let any amputee race, but it eventually gave him a licence as long as he raced sidecars.")  # fmt: skip
prose(A, "p8", "negation", "At the time the governing body let amputees race, but it eventually gave him a licence as long as he raced sidecars.")  # fmt: skip
prose(A, "p9", "faithful", "Tansley's invention, the Pro-Shift, is designed to work with Hewland gearboxes, which are widely used in motorcycle racing.")  # fmt: skip
prose(A, "p9", "negation", "Tansley's invention, the Pro-Shift, is designed to work with Hewland gearboxes, which are rarely used in motorcycle racing.")  # fmt: skip
prose(A, "p10", "faithful", "Tansley reckons the Pro-Shift saves at least 20 seconds a lap when he competes in the Isle of Man TT.")  # fmt: skip
prose(A, "p10", "number", "Tansley reckons the Pro-Shift saves at least 12 seconds a lap when he competes in the Isle of Man TT.")  # fmt: skip
prose(A, "p11", "faithful", "Other riders keen to improve their performance have shown considerable interest in the product.")  # fmt: skip
prose(A, "p11", "negation", "Other riders keen to improve their performance have shown little interest in the product.")  # fmt: skip
prose(A, "p12", "faithful", "Tansley joked that he was not prejudiced and would sell to able-bodied people if he had to.")  # fmt: skip
prose(A, "p12", "negation", "Tansley said he would refuse to sell to able-bodied people.")
prose(A, "p13", "faithful", "Another exhibit on the club's stand is a Subaru Impreza rally car adapted to accommodate a variety of disabilities.")  # fmt: skip
prose(A, "p13", "entity", "Another exhibit on the club's stand is a Vauxhall Astra rally car adapted to accommodate a variety of disabilities.")  # fmt: skip
prose(A, "p14", "faithful", "The car belongs to ParaRallying, the world's only rally school for disabled drivers, which is based in Lincolnshire.")  # fmt: skip
prose(A, "p14", "entity", "The car belongs to ParaRallying, the world's only rally school for disabled drivers, which is based in Derby.")  # fmt: skip
prose(A, "p15", "faithful", "Rally driver Dave Hawkins, who runs the school, said it uses the latest technology supplied by an Italian company.")  # fmt: skip
prose(A, "p15", "entity", "Rally driver Dave Hawkins, who runs the school, said it uses the latest technology supplied by Hewland.")  # fmt: skip
prose(A, "p16", "faithful", "Hawkins said the cars have electronic throttles, brakes and clutches and that the school has yet to turn anybody away.")  # fmt: skip
prose(A, "p16", "negation", "Hawkins said the cars have electronic throttles, brakes and clutches but that the school has had to turn some people away.")  # fmt: skip
prose(A, "p17", "faithful", "Mr Hawkins, a paraplegic himself, says his customers have included arm amputees, quadriplegics, stroke patients and a woman who had had all four limbs amputated.")  # fmt: skip
prose(A, "p17", "number", "Mr Hawkins, a paraplegic himself, says his customers have included arm amputees, quadriplegics, stroke patients and a woman who had had three limbs amputated.")  # fmt: skip
prose(A, "p18", "faithful", "ParaRallying uses a Vauxhall Astra GSI with an automatic gearbox and manual Subaru Imprezas.")  # fmt: skip
prose(A, "p18", "negation", "ParaRallying uses a Vauxhall Astra GSI with a manual gearbox.")
prose(A, "p19", "faithful", "The car on display has a 'duck clutch', a switch on the gear stick used instead of the clutch pedal.")  # fmt: skip
prose(A, "p20", "faithful", "It also has a second ring behind the steering wheel to work the throttle, and a hand-operated brake bar.")  # fmt: skip
prose(A, "p21", "faithful", "Joy Rainey started competing in motorsport in 1974, continuing a family tradition.")  # fmt: skip
prose(A, "p21", "date", "Joy Rainey started competing in motorsport in 1984, continuing a family tradition.")  # fmt: skip
prose(A, "p22", "faithful", "Her father, Murray, is a former Australian Formula 3 champion.")
prose(A, "p22", "entity", "Her father, Murray, is a former British Formula 3 champion.")
prose(A, "p23", "faithful", "Her father modified a sports racer to suit her small stature so that she could take part in hill climbs.")  # fmt: skip
prose(A, "p24", "faithful", "In an ordinary road car she uses pedal extensions, a cushion behind her back and a raised seat.")  # fmt: skip
prose(A, "p25", "faithful", "Rainey said that in a competition car everything has to be right or you lose the balance of the car.")  # fmt: skip
prose(A, "p26", "faithful", "When she recently took part in the London to Sydney Marathon, she shared the driving with her partner, Trevor.")  # fmt: skip
prose(A, "p26", "entity", "When she recently took part in the London to Sydney Marathon, she shared the driving with her father, Murray.")  # fmt: skip
prose(A, "p27", "faithful", "Trevor, who now does the engineering work, designed a system for their Morris Minor so that the adaptations could be removed completely in under a minute.")  # fmt: skip
prose(A, "p27", "number", "Trevor, who now does the engineering work, designed a system for their Morris Minor so that the adaptations could be removed completely in under ten minutes.")  # fmt: skip
prose(A, "p28", "faithful", "The club hopes that showing off such technologies will bring more disabled people into all areas of the sport, at every level.")  # fmt: skip
prose(A, "p29", "faithful", "Tech helps disabled speed demons")
prose(A, "p30", "added", "The club was founded by Roy Tansley and Dave Hawkins.")
prose(A, "p31", "added", "Mr Tansley has won three Isle of Man TT races since his accident.")
speaker(A, "q0", "faithful", "Roy Tansley", "I'm not prejudiced, I'll sell to able-bodied people if I have to!")  # fmt: skip
speaker(A, "q0", "speaker", "Dave Hawkins", "I'm not prejudiced, I'll sell to able-bodied people if I have to!")  # fmt: skip
speaker(A, "q1", "faithful", "rally driver Dave Hawkins", "We use the latest technology supplied by an Italian company")  # fmt: skip
speaker(A, "q1", "speaker", "Roy Tansley", "We use the latest technology supplied by an Italian company")  # fmt: skip
speaker(A, "q2", "faithful", "Joy Rainey", "I bring everything back to me - steering wheel, steering column, gear lever and pedals.")  # fmt: skip
speaker(A, "q2", "speaker", "her father, Murray", "I bring everything back to me - steering wheel, steering column, gear lever and pedals.")  # fmt: skip
speaker(A, "q3", "faithful", "the Derby motorcycle racer", "In simple terms, I needed to invent a left foot - initially it was quite a Heath Robinson device.")  # fmt: skip
quote(A, "q4", "faithful", "In simple terms, I needed to invent a left foot")
quote(A, "q4", "quote", "In simple terms, I needed to invent a new foot")
quote(A, "q5", "faithful", "The cars have electronic throttles, electronic brakes, electronic clutches - we've yet to turn anybody away.")  # fmt: skip
quote(A, "q5", "quote", "The cars have electronic throttles, electronic brakes, electronic clutches - we've rarely had to turn anybody away.")  # fmt: skip
quote(A, "q6", "faithful", "At that time they wouldn't let any amputee race at all")
quote(A, "q6", "quote", "At that time they wouldn't let any disabled rider race at all")
quote(A, "q7", "faithful", "But in a competition car you have to have everything right or you'll lose the balance of the car")  # fmt: skip
quote(A, "q7", "quote", "But in a competition car you have to have everything right or you'll lose control of the car")  # fmt: skip

if __name__ == "__main__":
    claims.write()
