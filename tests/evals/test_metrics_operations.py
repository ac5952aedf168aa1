"""No-gold metrics (errors, schema validity, grounding, usage), weights and `overall`,
and scoring a whole hand-made run directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.evals.metrics import metric_catalogue
from newsbrief.evals.metrics.operations import score_operations
from newsbrief.evals.scorer import Case
from newsbrief.evals.scoring import gold_fingerprint, score_run
from newsbrief.evals.usage_errors import RunReadError, WeightsError
from newsbrief.evals.weights import DEFAULT_WEIGHTS, load_weights, overall, validate_weights
from newsbrief.schemas import Briefing, Evidence, GoldRecord
from tests.support.eval_runs import briefing, paired_runs, write_gold, write_run

TEXT = "Hun Manet met Zamrose in Phnom Penh on March 3. \u201cWe are  friends,\u201d he said."
BRIEFING = Briefing.model_validate(
    {
        "headline": "h",
        "summary": "s",
        "quotes": [{"text": "We are friends,", "speaker": "Hun Manet"}],  # whitespace differs
        "actors": [
            {"name": "Hun Manet", "kind": "person"},
            {"name": "Malaysia", "kind": "country"},
        ],
        "events": [{"what": "They met", "when_text": "March 3", "where": "Bangkok"}],
    }
)


def test_grounding_by_normalised_substring() -> None:
    scores = score_operations(Case(id="x", prediction=BRIEFING, text=TEXT))
    # quote, Hun Manet, March 3 found; Malaysia, Bangkok not: 3 of 5
    assert scores["ops.grounding"] == pytest.approx(0.6)


def test_grounding_prefers_evidence_over_substring() -> None:
    grounded = BRIEFING.model_copy(deep=True)
    grounded.actors[1].evidence = Evidence(start=0, end=8, method="fuzzy", score=0.9)
    assert score_operations(Case(id="x", prediction=grounded, text=TEXT))[
        "ops.grounding"
    ] == pytest.approx(0.8)
    no_text = score_operations(Case(id="x", prediction=grounded))
    assert no_text["ops.grounding"] == 1.0  # only the evidence-bearing actor is checkable


@pytest.mark.parametrize(
    ("status", "prediction", "error", "valid"),
    [("ok", BRIEFING, 0.0, 1.0), ("invalid", None, 1.0, 0.0), ("error", None, 1.0, None)],
)
def test_status_metrics(
    status: str, prediction: Briefing | None, error: float, valid: float | None
) -> None:
    scores = score_operations(
        Case(id="x", prediction=prediction, status=status, tokens=10, cost_usd=0.5, latency_s=None)
    )
    assert (scores["ops.error"], scores["ops.schema_valid"]) == (error, valid)
    assert (scores["ops.tokens"], scores["ops.cost_usd"], scores["ops.latency_s"]) == (
        10.0,
        0.5,
        None,
    )


@pytest.mark.parametrize(
    ("scores", "weights", "expected"),
    [
        (
            {"a": 0.5, "b": None, "c": 1.0},
            {"a": 1, "b": 1, "c": 3},
            0.875,
        ),  # b undefined: renormalised
        ({"a": 0.5}, {"a": 0, "c": 1}, None),  # nothing weighted is defined
        ({"a": 0.2, "c": 0.6}, {"a": 1, "c": 1}, 0.4),
    ],
)
def test_overall_weighted_mean(scores: dict, weights: dict, expected: float | None) -> None:
    got = overall(scores, weights)
    assert got == (pytest.approx(expected) if expected is not None else None)


def test_weights_file_and_validation(tmp_path: Path) -> None:
    catalogue = metric_catalogue()
    assert set(DEFAULT_WEIGHTS) <= set(catalogue)
    path = tmp_path / "weights.yaml"
    path.write_text("actors.f1: 2\nsummary.rougeL: 1\n", encoding="utf-8")
    assert load_weights(path, catalogue) == {"actors.f1": 2.0, "summary.rougeL": 1.0}
    for bad in (
        {"actor.f1": 1},
        {"ops.tokens": 1},
        {"ops.error": 1},
        {"actors.f1": -1},
        {"actors.f1": 0},
    ):
        with pytest.raises(WeightsError):
            validate_weights(bad, catalogue)
    with pytest.raises(WeightsError, match="cannot read"):
        load_weights(tmp_path / "missing.json", catalogue)


GOLD = [
    GoldRecord.model_validate(
        {
            "id": "a1",
            "text": TEXT,
            "gold": {"actors": [{"names": ["Hun Manet"], "kind": "person"}], "topics": ["defence"]},
        }
    ),
    GoldRecord.model_validate(
        {"id": "a2", "gold": {"actors": [{"names": ["X"], "kind": "person"}]}}
    ),
    GoldRecord.model_validate(
        {"id": "a3", "gold": {"actors": [{"names": ["Y"], "kind": "person"}]}}
    ),
    GoldRecord.model_validate({"id": "a4", "gold": {"topics": ["economy"]}}),
]


def test_score_run_end_to_end(tmp_path: Path) -> None:
    gold_path = write_gold(tmp_path / "gold.jsonl", GOLD)
    run = write_run(
        tmp_path / "run",
        {
            "a1": briefing(actors=[{"name": "Hun Manet", "kind": "person"}], topics=["defence"]),
            "extra": briefing(),
        },
        errors={"a2": "never validated"},
        invalid=[{"id": "a3", "briefing": {"headline": ""}}, {"no": "id"}],
    )
    (run / "briefings.jsonl").open("a").write("{torn line\n")
    result = score_run(run, gold_path)
    by_id = result.by_id()
    assert [a.id for a in result.articles] == ["a1", "extra", "a3", "a2", "a4"]
    assert by_id["a1"].scores["overall"] == 1.0
    assert by_id["a2"].status == "error"
    assert by_id["a2"].scores["actors.f1"] == 0.0
    assert by_id["a3"].status == "invalid"
    assert by_id["a3"].scores["ops.schema_valid"] == 0.0
    assert by_id["extra"].scores["overall"] is None
    assert not by_id["extra"].in_gold
    assert result.missing_from_run == ["a4"]
    assert by_id["a4"].status == "missing"  # in gold, not in the run: earns nothing
    assert (by_id["a4"].scores["topics.f1"], by_id["a4"].scores["overall"]) == (0.0, 0.0)
    assert by_id["a2"].message == "validation: never validated"
    assert result.coverage()["unreadable_lines"] == 2  # the id-less line and the torn line
    aggregate = result.aggregate()
    assert aggregate["actors.f1"] == {"mean": pytest.approx(1 / 3), "n": 3}
    assert aggregate["ops.error"] == {"mean": 0.6, "n": 5}
    assert aggregate["ops.schema_valid"] == {"mean": pytest.approx(2 / 3), "n": 3}
    assert result.gold_hash == gold_fingerprint(gold_path)


def test_not_a_run_directory(tmp_path: Path) -> None:
    with pytest.raises(RunReadError, match="not a run directory"):
        score_run(tmp_path, [])


def test_articles_file_supplies_text_for_grounding(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a2", "text": "X spoke."}) + "\n", encoding="utf-8")
    run = write_run(tmp_path / "run", {"a2": briefing(actors=[{"name": "X", "kind": "person"}])})
    assert score_run(run, GOLD).by_id()["a2"].scores["ops.grounding"] is None
    scored = score_run(run, GOLD, articles_file=articles)
    assert scored.by_id()["a2"].scores["ops.grounding"] == 1.0


def test_parallel_scoring_matches_sequential(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsbrief.evals import scoring

    gold_path, run_a, _ = paired_runs(tmp_path, articles=12)
    sequential = score_run(run_a, gold_path, workers=1)
    monkeypatch.setattr(scoring, "PARALLEL_MIN_ARTICLES", 4)
    parallel = score_run(run_a, gold_path, workers=2)
    assert [a.id for a in parallel.articles] == [a.id for a in sequential.articles]
    assert [a.scores for a in parallel.articles] == [a.scores for a in sequential.articles]
