"""Table-driven tests for the baseline backend's rule modules, one job each."""

from __future__ import annotations

from datetime import date

import pytest

from newsbrief.backends.baseline.rules.names import find_people
from newsbrief.backends.baseline.rules.orgs import acronym_definitions, find_orgs, frequent_acronyms
from newsbrief.backends.baseline.rules.places import dateline_place, find_places
from newsbrief.backends.baseline.rules.quotes import find_quotes
from newsbrief.backends.baseline.rules.relations import relation_kind
from newsbrief.backends.baseline.rules.shorten import purpose_clause, shorten
from newsbrief.backends.baseline.rules.topics import pick_topics
from newsbrief.text.countries import country_of_word, find_countries
from newsbrief.text.dates import anchor_date, find_dates, resolve_year
from newsbrief.text.furniture import LineKind, classify_line, split_credit
from newsbrief.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("hun_manet_-_malaysia.jpeg", LineKind.JUNK),
        ("scroll to top", LineKind.JUNK),
        ("Ry Sochan", LineKind.JUNK),
        ("The Phnom Penh Post", LineKind.JUNK),
        ("-Khmer Times-", LineKind.JUNK),
        ("March 7, 2022", LineKind.JUNK),
        ("Key Focus Areas | Collaborative Actions |", LineKind.JUNK),
        ("---|---|", LineKind.JUNK),
        ("| Name | Role |", LineKind.JUNK),
        ("Disaster Response | Enhancing local capacities | Training", LineKind.JUNK),
        (  # one pipe inside a paragraph: a scrape's inline link, the paragraph is prose
            (
                "The change means that the gaps are now wider. The Brexit Toblerone sums up "
                "2016: more troughs than peaks | Rebecca Nicholson Read more Explaining the "
                "change, the statement said costs had risen."
            ),
            LineKind.PROSE,
        ),
        (  # three cells, one of them a sentence: not a table
            (
                "Officials said the talks would resume next week after a pause in the "
                "negotiations over the border | Reuters | Updated"
            ),
            LineKind.PROSE,
        ),
        ("ដោយ៖ Morm Sokun  | ថ្ងៃពុធ ទី១៩ ខែវិច្ឆិកា ឆ្នាំ២០២៥ English", LineKind.JUNK),
        ("អត្ថបទទាក់ទង", LineKind.JUNK),
        ("Introduction", LineKind.JUNK),
        ("Austin Engages with Cambodian Leaders on Regional Security Challenges", LineKind.HEADING),
        (
            "- Data Sharing: Enhancing mechanisms for intelligence sharing to combat threats.",
            LineKind.BULLET,
        ),
        ("The commitment was made at a meeting on March 3 in Phnom Penh.", LineKind.PROSE),
    ],
)
def test_classify_line(line: str, kind: LineKind) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    ("line", "body", "is_caption"),
    [
        ("A meeting on March 3 in Phnom Penh. RCAF", "A meeting on March 3 in Phnom Penh.", True),
        (
            "Former diplomat speaks to Khmer Times. KT/Heng Chivoan",
            "Former diplomat speaks to Khmer Times.",
            True,
        ),
        ("It is very timely, said Sothirak.", "It is very timely, said Sothirak.", False),
    ],
)
def test_split_credit(line: str, body: str, is_caption: bool) -> None:
    assert split_credit(line) == (body, is_caption)


