"""Writes benchmarks/data/faithfulness_heldout8.jsonl, the eighth held-out set: claims
about seven Giveme5W1H articles (examples/giveme5w1h-dev-articles.jsonl) that no earlier
labelled set uses. It was written blind, before any verdict rule was run on it, from
the article texts alone (the rules and their results on the older sets unread), for one
measurement of the rules after they were tuned on the older sets (benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names, synonyms, merged sentences, reported speech, numbers and dates
written another way. Each corrupted claim is one minimal edit of such a claim, and its
label names the one way the article contradicts it (or, for `added`, the detail the
article does not contain).

    python3 benchmarks/faithfulness_heldout8_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

TRAM = "2f066d10237b0b78e684f593c83797e313ba4364ec984395373c9a9c"
TOBLERONE = "5ea070bd70149f8937b167b2322b73f24b6cbd829653cced842d1f0c"
CUBS = "d0a9c4846b02c1bdf2cf6091f52061669dc04593e21aa02398f875bb"
F1 = "101ee22f1f9e984c1bd2bd64ad44db8452b0669178f1683eafa338c7"
WELL = "38e6814a263c875294b34f714ac3a2e5dc5cc2a9bba6163b7b1f688b"
AIDE = "3ddf85250d842c42a08b7dbc9ad2f3a04ab22b0c56c55f9c92bcf2f0"
RIGGED = "9f3e20f7627f0ca5c6832fae1e8ee842754f20bc4f9d3c988b5d1e03"

claims = LabelledClaims("heldout8")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Croydon tram crash ----------------------------------------------------------------
A = TRAM
prose(A, "p0", "faithful", "At least seven people died when a tram derailed on a sharp bend in Croydon during the morning rush hour.")  # fmt: skip
prose(A, "p0", "number", "At least nine people died when a tram derailed on a sharp bend in Croydon during the morning rush hour.")  # fmt: skip
prose(A, "p1", "faithful", "The tram's driver, a 42-year-old man from Beckenham, has been arrested on suspicion of manslaughter.")  # fmt: skip
prose(A, "p1", "number", "The tram's driver, a 52-year-old man from Beckenham, has been arrested on suspicion of manslaughter.")  # fmt: skip
prose(A, "p1", "entity", "The tram's driver, a 42-year-old man from Croydon, has been arrested on suspicion of manslaughter.")  # fmt: skip
prose(A, "p2", "faithful", "British Transport Police said the driver was still in custody.")
prose(A, "p2", "negation", "British Transport Police said the driver was no longer in custody.")
prose(A, "p3", "faithful", "More than 50 people were injured in the crash.")
prose(A, "p4", "faithful", "The accident happened at 6.10am on Wednesday, on a service running from New Addington to Wimbledon.")  # fmt: skip
prose(A, "p4", "date", "The accident happened at 6.10am on Tuesday, on a service running from New Addington to Wimbledon.")  # fmt: skip
prose(A, "p5", "faithful", "Initial findings from the Rail Accident Investigation Branch show the tram left the tracks on a sharp left-hand curve where the speed limit is 12mph.")  # fmt: skip
prose(A, "p5", "number", "Initial findings from the Rail Accident Investigation Branch show the tram left the tracks on a sharp left-hand curve where the speed limit is 20mph.")  # fmt: skip
prose(A, "p6", "faithful", "The RAIB said early indications were that the tram had been going significantly faster than permitted.")  # fmt: skip
prose(A, "p6", "negation", "The RAIB said early indications were that the tram had not been going faster than permitted.")  # fmt: skip
prose(A, "p7", "faithful", "Police are investigating whether the driver fell asleep at the wheel, along with a number of other factors.")  # fmt: skip
prose(A, "p8", "faithful", "The two-carriage tram tipped onto its side in heavy rain next to an underpass near the Sandilands stop.")  # fmt: skip
prose(A, "p9", "faithful", "London's mayor, Sadiq Khan, visited the scene and warned that the death toll could rise.")  # fmt: skip
prose(A, "p10", "faithful", "One injured passenger, Martin Bamford, said the driver told him he thought he had blacked out.")  # fmt: skip
prose(A, "p11", "faithful", "Bamford, 30, is being treated for broken ribs at Croydon University Hospital.")  # fmt: skip
prose(A, "p12", "faithful", "The crash is believed to be the first tram accident with deaths on board since 1959.")  # fmt: skip
prose(A, "p12", "date", "The crash is believed to be the first tram accident with deaths on board since 1979.")  # fmt: skip
prose(A, "p13", "faithful", "In that earlier accident, in Glasgow, two women passengers and the driver died when a tram caught fire after colliding with a lorry.")  # fmt: skip
prose(A, "p13", "entity", "In that earlier accident, in Edinburgh, two women passengers and the driver died when a tram caught fire after colliding with a lorry.")  # fmt: skip
prose(A, "p14", "faithful", "Less than two weeks earlier, Andy Nias wrote on Facebook, his tram had taken the corner at Sandilands at 40mph.")  # fmt: skip
prose(A, "p15", "faithful", "The commissioner of Transport for London, Mike Brown, said he was devastated for the families and friends of those who had died.")  # fmt: skip
prose(A, "p15", "entity", "The commissioner of Transport for London, Robin Smith, said he was devastated for the families and friends of those who had died.")  # fmt: skip
prose(A, "p16", "faithful", "The NHS trust said the vast majority of people had been discharged or moved elsewhere for further care.")  # fmt: skip
prose(A, "p17", "faithful", "Kudirat Okesola said her husband, Taiye Ajibola, was covered in blood and had a massive cut on his face.")  # fmt: skip
prose(A, "p18", "faithful", "Sue Patel, who lives near the station, heard a very loud bang at around 6am.")  # fmt: skip
prose(A, "p19", "faithful", "After the crash some local people raised concerns about how fast trams took the corner.")  # fmt: skip
prose(A, "p20", "faithful", "Pat Rooke, 72, said trams sometimes come round that corner very fast.")  # fmt: skip
prose(A, "p21", "added", "The driver had worked for the tram operator for eleven years.")
prose(A, "p22", "added", "The tram was carrying about 120 passengers when it overturned.")
speaker(A, "q0", "faithful", "Martin Bamford", "Everyone just literally went flying.")
speaker(A, "q0", "speaker", "Pat Rooke", "Everyone just literally went flying.")
speaker(A, "q1", "faithful", "Mike Brown", "Clearly something has gone catastrophically wrong and we will work tirelessly and quickly with the emergency services, the tram operator FirstGroup and others to establish the cause.")  # fmt: skip
speaker(A, "q1", "speaker", "Sadiq Khan", "Clearly something has gone catastrophically wrong and we will work tirelessly and quickly with the emergency services, the tram operator FirstGroup and others to establish the cause.")  # fmt: skip
speaker(A, "q2", "faithful", "Sue Patel", "There's quite a big bend. You come through the tunnel and there's quite a sharp bend.")  # fmt: skip
speaker(A, "q2", "speaker", "Kudirat Okesola", "There's quite a big bend. You come through the tunnel and there's quite a sharp bend.")  # fmt: skip
speaker(A, "q3", "faithful", "Andy Nias", "I swear the tram lifted onto one side.")
speaker(A, "q3", "speaker", "Martin Bamford", "I swear the tram lifted onto one side.")
speaker(A, "q4", "faithful", "RAIB spokesman", "Initial indications suggest that the tram was travelling at a significantly higher speed than is permitted.")  # fmt: skip
speaker(A, "q4", "speaker", "Robin Smith", "Initial indications suggest that the tram was travelling at a significantly higher speed than is permitted.")  # fmt: skip
speaker(A, "q5", "faithful", "Kudirat Okesola", "Even my husband was covered with blood")
speaker(A, "q5", "speaker", "Taiye Ajibola", "Even my husband was covered with blood")
quote(A, "q6", "faithful", "Everyone just literally went flying.")
quote(A, "q6", "quote", "Everyone just suddenly went flying.")
quote(A, "q7", "faithful", "I swear the tram lifted onto one side.")
quote(A, "q7", "quote", "I swear the tram tipped onto one side.")
quote(A, "q8", "faithful", "Clearly something has gone catastrophically wrong")
quote(A, "q8", "quote", "Clearly something has gone terribly wrong")

# --- Toblerone's wider gaps ------------------------------------------------------------
A = TOBLERONE
prose(A, "p0", "faithful", "Toblerone's makers have widened the gaps between the bar's triangular chunks to avoid raising prices.")  # fmt: skip
prose(A, "p1", "faithful", "The company said higher ingredient costs had led it to cut the weight of two bars in its UK range.")  # fmt: skip
prose(A, "p1", "number", "The company said higher ingredient costs had led it to cut the weight of three bars in its UK range.")  # fmt: skip
prose(A, "p2", "faithful", "The 400g bar now weighs 360g, and the 170g bar has been reduced to 150g.")  # fmt: skip
prose(A, "p2", "number", "The 400g bar now weighs 340g, and the 170g bar has been reduced to 150g.")  # fmt: skip
prose(A, "p3", "faithful", "As a result, the gaps between the chunks are now wider than the chunks themselves.")  # fmt: skip
prose(A, "p3", "negation", "As a result, the gaps between the chunks are now narrower than the chunks themselves.")  # fmt: skip
prose(A, "p4", "faithful", "A spokeswoman for Mondelez International, the US company that owns Toblerone, said the move had nothing to do with Brexit.")  # fmt: skip
prose(A, "p4", "negation", "A spokeswoman for Mondelez International, the US company that owns Toblerone, said the move was linked to Brexit.")  # fmt: skip
prose(A, "p4", "entity", "A spokeswoman for Unilever, the US company that owns Toblerone, said the move had nothing to do with Brexit.")  # fmt: skip
prose(A, "p5", "faithful", "Former Labour deputy prime minister John Prescott suggested the change was related to the Brexit vote.")  # fmt: skip
prose(A, "p5", "entity", "Former Labour deputy prime minister Nick Clegg suggested the change was related to the Brexit vote.")  # fmt: skip
prose(A, "p6", "faithful", "Since the referendum the pound has fallen 14.5% against the euro and 18% against the dollar.")  # fmt: skip
prose(A, "p6", "number", "Since the referendum the pound has fallen 14.5% against the euro and 28% against the dollar.")  # fmt: skip
prose(A, "p7", "faithful", "Toblerone was created in 1908 by Theodor Tobler, a chocolatier from Bern, together with his cousin Emil Baumann.")  # fmt: skip
prose(A, "p7", "date", "Toblerone was created in 1918 by Theodor Tobler, a chocolatier from Bern, together with his cousin Emil Baumann.")  # fmt: skip
prose(A, "p7", "entity", "Toblerone was created in 1908 by Theodor Tobler, a chocolatier from Zurich, together with his cousin Emil Baumann.")  # fmt: skip
prose(A, "p8", "faithful", "The name combines Tobler's surname with torrone, the Italian word for honey and almond nougat.")  # fmt: skip
prose(A, "p9", "faithful", "In 1909 Toblerone became the first milk chocolate bar with almonds and honey to be protected by intellectual property laws.")  # fmt: skip
prose(A, "p9", "date", "In 1910 Toblerone became the first milk chocolate bar with almonds and honey to be protected by intellectual property laws.")  # fmt: skip
prose(A, "p10", "faithful", "The popular belief that the bar's shape was meant to evoke the Swiss Alps is said to be a myth.")  # fmt: skip
prose(A, "p11", "faithful", "Tobler's sons later said their father was inspired by the dancers of the Folies Bergeres in Paris.")  # fmt: skip
prose(A, "p12", "faithful", "One customer, Alistair Calder, said he would never buy one of the new bars.")  # fmt: skip
prose(A, "p12", "negation", "One customer, Alistair Calder, said he would still buy one of the new bars.")  # fmt: skip
prose(A, "p13", "faithful", "Lee Yarker said the company could have simply made the bar shorter and kept the original design.")  # fmt: skip
prose(A, "p14", "faithful", "Birds Eye and Walkers have joined Typhoo and Marmite's owner Unilever in a dispute over price increases.")  # fmt: skip
prose(A, "p15", "faithful", "Fans called the change stupid, ridiculous and just plain dumb.")
prose(A, "p16", "added", "The lighter bars went on sale in British supermarkets in October.")
prose(A, "p17", "added", "Mondelez said it would restore the original shape next year.")
speaker(A, "q0", "faithful", "Alistair Calder", "I'll never buy one of these.")
speaker(A, "q0", "speaker", "Lee Yarker", "I'll never buy one of these.")
speaker(A, "q1", "faithful", "Michal Tat", "This must be up there with the dumbest corporate decisions of all time.")  # fmt: skip
speaker(A, "q1", "speaker", "Richard Cristiano Tamerighi", "This must be up there with the dumbest corporate decisions of all time.")  # fmt: skip
speaker(A, "q2", "faithful", "Lee Yarker", "Fair enough reducing the weight of the bar, but why the big gap in between segments?")  # fmt: skip
speaker(A, "q2", "speaker", "Michal Tat", "Fair enough reducing the weight of the bar, but why the big gap in between segments?")  # fmt: skip
quote(A, "q3", "faithful", "just plain dumb changing the trademark shape of your flagship product")
quote(A, "q3", "quote", "just plain dumb changing the famous shape of your flagship product")
quote(A, "q4", "faithful", "Like many other companies, we are experiencing higher costs for numerous ingredients.")  # fmt: skip
quote(A, "q4", "quote", "Like many other companies, we are facing higher costs for numerous ingredients.")  # fmt: skip

# --- Chicago Cubs win the World Series --------------------------------------------------
A = CUBS
prose(A, "p0", "faithful", "The Chicago Cubs won the World Series, ending a 108-year wait for a title.")  # fmt: skip
prose(A, "p0", "number", "The Chicago Cubs won the World Series, ending a 118-year wait for a title.")  # fmt: skip
prose(A, "p1", "faithful", "Third baseman Kris Bryant fielded a grounder and threw to first for the final out in the early hours of Thursday.")  # fmt: skip
prose(A, "p1", "date", "Third baseman Kris Bryant fielded a grounder and threw to first for the final out in the early hours of Friday.")  # fmt: skip
prose(A, "p1", "entity", "Third baseman Aroldis Chapman fielded a grounder and threw to first for the final out in the early hours of Thursday.")  # fmt: skip
prose(A, "p2", "faithful", "The final out came not long after Chicago had let a late lead slip.")
prose(A, "p3", "faithful", "Thousands of fans celebrated in Wrigleyville, the neighborhood around Wrigley Field.")  # fmt: skip
prose(A, "p4", "faithful", "Fans sprayed beer and Champagne as fireworks lit up the sky.")
prose(A, "p5", "faithful", "The celebration was rowdy but peaceful, and some officers high-fived fans.")  # fmt: skip
prose(A, "p6", "faithful", "Cleveland fans have not seen their team win a title since 1948.")
prose(A, "p6", "date", "Cleveland fans have not seen their team win a title since 1958.")
prose(A, "p7", "faithful", "In 1945 tavern owner Billy Sianis was supposedly asked to leave Wrigley because the smell of his pet goat was bothering other fans.")  # fmt: skip
prose(A, "p7", "date", "In 1955 tavern owner Billy Sianis was supposedly asked to leave Wrigley because the smell of his pet goat was bothering other fans.")  # fmt: skip
prose(A, "p8", "faithful", "The Boston Red Sox traded Babe Ruth to their arch rivals, the New York Yankees, in 1920.")  # fmt: skip
prose(A, "p8", "entity", "The Boston Red Sox traded Babe Ruth to their arch rivals, the San Diego Padres, in 1920.")  # fmt: skip
prose(A, "p9", "faithful", "The crosstown White Sox ended their own decades-long title drought in 2005.")  # fmt: skip
prose(A, "p9", "negation", "The crosstown White Sox failed to end their own decades-long title drought in 2005.")  # fmt: skip
prose(A, "p10", "faithful", "Jason Nye, 22, said he skipped class in sixth grade to go to his first Cubs game.")  # fmt: skip
prose(A, "p10", "number", "Jason Nye, 22, said he skipped class in eighth grade to go to his first Cubs game.")  # fmt: skip
prose(A, "p11", "faithful", "In 1984 the Cubs were one win away from the World Series but lost three straight games to the San Diego Padres.")  # fmt: skip
prose(A, "p11", "number", "In 1984 the Cubs were one win away from the World Series but lost four straight games to the San Diego Padres.")  # fmt: skip
prose(A, "p11", "negation", "In 1984 the Cubs were one win away from the World Series and won three straight games against the San Diego Padres.")  # fmt: skip
prose(A, "p12", "faithful", "In 2003 Cubs fan Steve Bartman deflected a foul ball that a Chicago outfielder appeared ready to catch.")  # fmt: skip
prose(A, "p12", "date", "In 2008 Cubs fan Steve Bartman deflected a foul ball that a Chicago outfielder appeared ready to catch.")  # fmt: skip
prose(A, "p13", "faithful", "When Bartman reached for the ball, the Cubs led 3-0 and were five outs from a World Series berth.")  # fmt: skip
prose(A, "p14", "faithful", "The Cubs went on to lose the Bartman game 8-3 and lost the series the following night.")  # fmt: skip
prose(A, "p14", "number", "The Cubs went on to lose the Bartman game 9-3 and lost the series the following night.")  # fmt: skip
prose(A, "p15", "faithful", "Fadiyla Mance, 25, dedicated the win to her late mother, who took her to her first Cubs game.")  # fmt: skip
prose(A, "p16", "added", "Kris Bryant was named the most valuable player of the series.")
prose(A, "p17", "added", "The city announced a victory parade for Friday.")
speaker(A, "q0", "faithful", "Rodrigo Gonzales", "There's no more curse now, the goat is history")
speaker(A, "q0", "speaker", "Jason Nye", "There's no more curse now, the goat is history")
speaker(A, "q1", "faithful", "Alayna Fodor-Gopal", "It was a game of ups and downs")
speaker(A, "q1", "speaker", "Denise Watford", "It was a game of ups and downs")
speaker(A, "q2", "faithful", "Denise Watford", "It's a dream come true")
speaker(A, "q2", "speaker", "Dina Mansaour", "It's a dream come true")
speaker(A, "q3", "faithful", "Greg Kojak", "This is perfect baseball")
speaker(A, "q3", "speaker", "Fadiyla Mance", "This is perfect baseball")
quote(A, "q4", "faithful", "I've waited my whole life for this. This is the most amazing feeling in the world")  # fmt: skip
quote(A, "q4", "quote", "I've waited my whole life for this. This is the greatest feeling in the world")  # fmt: skip
quote(A, "q5", "faithful", "I'm from Cleveland so there is always next year")
quote(A, "q5", "quote", "I'm from Cleveland so there is always another year")

# --- Verstappen in Brazil --------------------------------------------------------------
A = F1
prose(A, "p0", "faithful", "Max Verstappen finished third in Sunday's Brazilian Grand Prix, behind Lewis Hamilton and Nico Rosberg.")  # fmt: skip
prose(A, "p0", "number", "Max Verstappen finished fourth in Sunday's Brazilian Grand Prix, behind Lewis Hamilton and Nico Rosberg.")  # fmt: skip
prose(A, "p0", "date", "Max Verstappen finished third in Saturday's Brazilian Grand Prix, behind Lewis Hamilton and Nico Rosberg.")  # fmt: skip
prose(A, "p1", "faithful", "Red Bull team principal Christian Horner called Verstappen's performance one of the best drives he had seen in Formula One.")  # fmt: skip
prose(A, "p1", "entity", "Lewis Hamilton called Verstappen's performance one of the best drives he had seen in Formula One.")  # fmt: skip
prose(A, "p2", "faithful", "The 19-year-old passed 13 cars on his way to the podium, among them his team-mate Daniel Ricciardo.")  # fmt: skip
prose(A, "p2", "number", "The 19-year-old passed 15 cars on his way to the podium, among them his team-mate Daniel Ricciardo.")  # fmt: skip
prose(A, "p2", "entity", "The 19-year-old passed 13 cars on his way to the podium, among them his team-mate Sebastian Vettel.")  # fmt: skip
prose(A, "p3", "faithful", "Hamilton won the race in treacherous conditions, keeping his championship hopes alive.")  # fmt: skip
prose(A, "p3", "entity", "Rosberg won the race in treacherous conditions, keeping his championship hopes alive.")  # fmt: skip
prose(A, "p4", "faithful", "Red Bull's gamble of putting him on the intermediate tyre backfired.")
prose(A, "p4", "negation", "Red Bull's gamble of putting him on the intermediate tyre paid off.")
prose(A, "p5", "faithful", "At the first restart the Dutchman immediately passed Kimi Raikkonen, the 2007 world champion, at turn one.")  # fmt: skip
prose(A, "p5", "date", "At the first restart the Dutchman immediately passed Kimi Raikkonen, the 2009 world champion, at turn one.")  # fmt: skip
prose(A, "p6", "faithful", "He lost control of his car at close to 180mph entering the pit straight but avoided any contact with the barrier.")  # fmt: skip
prose(A, "p6", "negation", "He lost control of his car at close to 180mph entering the pit straight and could not avoid contact with the barrier.")  # fmt: skip
prose(A, "p7", "faithful", "Verstappen said he thought second place had definitely been possible.")
prose(A, "p8", "faithful", "Before the pit stops he had been running second, behind only Hamilton.")
prose(A, "p9", "faithful", "According to Horner, the way Verstappen drove the last 15 laps was unbelievable.")  # fmt: skip
prose(A, "p9", "number", "According to Horner, the way Verstappen drove the last 25 laps was unbelievable.")  # fmt: skip
prose(A, "p10", "faithful", "Verstappen overtook half the field in the closing stages of the rain-soaked race.")  # fmt: skip
prose(A, "p11", "added", "Verstappen was voted driver of the day by fans after the race.")
speaker(A, "q0", "faithful", "Christian Horner", "Max was in a league of his own today, and what we witnessed was something very, very special.")  # fmt: skip
speaker(A, "q0", "speaker", "Max Verstappen", "Max was in a league of his own today, and what we witnessed was something very, very special.")  # fmt: skip
speaker(A, "q1", "faithful", "Max Verstappen", "Win? Maybe not, but I think second was definitely possible")  # fmt: skip
speaker(A, "q1", "speaker", "Christian Horner", "Win? Maybe not, but I think second was definitely possible")  # fmt: skip
speaker(A, "q2", "faithful", "Max Verstappen", "The heartbeat went a bit higher there")
speaker(A, "q2", "speaker", "Lewis Hamilton", "The heartbeat went a bit higher there")
quote(A, "q3", "faithful", "His recovery was amazing, and that was one of the best drives I've seen in Formula One")  # fmt: skip
quote(A, "q3", "quote", "His recovery was incredible, and that was one of the best drives I've seen in Formula One")  # fmt: skip

# --- Chinese boy in a well -------------------------------------------------------------
A = WELL
prose(A, "p0", "faithful", "A six-year-old boy who fell down an abandoned well in China's Hebei province has been found dead.")  # fmt: skip
prose(A, "p0", "number", "An eight-year-old boy who fell down an abandoned well in China's Hebei province has been found dead.")  # fmt: skip
prose(A, "p0", "entity", "A six-year-old boy who fell down an abandoned well in China's Henan province has been found dead.")  # fmt: skip
prose(A, "p1", "faithful", "The well was 80 metres deep, although earlier reports had put it at 40m.")  # fmt: skip
prose(A, "p2", "faithful", "More than five hundred rescuers and a hundred excavators took part in the four-day operation.")  # fmt: skip
prose(A, "p2", "number", "More than five hundred rescuers and three hundred excavators took part in the four-day operation.")  # fmt: skip
prose(A, "p3", "faithful", "The boy's father had appealed for help on Chinese social media.")
prose(A, "p4", "faithful", "Soft soil that was prone to collapse hampered the rescue.")
prose(A, "p5", "faithful", "The well, just 30cm across, was too narrow for an adult, so rescuers widened it and pumped in oxygen.")  # fmt: skip
prose(A, "p6", "faithful", "The well had been unused for five years and there were no warning signs.")  # fmt: skip
prose(A, "p6", "negation", "The well had been unused for five years and there were warning signs around it.")  # fmt: skip
prose(A, "p7", "faithful", "Xinhua reported that the boy fell in on Sunday while harvesting vegetables.")  # fmt: skip
prose(A, "p7", "date", "Xinhua reported that the boy fell in on Monday while harvesting vegetables.")  # fmt: skip
prose(A, "p7", "entity", "The Global Times reported that the boy fell in on Sunday while harvesting vegetables.")  # fmt: skip
prose(A, "p8", "faithful", "The search took more than 100 hours, a rescue official said.")
prose(A, "p9", "added", "The boy's mother was working in a nearby field when he fell.")

# --- Clinton aide blames Comey ---------------------------------------------------------
A = AIDE
prose(A, "p0", "faithful", "Navin Nayak, the head of Clinton's research division, blamed FBI director James Comey for the election loss.")  # fmt: skip
prose(A, "p1", "faithful", "The laptop, shared by Clinton aide Huma Abedin and her husband Anthony Weiner, held more than 600,000 emails.")  # fmt: skip
prose(A, "p1", "number", "The laptop, shared by Clinton aide Huma Abedin and her husband Anthony Weiner, held more than 900,000 emails.")  # fmt: skip
prose(A, "p2", "faithful", "The previous investigation into Clinton's private email server had been wrapped up in July.")  # fmt: skip
prose(A, "p2", "date", "The previous investigation into Clinton's private email server had been wrapped up in June.")  # fmt: skip
prose(A, "p3", "faithful", "Nayak argued that Comey's second letter, meant to clear Clinton, actually boosted Trump's turnout.")  # fmt: skip
prose(A, "p4", "faithful", "According to Nayak, voters who made up their minds in the final week broke for Trump by a larger margin.")  # fmt: skip
prose(A, "p5", "faithful", "After record early voting, turnout dropped significantly in cities such as Philadelphia, Milwaukee and Detroit once the first letter became public.")  # fmt: skip
prose(A, "p5", "negation", "After record early voting, turnout rose significantly in cities such as Philadelphia, Milwaukee and Detroit once the first letter became public.")  # fmt: skip
prose(A, "p6", "faithful", "Nayak's letter was seen by Politico.")
prose(A, "p6", "entity", "Nayak's letter was seen by the New York Times.")
prose(A, "p7", "faithful", "Several days after the first letter, Comey wrote that the FBI had not changed its conclusion that there was no reason to prosecute Clinton.")  # fmt: skip
prose(A, "p7", "negation", "Several days after the first letter, Comey wrote that the FBI had changed its conclusion that there was no reason to prosecute Clinton.")  # fmt: skip
prose(A, "p8", "faithful", "Nayak said Comey's letter in the last 11 days of the election drove away some college-educated white voters, particularly in the suburbs.")  # fmt: skip
prose(A, "p8", "number", "Nayak said Comey's letter in the last 13 days of the election drove away some college-educated white voters, particularly in the suburbs.")  # fmt: skip
prose(A, "p9", "faithful", "Trump met President Obama for the first time on Thursday.")
prose(A, "p10", "added", "Nayak's letter was sent to the campaign's major donors.")
speaker(A, "q0", "faithful", "Navin Nayak", "In the end, late breaking developments in the race proved one hurdle too many for us to overcome")  # fmt: skip
speaker(A, "q0", "speaker", "James Comey", "In the end, late breaking developments in the race proved one hurdle too many for us to overcome")  # fmt: skip
speaker(
    A, "q1", "faithful", "Navin Nayak", "We believe that we lost this election in the last week"
)
speaker(
    A, "q1", "speaker", "Hillary Clinton", "We believe that we lost this election in the last week"
)
quote(A, "q2", "faithful", "energized Trump supporters")
quote(A, "q2", "quote", "mobilized Trump supporters")
quote(A, "q3", "faithful", "We believe that we lost this election in the last week")
quote(A, "q3", "quote", "We know that we lost this election in the last week")

# --- Trump calls the FBI 'rigged' ------------------------------------------------------
A = RIGGED
prose(A, "p0", "faithful", "At a rally in Sterling Heights, Michigan, Trump said Clinton was being protected by a rigged system.")  # fmt: skip
prose(A, "p0", "entity", "At a rally in Sterling Heights, Minnesota, Trump said Clinton was being protected by a rigged system.")  # fmt: skip
prose(A, "p1", "faithful", "Trump claimed the FBI could not have gone through as many as 650,000 emails in such a short time.")  # fmt: skip
prose(A, "p1", "number", "Trump claimed the FBI could not have gone through as many as 850,000 emails in such a short time.")  # fmt: skip
prose(A, "p2", "faithful", "FBI director James Comey said the review had not changed the agency's conclusion from July that no charges were warranted.")  # fmt: skip
prose(A, "p2", "negation", "FBI director James Comey said the review had changed the agency's conclusion from July that no charges were warranted.")  # fmt: skip
prose(A, "p3", "faithful", "Comey said the emails came from a device belonging to Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin.")  # fmt: skip
prose(A, "p4", "faithful", "Clinton's communications director, Jennifer Palmieri, welcomed the news and said the campaign was glad the matter was resolved.")  # fmt: skip
prose(A, "p4", "entity", "Clinton's communications director, Huma Abedin, welcomed the news and said the campaign was glad the matter was resolved.")  # fmt: skip
prose(A, "p5", "faithful", "The FBI began looking into Clinton's handling of classified material shortly after she announced her presidential bid in April 2015.")  # fmt: skip
prose(A, "p5", "date", "The FBI began looking into Clinton's handling of classified material shortly after she announced her presidential bid in April 2016.")  # fmt: skip
prose(A, "p6", "faithful", "Last July Comey said the decision not to recommend charges was not even a close call.")  # fmt: skip
prose(A, "p7", "faithful", "The FBI director also criticised Clinton and her team as extremely careless with national secrets.")  # fmt: skip
prose(A, "p8", "faithful", "Trump made no direct mention of the FBI's decision.")
prose(A, "p8", "negation", "Trump made a direct mention of the FBI's decision.")
prose(A, "p9", "faithful", "The polls have tightened, though Clinton still appears to hold an edge over Trump.")  # fmt: skip
prose(A, "p10", "faithful", "Eight-year-old Mason Haliburton, of Omaha, Nebraska, wore campaign buttons collected at five Trump rallies.")  # fmt: skip
prose(A, "p10", "number", "Eight-year-old Mason Haliburton, of Omaha, Nebraska, wore campaign buttons collected at seven Trump rallies.")  # fmt: skip
prose(A, "p11", "faithful", "Trump told his supporters it was up to the American people to deliver justice at the ballot box on November 8.")  # fmt: skip
prose(A, "p11", "date", "Trump told his supporters it was up to the American people to deliver justice at the ballot box on November 9.")  # fmt: skip
prose(A, "p12", "faithful", "Comey's letter to congressional lawmakers came just days before Election Day.")  # fmt: skip
prose(A, "p13", "added", "About 15,000 supporters attended the rally in Sterling Heights.")

if __name__ == "__main__":
    claims.write()
