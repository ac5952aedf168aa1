"""The scorer contract: declared metric names are unique and exactly what is returned."""

from __future__ import annotations

from collections import Counter

import pytest

from newsbrief.evals.metrics import DEFAULT_SCORERS, metric_catalogue
from newsbrief.evals.scorer import Case, Metric, scorer
from newsbrief.evals.weights import DEFAULT_WEIGHTS
from newsbrief.schemas import Briefing, GoldBriefing


def test_metric_names_are_unique_and_cover_the_weights() -> None:
    names = [m.name for s in DEFAULT_SCORERS for m in s.metrics]
    assert [n for n, c in Counter(names).items() if c > 1] == []
    catalogue = metric_catalogue()
    assert set(DEFAULT_WEIGHTS) <= set(catalogue)
    assert "overall" in catalogue
    assert all(
        catalogue[n].higher_is_better and catalogue[n].unit_interval for n in DEFAULT_WEIGHTS
    )


@pytest.mark.parametrize("prediction", [None, Briefing(headline="h", summary="s")])
@pytest.mark.parametrize("gold", [None, GoldBriefing(), GoldBriefing(actors=[], topics=[])])
def test_every_default_scorer_returns_exactly_its_metrics(
    prediction: Briefing | None, gold: GoldBriefing | None
) -> None:
    case = Case(id="x", prediction=prediction, gold=gold, status="ok" if prediction else "error")
    for item in DEFAULT_SCORERS:
        scores = item(case)  # raises if the names differ from the declaration
        assert all(v is None or isinstance(v, float) for v in scores.values()), item.name
        if gold is None or gold == GoldBriefing():
            needs_gold = [m.name for m in item.metrics if m.needs_gold]
            assert all(scores[n] is None for n in needs_gold), item.name


def test_a_scorer_that_breaks_its_declaration_is_caught() -> None:
    @scorer("broken", [Metric("broken.a", "declared")])
    def broken(case: Case) -> dict[str, float | None]:
        return {"broken.b": 1.0}

    with pytest.raises(RuntimeError, match="declared"):
        broken(Case(id="x", prediction=None))