def test_sentences_keep_offsets_and_skip_furniture() -> None:
    text = (
        "Title here\n\nRy Sochan\n\nphoto.jpeg\n\nU.S. Secretary Lloyd Austin met "
        "Gen. Tea Seiha in Phnom Penh. They agreed to resume drills.\n\nscroll to top"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "U.S. Secretary Lloyd Austin met Gen. Tea Seiha in Phnom Penh.",
        "They agreed to resume drills.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_title_glued_to_caption_is_cut_off() -> None:
    title = "Ex-diplomat hails reset"
    text = (
        f"{title}\n{title} US President Donald Trump at the signing in Malaysia on October 26. PMO"
    )
    [caption] = split_sentences(text, title)
    assert caption.text.startswith("US President Donald Trump")
    assert caption.caption


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("on March 7, 2022.", [("March 7, 2022", "2022-03-07")]),
        ("on 17 June 2022 they met", [("17 June 2022", "2022-06-17")]),
        ("released 2022-03-07", [("2022-03-07", "2022-03-07")]),
        ("a visit from June 18-20", [("June 18-20", None)]),
        ("In March, Sophan led", [("March", None)]),
        ("in October 2025", [("October 2025", "2025-10")]),
        ("not held since 2016.", [("2016", "2016")]),
        ("Nov. 3, 2021", [("Nov. 3, 2021", "2021-11-03")]),
        ("They may meet again.", []),
        ("It costs 2500 dollars and 45% of 2019 budget", [("2019", "2019")]),
    ],
)
def test_find_dates_without_anchor(text: str, found: list[tuple[str, str | None]]) -> None:
    mentions = find_dates(text)
    assert [(m.text, resolve_year(m, None)) for m in mentions] == found
    assert all(text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("date_text", "anchor", "iso"),
    [
        ("June 17", date(2022, 6, 20), "2022-06-17"),
        ("December 5", date(2022, 3, 7), "2021-12-05"),  # later than the article: last year
        ("March 3", 2025, "2025-03-03"),
        ("In March", 2022, "2022-03"),
        ("June 17", None, None),
    ],
)
def test_missing_year_comes_from_the_anchor(
    date_text: str, anchor: date | int | None, iso: str | None
) -> None:
    [mention] = find_dates(date_text)
    assert resolve_year(mention, anchor) == iso


@pytest.mark.parametrize(
    ("text", "published", "anchor"),
    [
        ("It happened on June 17.", "2022-06-20T08:00:00Z", date(2022, 6, 20)),
        ("March 7, 2022\n\nOn March 3 they met.", None, date(2022, 3, 7)),
        ("ថ្ងៃពុធ ទី១៩ ខែវិច្ឆិកា ឆ្នាំ២០២៥\nOn October 26 they met.", None, 2025),
        ("Not held since 2016. On June 17 they met.", None, None),  # bare years never anchor
    ],
)
def test_anchor_date(text: str, published: str | None, anchor: date | int | None) -> None:
    assert anchor_date(text, published) == anchor


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Cambodian", "Cambodia"),
        ("Malaysian", "Malaysia"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("United States", "United States"),
        ("Russia", "Russia"),
        ("Russian", "Russia"),
        ("Kazakh", "Kazakhstan"),
        ("Kazakhstan", "Kazakhstan"),
        ("Chinese", "China"),
        ("Thai", "Thailand"),
        ("Vietnam", "Vietnam"),
        ("Viet Nam", "Vietnam"),
        ("Britain", "United Kingdom"),
        ("Hello", None),
    ],
)
def test_country_of_word(word: str, country: str | None) -> None:
    assert country_of_word(word) == country


