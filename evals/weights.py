"""The overall score: a weighted mean of chosen per-article metrics.

Per article, `overall = sum(w_m * score_m) / sum(w_m)` over the weighted metrics that
are defined for that article, so an article whose gold labels only some fields is
scored on those fields (the weights are renormalised), and a field that is unlabelled
everywhere simply drops out. Weights come from `DEFAULT_WEIGHTS` or a JSON/YAML file
mapping metric names to non-negative numbers (the file replaces the defaults).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import yaml

from newsbrief.evals.scorer import Metric, Scores
from newsbrief.evals.usage_errors import WeightsError

# One primary metric per field. Extraction fields (who did what, when, with which
# words) weigh 1; headline, relations, topics and the 5W1H phrases weigh 0.5 because
# they are shorter, overlap with other fields, or are noisier to label.
DEFAULT_WEIGHTS: dict[str, float] = {
    "summary.rougeL": 1.0,
    "headline.rougeL": 0.5,
    "key_points.f1": 1.0,
    "actors.f1": 1.0,
    "events.f1": 1.0,
    "quotes.f1": 1.0,
    "relations.f1": 0.5,
    "topics.f1": 0.5,
    "five_w1h.who.f1": 0.5,
    "five_w1h.what.token_f1": 0.5,
    "five_w1h.when.token_f1": 0.5,
    "five_w1h.where.token_f1": 0.5,
    "five_w1h.why.token_f1": 0.5,
    "five_w1h.how.token_f1": 0.5,
}


def validate_weights(
    weights: Mapping[str, float], catalogue: Mapping[str, Metric]
) -> dict[str, float]:
    """Check names and values; overall may only weigh unit-interval, higher-is-better metrics."""
    checked: dict[str, float] = {}
    for name, value in weights.items():
        metric = catalogue.get(name)
        if metric is None or name == "overall":
            raise WeightsError(
                f"unknown metric {name!r} in weights; choose from: "
                + ", ".join(n for n in catalogue if n != "overall")
            )
        if not metric.higher_is_better or not metric.unit_interval:
            raise WeightsError(
                f"metric {name!r} cannot be weighted into overall: it is not "
                "a 0..1 score where higher is better"
            )
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
            raise WeightsError(f"weight for {name!r} must be a non-negative number, got {value!r}")
        checked[name] = float(value)
    if not any(checked.values()):
        raise WeightsError("all weights are zero; give at least one metric a positive weight")
    return checked


def load_weights(path: Path, catalogue: Mapping[str, Metric]) -> dict[str, float]:
    """Read a JSON or YAML mapping `metric: weight` (e.g. `actors.f1: 2`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise WeightsError(f"cannot read weights file {path}: {exc.strerror}") from exc
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise WeightsError(f"{path} is not valid JSON/YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise WeightsError(f"{path} must map metric names to weights, e.g. 'actors.f1: 1.0'")
    return validate_weights(data, catalogue)


def overall(scores: Scores, weights: Mapping[str, float]) -> float | None:
    """Weighted mean over the weighted metrics defined for this article; None if none are."""
    total = weight_sum = 0.0
    for name, weight in weights.items():
        value = scores.get(name)
        if value is not None and weight > 0:
            total += weight * value
            weight_sum += weight
    return total / weight_sum if weight_sum else None
