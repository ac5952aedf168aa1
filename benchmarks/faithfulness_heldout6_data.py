"""Writes benchmarks/data/faithfulness_heldout6.jsonl, the sixth held-out set: 95 claims about
four seed articles (examples/seeds.jsonl), written blind, before the verdict rules were
run on any of them, and measured once (benchmarks/README.md).

    python3 benchmarks/faithfulness_heldout6_data.py
"""

import json

A0 = "000_0c837def3d75426e"
A1 = "001_daa3c69061294fcf"
A2 = "002_9da62d504f2ec232"
A3 = "003_f7f5d27b1a8cd39f"

rows = []


def prose(article, tag, label, claim):
    rows.append(
        {
            "id": f"{article[:3]}-{tag}-{label}",
            "article": article,
            "kind": "prose",
            "label": label,
            "claim": claim,
        }
    )


def speaker(article, tag, label, claim, quote):
    rows.append(
        {
            "id": f"{article[:3]}-{tag}-{label}",
            "article": article,
            "kind": "speaker",
            "label": label,
            "claim": claim,
            "quote": quote,
        }
    )


def quote(article, tag, label, claim):
    rows.append(
        {
            "id": f"{article[:3]}-{tag}-{label}",
            "article": article,
            "kind": "quote",
            "label": label,
            "claim": claim,
        }
    )


# --- 000: Cambodia and Malaysia armies -------------------------------------------------
prose(
    A0,
    "p0",
    "faithful",
    "The armies of Cambodia and Malaysia want to strengthen their cooperation to support peacekeeping and regional security, the RCAF said in a statement.",
)
prose(
    A0,
    "p1",
    "faithful",
    "Hun Manet met Malaysian Army chief General Zamrose Mohd Zain on March 3, on the second day of Zamrose's two-day visit to Cambodia.",
)
prose(
    A0,
    "p2",
    "faithful",
    "Cambodian soldiers have been trained under the Malaysian Defence Cooperation Programme since 2002.",
)
prose(
    A0,
    "p3",
    "faithful",
    "The two commanders said the visit had opened another page of history in relations between their armies.",
)
prose(
    A0,
    "p4",
    "faithful",
    "They discussed future cooperation in human resource development and cybersecurity.",
)
prose(
    A0,
    "p5",
    "faithful",
    "The army chiefs also considered holding their first Army to Army Staff Talks.",
)
prose(
    A0,
    "p6",
    "faithful",
    "Senior Cambodian officers have attended defence exhibitions in Malaysia, including LIMA at Langkawi.",
)
prose(
    A0,
    "p1",
    "number",
    "Hun Manet met Malaysian Army chief General Zamrose Mohd Zain on March 3, on the second day of Zamrose's four-day visit to Cambodia.",
)
prose(
    A0,
    "p2",
    "date",
    "Cambodian soldiers have been trained under the Malaysian Defence Cooperation Programme since 2012.",
)
prose(
    A0,
    "p1",
    "date",
    "Hun Manet met Malaysian Army chief General Zamrose Mohd Zain on March 8, on the second day of Zamrose's two-day visit to Cambodia.",
)
prose(
    A0,
    "p4",
    "negation",
    "They did not discuss future cooperation in human resource development or cybersecurity.",
)
prose(
    A0,
    "p3",
    "negation",
    "The two commanders said the visit had not opened a new page in relations between their armies.",
)
prose(
    A0,
    "p1",
    "entity",
    "Hun Manet met Malaysian Army chief General Anwar Ibrahim on March 3, on the second day of his two-day visit to Cambodia.",
)
prose(
    A0,
    "p2",
    "entity",
    "Cambodian soldiers have been trained under the Thai Defence Cooperation Programme since 2002.",
)
prose(
    A0,
    "p0",
    "added",
    "The armies of Cambodia and Malaysia signed a new defence treaty worth several million dollars.",
)
quote(
    A0,
    "q0",
    "faithful",
    "Both sides expressed the importance of maintaining and expanding bilateral cooperation between the army of Cambodia and that of Malaysia",
)
quote(
    A0,
    "q0",
    "quote",
    "Both sides expressed the importance of maintaining and reducing bilateral cooperation between the army of Cambodia and that of Malaysia",
)
quote(A0, "q1", "faithful", "opened another page of history")
quote(A0, "q1", "quote", "opened another chapter of history")
speaker(
    A0,
    "s0",
    "faithful",
    "RCAF",
    "Both sides expressed the importance of maintaining and expanding bilateral cooperation between the army of Cambodia and that of Malaysia",
)
speaker(
    A0,
    "s0",
    "speaker",
    "General Zamrose",
    "Both sides expressed the importance of maintaining and expanding bilateral cooperation between the army of Cambodia and that of Malaysia",
)