def test_find_countries_marks_demonyms_and_possessives() -> None:
    text = "Cambodia and Malaysia’s armies met the Russian side in the U.S. and Jordan said"
    found = [(m.surface, m.canonical, m.demonym) for m in find_countries(text)]
    assert found == [
        ("Cambodia", "Cambodia", False),
        ("Malaysia", "Malaysia", False),
        ("Russian", "Russia", True),
        ("U.S.", "United States", False),
        ("Jordan", "Jordan", False),
    ]
    assert [m.surface for m in find_countries("Michael Jordan Smith played")] == []


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            (
                "A meeting between Royal Cambodian Army commander Lieutenant General Hun Manet and "
                "Malaysian Army chief General Zamrose Mohd Zain took place."
            ),
            [
                ("Hun Manet", "Royal Cambodian Army commander", "Lieutenant General Hun Manet"),
                ("Zamrose Mohd Zain", "Malaysian Army chief", "General Zamrose Mohd Zain"),
            ],
        ),
        (
            "Minister of Foreign Affairs and International Cooperation Prak Sokhonn made it.",
            [
                (
                    "Prak Sokhonn",
                    "Minister of Foreign Affairs and International Cooperation",
                    "Minister of Foreign Affairs and International Cooperation Prak Sokhonn",
                )
            ],
        ),
        (
            (
                "They met National Defence Minister General Tea Seiha and US Defence Secretary "
                "Pete Hegseth."
            ),
            [
                (
                    "Tea Seiha",
                    "National Defence Minister",
                    "National Defence Minister General Tea Seiha",
                ),
                ("Pete Hegseth", "US Defence Secretary", "US Defence Secretary Pete Hegseth"),
            ],
        ),
        (
            "Kin Phea, director of the International Relations Institute, believed it.",
            [("Kin Phea", "director of the International Relations Institute", None)],
        ),
        (
            "He met his Russian counterpart Oleg Salyukov.",
            [("Oleg Salyukov", "Russian counterpart", None)],
        ),
        (
            "General Mao Sophan, commander of the Cambodian Army, left.",
            [("Mao Sophan", "commander of the Cambodian Army", "General Mao Sophan")],
        ),
        ("Sothirak said the reset was timely.", [("Sothirak", None, None)]),
        ("Mr. Smith said it was over.", [("Smith", None, "Mr. Smith")]),  # courtesy, no role
        ("Gen. Tea Seiha met them.", [("Tea Seiha", "Gen.", "Gen. Tea Seiha")]),
        ("The Angkor Sentinel drills and Phnom Penh were discussed.", []),
        ("Adviser to the Cambodian Centre for Regional Studies spoke.", []),
    ],
)
def test_find_people_with_titles(
    sentence: str, people: list[tuple[str, str | None, str | None]]
) -> None:
    found = find_people(sentence)
    assert [(p.name, p.role, p.titled) for p in found] == people
    assert all(sentence[p.start : p.end] == p.name for p in found)


def test_acronym_definitions_and_events() -> None:
    text = (
        "the Royal Cambodian Armed Force (RCAF) said. Officials attended the Defence "
        "Service Asia Exhibition and Conference (DSA) and a memorandum of understanding "
        "(MoU). The RCAF agreed."
    )
    defined = acronym_definitions(text)
    assert defined["RCAF"] is not None
    assert defined["RCAF"].name == "Royal Cambodian Armed Force"
    assert defined["DSA"] is None  # an exhibition, not an organisation
    assert "MoU" not in defined
    assert frequent_acronyms(text) == ["RCAF"]
    assert frequent_acronyms("The US and the US again") == []


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        (
            (
                "Kin Phea, director of the International Relations Institute at the Royal Academy "
                "of Cambodia, said."
            ),
            ["International Relations Institute", "Royal Academy of Cambodia"],
        ),
        (
            "Adviser to the Cambodian Centre for Regional Studies",
            ["Cambodian Centre for Regional Studies"],
        ),
        ("The US Mission to ASEAN reported it.", ["US Mission to ASEAN"]),
        ("the Chinese People's Liberation Army.", ["Chinese People's Liberation Army"]),
        ("He told The Post on October 12 that", []),
        ("first Army to Army Staff Talks down the road", []),
    ],
)
def test_find_orgs(sentence: str, orgs: list[str]) -> None:
    assert [o.name for o in find_orgs(sentence)] == orgs


