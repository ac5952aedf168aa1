"""Topics: multi-label precision/recall/F1 over the controlled vocabulary (exact labels)."""

from __future__ import annotations

from newsbrief.evals.matching import prf
from newsbrief.evals.metrics.common import undefined
from newsbrief.evals.scorer import Case, Scores, prf_metrics, scorer

TOPIC_METRICS = prf_metrics("topics", "topics")


@scorer("topics", TOPIC_METRICS)
def score_topics(case: Case) -> Scores:
    gold = case.gold.topics if case.gold else None
    if gold is None:
        return undefined(TOPIC_METRICS)
    predicted = set(case.prediction.topics) if case.prediction else set()
    wanted = set(gold)
    scores = prf(len(predicted & wanted), len(predicted), len(wanted))
    return {f"topics.{name}": value for name, value in scores.items()}
