"""Metrics that need no gold: failures, schema validity, grounding, tokens, cost, latency.

Grounding asks "is what the briefing claims to quote actually in the article?" for
quotes, actor names, event date texts and event places. An item that carries
`evidence` (set by the pipeline's grounding step) is judged by it; otherwise by a
normalised substring check against the article text (curly quotes, dashes, case and
whitespace unified). With neither evidence nor text the item is not counted.
"""

from __future__ import annotations

from newsbrief.evals.scorer import SUCCEEDED, Case, Metric, Scores, scorer
from newsbrief.evals.textsim import contains, normalise_for_search
from newsbrief.schemas import Briefing

OPERATION_METRICS = [
    Metric(
        "ops.error",
        "1 when the article failed (error record, schema-invalid line, missing from the run)",
        higher_is_better=False,
        needs_gold=False,
    ),
    Metric(
        "ops.schema_valid",
        "1 when the briefing line re-validates against Briefing (undefined for error "
        "records and missing articles)",
        needs_gold=False,
    ),
    Metric(
        "ops.grounding",
        "share of quotes, actor names, event date texts and places found in the article",
        needs_gold=False,
    ),
    Metric(
        "ops.tokens",
        "prompt + completion tokens, all attempts",
        higher_is_better=False,
        needs_gold=False,
        unit_interval=False,
        gated=False,
    ),
    Metric(
        "ops.cost_usd",
        "cost in USD, all attempts",
        higher_is_better=False,
        needs_gold=False,
        unit_interval=False,
        gated=False,
    ),
    Metric(
        "ops.latency_s",
        "seconds to brief the article",
        higher_is_better=False,
        needs_gold=False,
        unit_interval=False,
        gated=False,
    ),
]


def grounding_checks(briefing: Briefing, text: str | None) -> list[bool]:
    """One verdict per checkable item; evidence wins over the substring check."""
    haystack = normalise_for_search(text) if text else None
    verdicts: list[bool] = []

    def check(value: str | None, evidence: object = None) -> None:
        if not value:
            return
        if evidence is not None:
            verdicts.append(bool(getattr(evidence, "grounded", False)))
        elif haystack is not None:
            verdicts.append(contains(haystack, value))

    for quote in briefing.quotes:
        check(quote.text, quote.evidence)
    for actor in briefing.actors:
        check(actor.name, actor.evidence)
    for event in briefing.events:
        check(event.when_text)
        check(event.where)
    return verdicts


@scorer("operations", OPERATION_METRICS)
def score_operations(case: Case) -> Scores:
    grounding: float | None = None
    if case.prediction is not None:
        verdicts = grounding_checks(case.prediction, case.text)
        grounding = sum(verdicts) / len(verdicts) if verdicts else None
    return {
        "ops.error": float(case.status not in SUCCEEDED),
        "ops.schema_valid": (
            None if case.status in ("error", "missing") else float(case.status in SUCCEEDED)
        ),
        "ops.grounding": grounding,
        "ops.tokens": None if case.tokens is None else float(case.tokens),
        "ops.cost_usd": case.cost_usd,
        "ops.latency_s": case.latency_s,
    }
