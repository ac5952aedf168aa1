"""split_text: boundaries, budget, overlap and full coverage for awkward long texts."""

from __future__ import annotations

import itertools
import random

from newsbrief.step.chunking import MIN_CHUNK_TOKENS, Chunk, split_text
from newsbrief.text.tokens import estimate_tokens

WORDS = ["minister", "said", "the", "army", "trade", "talks", "Cambodia", "Malaysia", "on"]


def prose(paragraphs: int, seed: int = 7) -> str:
    rng = random.Random(seed)

    def sentence():
        return " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."

    return "\n\n".join(" ".join(sentence() for _ in range(6)) for _ in range(paragraphs))


def assert_covering(text: str, chunks: list[Chunk], max_tokens: int) -> None:
    assert chunks[0].start == 0
    assert chunks[-1].end == len(text)
    for chunk in chunks:
        assert chunk.text == text[chunk.start : chunk.end]
        assert estimate_tokens(chunk.text) <= max(max_tokens, MIN_CHUNK_TOKENS)
    for before, after in itertools.pairwise(chunks):
        assert before.start < after.start <= before.end  # no gap, always progress


def test_short_text_is_one_chunk() -> None:
    assert split_text("One short article.", 1000) == [Chunk(0, 0, 18, "One short article.")]


def test_200k_characters_split_on_paragraphs_with_overlap() -> None:
    text = prose(400)
    assert len(text) > 200_000
    chunks = split_text(text, 4000, overlap_tokens=300)
    assert_covering(text, chunks, 4000)
    assert 13 <= len(chunks) <= 20
    for before, after in itertools.pairwise(chunks):
        assert text[after.start - 2 : after.start] == "\n\n"  # starts at a paragraph
        assert before.end - after.start > 0  # overlaps the previous chunk


def test_one_paragraph_splits_on_sentences() -> None:
    text = prose(400).replace("\n\n", " ")
    chunks = split_text(text, 2000)
    assert_covering(text, chunks, 2000)
    assert all(text[c.start - 2 : c.start] == ". " for c in chunks[1:])


def test_one_paragraph_without_punctuation_splits_on_spaces() -> None:
    text = prose(400).replace("\n\n", " ").replace(".", "")
    chunks = split_text(text, 2000)
    assert_covering(text, chunks, 2000)
    assert all(text[c.start - 1] == " " and text[c.start] != " " for c in chunks[1:])


def test_text_without_any_boundary_is_cut_hard_but_never_inside_a_cluster() -> None:
    ascii_blob = "x" * 50_000
    chunks = split_text(ascii_blob, 1000)
    assert_covering(ascii_blob, chunks, 1000)
    khmer = "ថ្ងៃពុធ" * 2000  # base consonants followed by combining signs
    chunks = split_text(khmer, 1000)
    assert_covering(khmer, chunks, 1000)
    for chunk in chunks[1:]:
        assert not ("\u17b6" <= khmer[chunk.start] <= "\u17d3")  # no chunk opens on a sign
