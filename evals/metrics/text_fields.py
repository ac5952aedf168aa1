"""Free-text fields: headline and summary.

ROUGE-1/2/L F (rouge-score, Porter stemming) and token-F1, each against the best gold
alternative. A failed article scores an empty text, i.e. 0.0.
"""

from __future__ import annotations

from newsbrief.evals.metrics.common import undefined
from newsbrief.evals.rouge import rouge
from newsbrief.evals.scorer import Case, Metric, Scores, scorer, text_metrics
from newsbrief.evals.textsim import best_token_f1


def text_scores(prefix: str, prediction: str, references: list[str]) -> Scores:
    """ROUGE + token-F1 of one predicted text against gold alternatives."""
    best = (
        rouge(prediction, references)
        if prediction
        else dict.fromkeys(("rouge1", "rouge2", "rougeL"), 0.0)
    )
    return {
        **{f"{prefix}.{name}": value for name, value in best.items()},
        f"{prefix}.token_f1": best_token_f1(prediction, references),
    }


HEADLINE_METRICS: list[Metric] = text_metrics("headline", "headline")
SUMMARY_METRICS: list[Metric] = text_metrics("summary", "summary")


@scorer("headline", HEADLINE_METRICS)
def score_headline(case: Case) -> Scores:
    gold = case.gold.headline if case.gold else None
    if gold is None:
        return undefined(HEADLINE_METRICS)
    return text_scores("headline", case.prediction.headline if case.prediction else "", gold)


@scorer("summary", SUMMARY_METRICS)
def score_summary(case: Case) -> Scores:
    gold = case.gold.summary if case.gold else None
    if gold is None:
        return undefined(SUMMARY_METRICS)
    return text_scores("summary", case.prediction.summary if case.prediction else "", gold)


TEXT_SCORERS = [score_headline, score_summary]
