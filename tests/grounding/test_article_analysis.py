"""The prose checks read less of the article, with the same results: what each cut reads
is compared with what the full read gives, on every shipped article and on edge cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.grounding.evidence.aligner import Aligner
from newsbrief.grounding.faithfulness import presence, roles
from newsbrief.grounding.faithfulness.facts import name_phrases
from newsbrief.grounding.faithfulness.mentions import Deferred, agree, parse, read
from newsbrief.grounding.faithfulness.prose import check_briefing
from newsbrief.grounding.faithfulness.reading import ClaimReading
from newsbrief.grounding.faithfulness.support import SupportIndex
from newsbrief.schemas import Briefing, Event
from newsbrief.text.words import STOPWORDS, WORD, content_stems, stem
from tests.support.realistic_briefing import example_articles

REPO = Path(__file__).resolve().parents[2]

EDGES = [
    "Taliban spokesman Zabihullah Mujahid said the attack was a reprisal.",
    "al-Assad-led forces, the army chief of Syria, said so.",  # a word around the name
    "A spokeswoman, Jane Doe, said it.\nPolice chief\nJohn Smith spoke.",  # line breaks
    "x" * 300 + " Defence Secretary Ash Carter, the spokesman for the police, said",
    "Minister Hun Manet",  # a name at the very start, a title before nothing
    "army   commander,   Hun Manet",  # spaces and a comma between title and name
    "a" * 200 + "-" + "b" * 200 + " Prime Minister Hun Manet",  # no space to cut at
    "x" * 3000 + " Defence Secretary Ash Carter said",  # none for 3,000: the whole read
]


def _articles() -> list[str]:
    texts = [row["text"] for row in example_articles()]
    for line in (REPO / "tests/step/hostile_articles.jsonl").read_text("utf-8").splitlines():
        texts.append(json.loads(line).get("text", ""))
    return texts + EDGES


def test_a_names_title_read_around_it_is_the_whole_articles() -> None:
    """`roles.name_title` reads the words around one name; `_article_titles` the whole
    article: the same title (or none) for every name of every article."""
    names = titled = 0
    for text in _articles():
        whole = dict(roles._titles(parse(text)))
        for name in name_phrases(text):
            assert roles.name_title(text, name) == whole.get(name), (name, text[:60])
            names += 1
            titled += name in whole
    assert names > 4000 and titled > 200  # the articles do give titles


@pytest.mark.parametrize("text", EDGES)
def test_edge_cases_have_titles_where_expected(text: str) -> None:
    whole = dict(roles._titles(read(text)))
    assert {n.text: roles.name_title(text, n) for n in name_phrases(text)} == {
        n.text: whole.get(n) for n in name_phrases(text)
    }


def test_deferred_sentences_are_read_once_and_only_when_looked_at() -> None:
    reads: list[int] = []

    def sentences() -> tuple[object, ...]:
        reads.append(1)
        return (read("Hun Manet met Anwar."),)

    deferred = Deferred(sentences)  # type: ignore[arg-type]
    assert reads == []
    assert len(deferred) == 1 and deferred[0].names[0].text == "Hun Manet"
    assert [s.text for s in deferred] == ["Hun Manet met Anwar."]
    assert reads == [1]


def test_a_claim_written_twice_is_checked_once_with_each_path() -> None:
    article = "The ministry said 16 soldiers were wounded on Monday. Talks resume in May."
    claim = "The ministry said 60 soldiers were wounded."
    briefing = Briefing(
        headline="t",
        summary=claim,
        key_points=[claim, "Talks resume in May."],
        events=[Event(what=claim)],
    )
    checks = check_briefing(briefing, article, quotes=False)
    by_path = {c.path: c for c in checks}
    assert set(by_path) == {"summary[0]", "key_points[0]", "key_points[1]", "events[0].what"}
    first = by_path["summary[0]"]
    assert first.verdict == "contradicted" and first.rule == "number"
    for path in ("key_points[0]", "events[0].what"):
        assert by_path[path].model_dump(exclude={"path"}) == first.model_dump(exclude={"path"})
        assert by_path[path].support is not first.support  # a copy, not shared


def test_no_country_is_a_role_stem() -> None:
    """The title check skips a claim none of whose words' stems is a role's: it relies on
    a word's other form there, the country it names, never being one."""
    from newsbrief.text.countries import _gazetteer, canonical_name

    names, demonyms, _ = _gazetteer()
    countries = {canonical_name(code) for code in {*names.values(), *demonyms.values()}}
    assert len(countries) > 150
    assert not countries & roles._ROLE_STEMS