# --- 001: Cambodia and Russia armies -----------------------------------------------------
prose(
    A1,
    "p0",
    "faithful",
    "The commanders of the Cambodian and Russian armies plan to sign a memorandum of understanding to boost cooperation between their forces.",
)
prose(
    A1,
    "p1",
    "faithful",
    "General Mao Sophan was preparing for a three-day visit to Russia from June 18 to 20 to meet his counterpart Oleg Salyukov.",
)
prose(
    A1,
    "p2",
    "faithful",
    "In March, Sophan led a military delegation to China and met General Li Qiaoming.",
)
prose(
    A1,
    "p3",
    "faithful",
    "Kin Phea said military ties between Cambodia and Russia appear to rest on a traditional friendship dating back to the Cold War.",
)
prose(
    A1,
    "p4",
    "faithful",
    "Joint military exercises with the US have not resumed since they were suspended.",
)
prose(
    A1, "p5", "faithful", "The Angkor Sentinel exercise with the US has not been held since 2016."
)
prose(
    A1,
    "p6",
    "faithful",
    "The Royal Cambodian Army announced the plan in a press release on June 17.",
)
prose(
    A1,
    "p7",
    "faithful",
    "Kin Phea directs the International Relations Institute at the Royal Academy of Cambodia.",
)
prose(
    A1,
    "p1",
    "number",
    "General Mao Sophan was preparing for a five-day visit to Russia from June 18 to 20 to meet his counterpart Oleg Salyukov.",
)
prose(A1, "p5", "date", "The Angkor Sentinel exercise with the US has not been held since 2019.")
prose(
    A1, "p6", "date", "The Royal Cambodian Army announced the plan in a press release on July 17."
)
prose(
    A1,
    "p4",
    "negation",
    "Joint military exercises with the US have resumed since they were suspended.",
)
prose(
    A1,
    "p0",
    "negation",
    "The commanders of the Cambodian and Russian armies do not plan to sign a memorandum of understanding.",
)
prose(
    A1,
    "p2",
    "entity",
    "In March, Sophan led a military delegation to China and met General Oleg Salyukov.",
)
prose(
    A1,
    "p1",
    "entity",
    "General Mao Sophan was preparing for a three-day visit to China from June 18 to 20 to meet his counterpart Oleg Salyukov.",
)
prose(
    A1,
    "p3",
    "speaker",
    "Oleg Salyukov said military ties between Cambodia and Russia appear to rest on a traditional friendship dating back to the Cold War.",
)
prose(A1, "p7", "added", "Russia will supply Cambodia with new helicopters under the memorandum.")
quote(
    A1,
    "q0",
    "faithful",
    "The meeting is aimed at strengthening and expanding cooperation between the armies of both countries",
)
quote(
    A1,
    "q0",
    "quote",
    "The meeting is aimed at strengthening and expanding trade between the armies of both countries",
)
quote(
    A1,
    "q1",
    "faithful",
    "Cambodia is not expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war",
)
quote(
    A1,
    "q1",
    "quote",
    "Cambodia is expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war",
)
speaker(
    A1,
    "s0",
    "faithful",
    "Kin Phea",
    "Cambodia is not expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war, or threatening another nation or bloc",
)
speaker(
    A1,
    "s0",
    "speaker",
    "Mao Sophan",
    "Cambodia is not expanding its security or defence relations or cooperation with any nation or group of nations for the purpose of making war, or threatening another nation or bloc",
)

