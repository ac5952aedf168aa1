"""Writes benchmarks/data/faithfulness_heldout13.jsonl, the thirteenth held-out set:
claims about six articles that no earlier labelled set and no example file uses, whose
texts live in their own file, benchmarks/data/articles_heldout13.jsonl: four BBC News
articles of 2005 from the Giveme5W1H project's `bbc` sample (business, politics, tech,
entertainment) and two news-cluster articles of 2017 from its `40er` sample, one from
i24NEWS and one from RT (fhamborg/Giveme5W1H, Apache-2.0; not the annotated gold
standard, whose unseen test split stays unseen). Each is 2,100 to 2,750 characters:
the `bbc` sample holds few longer texts, and most `40er` texts are page boilerplate. The
set was written blind, before any verdict rule was run on it, from the article texts
alone (the rules, their results on the older sets and the notes on their weaknesses
unread), for one measurement of the claim-verdict rules; it is sealed
(benchmarks/sealed.py) until that measurement is made and reported
(benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names ("the Israeli premier", "the German paper", "the Xbox frontman"),
synonyms, merged sentences, reported speech (negative reported speech too: "denied the
transfer had anything to do with", "would not derail"), numbers and dates written
another way (about $11 million for 40 million shekels, two-thirds, 10 to 20 million for
10-20 million), speakers introduced with a job title and an organisation ("Michael
Moran, analyst at Daiwa Securities") and some near-copies of article sentences. Each
corrupted claim is one minimal edit of such a claim, made the way a model errs (another
person, band, party, organisation or country of the same article in the slot, an
antonym or a dropped "not", a changed quantity, day, month or year, a word changed
inside a quotation), and its label names the one way the article contradicts it (or,
for `added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout13_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

XBOX = "b1bd8b77c6900aa58be310f51b3585047da18fc8207d8cbe1e0e4185"
IMMIGRATION = "094b5bab72b9f68129e723f4177ddbaacf612164494218414e51e769"
JOBS = "d05f5c7a1d6b6e8c5cdd7ca7ea353f1d470db5241ed17d662e105060"
SABBATH = "39c14f5faed310509973d061d540050ef8dc8e8c95f89cc0541870a8"
SETTLEMENTS = "35d763403c74114d72f2b100e9af43112f2f118a0b56240ff008a316"
PANAMA = "1b031a941a53179cc222ed0071f54d0b9df0919f5f19a9588462b740"

claims = LabelledClaims("heldout13")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Game makers get Xbox 2 sneak peek ---------------------------------------------------
A = XBOX
prose(A, "p0", "faithful", "Microsoft has given games developers an early look at its next Xbox console.")  # fmt: skip
prose(A, "p1", "faithful", "Details of the new console were revealed at the annual Game Developers Conference in the US.")  # fmt: skip
prose(A, "p1", "entity", "Details of the new console were revealed at the annual E3 show in the US.")  # fmt: skip
prose(A, "p2", "faithful", "Xbox frontman J. Allard said the machine looked set to manage one trillion calculations a second.")  # fmt: skip
prose(A, "p2", "number", "Xbox frontman J. Allard said the machine looked set to manage one billion calculations a second.")  # fmt: skip
prose(A, "p3", "faithful", "Every game for the new Xbox will share the same interface, making it easy to play online and buy add-ons.")  # fmt: skip
prose(A, "p3", "negation", "Every game for the new Xbox will have its own interface, making it easy to play online and buy add-ons.")  # fmt: skip
prose(A, "p4", "faithful", "Microsoft is saving the official unveiling of the Xbox 2, codenamed Xenon, for the E3 show in May.")  # fmt: skip
prose(A, "p4", "date", "Microsoft is saving the official unveiling of the Xbox 2, codenamed Xenon, for the E3 show in March.")  # fmt: skip
prose(A, "p4", "entity", "Microsoft is saving the official unveiling of the Xbox 2, codenamed Xenon, for the Game Developers Conference in May.")  # fmt: skip
prose(A, "p5", "faithful", "The console could be on sale by November.")
prose(A, "p5", "date", "The console could be on sale by September.")
prose(A, "p5", "added", "The console could be on sale by November, at a price of $299.")
prose(A, "p6", "faithful", "Allard, who heads development of the console's game-making tools, gave a keynote speech at GDC.")  # fmt: skip
prose(A, "p7", "faithful", "He said gaming was entering a high-definition era that demanded detailed, convincing graphics able to compete with HDTV and the coming HD DVDs.")  # fmt: skip
prose(A, "p8", "faithful", "Industry watchers took this to mean the Xbox 2 will offer HDTV-quality graphics as standard, along with multi-channel audio.")  # fmt: skip
prose(A, "p9", "faithful", "Microsoft is building support for headset chat, buddy lists and custom soundtracks into the hardware so developers can concentrate on the games.")  # fmt: skip
prose(A, "p9", "added", "Microsoft is building support for headset chat, buddy lists, custom soundtracks and a webcam into the hardware so developers can concentrate on the games.")  # fmt: skip
prose(A, "p10", "faithful", "The Xbox will also support well-known industry specifications such as DirectX, making it simple for studios to write games for it.")  # fmt: skip
prose(A, "p10", "negation", "The Xbox will drop well-known industry specifications such as DirectX, making it simple for studios to write games for it.")  # fmt: skip
prose(A, "p11", "faithful", "A \"gamer card\" will hold details of each player's statistics and skill level.")  # fmt: skip
prose(A, "p12", "faithful", "Players will be able to spend small sums in a store on extras for their avatars or on add-ons such as new maps or vehicles.")  # fmt: skip
prose(A, "p12", "negation", "Players will be able to spend large sums in a store on extras for their avatars or on add-ons such as new maps or vehicles.")  # fmt: skip
prose(A, "p13", "faithful", "Microsoft is aiming for between 10 and 20 million subscribers.")
prose(A, "p13", "number", "Microsoft is aiming for between 20 and 30 million subscribers.")
prose(A, "p14", "faithful", "Allard said only that kind of consistency would let the Xbox support the subscribers it was aiming for.")  # fmt: skip
prose(A, "p15", "faithful", "During the speech Allard took several swipes at the rival Playstation.")  # fmt: skip
prose(A, "p16", "faithful", "He argued that console processors had to be built with developers, not just engineers, in mind.")  # fmt: skip
prose(A, "p16", "negation", "He argued that console processors had to be built with engineers, not developers, in mind.")  # fmt: skip
prose(A, "p17", "faithful", "The Microsoft executive said being able to personalise games and in-game characters would be key in the future.")  # fmt: skip
prose(A, "p18", "faithful", "According to Allard, Microsoft had to work hard to make it easy for game makers to produce Xbox 2 titles and for players to get playing.")  # fmt: skip
prose(A, "p19", "faithful", "The common interface will also let gamers set up online play and reach music stored on the console.")  # fmt: skip
prose(A, "p20", "faithful", "The next Xbox is codenamed Xenon.")
speaker(A, "q0", "faithful", "J. Allard", "Our approach is Bruce Lee, not brute force")
speaker(A, "q1", "faithful", "Xbox frontman J. Allard", "Our approach is Bruce Lee, not brute force")  # fmt: skip
speaker(A, "q1", "speaker", "Bruce Lee", "Our approach is Bruce Lee, not brute force")
quote(A, "q2", "faithful", "Our approach is Bruce Lee, not brute force")
quote(A, "q2", "quote", "Our approach is Bruce Lee, not brute strength")
quote(A, "q3", "faithful", "gamer card")

# --- Immigration to be election issue ----------------------------------------------------
A = IMMIGRATION
prose(A, "p0", "faithful", "Immigration and asylum are issues the big parties have normally tiptoed around at election time.")  # fmt: skip
prose(A, "p0", "negation", "Immigration and asylum are issues the big parties have normally put at the heart of their campaigns at election time.")  # fmt: skip
prose(A, "p1", "faithful", "Labour and the Conservatives have both signalled they intend to make the issues central to their election campaigns.")  # fmt: skip
prose(A, "p1", "entity", "Labour and the Liberal Democrats have both signalled they intend to make the issues central to their election campaigns.")  # fmt: skip
prose(A, "p1", "negation", "Labour and the Conservatives have both signalled they intend to keep the issues out of their election campaigns.")  # fmt: skip
prose(A, "p2", "faithful", "Both parties have been struck by voters' concern, with internal surveys suggesting the issues could swing large numbers of votes.")  # fmt: skip
prose(A, "p3", "faithful", "The same was true at the last general election, when immigration briefly became a campaigning issue.")  # fmt: skip
prose(A, "p4", "faithful", "That sparked a predictable furore, with politicians accused either of stoking up xenophobia or of running scared of the problem.")  # fmt: skip
prose(A, "p5", "faithful", "This time it looks set to be one of the core battlegrounds, with both big parties competing to set out tough policies.")  # fmt: skip
prose(A, "p6", "faithful", "The Tories are already committed to annual limits on immigration, with a quota for asylum seekers whose applications would be processed outside the UK.")  # fmt: skip
prose(A, "p6", "negation", "The Tories are already committed to annual limits on immigration, with a quota for asylum seekers whose applications would be processed inside the UK.")  # fmt: skip
prose(A, "p6", "entity", "Labour is already committed to annual limits on immigration, with a quota for asylum seekers whose applications would be processed outside the UK.")  # fmt: skip
prose(A, "p7", "faithful", "Labour has already called the Conservative plan unworkable.")
prose(A, "p7", "entity", "The Liberal Democrats have already called the Conservative plan unworkable.")  # fmt: skip
prose(A, "p7", "negation", "Labour has already endorsed the Conservative plan as workable.")
prose(A, "p8", "faithful", "Party strategists have seen the Tories seize a poll advantage on the issue.")  # fmt: skip
prose(A, "p8", "entity", "Party strategists have seen Labour seize a poll advantage on the issue.")
prose(A, "p9", "faithful", "Home Secretary Charles Clarke has proposed a points system so that only immigrants who can benefit the economy are allowed in.")  # fmt: skip
prose(A, "p9", "entity", "Home Secretary Bill Morris has proposed a points system so that only immigrants who can benefit the economy are allowed in.")  # fmt: skip
prose(A, "p10", "faithful", "Clarke's plans would also see more failed asylum seekers removed.")
prose(A, "p10", "negation", "Clarke's plans would also let more failed asylum seekers stay.")
prose(A, "p11", "faithful", "The Conservatives attacked the home secretary's plans as too little, too late, saying they failed to tackle the numbers entering the UK.")  # fmt: skip
prose(A, "p11", "entity", "The Liberal Democrats attacked the home secretary's plans as too little, too late, saying they failed to tackle the numbers entering the UK.")  # fmt: skip
prose(A, "p12", "faithful", "The Liberal Democrats have largely stayed out of the argument but have called for a Europe-wide immigration policy.")  # fmt: skip
prose(A, "p12", "negation", "The Liberal Democrats have thrown themselves into the argument and have called for a Europe-wide immigration policy.")  # fmt: skip
prose(A, "p12", "added", "The Liberal Democrats have largely stayed out of the argument but have called for a Europe-wide immigration policy and an amnesty for illegal immigrants.")  # fmt: skip
prose(A, "p13", "faithful", "All the parties appear to agree that the time has come to debate the issue properly.")  # fmt: skip
prose(A, "p13", "negation", "None of the parties appears to think that the time has come to debate the issue properly.")  # fmt: skip
prose(A, "p14", "faithful", "There are already signs the parties will run into the same problems as before.")  # fmt: skip
prose(A, "p15", "faithful", "Former union leader Sir Bill Morris has accused both big parties of a bidding war over who can be nastiest to asylum seekers.")  # fmt: skip
prose(A, "p15", "entity", "Former Tory leader Sir Bill Morris has accused both big parties of a bidding war over who can be nastiest to asylum seekers.")  # fmt: skip
prose(A, "p15", "negation", "Former union leader Sir Bill Morris has praised both big parties for avoiding a bidding war over who can be nastiest to asylum seekers.")  # fmt: skip
prose(A, "p16", "faithful", "Morris fears that right-wing parties will seize on phrases like \"burden to Britain\" to create fear and uncertainty.")  # fmt: skip
prose(A, "p17", "faithful", "He expects Labour and the Conservatives themselves to take a constructive approach to the debate.")  # fmt: skip
prose(A, "p17", "negation", "He does not expect Labour and the Conservatives themselves to take a constructive approach to the debate.")  # fmt: skip
prose(A, "p18", "faithful", "The suggestion that the issue plays to the far right's racist agenda is likely to provoke strong reactions.")  # fmt: skip
prose(A, "p19", "faithful", "The challenge for the big parties is to debate immigration in the cut and thrust of an election while avoiding that trap.")  # fmt: skip
prose(A, "p20", "faithful", "Immigration looks set to be a core battleground at the general election.")  # fmt: skip
speaker(A, "q0", "faithful", "Sir Bill Morris", "bidding war about who can be nastiest to asylum seekers")  # fmt: skip
speaker(A, "q0", "speaker", "Charles Clarke", "bidding war about who can be nastiest to asylum seekers")  # fmt: skip
speaker(A, "q1", "faithful", "Former union leader Sir Bill Morris", "My concern is that, whilst the Labour Party and the Conservative Party will take a constructive approach to the debate, right-wing political parties, picking up on statements like `burden to Britain' will exploit this and create a lot of fear and uncertainty")  # fmt: skip
speaker(A, "q1", "speaker", "Home Secretary Charles Clarke", "My concern is that, whilst the Labour Party and the Conservative Party will take a constructive approach to the debate, right-wing political parties, picking up on statements like `burden to Britain' will exploit this and create a lot of fear and uncertainty")  # fmt: skip
quote(A, "q2", "faithful", "bidding war about who can be nastiest to asylum seekers")
quote(A, "q2", "quote", "bidding war about who can be toughest on asylum seekers")
quote(A, "q3", "faithful", "right-wing political parties, picking up on statements like `burden to Britain' will exploit this and create a lot of fear and uncertainty")  # fmt: skip
quote(A, "q3", "quote", "right-wing political parties, picking up on statements like `burden to Britain' will exploit this and create a lot of fear and division")  # fmt: skip
quote(A, "q4", "faithful", "whilst the Labour Party and the Conservative Party will take a constructive approach to the debate")  # fmt: skip
quote(A, "q4", "quote", "whilst the Labour Party and the Conservative Party will take a destructive approach to the debate")  # fmt: skip

# --- Steady job growth continues in US ---------------------------------------------------
A = JOBS
prose(A, "p0", "faithful", "The US created fewer jobs than expected in December, but analysts said the dip would not derail the world's biggest economy.")  # fmt: skip
prose(A, "p0", "negation", "The US created fewer jobs than expected in December, but analysts said the dip could derail the world's biggest economy.")  # fmt: skip
prose(A, "p1", "faithful", "Labor Department figures show 157,000 jobs were added in December.")
prose(A, "p1", "number", "Labor Department figures show 175,000 jobs were added in December.")
prose(A, "p1", "date", "Labor Department figures show 157,000 jobs were added in November.")
prose(A, "p2", "faithful", "That took the total for 2004 to 2.2 million, the best showing in five years.")  # fmt: skip
prose(A, "p2", "number", "That took the total for 2004 to 2.2 million, the best showing in ten years.")  # fmt: skip
prose(A, "p3", "faithful", "Job creation for the year reached 2.2 million in 2004.")
prose(A, "p3", "number", "Job creation for the year reached 2.7 million in 2004.")
prose(A, "p4", "faithful", "The unemployment rate held steady at 5.4% in December.")
prose(A, "p4", "number", "The unemployment rate held steady at 4.5% in December.")
prose(A, "p5", "faithful", "Around 200,000 jobs a month would have to be created for the jobless rate to fall.")  # fmt: skip
prose(A, "p5", "number", "Around 100,000 jobs a month would have to be created for the jobless rate to fall.")  # fmt: skip
prose(A, "p6", "faithful", "Michael Moran, an analyst at Daiwa Securities, called it a respectable report.")  # fmt: skip
prose(A, "p6", "entity", "Michael Moran, an analyst at Swiss Re, called it a respectable report.")
prose(A, "p7", "faithful", "Moran said December's payroll growth was a little below the consensus forecast, but the two previous months had been revised up and manufacturing employment had risen.")  # fmt: skip
prose(A, "p7", "negation", "Moran said December's payroll growth was a little below the consensus forecast, but the two previous months had been revised down and manufacturing employment had risen.")  # fmt: skip
prose(A, "p8", "faithful", "He said that because manufacturing is cyclical, job growth there is a good sign the economy is on a solid growth track.")  # fmt: skip
prose(A, "p9", "faithful", "The Federal Reserve is therefore likely to keep raising interest rates.")  # fmt: skip
prose(A, "p9", "negation", "The Federal Reserve is therefore likely to stop raising interest rates.")  # fmt: skip
prose(A, "p10", "faithful", "The Fed raised borrowing costs five times last year, to 2.25%.")
prose(A, "p10", "number", "The Fed raised borrowing costs four times last year, to 2.25%.")
prose(A, "p11", "faithful", "Last year the US central bank lifted its key rate to 2.25%, citing signs the recovery was becoming more robust.")  # fmt: skip
prose(A, "p11", "number", "Last year the US central bank lifted its key rate to 2.5%, citing signs the recovery was becoming more robust.")  # fmt: skip
prose(A, "p11", "negation", "Last year the US central bank lifted its key rate to 2.25%, citing signs the recovery was becoming less robust.")  # fmt: skip
prose(A, "p12", "faithful", "Job creation was one of the main topics of debate in the US presidential election.")  # fmt: skip
prose(A, "p13", "faithful", "Demand for workers is far from booming, but conditions are set for steady growth.")  # fmt: skip
prose(A, "p13", "negation", "Demand for workers is booming, but conditions are set for steady growth.")  # fmt: skip
prose(A, "p14", "faithful", "Kurt Karl, economist at Swiss Re in New York, said the figures looked great compared with the year before and he expected them to keep getting stronger in 2005.")  # fmt: skip
prose(A, "p14", "entity", "Kurt Karl, economist at Daiwa Securities in New York, said the figures looked great compared with the year before and he expected them to keep getting stronger in 2005.")  # fmt: skip
prose(A, "p14", "date", "Kurt Karl, economist at Swiss Re in New York, said the figures looked great compared with the year before and he expected them to keep getting stronger in 2006.")  # fmt: skip
prose(A, "p15", "faithful", "Federal Reserve data showed an unexpected $8.7bn drop in consumer debt in November.")  # fmt: skip
prose(A, "p15", "number", "Federal Reserve data showed an unexpected $7.8bn drop in consumer debt in November.")  # fmt: skip
prose(A, "p15", "date", "Federal Reserve data showed an unexpected $8.7bn drop in consumer debt in October.")  # fmt: skip
prose(A, "p15", "negation", "Federal Reserve data showed an unexpected $8.7bn rise in consumer debt in November.")  # fmt: skip
prose(A, "p16", "faithful", "Economists warned against reading too much into the fall in consumer borrowing.")  # fmt: skip
prose(A, "p16", "negation", "Economists said a great deal should be read into the fall in consumer borrowing.")  # fmt: skip
prose(A, "p17", "faithful", "Consumer spending accounts for about two-thirds of all US economic activity.")  # fmt: skip
prose(A, "p17", "number", "Consumer spending accounts for about three-quarters of all US economic activity.")  # fmt: skip
prose(A, "p18", "faithful", "A fall in consumer spending could help limit any future rate rises.")
prose(A, "p19", "faithful", "Economists said the drop in borrowing, which includes credit cards and personal loans, could have several causes, and noted such figures vary from month to month.")  # fmt: skip
prose(A, "p19", "added", "Economists said the drop in borrowing, which includes credit cards, personal loans and mortgages, could have several causes, and noted such figures vary from month to month.")  # fmt: skip
prose(A, "p20", "faithful", "Analysts said conditions are in place for steady growth in 2005, though worries remain.")  # fmt: skip
prose(A, "p20", "date", "Analysts said conditions are in place for steady growth in 2006, though worries remain.")  # fmt: skip
speaker(A, "q0", "faithful", "Michael Moran", "It was a respectable report")
speaker(A, "q0", "speaker", "Kurt Karl", "It was a respectable report")
speaker(A, "q1", "faithful", "Michael Moran, analyst at Daiwa Securities", "Payroll growth in December was a little lighter than the consensus forecast, but we had upward revisions to the prior two months and an increase in manufacturing employment.")  # fmt: skip
speaker(A, "q1", "speaker", "Kurt Karl, economist at Swiss Re", "Payroll growth in December was a little lighter than the consensus forecast, but we had upward revisions to the prior two months and an increase in manufacturing employment.")  # fmt: skip
speaker(A, "q2", "faithful", "Kurt Karl, economist at Swiss Re in New York", "Overall, compared to the previous year it looks great, it just keeps going stronger and stronger and I expect that to be the case")  # fmt: skip
speaker(A, "q2", "speaker", "Michael Moran, analyst at Daiwa Securities", "Overall, compared to the previous year it looks great, it just keeps going stronger and stronger and I expect that to be the case")  # fmt: skip
quote(A, "q3", "faithful", "Payroll growth in December was a little lighter than the consensus forecast")  # fmt: skip
quote(A, "q3", "quote", "Payroll growth in December was a little heavier than the consensus forecast")  # fmt: skip
quote(A, "q4", "faithful", "it just keeps going stronger and stronger")
quote(A, "q4", "quote", "it just keeps getting better and better")
quote(A, "q5", "faithful", "It was a respectable report")
quote(A, "q5", "quote", "It was a disappointing report")
quote(A, "q6", "faithful", "it's a good indication that the economy is on a solid growth track")
quote(A, "q6", "quote", "it's a clear indication that the economy is on a solid growth track")

# --- Black Sabbath top rock album poll ---------------------------------------------------
A = SABBATH
prose(A, "p0", "faithful", "Black Sabbath have topped a poll of the best British rock albums of all time.")  # fmt: skip
prose(A, "p0", "entity", "Led Zeppelin have topped a poll of the best British rock albums of all time.")  # fmt: skip
prose(A, "p1", "faithful", "Kerrang! readers voted the band's self-titled 1970 debut the best British rock album.")  # fmt: skip
prose(A, "p1", "date", "Kerrang! readers voted the band's self-titled 1971 debut the best British rock album.")  # fmt: skip
prose(A, "p2", "faithful", "The band once fronted by Ozzy Osbourne have three more albums on the list, including Paranoid in fifth place.")  # fmt: skip
prose(A, "p2", "number", "The band once fronted by Ozzy Osbourne have two more albums on the list, including Paranoid in fifth place.")  # fmt: skip
prose(A, "p3", "faithful", "Paranoid came fifth in the poll.")
prose(A, "p3", "number", "Paranoid came fourth in the poll.")
prose(A, "p4", "faithful", "Osbourne features more than any other act, thanks to two solo records on the list.")  # fmt: skip
prose(A, "p4", "number", "Osbourne features more than any other act, thanks to three solo records on the list.")  # fmt: skip
prose(A, "p5", "faithful", "Led Zeppelin, Iron Maiden and the Sex Pistols also make the top five.")
prose(A, "p5", "entity", "Led Zeppelin, Iron Maiden and Queen also make the top five.")
prose(A, "p6", "faithful", "Queen, Muse, the Manic Street Preachers and The Clash complete the top 10.")  # fmt: skip
prose(A, "p6", "entity", "Queen, The Darkness, the Manic Street Preachers and The Clash complete the top 10.")  # fmt: skip
prose(A, "p7", "faithful", "The list mixes heavy metal, punk, glam rock and even dance music.")
prose(A, "p8", "faithful", "Motorhead, Judas Priest and Prodigy feature alongside newer acts such as The Darkness and Lostprophets.")  # fmt: skip
prose(A, "p8", "added", "Motorhead, Judas Priest and Prodigy feature alongside newer acts such as The Darkness, Lostprophets and Kasabian.")  # fmt: skip
prose(A, "p9", "faithful", "The magazine's editor, Ashley Bird, said it was amazing to see so many incredible homegrown albums in one list without any of the abysmal fashion bands clogging up the scene.")  # fmt: skip
prose(A, "p9", "negation", "The magazine's editor, Ashley Bird, said it was disappointing to see so many incredible homegrown albums in one list without any of the abysmal fashion bands clogging up the scene.")  # fmt: skip
prose(A, "p10", "faithful", "Bird said the list reflected the real opinions of proper rock fans.")
prose(A, "p11", "faithful", "Black Sabbath were formed by four teenage friends in the West Midlands in the late 1960s.")  # fmt: skip
prose(A, "p11", "number", "Black Sabbath were formed by five teenage friends in the West Midlands in the late 1960s.")  # fmt: skip
prose(A, "p11", "date", "Black Sabbath were formed by four teenage friends in the West Midlands in the late 1970s.")  # fmt: skip
prose(A, "p12", "faithful", "They are one of Britain's most successful heavy rock bands.")
prose(A, "p13", "faithful", "The debut was a UK top 10 hit in 1970 and sold over a million copies in the US.")  # fmt: skip
prose(A, "p13", "number", "The debut was a UK top 20 hit in 1970 and sold over a million copies in the US.")  # fmt: skip
prose(A, "p13", "entity", "The debut was a US top 10 hit in 1970 and sold over a million copies in the US.")  # fmt: skip
prose(A, "p14", "faithful", "Osbourne hailed the band's success in the Kerrang! poll as a triumph for British rock.")  # fmt: skip
prose(A, "p15", "faithful", "Although many critics disliked them, Black Sabbath went on to release multi-million selling albums.")  # fmt: skip
prose(A, "p15", "negation", "Although many critics disliked them, Black Sabbath never released a multi-million selling album.")  # fmt: skip
prose(A, "p16", "faithful", "Internal rows led to the singer leaving the band in 1979.")
prose(A, "p16", "date", "Internal rows led to the singer leaving the band in 1978.")
prose(A, "p17", "faithful", "The band carried on without Osbourne, who found solo success but also battled alcoholism.")  # fmt: skip
prose(A, "p17", "negation", "The band split up without Osbourne, who found solo success but also battled alcoholism.")  # fmt: skip
prose(A, "p18", "faithful", "He also faced legal action over claims his music incited teenagers to commit suicide, and was eventually cleared.")  # fmt: skip
prose(A, "p18", "negation", "He also faced legal action over claims his music incited teenagers to commit suicide, and was eventually convicted.")  # fmt: skip
prose(A, "p19", "faithful", "Osbourne famously bit the head off a live bat on stage in 1982.")
prose(A, "p19", "date", "Osbourne famously bit the head off a live bat on stage in 1985.")
prose(A, "p20", "faithful", "He rejoined Black Sabbath to play the Live Aid charity concert in 1985.")  # fmt: skip
prose(A, "p20", "date", "He rejoined Black Sabbath to play the Live Aid charity concert in 1982.")
prose(A, "p21", "faithful", "After many line-up changes, the original four members got back together for live dates in 1997.")  # fmt: skip
prose(A, "p21", "date", "After many line-up changes, the original four members got back together for live dates in 1999.")  # fmt: skip
prose(A, "p21", "number", "After many line-up changes, the original three members got back together for live dates in 1997.")  # fmt: skip
prose(A, "p22", "faithful", "Osbourne has found wider fame with his family through the MTV documentary series The Osbournes.")  # fmt: skip
prose(A, "p22", "added", "Osbourne has found wider fame with his family through the MTV documentary series The Osbournes, which won an Emmy.")  # fmt: skip
prose(A, "p23", "faithful", "The band have reunited regularly in recent years.")
prose(A, "p23", "negation", "The band have not reunited in recent years.")
prose(A, "p24", "faithful", "Osbourne recalled that while others sang about flowers in San Francisco, the only flowers he saw in Aston, Birmingham, were on a gravestone.")  # fmt: skip
speaker(A, "q0", "faithful", "Ashley Bird", "These are the real opinions of proper rock fans.")
speaker(A, "q0", "speaker", "Ozzy Osbourne", "These are the real opinions of proper rock fans.")
speaker(A, "q1", "faithful", "Kerrang! editor Ashley Bird", "It's amazing to see so many incredible homegrown albums in one list, and without any of the abysmal fashion bands that currently clog up the music scene.")  # fmt: skip
speaker(A, "q1", "speaker", "Ozzy Osbourne", "It's amazing to see so many incredible homegrown albums in one list, and without any of the abysmal fashion bands that currently clog up the music scene.")  # fmt: skip
speaker(A, "q2", "faithful", "Ozzy Osbourne", "We lived in Aston, Birmingham. The only flowers I ever saw were on a gravestone in our local cemetery.")  # fmt: skip
speaker(A, "q2", "speaker", "Ashley Bird", "We lived in Aston, Birmingham. The only flowers I ever saw were on a gravestone in our local cemetery.")  # fmt: skip
speaker(A, "q3", "faithful", "Osbourne", "The only flowers I ever saw were on a gravestone in our local cemetery.")  # fmt: skip
quote(A, "q4", "faithful", "The only flowers I ever saw were on a gravestone in our local cemetery.")  # fmt: skip
quote(A, "q4", "quote", "The only flowers I ever saw were on a gravestone in our local churchyard.")
quote(A, "q5", "faithful", "These are the real opinions of proper rock fans.")
quote(A, "q5", "quote", "These are the real opinions of true rock fans.")
quote(A, "q6", "faithful", "without any of the abysmal fashion bands that currently clog up the music scene")  # fmt: skip
quote(A, "q6", "quote", "without any of the awful fashion bands that currently clog up the music scene")  # fmt: skip

# --- Israel approves $11 million for West Bank settlements -------------------------------
A = SETTLEMENTS
prose(A, "p0", "faithful", "Israel's cabinet on Wednesday approved a transfer of 40 million shekels, about $11 million, to West Bank settlements.")  # fmt: skip
prose(A, "p0", "number", "Israel's cabinet on Wednesday approved a transfer of 40 million shekels, about $14 million, to West Bank settlements.")  # fmt: skip
prose(A, "p0", "date", "Israel's cabinet on Thursday approved a transfer of 40 million shekels, about $11 million, to West Bank settlements.")  # fmt: skip
prose(A, "p1", "faithful", "Under the resolution, the funding takes effect immediately.")
prose(A, "p2", "faithful", "The approval came a day after Prime Minister Benjamin Netanyahu met 11 senior rabbis to ask for their support, Haaretz reported.")  # fmt: skip
prose(A, "p2", "number", "The approval came a day after Prime Minister Benjamin Netanyahu met 17 senior rabbis to ask for their support, Haaretz reported.")  # fmt: skip
prose(A, "p2", "date", "The approval came a week after Prime Minister Benjamin Netanyahu met 11 senior rabbis to ask for their support, Haaretz reported.")  # fmt: skip
prose(A, "p3", "faithful", "The meeting came amid a controversial bill that would bar police from recommending criminal charges against high-profile figures in corruption cases.")  # fmt: skip
prose(A, "p3", "negation", "The meeting came amid a controversial bill that would require police to recommend criminal charges against high-profile figures in corruption cases.")  # fmt: skip
prose(A, "p4", "faithful", "The bill is being filibustered by the opposition in parliament.")
prose(A, "p4", "negation", "The bill is being backed by the opposition in parliament.")
prose(A, "p5", "faithful", "The Israeli premier is under investigation in two corruption cases, known as Case 1000 and Case 2000.")  # fmt: skip
prose(A, "p5", "number", "The Israeli premier is under investigation in three corruption cases, known as Case 1000 and Case 2000.")  # fmt: skip
prose(A, "p6", "faithful", "Two of Netanyahu's closest confidants are involved in a separate graft probe, Case 3000.")  # fmt: skip
prose(A, "p6", "number", "Two of Netanyahu's closest confidants are involved in a separate graft probe, Case 4000.")  # fmt: skip
prose(A, "p7", "faithful", "Citing an unnamed source, Haaretz said Netanyahu told the rabbis on Tuesday there was a political effort to bring down the government through demonstrations and other means.")  # fmt: skip
prose(A, "p7", "date", "Citing an unnamed source, Haaretz said Netanyahu told the rabbis on Monday there was a political effort to bring down the government through demonstrations and other means.")  # fmt: skip
prose(A, "p8", "faithful", "The rabbis reportedly backed the government while raising concerns about settlement construction in the West Bank and Orthodox Jewish women serving in the army.")  # fmt: skip
prose(A, "p8", "negation", "The rabbis reportedly criticised the government while raising concerns about settlement construction in the West Bank and Orthodox Jewish women serving in the army.")  # fmt: skip
prose(A, "p9", "faithful", "The measure includes a one-time security grant of 34.5 million shekels for Israeli local authorities in the West Bank.")  # fmt: skip
prose(A, "p9", "number", "The measure includes a one-time security grant of 43.5 million shekels for Israeli local authorities in the West Bank.")  # fmt: skip
prose(A, "p10", "faithful", "The Finance Ministry will also allocate 5.5 million for first aid stations in the West Bank.")  # fmt: skip
prose(A, "p10", "number", "The Finance Ministry will also allocate 4.5 million for first aid stations in the West Bank.")  # fmt: skip
prose(A, "p10", "entity", "The Prime Minister's Bureau will also allocate 5.5 million for first aid stations in the West Bank.")  # fmt: skip
prose(A, "p11", "faithful", "A cabinet member reportedly told Haaretz the resolution was passed with unprecedented speed and was vague about how the money would be used.")  # fmt: skip
prose(A, "p11", "negation", "A cabinet member reportedly told Haaretz the resolution was passed with unprecedented speed and was precise about how the money would be used.")  # fmt: skip
prose(A, "p12", "faithful", "Netanyahu's office denied that the transfer had anything to do with his meeting with the rabbis.")  # fmt: skip
prose(A, "p12", "negation", "Netanyahu's office admitted that the transfer had something to do with his meeting with the rabbis.")  # fmt: skip
prose(A, "p12", "added", "Netanyahu's office denied that the transfer had anything to do with his meeting with the rabbis and threatened to sue Haaretz.")  # fmt: skip
prose(A, "p13", "faithful", "The bureau said the timing was nothing out of the ordinary, coming just before the new fiscal year.")  # fmt: skip
prose(A, "p13", "negation", "The bureau said the timing was highly unusual, coming just before the new fiscal year.")  # fmt: skip
prose(A, "p14", "faithful", "It said the proposal is passed every year toward the end of the budget year and was also put to a vote at the end of last year.")  # fmt: skip
prose(A, "p15", "faithful", "Bezalel Smotrich, a lawmaker from the right-wing religious party Habayit Hayehudi, said such funds have been transferred every year for 17 years.")  # fmt: skip
prose(A, "p15", "number", "Bezalel Smotrich, a lawmaker from the right-wing religious party Habayit Hayehudi, said such funds have been transferred every year for 12 years.")  # fmt: skip
prose(A, "p16", "faithful", "According to Smotrich, the money compensates local authorities for exceptional security expenses.")  # fmt: skip
prose(A, "p17", "faithful", "Most of the international community regards Israeli settlements as illegal.")  # fmt: skip
prose(A, "p17", "negation", "Most of the international community regards Israeli settlements as legal.")  # fmt: skip
prose(A, "p18", "faithful", "Some 430,000 Israeli settlers live among 2.6 million Palestinians in the West Bank.")  # fmt: skip
prose(A, "p18", "number", "Some 340,000 Israeli settlers live among 2.6 million Palestinians in the West Bank.")  # fmt: skip
prose(A, "p19", "faithful", "Around 2.6 million Palestinians live in the West Bank alongside the settlers.")  # fmt: skip
prose(A, "p19", "number", "Around 1.6 million Palestinians live in the West Bank alongside the settlers.")  # fmt: skip
prose(A, "p20", "faithful", "Israel has controlled the West Bank since the end of the Six Day War in 1967.")  # fmt: skip
prose(A, "p20", "date", "Israel has controlled the West Bank since the end of the Six Day War in 1973.")  # fmt: skip
speaker(A, "q0", "faithful", "The Prime Minister's Bureau", "The decision has no connection to the meeting with the rabbis.")  # fmt: skip
speaker(A, "q0", "speaker", "Bezalel Smotrich", "The decision has no connection to the meeting with the rabbis.")  # fmt: skip
speaker(A, "q1", "faithful", "Benjamin Netanyahu", "there is a political effort, through demonstrations and other means to, bring down")  # fmt: skip
speaker(A, "q1", "speaker", "Bezalel Smotrich", "there is a political effort, through demonstrations and other means to, bring down")  # fmt: skip
speaker(A, "q2", "faithful", "Bezalel Smotrich of Habayit Hayehudi", "local authorities every year for 17 years as compensation for exceptional security expenses.")  # fmt: skip
speaker(A, "q2", "speaker", "Benjamin Netanyahu", "local authorities every year for 17 years as compensation for exceptional security expenses.")  # fmt: skip
speaker(A, "q3", "faithful", "Netanyahu's office", "The issue never came up in the meeting.")
quote(A, "q4", "faithful", "The decision has no connection to the meeting with the rabbis.")
quote(A, "q4", "quote", "The decision has no connection to the meeting with the settlers.")
quote(A, "q5", "faithful", "This is a proposal that is passed every year toward the end of the budget year.")  # fmt: skip
quote(A, "q5", "quote", "This is a proposal that is passed every year toward the start of the budget year.")  # fmt: skip
quote(A, "q6", "faithful", "compensation for exceptional security expenses")
quote(A, "q6", "quote", "compensation for additional security expenses")
quote(A, "q7", "faithful", "The issue never came up in the meeting.")
quote(A, "q7", "quote", "The issue briefly came up in the meeting.")

# --- Panama Papers: German paper publishes the biggest leak in history -------------------
A = PANAMA
prose(A, "p0", "faithful", "Germany's Süddeutsche Zeitung has released the biggest leak in journalistic history, putting 11.5 million documents from a Panamanian law firm online.")  # fmt: skip
prose(A, "p0", "number", "Germany's Süddeutsche Zeitung has released the biggest leak in journalistic history, putting 15.5 million documents from a Panamanian law firm online.")  # fmt: skip
prose(A, "p1", "faithful", "The paper said it got the documents a year ago from an anonymous source who wanted no money or anything else in return.")  # fmt: skip
prose(A, "p1", "date", "The paper said it got the documents two years ago from an anonymous source who wanted no money or anything else in return.")  # fmt: skip
prose(A, "p1", "negation", "The paper said it got the documents a year ago from an anonymous source who demanded money in return.")  # fmt: skip
prose(A, "p2", "faithful", "SZ obtained further documents in a follow-up investigation involving 400 journalists from more than 100 media organisations.")  # fmt: skip
prose(A, "p2", "number", "SZ obtained further documents in a follow-up investigation involving 300 journalists from more than 100 media organisations.")  # fmt: skip
prose(A, "p3", "faithful", "The journalists involved came from more than 80 countries.")
prose(A, "p3", "number", "The journalists involved came from more than 60 countries.")
prose(A, "p4", "faithful", "SZ chose to analyse the data together with the International Consortium of Investigative Journalists.")  # fmt: skip
prose(A, "p4", "entity", "SZ chose to analyse the data together with Wikileaks.")
prose(A, "p5", "faithful", "The German newspaper said the papers show how a global industry led by major banks, law firms and asset managers secretly manages the estates of the world's rich and famous.")  # fmt: skip
prose(A, "p5", "negation", "The German newspaper said the papers show how a global industry led by major banks, law firms and asset managers openly manages the estates of the world's rich and famous.")  # fmt: skip
prose(A, "p6", "faithful", "Those clients range from politicians, FIFA officials, fraudsters and drug smugglers to celebrities and professional athletes.")  # fmt: skip
prose(A, "p6", "added", "Those clients range from politicians, FIFA officials, fraudsters and drug smugglers to celebrities, professional athletes and members of royal families.")  # fmt: skip
prose(A, "p7", "faithful", "The leaked material covers the work of the Mossack Fonseca firm from the 1970s until spring 2016.")  # fmt: skip
prose(A, "p7", "date", "The leaked material covers the work of the Mossack Fonseca firm from the 1980s until spring 2016.")  # fmt: skip
prose(A, "p8", "faithful", "SZ said the roughly 11.5 million documents outnumber Wikileaks' Cablegate, Offshore Leaks, Lux Leaks and Swiss Leaks combined.")  # fmt: skip
prose(A, "p8", "negation", "SZ said the roughly 11.5 million documents fall short of Wikileaks' Cablegate, Offshore Leaks, Lux Leaks and Swiss Leaks combined.")  # fmt: skip
prose(A, "p9", "faithful", "The data takes the form of e-mails, PDF files, photos and excerpts from the Panamanian firm's database.")  # fmt: skip
prose(A, "p10", "faithful", "The leak reportedly exposes the offshore holdings of 12 current and former world leaders.")  # fmt: skip
prose(A, "p10", "number", "The leak reportedly exposes the offshore holdings of 21 current and former world leaders.")  # fmt: skip
prose(A, "p11", "faithful", "It also gives data on the financial dealings of 128 other politicians and public officials from various countries.")  # fmt: skip
prose(A, "p11", "number", "It also gives data on the financial dealings of 182 other politicians and public officials from various countries.")  # fmt: skip
prose(A, "p12", "faithful", "On April 3, 2016, Edward Snowden tweeted that the biggest leak in the history of data journalism had gone live and was about corruption.")  # fmt: skip
prose(A, "p12", "date", "On April 5, 2016, Edward Snowden tweeted that the biggest leak in the history of data journalism had gone live and was about corruption.")  # fmt: skip
prose(A, "p13", "faithful", "Snowden joked that the journalism was so hot it had melted the servers.")  # fmt: skip
prose(A, "p14", "faithful", "The documents come from the Panamanian law firm Mossack Fonseca.")
prose(A, "p15", "faithful", "The so-called Panama Papers offer rare insights into a world that can only exist in the shadows, in the German daily's own words.")  # fmt: skip
speaker(A, "q0", "faithful", "Süddeutsche Zeitung", "The Panama Papers include approximately 11.5 million documents")  # fmt: skip
speaker(A, "q0", "speaker", "Edward Snowden", "The Panama Papers include approximately 11.5 million documents")  # fmt: skip
speaker(A, "q1", "faithful", "SZ", "wanted neither financial compensation nor anything else in return.")  # fmt: skip
speaker(A, "q2", "faithful", "the German newspaper", "It proves how a global industry led by major banks, legal firms, and asset management companies secretly manages the estates of the world\u2019s rich and famous")  # fmt: skip
speaker(A, "q2", "speaker", "the International Consortium of Investigative Journalists", "It proves how a global industry led by major banks, legal firms, and asset management companies secretly manages the estates of the world\u2019s rich and famous")  # fmt: skip
quote(A, "q3", "faithful", "rare insights into a world that can only exist in the shadows.")
quote(A, "q3", "quote", "rare insights into a world that can only exist in the dark.")
quote(A, "q4", "faithful", "400 journalists from more than 100 media organizations in over 80 countries.")  # fmt: skip
quote(A, "q4", "quote", "400 journalists from more than 100 media organizations in over 70 countries.")  # fmt: skip
quote(A, "q5", "faithful", "wanted neither financial compensation nor anything else in return.")
quote(A, "q5", "quote", "wanted neither financial compensation nor anything else in exchange.")
quote(A, "q6", "faithful", "more than the combined total of the Wikileaks Cablegate, Offshore Leaks, Lux Leaks, and Swiss Leaks")  # fmt: skip
quote(A, "q6", "quote", "more than the combined total of the Wikileaks Cablegate, Offshore Leaks, and Swiss Leaks")  # fmt: skip

if __name__ == "__main__":
    claims.write()
