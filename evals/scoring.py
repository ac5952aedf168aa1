"""Score a run directory against gold: dataset x scorers -> per-article scores.

Every article of the run becomes a `Case`; every scorer turns it into named metrics;
`overall` is the weighted mean of the weighted ones (see `newsbrief.evals.weights`). Aggregates
are macro means over the articles where a metric is defined. Nothing here calls a
model: a run is re-scored from its files alone, so changing gold or weights is cheap.

Failures earn nothing: an article that failed (error record, schema-invalid line) or
that is in the gold but missing from the run scores the worst value on every gold
metric it defines, "not stated" questions included, so `overall` is 0. An empty
answer earns "not stated" credit only from a briefing that exists.

Repeated samples (a run made with `--repeat k`): each sample is scored as its own case
(a failed or missing sample earns nothing, like a failed article), and an article's
scores are the mean over its k samples, so every aggregate, and every comparison of
per-article scores, counts an article once. `ArticleResult.samples` keeps the
per-sample scores, for the within-article spread and for comparisons that pair samples.

Only reviewed gold is scored (`goldreview.reviewed_gold`): a record's unreviewed model
suggestions are never gold, a field reviewed in part is left unscored, and a record
holding only suggestions gives its article no gold at all.
`EvalResult.gold_review` counts them apart and measures self-agreement (gold accepted
unchanged from the very run being scored).
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import multiprocessing
import os
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.evals.articles import load_texts
from newsbrief.evals.faithfulness import faithfulness_metrics, faithfulness_of
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.goldreview import (
    ReviewCounts,
    SelfAgreement,
    count_review,
    reviewed_gold,
    self_agreement,
)
from newsbrief.evals.metrics import DEFAULT_SCORERS, metric_catalogue
from newsbrief.evals.rundir_reader import Prediction, RunData, read_run
from newsbrief.evals.scorer import SUCCEEDED, Case, Metric, Scorer, Scores
from newsbrief.evals.usage_errors import GoldMismatchError
from newsbrief.evals.weights import DEFAULT_WEIGHTS, overall, validate_weights
from newsbrief.schemas import Briefing, GoldRecord, JudgeTotals
from newsbrief.schemas.hashing import stable_hash


@dataclass(frozen=True)
class SampleResult:
    """One sample of an article in a run made with `--repeat`."""

    sample: int
    status: str  # ok | partial | invalid | error | missing (not in the run)
    scores: Scores
    message: str | None = None

    @property
    def failed(self) -> bool:
        return self.status not in SUCCEEDED


@dataclass(frozen=True)
class ArticleResult:
    id: str
    status: str  # ok | partial | invalid | error | missing (in gold, not in the run)
    in_gold: bool
    scores: Scores  # with samples: each metric's mean over the samples defining it
    message: str | None = None  # why it failed: "kind: message" or the validation error
    samples: tuple[SampleResult, ...] = ()  # per-sample scores (`--repeat` runs only)

    @property
    def failed(self) -> bool:
        return self.status not in SUCCEEDED

    def spread(self, metric: str = "overall") -> float | None:
        """The sample standard deviation (n - 1) of `metric` across this article's
        samples; None with fewer than two samples defining it."""
        values = [v for x in self.samples if (v := x.scores.get(metric)) is not None]
        return statistics.stdev(values) if len(values) >= 2 else None

    @property
    def attempted(self) -> bool:
        """The run holds a record for this article (whatever became of it)."""
        return self.status != "missing"


@dataclass
class EvalResult:
    """Per-article and aggregate scores of one run, plus what is needed to explain them."""

    run: RunData
    gold_label: str
    gold_hash: str
    weights: dict[str, float]
    metrics: dict[str, Metric]
    articles: list[ArticleResult]
    gold: dict[str, GoldRecord] = field(default_factory=dict)
    missing_from_run: list[str] = field(default_factory=list)
    # What the LLM judge did to the run's claim checks when `eval`/`report` ran with
    # --judge (the CLI judges the briefings in place; `faithfulness()` then reads its
    # verdicts). None: the checks are as the run stored them.
    judge: JudgeTotals | None = None

    @property
    def run_dir(self) -> Path:
        return self.run.path

    def by_id(self) -> dict[str, ArticleResult]:
        return {article.id: article for article in self.articles}

    def prediction(self, article_id: str) -> Prediction | None:
        return self.run.predictions.get(article_id)

    def briefing(self, article_id: str) -> Briefing | None:
        found = self.prediction(article_id)
        return found.briefing if found else None

    def faithfulness(self) -> dict[str, float | int | None]:
        """Reference-free metrics over every briefing of the run (gold or not): with
        repeated samples, every sample's briefing, as `briefing verify` checks them."""
        predictions = (
            [p for samples in self.run.samples.values() for p in samples.values()]
            if self.run.samples
            else list(self.run.predictions.values())
        )
        briefings = (p.briefing for p in predictions if p.briefing)
        return faithfulness_metrics(faithfulness_of(briefings))

    def gold_counts(self) -> ReviewCounts:
        """Reviewed items by origin and unreviewed suggestions (never scored) of the gold."""
        return count_review(self.gold.values())

    def self_agreement(self) -> SelfAgreement:
        """Scored gold of the run's articles accepted unchanged from this very run."""
        records = [r for rid, r in self.gold.items() if rid in self.run.predictions]
        return self_agreement(records, self.run.manifest.run_id)

    def gold_review(self) -> dict[str, Any]:
        """Both of the above as plain JSON (eval.json's `gold.review`)."""
        return {**self.gold_counts().as_dict(), "self_agreement": self.self_agreement().as_dict()}

    def aggregate(self) -> dict[str, dict[str, float | int | None]]:
        """metric -> {mean, n}: macro mean over articles where the metric is defined."""
        summary: dict[str, dict[str, float | int | None]] = {}
        for name in self.metrics:
            values = [a.scores[name] for a in self.articles if a.scores.get(name) is not None]
            mean = sum(values) / len(values) if values else None  # type: ignore[arg-type]
            summary[name] = {"mean": mean, "n": len(values)}
        return summary

    @property
    def repeat(self) -> int:
        """Samples per article in the scored run (1: a run without `--repeat`)."""
        return self.run.repeat

    def spread(self, metric: str = "overall") -> dict[str, Any] | None:
        """Within-article spread of `metric` over repeated samples: the mean (and the
        largest) of each article's sample standard deviation, over the articles with two
        or more samples defining it. None for a run without repeats."""
        if self.repeat <= 1:
            return None
        spreads = [v for a in self.articles if (v := a.spread(metric)) is not None]
        return {
            "metric": metric,
            "samples": self.repeat,
            "articles": len(spreads),
            "mean_sd": sum(spreads) / len(spreads) if spreads else None,
            "max_sd": max(spreads) if spreads else None,
        }

    def failed_samples(self) -> list[tuple[ArticleResult, SampleResult]]:
        """Every failed or missing sample of a `--repeat` run, in run order."""
        return [(a, x) for a in self.articles for x in a.samples if x.failed]

    def attempted_ids(self) -> list[str]:
        return [a.id for a in self.articles if a.attempted]

    def failures(self) -> list[ArticleResult]:
        """Every failed article (error, schema-invalid, missing), in run order."""
        return [a for a in self.articles if a.failed]

    def coverage(self) -> dict[str, int]:
        attempted = [a for a in self.articles if a.attempted]
        samples = (
            {"samples_per_article": self.repeat, "samples_failed": len(self.failed_samples())}
            if self.repeat > 1
            else {}
        )
        return {
            "gold_records": len(self.gold),
            "run_articles": len(attempted),
            "scored_with_gold": sum(a.in_gold for a in attempted),
            "gold_succeeded": sum(a.in_gold and not a.failed for a in attempted),
            "gold_missing_from_run": len(self.missing_from_run),
            "errors": sum(a.status == "error" for a in self.articles),
            "invalid": sum(a.status == "invalid" for a in self.articles),
            "anonymous_errors": self.run.anonymous_errors,
            "unreadable_lines": self.run.unreadable_lines,
            **samples,
        }

    def manifest_summary(self) -> dict[str, object]:
        m = self.run.manifest
        return {
            "run_id": m.run_id,
            "backend": m.backend,
            "model": m.model,
            "status": m.status,
            "prompt": f"{m.prompt_id}@v{m.prompt_version}",
            "prompt_hash": m.prompt_hash,
            "schema_hash": m.schema_hash,
            "code_version": m.code_version,
            "started_at": m.started_at,
            "finished_at": m.finished_at,
            "counts": m.counts.model_dump(),
            "usage": m.usage.model_dump(),
        }


