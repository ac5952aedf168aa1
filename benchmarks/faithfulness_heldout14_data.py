"""Writes benchmarks/data/faithfulness_heldout14.jsonl, the fourteenth held-out set:
claims about six articles that no earlier labelled set and no example file uses, whose
texts live in their own file, benchmarks/data/articles_heldout14.jsonl: three BBC News
articles of 2005 from the Giveme5W1H project's `bbc` sample (politics, tech, and a
business story from Cameroon) and three news-cluster articles of 2017 from its `40er`
sample, one from RT (a North Korean missile over Japan), one from China Daily (the
deadliest US shootings, a list of dated events) and one from Gizmodo (Equifax's
lookalike domains) (fhamborg/Giveme5W1H, Apache-2.0; not the annotated gold standard,
whose unseen test split stays unseen). Each is 1,800 to 3,800 characters: the `bbc`
sample holds few texts over 2,000 characters, and most `40er` texts are short wire
copies or page boilerplate. The set was written blind, before any verdict rule was run
on it, from the article texts alone (the rules, their results on the older sets and the
notes on their weaknesses unread), for one measurement of the claim-verdict rules; it
is sealed (benchmarks/sealed.py) until that measurement is made and reported
(benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names ("Labour's election chief", "the credit agency", "the Foreign
Secretary", "the developer"), synonyms, merged sentences, reported speech (negative
reported speech too: "never contested the complaint", "did not attempt to shoot down"),
numbers and dates written another way (2,735km for the miles the article gives first,
"aged six and seven", the Orlando attack's "June 12 last year" as 2016), speakers
introduced with a job title or a description ("a journalist based in Yaounde", "Japan's
Chief Cabinet Secretary"), a few restated headlines and some near-copies of article
sentences. Each corrupted claim is one minimal edit of such a claim, made the way a
model errs (another person, place, company or organisation of the same article in the
slot, figures of one shooting or launch moved to another, an antonym or a dropped
"not", a changed quantity, day, month or year, a word changed inside a quotation), and
its label names the one way the article contradicts it (or, for `added`, the detail the
article does not contain).

    python3 benchmarks/faithfulness_heldout14_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

MILBURN = "eaff4e0ab0794de6b47e901c8bf985387f9f281d02e939deca88d657"
CYBER = "2cf011b290c3c7b76a9db0ae140a0d1304ac2392d4ee6023f6a8af0b"
CAMEROON = "9739a89cf6cd2d2384f9c99a7ca4a194d90ea618dec6fe61ef4f0ae9"
MISSILE = "587140c4f72aa485eabeec312787a5fbfb9c7c7c4993c23b2ff5db69"
SHOOTINGS = "5969c18fce03f0b5ac2ee1be313a6a0a151aa5707c2bf6cb65d6800e"
EQUIFAX = "8c9b29cd27637c7db20792acbcb554139e9f91c9ae7f8c0ae0671c5c"

claims = LabelledClaims("heldout14")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Milburn defends poster campaign -----------------------------------------------------
A = MILBURN
prose(A, "p0", "faithful", "Labour's election chief Alan Milburn has defended the party's campaign posters against Tory claims that they were anti-Semitic.")  # fmt: skip
prose(A, "p0", "entity", "Labour's election chief Ian McCartney has defended the party's campaign posters against Tory claims that they were anti-Semitic.")  # fmt: skip
prose(A, "p1", "faithful", "Milburn said he appreciated people's concerns but insisted the posters were anti-Tory and in no way anti-Semitic.")  # fmt: skip
prose(A, "p1", "negation", "Milburn said he dismissed people's concerns and insisted the posters were anti-Tory and in no way anti-Semitic.")  # fmt: skip
prose(A, "p2", "faithful", "He was responding to Tory spokesman Julian Lewis, who said the adverts were part of a wider trend of smears.")  # fmt: skip
prose(A, "p2", "entity", "He was responding to Tory spokesman Oliver Letwin, who said the adverts were part of a wider trend of smears.")  # fmt: skip
prose(A, "p3", "faithful", "Labour has withdrawn two controversial posters and launched four new designs.")  # fmt: skip
prose(A, "p3", "number", "Labour has withdrawn three controversial posters and launched four new designs.")  # fmt: skip
prose(A, "p3b", "number", "Labour has withdrawn two controversial posters and launched six new designs.")  # fmt: skip
prose(A, "p4", "faithful", "The row began when the party published posters that appeared to depict Michael Howard, who is Jewish, as Fagin and as a flying pig.")  # fmt: skip
prose(A, "p4", "entity", "The row began when the party published posters that appeared to depict Oliver Letwin, who is Jewish, as Fagin and as a flying pig.")  # fmt: skip
prose(A, "p5", "faithful", "The Conservatives called the posters a \"big misjudgement\" and said Labour's first shot of the election had badly backfired.")  # fmt: skip
prose(A, "p5", "negation", "The Conservatives called the posters a \"big misjudgement\" but conceded Labour's first shot of the election had hit its target.")  # fmt: skip
prose(A, "p6", "faithful", "The posters were among a number of ideas shown to Labour members, who were asked to vote for their favourite.")  # fmt: skip
prose(A, "p6", "added", "The posters were among a number of ideas shown to Labour members, more than 10,000 of whom voted for their favourite.")  # fmt: skip
prose(A, "p7", "faithful", "Labour has taken the posters off its website, saying members preferred other designs.")  # fmt: skip
prose(A, "p7", "negation", "Labour has kept the posters on its website, saying members preferred other designs.")  # fmt: skip
prose(A, "p8", "faithful", "The four new designs, unveiled on Tuesday, steer clear of the Fagin and flying pig images.")  # fmt: skip
prose(A, "p8", "date", "The four new designs, unveiled on Thursday, steer clear of the Fagin and flying pig images.")  # fmt: skip
prose(A, "p9", "faithful", "The new posters show Labour is sticking with its strategy of targeting the Tory leader personally, reminding voters of his record in office.")  # fmt: skip
prose(A, "p9", "negation", "The new posters show Labour is dropping its strategy of targeting the Tory leader personally, reminding voters of his record in office.")  # fmt: skip
prose(A, "p10", "faithful", "In the Commons, Mr Lewis reminded MPs that Labour chairman Ian McCartney had last year described shadow chancellor Oliver Letwin as a \"21st Century Fagin\".")  # fmt: skip
prose(A, "p10", "entity", "In the Commons, Mr Lewis reminded MPs that Labour chairman Ian McCartney had last year described Michael Howard as a \"21st Century Fagin\".")  # fmt: skip
prose(A, "p10b", "date", "In the Commons, Mr Lewis reminded MPs that Labour chairman Ian McCartney had two years ago described shadow chancellor Oliver Letwin as a \"21st Century Fagin\".")  # fmt: skip
prose(A, "p11", "faithful", "Lewis accused Labour of reviving that smear in a calculated campaign of sly anti-Semitism.")  # fmt: skip
prose(A, "p12", "faithful", "Milburn replied that the posters were not anti-Semitic.")
prose(A, "p12", "negation", "Milburn conceded that the posters were anti-Semitic.")
prose(A, "p13", "faithful", "Mr Milburn said he made no apologies for making clear to the British public what the Conservatives' plans would mean.")  # fmt: skip
prose(A, "p13", "negation", "Mr Milburn apologised for making clear to the British public what the Conservatives' plans would mean.")  # fmt: skip
prose(A, "p14", "faithful", "He said he fully understood and respected the views of those worried about poster designs that had appeared on the Labour Party website.")  # fmt: skip
prose(A, "p15", "faithful", "The Fagin and \"pigs might fly\" posters were removed from Labour's website on Monday.")  # fmt: skip
prose(A, "p15", "date", "The Fagin and \"pigs might fly\" posters were removed from Labour's website on Sunday.")  # fmt: skip
prose(A, "p16", "faithful", "Supporters picked as their favourite a poster of Mr Howard and shadow chancellor Oliver Letwin holding a blackboard that reads 2+2=5.")  # fmt: skip
prose(A, "p16", "number", "Supporters picked as their favourite a poster of Mr Howard and shadow chancellor Oliver Letwin holding a blackboard that reads 2+2=6.")  # fmt: skip
prose(A, "p17", "faithful", "A Labour spokesman later said taking the posters off the website had not been affected by the row.")  # fmt: skip
prose(A, "p17", "negation", "A Labour spokesman later admitted taking the posters off the website had been prompted by the row.")  # fmt: skip
prose(A, "p18", "faithful", "Milburn defends poster campaign")
prose(A, "p19", "faithful", "Conservative leader Michael Howard is Jewish.")
prose(A, "p20", "faithful", "The Tories claimed the adverts amounted to nothing short of \"sly anti-Semitism\".")  # fmt: skip
prose(A, "p20", "added", "The Tories claimed the adverts amounted to nothing short of \"sly anti-Semitism\" and demanded an apology from Tony Blair.")  # fmt: skip
prose(A, "p21", "faithful", "Labour's campaign posters have been at the centre of a row over claims of anti-Semitism.")  # fmt: skip
prose(A, "p22", "faithful", "Labour members have been asked to choose which poster should be used in the run-up to the election.")  # fmt: skip
speaker(A, "q0", "faithful", "Alan Milburn", "What they were was anti-Tory and I make no apologies at all for making clear to the British public exactly what the Conservative plans would mean")  # fmt: skip
speaker(A, "q0", "speaker", "Julian Lewis", "What they were was anti-Tory and I make no apologies at all for making clear to the British public exactly what the Conservative plans would mean")  # fmt: skip
speaker(A, "q1", "faithful", "Tory spokesman Julian Lewis", "Given the outrage that that smear caused then, how could you have thought anything other than the fact that what you were doing in reviving it in your poster advertisements was nothing more and nothing less than a calculated campaign of sly anti-Semitism?")  # fmt: skip
speaker(A, "q1", "speaker", "Alan Milburn", "Given the outrage that that smear caused then, how could you have thought anything other than the fact that what you were doing in reviving it in your poster advertisements was nothing more and nothing less than a calculated campaign of sly anti-Semitism?")  # fmt: skip
speaker(A, "q2", "faithful", "Labour's election chief", "I fully understand and indeed respect the views of those who have concerns about any poster designs that have appeared on the Labour Party website.")  # fmt: skip
speaker(A, "q3", "faithful", "Ian McCartney", "21st Century Fagin")
speaker(A, "q3", "speaker", "Oliver Letwin", "21st Century Fagin")
speaker(A, "q4", "faithful", "the Conservatives", "first shot in the election has badly backfired")  # fmt: skip
quote(A, "q5", "faithful", "not in any way, shape or form anti-Semitic")
quote(A, "q5", "quote", "not in any way, shape or form offensive")
quote(A, "q6", "faithful", "first shot in the election has badly backfired")
quote(A, "q6", "quote", "first shot in the election has badly misfired")
quote(A, "q7", "faithful", "I fully understand and indeed respect the views of those who have concerns about any poster designs")  # fmt: skip
quote(A, "q7", "quote", "I fully understand but do not share the views of those who have concerns about any poster designs")  # fmt: skip
quote(A, "q8", "faithful", "nothing more and nothing less than a calculated campaign of sly anti-Semitism")  # fmt: skip
quote(A, "q8", "quote", "nothing more and nothing less than a deliberate campaign of sly anti-Semitism")  # fmt: skip

# --- US cyber security chief resigns -----------------------------------------------------
A = CYBER
prose(A, "p0", "faithful", "The official responsible for keeping US computer networks safe has quit after just a year in the job.")  # fmt: skip
prose(A, "p0", "date", "The official responsible for keeping US computer networks safe has quit after just two years in the job.")  # fmt: skip
prose(A, "p1", "faithful", "Amit Yoran was director of the National Cyber Security Division within the US Department of Homeland Security.")  # fmt: skip
prose(A, "p1", "entity", "Amit Yoran was director of the National Cyber Security Division within the US Department of Defense.")  # fmt: skip
prose(A, "p2", "faithful", "The Department of Homeland Security was set up after the 9/11 attacks.")
prose(A, "p3", "faithful", "The division was charged with improving US defences against malicious hackers, viruses and other online threats.")  # fmt: skip
prose(A, "p4", "faithful", "Reports suggest Yoran left because his division was not given enough clout within the larger organisation.")  # fmt: skip
prose(A, "p4", "negation", "Reports suggest Yoran left because his division was given too much clout within the larger organisation.")  # fmt: skip
prose(A, "p5", "faithful", "Mr Yoran took up the post in September 2003.")
prose(A, "p5", "date", "Mr Yoran took up the post in September 2002.")
prose(A, "p5b", "date", "Mr Yoran took up the post in March 2003.")
prose(A, "p6", "faithful", "His first job was to get the Cyber Security Division up and running.")
prose(A, "p7", "faithful", "The division had a staff of around 60 and a budget of about $80m.")
prose(A, "p7", "number", "The division had a staff of around 600 and a budget of about $80m.")
prose(A, "p7b", "number", "The division had a staff of around 60 and a budget of about $800m.")
prose(A, "p7", "added", "The division had a staff of around 60 and a budget of about $80m, most of it spent on outside contractors.")  # fmt: skip
prose(A, "p8", "faithful", "The division's budget was about £44.54m.")
prose(A, "p9", "faithful", "Over the past 12 months Yoran oversaw the creation of a cyber alert system that sends out warnings about major viruses and net attacks as they happen.")  # fmt: skip
prose(A, "p9", "date", "Over the past 18 months Yoran oversaw the creation of a cyber alert system that sends out warnings about major viruses and net attacks as they happen.")  # fmt: skip
prose(A, "p10", "faithful", "The warnings also explained how firms and organisations could protect themselves against the attacks.")  # fmt: skip
prose(A, "p10", "negation", "The warnings did not explain how firms and organisations could protect themselves against the attacks.")  # fmt: skip
prose(A, "p11", "faithful", "The division also audited US government networks to find out exactly what was sitting on which network.")  # fmt: skip
prose(A, "p12", "faithful", "The next step was to be a scanning system to find the weaknesses that left federal networks and machines open to hackers and virus writers.")  # fmt: skip
prose(A, "p13", "faithful", "Yoran's division was also working to identify networks and machines that cyber criminals had broken into.")  # fmt: skip
prose(A, "p14", "faithful", "Yoran left abruptly at the end of last week, reportedly giving his bosses only one day's notice.")  # fmt: skip
prose(A, "p14", "number", "Yoran left abruptly at the end of last week, reportedly giving his bosses only three days' notice.")  # fmt: skip
prose(A, "p14b", "date", "Yoran left abruptly at the start of last week, reportedly giving his bosses only one day's notice.")  # fmt: skip
prose(A, "p15", "faithful", "A Homeland Security spokeswoman called Yoran a valuable contributor on cyber security and said the department appreciated his efforts in starting its cybersecurity programme.")  # fmt: skip
prose(A, "p15", "negation", "A Homeland Security spokeswoman called Yoran a disappointing contributor on cyber security and said the department appreciated his efforts in starting its cybersecurity programme.")  # fmt: skip
prose(A, "p16", "faithful", "Some reports say he was frustrated at how little prominence the wider homeland organisation gave to protecting against net-based threats.")  # fmt: skip
prose(A, "p17", "faithful", "An attempt by US politicians to pass a law promoting Yoran and raising the profile of his department's work is now mired in Congress.")  # fmt: skip
prose(A, "p17", "negation", "An attempt by US politicians to pass a law promoting Yoran and raising the profile of his department's work has now cleared Congress.")  # fmt: skip
prose(A, "p17", "added", "An attempt by US politicians, led by Senator John McCain, to pass a law promoting Yoran and raising the profile of his department's work is now mired in Congress.")  # fmt: skip
prose(A, "p18", "faithful", "US cyber security chief resigns")
prose(A, "p19", "faithful", "Despite these successes, Mr Yoran stepped down suddenly.")
prose(A, "p20", "faithful", "The alert system warns of big-hitting viruses and attacks on the net as they occur.")  # fmt: skip
prose(A, "p21", "faithful", "He had been in charge of the division for only about a year when he resigned.")  # fmt: skip
speaker(A, "q0", "faithful", "a Department of Homeland Security spokeswoman", "Amit Yoran has been a valuable contributor on cyber security issues over the past year")  # fmt: skip
speaker(A, "q0", "speaker", "Amit Yoran", "Amit Yoran has been a valuable contributor on cyber security issues over the past year")  # fmt: skip
speaker(A, "q1", "faithful", "the department's spokeswoman", "we appreciate his efforts in starting the department's cybersecurity program")  # fmt: skip
quote(A, "q2", "faithful", "Amit Yoran has been a valuable contributor on cyber security issues over the past year, and we appreciate his efforts in starting the department's cybersecurity program")  # fmt: skip
quote(A, "q2", "quote", "Amit Yoran has been a valuable contributor on cyber security issues over the past two years, and we appreciate his efforts in starting the department's cybersecurity program")  # fmt: skip
quote(A, "q3", "faithful", "we appreciate his efforts in starting the department's cybersecurity program")  # fmt: skip
quote(A, "q3", "quote", "we appreciate his efforts in leading the department's cybersecurity program")  # fmt: skip

# --- Salary scandal in Cameroon ----------------------------------------------------------
A = CAMEROON
prose(A, "p0", "faithful", "Cameroon says widespread corruption in its finance ministry is costing it 1bn CFA francs a month.")  # fmt: skip
prose(A, "p0", "number", "Cameroon says widespread corruption in its finance ministry is costing it 10bn CFA francs a month.")  # fmt: skip
prose(A, "p0", "date", "Cameroon says widespread corruption in its finance ministry is costing it 1bn CFA francs a year.")  # fmt: skip
prose(A, "p1", "faithful", "The fraud costs the country about $2m, or £1m, every month.")
prose(A, "p1", "number", "The fraud costs the country about $20m, or £1m, every month.")
prose(A, "p2", "faithful", "Around 500 officials are accused of either paying themselves extra or claiming salaries for workers who did not exist.")  # fmt: skip
prose(A, "p2", "number", "Around 5,000 officials are accused of either paying themselves extra or claiming salaries for workers who did not exist.")  # fmt: skip
prose(A, "p2", "added", "Around 500 officials, among them the finance minister, are accused of either paying themselves extra or claiming salaries for workers who did not exist.")  # fmt: skip
prose(A, "p3", "faithful", "Prime Minister Ephraim Inoni said those found guilty would face tough punishments.")  # fmt: skip
prose(A, "p3", "negation", "Prime Minister Ephraim Inoni said those found guilty would face lenient punishments.")  # fmt: skip
prose(A, "p4", "faithful", "Inoni had pledged to tackle corruption when he came to office last year.")  # fmt: skip
prose(A, "p5", "faithful", "The scam is believed to have started in 1994.")
prose(A, "p5", "date", "The scam is believed to have started in 1984.")
prose(A, "p6", "faithful", "The prime minister's office said the alleged fraud came to light during an investigation into the ministry's payroll.")  # fmt: skip
prose(A, "p6", "entity", "Transparency International said the alleged fraud came to light during an investigation into the ministry's payroll.")  # fmt: skip
prose(A, "p7", "faithful", "In some cases staff are said to have lied about their rank and put off their retirement to boost their earnings.")  # fmt: skip
prose(A, "p7", "negation", "In some cases staff are said to have lied about their rank and brought forward their retirement to boost their earnings.")  # fmt: skip
prose(A, "p8", "faithful", "Auditors found irregularities in the career structure of certain civil servants.")  # fmt: skip
prose(A, "p9", "faithful", "According to the prime minister's office, the staff concerned appear to have drawn unearned salaries, inflating the payroll.")  # fmt: skip
prose(A, "p10", "faithful", "Fidelis Nanga, a journalist in the capital Yaounde, said the government was considering criminal action against those found guilty.")  # fmt: skip
prose(A, "p10", "negation", "Fidelis Nanga, a journalist in the capital Yaounde, said the government had ruled out criminal action against those found guilty.")  # fmt: skip
prose(A, "p11", "faithful", "The government is also thinking of forcing the guilty to pay back any money they owe.")  # fmt: skip
prose(A, "p12", "faithful", "Mr Inoni launched an anti-corruption drive in December after foreign investors criticised a lack of transparency in the country's public finances.")  # fmt: skip
prose(A, "p12", "date", "Mr Inoni launched an anti-corruption drive in October after foreign investors criticised a lack of transparency in the country's public finances.")  # fmt: skip
prose(A, "p12", "entity", "Mr Inoni launched an anti-corruption drive in December after Transparency International criticised a lack of transparency in the country's public finances.")  # fmt: skip
prose(A, "p12", "added", "Mr Inoni launched an anti-corruption drive in December after foreign investors, led by the World Bank, criticised a lack of transparency in the country's public finances.")  # fmt: skip
prose(A, "p13", "faithful", "In one measure to improve efficiency, civil servants who turned up late for work were locked out of their offices.")  # fmt: skip
prose(A, "p13", "negation", "In one measure to improve efficiency, civil servants who turned up early for work were locked out of their offices.")  # fmt: skip
prose(A, "p14", "faithful", "The government now plans to audit the payrolls of all its other ministries.")  # fmt: skip
prose(A, "p14", "negation", "The government has no plans to audit the payrolls of its other ministries.")  # fmt: skip
prose(A, "p15", "faithful", "A 2003 report by Transparency International described graft in Cameroon as pervasive.")  # fmt: skip
prose(A, "p15", "date", "A 2004 report by Transparency International described graft in Cameroon as pervasive.")  # fmt: skip
prose(A, "p16", "faithful", "Salary scandal in Cameroon")
prose(A, "p17", "faithful", "A salary scandal involving hundreds of officials has hit Cameroon's finance ministry.")  # fmt: skip
prose(A, "p18", "faithful", "Nanga said the prime minister had ordered exemplary penalties for the accused and their accomplices if they were found guilty.")  # fmt: skip
prose(A, "p19", "faithful", "Yaounde is the capital of Cameroon.")
speaker(A, "q0", "faithful", "Fidelis Nanga", "The prime minister has given instructions for exemplary penalties to be meted out against the accused and their accomplices if found guilty")  # fmt: skip
speaker(A, "q0", "speaker", "Ephraim Inoni", "The prime minister has given instructions for exemplary penalties to be meted out against the accused and their accomplices if found guilty")  # fmt: skip
speaker(A, "q1", "faithful", "a journalist based in Yaounde", "The prime minister has given instructions for exemplary penalties to be meted out against the accused and their accomplices if found guilty")  # fmt: skip
speaker(A, "q2", "faithful", "the prime minister's office", "irregularities in the career structure of certain civil servants")  # fmt: skip
speaker(A, "q2", "speaker", "Fidelis Nanga", "irregularities in the career structure of certain civil servants")  # fmt: skip
quote(A, "q3", "faithful", "appear to have received unearned salaries, boosting the payroll")
quote(A, "q3", "quote", "appear to have received unearned bonuses, boosting the payroll")
quote(A, "q4", "faithful", "irregularities in the career structure of certain civil servants")
quote(A, "q4", "quote", "irregularities in the pay structure of certain civil servants")
quote(A, "q5", "faithful", "exemplary penalties to be meted out against the accused and their accomplices if found guilty")  # fmt: skip
quote(A, "q5", "quote", "exemplary penalties to be meted out against the accused and their families if found guilty")  # fmt: skip

# --- Pyongyang fires missile through Japan's airspace into Pacific Ocean -----------------
A = MISSILE
prose(A, "p0", "faithful", "North Korea has fired a ballistic missile that reportedly passed through Japanese airspace near Hokkaido, setting off a public alert.")  # fmt: skip
prose(A, "p1", "faithful", "The missile is believed to have come down in the Pacific Ocean some 2,000km east of Hokkaido.")  # fmt: skip
prose(A, "p1", "number", "The missile is believed to have come down in the Pacific Ocean some 1,200km east of Hokkaido.")  # fmt: skip
prose(A, "p2", "faithful", "South Korea's military said the missile reached an altitude of 770km and travelled 3,700km before falling into the sea.")  # fmt: skip
prose(A, "p2", "number", "South Korea's military said the missile reached an altitude of 770km and travelled 2,700km before falling into the sea.")  # fmt: skip
prose(A, "p2b", "number", "South Korea's military said the missile reached an altitude of 550km and travelled 3,700km before falling into the sea.")  # fmt: skip
prose(A, "p3", "faithful", "The JCS said the unidentified missile was fired eastward from near Pyongyang in the morning.")  # fmt: skip
prose(A, "p4", "faithful", "South Korean and US forces are analysing the details of the launch, according to Reuters.")  # fmt: skip
prose(A, "p5", "faithful", "NHK Television urged people in the Hokkaido and Tohoku regions to take shelter.")  # fmt: skip
prose(A, "p5", "entity", "NHK Television urged people in the Hokkaido and Arimori regions to take shelter.")  # fmt: skip
prose(A, "p6", "faithful", "The projectile flew over Japanese airspace near Hokkaido at around 7.06am local time.")  # fmt: skip
prose(A, "p6", "date", "The projectile flew over Japanese airspace near Hokkaido at around 9.06am local time.")  # fmt: skip
prose(A, "p7", "faithful", "The Japanese government will hold an emergency national security council meeting in response to the launch.")  # fmt: skip
prose(A, "p7", "added", "The Japanese government will hold an emergency national security council meeting in response to the launch, its third this year.")  # fmt: skip
prose(A, "p8", "faithful", "Chief Cabinet Secretary Yoshihide Suga said the missile was likely the same as the one North Korea fired over Japan on August 29.")  # fmt: skip
prose(A, "p8", "date", "Chief Cabinet Secretary Yoshihide Suga said the missile was likely the same as the one North Korea fired over Japan on August 26.")  # fmt: skip
prose(A, "p8", "entity", "Prime Minister Shinzo Abe said the missile was likely the same as the one North Korea fired over Japan on August 29.")  # fmt: skip
prose(A, "p9", "faithful", "Suga condemned Pyongyang's missile test in the strongest terms.")
prose(A, "p10", "faithful", "He said the missile fell into the Pacific roughly 2,000 kilometres east of Cape Arimori.")  # fmt: skip
prose(A, "p11", "faithful", "Japan did not try to shoot down the missile, according to reports.")
prose(A, "p11", "negation", "Japan tried to shoot down the missile, according to reports.")
prose(A, "p12", "faithful", "There were no reports of damage to aircraft or ships, or of objects falling onto Japanese territory.")  # fmt: skip
prose(A, "p12", "negation", "There were reports of damage to aircraft and ships, and of objects falling onto Japanese territory.")  # fmt: skip
prose(A, "p13", "faithful", "Prime Minister Shinzo Abe ordered preparations for unforeseen circumstances, including prompt and accurate information for citizens.")  # fmt: skip
prose(A, "p14", "faithful", "The launch came shortly after South Korea staged a ballistic missile training drill in the Sea of Japan.")  # fmt: skip
prose(A, "p14", "entity", "The launch came shortly after Japan staged a ballistic missile training drill in the Sea of Japan.")  # fmt: skip
prose(A, "p15", "faithful", "South Korea's president was notified and immediately convened a National Security Council meeting.")  # fmt: skip
prose(A, "p16", "faithful", "Just before the launch Pyongyang warned that it was time to annihilate the US, sink Japan and wipe out South Korea.")  # fmt: skip
prose(A, "p16", "entity", "Just before the launch Pyongyang warned that it was time to annihilate the US, sink South Korea and wipe out Japan.")  # fmt: skip
prose(A, "p17", "faithful", "The threats followed a new UN Security Council sanctions resolution adopted in response to the regime's recent nuclear test.")  # fmt: skip
prose(A, "p18", "faithful", "The 15-member Security Council unanimously approved the new round of sanctions on Monday, targeting North Korea's textile exports and oil imports.")  # fmt: skip
prose(A, "p18", "number", "The 12-member Security Council unanimously approved the new round of sanctions on Monday, targeting North Korea's textile exports and oil imports.")  # fmt: skip
prose(A, "p18", "date", "The 15-member Security Council unanimously approved the new round of sanctions on Wednesday, targeting North Korea's textile exports and oil imports.")  # fmt: skip
prose(A, "p18", "added", "The 15-member Security Council unanimously approved the new round of sanctions on Monday, targeting North Korea's textile exports, oil imports and seafood trade.")  # fmt: skip
prose(A, "p19", "faithful", "On August 29 North Korea launched a Hwasong-12 intermediate-range ballistic missile over northern Japan.")  # fmt: skip
prose(A, "p20", "faithful", "That missile is believed to have flown about 2,735km and reached a height of 548km.")  # fmt: skip
prose(A, "p20", "number", "That missile is believed to have flown about 2,735km and reached a height of 770km.")  # fmt: skip
prose(A, "p21", "faithful", "The Hwasong-12 flew some 1,700 miles before falling into the Pacific.")
prose(A, "p21", "number", "The Hwasong-12 flew some 1,200 miles before falling into the Pacific.")
prose(A, "p22", "faithful", "China and Russia backed the latest sanctions after a number of last-minute compromises.")  # fmt: skip
prose(A, "p22", "negation", "China and Russia opposed the latest sanctions despite a number of last-minute compromises.")  # fmt: skip
prose(A, "p23", "faithful", "Moscow and Beijing still insist on a \"double-freeze\" plan, under which Pyongyang would suspend its nuclear and missile tests in exchange for a halt to joint US-South Korean military drills.")  # fmt: skip
prose(A, "p23", "entity", "Moscow and Beijing still insist on a \"double-freeze\" plan, under which Pyongyang would suspend its nuclear and missile tests in exchange for a halt to joint US-Japanese military drills.")  # fmt: skip
prose(A, "p24", "faithful", "Pyongyang says expanding its missile and nuclear programme is justified as its only means of defence.")  # fmt: skip
prose(A, "p25", "faithful", "Pyongyang fires missile through Japan’s airspace into Pacific Ocean")
prose(A, "p26", "faithful", "Tensions on the Korean Peninsula are rising fast as North Korea presses on with missile and nuclear tests.")  # fmt: skip
prose(A, "p27", "faithful", "The alert told residents of northern Japan to stay inside.")
speaker(A, "q0", "faithful", "the JCS", "North Korea fired an unidentified missile eastward from the vicinity of Pyongyang this morning")  # fmt: skip
speaker(A, "q0", "speaker", "NHK Television", "North Korea fired an unidentified missile eastward from the vicinity of Pyongyang this morning")  # fmt: skip
speaker(A, "q1", "faithful", "Yoshihide Suga", "the same as before")
speaker(A, "q1", "speaker", "Shinzo Abe", "the same as before")
speaker(A, "q2", "faithful", "Japan’s Chief Cabinet Secretary", "in the strongest words")
quote(A, "q3", "faithful", "North Korea fired an unidentified missile eastward from the vicinity of Pyongyang this morning")  # fmt: skip
quote(A, "q3", "quote", "North Korea fired an unidentified missile eastward from the vicinity of Pyongyang this evening")  # fmt: skip
quote(A, "q4", "faithful", "in the strongest words")
quote(A, "q4", "quote", "in the harshest words")
quote(A, "q5", "faithful", "the same as before")
quote(A, "q5", "quote", "the same as last time")

# --- Deadliest shootings in US history ---------------------------------------------------
A = SHOOTINGS
prose(A, "p0", "faithful", "British Foreign Secretary Boris Johnson said he was horrified by the shooting at an outdoor music festival on the Las Vegas Strip.")  # fmt: skip
prose(A, "p1", "faithful", "The shooting left at least 50 people dead and more than 400 wounded.")
prose(A, "p1", "number", "The shooting left at least 50 people dead and more than 200 wounded.")
prose(A, "p1b", "number", "The shooting left at least 40 people dead and more than 400 wounded.")
prose(A, "p2", "faithful", "It is the worst mass shooting in the modern history of the United States.")  # fmt: skip
prose(A, "p3", "faithful", "Johnson said the UK stood ready to help in any way it could.")
prose(A, "p3", "negation", "Johnson said the UK was in no position to help.")
prose(A, "p4", "faithful", "In a statement the Foreign Secretary said Britain stood with the American people against the indiscriminate violence.")  # fmt: skip
prose(A, "p4", "added", "In a statement the Foreign Secretary said Britain stood with the American people against the indiscriminate violence, and Prime Minister Theresa May sent her condolences.")  # fmt: skip
prose(A, "p5", "faithful", "In the Orlando nightclub attack a heavily armed gunman killed 49 people.")  # fmt: skip
prose(A, "p5", "number", "In the Orlando nightclub attack a heavily armed gunman killed 39 people.")
prose(A, "p6", "faithful", "The Orlando attack took place on June 12, 2016.")
prose(A, "p6", "date", "The Orlando attack took place on July 12, 2016.")
prose(A, "p6b", "date", "The Orlando attack took place on June 12, 2015.")
prose(A, "p7", "faithful", "The Orlando gunman, who pledged allegiance to the Islamic State group, was killed in a shootout with police, and IS later claimed responsibility.")  # fmt: skip
prose(A, "p7", "negation", "The Orlando gunman, who pledged allegiance to the Islamic State group, was killed in a shootout with police, and IS later denied responsibility.")  # fmt: skip
prose(A, "p8", "faithful", "At Virginia Tech in Blacksburg, a 23-year-old student killed 27 students and five teachers before killing himself.")  # fmt: skip
prose(A, "p8", "number", "At Virginia Tech in Blacksburg, a 23-year-old student killed 27 students and nine teachers before killing himself.")  # fmt: skip
prose(A, "p8b", "number", "At Virginia Tech in Blacksburg, a 32-year-old student killed 27 students and five teachers before killing himself.")  # fmt: skip
prose(A, "p9", "faithful", "The Virginia Tech rampage left 32 people dead.")
prose(A, "p10", "faithful", "In December 2012 a 20-year-old shot dead 20 children aged six and seven and six adults at Sandy Hook Elementary School in Newtown, Connecticut.")  # fmt: skip
prose(A, "p10", "date", "In December 2013 a 20-year-old shot dead 20 children aged six and seven and six adults at Sandy Hook Elementary School in Newtown, Connecticut.")  # fmt: skip
prose(A, "p10", "number", "In December 2012 a 20-year-old shot dead 20 children aged six and seven and eight adults at Sandy Hook Elementary School in Newtown, Connecticut.")  # fmt: skip
prose(A, "p11", "faithful", "The Sandy Hook gunman killed his mother before forcing his way into the school.")  # fmt: skip
prose(A, "p12", "faithful", "Twenty-six people died in the Sandy Hook shooting.")
prose(A, "p13", "faithful", "In October 1991 a man shot 22 people dead in a restaurant in Killeen, Texas, before turning the gun on himself.")  # fmt: skip
prose(A, "p13", "date", "In October 1995 a man shot 22 people dead in a restaurant in Killeen, Texas, before turning the gun on himself.")  # fmt: skip
prose(A, "p13", "entity", "In October 1991 a man shot 22 people dead in a restaurant in Binghamton, Texas, before turning the gun on himself.")  # fmt: skip
prose(A, "p14", "faithful", "In December 2015 a radicalised newlywed couple attacked a Christmas office party at a social services centre in San Bernardino, killing 14 people and wounding 22.")  # fmt: skip
prose(A, "p14", "number", "In December 2015 a radicalised newlywed couple attacked a Christmas office party at a social services centre in San Bernardino, killing 14 people and wounding 42.")  # fmt: skip
prose(A, "p15", "faithful", "Police shot dead the San Bernardino attackers.")
prose(A, "p15", "negation", "Police captured the San Bernardino attackers alive.")
prose(A, "p16", "faithful", "In November 2009 a US army psychiatrist opened fire at the Fort Hood military base in Killeen, killing 13 and wounding 42 before police overpowered him.")  # fmt: skip
prose(A, "p16", "date", "In November 2007 a US army psychiatrist opened fire at the Fort Hood military base in Killeen, killing 13 and wounding 42 before police overpowered him.")  # fmt: skip
prose(A, "p16", "number", "In November 2009 a US army psychiatrist opened fire at the Fort Hood military base in Killeen, killing 13 and wounding 24 before police overpowered him.")  # fmt: skip
prose(A, "p17", "faithful", "An immigrant shot dead 13 people at a civic centre in Binghamton, New York, in April 2009 before killing himself.")  # fmt: skip
prose(A, "p17", "date", "An immigrant shot dead 13 people at a civic centre in Binghamton, New York, in April 2012 before killing himself.")  # fmt: skip
prose(A, "p18", "faithful", "In July 2012 a young man in body armour opened fire and released tear gas at a late-night Batman premiere in a cinema in Aurora.")  # fmt: skip
prose(A, "p18", "date", "In July 2016 a young man in body armour opened fire and released tear gas at a late-night Batman premiere in a cinema in Aurora.")  # fmt: skip
prose(A, "p19", "faithful", "The Denver-area cinema attack killed 12 people and wounded 70.")
prose(A, "p19", "number", "The Denver-area cinema attack killed 12 people and wounded 58.")
prose(A, "p20", "faithful", "The Aurora gunman was sentenced to life in prison.")
prose(A, "p20", "added", "The Aurora gunman was sentenced to life in prison without the possibility of parole in 2015.")  # fmt: skip
prose(A, "p21", "faithful", "Two of the shootings on the list took place in Killeen.")
prose(A, "p22", "faithful", "The list covers some of the deadliest mass shootings in the US over the past 25 years.")  # fmt: skip
prose(A, "p22", "number", "The list covers some of the deadliest mass shootings in the US over the past 50 years.")  # fmt: skip
prose(A, "p23", "faithful", "Deadliest shootings in US history")
prose(A, "p24", "faithful", "Johnson said his thoughts were with everyone caught up in the attack.")
prose(A, "p25", "faithful", "The Orlando shooting, with 49 dead, is the deadliest on the list before Las Vegas.")  # fmt: skip
speaker(A, "q0", "faithful", "Boris Johnson", "I am horrified by the awful attack at a music festival in Las Vegas this morning (London time)")  # fmt: skip
speaker(A, "q1", "faithful", "British Foreign Secretary Boris Johnson", "The United Kingdom stands with the American people against this indiscriminate violence.")  # fmt: skip
speaker(A, "q2", "faithful", "the Foreign Secretary", "My thoughts are with all those caught up in it.")  # fmt: skip
quote(A, "q3", "faithful", "The United Kingdom stands with the American people against this indiscriminate violence.")  # fmt: skip
quote(A, "q3", "quote", "The United Kingdom stands with the American people against this senseless violence.")  # fmt: skip
quote(A, "q4", "faithful", "I am horrified by the awful attack at a music festival in Las Vegas this morning")  # fmt: skip
quote(A, "q4", "quote", "I am horrified by the awful attack at a music festival in Las Vegas last night")  # fmt: skip
quote(A, "q5", "faithful", "My thoughts are with all those caught up in it.")
quote(A, "q5", "quote", "My prayers are with all those caught up in it.")

# --- Equifax seized 138 lookalike domains ------------------------------------------------
A = EQUIFAX
prose(A, "p0", "faithful", "Equifax has taken control of 138 domains that mimicked the website it set up after its massive data breach.")  # fmt: skip
prose(A, "p0", "number", "Equifax has taken control of 183 domains that mimicked the website it set up after its massive data breach.")  # fmt: skip
prose(A, "p1", "faithful", "The company launched the breach website in September.")
prose(A, "p1", "date", "The company launched the breach website in August.")
prose(A, "p2", "faithful", "The domains were originally bought through GoDaddy by a Hong Kong company called China Capital Investment Limited.")  # fmt: skip
prose(A, "p2", "entity", "The domains were originally bought through Lifelock by a Hong Kong company called China Capital Investment Limited.")  # fmt: skip
prose(A, "p3", "faithful", "The domains still redirect to placeholder pages full of ads for identity theft protection that link to products such as Lifelock.")  # fmt: skip
prose(A, "p4", "faithful", "Criminal hackers stole the personal and financial data of roughly 145 million Americans over the summer.")  # fmt: skip
prose(A, "p4", "number", "Criminal hackers stole the personal and financial data of roughly 154 million Americans over the summer.")  # fmt: skip
prose(A, "p5", "faithful", "Equifax at one point redirected victims to a malware-laden website.")
prose(A, "p6", "faithful", "Equifax sent breach victims to equifaxsecurity2017.com rather than to its existing Equifax.com site.")  # fmt: skip
prose(A, "p7", "faithful", "The complaint shows Equifax knew the separate domain probably exposed consumers to new threats.")  # fmt: skip
prose(A, "p7", "negation", "The complaint shows Equifax had no idea the separate domain probably exposed consumers to new threats.")  # fmt: skip
prose(A, "p8", "faithful", "Equifax filed its complaint with the World Intellectual Property Organization on September 27.")  # fmt: skip
prose(A, "p8", "date", "Equifax filed its complaint with the World Intellectual Property Organization on September 17.")  # fmt: skip
prose(A, "p8", "entity", "Equifax filed its complaint with Google on September 27.")
prose(A, "p9", "faithful", "China Capital Investment began buying lookalike domains within 24 hours of Equifax announcing the breach.")  # fmt: skip
prose(A, "p9", "number", "China Capital Investment began buying lookalike domains within 48 hours of Equifax announcing the breach.")  # fmt: skip
prose(A, "p10", "faithful", "The infosec community warned straight away how easily anyone could clone the site with a lookalike domain.")  # fmt: skip
prose(A, "p11", "faithful", "Many of the domains contain simple typos and are plainly designed to take advantage of consumers.")  # fmt: skip
prose(A, "p12", "faithful", "According to WIPO, China Capital Investment never challenged the complaint.")  # fmt: skip
prose(A, "p12", "negation", "According to WIPO, China Capital Investment fought the complaint.")
prose(A, "p13", "faithful", "Developer Nick Sweeting registered securityequifax2017.com and launched a site mocking the credit reporting agency.")  # fmt: skip
prose(A, "p13", "entity", "Developer Richard Smith registered securityequifax2017.com and launched a site mocking the credit reporting agency.")  # fmt: skip
prose(A, "p13", "added", "Developer Nick Sweeting, a former Equifax employee, registered securityequifax2017.com and launched a site mocking the credit reporting agency.")  # fmt: skip
prose(A, "p14", "faithful", "In a tweet it has since deleted, Equifax's official Twitter account even directed consumers to Sweeting's site.")  # fmt: skip
prose(A, "p15", "faithful", "Sweeting said on Tuesday he still controls the domain, but the site has been blacklisted by Google Safe Browsing.")  # fmt: skip
prose(A, "p15", "date", "Sweeting said on Thursday he still controls the domain, but the site has been blacklisted by Google Safe Browsing.")  # fmt: skip
prose(A, "p15", "entity", "Sweeting said on Tuesday he still controls the domain, but the site has been blacklisted by GoDaddy.")  # fmt: skip
prose(A, "p16", "faithful", "The company repeatedly ignored warnings about its decision to launch equifaxsecurity2017.com.")  # fmt: skip
prose(A, "p16", "negation", "The company heeded warnings about its decision to launch equifaxsecurity2017.com.")  # fmt: skip
prose(A, "p17", "faithful", "The decision may have exposed US consumers to scams and phishing attacks.")  # fmt: skip
prose(A, "p18", "faithful", "Gizmodo contacted Equifax for comment about the domains but did not get a response.")  # fmt: skip
prose(A, "p19", "faithful", "Former Equifax CEO Richard Smith testified before the Senate Commerce, Science and Transportation Committee on November 8, 2017.")  # fmt: skip
prose(A, "p19", "date", "Former Equifax CEO Richard Smith testified before the Senate Commerce, Science and Transportation Committee on November 18, 2017.")  # fmt: skip
prose(A, "p20", "faithful", "Equifax seized 138 scammy lookalike domains instead of just changing its dumb 'security' site.")  # fmt: skip
prose(A, "p21", "faithful", "The domains were the subject of a cybersquatting complaint.")
prose(A, "p22", "faithful", "Equifax's decision not to put advice for breach victims on its own website made it easy for consumers to be duped.")  # fmt: skip
prose(A, "p22", "negation", "Equifax's decision to put advice for breach victims on its own website made it easy for consumers to be duped.")  # fmt: skip
prose(A, "p23", "faithful", "China Capital Investment was not the only one to buy an Equifax lookalike domain.")  # fmt: skip
prose(A, "p24", "faithful", "The breach stemmed from faulty security practices.")
prose(A, "p25", "faithful", "The credit agency set up the website only to handle the fallout from the breach.")  # fmt: skip
speaker(A, "q0", "faithful", "Nick Sweeting", "It’s in everyone’s interest to get Equifax to change this site to a reputable domain")  # fmt: skip
speaker(A, "q0", "speaker", "Richard Smith", "It’s in everyone’s interest to get Equifax to change this site to a reputable domain")  # fmt: skip
speaker(A, "q1", "faithful", "the developer", "It’s pretty useless right now")
speaker(A, "q1", "speaker", "Equifax", "It’s pretty useless right now")
quote(A, "q2", "faithful", "It’s in everyone’s interest to get Equifax to change this site to a reputable domain")  # fmt: skip
quote(A, "q2", "quote", "It’s in everyone’s interest to get Equifax to change this site to a secure domain")  # fmt: skip
quote(A, "q3", "faithful", "Why Did Equifax Use A Domain That’s So Easily Impersonated By Phishing Sites?")  # fmt: skip
quote(A, "q3", "quote", "Why Did Equifax Use A Domain That’s So Easily Impersonated By Scam Sites?")  # fmt: skip
quote(A, "q4", "faithful", "It’s pretty useless right now")
quote(A, "q4", "quote", "It’s pretty harmless right now")
quote(A, "q5", "faithful", "Identity Theft Protection")

if __name__ == "__main__":
    claims.write()
