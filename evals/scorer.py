"""Scorers: small functions that declare the metrics they produce.

Modelled on inspect_ai: a scorer takes one `Case` (prediction, gold, article text and
run record) and returns a flat dict `metric name -> float | None`, where None means
"not defined for this article" (unlabelled gold field, no matched items) and is left
out of averages. Declaring metric names up front lets eval.json, weights files,
comparison tables and CI gates be validated before anything is scored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from newsbrief.schemas import Briefing, GoldBriefing

Scores = dict[str, float | None]

# Record statuses whose briefing is scored as it is ("partial": salvaged fields). Any
# other status (error, invalid, missing) is a failed article and earns nothing.
SUCCEEDED = frozenset({"ok", "partial"})


@dataclass(frozen=True)
class Metric:
    """A metric's contract: its name, meaning, and which direction is better."""

    name: str
    description: str
    higher_is_better: bool = True
    needs_gold: bool = True
    unit_interval: bool = True  # values in 0..1 (plots share one axis)
    gated: bool = True  # may fail a CI gate by default (costs and latency do not)


@dataclass(frozen=True)
class Case:
    """Everything a scorer may look at for one article.

    `prediction` is None when the article failed (error record, schema-invalid line,
    or missing from the run): scorers see an empty briefing, and `score_case` then
    sets every gold metric it defined to its worst value, so a failure earns nothing,
    "not stated" questions included.
    """

    id: str
    prediction: Briefing | None
    gold: GoldBriefing | None = None
    gold_source: str | None = None  # GoldRecord.source: how the gold was made
    text: str | None = None
    status: str = "ok"  # ok | partial | error | invalid | missing
    tokens: int | None = None
    cost_usd: float | None = None
    latency_s: float | None = None


ScoreFn = Callable[[Case], Scores]


@dataclass(frozen=True)
class Scorer:
    """A named scoring function plus the metrics it promises to return."""

    name: str
    metrics: tuple[Metric, ...]
    fn: ScoreFn

    @cached_property
    def metric_names(self) -> frozenset[str]:
        return frozenset(metric.name for metric in self.metrics)

    def __call__(self, case: Case) -> Scores:
        scores = self.fn(case)
        if scores.keys() != self.metric_names:
            raise RuntimeError(
                f"scorer {self.name} returned {sorted(scores)}, "
                f"declared {sorted(self.metric_names)}"
            )
        return scores


def scorer(name: str, metrics: Sequence[Metric]) -> Callable[[ScoreFn], Scorer]:
    """Decorator: turn a scoring function into a `Scorer` declaring `metrics`."""

    def wrap(fn: ScoreFn) -> Scorer:
        return Scorer(name=name, metrics=tuple(metrics), fn=fn)

    return wrap


def prf_metrics(prefix: str, what: str) -> list[Metric]:
    """The precision/recall/F1 triple every list field declares."""
    return [
        Metric(f"{prefix}.precision", f"share of predicted {what} that match a gold one"),
        Metric(f"{prefix}.recall", f"share of gold {what} that were predicted"),
        Metric(f"{prefix}.f1", f"harmonic mean of {what} precision and recall"),
    ]


def text_metrics(prefix: str, what: str) -> list[Metric]:
    """ROUGE-1/2/L F and token-F1 against the best gold alternative."""
    return [
        Metric(f"{prefix}.rouge1", f"ROUGE-1 F of the {what} (stemmed, best alternative)"),
        Metric(f"{prefix}.rouge2", f"ROUGE-2 F of the {what} (stemmed, best alternative)"),
        Metric(f"{prefix}.rougeL", f"ROUGE-L F of the {what} (stemmed, best alternative)"),
        Metric(f"{prefix}.token_f1", f"token F1 of the {what} against the best alternative"),
    ]
