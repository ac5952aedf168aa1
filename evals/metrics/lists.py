"""List fields: actors, events, quotes, key points, relations.

Each scorer matches predicted to gold items one-to-one (see `newsbrief.evals.matching`), reports
precision/recall/F1, and scores attributes of the matched pairs only (an attribute of
an unmatched item says nothing about attribute quality). Attribute metrics are None
when no matched pair has that attribute labelled in gold.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from newsbrief.evals.matching import THRESHOLDS, match_items, match_matrix
from newsbrief.evals.metrics.common import alternatives, mean_or_none, undefined
from newsbrief.evals.scorer import Case, Metric, Scores, prf_metrics, scorer
from newsbrief.evals.textsim import alias_matrix, best_similarity, name_similarity

ACTOR_METRICS = [
    *prf_metrics("actors", "actors"),
    Metric("actors.kind_acc", "share of matched actors whose kind equals the gold kind"),
    Metric(
        "actors.role_sim",
        "mean similarity of the predicted role to the gold role "
        "(matched actors with a labelled gold role; a missing role scores 0)",
    ),
]
EVENT_METRICS = [
    *prf_metrics("events", "events"),
    Metric("events.date_exact", "share of matched, gold-dated events with the exact date"),
    Metric(
        "events.date_month",
        "share of matched, gold-dated events right to the month "
        "(exact dates included; year-only gold needs the exact year)",
    ),
    Metric(
        "events.date_wrong",
        "share of matched, gold-dated events with a wrong or missing date",
        higher_is_better=False,
    ),
]
QUOTE_METRICS = [
    *prf_metrics("quotes", "quotes"),
    Metric("quotes.speaker_acc", "share of matched quotes attributed to the gold speaker"),
]
KEY_POINT_METRICS = prf_metrics("key_points", "key points")
RELATION_METRICS = [
    *prf_metrics("relations", "relations"),
    Metric("relations.kind_acc", "share of matched relations with the gold kind"),
]


def _prefixed(prefix: str, scores: Scores) -> Scores:
    return {f"{prefix}.{name}": value for name, value in scores.items()}


@scorer("actors", ACTOR_METRICS)
def score_actors(case: Case) -> Scores:
    gold = case.gold.actors if case.gold else None
    if gold is None:
        return undefined(ACTOR_METRICS)
    predicted = case.prediction.actors if case.prediction else []
    similarity = alias_matrix([[a.name, *a.aliases] for a in predicted], [g.names for g in gold])
    result = match_matrix(similarity, THRESHOLDS["name"])
    pairs = [(predicted[p], gold[g]) for p, g, _ in result.pairs]
    roles = [
        best_similarity(pred.role, alternatives(ref.role)) if pred.role else 0.0
        for pred, ref in pairs
        if ref.role is not None
    ]
    return {
        **_prefixed("actors", result.scores()),
        "actors.kind_acc": mean_or_none(float(pred.kind == ref.kind) for pred, ref in pairs),
        "actors.role_sim": mean_or_none(roles),
    }


def _date_grade(predicted: str | None, gold: str) -> str:
    """exact | month | wrong, for an ISO partial date against the gold date."""
    if predicted == gold:
        return "exact"
    if predicted and len(gold) >= 7 and predicted[:7] == gold[:7]:
        return "month"
    return "wrong"


@scorer("events", EVENT_METRICS)
def score_events(case: Case) -> Scores:
    gold = case.gold.events if case.gold else None
    if gold is None:
        return undefined(EVENT_METRICS)
    predicted = case.prediction.events if case.prediction else []
    similarity = alias_matrix([[e.what] for e in predicted], [g.what for g in gold])
    result = match_matrix(similarity, THRESHOLDS["sentence"])
    grades = [
        _date_grade(predicted[p].when, gold_date)
        for p, g, _ in result.pairs
        if (gold_date := gold[g].when) is not None
    ]
    return {
        **_prefixed("events", result.scores()),
        "events.date_exact": mean_or_none(float(grade == "exact") for grade in grades),
        "events.date_month": mean_or_none(float(grade != "wrong") for grade in grades),
        "events.date_wrong": mean_or_none(float(grade == "wrong") for grade in grades),
    }


def _same_speaker(predicted: str | None, gold: list[str]) -> bool:
    return bool(predicted) and best_similarity(predicted or "", gold) >= THRESHOLDS["name"]


@scorer("quotes", QUOTE_METRICS)
def score_quotes(case: Case) -> Scores:
    gold = case.gold.quotes if case.gold else None
    if gold is None:
        return undefined(QUOTE_METRICS)
    predicted = case.prediction.quotes if case.prediction else []
    similarity = alias_matrix(
        [[q.text] for q in predicted], [[g.text] for g in gold], scorer=fuzz.ratio
    )
    result = match_matrix(similarity, THRESHOLDS["quote"])
    speakers = [
        _same_speaker(predicted[p].speaker, gold_speaker)
        for p, g, _ in result.pairs
        if (gold_speaker := gold[g].speaker) is not None
    ]
    return {
        **_prefixed("quotes", result.scores()),
        "quotes.speaker_acc": mean_or_none(float(ok) for ok in speakers),
    }


@scorer("key_points", KEY_POINT_METRICS)
def score_key_points(case: Case) -> Scores:
    gold = case.gold.key_points if case.gold else None
    if gold is None:
        return undefined(KEY_POINT_METRICS)
    predicted = case.prediction.key_points if case.prediction else []
    similarity = alias_matrix([[point] for point in predicted], [g.alternatives for g in gold])
    return _prefixed("key_points", match_matrix(similarity, THRESHOLDS["sentence"]).scores())


@scorer("relations", RELATION_METRICS)
def score_relations(case: Case) -> Scores:
    gold = case.gold.relations if case.gold else None
    if gold is None:
        return undefined(RELATION_METRICS)
    predicted = case.prediction.relations if case.prediction else []
    result = match_items(
        predicted,
        gold,
        lambda p, g: name_similarity(" ".join(p.parties), " ".join(g.parties)),
        THRESHOLDS["name"],
    )
    kinds = [
        best_similarity(predicted[p].kind, alternatives(gold[g].kind)) >= THRESHOLDS["name"]
        for p, g, _ in result.pairs
    ]
    return {
        **_prefixed("relations", result.scores()),
        "relations.kind_acc": mean_or_none(float(ok) for ok in kinds),
    }


LIST_SCORERS = [score_actors, score_events, score_quotes, score_key_points, score_relations]
