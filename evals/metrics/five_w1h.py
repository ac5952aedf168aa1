"""The 5W1H questions.

- who: a list of names, matched one-to-one like actors (precision/recall/F1), plus
  `match`: 1.0 when any predicted name matches any gold phrase.
- who on multi-coder gold (Giveme5W1H): each coder's phrase is an acceptable answer,
  not a required item, credited by coder agreement (`GoldPhrase.weight` relative to
  the best-agreed phrase). A predicted name earns the credit of the best phrase it
  matches; recall is the best credit, precision the mean credit over the distinct
  predicted names. So naming the best-agreed phrase alone scores 1.0, and repeating a
  name (or adding a synonym) cannot raise a score.
- what, why, how: free phrases, ROUGE-1/2/L F and token-F1 against the best gold phrase.
- when, where: short phrases, token-F1 plus `match` (1.0 when the fuzzy similarity to
  some gold phrase reaches the name threshold). A `when` answer equal to a gold
  phrase's parsed date (`GoldPhrase.date`, e.g. "2016-11-10" for "late Thursday")
  scores 1.0 on both.

Gold "not stated": a prediction that is null/empty scores 1.0 on every metric of that
question, anything else 0.0 (the model invented an answer). Gold null: not scored.
"""

from __future__ import annotations

from newsbrief.evals.giveme5w1h import SOURCE as GIVEME5W1H
from newsbrief.evals.matching import THRESHOLDS, match_matrix, prf
from newsbrief.evals.metrics.common import constant, undefined
from newsbrief.evals.metrics.text_fields import text_scores
from newsbrief.evals.scorer import Case, Metric, Scorer, Scores, prf_metrics, scorer, text_metrics
from newsbrief.evals.textsim import alias_matrix, best_similarity, best_token_f1, normalise
from newsbrief.schemas import GoldPhrase

TEXT_QUESTIONS = ("what", "why", "how")
# Gold sources whose who-phrases are coders' alternative answers, not required items.
MULTI_CODER_SOURCES = frozenset({GIVEME5W1H})


def _phrase_metrics(question: str) -> list[Metric]:
    prefix = f"five_w1h.{question}"
    return [
        Metric(f"{prefix}.token_f1", f"token F1 of the {question} answer (best gold phrase)"),
        Metric(f"{prefix}.match", f"1 when the {question} answer matches a gold phrase"),
    ]


def _alternatives(phrases: list[GoldPhrase]) -> list[str]:
    return [alt for phrase in phrases for alt in phrase.alternatives]


def who_by_agreement(predicted: list[str], gold: list[GoldPhrase]) -> Scores:
    """Precision/recall/F1/match of who-names against coders' weighted alternatives."""
    distinct: dict[str, str] = {}
    for name in predicted:
        distinct.setdefault(normalise(name), name)
    distinct.pop("", None)
    names = list(distinct.values())
    if not names:
        return {**prf(0, 0, len(gold)), "match": float(not gold)}
    similarity = alias_matrix([[name] for name in names], [p.alternatives for p in gold])
    top = max((p.weight for p in gold), default=0.0) or 1.0
    credit = [p.weight / top for p in gold]
    allowed = similarity >= THRESHOLDS["name"]
    earned = [
        max((c for c, ok in zip(credit, row, strict=True) if ok), default=0.0) for row in allowed
    ]
    precision, recall = sum(earned) / len(earned), max(earned)
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "match": float(allowed.any())}


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
        if case.gold_source in MULTI_CODER_SOURCES:
            scores = who_by_agreement(predicted, gold)
        else:
            similarity = alias_matrix(
                [[name] for name in predicted], [p.alternatives for p in gold]
            )
            scores = match_matrix(similarity, THRESHOLDS["name"]).scores()
            matched = bool(similarity.size) and float(similarity.max()) >= THRESHOLDS["name"]
            scores["match"] = float(matched)
        return {f"five_w1h.who.{name}": value for name, value in scores.items()}

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
        if predicted and any(predicted == phrase.date for phrase in gold):
            return {f"{prefix}.token_f1": 1.0, f"{prefix}.match": 1.0}
        matched = bool(predicted) and best_similarity(predicted, references) >= THRESHOLDS["name"]
        return {
            f"{prefix}.token_f1": best_token_f1(predicted, references),
            f"{prefix}.match": float(matched),
        }

    return score


FIVE_W1H_SCORERS = [_who_scorer()] + [
    _question_scorer(q) for q in ("what", "when", "where", "why", "how")
]