def test_the_names_agreeing_with_one_are_those_agree_finds_by_comparing_them_all() -> None:
    index = SupportIndex(
        "Hillary Clinton spoke. Mrs Clinton's aide and Bill Clinton left for Cambodia. "
        "Cambodian troops and Prime Minister Hun Manet met Manet's rival in Phnom Penh."
    )
    names = index.names.names
    by_text = {n.text: n for n in names}
    # hand-read: "Clinton" is the last key of three names; "Cambodian" is Cambodia alone
    assert [n.text for n in index.names.agreeing(by_text["Hillary Clinton"])] == [
        "Hillary Clinton", "Mrs Clinton's", "Bill Clinton"
    ]  # fmt: skip
    assert [n.text for n in index.names.agreeing(by_text["Cambodia"])] == [
        "Cambodia", "Cambodian"
    ]  # fmt: skip
    for name in names:  # and every name of the text as comparing them all gives
        assert index.names.agreeing(name) == [n for n in names if agree(n, name)]
    for text in [row["text"] for row in example_articles()[:20]]:
        index = SupportIndex(text)
        for name in index.names.names:
            assert index.names.agreeing(name) == [n for n in index.names.names if agree(n, name)]


@pytest.mark.parametrize(
    ("claim", "span"),
    [
        ("The talks ended on Friday.", (11, 37)),  # word for word
        ("the TALKS ended   on friday", (11, 36)),  # the normalised tier
        ("The talks ended on Sunday.", None),  # another word: not copied
        ("   ", None),
    ],
)
def test_a_verbatim_span_is_what_align_without_fuzzy_finds(
    claim: str, span: tuple[int, int] | None
) -> None:
    text = "Reporters: The talks ended on Friday. Both sides left."
    aligner = Aligner(text)
    assert aligner.verbatim_span(claim) == span
    evidence = Aligner(text).align(claim, fuzzy=False)
    assert (evidence.start, evidence.end) == (span if span else (None, None))


@pytest.mark.parametrize(
    "claim",
    [
        "Clinton's aide said the F-16's engines weren't ready, as the U.S. Senate voted 52-48.",
        "“Dozens” of residents of São Paulo’s outskirts fled on Tuesday.",
        "",
    ],
)
def test_a_claim_read_once_gives_what_each_rule_read_on_its_own(claim: str) -> None:
    reading = ClaimReading(claim)
    assert reading.content_stems == content_stems(claim)
    assert reading.parsed == read(claim)
    # the lower-case content words' stems the support link weighs ("aide", "engine", ...)
    assert reading.ordinary == {
        stem(w) for w in WORD.findall(claim) if w.islower() and w not in STOPWORDS
    }


def test_a_reading_derived_from_the_index_is_read_once_per_article() -> None:
    index = SupportIndex("Hun Sen spoke. He said it was fine. Then he left.")
    calls: list[int] = []

    def reader(seen: SupportIndex, i: int) -> str:
        calls.append(i)
        return seen.sentences[i].text

    assert index.derived(reader, 1) == "He said it was fine."
    assert index.derived(reader, 1) == "He said it was fine."
    assert index.derived(reader, 2) == "Then he left."
    assert calls == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        # furniture between sentences (a caption, a credit, a label): words outside them
        "Photo: Getty Images\nThe talks ended. Both sides left.\nSynopsis: Talks end.\nMORE",
        "• Bullet one said so.\n• Bullet two didn't.\n(AFP Photo)\nO’Brien’s aide — yes.",
        "Trump's 2016 run-up.Reporters' notes ... “Quoted” words",  # no space after "."
        "",
    ],
)
def test_the_articles_words_from_its_sentences_are_the_whole_texts(text: str) -> None:
    index = SupportIndex(text)
    assert index._distinct_words == frozenset(WORD.findall(text))
    assert index.lower_words == frozenset(w for w in WORD.findall(text) if w.islower())
    assert index.capitalised_words == frozenset(
        w.lower() for w in WORD.findall(text) if w[0].isupper()
    )


def test_every_shipped_articles_words_from_its_sentences_are_the_whole_texts() -> None:
    for row in example_articles():
        assert SupportIndex(row["text"])._distinct_words == frozenset(WORD.findall(row["text"]))


def test_a_sentences_words_for_the_name_check_are_read_from_the_index() -> None:
    # presence reads an article sentence's words from those its index tokenised
    checked = 0
    for row in example_articles():
        index = SupportIndex(row["text"])
        for i, sentence in enumerate(index.sentences):
            assert presence._index_words(index, i) == presence._sentence_words(sentence.text)
            checked += 1
    assert checked > 1000


def test_a_parse_reads_the_same_words_from_its_tokens_as_from_the_text() -> None:
    for row in example_articles():
        index = SupportIndex(row["text"])
        for i, sentence in enumerate(index.sentences[:20]):
            lazy = index.parsed(i)
            whole = read(sentence.text)
            assert lazy.words == tuple(t.lower for t in whole.tokens)
            assert lazy.stems == whole.stems and lazy.possessives == whole.possessives
            assert lazy == whole
