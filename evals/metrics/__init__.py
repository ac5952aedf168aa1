"""The default scorers, in report order, and the catalogue of every metric they declare."""

from __future__ import annotations

from newsbrief.evals.metrics.five_w1h import FIVE_W1H_SCORERS
from newsbrief.evals.metrics.lists import LIST_SCORERS
from newsbrief.evals.metrics.operations import score_operations
from newsbrief.evals.metrics.text_fields import TEXT_SCORERS
from newsbrief.evals.metrics.topics import score_topics
from newsbrief.evals.scorer import Metric, Scorer

OVERALL = Metric(
    "overall",
    "weighted mean of the weighted metrics that are defined for "
    "the article (weights renormalised over those)",
)

DEFAULT_SCORERS: list[Scorer] = [
    *TEXT_SCORERS,
    *LIST_SCORERS,
    *FIVE_W1H_SCORERS,
    score_topics,
    score_operations,
]


def metric_catalogue(scorers: list[Scorer] | None = None) -> dict[str, Metric]:
    """name -> Metric for every metric the scorers declare, plus `overall`."""
    catalogue = {m.name: m for s in (scorers or DEFAULT_SCORERS) for m in s.metrics}
    catalogue[OVERALL.name] = OVERALL
    return catalogue


__all__ = ["DEFAULT_SCORERS", "OVERALL", "metric_catalogue"]
