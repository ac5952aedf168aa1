"""The one sentence splitter: the same boundaries for the baseline, the notes and chunking."""

from __future__ import annotations

import random
import re

import pytest

from newsbrief.step.chunking import split_text
from newsbrief.text.sentences import (
    _cut_long,
    _is_abbreviation,
    sentence_around,
    sentence_ends,
    sentence_spans,
    split_sentences,
)
from tests.support.realistic_briefing import example_articles

TITLED = "Prof. Kin Phea met Col. Tea Banh in Phnom Penh."


def _texts(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (TITLED, [TITLED]),
        (
            f"{TITLED} They talked.",
            [TITLED, "They talked."],
        ),
        (
            "Brig. Gen. Sok Chea spoke. Dr. Lim agreed.",
            ["Brig. Gen. Sok Chea spoke.", "Dr. Lim agreed."],
        ),
        ("The U.S. Navy came. It left.", ["The U.S. Navy came.", "It left."]),
        (
            "Talks open on Sept. 5 in Tokyo. Both sides came.",
            ["Talks open on Sept. 5 in Tokyo.", "Both sides came."],
        ),
        (
            "It ended at 5 p.m. yesterday. Then rain.",
            ["It ended at 5 p.m. yesterday.", "Then rain."],
        ),
        ("“We agree,” he said. “So do we.” Done", ["“We agree,” he said.", "“So do we.”", "Done"]),
        ("Really? Yes! 2024 was good.", ["Really?", "Yes!", "2024 was good."]),
        ("He waited… Then he left.", ["He waited…", "Then he left."]),
        ("Line one\nLine two. Three", ["Line one", "Line two.", "Three"]),
        ("ថ្ងៃពុធ។ ថ្ងៃព្រហស្បតិ៍។", ["ថ្ងៃពុធ។", "ថ្ងៃព្រហស្បតិ៍។"]),  # Khmer full stop
        ("今天下雨。明天晴。", ["今天下雨。", "明天晴。"]),  # no space after a CJK full stop
        ("", []),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences


def test_titles_stay_in_one_sentence_for_every_user() -> None:
    text = f"Officials met on Monday in the capital city.\n{TITLED} They agreed on drills."
    assert TITLED in [s.text for s in split_sentences(text)]  # the baseline's lead sentences
    start = text.index("Tea Banh")
    assert sentence_around(text, start, start + 8) == TITLED  # the notes' source sentence
    long = " ".join([TITLED] * 400)  # ~19,000 characters, one paragraph
    chunks = split_text(long, 512)
    assert len(chunks) > 1
    assert all(chunk.text.startswith("Prof. Kin Phea") for chunk in chunks)


def test_offsets_point_into_the_text_for_a_multi_megabyte_line() -> None:
    # One 2 MB line (a scrape without line breaks): every sentence is found, with offsets.
    text = " ".join([TITLED, "It rained on Sept. 5 in the U.S. capital."] * 20_000)
    sentences = split_sentences(text)
    assert len(sentences) == 40_000
    assert all(text[s.start : s.end] == s.text for s in sentences[:50] + sentences[-50:])
    assert sentences[-1].text == "It rained on Sept. 5 in the U.S. capital."


def test_sentence_around_an_item_that_ends_on_the_full_stop() -> None:
    text = "First one. Second one! Third."
    start = text.index("Second one!")
    assert sentence_around(text, start, start + len("Second one!")) == "Second one!"


# The boundary pattern before it opened with the end punctuation: it tried a word at
# every word start (`(?<![\w.])(?P<word>[\w.]*?)` before the punctuation). Kept here as
# the reference the faster scan must agree with, boundary for boundary.
_OLD_CANDIDATE = re.compile(
    r"(?<![\w.])(?P<word>[\w.]*?)[.!?\u2026][\"”’')\]]*+"
    r"(?=\s++[\"“‘(\[]?(?P<next>[^\W_a-z]))"
    r"|[\u3002\uff01\uff1f\u17d4\u17d5\u0964\u0965][\"”’')\]]*+"
    r"|\n"
)


def _old_ends(text: str, start: int, end: int) -> list[int]:
    ends: list[int] = []
    for match in _OLD_CANDIDATE.finditer(text, start, end):
        word = match.group("word")
        if word is not None:
            following = match.group("next")
            if not following.isascii() and following.islower():
                continue
            if text[match.end("word")] == "." and _is_abbreviation(word):
                continue
        if match.end() < end or text[match.start()] == "\n":
            ends.append(match.end())
    return _cut_long(text, start, end, ends)


def test_boundaries_are_the_word_at_every_start_scans_on_real_and_random_text() -> None:
    texts = [row["text"] for row in example_articles()]
    pieces = ["U.S.", "Dr.", "etc.", "J.", "a", "Word", "x_y", "...", "…", "!", "?", "。",
              "។", " ", "  ", "\n", '"', "”", "’", ")", "]", "(", "“", "é", "É", "д", "Д",
              "7", "٣", ".", "_", "\t", "Mr.", "3.5", "Khmer ខ្មែរ", "i.e.", "'"]  # fmt: skip
    rng = random.Random(20261207)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 60))) for _ in range(4000)]
    for text in texts:
        assert sentence_ends(text) == _old_ends(text, 0, len(text)), text
        # a span cut inside the text, as the chunker and the notes ask for
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert sentence_ends(text, start, end) == _old_ends(text, start, end), (text, start, end)
