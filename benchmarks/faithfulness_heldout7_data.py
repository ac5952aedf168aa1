"""Writes benchmarks/data/faithfulness_heldout7.jsonl, the seventh held-out set: claims
about the five seed articles (examples/seeds.jsonl), written blind, before the verdict
rules were run on any of them, and measured once (benchmarks/README.md). Article 004 is
new to the labelled sets; the claims about 000-003 are new sentences about them (other
facts, other wordings than heldout6).

    python3 benchmarks/faithfulness_heldout7_data.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.labelled_claims import LabelledClaims

A0 = "000_0c837def3d75426e"
A1 = "001_daa3c69061294fcf"
A2 = "002_9da62d504f2ec232"
A3 = "003_f7f5d27b1a8cd39f"
A4 = "004_3248484f5bf1ed46"

claims = LabelledClaims("heldout7")
prose, speaker, quote = claims.prose, claims.speaker, claims.quote

# --- 000: Cambodia and Malaysia armies -------------------------------------------------
prose(
    A0, "p0", "faithful", "Zamrose Mohd Zain, the Malaysian Army chief, spent two days in Cambodia."
)
prose(
    A0, "p0", "number", "Zamrose Mohd Zain, the Malaysian Army chief, spent four days in Cambodia."
)
prose(
    A0,
    "p1",
    "faithful",
    "According to the RCAF, the two sides noted that defence cooperation between the countries had improved.",
)
prose(
    A0,
    "p1",
    "negation",
    "According to the RCAF, the two sides noted that defence cooperation between the countries had not improved.",
)
prose(
    A0,
    "p2",
    "faithful",
    "Many senior Cambodian military officials have attended the Langkawi International Maritime and Aerospace Exhibition.",
)
prose(
    A0,
    "p2",
    "negation",
    "No senior Cambodian military officials have attended the Langkawi International Maritime and Aerospace Exhibition.",
)
prose(
    A0,
    "p3",
    "faithful",
    "Cambodian soldiers have received training through a Malaysian programme since 2002.",
)
prose(
    A0,
    "p3",
    "date",
    "Cambodian soldiers have received training through a Malaysian programme since 2012.",
)
prose(A0, "p4", "faithful", "Hun Manet is the commander of the Royal Cambodian Army.")
prose(A0, "p4", "entity", "Zamrose Mohd Zain is the commander of the Royal Cambodian Army.")
prose(
    A0,
    "p5",
    "added",
    "The two army chiefs signed a defence agreement worth $20 million during the visit.",
)
quote(A0, "q0", "faithful", "friendship and cooperation")
quote(A0, "q0", "quote", "friendship and partnership")

# --- 001: Cambodia and Russia armies ---------------------------------------------------
prose(
    A1, "p0", "faithful", "Mao Sophan was set to visit Russia for three days, from June 18 to 20."
)
prose(A1, "p0", "number", "Mao Sophan was set to visit Russia for five days, from June 18 to 20.")
prose(A1, "p0", "date", "Mao Sophan was set to visit Russia for three days, from July 18 to 20.")
prose(A1, "p1", "faithful", "In Russia, Sophan was to meet his counterpart Oleg Salyukov.")
prose(A1, "p1", "entity", "In Russia, Sophan was to meet his counterpart Li Qiaoming.")
prose(
    A1,
    "p2",
    "faithful",
    "Joint military exercises with the US have not resumed since they were suspended.",
)
prose(
    A1,
    "p2",
    "negation",
    "Joint military exercises with the US have resumed since they were suspended.",
)
prose(
    A1, "p3", "faithful", "The Angkor Sentinel exercise with the US has not been held since 2016."
)
prose(A1, "p3", "date", "The Angkor Sentinel exercise with the US has not been held since 2019.")
prose(
    A1,
    "p4",
    "faithful",
    "Kin Phea said Cambodia's defence relations with many other countries have improved.",
)
prose(
    A1,
    "p4",
    "negation",
    "Kin Phea said Cambodia's defence relations with many other countries have worsened.",
)
prose(A1, "p5", "faithful", "In March, Sophan led a military delegation to China.")
prose(A1, "p5", "entity", "In March, Sophan led a military delegation to Russia.")
prose(
    A1,
    "p6",
    "added",
    "The memorandum of understanding includes the sale of Russian helicopters to Cambodia.",
)
speaker(
    A1,
    "q0",
    "faithful",
    "Kin Phea",
    "Cambodia is not expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war",
)
speaker(
    A1,
    "q0",
    "speaker",
    "Mao Sophan",
    "Cambodia is not expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war",
)
quote(
    A1,
    "q1",
    "faithful",
    "The meeting is aimed at strengthening and expanding cooperation between the armies of both countries",
)
quote(
    A1,
    "q1",
    "quote",
    "The meeting is aimed at strengthening and expanding trade between the armies of both countries",
)

# --- 002: Cambodia and Kazakhstan, CICA -------------------------------------------------
prose(
    A2,
    "p0",
    "faithful",
    "Prak Sokhonn attended the 6th CICA Ministerial Meeting by video conference on October 12.",
)
prose(
    A2,
    "p0",
    "number",
    "Prak Sokhonn attended the 8th CICA Ministerial Meeting by video conference on October 12.",
)
prose(
    A2,
    "p0",
    "date",
    "Prak Sokhonn attended the 6th CICA Ministerial Meeting by video conference on October 15.",
)
prose(
    A2,
    "p1",
    "faithful",
    "Sokhonn took part at the invitation of his Kazakh counterpart, Mukhtar Tileuberdi.",
)
prose(
    A2, "p1", "entity", "Sokhonn took part at the invitation of his Kazakh counterpart, Kin Phea."
)
prose(A2, "p2", "faithful", "Leaders of the 27 CICA member states attended the 5th summit in 2019.")
prose(A2, "p2", "number", "Leaders of the 21 CICA member states attended the 5th summit in 2019.")
prose(A2, "p2", "date", "Leaders of the 27 CICA member states attended the 5th summit in 2017.")
prose(A2, "p3", "faithful", "Hun Sen attended the 5th CICA summit in 2019.")
prose(A2, "p3", "entity", "Prak Sokhonn attended the 5th CICA summit in 2019.")
prose(
    A2,
    "p4",
    "faithful",
    "Kin Phea said confidence building measures were crucial for regional stability and peace.",
)
prose(
    A2,
    "p4",
    "negation",
    "Kin Phea said confidence building measures were not crucial for regional stability and peace.",
)
prose(A2, "p5", "added", "Kazakhstan offered Cambodia a new trade agreement at the meeting.")
speaker(
    A2,
    "q0",
    "faithful",
    "Kin Phea",
    "CICA has made a significant contribution and it is in line with Cambodia’s foreign policy",
)
speaker(
    A2,
    "q0",
    "speaker",
    "Hun Sen",
    "CICA has made a significant contribution and it is in line with Cambodia’s foreign policy",
)
quote(A2, "q1", "faithful", "We wish to see a region of peace, stability and prosperity")
quote(A2, "q1", "quote", "We wish to see a region of peace, security and prosperity")

# --- 003: Cambodia-US reset --------------------------------------------------------------
prose(
    A3,
    "p0",
    "faithful",
    "The US arms embargo on Cambodia was imposed by the Biden administration in 2021.",
)
prose(
    A3,
    "p0",
    "date",
    "The US arms embargo on Cambodia was imposed by the Biden administration in 2019.",
)
prose(
    A3,
    "p0",
    "entity",
    "The US arms embargo on Cambodia was imposed by the Trump administration in 2021.",
)
prose(
    A3,
    "p1",
    "faithful",
    "Cambodia and the US marked the 75th anniversary of their diplomatic relations this year.",
)
prose(
    A3,
    "p1",
    "number",
    "Cambodia and the US marked the 70th anniversary of their diplomatic relations this year.",
)
prose(
    A3,
    "p2",
    "faithful",
    "The Angkor Sentinel exercises were launched in 2010 and organised by the US Army Pacific.",
)
prose(
    A3,
    "p2",
    "date",
    "The Angkor Sentinel exercises were launched in 2012 and organised by the US Army Pacific.",
)
prose(
    A3,
    "p3",
    "faithful",
    "Prak Sokhonn held bilateral talks with Allison Hooker on the sidelines of the 47th ASEAN Summit.",
)
prose(
    A3,
    "p3",
    "number",
    "Prak Sokhonn held bilateral talks with Allison Hooker on the sidelines of the 45th ASEAN Summit.",
)
prose(
    A3,
    "p3",
    "entity",
    "Tea Seiha held bilateral talks with Allison Hooker on the sidelines of the 47th ASEAN Summit.",
)
prose(
    A3,
    "p4",
    "faithful",
    "Malaysian Prime Minister Anwar Ibrahim witnessed the signing of the peace accord between Cambodia and Thailand.",
)
prose(
    A3,
    "p4",
    "entity",
    "Malaysian Prime Minister Anwar Ibrahim witnessed the signing of the peace accord between Cambodia and Vietnam.",
)
prose(
    A3,
    "p5",
    "faithful",
    "It remains unclear whether Washington's concerns over China's military influence in Cambodia have been resolved.",
)
prose(
    A3,
    "p5",
    "negation",
    "Washington's concerns over China's military influence in Cambodia have been resolved.",
)
prose(
    A3,
    "p6",
    "faithful",
    "Sothirak said the present climate offers a rare chance to rebuild a more strategic relationship with the US.",
)
prose(
    A3,
    "p6",
    "negation",
    "Sothirak said the present climate offers no chance to rebuild a more strategic relationship with the US.",
)
prose(
    A3,
    "p7",
    "faithful",
    "Cambodia's joint exercises with China, the Golden Dragon drills, have grown in scale each year.",
)
prose(
    A3,
    "p7",
    "entity",
    "Cambodia's joint exercises with Thailand, the Golden Dragon drills, have grown in scale each year.",
)
prose(A3, "p8", "added", "Hegseth confirmed he would visit Ream Naval Base in December.")
speaker(A3, "q0", "faithful", "Pou Sothirak", "We are not an enemy to America. We are a friend")
speaker(A3, "q0", "speaker", "Prak Sokhonn", "We are not an enemy to America. We are a friend")
speaker(
    A3,
    "q1",
    "faithful",
    "the US Mission to ASEAN",
    "Based on Cambodia’s diligent pursuit of peace and security, the United States will remove the arms embargo on Cambodia",
)
speaker(
    A3,
    "q1",
    "speaker",
    "Pou Sothirak",
    "Based on Cambodia’s diligent pursuit of peace and security, the United States will remove the arms embargo on Cambodia",
)
quote(
    A3,
    "q2",
    "faithful",
    "We should open up Ream for him to see it, and even invite an American warship to visit",
)
quote(
    A3,
    "q2",
    "quote",
    "We should open up Ream for him to see it, and even invite an American carrier to visit",
)

# --- 004: Austin's discussions with Cambodian leaders -----------------------------------
prose(
    A4,
    "p0",
    "faithful",
    "Lloyd Austin held a series of discussions with Cambodian leaders on regional security and cooperation.",
)
prose(
    A4,
    "p0",
    "entity",
    "Pete Hegseth held a series of discussions with Cambodian leaders on regional security and cooperation.",
)
prose(
    A4,
    "p1",
    "faithful",
    "The talks covered maritime security, counterterrorism and geopolitical tensions in the region.",
)
prose(
    A4,
    "p2",
    "faithful",
    "Austin reaffirmed the United States' commitment to partner with Cambodia on its development.",
)
prose(
    A4,
    "p2",
    "negation",
    "Austin declined to reaffirm the United States' commitment to partner with Cambodia on its development.",
)
prose(
    A4,
    "p3",
    "faithful",
    "The leaders agreed to develop programs that would foster local participation and create jobs in the green sector.",
)
prose(
    A4,
    "p3",
    "negation",
    "The leaders did not agree to develop programs that would foster local participation and create jobs in the green sector.",
)
prose(
    A4,
    "p4",
    "faithful",
    "The partnership with Cambodia could encourage similar alliances among other Southeast Asian countries.",
)
prose(
    A4, "p5", "faithful", "The cooperation is not merely transactional, according to the article."
)
prose(A4, "p5", "negation", "The cooperation is merely transactional, according to the article.")
prose(A4, "p6", "added", "Austin pledged $50 million in disaster relief funding for Cambodia.")
prose(A4, "p7", "added", "Cambodia agreed to close the Ream Naval Base to Chinese warships.")

if __name__ == "__main__":
    claims.write()
