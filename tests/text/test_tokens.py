"""The one token estimate: chunk sizes and rate limits count text the same way."""

from __future__ import annotations

import pytest

from newsbrief.text.tokens import estimate_request_tokens, estimate_tokens, token_weight


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("abcd", 1),
        ("abcde", 2),
        ("", 0),
        ("ថ្ងៃពុធ", 7),  # 7 code points, none ASCII: 7, where chars / 4 would say 2
        ("Hun Manet ថ្ងៃ", 7),  # 10 ASCII / 4 = 2.5 + 4 Khmer code points = 6.5 -> 7
        ("東京", 2),
    ],
)
def test_estimate_tokens(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens


def test_weights_add_up_over_pieces() -> None:
    text = "Hun Manet ថ្ងៃ and more"
    assert token_weight(text[:7]) + token_weight(text[7:]) == pytest.approx(token_weight(text))


def test_request_estimate_counts_khmer_like_the_chunker() -> None:
    khmer = "ថ្ងៃពុធ" * 100  # 700 code points
    assert estimate_request_tokens(khmer, 50, 100) == 700 + 50 + 100
