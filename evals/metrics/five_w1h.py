"""The 5W1H questions.

- who: a list of names, matched one-to-one like actors (precision/recall/F1), plus
  `match`: 1.0 when any predicted name matches any gold phrase. Giveme5W1H gold lists
  each coder's phrase as its own acceptable answer, so when coders disagree
  ("Trump" / "Donald Trump") recall understates a right answer; `match` does not.
- what, why, how: free phrases, ROUGE-1/2/L F and token-F1 against the best gold phrase.
- when, where: short phrases, token-F1 plus `match` (1.0 when the fuzzy similarity to
  some gold phrase reaches the name threshold).

Gold "not stated": a prediction that is null/empty scores 1.0 on every metric of that
question, anything else 0.0 (the model invented an answer). Gold null: not scored.
"""

from __future__ import annotations

from newsbrief.evals.matching import THRESHOLDS, match_matrix
from newsbrief.evals.metrics.common import constant, undefined
from newsbrief.evals.metrics.text_fields import text_scores
from newsbrief.evals.scorer import Case, Metric, Scorer, Scores, prf_metrics, scorer, text_metrics
from newsbrief.evals.textsim import alias_matrix, best_similarity, best_token_f1
from newsbrief.schemas import GoldPhrase

TEXT_QUESTIONS = ("what", "why", "how")
PLACE_TIME_QUESTIONS = ("when", "where")


def _phrase_metrics(question: str) -> list[Metric]:
    prefix = f"five_w1h.{question}"
    return [
        Metric(f"{prefix}.token_f1", f"token F1 of the {question} answer (best gold phrase)"),
        Metric(f"{prefix}.match", f"1 when the {question} answer matches a gold phrase"),
    ]


def _alternatives(phrases: list[GoldPhrase]) -> list[str]:
    return [alt for phrase in phrases for alt in phrase.alternatives]


def _who_scorer() -> Scorer:
    metrics = [
        *prf_metrics("five_w1h.who", "who-phrases"),
        Metric("five_w1h.who.match", "1 when any predicted who-name matches a gold phrase"),
    ]

    @scorer("five_w1h.who", metrics)
    def score(case: Case) -> Scores:
        gold = case.gold.five_w1h.who if case.gold and case.gold.five_w1h else None
        predicted = case.prediction.five_w1h.who if case.prediction else []
        if gold is None:
            return undefined(metrics)
        if isinstance(gold, str):  # NOT_STATED, the only string value
            return constant(metrics, float(not predicted))
        similarity = alias_matrix([[name] for name in predicted], [p.alternatives for p in gold])
        scores = match_matrix(similarity, THRESHOLDS["name"]).scores()
        matched = bool(similarity.size) and float(similarity.max()) >= THRESHOLDS["name"]
        return {
            **{f"five_w1h.who.{name}": value for name, value in scores.items()},
            "five_w1h.who.match": float(matched),
        }

    return score


def _question_scorer(question: str) -> Scorer:
    prefix = f"five_w1h.{question}"
    is_text = question in TEXT_QUESTIONS
    metrics = text_metrics(prefix, f"{question} answer") if is_text else _phrase_metrics(question)

    @scorer(prefix, metrics)
    def score(case: Case) -> Scores:
        gold = getattr(case.gold.five_w1h, question) if case.gold and case.gold.five_w1h else None
        predicted = (getattr(case.prediction.five_w1h, question) if case.prediction else None) or ""
        predicted = predicted.strip()
        if gold is None:
            return undefined(metrics)
        if isinstance(gold, str):  # NOT_STATED, the only string value
            return constant(metrics, float(not predicted))
        references = _alternatives(gold)
        if is_text:
            return text_scores(prefix, predicted, references)
        matched = bool(predicted) and best_similarity(predicted, references) >= THRESHOLDS["name"]
        return {
            f"{prefix}.token_f1": best_token_f1(predicted, references),
            f"{prefix}.match": float(matched),
        }

    return score


FIVE_W1H_SCORERS = [_who_scorer()] + [
    _question_scorer(q) for q in ("what", "when", "where", "why", "how")
]