# --- 002: Cambodia, Kazakhstan and CICA --------------------------------------------------
prose(
    A2,
    "p0",
    "faithful",
    "Cambodia will expand bilateral ties with Kazakhstan and its cooperation with CICA.",
)
prose(
    A2,
    "p1",
    "faithful",
    "Foreign minister Prak Sokhonn made the pledge at the 6th CICA Ministerial Meeting, which he attended by video conference on October 12.",
)
prose(
    A2,
    "p2",
    "faithful",
    "Sokhonn took part at the invitation of his Kazakh counterpart Mukhtar Tileuberdi.",
)
prose(
    A2,
    "p3",
    "faithful",
    "Sokhonn praised CICA for its contribution to peace, security, stability and prosperity in the region.",
)
prose(
    A2,
    "p4",
    "faithful",
    "Hun Sen attended the 5th CICA summit in 2019, with leaders of the 27 member states.",
)
prose(
    A2,
    "p5",
    "faithful",
    "Hun Sen asked CICA members to work more closely with China's Belt and Road Initiative.",
)
prose(
    A2,
    "p6",
    "faithful",
    "Kin Phea told The Post that confidence building measures were crucial for peace and stability in the region.",
)
prose(
    A2,
    "p4",
    "number",
    "Hun Sen attended the 5th CICA summit in 2019, with leaders of the 35 member states.",
)
prose(
    A2,
    "p1",
    "number",
    "Foreign minister Prak Sokhonn made the pledge at the 8th CICA Ministerial Meeting, which he attended by video conference on October 12.",
)
prose(
    A2,
    "p4",
    "date",
    "Hun Sen attended the 5th CICA summit in 2017, with leaders of the 27 member states.",
)
prose(
    A2,
    "p1",
    "date",
    "Foreign minister Prak Sokhonn made the pledge at the 6th CICA Ministerial Meeting, which he attended by video conference on November 12.",
)
prose(
    A2,
    "p6",
    "negation",
    "Kin Phea told The Post that confidence building measures were not crucial for peace and stability in the region.",
)
prose(A2, "p2", "entity", "Sokhonn took part at the invitation of his Kazakh counterpart Hun Sen.")
prose(
    A2,
    "p5",
    "entity",
    "Hun Sen asked CICA members to work more closely with India's Belt and Road Initiative.",
)
prose(
    A2,
    "p6",
    "speaker",
    "Prak Sokhonn told The Post that confidence building measures were crucial for peace and stability in the region.",
)
prose(A2, "p3", "added", "Sokhonn announced that Cambodia would host the next CICA summit.")
quote(
    A2,
    "q0",
    "faithful",
    "CICA has made a significant contribution and it is in line with Cambodia’s foreign policy",
)
quote(
    A2,
    "q0",
    "quote",
    "CICA has made a modest contribution and it is in line with Cambodia’s foreign policy",
)
speaker(
    A2,
    "s0",
    "faithful",
    "Kin Phea",
    "CICA has made a significant contribution and it is in line with Cambodia’s foreign policy. We wish to see a region of peace, stability and prosperity,",
)
speaker(
    A2,
    "s0",
    "speaker",
    "Prak Sokhonn",
    "CICA has made a significant contribution and it is in line with Cambodia’s foreign policy. We wish to see a region of peace, stability and prosperity,",
)
speaker(
    A2,
    "s1",
    "faithful",
    "the foreign ministry",
    "Deputy Prime Minister Prak Sokhonn expressed Cambodia’s commitment to CICA cooperation",
)
speaker(
    A2,
    "s1",
    "speaker",
    "Kin Phea",
    "Deputy Prime Minister Prak Sokhonn expressed Cambodia’s commitment to CICA cooperation",
)

