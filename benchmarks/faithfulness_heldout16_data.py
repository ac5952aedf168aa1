"""Writes benchmarks/data/faithfulness_heldout16.jsonl, the sixteenth held-out set:
claims about six articles that no earlier labelled set and no example file uses, whose
texts live in their own file, benchmarks/data/articles_heldout16.jsonl: six BBC News
articles of 2004 and 2005 from the Giveme5W1H project's `bbc` sample (fhamborg/Giveme5W1H,
Apache-2.0; not the annotated gold standard, whose unseen test split stays unseen), chosen
for their quotations with named speakers, on topics unlike the earlier sets': the Tory
co-chairman on readmitting Lord Archer, schools joining a mock general election, a film
of Joy Division singer Ian Curtis's life, The X Factor's second series, a triple jumper
tipped for European indoor gold, and a tennis upset in San Jose. Each is 1,100 to 1,850
characters (the sample holds no unused article longer). The set was written blind, before
any verdict rule was run on it, from the article texts alone (the rules, their results on
the older sets and the notes on their weaknesses unread), for one measurement of the
claim-verdict rules; it is sealed (benchmarks/sealed.py) until that measurement is made
and reported (benchmarks/README.md).

The claims are written the way a summarising model writes them: descriptions and
pronouns for names ("the disgraced peer", "the schools minister", "the Factory Records
founder", "the Austrian"), synonyms, merged sentences, reported speech (negative reported
speech too: "vindictiveness had no place in politics", "he would rather not appear in
the film"), numbers written another way or worked out ("one in five of the schools
invited", "four acts remain"), speakers introduced with a job title or a description
("ITV's controller of entertainment", "the BBC pundit", "the American second seed"), a
few restated headlines and some near-copies of article sentences. This set holds more
quotation rows than the earlier ones: about ten `speaker` rows per article (half the
quotation with its true speaker, half with another person the article names) and six
`quote` rows (half verbatim, half with one word changed). Each corrupted claim is one
minimal edit of such a claim, made the way a model errs (another person, place, company
or organisation in the slot, a changed figure, day, month or year, an antonym or a
dropped or added "not", a word changed inside a quotation, a quotation given to another
person of the article), and its label names the one way the article contradicts it (or,
for `added`, the detail the article does not contain).

    python3 benchmarks/faithfulness_heldout16_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

ARCHER = "7846af5b0653d5d247141e48b576ad2b334ed4f122f3842d70216d53"
MOCK_POLL = "b2cc33870e3392be9e4f149e1ffe21fa9eeb59e3733180cb9181c62d"
JOY_DIVISION = "fe7e94e01c1a774df9b0eb797747fdccfe4add0296e188320f7a28b0"
X_FACTOR = "49453731491d8fe7604c81fcce1968c69ab7bc0efa2284a07100da1d"
IDOWU = "f3180a342a9feb32cf870fb1382b16187125f792889f2b431139b50f"
MELZER = "1b13bfed87ae2f0a87330b11e6bafe5e9992fd5144bba4fe5f2bdf65"

claims = LabelledClaims("heldout16")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- Tories leave door open for Archer ---------------------------------------------------
A = ARCHER
prose(A, "p0", "faithful", "The Conservatives would deal sympathetically with any bid by disgraced peer Lord Archer to rejoin the party, its co-chairman has said.")  # fmt: skip
prose(A, "p0", "negation", "The Conservatives would not look sympathetically on any bid by disgraced peer Lord Archer to rejoin the party, its co-chairman has said.")  # fmt: skip
prose(A, "p1", "faithful", "Dr Liam Fox told BBC One's Breakfast with Frost that vindictiveness had no place in politics.")  # fmt: skip
prose(A, "p1", "entity", "Dr Liam Fox told BBC Radio 4's Today programme that vindictiveness had no place in politics.")  # fmt: skip
prose(A, "p2", "faithful", "The disgraced peer spent two years behind bars after being convicted of perjury and perverting the course of justice.")  # fmt: skip
prose(A, "p2", "number", "The disgraced peer spent four years behind bars after being convicted of perjury and perverting the course of justice.")  # fmt: skip
prose(A, "p3", "faithful", "The former Tory deputy chairman's five-year suspension from the party has just run out.")  # fmt: skip
prose(A, "p3", "number", "The former Tory deputy chairman's ten-year suspension from the party has just run out.")  # fmt: skip
prose(A, "p4", "faithful", "A jury found that Archer had lied during a 1987 libel trial against the Daily Star at the High Court in London.")  # fmt: skip
prose(A, "p4", "date", "A jury found that Archer had lied during a 1997 libel trial against the Daily Star at the High Court in London.")  # fmt: skip
prose(A, "p4", "entity", "A jury found that Archer had lied during a 1987 libel trial against the Daily Mirror at the High Court in London.")  # fmt: skip
prose(A, "p5", "faithful", "He had won damages after the paper printed allegations that he had been involved with a prostitute.")  # fmt: skip
prose(A, "p5", "negation", "He had been refused damages after the paper printed allegations that he had been involved with a prostitute.")  # fmt: skip
prose(A, "p6", "faithful", "Asked whether he would say yes or no if Lord Archer applied to rejoin, Dr Fox said the party would look at it sympathetically.")  # fmt: skip
prose(A, "p7", "faithful", "Fox said that, unlike the prime minister and Alastair Campbell, he did not believe in vindictiveness.")  # fmt: skip
prose(A, "p7", "negation", "Fox said that, like the prime minister and Alastair Campbell, he did not believe in vindictiveness.")  # fmt: skip
prose(A, "p8", "faithful", "Tory peer Lord Tebbit said he agreed with the co-chairman's view and that the case should be judged on its merits.")  # fmt: skip
prose(A, "p8", "negation", "Tory peer Lord Tebbit said he disagreed with the co-chairman's view and that the case should be judged on its merits.")  # fmt: skip
prose(A, "p8", "entity", "Senior Conservative MP Sir Teddy Taylor said he agreed with the co-chairman's view and that the case should be judged on its merits.")  # fmt: skip
prose(A, "p9", "faithful", "Lord Tebbit said Archer was far from being the worst perjurer in the world.")  # fmt: skip
prose(A, "p10", "faithful", "Senior Conservative MP Sir Teddy Taylor warned that moves to bring Lord Archer back into the fold could prove controversial.")  # fmt: skip
prose(A, "p10", "entity", "Senior Labour MP Sir Teddy Taylor warned that moves to bring Lord Archer back into the fold could prove controversial.")  # fmt: skip
prose(A, "p11", "faithful", "Taylor said that, on a Sunday in particular, provision should always be made for forgiving sinners.")  # fmt: skip
prose(A, "p11", "date", "Taylor said that, on a Saturday in particular, provision should always be made for forgiving sinners.")  # fmt: skip
prose(A, "p12", "faithful", "Lord Archer was not available for comment.")
prose(A, "p13", "faithful", "Archer remains popular among constituency Tory parties and is a successful fundraiser.")  # fmt: skip
prose(A, "p13", "negation", "Archer has become unpopular among constituency Tory parties, though he is a successful fundraiser.")  # fmt: skip
prose(A, "p14", "faithful", "He has not been seen in the House of Lords since his release from prison in July 2003.")  # fmt: skip
prose(A, "p14", "date", "He has not been seen in the House of Lords since his release from prison in July 2001.")  # fmt: skip
prose(A, "p14b", "date", "He has not been seen in the House of Lords since his release from prison in June 2003.")  # fmt: skip
prose(A, "p15", "faithful", "Nothing in the rules prevents the peer from attending the House of Lords.")  # fmt: skip
prose(A, "p15", "negation", "The rules prevent the peer from attending the House of Lords.")
prose(A, "p16", "faithful", "Tories leave door open for Archer")
prose(A, "p17", "faithful", "The co-chairman said that people who had served their sentence and made some reparation for their wrongdoing would be looked at sympathetically.")  # fmt: skip
prose(A, "p18", "faithful", "Sir Teddy Taylor said there was no doubt that readmitting Lord Archer would be controversial.")  # fmt: skip
prose(A, "p18", "negation", "Sir Teddy Taylor said it was doubtful that readmitting Lord Archer would be controversial.")  # fmt: skip
prose(A, "p19", "faithful", "Archer spent two years in jail for perjury and perverting the course of justice, and his five-year suspension from the Tories has now lapsed.")  # fmt: skip
prose(A, "p19", "number", "Archer spent two years in jail for perjury and perverting the course of justice, and his five-month suspension from the Tories has now lapsed.")  # fmt: skip
prose(A, "p20", "faithful", "The libel trial in which Archer lied was held at the High Court in London.")  # fmt: skip
prose(A, "p20", "entity", "The libel trial in which Archer lied was held at the High Court in Edinburgh.")  # fmt: skip
prose(A, "p21", "faithful", "The Daily Star had printed allegations about Archer's involvement with a prostitute.")  # fmt: skip
prose(A, "p22", "faithful", "The Conservative co-chairman made the remarks on a BBC One programme.")  # fmt: skip
prose(A, "p23", "added", "Lord Archer was released from prison early for good behaviour.")
prose(A, "p24", "added", "Dr Fox said the party board would rule on any application from Lord Archer within a month.")  # fmt: skip
prose(A, "p25", "added", "Lord Tebbit, a former Conservative Party chairman, said he agreed with Dr Fox's view.")  # fmt: skip
prose(A, "p26", "faithful", "Lord Archer, a former deputy chairman of the Conservative Party, was convicted of perjury.")  # fmt: skip
prose(A, "p27", "faithful", "The peer is a popular figure with constituency Tory parties and raises a lot of money.")  # fmt: skip
prose(A, "p28", "faithful", "Lord Tebbit backed Dr Fox's stance, saying Archer's case should be considered on its merits.")  # fmt: skip
prose(A, "p29", "faithful", "Archer was freed from jail in July 2003 and has stayed away from the Lords since.")  # fmt: skip
prose(A, "p30", "faithful", "Archer was found to have lied in his libel case against the Daily Star.")  # fmt: skip
speaker(A, "q0", "faithful", "Dr Liam Fox", "I'm sure that in line with people having served their sentence and having done some reparations for what they did wrong, we would look at that sympathetically.")  # fmt: skip
speaker(A, "q0", "speaker", "Lord Tebbit", "I'm sure that in line with people having served their sentence and having done some reparations for what they did wrong, we would look at that sympathetically.")  # fmt: skip
speaker(A, "q1", "faithful", "the Conservative co-chairman", "I don't believe in vindictiveness, I don't think that has any place in politics, unlike the prime minister and Alastair Campbell.")  # fmt: skip
speaker(A, "q1", "speaker", "Sir Teddy Taylor", "I don't believe in vindictiveness, I don't think that has any place in politics, unlike the prime minister and Alastair Campbell.")  # fmt: skip
speaker(A, "q2", "faithful", "Lord Tebbit", "After all, he is far from being the worst perjurer in the world")  # fmt: skip
speaker(A, "q2", "speaker", "Dr Fox", "After all, he is far from being the worst perjurer in the world")  # fmt: skip
speaker(A, "q3", "faithful", "Sir Teddy Taylor", "I suppose, on a Sunday in particular, we should always make provision for forgiving sinners.")  # fmt: skip
speaker(A, "q3", "speaker", "Lord Tebbit", "I suppose, on a Sunday in particular, we should always make provision for forgiving sinners.")  # fmt: skip
speaker(A, "q4", "faithful", "the senior Conservative MP", "But there is no doubt it would be controversial.")  # fmt: skip
speaker(A, "q4", "speaker", "Lord Archer", "But there is no doubt it would be controversial.")  # fmt: skip
quote(A, "q5", "faithful", "we would look at that sympathetically")
quote(A, "q5", "quote", "we would look at that favourably")
quote(A, "q6", "faithful", "he is far from being the worst perjurer in the world")
quote(A, "q6", "quote", "he is far from being the worst liar in the world")
quote(A, "q7", "faithful", "we should always make provision for forgiving sinners")
quote(A, "q7", "quote", "we should always make provision for forgiving criminals")

# --- Schools to take part in mock poll ---------------------------------------------------
A = MOCK_POLL
prose(A, "p0", "faithful", "A record number of schools across the UK will take part in a government-backed mock general election.")  # fmt: skip
prose(A, "p0", "negation", "A record number of schools across the UK will take part in a mock general election that the government opposes.")  # fmt: skip
prose(A, "p1", "faithful", "Some 600 schools have already signed up for the Y Vote Mock Elections 2005.")  # fmt: skip
prose(A, "p1", "number", "Some 6,000 schools have already signed up for the Y Vote Mock Elections 2005.")  # fmt: skip
prose(A, "p1b", "number", "Some 300 schools have already signed up for the Y Vote Mock Elections 2005.")  # fmt: skip
prose(A, "p2", "faithful", "The mock elections are run by the Hansard Society and are designed to boost interest in politics.")  # fmt: skip
prose(A, "p2", "entity", "The mock elections are run by the Fabian Society and are designed to boost interest in politics.")  # fmt: skip
prose(A, "p3", "faithful", "Pupils at the participating schools will learn the skills of speech writers, canvassers and political candidates.")  # fmt: skip
prose(A, "p4", "faithful", "The schools minister said engaging young people's interest was essential to the future of democracy.")  # fmt: skip
prose(A, "p4", "negation", "The schools minister said engaging young people's interest was not essential to the future of democracy.")  # fmt: skip
prose(A, "p5", "faithful", "Stephen Twigg said young people who are engaged and motivated by politics are essential to the future health of democracy.")  # fmt: skip
prose(A, "p6", "faithful", "Twigg said the initiative gives pupils a chance to develop their own understanding of how the democratic process works and why it matters.")  # fmt: skip
prose(A, "p7", "faithful", "The minister said he hoped that experiencing an election first hand would give young people the enthusiasm to take part in future.")  # fmt: skip
prose(A, "p7", "negation", "The minister said he doubted that experiencing an election first hand would give young people the enthusiasm to take part in future.")  # fmt: skip
prose(A, "p8", "faithful", "The programme is being run by the Hansard Society, the Electoral Commission and the Department for Education and Skills.")  # fmt: skip
prose(A, "p8", "entity", "The programme is being run by the Hansard Society, the Electoral Commission and the Home Office.")  # fmt: skip
prose(A, "p9", "faithful", "Pupils will stand as party candidates, speech writers and canvassers.")  # fmt: skip
prose(A, "p10", "faithful", "Michael Raftery, a project manager at the Hansard Society, said the mock elections mirror the excitement and buzz of a real election.")  # fmt: skip
prose(A, "p10", "entity", "Michael Raftery, a project manager at the Electoral Commission, said the mock elections mirror the excitement and buzz of a real election.")  # fmt: skip
prose(A, "p11", "faithful", "Raftery said the mock polls raise awareness of citizenship and of the benefits of active democracy.")  # fmt: skip
prose(A, "p12", "faithful", "The mock votes will be held around 5 May, which is widely expected to be the date of the general election.")  # fmt: skip
prose(A, "p12", "date", "The mock votes will be held around 5 June, which is widely expected to be the date of the general election.")  # fmt: skip
prose(A, "p12b", "date", "The mock votes will be held around 15 May, which is widely expected to be the date of the general election.")  # fmt: skip
prose(A, "p13", "faithful", "Information packs including ballot papers and manifesto guides were sent to the 3,000 schools invited to take part.")  # fmt: skip
prose(A, "p13", "number", "Information packs including ballot papers and manifesto guides were sent to the 30,000 schools invited to take part.")  # fmt: skip
prose(A, "p13b", "number", "Information packs including ballot papers and manifesto guides were sent to the 600 schools invited to take part.")  # fmt: skip
prose(A, "p14", "faithful", "Schools to take part in mock poll")
prose(A, "p15", "faithful", "One in five of the schools invited has already signed up.")
prose(A, "p15", "number", "One in three of the schools invited has already signed up.")
prose(A, "p16", "faithful", "The mock elections have the government's backing.")
prose(A, "p17", "faithful", "The general election is widely expected to be held on 5 May.")
prose(A, "p17", "date", "The general election is widely expected to be held on 5 April.")
prose(A, "p18", "faithful", "The initiative aims to boost young people's interest in politics.")
prose(A, "p19", "faithful", "Twigg said pupils would experience the election process first hand, from running a campaign to the declaration of the final result.")  # fmt: skip
prose(A, "p20", "faithful", "The packs sent to schools included ballot papers and manifesto guides.")  # fmt: skip
prose(A, "p21", "negation", "Fewer schools than ever before are taking part in the mock general election.")  # fmt: skip
prose(A, "p22", "added", "Twigg said the government would spend £1m on the mock elections.")
prose(A, "p23", "added", "The results of the mock votes will be published on the Hansard Society's website.")  # fmt: skip
prose(A, "p24", "added", "The Y Vote scheme, first run in 2001, is aimed at boosting interest in politics.")  # fmt: skip
prose(A, "p25", "faithful", "The Hansard Society's mock elections aim to get young people interested in politics.")  # fmt: skip
prose(A, "p26", "faithful", "Twigg said the scheme would help pupils understand how democracy works and why it matters.")  # fmt: skip
prose(A, "p27", "faithful", "Schools were sent information packs for elections taking place in early May.")  # fmt: skip
prose(A, "p28", "faithful", "The mock polls are timed to fall around the expected date of the general election.")  # fmt: skip
prose(A, "p29", "faithful", "Pupils will take on the roles of candidates, canvassers and speech writers.")  # fmt: skip
speaker(A, "q0", "faithful", "Schools Minister Stephen Twigg", "Young people who are engaged and motivated by the political process are essential to the future health of our democracy.")  # fmt: skip
speaker(A, "q0", "speaker", "Michael Raftery", "Young people who are engaged and motivated by the political process are essential to the future health of our democracy.")  # fmt: skip
speaker(A, "q1", "faithful", "Twigg", "The mock elections initiative provides an opportunity for pupils to develop their own understanding of how the democratic process works and why it matters.")  # fmt: skip
speaker(A, "q1", "speaker", "the Hansard Society's project manager", "The mock elections initiative provides an opportunity for pupils to develop their own understanding of how the democratic process works and why it matters.")  # fmt: skip
speaker(A, "q2", "faithful", "the schools minister", "By experiencing the election process first hand - from running a campaign to the declaration of the final result - we hope that young people will develop the enthusiasm to take part in the future.")  # fmt: skip
speaker(A, "q2", "speaker", "Michael Raftery", "By experiencing the election process first hand - from running a campaign to the declaration of the final result - we hope that young people will develop the enthusiasm to take part in the future.")  # fmt: skip
speaker(A, "q3", "faithful", "Michael Raftery", "The Y Vote Mock Elections for schools mirror the excitement and buzz of a real election, raising awareness of citizenship, and the benefits of active democracy.")  # fmt: skip
speaker(A, "q3", "speaker", "Stephen Twigg", "The Y Vote Mock Elections for schools mirror the excitement and buzz of a real election, raising awareness of citizenship, and the benefits of active democracy.")  # fmt: skip
speaker(A, "q4", "faithful", "the Hansard Society's project manager, Michael Raftery", "raising awareness of citizenship, and the benefits of active democracy")  # fmt: skip
speaker(A, "q4", "speaker", "the schools minister", "raising awareness of citizenship, and the benefits of active democracy")  # fmt: skip
quote(A, "q5", "faithful", "Young people who are engaged and motivated by the political process are essential to the future health of our democracy")  # fmt: skip
quote(A, "q5", "quote", "Young people who are engaged and motivated by the political process are essential to the future strength of our democracy")  # fmt: skip
quote(A, "q6", "faithful", "The Y Vote Mock Elections for schools mirror the excitement and buzz of a real election")  # fmt: skip
quote(A, "q6", "quote", "The Y Vote Mock Elections for schools mirror the excitement and drama of a real election")  # fmt: skip
quote(A, "q7", "faithful", "we hope that young people will develop the enthusiasm to take part in the future")  # fmt: skip
quote(A, "q7", "quote", "we expect that young people will develop the enthusiasm to take part in the future")  # fmt: skip

# --- Joy Division story to become film ---------------------------------------------------
A = JOY_DIVISION
prose(A, "p0", "faithful", "The life of the late Joy Division singer Ian Curtis is to be turned into a film.")  # fmt: skip
prose(A, "p1", "faithful", "The Manchester-based production, Touching From A Distance, takes its name from a book by Curtis's widow Deborah, on which the film is based.")  # fmt: skip
prose(A, "p1", "entity", "The Manchester-based production, Touching From A Distance, takes its name from a book by Curtis's daughter Natalie, on which the film is based.")  # fmt: skip
prose(A, "p1b", "entity", "The London-based production, Touching From A Distance, takes its name from a book by Curtis's widow Deborah, on which the film is based.")  # fmt: skip
prose(A, "p2", "faithful", "Tony Wilson, who ran the record company Joy Division were signed to, will be co-executive producer.")  # fmt: skip
prose(A, "p3", "faithful", "Curtis took his own life in 1980 at the age of 23, shortly before the band were due to tour the US.")  # fmt: skip
prose(A, "p3", "date", "Curtis took his own life in 1982 at the age of 23, shortly before the band were due to tour the US.")  # fmt: skip
prose(A, "p3", "number", "Curtis took his own life in 1980 at the age of 25, shortly before the band were due to tour the US.")  # fmt: skip
prose(A, "p3", "entity", "Curtis took his own life in 1980 at the age of 23, shortly before the band were due to tour Japan.")  # fmt: skip
prose(A, "p4", "faithful", "Wilson, who has stayed friends with Curtis's widow and daughter, says he was asked to get involved to make the film official.")  # fmt: skip
prose(A, "p4", "negation", "Wilson, who has fallen out with Curtis's widow and daughter, says he was asked to get involved to make the film official.")  # fmt: skip
prose(A, "p5", "faithful", "Wilson told the BBC News website that people have different ideas about why Curtis killed himself and that the film might reflect those views.")  # fmt: skip
prose(A, "p6", "faithful", "A separate Joy Division film was announced at the Cannes Film Festival earlier this year but never got off the ground because it lacked the backing of Curtis's family.")  # fmt: skip
prose(A, "p6", "negation", "A separate Joy Division film was announced at the Cannes Film Festival earlier this year but never got off the ground despite having the backing of Curtis's family.")  # fmt: skip
prose(A, "p6", "entity", "A separate Joy Division film was announced at the Venice Film Festival earlier this year but never got off the ground because it lacked the backing of Curtis's family.")  # fmt: skip
prose(A, "p7", "faithful", "Wilson, who was also involved with New Order and the Happy Mondays, said he would rather not appear in the film.")  # fmt: skip
prose(A, "p7", "negation", "Wilson, who was also involved with New Order and the Happy Mondays, said he would like to appear in the film.")  # fmt: skip
prose(A, "p8", "faithful", "He made a cameo appearance in 24 Hour Party People, in which Steve Coogan played him in the leading role.")  # fmt: skip
prose(A, "p8", "entity", "He made a cameo appearance in 24 Hour Party People, in which Anton Corbijn played him in the leading role.")  # fmt: skip
prose(A, "p9", "faithful", "The Factory Records founder said he was not an actor and had done a lousy job playing his part in 24 Hour Party People.")  # fmt: skip
prose(A, "p9", "negation", "The Factory Records founder said he had done a fine job playing his part in 24 Hour Party People.")  # fmt: skip
prose(A, "p10", "faithful", "Wilson has been associated with the Manchester music scene since the 1970s.")  # fmt: skip
prose(A, "p10", "date", "Wilson has been associated with the Manchester music scene since the 1960s.")  # fmt: skip
prose(A, "p11", "faithful", "He said film people tend to mess up when they touch music, but he hoped this one would work.")  # fmt: skip
prose(A, "p12", "faithful", "Wilson said the film-makers want to tell the real story of Ian, which is much more than the music.")  # fmt: skip
prose(A, "p13", "faithful", "The film will be directed by Dutch-born Anton Corbijn, who has made music films for Depeche Mode and U2.")  # fmt: skip
prose(A, "p13", "entity", "The film will be directed by Belgian-born Anton Corbijn, who has made music films for Depeche Mode and U2.")  # fmt: skip
prose(A, "p13b", "entity", "The film will be directed by Dutch-born Anton Corbijn, who has made music films for Depeche Mode and the Happy Mondays.")  # fmt: skip
prose(A, "p14", "faithful", "A US production company will make the film, and Curtis's widow will also be an executive producer.")  # fmt: skip
prose(A, "p14", "entity", "A British production company will make the film, and Curtis's widow will also be an executive producer.")  # fmt: skip
prose(A, "p15", "faithful", "Joy Division story to become film")
prose(A, "p16", "faithful", "Curtis's widow Deborah wrote the book on which the film is based.")
prose(A, "p17", "faithful", "The plans for a separate film at Cannes came to nothing because Curtis's family did not back them.")  # fmt: skip
prose(A, "p18", "faithful", "The new film has the support of Curtis's widow, who will be one of its executive producers.")  # fmt: skip
prose(A, "p19", "added", "The film is expected to be released in 2006.")
prose(A, "p20", "added", "Wilson said Steve Coogan had been approached to appear in the new film.")  # fmt: skip
prose(A, "p21", "added", "Filming is due to start in Manchester in the summer.")
prose(A, "p22", "faithful", "Wilson said he would prefer not to be in the film.")
prose(A, "p23", "faithful", "The singer killed himself in 1980, when he was 23.")
prose(A, "p24", "faithful", "Steve Coogan played Wilson in 24 Hour Party People, in which Wilson also had a cameo.")  # fmt: skip
prose(A, "p25", "faithful", "Wilson was also involved with New Order, Joy Division's successor band.")  # fmt: skip
prose(A, "p26", "faithful", "Anton Corbijn, who was born in the Netherlands, will direct the film.")  # fmt: skip
speaker(A, "q0", "faithful", "Tony Wilson", "People have different ideas as to why Ian committed suicide, so maybe the film will reflect those different views")  # fmt: skip
speaker(A, "q0", "speaker", "Deborah Curtis", "People have different ideas as to why Ian committed suicide, so maybe the film will reflect those different views")  # fmt: skip
speaker(A, "q1", "faithful", "the Factory Records founder", "I'm not an actor and I did a lousy job playing my part in 24 Hour Party People")  # fmt: skip
speaker(A, "q1", "speaker", "Steve Coogan", "I'm not an actor and I did a lousy job playing my part in 24 Hour Party People")  # fmt: skip
speaker(A, "q2", "faithful", "Mr Wilson", "Film people have a tendency to mess up when they touch music, but I hope this one works.")  # fmt: skip
speaker(A, "q2", "speaker", "director Anton Corbijn", "Film people have a tendency to mess up when they touch music, but I hope this one works.")  # fmt: skip
speaker(A, "q3", "faithful", "music mogul Tony Wilson", "This is much more than the music - they want to do the real story of Ian")  # fmt: skip
speaker(A, "q3", "speaker", "Curtis's widow Deborah", "This is much more than the music - they want to do the real story of Ian")  # fmt: skip
speaker(A, "q4", "faithful", "the film's co-executive producer", "maybe the film will reflect those different views")  # fmt: skip
speaker(A, "q4", "speaker", "Anton Corbijn", "maybe the film will reflect those different views")  # fmt: skip
quote(A, "q5", "faithful", "I'm not an actor and I did a lousy job playing my part in 24 Hour Party People")  # fmt: skip
quote(A, "q5", "quote", "I'm not an actor and I did a terrible job playing my part in 24 Hour Party People")  # fmt: skip
quote(A, "q6", "faithful", "Film people have a tendency to mess up when they touch music")
quote(A, "q6", "quote", "Film people have a tendency to mess up when they handle music")
quote(A, "q7", "faithful", "This is much more than the music - they want to do the real story of Ian")  # fmt: skip
quote(A, "q7", "quote", "This is much more than the music - they want to do the true story of Ian")  # fmt: skip

# --- X Factor show gets second series ----------------------------------------------------
A = X_FACTOR
prose(A, "p0", "faithful", "ITV has recommissioned talent show The X Factor for a second series.")  # fmt: skip
prose(A, "p0", "entity", "The BBC has recommissioned talent show The X Factor for a second series.")  # fmt: skip
prose(A, "p0", "number", "ITV has recommissioned talent show The X Factor for a third series.")  # fmt: skip
prose(A, "p1", "faithful", "Judges Simon Cowell, Louis Walsh and Sharon Osbourne are in talks to sign up for the new series.")  # fmt: skip
prose(A, "p1", "negation", "Judges Simon Cowell, Louis Walsh and Sharon Osbourne have ruled out signing up for the new series.")  # fmt: skip
prose(A, "p1", "entity", "Judges Simon Cowell, Pete Waterman and Sharon Osbourne are in talks to sign up for the new series.")  # fmt: skip
prose(A, "p2", "faithful", "The final of the first series will be held on 11 December.")  # fmt: skip
prose(A, "p2", "date", "The final of the first series will be held on 18 December.")  # fmt: skip
prose(A, "p2b", "date", "The final of the first series will be held on 11 January.")  # fmt: skip
prose(A, "p3", "faithful", "Last Saturday's show lost the ratings battle to the BBC's Strictly Come Dancing.")  # fmt: skip
prose(A, "p3", "negation", "Last Saturday's show beat the BBC's Strictly Come Dancing in the ratings.")  # fmt: skip
prose(A, "p3", "date", "Last Sunday's show lost the ratings battle to the BBC's Strictly Come Dancing.")  # fmt: skip
prose(A, "p4", "faithful", "Cowell said working on the show had been a blast and predicted that the second series would be even better.")  # fmt: skip
prose(A, "p4", "negation", "Cowell said working on the show had been a blast but predicted that the second series would not be as good.")  # fmt: skip
prose(A, "p5", "faithful", "He praised the production team for doing an amazing job.")
prose(A, "p5", "negation", "He criticised the production team for doing a poor job.")
prose(A, "p6", "faithful", "The Pop Idol-style show votes off a group or contestant every week.")  # fmt: skip
prose(A, "p7", "faithful", "The two acts with the lowest public vote have to perform a second time before the judges make a final decision.")  # fmt: skip
prose(A, "p7", "number", "The three acts with the lowest public vote have to perform a second time before the judges make a final decision.")  # fmt: skip
prose(A, "p8", "faithful", "Rowetta Satchell, Steve Brookstein, Tabby Callaghan and group G4 are the remaining finalists.")  # fmt: skip
prose(A, "p8", "entity", "Rowetta Satchell, Steve Brookstein, Tabby Callaghan and group Westlife are the remaining finalists.")  # fmt: skip
prose(A, "p9", "faithful", "ITV's entertainment controller, Claudia Rosencrantz, said she had had no hesitation in recommissioning the show.")  # fmt: skip
prose(A, "p9", "negation", "ITV's entertainment controller, Claudia Rosencrantz, admitted she had hesitated before recommissioning the show.")  # fmt: skip
prose(A, "p9", "entity", "The BBC's entertainment controller, Claudia Rosencrantz, said she had had no hesitation in recommissioning the show.")  # fmt: skip
prose(A, "p10", "faithful", "Rosencrantz said there was much more to come this series as the show built towards next month's final.")  # fmt: skip
prose(A, "p11", "faithful", "She said it was great to have secured the format for viewers for another series.")  # fmt: skip
prose(A, "p12", "faithful", "X Factor show gets second series")
prose(A, "p13", "faithful", "Four acts remain in the competition.")
prose(A, "p13", "number", "Five acts remain in the competition.")
prose(A, "p14", "faithful", "The BBC's Strictly Come Dancing drew more viewers than The X Factor last Saturday.")  # fmt: skip
prose(A, "p15", "faithful", "Louis Walsh and Sharon Osbourne sit on the judging panel alongside Cowell.")  # fmt: skip
prose(A, "p16", "faithful", "The judges decide between the two acts that get the fewest public votes.")  # fmt: skip
prose(A, "p17", "faithful", "The X Factor will return for a second run on ITV.")
prose(A, "p18", "added", "The second series will be broadcast next autumn.")
prose(A, "p19", "added", "Cowell has signed a new two-year contract with ITV.")
prose(A, "p20", "added", "The first series has drawn an average audience of eight million viewers.")  # fmt: skip
prose(A, "p21", "faithful", "Simon Cowell predicted that series two would be even better than the first.")  # fmt: skip
prose(A, "p22", "faithful", "ITV's Claudia Rosencrantz said the network had secured a terrific format for another series.")  # fmt: skip
prose(A, "p23", "faithful", "Each week the show votes off a group or a contestant.")
prose(A, "p24", "faithful", "The first series of the talent show will end with a final on 11 December.")  # fmt: skip
speaker(A, "q0", "faithful", "Simon Cowell", "Working on the X Factor has been a blast")
speaker(A, "q0", "speaker", "Louis Walsh", "Working on the X Factor has been a blast")
speaker(A, "q1", "faithful", "Cowell", "I predict series two will be even better")
speaker(A, "q1", "speaker", "Claudia Rosencrantz", "I predict series two will be even better")
speaker(A, "q2", "faithful", "judge Simon Cowell", "I think the production team have done an amazing job")  # fmt: skip
speaker(A, "q2", "speaker", "Sharon Osbourne", "I think the production team have done an amazing job")  # fmt: skip
speaker(A, "q3", "faithful", "ITV's controller of entertainment", "There's much more to come this series as we build towards the final next month and it's great to have secured this terrific format for our viewers for another series")  # fmt: skip
speaker(A, "q3", "speaker", "Simon Cowell", "There's much more to come this series as we build towards the final next month and it's great to have secured this terrific format for our viewers for another series")  # fmt: skip
speaker(A, "q4", "faithful", "Claudia Rosencrantz", "it's great to have secured this terrific format for our viewers for another series")  # fmt: skip
speaker(A, "q4", "speaker", "Louis Walsh", "it's great to have secured this terrific format for our viewers for another series")  # fmt: skip
quote(A, "q5", "faithful", "Working on the X Factor has been a blast")
quote(A, "q5", "quote", "Working on the X Factor has been a joy")
quote(A, "q6", "faithful", "I think the production team have done an amazing job")
quote(A, "q6", "quote", "I think the production team have done an incredible job")
quote(A, "q7", "faithful", "There's much more to come this series as we build towards the final next month")  # fmt: skip
quote(A, "q7", "quote", "There's much more to come this series as we build towards the final next week")  # fmt: skip

# --- Edwards tips Idowu for Euro gold ----------------------------------------------------
A = IDOWU
prose(A, "p0", "faithful", "BBC pundit Jonathan Edwards, who holds the world outdoor triple jump record, believes Phillips Idowu can take gold at the European Indoor Championships.")  # fmt: skip
prose(A, "p0", "negation", "BBC pundit Jonathan Edwards, who holds the world outdoor triple jump record, doubts that Phillips Idowu can take gold at the European Indoor Championships.")  # fmt: skip
prose(A, "p0", "entity", "BBC pundit Jonathan Edwards, who holds the world outdoor triple jump record, believes Phillips Idowu can take gold at the World Indoor Championships.")  # fmt: skip
prose(A, "p1", "faithful", "Idowu jumped 17.30m at the British trials in Sheffield last month, putting him top of the world triple jump rankings.")  # fmt: skip
prose(A, "p1", "number", "Idowu jumped 17.80m at the British trials in Sheffield last month, putting him top of the world triple jump rankings.")  # fmt: skip
prose(A, "p1", "entity", "Idowu jumped 17.30m at the British trials in Birmingham last month, putting him top of the world triple jump rankings.")  # fmt: skip
prose(A, "p1", "date", "Idowu jumped 17.30m at the British trials in Sheffield last week, putting him top of the world triple jump rankings.")  # fmt: skip
prose(A, "p2", "faithful", "Edwards said it was down to Idowu, but that if he jumped as well as he had in Sheffield he could win gold.")  # fmt: skip
prose(A, "p3", "faithful", "Edwards said Idowu's ability was not in doubt, but his best performances all seemed to come in domestic meetings.")  # fmt: skip
prose(A, "p3", "negation", "Edwards said Idowu's ability was in doubt, and his best performances all seemed to come in domestic meetings.")  # fmt: skip
prose(A, "p4", "faithful", "Idowu made his breakthrough five years ago but has so far won only a Commonwealth silver medal.")  # fmt: skip
prose(A, "p4", "number", "Idowu made his breakthrough three years ago but has so far won only a Commonwealth silver medal.")  # fmt: skip
prose(A, "p4", "entity", "Idowu made his breakthrough five years ago but has so far won only a European silver medal.")  # fmt: skip
prose(A, "p5", "faithful", "Edwards himself kept Idowu off the top spot at the Manchester Games.")  # fmt: skip
prose(A, "p5", "negation", "Idowu kept Edwards off the top spot at the Manchester Games.")
prose(A, "p6", "faithful", "Edwards believes the European Indoors in Madrid are a chance for the 26-year-old to prove he is Britain's top triple jumper.")  # fmt: skip
prose(A, "p6", "number", "Edwards believes the European Indoors in Madrid are a chance for the 24-year-old to prove he is Britain's top triple jumper.")  # fmt: skip
prose(A, "p6", "entity", "Edwards believes the European Indoors in Barcelona are a chance for the 26-year-old to prove he is Britain's top triple jumper.")  # fmt: skip
prose(A, "p7", "faithful", "Edwards said Idowu had to start producing at international level, and that Madrid was the beginning.")  # fmt: skip
prose(A, "p8", "faithful", "He said Idowu still needed to be much more consistent.")
prose(A, "p9", "faithful", "Edwards said he was sure a win in Madrid would build up Idowu's confidence and belief that he could be the best in the world.")  # fmt: skip
prose(A, "p9", "negation", "Edwards said a win in Madrid would do little for Idowu's confidence and belief that he could be the best in the world.")  # fmt: skip
prose(A, "p10", "faithful", "The qualifying round of the men's triple jump in Madrid is on Friday, with the final on Saturday.")  # fmt: skip
prose(A, "p10", "date", "The qualifying round of the men's triple jump in Madrid is on Thursday, with the final on Saturday.")  # fmt: skip
prose(A, "p10b", "date", "The qualifying round of the men's triple jump in Madrid is on Friday, with the final on Sunday.")  # fmt: skip
prose(A, "p11", "faithful", "Olympic champion Christian Olsson will miss the event because an ankle injury has ruled him out for the whole indoor season.")  # fmt: skip
prose(A, "p11", "entity", "Olympic champion Christian Olsson will miss the event because a knee injury has ruled him out for the whole indoor season.")  # fmt: skip
prose(A, "p11", "negation", "Olympic champion Christian Olsson will take part in the event despite an ankle injury.")  # fmt: skip
prose(A, "p12", "faithful", "Edwards tips Idowu for Euro gold")
prose(A, "p13", "faithful", "Idowu currently leads the world triple jump rankings.")
prose(A, "p14", "faithful", "Edwards thinks Idowu's best performances have all come at home meetings rather than international ones.")  # fmt: skip
prose(A, "p15", "faithful", "The men's triple jump final in Madrid is scheduled for Saturday.")  # fmt: skip
prose(A, "p16", "added", "Idowu finished fourth at the Athens Olympics last summer.")
prose(A, "p17", "added", "Edwards, who retired from competition in 2003, said Idowu could win gold.")  # fmt: skip
prose(A, "p18", "added", "Idowu has been working with a new coach since the autumn.")
prose(A, "p19", "faithful", "Idowu's 17.30m in Sheffield leads the world rankings.")
prose(A, "p20", "faithful", "Edwards said Idowu needs to start delivering at international level.")  # fmt: skip
prose(A, "p21", "faithful", "Edwards said Idowu could win gold in Madrid if he repeats his Sheffield form.")  # fmt: skip
prose(A, "p22", "faithful", "Christian Olsson, the Olympic champion, has an ankle injury.")
speaker(A, "q0", "faithful", "Jonathan Edwards", "It's all down to him, but if he jumps as well as he did in Sheffield he could win the gold medal")  # fmt: skip
speaker(A, "q0", "speaker", "Phillips Idowu", "It's all down to him, but if he jumps as well as he did in Sheffield he could win the gold medal")  # fmt: skip
speaker(A, "q1", "faithful", "the BBC pundit", "His ability is undoubted but all his best performances seem to happen in domestic meetings.")  # fmt: skip
speaker(A, "q1", "speaker", "Christian Olsson", "His ability is undoubted but all his best performances seem to happen in domestic meetings.")  # fmt: skip
speaker(A, "q2", "faithful", "Edwards", "He has to start producing at international level and here is the beginning")  # fmt: skip
speaker(A, "q2", "speaker", "Idowu", "He has to start producing at international level and here is the beginning")  # fmt: skip
speaker(A, "q3", "faithful", "the world outdoor triple jump record holder", "Phillips still needs to be much more consistent.")  # fmt: skip
speaker(A, "q3", "speaker", "Olympic champion Christian Olsson", "Phillips still needs to be much more consistent.")  # fmt: skip
speaker(A, "q4", "faithful", "Jonathan Edwards", "I'm sure a victory in Madrid will build up his confidence and self-belief that he can be best in the world.")  # fmt: skip
speaker(A, "q4", "speaker", "Phillips Idowu", "I'm sure a victory in Madrid will build up his confidence and self-belief that he can be best in the world.")  # fmt: skip
quote(A, "q5", "faithful", "His ability is undoubted but all his best performances seem to happen in domestic meetings.")  # fmt: skip
quote(A, "q5", "quote", "His ability is undoubted but all his best performances seem to happen in national meetings.")  # fmt: skip
quote(A, "q6", "faithful", "Phillips still needs to be much more consistent.")
quote(A, "q6", "quote", "Phillips still needs to be much more aggressive.")
quote(A, "q7", "faithful", "if he jumps as well as he did in Sheffield he could win the gold medal")  # fmt: skip
quote(A, "q7", "quote", "if he jumps as well as he did in Sheffield he will win the gold medal")  # fmt: skip

# --- Melzer shocks Agassi in San Jose ----------------------------------------------------
A = MELZER
prose(A, "p0", "faithful", "Second seed Andre Agassi was comprehensively beaten by Jurgen Melzer in the quarter-finals of the SAP Open.")  # fmt: skip
prose(A, "p0", "negation", "Second seed Andre Agassi comprehensively beat Jurgen Melzer in the quarter-finals of the SAP Open.")  # fmt: skip
prose(A, "p0", "entity", "Second seed Andre Agassi was comprehensively beaten by Jurgen Melzer in the semi-finals of the SAP Open.")  # fmt: skip
prose(A, "p1", "faithful", "Often bamboozled by the Austrian's drop shots in San Jose, Agassi lost 6-3 6-1.")  # fmt: skip
prose(A, "p1", "number", "Often bamboozled by the Austrian's drop shots in San Jose, Agassi lost 6-4 6-1.")  # fmt: skip
prose(A, "p1", "entity", "Often bamboozled by the German's drop shots in San Jose, Agassi lost 6-3 6-1.")  # fmt: skip
prose(A, "p2", "faithful", "Defending champion and top seed Andy Roddick came from behind to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5.")  # fmt: skip
prose(A, "p2", "entity", "Defending champion and top seed Andy Roddick came from behind to beat Sweden's Thomas Johansson 3-6 7-6 (8-6) 7-5.")  # fmt: skip
prose(A, "p2", "number", "Defending champion and third seed Andy Roddick came from behind to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5.")  # fmt: skip
prose(A, "p3", "faithful", "Unseeded Cyril Saulnier beat fourth seed Vincent Spadea 6-2 6-4.")
prose(A, "p3", "number", "Unseeded Cyril Saulnier beat fifth seed Vincent Spadea 6-2 6-4.")
prose(A, "p4", "faithful", "Tommy Haas overcame eighth seed Max Mirnyi 6-7 (2-7) 7-6 (7-3) 6-2.")  # fmt: skip
prose(A, "p4", "negation", "Eighth seed Max Mirnyi overcame Tommy Haas 6-7 (2-7) 7-6 (7-3) 6-2.")  # fmt: skip
prose(A, "p5", "faithful", "Melzer has now won two of his three meetings with Agassi.")
prose(A, "p5", "number", "Melzer has now won two of his four meetings with Agassi.")
prose(A, "p6", "faithful", "Melzer said he had a good game plan and had executed it perfectly.")
prose(A, "p6", "negation", "Melzer said he had a good game plan but had not executed it well.")
prose(A, "p7", "faithful", "The Austrian said it was always tough to play Agassi, who makes you run like a dog all over the court.")  # fmt: skip
prose(A, "p8", "faithful", "Melzer said he did not want Agassi to play his game.")
prose(A, "p8", "negation", "Melzer said he wanted Agassi to play his game.")
prose(A, "p9", "faithful", "Agassi was more than matched for power by Melzer's two-handed backhand.")  # fmt: skip
prose(A, "p10", "faithful", "Agassi said Melzer was an example of several players on the tour willing to take their chances against him.")  # fmt: skip
prose(A, "p10", "negation", "Agassi said Melzer was one of very few players on the tour willing to take their chances against him.")  # fmt: skip
prose(A, "p11", "faithful", "The American said a lot more players were capable of beating him now.")  # fmt: skip
prose(A, "p11", "negation", "The American said fewer players were capable of beating him now.")  # fmt: skip
prose(A, "p12", "faithful", "Agassi said Melzer had played much better than him, as he had done both times he beat him.")  # fmt: skip
prose(A, "p13", "faithful", "Agassi said he had chances to loosen himself up but did not convert on the big points.")  # fmt: skip
prose(A, "p13", "negation", "Agassi said he had chances to loosen himself up and converted on the big points.")  # fmt: skip
prose(A, "p14", "faithful", "Melzer shocks Agassi in San Jose")
prose(A, "p15", "faithful", "Roddick is the defending champion of the SAP Open.")
prose(A, "p16", "faithful", "Agassi was the second seed at the tournament.")
prose(A, "p16", "number", "Agassi was the third seed at the tournament.")
prose(A, "p17", "faithful", "The Austrian beat the American in straight sets.")
prose(A, "p18", "added", "Melzer will face Andy Roddick in the semi-finals.")
prose(A, "p19", "added", "Agassi said he had been struggling with a back injury.")
prose(A, "p20", "faithful", "Jurgen Melzer beat Andre Agassi 6-3 6-1 in the SAP Open quarter-finals.")  # fmt: skip
prose(A, "p21", "faithful", "Melzer said it was always hard to play Agassi.")
prose(A, "p22", "faithful", "Agassi admitted he had failed to convert the big points.")
prose(A, "p23", "faithful", "Top seed Andy Roddick needed three sets to beat Thomas Enqvist.")
speaker(A, "q0", "faithful", "Jurgen Melzer", "I had a good game plan and I executed it perfectly")  # fmt: skip
speaker(A, "q0", "speaker", "Andre Agassi", "I had a good game plan and I executed it perfectly")  # fmt: skip
speaker(A, "q1", "faithful", "the Austrian", "I didn't want him to play his game. He makes you run like a dog all over the court.")  # fmt: skip
speaker(A, "q1", "speaker", "Andy Roddick", "I didn't want him to play his game. He makes you run like a dog all over the court.")  # fmt: skip
speaker(A, "q2", "faithful", "Andre Agassi", "A lot more guys are capable of it now")
speaker(A, "q2", "speaker", "Jurgen Melzer", "A lot more guys are capable of it now")
speaker(A, "q3", "faithful", "the American second seed", "He played much better than me. That's what he did both times.")  # fmt: skip
speaker(A, "q3", "speaker", "Melzer", "He played much better than me. That's what he did both times.")  # fmt: skip
speaker(A, "q4", "faithful", "Agassi", "But I didn't convert on the big points.")
speaker(A, "q4", "speaker", "Andy Roddick", "But I didn't convert on the big points.")
quote(A, "q5", "faithful", "I had a good game plan and I executed it perfectly")
quote(A, "q5", "quote", "I had a good game plan and I executed it brilliantly")
quote(A, "q6", "faithful", "He played much better than me.")
quote(A, "q6", "quote", "He played much smarter than me.")
quote(A, "q7", "faithful", "It's always tough to come out to play Andre.")
quote(A, "q7", "quote", "It's always hard to come out to play Andre.")

if __name__ == "__main__":
    claims.write()
