"""Scoring and comparing runs made with `--repeat k`: per-article means over samples,
the within-article spread, failed and missing samples scoring 0, and comparisons that
pair (article, sample) rows and resample articles with their samples.

A probe scorer reads each sample's `overall` from its headline ("0.40" -> 0.4), so every
expected value below is computed by hand."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from newsbrief.evals.compare import GateSettings, compare_results
from newsbrief.evals.evalfile import eval_payload
from newsbrief.evals.report import render_report
from newsbrief.evals.scorer import Case, Metric, Scores, scorer
from newsbrief.evals.scoring import EvalResult, score_run
from newsbrief.schemas import BriefingRecord, ErrorRecord, GoldRecord, RunCounts
from tests.support.eval_runs import PROVENANCE, briefing, finished_manifest, write_gold

ERROR = "error"  # a sample that failed (an error record)
MISSING = None  # a sample absent from the run


@scorer("probe", metrics=[Metric("probe.value", "the number in the headline")])
def probe(case: Case) -> Scores:
    return {"probe.value": float(case.prediction.headline) if case.prediction else 0.0}


WEIGHTS = {"probe.value": 1.0}


def write_sampled_run(
    run_dir: Path, samples: dict[str, list[float | str | None]], repeat: int
) -> Path:
    """A run directory as `briefing run --repeat k` writes it (k = 1: no sample field)."""
    run_dir.mkdir(parents=True)
    manifest = finished_manifest(run_dir, repeat=repeat, counts=RunCounts())
    (run_dir / "manifest.json").write_text(manifest.model_dump_json(), encoding="utf-8")
    with (
        (run_dir / "briefings.jsonl").open("w") as ok,
        (run_dir / "errors.jsonl").open("w") as bad,
    ):
        for article_id, values in samples.items():
            for index, value in enumerate(values):
                sample = index if repeat > 1 else None
                if value is ERROR:
                    record = ErrorRecord(
                        id=article_id, sample=sample, kind="transport", message="HTTP 500"
                    )
                    bad.write(record.model_dump_json() + "\n")
                elif value is not MISSING:
                    record = BriefingRecord(
                        id=article_id,
                        sample=sample,
                        briefing=briefing(headline=f"{value:.2f}"),
                        provenance=PROVENANCE,
                    )
                    ok.write(record.model_dump_json() + "\n")
    return run_dir


def gold_for(root: Path, ids: list[str]) -> Path:
    records = [GoldRecord.model_validate({"id": i, "gold": {"headline": ["x"]}}) for i in ids]
    return write_gold(root / "gold.jsonl", records)


def score(run_dir: Path, gold: Path) -> EvalResult:
    return score_run(run_dir, gold, weights=WEIGHTS, scorers=[probe])


SPREAD_CASES = [
    # samples -> (article mean, sample standard deviation, failed or missing samples)
    ([0.2, 0.4, 0.6], 0.4, 0.2, 0),
    ([0.5, 0.5, ERROR], 1 / 3, math.sqrt(1 / 12), 1),  # the error scores 0
    ([0.9, MISSING, 0.3], 0.4, math.sqrt(0.21), 1),  # the missing sample scores 0
    ([0.7, 0.7, 0.7], 0.7, 0.0, 0),
]


def test_article_scores_are_sample_means_with_their_spread(tmp_path: Path) -> None:
    samples = {f"a{i}": values for i, (values, *_) in enumerate(SPREAD_CASES)}
    result = score(write_sampled_run(tmp_path / "run", samples, 3), gold_for(tmp_path, [*samples]))
    by_id = result.by_id()
    for i, (_, mean, sd, failed) in enumerate(SPREAD_CASES):
        article = by_id[f"a{i}"]
        assert article.scores["overall"] == pytest.approx(mean)
        assert article.spread() == pytest.approx(sd)
        assert sum(x.failed for x in article.samples) == failed
        assert [x.sample for x in article.samples] == [0, 1, 2]
    sds = [sd for *_, sd, _ in SPREAD_CASES]
    spread = result.spread()
    assert spread is not None
    assert spread["samples"] == 3
    assert spread["articles"] == 4
    assert spread["mean_sd"] == pytest.approx(sum(sds) / 4)  # 0.23673...
    assert spread["max_sd"] == pytest.approx(math.sqrt(0.21))
    # the run's mean counts each article once: (0.4 + 1/3 + 0.4 + 0.7) / 4
    assert result.aggregate()["overall"]["mean"] == pytest.approx((0.4 + 1 / 3 + 0.4 + 0.7) / 4)
    assert result.coverage()["samples_failed"] == 2
    failed = {(a.id, x.sample, x.status) for a, x in result.failed_samples()}
    assert failed == {("a1", 2, "error"), ("a2", 1, "missing")}


def test_eval_json_and_report_show_samples_only_for_repeat_runs(tmp_path: Path) -> None:
    gold = gold_for(tmp_path, ["a0", "a1"])
    sampled = score(
        write_sampled_run(tmp_path / "k2", {"a0": [0.2, 0.6], "a1": [0.5, ERROR]}, 2), gold
    )
    payload = json.loads(json.dumps(eval_payload(sampled)))
    assert payload["repeat"] == 2
    assert payload["spread"]["mean_sd"] == pytest.approx((math.sqrt(0.08) + math.sqrt(0.125)) / 2)
    first = payload["articles"][0]
    assert first["scores"]["overall"] == pytest.approx(0.4)
    assert [s["scores"]["overall"] for s in first["samples"]] == pytest.approx([0.2, 0.6])
    html = render_report(sampled)
    assert "Repeated samples: run A" in html
    assert "a1 (sample 1)" in html  # the failed sample is listed with its error
    assert "HTTP 500" in html

    single = score(write_sampled_run(tmp_path / "k1", {"a0": [0.2], "a1": [0.5]}, 1), gold)
    payload = eval_payload(single)
    assert "repeat" not in payload and "spread" not in payload
    assert all("samples" not in a for a in payload["articles"])
    assert single.spread() is None
    assert "Repeated samples" not in render_report(single)


# Three articles, two samples each. Per-row differences B - A:
#   x1: 0.3, 0.1 (mean 0.2)   x2: 0.1, 0.3 (mean 0.2)   x3: 0.1, -0.3 (mean -0.1)
# Articles are the unit: d = [0.2, 0.2, -0.1], n = 3, mean 0.1, sd sqrt(0.03), se 0.1.
# Exact sign-flip over 2^3 patterns: a pattern is as high as the observed sum when the
# flipped subset sums to <= 0: the empty set and {x3} only, so one-sided p = 2/8 (B
# better); as low: every subset but {x3}, 7/8. Three articles bound nothing at 5%: the
# interval of a 0..1 metric is then [-1, 1].
RUN_A = {"x1": [0.2, 0.4], "x2": [0.6, 0.6], "x3": [0.1, 0.5]}
RUN_B = {"x1": [0.5, 0.5], "x2": [0.7, 0.9], "x3": [0.2, 0.2]}
B_MEANS = {"x1": [0.5], "x2": [0.8], "x3": [0.2]}


@pytest.mark.parametrize(
    ("b_samples", "b_repeat", "pairing"),
    [
        (RUN_B, 2, "paired by article and sample"),
        (B_MEANS, 1, "different samples per article (A 2, B 1)"),
    ],
)
def test_comparison_resamples_articles_with_their_samples(
    tmp_path: Path, b_samples: dict, b_repeat: int, pairing: str
) -> None:
    gold = gold_for(tmp_path, [*RUN_A])
    a = score(write_sampled_run(tmp_path / "a", RUN_A, 2), gold)
    b = score(write_sampled_run(tmp_path / "b", b_samples, b_repeat), gold)
    comparison = compare_results(a, b)
    row = comparison.row("overall")
    assert row is not None
    assert row.n == 3  # articles, not the six (article, sample) rows
    assert row.mean_a == pytest.approx(0.4)
    assert row.mean_b == pytest.approx(0.5)
    assert row.diff == pytest.approx(0.1)
    assert row.method == "sign-flip"
    assert (row.p_better, row.p_worse) == (pytest.approx(0.25), pytest.approx(7 / 8))
    assert (row.low, row.high) == (-1.0, 1.0)
    assert pairing in comparison.pairing


def test_rows_pair_the_same_sample_index(tmp_path: Path) -> None:
    """Sample s of A meets sample s of B: a sample B lacks leaves A's same sample out of
    that article's mean, rather than pairing it with another sample."""
    gold = gold_for(tmp_path, ["x1", "x2"])
    a = score(write_sampled_run(tmp_path / "a", {"x1": [0.2, 0.6], "x2": [0.5, 0.5]}, 2), gold)
    b = score(write_sampled_run(tmp_path / "b", {"x1": [0.3, 0.6], "x2": [0.5, 0.9]}, 2), gold)
    # per article: x1 (0.1 + 0.0) / 2 = 0.05, x2 (0.0 + 0.4) / 2 = 0.2 -> mean 0.125
    row = compare_results(a, b).row("overall")
    assert row is not None and row.n == 2
    assert row.diff == pytest.approx(0.125)
    # d = [0.05, 0.2]: only the unflipped pattern is as high as the observed sum
    assert row.p_better == pytest.approx(0.25)


