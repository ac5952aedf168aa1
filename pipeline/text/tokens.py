"""The one token estimator: for chunking long articles and for client-side rate limits.

Token counts are ESTIMATED: tiktoken's encodings are downloaded at first use, which
offline machines cannot do, and local models use other tokenizers anyway. The estimate
is 1 token per 4 ASCII characters (English averages about 4) plus 1 token per
non-ASCII character: Khmer, CJK and other non-Latin scripts average 1 to 3 characters
per token, so a flat "characters / 4" would undercount them up to 4x, overflowing a
chunk's context or a provider's tokens-per-minute limit. Erring high is the safe side
for both users.
"""

from __future__ import annotations

import math

__all__ = ["CHARS_PER_TOKEN", "estimate_request_tokens", "estimate_tokens", "token_weight"]

CHARS_PER_TOKEN = 4


def token_weight(text: str) -> float:
    """The unrounded estimate; additive over pieces of a text, unlike `estimate_tokens`."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return (len(text) - non_ascii) / CHARS_PER_TOKEN + non_ascii


def estimate_tokens(text: str) -> int:
    """Estimated token count: ASCII characters / 4 + one token per non-ASCII character."""
    return math.ceil(token_weight(text))


def estimate_request_tokens(text: str, prompt_overhead_tokens: int, max_output_tokens: int) -> int:
    """Rough tokens one request costs: the article, the fixed prompt and the output cap."""
    return estimate_tokens(text) + prompt_overhead_tokens + max_output_tokens
