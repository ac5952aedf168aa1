"""Text normalisation and similarity shared by every metric.

One place decides what "the same text" means, so actors, quotes, 5W1H phrases and
grounding checks agree. Similarities are rapidfuzz scores scaled to 0..1; all of them
compare normalised text (Unicode NFKC, case-folded, punctuation removed, whitespace
collapsed), so "Hun Manet," and "hun manet" are identical and non-Latin names work.
As in SQuAD's answer normalisation, a full stop or apostrophe between letters is
dropped rather than split on, so "U.S. troops" == "US troops" and "Lao's" is one
word. Text that normalises to nothing (empty, punctuation only) never matches anything.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# "U.S." -> "US", "D.C." -> "DC", "Lao's" -> "Laos": joiners between letters (not digits,
# so "3.5" stays two tokens).
_JOINER = re.compile(r"(?<=[^\W\d_])[.'\u2019](?=[^\W\d_])")
_SPACES = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)
_ARTICLES = frozenset({"a", "an", "the"})

Similarity = Callable[..., float]


@lru_cache(maxsize=200_000)
def normalise(text: str) -> str:
    """Comparison form: NFKC, case-folded, punctuation -> space, whitespace collapsed."""
    folded = _JOINER.sub("", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(_NON_WORD.sub(" ", folded).split())


def normalise_for_search(text: str) -> str:
    """Gentler form for substring checks: keeps punctuation (quotes must match as
    written) but unifies curly quotes, dashes, case and whitespace."""
    folded = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    return _SPACES.sub(" ", folded).strip()


def contains(haystack_normalised: str, needle: str) -> bool:
    """True when `needle` occurs in an already `normalise_for_search`-ed text."""
    wanted = normalise_for_search(needle)
    return bool(wanted) and wanted in haystack_normalised


def name_similarity(a: str, b: str) -> float:
    """Word-order-insensitive similarity for names and short phrases (0..1); 0.0 when
    either side normalises to nothing."""
    left, right = normalise(a), normalise(b)
    if not left or not right:
        return 0.0
    return fuzz.token_sort_ratio(left, right) / 100.0


def best_similarity(
    prediction: str, alternatives: Sequence[str], similarity: Similarity = name_similarity
) -> float:
    """Similarity against the best-matching alternative; 0.0 when there are none."""
    return max((similarity(prediction, alt) for alt in alternatives), default=0.0)


def alias_matrix(
    predicted: Sequence[Sequence[str]],
    gold: Sequence[Sequence[str]],
    scorer: Callable[..., float] = fuzz.token_sort_ratio,
) -> np.ndarray:
    """Similarity matrix (n_pred x n_gold, 0..1): each cell is the best score over the
    predicted item's names x the gold item's alternatives. Vectorised with rapidfuzz's
    `cdist` so matching stays cheap for thousands of articles."""
    if not predicted or not gold:
        return np.zeros((len(predicted), len(gold)))
    rows = [normalise(name) for names in predicted for name in names]
    cols = [normalise(alt) for alts in gold for alt in alts]
    flat = process.cdist(rows, cols, scorer=scorer, dtype=np.float64, workers=1) / 100.0
    flat[[not row for row in rows], :] = 0.0  # empty or punctuation-only: never a match
    flat[:, [not col for col in cols]] = 0.0
    if len(rows) == len(predicted) and len(cols) == len(gold):
        return flat  # one name per item on both sides: nothing to reduce
    row_starts = np.cumsum([0] + [len(names) for names in predicted[:-1]])
    col_starts = np.cumsum([0] + [len(alts) for alts in gold[:-1]])
    by_gold = np.maximum.reduceat(flat, col_starts, axis=1)
    return np.maximum.reduceat(by_gold, row_starts, axis=0)


def tokens(text: str) -> list[str]:
    """Unicode-aware word tokens for token-F1 (SQuAD-style: articles a/an/the dropped)."""
    return [word for word in normalise(text).split() if word not in _ARTICLES]


def token_f1(prediction: str, reference: str) -> float:
    """Bag-of-words F1 between two texts (SQuAD definition). Both empty -> 1.0,
    exactly one empty -> 0.0."""
    pred, ref = tokens(prediction), tokens(reference)
    if not pred or not ref:
        return float(pred == ref)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(pred), overlap / len(ref)
    return 2 * precision * recall / (precision + recall)


def best_token_f1(prediction: str, alternatives: Sequence[str]) -> float:
    """Token-F1 against the best-matching gold alternative."""
    return max((token_f1(prediction, alt) for alt in alternatives), default=0.0)