@pytest.mark.parametrize(("articles", "too_few"), [(4, True), (9, True), (10, False)])
def test_minimum_paired_counts_articles_not_samples(
    tmp_path: Path, articles: int, too_few: bool
) -> None:
    ids = [f"n{i}" for i in range(articles)]
    gold = gold_for(tmp_path, ids)
    a = score(write_sampled_run(tmp_path / "a", {i: [0.5, 0.5, 0.5] for i in ids}, 3), gold)
    b = score(write_sampled_run(tmp_path / "b", {i: [0.5, 0.4, 0.5] for i in ids}, 3), gold)
    verdict = compare_results(a, b, gate=GateSettings()).verdict()
    assert verdict.paired == articles  # 3 x articles rows, `articles` clusters
    assert verdict.too_few is too_few


def test_the_terminal_reports_spread_and_pairing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsbrief.cli import main

    gold = gold_for(tmp_path, [*RUN_A])
    run_a = write_sampled_run(tmp_path / "a", RUN_A, 2)
    run_b = write_sampled_run(tmp_path / "b", B_MEANS, 1)
    main(["eval", str(run_a), "--gold", str(gold), "--no-write"])
    out = " ".join(capsys.readouterr().out.split())
    assert "2 samples per article: scores are each article's mean over its samples" in out
    assert "within-article spread of overall" in out and "over 3 article(s)" in out
    main(["eval", str(run_b), "--gold", str(gold), "--no-write"])
    assert "samples per article" not in capsys.readouterr().out
    main(["eval", "compare", str(run_a), str(run_b), "--gold", str(gold)])
    captured = capsys.readouterr()
    err = " ".join(captured.err.split())
    assert "runs hold different samples per article (A 2, B 1)" in err
    assert "run A: 2 samples per article" in " ".join(captured.out.split())