def test_places_prefer_after_preposition_and_read_datelines() -> None:
    places = find_places("US President Donald Trump signed in Kuala Lumpur on October 26.")
    assert [(p.text, p.after_preposition) for p in places] == [
        ("US", False),
        ("Kuala Lumpur", True),
    ]
    assert dateline_place("PHNOM PENH – Cambodia and Malaysia’s armies") == "PHNOM PENH"
    assert dateline_place("Cambodia and Malaysia’s armies") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" with nobody named before: the speaker check names nobody, so neither does
        # the baseline (they read attributions the same way)
        (
            "“We are a friend to all nations,” he stressed.",
            [("We are a friend to all nations", None)],
        ),
        (
            "Pou Sothirak spoke last. “We are a friend to all nations,” he stressed.",
            [("We are a friend to all nations", "Pou Sothirak")],
        ),
        ('"It is very timely for us," said Sothirak.', [("It is very timely for us", "Sothirak")]),
        ("According to X, the “friendship and cooperation” improved.", []),  # 3 words
        (
            "Sokhonn reaffirmed the commitment “to strengthen further and deepen ties.”",
            [("to strengthen further and deepen ties.", "Sokhonn")],
        ),
        (
            "Sothirak was asked. “I think this is right,” he said. “We need to continue to engage.”",
            [("I think this is right", "Sothirak"), ("We need to continue to engage.", "Sothirak")],
        ),
        (
            "“Security and development in new realities”",
            [("Security and development in new realities", None)],
        ),
    ],
)
def test_find_quotes_with_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = find_quotes(text, lambda who, position, previous: who)
    assert [(q.text, q.speaker) for q in quotes] == expected
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_the_baseline_and_the_speaker_check_agree_on_every_seed_quote() -> None:
    """One reading of who said what: every quote the baseline gives a speaker is one the
    speaker check supports (never contradicted), on every seed article."""
    import json
    from pathlib import Path

    from newsbrief.backends.baseline.rules.compose import compose_briefing
    from newsbrief.grounding import ground_briefing
    from newsbrief.schemas import Article

    seeds = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"
    verdicts = []
    for line in seeds.read_text(encoding="utf-8").splitlines():
        article = Article.model_validate(json.loads(line))
        briefing = ground_briefing(compose_briefing(article), article.text)
        verdicts += [
            (article.id, c.claim, c.verdict)
            for c in briefing.checks
            if c.kind == "speaker" and c.claim
        ]
    assert verdicts, "the seeds have attributed quotes"
    assert [v for v in verdicts if v[2] != "supported"] == []


def test_quote_pronouns_are_dropped_without_a_resolver() -> None:
    [quote] = find_quotes("“We are a friend to all nations,” he stressed.")
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Cambodia and Russia will sign a memorandum of understanding.", "agreement"),
        ("Cambodia and Thailand ended their border conflict with a ceasefire.", "conflict"),
        ("Cambodia and Malaysia expand bilateral cooperation and friendship.", "cooperation"),
        ("Cambodia seeks trade and investment with Japan.", "trade"),
        ("The importance of Cambodia and Malaysia was stressed.", None),
    ],
)
def test_relation_kind(sentence: str, kind: str | None) -> None:
    assert relation_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "words", "short"),
    [
        (
            "PHNOM PENH – Cambodia and Malaysia agreed to hold talks, the army said.",
            15,
            "Cambodia and Malaysia agreed to hold talks, the army said.",
        ),
        (
            (
                "In a notable engagement, U.S. Secretary of Defense Lloyd Austin held a series of "
                "discussions with Cambodian leaders, focusing on security."
            ),
            15,
            "U.S. Secretary of Defense Lloyd Austin held a series of discussions with Cambodian leaders",
        ),
        (
            (
                "Cambodia will further expand bilateral ties with Kazakhstan for the mutual benefit "
                "of the two countries as well as cooperation with CICA."
            ),
            15,
            "Cambodia will further expand bilateral ties with Kazakhstan",
        ),
    ],
)
def test_shorten(sentence: str, words: int, short: str) -> None:
    assert shorten(sentence, words) == short
    assert len(shorten(sentence, words).split()) <= words


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        (
            (
                "The armies are keen to strengthen cooperation to support peacekeeping efforts, "
                "the army said."
            ),
            "to support peacekeeping efforts",
        ),
        ("The talks were held in order to calm tensions.", "in order to calm tensions"),
        ("The meeting, aimed at strengthening ties, ended.", "aimed at strengthening ties"),
        ("They announced their intention to ink a memorandum.", None),
        ("He went to the market.", None),
    ],
)
def test_purpose_clause(sentence: str, why: str | None) -> None:
    assert purpose_clause(sentence) == why


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("The army and navy held military drills; defence ties grew. Troops trained.", ["defence"]),
        ("The court ruled that the law was broken; the judge cited legal rights.", ["law-justice"]),
        ("The warship visited the port.", []),  # one hit each is not a topic
        ("", []),
    ],
)
def test_pick_topics(text: str, topics: list[str]) -> None:
    assert pick_topics(text) == topics
