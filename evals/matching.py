"""One-to-one matching of predicted to gold list items, and precision/recall/F1.

The threshold is applied BEFORE the assignment: only pairs at or above it may match,
and among those the assignment (Hungarian algorithm,
`scipy.optimize.linear_sum_assignment`) maximises first the number of matches, then
their total similarity. So a wrong extra item can never unmatch a correct pair: with
gold [Hun Manet, Hun Sen], predicting [Hun Many, Melania Trump] keeps the Hun Many
match (maximising raw similarity first paired Hun Many with Hun Sen, below the
threshold, and scored F1 0). Greedy matching would pair the single most similar items
first and can strand the rest; the optimal assignment never does.

Empty conventions (used by every list metric and topics):

- gold empty and prediction empty: precision = recall = F1 = 1.0 (correctly "nothing").
- gold empty, prediction not: precision = 0.0, recall = None (undefined), F1 = 0.0.
- prediction empty, gold not: precision = None (undefined), recall = 0.0, F1 = 0.0.

So F1 is always defined, and undefined precision/recall are left out of averages
instead of being counted as perfect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
from scipy.optimize import linear_sum_assignment

P = TypeVar("P")
G = TypeVar("G")

# Similarity (0..1) a matched pair needs, by kind of item. Names are compared with a
# word-order-insensitive fuzzy ratio, quotes character by character, free sentences
# (events, key points) loosely because they are paraphrases.
THRESHOLDS: dict[str, float] = {
    "name": 0.8,
    "quote": 0.8,
    "sentence": 0.5,
}


def prf(true_positives: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    """Precision, recall and F1 with the empty conventions documented above."""
    if n_pred == 0 and n_gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = true_positives / n_pred if n_pred else None
    recall = true_positives / n_gold if n_gold else None
    if not precision or not recall:
        return {"precision": precision, "recall": recall, "f1": 0.0}
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }


@dataclass(frozen=True)
class MatchResult:
    """Accepted pairs (prediction index, gold index, similarity) and list sizes."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)
    n_pred: int = 0
    n_gold: int = 0

    @property
    def true_positives(self) -> int:
        return len(self.pairs)

    def scores(self) -> dict[str, float | None]:
        return prf(self.true_positives, self.n_pred, self.n_gold)


def match_matrix(similarity: np.ndarray, threshold: float) -> MatchResult:
    """Assign rows (predictions) to columns (gold) among the pairs whose similarity
    reaches `threshold`: most matches first, then the highest total similarity."""
    n_pred, n_gold = similarity.shape
    if n_pred == 0 or n_gold == 0:
        return MatchResult([], n_pred, n_gold)
    allowed = similarity >= threshold
    # Each allowed pair is worth more than all similarities together (<= min(n) in
    # total), so one more match always beats any gain in similarity.
    bonus = float(min(n_pred, n_gold) + 1)
    rows, cols = linear_sum_assignment(np.where(allowed, similarity + bonus, 0.0), maximize=True)
    pairs = [
        (int(r), int(c), float(similarity[r, c]))
        for r, c in zip(rows, cols, strict=False)
        if allowed[r, c]
    ]
    return MatchResult(pairs, n_pred, n_gold)


def match_items(
    predicted: Sequence[P], gold: Sequence[G], similarity: Callable[[P, G], float], threshold: float
) -> MatchResult:
    """Generic form for items without a vectorised similarity (e.g. relations)."""
    matrix = np.array(
        [[similarity(p, g) for g in gold] for p in predicted], dtype=np.float64
    ).reshape(len(predicted), len(gold))
    return match_matrix(matrix, threshold)