def gold_fingerprint(path: Path) -> str:
    """sha256 of the gold file's bytes: eval.json says exactly which gold it used."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class GoldSet:
    """Loaded gold plus where it came from; load once, score several runs against it."""

    records: list[GoldRecord]
    label: str
    hash: str


GoldInput = Path | str | GoldSet | Sequence[GoldRecord]

# Scoring without gold: every gold metric is undefined, and what needs no gold
# (grounding, faithfulness, operations) is still measured. Its hash keeps eval.json
# files scored with gold apart from reference-free ones.
NO_GOLD = GoldSet([], "(no gold: reference-free metrics only)", "none")


def resolve_gold(gold: GoldInput) -> GoldSet:
    """A gold file path, an already loaded `GoldSet`, or records held in memory."""
    if isinstance(gold, GoldSet):
        return gold
    if isinstance(gold, (str, Path)):
        path = Path(gold)
        return GoldSet(load_gold(path), str(path), gold_fingerprint(path))
    records = list(gold)
    digest = stable_hash([r.model_dump(mode="json") for r in records], length=64)
    return GoldSet(records, "<in-memory gold>", "sha256:" + digest)


def _texts(
    run: RunData, gold: Mapping[str, GoldRecord], articles_file: Path | str | None
) -> dict[str, str]:
    """Article texts for grounding: gold text first, then the articles file (or the
    run's own input file when it still exists)."""
    texts: dict[str, str] = {}
    source = Path(articles_file) if articles_file else Path(run.manifest.input)
    missing = {i for i in run.predictions if not (i in gold and gold[i].text)}
    if missing and (articles_file or source.is_file()):
        fields = {} if articles_file else run.manifest.input_fields
        texts.update(
            load_texts(
                source,
                wanted=missing,
                id_field=fields.get("id", "id"),
                text_field=fields.get("text", "text"),
            )
        )
    texts.update({rid: rec.text for rid, rec in gold.items() if rec.text})
    return texts


def _worst(metric: Metric) -> float:
    return 0.0 if metric.higher_is_better else 1.0


def score_case(case: Case, scorers: Sequence[Scorer], weights: Mapping[str, float]) -> Scores:
    """All metrics of one article, `overall` included; a failed article earns nothing."""
    scores: Scores = {}
    for item in scorers:
        found = item(case)
        if case.status not in SUCCEEDED:
            for metric in item.metrics:
                if metric.needs_gold and found[metric.name] is not None:
                    found[metric.name] = _worst(metric)
        scores.update(found)
    scores["overall"] = overall(scores, weights)
    return scores


PARALLEL_MIN_ARTICLES = 2_000  # below this, starting processes costs more than it saves
_JOB: tuple[list[Case], Sequence[Scorer], Mapping[str, float]] | None = None


def _usable_cpus() -> int:
    """CPUs this process may run on (respects taskset/cgroup affinity where available)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _score_slice(bounds: tuple[int, int]) -> list[Scores]:
    """Runs in a forked worker, which inherits `_JOB` instead of unpickling the cases."""
    assert _JOB is not None
    cases, scorers, weights = _JOB
    return [score_case(case, scorers, weights) for case in cases[bounds[0] : bounds[1]]]


def score_cases(
    cases: list[Case],
    scorers: Sequence[Scorer],
    weights: Mapping[str, float],
    workers: int | None = None,
) -> list[Scores]:
    """Score cases in order; large runs are split over forked processes (CPU-bound work,
    so threads would not help). Where fork is unavailable, scoring stays sequential."""
    global _JOB
    workers = workers if workers is not None else min(_usable_cpus(), 8)
    if (
        workers <= 1
        or len(cases) < PARALLEL_MIN_ARTICLES
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return [score_case(case, scorers, weights) for case in cases]
    step = -(-len(cases) // (workers * 4))
    bounds = [(start, start + step) for start in range(0, len(cases), step)]
    _JOB = (cases, scorers, weights)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            chunks = pool.map(_score_slice, bounds)
    finally:
        _JOB = None
    return [scores for chunk in chunks for scores in chunk]


def score_run(
    run_dir: Path | str,
    gold: GoldInput,
    *,
    weights: Mapping[str, float] | None = None,
    articles_file: Path | str | None = None,
    scorers: Sequence[Scorer] | None = None,
    workers: int | None = None,
) -> EvalResult:
    """Score every article of a run; gold-less articles get only the no-gold metrics.

    `workers`: processes for large runs (default: one per CPU, at most 8; 1 = sequential).
    """
    run = read_run(run_dir)
    gold_set = resolve_gold(gold)
    by_id = {record.id: record for record in gold_set.records}
    active = list(scorers or DEFAULT_SCORERS)
    catalogue = metric_catalogue(active)
    chosen = validate_weights(weights if weights is not None else DEFAULT_WEIGHTS, catalogue)
    if by_id and run.predictions and by_id.keys().isdisjoint(run.predictions):
        raise GoldMismatchError(
            f"gold {gold_set.label} shares no article with {run.path} "
            f"({len(by_id)} gold records, {len(run.predictions)} articles in the run); "
            "pass the gold file made for this run's input"
        )
    texts = _texts(run, by_id, articles_file)
    # What is scored: reviewed gold only; a record holding only suggestions is no gold.
    reviewed = {rid: g for rid, rec in by_id.items() if (g := reviewed_gold(rec)) is not None}
    # One case per article, or per (article, sample) in a run made with --repeat.
    sampled = _sampled(run)
    cases = [
        Case(
            id=article_id,
            prediction=predicted.briefing if predicted else None,
            gold=reviewed.get(article_id),
            gold_source=by_id[article_id].source if article_id in by_id else None,
            text=texts.get(article_id),
            status=predicted.status if predicted else "missing",
            tokens=predicted.tokens if predicted else None,
            cost_usd=predicted.cost_usd if predicted else None,
            latency_s=predicted.latency_s if predicted else None,
        )
        for article_id, _, predicted in sampled
    ]
    missing = [rid for rid in reviewed if rid not in run.predictions]
    cases += [
        Case(
            id=rid,
            prediction=None,
            gold=reviewed[rid],
            gold_source=by_id[rid].source,
            status="missing",
        )
        for rid in missing
    ]
    messages = {rid: p.message for rid, p in run.predictions.items()}
    scored = score_cases(cases, active, chosen, workers)
    articles = _sample_means(run, sampled, scored[: len(sampled)], cases)
    articles += [
        ArticleResult(case.id, case.status, case.gold is not None, scores, "not in the run")
        for case, scores in zip(cases[len(sampled) :], scored[len(sampled) :], strict=True)
    ]
    articles = [
        article
        if article.status == "missing"
        else dataclasses.replace(article, message=messages.get(article.id))
        for article in articles
    ]
    return EvalResult(
        run=run,
        gold_label=gold_set.label,
        gold_hash=gold_set.hash,
        weights=chosen,
        metrics=catalogue,
        articles=articles,
        gold=by_id,
        missing_from_run=missing,
    )


def _sampled(run: RunData) -> list[tuple[str, int | None, Prediction | None]]:
    """(article, sample, its best record or None when missing) for every case to score.

    In a run made with `--repeat k` an article with sampled records gets k cases, a
    sample absent from the run being a `missing` case (it earns nothing); an article
    with no sampled record (an input error) and every article of a run without repeats
    get one case, from their best record."""
    k = run.repeat
    out: list[tuple[str, int | None, Prediction | None]] = []
    for article_id, best in run.predictions.items():
        found = run.samples.get(article_id)
        if k > 1 and found:
            out += [(article_id, s, found.get(s)) for s in range(k)]
        else:
            out.append((article_id, None, best))
    return out


def _sample_means(
    run: RunData,
    sampled: list[tuple[str, int | None, Prediction | None]],
    scored: list[Scores],
    cases: list[Case],
) -> list[ArticleResult]:
    """One `ArticleResult` per article: a sampled article's scores are each metric's
    mean over the samples that define it, with the samples kept beside them."""
    grouped: dict[str, list[tuple[int | None, Case, Scores]]] = {}
    for (article_id, sample, _), case, scores in zip(sampled, cases, scored, strict=False):
        grouped.setdefault(article_id, []).append((sample, case, scores))
    articles = []
    for article_id, entries in grouped.items():
        best = run.predictions[article_id]
        in_gold = entries[0][1].gold is not None
        if entries[0][0] is None:
            articles.append(ArticleResult(article_id, best.status, in_gold, entries[0][2]))
            continue
        samples = tuple(
            SampleResult(
                sample,
                case.status,
                scores,
                found.message
                if (found := run.samples[article_id].get(sample))
                else f"sample {sample} not in the run",
            )
            for sample, case, scores in entries
            if sample is not None
        )
        articles.append(
            ArticleResult(article_id, best.status, in_gold, mean_scores(samples), samples=samples)
        )
    return articles


def mean_scores(samples: Sequence[SampleResult]) -> Scores:
    """Each metric's mean over the samples where it is defined (None where none is)."""
    names = dict.fromkeys(name for x in samples for name in x.scores)
    means: Scores = {}
    for name in names:
        values = [v for x in samples if (v := x.scores.get(name)) is not None]
        means[name] = math.fsum(values) / len(values) if values else None
    return means
