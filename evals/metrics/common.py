"""Small helpers shared by the metric modules."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsbrief.evals.scorer import Metric, Scores


def undefined(metrics: Sequence[Metric]) -> Scores:
    """Every metric None: the gold field is unlabelled, so it is not scored."""
    return dict.fromkeys(metric.name for metric in metrics)


def constant(metrics: Sequence[Metric], value: float) -> Scores:
    """Every metric set to one value (used for "not stated" gold answers)."""
    return dict.fromkeys((metric.name for metric in metrics), value)


def mean_or_none(values: Iterable[float]) -> float | None:
    """Mean of the values, or None when there are none (undefined, not zero)."""
    items = list(values)
    return sum(items) / len(items) if items else None


def alternatives(value: str | list[str] | None) -> list[str]:
    """Gold attributes may be one string or a list of acceptable strings."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)