# --- 003: Cambodia-US reset --------------------------------------------------------------
prose(
    A3,
    "p0",
    "faithful",
    "Former diplomat Pou Sothirak said the lifting of the US arms embargo and the return of the Angkor Sentinel exercises give Cambodia and the US a chance to reset their partnership.",
)
prose(
    A3,
    "p1",
    "faithful",
    "Defence Minister Tea Seiha and US Defence Secretary Pete Hegseth agreed in Kuala Lumpur to resume the Angkor Sentinel exercises after nearly a decade.",
)
prose(
    A3,
    "p2",
    "faithful",
    "The Biden administration imposed the arms ban in 2021 over concerns about China's military influence in Cambodia, human rights and corruption.",
)
prose(
    A3,
    "p3",
    "faithful",
    "Cambodia and the US celebrated 75 years of diplomatic relations this year.",
)
prose(
    A3,
    "p4",
    "faithful",
    "Trump oversaw the signing of a peace accord between Cambodia and Thailand in Kuala Lumpur on October 26.",
)
prose(
    A3,
    "p5",
    "faithful",
    "The Angkor Sentinel exercises were launched in 2010 and suspended in 2017.",
)
prose(
    A3,
    "p6",
    "faithful",
    "Sothirak said Thailand was the biggest threat to Cambodia's national security.",
)
prose(
    A3,
    "p7",
    "faithful",
    "Sothirak urged the government to open the Ream Naval Base to Hegseth if he visits.",
)
prose(
    A3,
    "p8",
    "faithful",
    "Prak Sokhonn held talks with Allison Hooker, the US Undersecretary of State for Political Affairs.",
)
prose(
    A3, "p3", "number", "Cambodia and the US celebrated 60 years of diplomatic relations this year."
)
prose(A3, "p8", "number", "Trump and Hun Manet met at the 45th ASEAN Summit in Kuala Lumpur.")
prose(
    A3,
    "p2",
    "date",
    "The Biden administration imposed the arms ban in 2019 over concerns about China's military influence in Cambodia, human rights and corruption.",
)
prose(
    A3, "p5", "date", "The Angkor Sentinel exercises were launched in 2010 and suspended in 2014."
)
prose(
    A3,
    "p4",
    "date",
    "Trump oversaw the signing of a peace accord between Cambodia and Thailand in Kuala Lumpur on October 16.",
)
prose(
    A3, "p6", "negation", "Sothirak said Thailand was not a threat to Cambodia's national security."
)
prose(
    A3,
    "p1",
    "negation",
    "Defence Minister Tea Seiha and US Defence Secretary Pete Hegseth did not agree to resume the Angkor Sentinel exercises.",
)
prose(
    A3,
    "p1",
    "entity",
    "Defence Minister Tea Seiha and US Defence Secretary Lloyd Austin agreed in Kuala Lumpur to resume the Angkor Sentinel exercises after nearly a decade.",
)
prose(
    A3,
    "p8",
    "entity",
    "Prak Sokhonn held talks with Anwar Ibrahim, the US Undersecretary of State for Political Affairs.",
)
prose(
    A3,
    "p4",
    "entity",
    "Trump oversaw the signing of a peace accord between Cambodia and Vietnam in Kuala Lumpur on October 26.",
)
prose(
    A3,
    "p7",
    "speaker",
    "Pete Hegseth said the government should open the Ream Naval Base to visitors.",
)
prose(A3, "p0", "added", "Sothirak said the US would build a new naval base in Cambodia next year.")
quote(A3, "q0", "faithful", "We are not an enemy to America. We are a friend")
quote(A3, "q0", "quote", "We are an enemy to America. We are a friend")
quote(
    A3,
    "q1",
    "faithful",
    "I think the first step in the right direction is to formalise this reset by allowing the joint military exercise to restart",
)
quote(
    A3,
    "q1",
    "quote",
    "I think the first step in the right direction is to formalise this reset by allowing the joint naval exercise to restart",
)
speaker(A3, "s0", "faithful", "Pou Sothirak", "We are not an enemy to America. We are a friend")
speaker(A3, "s0", "speaker", "Hun Manet", "We are not an enemy to America. We are a friend")
speaker(
    A3,
    "s1",
    "faithful",
    "the mission",
    "Based on Cambodia’s diligent pursuit of peace and security, the United States will remove the arms embargo on Cambodia",
)
speaker(
    A3,
    "s1",
    "speaker",
    "Pou Sothirak",
    "Based on Cambodia’s diligent pursuit of peace and security, the United States will remove the arms embargo on Cambodia",
)

ids = [r["id"] for r in rows]
dupes = {i for i in ids if ids.count(i) > 1}
seen: dict[str, int] = {}  # tags repeated within a label get a running suffix
for r in rows:
    n = seen.get(r["id"], 0)
    seen[r["id"]] = n + 1
    if r["id"] in dupes:
        r["id"] += f"-{n}"
with open("benchmarks/data/faithfulness_heldout6.jsonl", "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
labels = sorted({r["label"] for r in rows})
print(len(rows), {label: sum(r["label"] == label for r in rows) for label in labels})
