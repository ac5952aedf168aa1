"""Aligner: exact, normalised and fuzzy matches map to exact offsets in the ORIGINAL text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.grounding import FUZZY_THRESHOLD, Aligner, align, normalise

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"

TEXT = (
    "OSLO \u2013 Norway\u2019s fisheries minister said on Tuesday: \u201cThis  agreement\n"
    "protects fish stocks for the next generation,\u201d Ingebrigtsen said. A woman from "
    "Cambodian state media asked about Cambodia\u2019s role\u2026 The STRAßE was closed."
)


@pytest.mark.parametrize(
    ("phrase", "method", "expected_span_text"),
    [
        # exact: verbatim
        ("Ingebrigtsen", "exact", "Ingebrigtsen"),
        ("on Tuesday", "exact", "on Tuesday"),
        # normalised: straight vs curly apostrophe
        ("Norway's fisheries minister", "normalised", "Norway\u2019s fisheries minister"),
        # normalised: hyphen vs en dash, and case
        ("oslo - norway", "normalised", "OSLO \u2013 Norway"),
        # normalised: a double space and a line break collapse to one space
        (
            "This agreement protects fish stocks for the next generation,",
            "normalised",
            "This  agreement\nprotects fish stocks for the next generation,",
        ),
        # normalised: the model kept the quotation marks around the quote
        (
            '"This agreement protects fish stocks',
            "normalised",
            "This  agreement\nprotects fish stocks",
        ),
        # normalised: three dots vs an ellipsis character
        ("Cambodia's role...", "normalised", "Cambodia\u2019s role\u2026"),
        # normalised: casefold expands sharp s to two characters; offsets stay exact
        ("strasse was closed", "normalised", "STRAßE was closed"),
        # fuzzy: one letter changed in a long phrase
        (
            "protects fish stock for the next generation",
            "fuzzy",
            "protects fish stocks for the next generation",
        ),
        # fuzzy: a typo in a name
        ("Ingebrigsten said", "fuzzy", "Ingebrigtsen said"),
    ],
)
def test_tiers_find_the_phrase_and_offsets_round_trip(
    phrase: str, method: str, expected_span_text: str
) -> None:
    evidence = align(phrase, TEXT)
    assert evidence.method == method
    assert evidence.start is not None
    assert evidence.end is not None
    assert TEXT[evidence.start : evidence.end] == expected_span_text
    if method == "fuzzy":
        assert FUZZY_THRESHOLD <= evidence.score < 100
    else:
        assert evidence.score == 100


@pytest.mark.parametrize(
    "phrase",
    [
        "Jonas Gahr Store",  # not in the text at all
        "Oman",  # only inside 'woman': a match may not start inside a word
        "Norwegian minister of trade",  # too different for the fuzzy threshold
        "UN",  # too short for fuzzy, and absent
        "",
        "   ",
    ],
)
def test_absent_phrases_are_ungrounded_not_dropped(phrase: str) -> None:
    evidence = align(phrase, TEXT)
    assert evidence.method == "none"
    assert evidence.start is None
    assert evidence.end is None
    assert not evidence.grounded


def test_a_word_prefix_is_accepted_only_without_a_whole_word_match() -> None:
    # 'Cambodia' occurs inside 'Cambodian' first and as a whole word later: the whole word wins.
    evidence = align("Cambodia", TEXT)
    assert TEXT[evidence.start : evidence.end + 1] == "Cambodia\u2019"
    only_prefix = "Cambodian troops arrived."
    evidence = align("Cambodia", only_prefix)
    assert (evidence.method, evidence.start, evidence.end) == ("exact", 0, 8)


def test_repeated_phrases_prefer_the_next_occurrence_after_the_cursor() -> None:
    text = 'He said "we will win". Later: "we will win". Finally "we will win".'
    aligner = Aligner(text)
    first = aligner.align("we will win")
    second = aligner.align("we will win", after=first.end)
    third = aligner.align("we will win", after=second.end)
    starts = [first.start, second.start, third.start]
    assert starts == [text.index("we"), text.index("we", starts[0] + 1), text.rindex("we")]
    # past the last occurrence the search wraps to the first
    assert aligner.align("we will win", after=len(text) - 2).start == starts[0]


def test_repeated_normalised_and_fuzzy_phrases_also_honour_the_cursor() -> None:
    text = "\u201cWe\u2019ll win.\u201d Then again: \u201cWe\u2019ll win.\u201d"
    aligner = Aligner(text)
    later = aligner.align("we'll win", after=10)
    assert later.method == "normalised"
    assert later.start == text.rindex("We")
    fuzzy_text = "the delegation signed the treaty today; the delegation signed the treaty again"
    aligner = Aligner(fuzzy_text)
    later = aligner.align("the delegaton signed the treaty", after=20)
    assert later.method == "fuzzy"
    assert later.start == fuzzy_text.rindex("the delegation")


def test_non_ascii_offsets_are_code_point_offsets() -> None:
    text = "ដោយ៖ Morm Sokun | ថ្ងៃពុធ ទី១៩ ខែវិច្ឆិកា ឆ្នាំ២០២៥ English \U0001f600 Hun\u00a0Manet"
    for phrase in ("ថ្ងៃពុធ", "ខែវិច្ឆិកា", "Morm Sokun", "English"):
        evidence = align(phrase, text)
        assert evidence.method == "exact"
        assert text[evidence.start : evidence.end] == phrase
    # after an astral-plane emoji (one code point, two UTF-16 units) and a no-break space
    evidence = align("Hun Manet", text)
    assert evidence.method == "normalised"
    assert text[evidence.start : evidence.end] == "Hun\u00a0Manet"


def test_seed_003_khmer_byline_and_quotes_round_trip() -> None:
    seed = next(
        json.loads(line)
        for line in SEEDS.read_text(encoding="utf-8").splitlines()
        if line.startswith('{"id": "003')
    )
    text = seed["text"]
    for phrase, method in [
        ("ដោយ៖ Morm Sokun", "exact"),
        ("Ex-diplomat hails 'golden opportunity\" to reset Cambodia-US partnership", "normalised"),
        (
            (
                "This represents a golden opportunity, a new opportunity to reset US-Cambodia "
                "relations"
            ),
            "exact",
        ),
        ("Pou Sothirak-retired diplomat", "normalised"),
    ]:
        evidence = align(phrase, text)
        assert evidence.method == method, phrase
        assert normalise(text[evidence.start : evidence.end]).text == normalise(phrase).text


def test_normalised_offsets_map_every_character_back() -> None:
    text = "A\u00a0\u00a0B \u2014 \u201cC\u201d\u200bD \u2026 \ufb01n"
    norm = normalise(text)
    assert norm.text == 'a b - "c"d ... fin'
    assert len(norm.origin) == len(norm.text)
    for index, char in enumerate(norm.text):
        if char not in ' -."':
            source = text[norm.origin[index]]
            assert char in normalise(source).text


@pytest.mark.parametrize("limit", [4, 40, 1 << 19])
def test_origins_of_ascii_runs_are_their_own_indices_past_the_counting_limit(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Runs of plain words take their origins from a shared counting array up to
    COUNTING_LIMIT indices and from `range` past it: the same offsets either way."""
    from newsbrief.grounding.evidence import normalise as module

    text = "Plain words here.\n\nMore  words \u2019quoted\u2019 then plain ones to the end " * 3
    monkeypatch.setattr(module, "COUNTING_LIMIT", 0)  # every run through `range`
    monkeypatch.setattr(module, "_counting", module.array("q"))
    by_range = module._build(text)
    monkeypatch.setattr(module, "COUNTING_LIMIT", limit)
    monkeypatch.setattr(module, "_counting", module.array("q"))
    norm = module._build(text)
    assert norm == by_range
    # the character loop's own origins: every kept character points at its source
    assert len(norm.origin) == len(norm.text)
    for index, char in enumerate(norm.text):
        source = text[norm.origin[index]]
        assert (char == " " and source.isspace()) or char in module._fold_char(source)
    assert list(norm.origin) == sorted(norm.origin)
    assert len(module._counting) <= limit
