"""Writes benchmarks/data/faithfulness_heldout10.jsonl, the tenth held-out set: claims
about six Giveme5W1H articles (examples/giveme5w1h-dev-articles.jsonl) that no earlier
labelled set uses. It was written blind, before any verdict rule was run on it, from
the article texts alone (the rules, their results on the older sets and the notes on
their weaknesses unread), for one measurement of the claim-verdict rules; it is sealed
(benchmarks/sealed.py) until that measurement is made and reported
(benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names, synonyms, merged sentences, reported speech, numbers and dates
written another way, and some near-copies of article sentences. Each corrupted claim
is one minimal edit of such a claim, made the way a model errs (another person or
place of the same article in the slot, an antonym or a dropped "not", a changed
quantity or day, a word changed inside a quotation), and its label names the one way
the article contradicts it (or, for `added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout10_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

CUBS = "7aa3386de0c6136582afb8da3e19a6287d6e69c8391d93aa34169bd2"
TRAM = "f5f5577d9812350a1cf2cce1b35bc24ddef59e2d095ad51a90cc68b9"
GAGA = "8aef45f8abd401a0bb4000463978dccc9f0cf8c0bbbe00cad2c88465"
HANDOVER = "3fe966703f853572a0f17ef5af3a3fef8a96974b615ea60cfed77ff1"
JURY = "1e0f6556611739fb0f8a802cf5f4ffa966df21de1ae3aa11ea647516"
LIGHTNING = "4f38a182b733b32f105f00b1d3354cd4568b867b22991cf7fd89046c"

claims = LabelledClaims("heldout10")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- The Cubs win Game 7 ---------------------------------------------------------------
A = CUBS
prose(A, "p0", "faithful", "The Chicago Cubs won the World Series for the first time in 108 years, beating the Cleveland Indians 8-7 in ten innings in the deciding seventh game.")  # fmt: skip
prose(A, "p0", "number", "The Chicago Cubs won the World Series for the first time in 108 years, beating the Cleveland Indians 8-6 in ten innings in the deciding seventh game.")  # fmt: skip
prose(A, "p1", "faithful", "It was the club's first championship since 1908.")
prose(A, "p1", "date", "It was the club's first championship since 1918.")
prose(A, "p2", "faithful", "Ben Zobrist's double off Cleveland reliever Bryan Shaw drove in the go-ahead run, and Miguel Montero followed with a run-scoring single.")  # fmt: skip
prose(A, "p2", "entity", "Ben Zobrist's double off Cleveland reliever Andrew Miller drove in the go-ahead run, and Miguel Montero followed with a run-scoring single.")  # fmt: skip
prose(A, "p3", "faithful", "The 10th inning was preceded by a 17-minute rain delay.")
prose(A, "p3", "number", "The 10th inning was preceded by a 27-minute rain delay.")
prose(A, "p4", "faithful", "It was only the fourth Game 7 in World Series history to go to extra innings.")  # fmt: skip
prose(A, "p4", "number", "It was only the third Game 7 in World Series history to go to extra innings.")  # fmt: skip
prose(A, "p5", "faithful", "Chicago held a three-run lead in the bottom of the eighth, four outs from victory with their 100-mph closer on the mound, but could not hold on to it.")  # fmt: skip
prose(A, "p5", "negation", "Chicago held a three-run lead in the bottom of the eighth, four outs from victory with their 100-mph closer on the mound, and held on to it.")  # fmt: skip
prose(A, "p6", "faithful", "Cleveland's last World Series title had come 68 years earlier.")
prose(A, "p6", "number", "Cleveland's last World Series title had come 58 years earlier.")
prose(A, "p7", "faithful", "The Cubs went 5-1 up in the fifth inning, with all of their runs coming off Cleveland ace Corey Kluber and reliever Andrew Miller.")  # fmt: skip
prose(A, "p7", "number", "The Cubs went 6-1 up in the fifth inning, with all of their runs coming off Cleveland ace Corey Kluber and reliever Andrew Miller.")  # fmt: skip
prose(A, "p7", "entity", "The Cubs went 5-1 up in the fifth inning, with all of their runs coming off Cleveland ace Corey Kluber and reliever Bryan Shaw.")  # fmt: skip
prose(A, "p8", "faithful", "Before the game, Maddon said it would not be appropriate to bring veteran left-hander Jon Lester into a situation with runners on base.")  # fmt: skip
prose(A, "p8", "negation", "Before the game, Maddon said it would be appropriate to bring veteran left-hander Jon Lester into a situation with runners on base.")  # fmt: skip
prose(A, "p9", "faithful", "Lester came in with two outs and a man on first in the fifth, along with David Ross, his personal catcher.")  # fmt: skip
prose(A, "p9", "entity", "Lester came in with two outs and a man on first in the fifth, along with Miguel Montero, his personal catcher.")  # fmt: skip
prose(A, "p10", "faithful", "Ross threw wildly to first for an error on a spinner from Jason Kipnis, and a wild pitch from Lester then scored two runs.")  # fmt: skip
prose(A, "p10", "number", "Ross threw wildly to first for an error on a spinner from Jason Kipnis, and a wild pitch from Lester then scored three runs.")  # fmt: skip
prose(A, "p11", "faithful", "Lester left with two outs in the eighth; the last of his 55 pitches became an infield single for Jose Ramirez.")  # fmt: skip
prose(A, "p11", "number", "Lester left with two outs in the eighth; the last of his 65 pitches became an infield single for Jose Ramirez.")  # fmt: skip
prose(A, "p11", "entity", "Lester left with two outs in the eighth; the last of his 55 pitches became an infield single for Brandon Guyer.")  # fmt: skip
prose(A, "p12", "faithful", "Maddon then turned to closer Aroldis Chapman with a 6-3 lead, one runner on and one out still needed in the eighth.")  # fmt: skip
prose(A, "p12", "number", "Maddon then turned to closer Aroldis Chapman with a 6-4 lead, one runner on and one out still needed in the eighth.")  # fmt: skip
prose(A, "p13", "faithful", "As the Cubs fought back from a 3-1 series deficit, Chapman had been asked for the final eight outs of Game 5 and four more outs in Tuesday's Game 6.")  # fmt: skip
prose(A, "p13", "date", "As the Cubs fought back from a 3-1 series deficit, Chapman had been asked for the final eight outs of Game 5 and four more outs in Monday's Game 6.")  # fmt: skip
prose(A, "p14", "faithful", "Usually the hardest thrower in baseball, with a fastball averaging over 100 mph, Chapman settled in at 97 mph.")  # fmt: skip
prose(A, "p14", "number", "Usually the hardest thrower in baseball, with a fastball averaging over 100 mph, Chapman settled in at 94 mph.")  # fmt: skip
prose(A, "p15", "faithful", "The first batter he faced, Brandon Guyer, hit a run-scoring double to right-center.")  # fmt: skip
prose(A, "p16", "faithful", "With the count at 2-2, Rajai Davis hit Chapman's seventh fastball in a row over the wall in left field, near the foul pole, to tie the game.")  # fmt: skip
prose(A, "p16", "number", "With the count at 2-2, Rajai Davis hit Chapman's fifth fastball in a row over the wall in left field, near the foul pole, to tie the game.")  # fmt: skip
prose(A, "p17", "faithful", "During the rain delay, Epstein and general manager Jed Hoyer met Major League Baseball officials about the weather and the plan.")  # fmt: skip
prose(A, "p17", "entity", "During the rain delay, Epstein and manager Joe Maddon met Major League Baseball officials about the weather and the plan.")  # fmt: skip
prose(A, "p18", "faithful", "Right fielder Jason Heyward, who has a $184 million contract and batted .200 in the postseason, gathered his team-mates and told them they would win.")  # fmt: skip
prose(A, "p18", "number", "Right fielder Jason Heyward, who has a $148 million contract and batted .200 in the postseason, gathered his team-mates and told them they would win.")  # fmt: skip
prose(A, "p19", "faithful", "In the 10th, with two on and one out, Zobrist fouled off a 1-2 cutter from Shaw and then sent the next pitch into left field, scoring Almora to put Chicago 7-6 ahead.")  # fmt: skip
prose(A, "p19", "number", "In the 10th, with two on and one out, Zobrist fouled off a 1-2 cutter from Shaw and then sent the next pitch into left field, scoring Almora to put Chicago 7-5 ahead.")  # fmt: skip
prose(A, "p20", "faithful", "Montero's RBI single proved necessary, because Davis managed to drive in another run for the Indians in the bottom of the 10th.")  # fmt: skip
prose(A, "p20", "negation", "Montero's RBI single proved unnecessary, because Davis managed to drive in another run for the Indians in the bottom of the 10th.")  # fmt: skip
prose(A, "p21", "faithful", "Theo Epstein, the Cubs' president of baseball operations, said generations of fans over 108 years, some still alive and some not, had all been there that night.")  # fmt: skip
prose(A, "p21", "entity", "Jed Hoyer, the Cubs' president of baseball operations, said generations of fans over 108 years, some still alive and some not, had all been there that night.")  # fmt: skip
prose(A, "p22", "faithful", "Hoyer said the playoffs had probably taken their toll on Chapman and that the closer was tired.")  # fmt: skip
prose(A, "p22", "entity", "Maddon said the playoffs had probably taken their toll on Chapman and that the closer was tired.")  # fmt: skip
prose(A, "p23", "faithful", "Hoyer called the rain delay a kind of divine intervention, saying the game had been moving very fast for the Cubs at that point.")  # fmt: skip
prose(A, "p23", "negation", "Hoyer called the rain delay a kind of divine intervention, saying the game had been moving very slowly for the Cubs at that point.")  # fmt: skip
prose(A, "p24", "faithful", "The title was sealed at 12:47 a.m. on Thursday.")
prose(A, "p24", "date", "The title was sealed at 12:47 a.m. on Wednesday.")
prose(A, "p25", "faithful", "Cleveland manager Terry Francona said his team was not thinking about storybooks but about finding a way to score one more run.")  # fmt: skip
prose(A, "p26", "faithful", "Davis, who was in the lineup for his defence, said he had felt it was going to be a fight he would win.")  # fmt: skip
prose(A, "p27", "faithful", "After 2 a.m., standing on the mound in the pouring rain, Epstein said the game was kind of epic.")  # fmt: skip
prose(A, "p28", "faithful", "Maddon said the burden placed on the team was misplaced, while stressing that he respected the club's past and its fans.")  # fmt: skip
prose(A, "p28", "negation", "Maddon said the burden placed on the team was deserved, while stressing that he respected the club's past and its fans.")  # fmt: skip
prose(A, "p29", "added", "Ben Zobrist was named the Most Valuable Player of the World Series.")
prose(A, "p30", "added", "The Cubs will hold a victory parade through Chicago on Friday.")
speaker(A, "q0", "faithful", "Ben Zobrist", "This one about made me pass out")
speaker(A, "q0", "speaker", "Theo Epstein", "This one about made me pass out")
speaker(A, "q1", "faithful", "Joe Maddon", "I don't think it would be appropriate")
speaker(A, "q1", "speaker", "Terry Francona", "I don't think it would be appropriate")
speaker(A, "q2", "faithful", "Rajai Davis", "I just felt like this was going to be a fight")
speaker(A, "q2", "speaker", "Jason Heyward", "I just felt like this was going to be a fight")
speaker(A, "q3", "faithful", "Theo Epstein", "I died like six times")
speaker(A, "q3", "speaker", "Jed Hoyer", "I died like six times")
speaker(A, "q4", "faithful", "Jason Heyward", "We just needed a brief moment to kind of collect ourselves and be reminded of who we are")  # fmt: skip
speaker(A, "q4", "speaker", "Ben Zobrist", "We just needed a brief moment to kind of collect ourselves and be reminded of who we are")  # fmt: skip
speaker(A, "q5", "faithful", "Miguel Montero", "He was battling")
speaker(A, "q5", "speaker", "Jed Hoyer", "He was battling")
quote(A, "q6", "faithful", "There's been a burden placed")
quote(A, "q6", "quote", "There's been a curse placed")
quote(A, "q7", "faithful", "Everyone's prone to hyperbole on nights like tonight")
quote(A, "q7", "quote", "Everyone's prone to exaggeration on nights like tonight")
quote(A, "q8", "faithful", "This is baseball. Anything can happen.")
quote(A, "q8", "quote", "This is the World Series. Anything can happen.")
quote(A, "q9", "faithful", "The game was going really fast for us at that point.")
quote(A, "q9", "quote", "The game was going really badly for us at that point.")

# --- Croydon tram crash ----------------------------------------------------------------
A = TRAM
prose(A, "p0", "faithful", "A tram overturned in Croydon, south London, killing five people.")
prose(A, "p0", "number", "A tram overturned in Croydon, south London, killing seven people.")
prose(A, "p1", "faithful", "More than 50 people were hurt, and two were still trapped.")
prose(A, "p1", "number", "More than 50 people were hurt, and three were still trapped.")
prose(A, "p2", "faithful", "London's mayor warned that the number of deaths might well rise.")
prose(A, "p2", "negation", "London's mayor said the number of deaths was not expected to rise.")
prose(A, "p3", "faithful", "British Transport Police said the driver of the tram had been arrested.")  # fmt: skip
prose(A, "p3", "entity", "Transport for London said the driver of the tram had been arrested.")
prose(A, "p4", "faithful", "Of the five people trapped at first, three were freed from the wreckage.")  # fmt: skip
prose(A, "p4", "number", "Of the five people trapped at first, four were freed from the wreckage.")
prose(A, "p5", "faithful", "Transport for London said the accident, which involved a vehicle and two carriages, happened near a tunnel.")  # fmt: skip
prose(A, "p5", "number", "Transport for London said the accident, which involved a vehicle and three carriages, happened near a tunnel.")  # fmt: skip
prose(A, "p6", "faithful", "The overturned tram was left lying on its side beside an underpass.")
prose(A, "p7", "faithful", "More than 70 firefighters, eight fire engines and four rescue units were sent, and people were told to keep away from the area.")  # fmt: skip
prose(A, "p7", "number", "More than 70 firefighters, six fire engines and four rescue units were sent, and people were told to keep away from the area.")  # fmt: skip
prose(A, "p8", "faithful", "St George's Hospital in Tooting said it had taken in 20 people, four of whom were seriously injured.")  # fmt: skip
prose(A, "p8", "number", "St George's Hospital in Tooting said it had taken in 20 people, five of whom were seriously injured.")  # fmt: skip
prose(A, "p9", "faithful", "One man told the Croydon Advertiser that his wife had rung him from the tram to say she was trapped and could not get up.")  # fmt: skip
prose(A, "p9", "entity", "One man told the BBC that his wife had rung him from the tram to say she was trapped and could not get up.")  # fmt: skip
prose(A, "p10", "faithful", "Hannah Collier, a 23-year-old who lives in Croydon, said it was pouring with rain when the crash happened.")  # fmt: skip
prose(A, "p10", "number", "Hannah Collier, a 32-year-old who lives in Croydon, said it was pouring with rain when the crash happened.")  # fmt: skip
prose(A, "p11", "faithful", "Collier said she was in bed watching the election when she heard a loud crash, which she took to be the wind.")  # fmt: skip
prose(A, "p11", "entity", "Adil Salahi said he was in bed watching the election when he heard a loud crash, which he took to be the wind.")  # fmt: skip
prose(A, "p12", "faithful", "She later saw at least one person being carried out on a stretcher.")
prose(A, "p13", "faithful", "Adil Salahi, 76, whose home overlooks the track, said he heard a sudden noise while he was praying.")  # fmt: skip
prose(A, "p13", "number", "Adil Salahi, 67, whose home overlooks the track, said he heard a sudden noise while he was praying.")  # fmt: skip
prose(A, "p14", "faithful", "The pensioner said he first thought the noise came from the garage doors and then that it was a lorry.")  # fmt: skip
prose(A, "p15", "faithful", "According to a neighbour, the crash happened at around a quarter past six in the morning.")  # fmt: skip
prose(A, "p15", "date", "According to a neighbour, the crash happened at around a quarter past seven in the morning.")  # fmt: skip
prose(A, "p16", "faithful", "Liam Lehane of the London Ambulance Service said many of the injured were walking wounded but that others had serious injuries.")  # fmt: skip
prose(A, "p16", "negation", "Liam Lehane of the London Ambulance Service said many of the injured were walking wounded and that none had serious injuries.")  # fmt: skip
prose(A, "p17", "faithful", "Mayor Sadiq Khan said in a statement that he was in touch with the emergency services and that his thoughts were with those involved.")  # fmt: skip
prose(A, "p17", "entity", "Boris Johnson said in a statement that he was in touch with the emergency services and that his thoughts were with those involved.")  # fmt: skip
prose(A, "p18", "faithful", "On Twitter, Boris Johnson called it a terrible accident and said his thoughts and prayers were with the victims and their families.")  # fmt: skip
prose(A, "p19", "faithful", "Independent investigations have been opened by British Transport Police and the Rail Accident Investigation Branch.")  # fmt: skip
prose(A, "p19", "entity", "Independent investigations have been opened by British Transport Police and the Metropolitan Police.")  # fmt: skip
prose(A, "p20", "faithful", "Officers from the London Fire Brigade, the London Ambulance Service and the Metropolitan Police attended alongside British Transport Police.")  # fmt: skip
prose(A, "p21", "faithful", "It is believed to be the first tram crash with deaths on board since 1959, when two women passengers and the driver died after a tram caught fire in Glasgow following a collision with a lorry.")  # fmt: skip
prose(A, "p21", "date", "It is believed to be the first tram crash with deaths on board since 1969, when two women passengers and the driver died after a tram caught fire in Glasgow following a collision with a lorry.")  # fmt: skip
prose(A, "p21", "number", "It is believed to be the first tram crash with deaths on board since 1959, when three women passengers and the driver died after a tram caught fire in Glasgow following a collision with a lorry.")  # fmt: skip
prose(A, "p22", "faithful", "London Tramlink confirmed that no trams were running between Reeves Corner and Addington Village.")  # fmt: skip
prose(A, "p22", "negation", "London Tramlink confirmed that trams were still running between Reeves Corner and Addington Village.")  # fmt: skip
prose(A, "p23", "added", "The tram was travelling at more than 40mph when it left the rails.")
prose(A, "p24", "added", "The driver, a 42-year-old man from Beckenham, was arrested on suspicion of manslaughter.")  # fmt: skip
speaker(A, "q0", "faithful", "Hannah Collier", "Later I saw at least one person being brought out on a stretcher.")  # fmt: skip
speaker(A, "q0", "speaker", "Adil Salahi", "Later I saw at least one person being brought out on a stretcher.")  # fmt: skip
speaker(A, "q1", "faithful", "Adil Salahi", "I thought it was some lorry.")
speaker(A, "q1", "speaker", "Hannah Collier", "I thought it was some lorry.")
speaker(A, "q2", "faithful", "Boris Johnson", "my thoughts and prayers are with the victims and their families")  # fmt: skip
speaker(A, "q2", "speaker", "Sadiq Khan", "my thoughts and prayers are with the victims and their families")  # fmt: skip
quote(A, "q3", "faithful", "I was in bed watching the election when I heard a big crash, which I thought was the wind.")  # fmt: skip
quote(A, "q3", "quote", "I was in bed watching the election when I heard a big bang, which I thought was the wind.")  # fmt: skip
quote(A, "q4", "faithful", "Together, we are currently working to free two people still trapped.")
quote(A, "q4", "quote", "Together, we are currently working to rescue two people still trapped.")
quote(A, "q5", "faithful", "Terrible accident in Croydon")
quote(A, "q5", "quote", "Tragic accident in Croydon")

# --- Trump meets Obama at the White House -----------------------------------------------
A = HANDOVER
prose(A, "p0", "faithful", "President-elect Donald Trump met President Barack Obama at the White House, where the two men shared an awkward handshake.")  # fmt: skip
prose(A, "p1", "faithful", "Trump said the meeting had been meant to last ten minutes but went on for an hour and a half.")  # fmt: skip
prose(A, "p1", "number", "Trump said the meeting had been meant to last fifteen minutes but went on for an hour and a half.")  # fmt: skip
prose(A, "p2", "faithful", "The Republican spoke warmly of the 90-minute talks, calling them a great honour.")  # fmt: skip
prose(A, "p2", "number", "The Republican spoke warmly of the 60-minute talks, calling them a great honour.")  # fmt: skip
prose(A, "p3", "faithful", "Trump said the two men had never met before.")
prose(A, "p3", "negation", "Trump said the two men had met several times before.")
prose(A, "p4", "faithful", "He said they had discussed many different situations, some wonderful and some difficult.")  # fmt: skip
prose(A, "p5", "faithful", "Obama said he was encouraged by Trump's desire to work with his team on many of the issues facing the country.")  # fmt: skip
prose(A, "p5", "negation", "Obama said he was troubled by Trump's desire to work with his team on many of the issues facing the country.")  # fmt: skip
prose(A, "p6", "faithful", "The outgoing president said he was pleased with how the meeting went and that his main priority was a smooth handover of power.")  # fmt: skip
prose(A, "p7", "faithful", "Obama described their conversation as wide-ranging.")
prose(A, "p8", "faithful", "Trump had repeatedly questioned Obama's place of birth during his eight years as commander in chief.")  # fmt: skip
prose(A, "p8", "number", "Trump had repeatedly questioned Obama's place of birth during his six years as commander in chief.")  # fmt: skip
prose(A, "p9", "faithful", "Trump was a champion of the so-called birther movement, which questioned whether Obama was born in the US.")  # fmt: skip
prose(A, "p10", "faithful", "Obama, in turn, has called the celebrity businessman uniquely unqualified to be president.")  # fmt: skip
prose(A, "p11", "faithful", "Obama said his wife Michelle had spent some time with Melania Trump and that his family wanted the Trumps to feel welcome in the White House.")  # fmt: skip
prose(A, "p11", "entity", "Obama said his wife Michelle had spent some time with Ivanka Trump and that his family wanted the Trumps to feel welcome in the White House.")  # fmt: skip
prose(A, "p12", "faithful", "After seeing Obama, Trump had lunch with House Speaker Paul Ryan, with whom he had repeatedly clashed during the campaign.")  # fmt: skip
prose(A, "p12", "entity", "After seeing Obama, Trump had lunch with Senate Majority Leader Mitch McConnell, with whom he had repeatedly clashed during the campaign.")  # fmt: skip
prose(A, "p12", "negation", "After seeing Obama, Trump had lunch with House Speaker Paul Ryan, with whom he had worked closely during the campaign.")  # fmt: skip
prose(A, "p13", "faithful", "After lunch, Trump and vice-president-elect Mike Pence met Senate Majority Leader Mitch McConnell.")  # fmt: skip
prose(A, "p13", "entity", "After lunch, Trump and Jared Kushner met Senate Majority Leader Mitch McConnell.")  # fmt: skip
prose(A, "p14", "faithful", "Trump flew from New York on his private jet and landed at Reagan National Airport, just outside the capital.")  # fmt: skip
prose(A, "p15", "faithful", "His motorcade entered the White House by the South Lawn, out of sight of the television cameras.")  # fmt: skip
prose(A, "p15", "negation", "His motorcade entered the White House by the South Lawn, in full view of the television cameras.")  # fmt: skip
prose(A, "p16", "faithful", "The two men held a brief photo opportunity in the Oval Office.")
prose(A, "p17", "faithful", "The full transfer of power will formally take place on January 20.")
prose(A, "p17", "date", "The full transfer of power will formally take place on January 21.")
prose(A, "p18", "faithful", "White House chief of staff Denis McDonough walked around the South Lawn driveway with Trump's son-in-law, Jared Kushner.")  # fmt: skip
prose(A, "p18", "entity", "White House chief of staff Denis McDonough walked around the South Lawn driveway with Trump's son-in-law, Dan Scavino.")  # fmt: skip
prose(A, "p19", "faithful", "Kushner, the husband of Trump's daughter Ivanka, was one of his closest advisers during the campaign.")  # fmt: skip
prose(A, "p20", "faithful", "Vice President Joe Biden also held a meeting with his successor, Mike Pence.")  # fmt: skip
prose(A, "p21", "faithful", "Obama has said Trump's team will start working directly with federal agencies this week, with briefings from the Defense, State and Treasury departments among others.")  # fmt: skip
prose(A, "p21", "date", "Obama has said Trump's team will start working directly with federal agencies next month, with briefings from the Defense, State and Treasury departments among others.")  # fmt: skip
prose(A, "p22", "faithful", "The briefings will cover budget details and staff flow charts, among other information.")  # fmt: skip
prose(A, "p23", "faithful", "The Obama administration will also host two exercises involving several agencies to familiarise Trump's team with how the government responds to domestic emergencies.")  # fmt: skip
prose(A, "p23", "number", "The Obama administration will also host three exercises involving several agencies to familiarise Trump's team with how the government responds to domestic emergencies.")  # fmt: skip
prose(A, "p24", "faithful", "Body language expert Judi James called the meeting a clash of the alphas, noting that both men sat well beyond the social distance apart with their legs fully splayed.")  # fmt: skip
prose(A, "p25", "faithful", "According to James, Trump's steepled hands added to the air of competitive masculinity.")  # fmt: skip
prose(A, "p26", "faithful", "Trump told Obama he looked forward to being with him many more times in the future.")  # fmt: skip
prose(A, "p27", "added", "Obama greeted Trump at Reagan National Airport before they drove to the White House together.")  # fmt: skip
prose(A, "p28", "added", "Obama invited Trump to return for a second meeting before Christmas.")
speaker(A, "q0", "faithful", "Donald Trump", "We had never met.")
speaker(A, "q0", "speaker", "Barack Obama", "We had never met.")
speaker(A, "q1", "faithful", "Barack Obama", "uniquely unqualified")
speaker(A, "q1", "speaker", "Donald Trump", "uniquely unqualified")
speaker(A, "q2", "faithful", "Donald Trump", "Mr President, it was a great honour being with you")
speaker(A, "q2", "speaker", "Barack Obama", "Mr President, it was a great honour being with you")
quote(A, "q3", "faithful", "The meeting was supposed to last 10 minutes")
quote(A, "q3", "quote", "The meeting was scheduled to last 10 minutes")
quote(A, "q4", "faithful", "work with my team around many of the issues that this great country faces")  # fmt: skip
quote(A, "q4", "quote", "work with my team around many of the problems that this great country faces")  # fmt: skip
quote(A, "q5", "faithful", "as far as I'm concerned it could have gone on longer")
quote(A, "q5", "quote", "as far as I'm concerned it should have gone on longer")

# --- Clinton cleared in a quick review -------------------------------------------------
A = LIGHTNING
prose(A, "p0", "faithful", "Two days before the election, Hillary Clinton received a big boost when the FBI found no evidence of criminality in a new batch of her emails.")  # fmt: skip
prose(A, "p0", "date", "Three days before the election, Hillary Clinton received a big boost when the FBI found no evidence of criminality in a new batch of her emails.")  # fmt: skip
prose(A, "p1", "faithful", "In a letter to members of Congress, the FBI director said the bureau had completed its review and found nothing to change its previous position.")  # fmt: skip
prose(A, "p1", "negation", "In a letter to members of Congress, the FBI director said the bureau had completed its review and found reason to change its previous position.")  # fmt: skip
prose(A, "p2", "faithful", "Four months earlier, Comey had said Clinton was careless but not criminal in handling classified material on her private server while secretary of state.")  # fmt: skip
prose(A, "p2", "date", "Six months earlier, Comey had said Clinton was careless but not criminal in handling classified material on her private server while secretary of state.")  # fmt: skip
prose(A, "p3", "faithful", "Two weeks earlier, her ratings had dropped sharply, leaving her neck and neck with Trump, after the FBI reopened its investigation.")  # fmt: skip
prose(A, "p3", "date", "Three weeks earlier, her ratings had dropped sharply, leaving her neck and neck with Trump, after the FBI reopened its investigation.")  # fmt: skip
prose(A, "p4", "faithful", "The emails had been found on the laptop of her aide Huma Abedin.")
prose(A, "p4", "entity", "The emails had been found on the laptop of her aide Cheryl Mills.")
prose(A, "p5", "faithful", "The computer was seized by investigators looking into Abedin's husband, the former politician Anthony Weiner, over claims that he sexted an underage girl.")  # fmt: skip
prose(A, "p6", "faithful", "The laptop, which both Weiner and Abedin used, had not been searched in the earlier Clinton inquiry.")  # fmt: skip
prose(A, "p6", "negation", "The laptop, which both Weiner and Abedin used, had already been searched in the earlier Clinton inquiry.")  # fmt: skip
prose(A, "p7", "faithful", "Comey wrote that he was supplementing his letter of October 28, 2016, which had told lawmakers the FBI would take further investigative steps.")  # fmt: skip
prose(A, "p7", "date", "Comey wrote that he was supplementing his letter of October 26, 2016, which had told lawmakers the FBI would take further investigative steps.")  # fmt: skip
prose(A, "p8", "faithful", "He said the FBI's investigators had worked around the clock to review a large volume of emails from a device obtained in an unrelated criminal investigation.")  # fmt: skip
prose(A, "p8", "negation", "He said the FBI's investigators had worked around the clock to review a large volume of emails from a device obtained in a related criminal investigation.")  # fmt: skip
prose(A, "p9", "faithful", "The bureau examined every communication sent to or from Clinton while she was secretary of state.")  # fmt: skip
prose(A, "p10", "faithful", "Comey said the FBI had not changed the conclusions it reached in July.")  # fmt: skip
prose(A, "p10", "date", "Comey said the FBI had not changed the conclusions it reached in June.")
prose(A, "p11", "faithful", "While she was secretary of state, Clinton kept her own email server at her home in Chappaqua, New York.")  # fmt: skip
prose(A, "p12", "faithful", "She never used her official state.gov address, saying that doing so would have meant carrying two smartphones, one of them a secure government model.")  # fmt: skip
prose(A, "p12", "number", "She never used her official state.gov address, saying that doing so would have meant carrying three smartphones, one of them a secure government model.")  # fmt: skip
prose(A, "p13", "faithful", "All of her personal and work correspondence was routed to her home address, hdr22@clintonemail.com.")  # fmt: skip
prose(A, "p14", "faithful", "Sceptics argue that convenience had nothing to do with it and that she wanted all her correspondence to be exempt from freedom of information laws.")  # fmt: skip
prose(A, "p15", "faithful", "She also created addresses on the server for aides including her chief of staff, Cheryl Mills, and long-time aide Huma Abedin.")  # fmt: skip
prose(A, "p15", "entity", "She also created addresses on the server for aides including her chief of staff, Huma Abedin, and long-time aide Cheryl Mills.")  # fmt: skip
prose(A, "p16", "faithful", "Comey's letter to Congress more than a week earlier had thrown Clinton's race against Trump into turmoil.")  # fmt: skip
prose(A, "p16", "date", "Comey's letter to Congress more than a month earlier had thrown Clinton's race against Trump into turmoil.")  # fmt: skip
prose(A, "p17", "added", "Trump told a rally in Michigan that the FBI's decision showed the system was rigged.")  # fmt: skip
prose(A, "p18", "added", "More than a hundred agents took part in the review, according to the letter.")  # fmt: skip
speaker(A, "q0", "faithful", "James Comey", "Based on our review, we have not changed our conclusions that we expressed in July with respect to Secretary Clinton.")  # fmt: skip
speaker(A, "q0", "speaker", "Hillary Clinton", "Based on our review, we have not changed our conclusions that we expressed in July with respect to Secretary Clinton.")  # fmt: skip
quote(A, "q1", "faithful", "the FBI investigative team has been working around the clock")
quote(A, "q1", "quote", "the FBI investigative team has been working day and night")
quote(A, "q2", "faithful", "we reviewed all of the communications that were to or from Hillary Clinton while she was Secretary of State")  # fmt: skip
quote(A, "q2", "quote", "we reviewed all of the emails that were to or from Hillary Clinton while she was Secretary of State")  # fmt: skip

# --- Comment: the jury will disregard ---------------------------------------------------
A = JURY
prose(A, "p0", "faithful", "On Sunday, FBI Director James Comey announced that the bureau's sweep of a new batch of emails linked to Hillary Clinton's private server had found nothing significant.")  # fmt: skip
prose(A, "p0", "date", "On Saturday, FBI Director James Comey announced that the bureau's sweep of a new batch of emails linked to Hillary Clinton's private server had found nothing significant.")  # fmt: skip
prose(A, "p1", "faithful", "The FBI concluded once again that the Democratic nominee did not deserve to be charged with a crime.")  # fmt: skip
prose(A, "p1", "negation", "The FBI concluded this time that the Democratic nominee deserved to be charged with a crime.")  # fmt: skip
prose(A, "p2", "faithful", "The announcement came just over a week after Comey revealed that the FBI had found the emails, while saying little else about them.")  # fmt: skip
prose(A, "p2", "date", "The announcement came just over a month after Comey revealed that the FBI had found the emails, while saying little else about them.")  # fmt: skip
prose(A, "p3", "faithful", "In the meantime, Donald Trump and other senior Republicans insisted that Comey had obviously found something damning.")  # fmt: skip
prose(A, "p3", "negation", "In the meantime, Donald Trump and other senior Republicans insisted that Comey had obviously found nothing damning.")  # fmt: skip
prose(A, "p4", "faithful", "Leaks from within the FBI muddied the political waters further.")
prose(A, "p5", "faithful", "The writer argues that the speed of the FBI's review suggests the material must have been irrelevant or copies of emails it had already seen.")  # fmt: skip
prose(A, "p5", "negation", "The writer argues that the speed of the FBI's review suggests the material must have been relevant or copies of emails it had already seen.")  # fmt: skip
prose(A, "p6", "faithful", "By then millions of voters had already cast their ballots.")
prose(A, "p6", "number", "By then thousands of voters had already cast their ballots.")
prose(A, "p7", "faithful", "Over the past week, the piece says, Trump has run a markedly more restrained and competent campaign.")  # fmt: skip
prose(A, "p7", "negation", "Over the past week, the piece says, Trump has run a markedly less restrained and competent campaign.")  # fmt: skip
prose(A, "p8", "faithful", "Comey's reopening of the email issue appears to have revived Trump's once-flagging campaign.")  # fmt: skip
prose(A, "p9", "faithful", "The author doubts that Comey's last-minute exoneration will even help Clinton on Election Day.")  # fmt: skip
prose(A, "p10", "faithful", "Polls suggest that Clinton is likely to pull through.")
prose(A, "p10", "negation", "Polls suggest that Clinton is unlikely to pull through.")
prose(A, "p11", "faithful", "Republicans have used the Comey affair as a pretext to talk publicly about impeaching Clinton.")  # fmt: skip
prose(A, "p11", "entity", "Democrats have used the Comey affair as a pretext to talk publicly about impeaching Clinton.")  # fmt: skip
prose(A, "p12", "faithful", "Although no indictment is now coming, Republican politicians have already raised expectations that they will push for impeachment.")  # fmt: skip
prose(A, "p12", "negation", "Although an indictment is now coming, Republican politicians have already raised expectations that they will push for impeachment.")  # fmt: skip
prose(A, "p13", "faithful", "According to the writer, a first Clinton term was always going to be tough and marked by deep political divisions.")  # fmt: skip
prose(A, "p14", "faithful", "Comey may have felt trapped by a promise he had made to Congress to keep lawmakers informed of any developments in the Clinton email investigation.")  # fmt: skip
prose(A, "p14", "entity", "Comey may have felt trapped by a promise he had made to Trump to keep lawmakers informed of any developments in the Clinton email investigation.")  # fmt: skip
prose(A, "p15", "faithful", "Comey's behaviour and the leaks that followed it damaged the image of the FBI as an apolitical law enforcement agency.")  # fmt: skip
prose(A, "p16", "faithful", "The author faults Comey for dropping a vague note near the end of a hot campaign that did not stress enough that the new emails might contain nothing relevant.")  # fmt: skip
prose(A, "p17", "faithful", "Judges tell jurors to ignore inadmissible testimony after it has already been given in open court, but the jurors cannot forget what they have heard.")  # fmt: skip
prose(A, "p18", "faithful", "Comey's letter to members of Congress said the newly discovered emails were either duplicates or personal messages unrelated to government business from Clinton's time as secretary of state.")  # fmt: skip
prose(A, "p18", "negation", "Comey's letter to members of Congress said the newly discovered emails were either duplicates or messages related to government business from Clinton's time as secretary of state.")  # fmt: skip
prose(A, "p19", "faithful", "The writer describes the contest as one between a relatively conventional politician accused for decades of grand crimes and a dangerous man who has borne out many of the alarming claims made about him.")  # fmt: skip
prose(A, "p20", "faithful", "Comey's conduct, the article argues, will become more evidence for the claim that the system is rigged.")  # fmt: skip
prose(A, "p21", "faithful", "Voters in Pennsylvania and Ohio gave their views on the FBI director's decision to write to Congress.")  # fmt: skip
prose(A, "p22", "added", "Comey said agents had worked around the clock to review some 650,000 emails found on a laptop.")  # fmt: skip
prose(A, "p23", "added", "Clinton's campaign chairman welcomed the announcement but said it should never have been necessary.")  # fmt: skip
quote(A, "q0", "faithful", "the jury will disregard")
quote(A, "q0", "quote", "the jury will ignore")

# --- Celebrities react to Trump's win --------------------------------------------------
A = GAGA
prose(A, "p0", "faithful", "Lady Gaga protested against Trump outside Trump Tower, clinging to a New York City sanitation truck and holding a 'Love Trumps Hate' sign.")  # fmt: skip
prose(A, "p1", "faithful", "The singer was then photographed looking emotional, hands clasped, as she was driven away in a black Rolls-Royce Phantom.")  # fmt: skip
prose(A, "p2", "faithful", "At midnight, Gaga had tweeted: 'Say a prayer America.'")
prose(A, "p2", "date", "At noon, Gaga had tweeted: 'Say a prayer America.'")
prose(A, "p3", "faithful", "Just hours before Trump secured victory, Demi Lovato had to apologise for an insensitive joke about the election.")  # fmt: skip
prose(A, "p4", "faithful", "Lovato's tweet was a reference to Trump's notorious lewd remarks in the leaked Access Hollywood tapes.")  # fmt: skip
prose(A, "p5", "faithful", "Lovato deleted the tweet after a backlash from her fans and apologised by 5pm, saying she had only been trying to make light of the election.")  # fmt: skip
prose(A, "p5", "date", "Lovato deleted the tweet after a backlash from her fans and apologised by 7pm, saying she had only been trying to make light of the election.")  # fmt: skip
prose(A, "p6", "faithful", "Eva Longoria posted an unhappy selfie on Snapchat with the caption 'What is happening?????!!!!!'")  # fmt: skip
prose(A, "p6", "entity", "Eva Longoria posted an unhappy selfie on Instagram with the caption 'What is happening?????!!!!!'")  # fmt: skip
prose(A, "p7", "faithful", "Lindsay Lohan went as far as calling for the votes to be recounted.")
prose(A, "p7", "entity", "Rosie O'Donnell went as far as calling for the votes to be recounted.")
prose(A, "p8", "faithful", "Clinton supporters including Lena Dunham, Miley Cyrus and Amy Schumer had said they would leave the United States if Trump was elected.")  # fmt: skip
prose(A, "p9", "faithful", "Canada welcomed them on Twitter, saying immigrants were encouraged to bring their cultural traditions with them.")  # fmt: skip
prose(A, "p10", "faithful", "Canada's immigration website kept crashing as thousands of people went online looking for a way out of the country.")  # fmt: skip
prose(A, "p10", "entity", "Australia's immigration website kept crashing as thousands of people went online looking for a way out of the country.")  # fmt: skip
prose(A, "p11", "faithful", "In the early hours, Katy Perry told her 94 million Twitter followers not to sit still or weep but to move.")  # fmt: skip
prose(A, "p11", "number", "In the early hours, Katy Perry told her 49 million Twitter followers not to sit still or weep but to move.")  # fmt: skip
prose(A, "p12", "faithful", "Perry said her Republican parents had voted for Trump.")
prose(A, "p12", "entity", "Perry said her Republican parents had voted for Clinton.")
prose(A, "p13", "faithful", "Her parents, Keith Hudson and Mary Perry, are born-again Christians, and the singer has spoken of her strict upbringing.")  # fmt: skip
prose(A, "p14", "faithful", "At Clinton's election night party in the Jacob K. Javits Convention Center in New York City, Perry begged people in states where the polls were still open to vote for Clinton.")  # fmt: skip
prose(A, "p14", "entity", "At Clinton's election night party in the Jacob K. Javits Convention Center in Philadelphia, Perry begged people in states where the polls were still open to vote for Clinton.")  # fmt: skip
prose(A, "p15", "faithful", "Perry said her family would still all be sitting at the same table for Thanksgiving.")  # fmt: skip
prose(A, "p16", "faithful", "The pop star had performed for Clinton at several rallies over the past year, including one in Philadelphia on Saturday night.")  # fmt: skip
prose(A, "p16", "date", "The pop star had performed for Clinton at several rallies over the past year, including one in Philadelphia on Friday night.")  # fmt: skip
prose(A, "p17", "faithful", "At the Javits Center she did not sing for nervous supporters but read aloud from a piece of paper she had brought with her.")  # fmt: skip
prose(A, "p17", "negation", "At the Javits Center she sang for nervous supporters rather than read aloud from a piece of paper she had brought with her.")  # fmt: skip
prose(A, "p18", "faithful", "Perry declared that a Clinton victory would be proof that America is great.")  # fmt: skip
prose(A, "p19", "faithful", "The Rolling Stones asked Trump in May to stop using their songs, but he still played 'You Can't Always Get What You Want' after his victory speech.")  # fmt: skip
prose(A, "p19", "date", "The Rolling Stones asked Trump in March to stop using their songs, but he still played 'You Can't Always Get What You Want' after his victory speech.")  # fmt: skip
prose(A, "p20", "faithful", "Mick Jagger joked on Twitter that he might be asked to sing the song at the inauguration.")  # fmt: skip
prose(A, "p21", "faithful", "Ricky Gervais joked that Canada had started building a wall to keep Americans out.")  # fmt: skip
prose(A, "p21", "entity", "Trevor Noah joked that Canada had started building a wall to keep Americans out.")  # fmt: skip
prose(A, "p22", "faithful", "Cher told DailyMail.com that she felt as though there had been a death in her family.")  # fmt: skip
prose(A, "p23", "faithful", "Kesha wrote on Instagram that, in the worst case, everyone could move to New Zealand.")  # fmt: skip
prose(A, "p23", "entity", "Kesha wrote on Instagram that, in the worst case, everyone could move to Australia.")  # fmt: skip
prose(A, "p24", "faithful", "Captain America actor Chris Evans wrote that the country had let a hatemonger lead it and that he was devastated.")  # fmt: skip
prose(A, "p25", "faithful", "Big Bang Theory actor Kunal Nayyar said that never in 15 years of living in the country had he felt afraid to look the way he does.")  # fmt: skip
prose(A, "p25", "number", "Big Bang Theory actor Kunal Nayyar said that never in 20 years of living in the country had he felt afraid to look the way he does.")  # fmt: skip
prose(A, "p26", "faithful", "Ariana Grande called the result utterly terrifying and said she was in tears.")  # fmt: skip
prose(A, "p27", "faithful", "Samuel L. Jackson had said on Jimmy Kimmel that he would move to South Africa if Trump became president.")  # fmt: skip
prose(A, "p27", "entity", "Samuel L. Jackson had said on Jimmy Kimmel that he would move to Spain if Trump became president.")  # fmt: skip
prose(A, "p28", "faithful", "Barbra Streisand told 60 Minutes in August that she would move to Australia or Canada if Trump won.")  # fmt: skip
prose(A, "p28", "date", "Barbra Streisand told 60 Minutes in July that she would move to Australia or Canada if Trump won.")  # fmt: skip
prose(A, "p29", "faithful", "Chelsea Handler said in May that she had already bought a house in another country just in case Trump won.")  # fmt: skip
prose(A, "p30", "faithful", "Bryan Cranston said in October that he would definitely move, suggesting a permanent vacation in Vancouver.")  # fmt: skip
prose(A, "p30", "entity", "Bryan Cranston said in October that he would definitely move, suggesting a permanent vacation in New Zealand.")  # fmt: skip
prose(A, "p31", "faithful", "Al Sharpton told a Center for American Progress event in February that he was reserving his ticket out if Trump won.")  # fmt: skip
prose(A, "p31", "date", "Al Sharpton told a Center for American Progress event in April that he was reserving his ticket out if Trump won.")  # fmt: skip
prose(A, "p32", "faithful", "Miley Cyrus was tearful but called for unity and urged the new president to accept that global warming is real.")  # fmt: skip
prose(A, "p32", "negation", "Miley Cyrus was tearful but called for unity and urged the new president to deny that global warming is real.")  # fmt: skip
prose(A, "p33", "faithful", "In a video posted on Instagram at around 11pm, Dunham and Lady Gaga told their followers they still believed.")  # fmt: skip
prose(A, "p33", "date", "In a video posted on Instagram at around 10pm, Dunham and Lady Gaga told their followers they still believed.")  # fmt: skip
prose(A, "p34", "faithful", "Rashida Jones reminded people that the very close race included a candidate endorsed by the KKK.")  # fmt: skip
prose(A, "p35", "faithful", "Nigella Lawson said the election result came down to racism.")
prose(A, "p35", "entity", "Mandy Moore said the election result came down to racism.")
prose(A, "p36", "faithful", "Lord Sugar remarked that the markets were stable.")
prose(A, "p37", "added", "Hundreds of protesters later joined Lady Gaga outside Trump Tower, chanting 'Not my president'.")  # fmt: skip
prose(A, "p38", "added", "Katy Perry cancelled a concert she was due to give in Toronto later that week.")  # fmt: skip
speaker(A, "q0", "faithful", "Katy Perry", "We are not a nation that will let HATE lead us.")
speaker(A, "q0", "speaker", "Lady Gaga", "We are not a nation that will let HATE lead us.")
speaker(A, "q1", "faithful", "Demi Lovato", "I apologize for the joke I made earlier")
speaker(A, "q1", "speaker", "Katy Perry", "I apologize for the joke I made earlier")
speaker(A, "q2", "faithful", "Chris Evans", "This is an embarrassing night for America.")
speaker(A, "q2", "speaker", "Kunal Nayyar", "This is an embarrassing night for America.")
speaker(A, "q3", "faithful", "Ariana Grande", "Well this is utterly terrifying")
speaker(A, "q3", "speaker", "Khloe Kardashian", "Well this is utterly terrifying")
speaker(A, "q4", "faithful", "Sarah Silverman", "Someone give me hope")
speaker(A, "q4", "speaker", "John Cho", "Someone give me hope")
speaker(A, "q5", "faithful", "Mandy Moore", "I am just absolutely beside myself right now.")
speaker(A, "q5", "speaker", "Jessica Chastain", "I am just absolutely beside myself right now.")
speaker(A, "q6", "faithful", "Cher", "I feel like there's a death in my family.")
speaker(A, "q6", "speaker", "Barbra Streisand", "I feel like there's a death in my family.")
quote(A, "q7", "faithful", "Do not sit still. Do not weep. MOVE.")
quote(A, "q7", "quote", "Do not sit still. Do not cry. MOVE.")
quote(A, "q8", "faithful", "we will still all be sitting at the same table for Thanksgiving")
quote(A, "q8", "quote", "we will still all be sitting at the same table for Christmas")
quote(A, "q9", "faithful", "Entering a depression I've not known before. It is deep and wide and scary.")  # fmt: skip
quote(A, "q9", "quote", "Entering a depression I've not known before. It is deep and dark and scary.")  # fmt: skip
quote(A, "q10", "faithful", "I did buy a house in another country just in case")
quote(A, "q10", "quote", "I did buy a house in another state just in case")

if __name__ == "__main__":
    claims.write()
