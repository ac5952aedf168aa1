"""An anchored scan gives exactly the matches of the ordinary scan: the prose checks'
number, date, negation and reversal patterns on every shipped article, every labelled
claim (of the sets not kept sealed), hand-picked edge cases and random strings."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from benchmarks.sealed import sealed
from newsbrief.grounding.faithfulness.attribution import (
    _NAMED_ATTRIBUTION_SCAN,
    NAMED_ATTRIBUTION,
)
from newsbrief.grounding.faithfulness.facts import _DATES, _NEGATIONS, _QUANTITIES
from newsbrief.grounding.faithfulness.reversals import _ANY_SCAN
from newsbrief.text.scan import (
    AnchoredPattern,
    FoldedText,
    literal_matches,
    whole_word_found,
    whole_word_matches,
)

REPO = Path(__file__).resolve().parents[2]
SCANS = {"quantity": _QUANTITIES, "date": _DATES, "negation": _NEGATIONS, "reversal": _ANY_SCAN}


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _texts() -> list[str]:
    texts = []
    for name in ("examples/giveme5w1h-dev-articles.jsonl", "examples/seeds.jsonl"):
        for line in (REPO / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    for path in sorted((REPO / "benchmarks" / "data").glob("faithfulness*.jsonl")):
        if sealed(path):  # kept for one blind measurement: not read
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.extend(str(v) for v in row.values() if isinstance(v, str))
    return texts


CASES = [
    "someone $5 paid US$ 12 million, about 1,234,000 in total",  # a number word in a word
    "He paid US$ 3bn on 3 March 2016; fourteen-year-old, mother-of-two",
    "Six. SIXTY-SIX people; twenty one; a dozen dozens",
    "It wasn't, didn’t; they failed to act, nor did nobody; unharmed and UNHURT",
    "The gamble Paid Off; prices went  up, then WENT DOWN and stayed the same",
    "May 5th, in May, Sept. 3 to 5, Tuesday, 2020,3",
    "ſix ſeptember",  # long s: (?i) reads it as s
    "İn Mar 2016 the ıncome fell by five",  # dotted capital I, dotless i
    "٣ million on ٢٠ March; ३ days",  # digits that are not ASCII (a text read whole)
    "us$ 5, Us$\t7, $\u00a05, £ 3, x$5, €\n9, US$  4, US$six, a$ten",  # what leads a number
    "",
]


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("name", sorted(SCANS))
def test_edge_cases_match_as_the_ordinary_scan(name: str, text: str) -> None:
    scan = SCANS[name]
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))


def test_every_shipped_article_and_claim_matches_as_the_ordinary_scan() -> None:
    texts = _texts()
    assert len(texts) > 300
    found = 0
    for text in texts:
        for scan in SCANS.values():
            expected = _spans(scan.pattern.finditer(text))
            assert _spans(scan.finditer(text)) == expected, text[:80]
            found += len(expected)
    assert found > 1000  # the patterns do find things there


def test_random_strings_match_as_the_ordinary_scan() -> None:
    rng = random.Random(7)
    alphabet = "a e i o n t s x v w d $€£ US,.:-'’ 0123456789 ınſ"
    pieces = ["one", "ten", "six", "dozen", "million", "May", "Monday", "not", "n't",
              "never", "unharmed", "March", "2016", "US$", "k", "km", "%", "fell", "went up",
              "the same"]  # fmt: skip
    for _ in range(3000):
        text = "".join(
            rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
            for _ in range(rng.randint(0, 40))
        )
        for scan in SCANS.values():
            assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text)), text


def test_a_text_whose_lower_case_differs_is_scanned_the_ordinary_way() -> None:
    scan = AnchoredPattern(re.compile("six", re.IGNORECASE), ["six"], digits=False)
    assert scan.candidates("ſix") is None
    assert [m.group(0) for m in scan.finditer("ſix and SIX")] == ["ſix", "SIX"]
    assert scan.candidates("a six, Six") == [2, 7]


def test_anchors_are_lower_case_words() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        AnchoredPattern(re.compile("x"), ["Six"], digits=False)


WHOLE_WORD_CASES = [
    # (text, word): each checked against re.finditer(rf"\b{word}\b", text, re.I)
    ("Trump said. TRUMP! trumpet, Trump's aide; trump", "trump"),
    ("al-Assad and Al-Assad-led forces; AL-ASSAD", "al-assad"),
    ("the U.S. and u.s. and U.S.A.", "u.s"),
    ("aaa aa a-aa", "aa"),  # overlapping finds: the scan goes on where a match ends
    ("Straße STRASSE strasse", "strasse"),
    ("ſtraße Strasse", "strasse"),  # "ſ" is "s" to re.IGNORECASE, not to str.lower
    ("İstanbul istanbul ISTANBUL", "istanbul"),  # "İ" lowers to two characters
    ("Kelvin \u212aelvin KELVIN", "kelvin"),  # the Kelvin sign lowers to "k"
    ("ΣΟΦΙΑ σοφια Σοφία", "σοφια"),
    ("", "x"),
    ("no match here", "zebra"),
]


@pytest.mark.parametrize(("text", "word"), WHOLE_WORD_CASES)
def test_whole_word_matches_are_the_ignore_case_patterns(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)]
    assert [m.span() for m in whole_word_matches(word, FoldedText(text))] == expected


def test_whole_word_matches_on_every_shipped_article() -> None:
    words = ["trump", "clinton", "cambodia", "said", "the", "hun", "al", "u.s", "new york"]
    for text in _texts()[:80]:
        folded = FoldedText(text)
        for word in words:
            pattern = rf"\b{re.escape(word)}\b"
            assert [m.span() for m in whole_word_matches(word, folded)] == [
                m.span() for m in re.finditer(pattern, text, re.IGNORECASE)
            ]


def test_named_attributions_are_found_as_by_the_ordinary_scan() -> None:
    # "X said", "said X", "according to X", "X, who ..., said": a `StartedPattern`
    # tried only at a capital, a comma, a closing quotation mark or "according"
    scan = _NAMED_ATTRIBUTION_SCAN
    found = 0
    for text in _texts():
        expected = _spans(NAMED_ATTRIBUTION.finditer(text))
        assert _spans(scan.finditer(text)) == expected, text[:80]
        found += len(expected)
        for start in range(0, len(text), 97):  # a window, as `speakers_before` reads
            window = (max(0, start - 160), start)
            assert _spans(scan.finditer(text, *window)) == _spans(
                NAMED_ATTRIBUTION.finditer(text, *window)
            )
    assert found > 300


def test_named_attributions_in_random_strings() -> None:
    rng = random.Random(25)
    pieces = ["Hun Sen", "Mr. Smith", " said", " told", " according to", "according",
              ", ", '"', "”", "’", " the", "who lives there", "in ", "However", ".", "\n",
              " ", "A", "x", " should"]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        cut = rng.randint(0, len(text))
        for window in ((0, len(text)), (cut // 2, cut)):
            assert _spans(_NAMED_ATTRIBUTION_SCAN.finditer(text, *window)) == _spans(
                NAMED_ATTRIBUTION.finditer(text, *window)
            ), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Trump said. TRUMP! trumpet, Trump's aide; trump", "Trump"),
        ("aaa aa a-aa", "aa"),
        ("the U.S. and U.S.A. and U.Sx", "U.S."),
        ("", "x"),
        ("abc", ""),
        ("xx x", "x"),
    ],
)
def test_whole_word_found_is_the_case_sensitive_pattern(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert [m.span() for m in whole_word_found(word, text)] == expected


def test_whole_word_found_on_every_shipped_article() -> None:
    words = ["Trump", "trump", "said", "the", "Hun", "al", "U.S.", "new", "Cambodia"]
    for text in _texts()[:120]:
        for word in words:
            expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
            assert [m.span() for m in whole_word_found(word, text)] == expected


def test_literal_matches_are_the_patterns_matches() -> None:
    # a word between look-arounds, as the red-mark strength rules read a rival's name
    for word in ["London", "london", "Trump", "al-Assad", "U.S.", "May"]:
        pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
        for text in [*_texts()[:150], "London-based Londoner's London", "xLondon London-"]:
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in literal_matches(pattern, word, text)] == expected
