"""The regression gate's one verdict: `regression`, `no regression` or `undecided`.

`decide` computes it once per comparison; the terminal, `eval.json`, the HTML report and
the workspace all render this object (`Verdict.as_dict` is the form every output reads),
so they cannot disagree about the outcome, its reason, a row's p or its colour.

The gate asks a one-sided question, "is B worse than A?", at 0.05:

- **Significance.** `overall` plus the metrics named by `--gate` or `--threshold` form
  one family; each metric's one-sided p of "worse" (exact sign-flip up to 16 articles,
  Student's t above; `newsbrief.evals.stats`) is Holm-adjusted, and a metric regresses
  when its adjusted p is below 0.05 and it got worse by more than its threshold. The
  test's error rate holds at every n, so a significant drop counts however few articles
  there are (5 of 5 worse: p = 1/32).
- **Tolerance** (`--max-drop METRIC=DROP`), reported apart: the observed mean drop of
  METRIC on the paired articles exceeds DROP. Deterministic, whatever n.

Undecided, in this order: the runs are not comparable (different article sets, a run
not finished, unless partial runs are allowed); every paired article failed in a run;
too few paired articles (below `min_paired`) to vouch for "no regression" when no
tolerance was set. A regression found by either route wins over "too few"; "no
regression" needs `min_paired` articles or a `--max-drop` that held.

Rows: every comparison row prints the one-sided p in the direction it moved (gated rows
Holm-adjusted over the family) and is marked `worse` or `better` exactly when that p is
below 0.05; its interval's ends are the same test's one-sided 95% bounds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsbrief.evals.scorer import Metric
from newsbrief.evals.stats import ALPHA, holm
from newsbrief.evals.usage_errors import CompareError

MIN_PAIRED = 10  # below this many paired articles only a regression or --max-drop decides

REGRESSION = "regression"
NO_REGRESSION = "no regression"
UNDECIDED = "undecided"

NOT_COMPARABLE = "runs not comparable"
ALL_FAILED = "every article failed"
TOO_FEW = "too few articles"

TONES = {REGRESSION: "bad", UNDECIDED: "warn", NO_REGRESSION: "ok"}


@dataclass(frozen=True)
class MetricComparison:
    """One metric, B minus A: means, difference, one-sided 95% bounds and p-values."""

    metric: Metric
    n: int
    mean_a: float
    mean_b: float
    diff: float
    low: float  # -inf: unbounded (fewer than 5 articles under the exact test)
    high: float
    p_lower: float  # one-sided p that B - A is below zero
    p_upper: float
    method: str = "t"
    mde: float | None = None  # smallest drop the one-sided test finds 80% of the time

    @property
    def name(self) -> str:
        return self.metric.name

    def worsened_by(self) -> float:
        """How much worse B is than A (positive = worse), whatever the metric's direction."""
        return 0.0 - self.diff if self.metric.higher_is_better else self.diff + 0.0

    @property
    def p_worse(self) -> float:
        """One-sided p that B is worse than A (the gate's question)."""
        return self.p_lower if self.metric.higher_is_better else self.p_upper

    @property
    def p_better(self) -> float:
        return self.p_upper if self.metric.higher_is_better else self.p_lower


@dataclass(frozen=True)
class GateSettings:
    """What the gate watches: `overall` plus named metrics, tolerated drops, tolerances."""

    thresholds: Mapping[str, float] = field(default_factory=dict)
    named: tuple[str, ...] = ()
    allow_partial: bool = False
    min_paired: int = MIN_PAIRED
    max_drops: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class GateCheck:
    """One metric of the significance family: its row, Holm-adjusted p, outcome."""

    row: MetricComparison
    p_adjusted: float
    threshold: float
    regressed: bool


@dataclass(frozen=True)
class ToleranceCheck:
    """One `--max-drop`: the observed mean drop (None: metric undefined) and its limit."""

    metric: str
    drop: float | None
    limit: float

    @property
    def exceeded(self) -> bool:
        return self.drop is not None and self.drop > self.limit


@dataclass(frozen=True)
class RowMark:
    """How every output shows one row: the p printed and the mark it implies."""

    p: float
    mark: str  # worse | better | n.s.
    gated: bool

    @property
    def css(self) -> str:
        return "ns" if self.mark == "n.s." else self.mark


@dataclass
class Verdict:
    """The gate's answer with its reason and every part that led to it."""

    outcome: str  # regression | no regression | undecided
    reason: str
    undecided_because: str | None  # runs not comparable | every article failed | too few
    checks: list[GateCheck]
    tolerances: list[ToleranceCheck]
    marks: dict[str, RowMark]
    coverage_problems: list[str]
    allow_partial: bool
    paired: int
    min_paired: int
    mde: float | None = None  # overall's detectable drop (None where it says nothing)

    @property
    def regressions(self) -> list[MetricComparison]:
        """Metrics that got significantly worse beyond their threshold."""
        return [check.row for check in self.checks if check.regressed]

    @property
    def exceeded(self) -> list[ToleranceCheck]:
        return [check for check in self.tolerances if check.exceeded]

    @property
    def failed(self) -> bool:
        return self.outcome == REGRESSION

    @property
    def undecided(self) -> bool:
        return self.outcome == UNDECIDED

    @property
    def too_few(self) -> bool:
        return self.paired < self.min_paired

    @property
    def tone(self) -> str:
        """bad | warn | ok: the colour of the verdict in every output."""
        return TONES[self.outcome]

    def summary(self) -> str:
        """One line for a terminal or a banner: the outcome and its reason."""
        return f"{self.outcome}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON types (infinite bounds as null): what eval.json stores and every
        output renders."""
        return {
            "outcome": self.outcome,
            "reason": self.reason,
            "undecided_because": self.undecided_because,
            "tone": self.tone,
            "one_sided": True,
            "alpha": ALPHA,
            "paired": self.paired,
            "min_paired": self.min_paired,
            "mde_overall": self.mde,
            "coverage_problems": self.coverage_problems,
            "allow_partial": self.allow_partial,
            "significance": [
                {
                    "metric": check.row.name,
                    "a": check.row.mean_a,
                    "b": check.row.mean_b,
                    "diff": check.row.diff,
                    "low": finite(check.row.low),
                    "high": finite(check.row.high),
                    "p": check.p_adjusted,
                    "threshold": check.threshold,
                    "regressed": check.regressed,
                }
                for check in self.checks
            ],
            "tolerance": [
                {
                    "metric": check.metric,
                    "drop": check.drop,
                    "max_drop": check.limit,
                    "exceeded": check.exceeded,
                }
                for check in self.tolerances
            ],
        }


def finite(value: float) -> float | None:
    """A bound as JSON can hold it: None for an unbounded end."""
    return value if math.isfinite(value) else None


def gate_decisions(
    p_worse: Sequence[float], worsened_by: Sequence[float], thresholds: Sequence[float]
) -> tuple[list[float], list[bool]]:
    """The significance route on one family: Holm-adjusted one-sided p-values, and per
    metric whether it regressed (adjusted p < 0.05, worse beyond its threshold).
    `benchmarks/gate_calibration.py` calibrates exactly this function."""
    adjusted = holm(p_worse)
    regressed = [
        p < ALPHA and worse > limit
        for p, worse, limit in zip(adjusted, worsened_by, thresholds, strict=True)
    ]
    return adjusted, regressed


def _marks(rows: Sequence[MetricComparison], gated: Sequence[str]) -> dict[str, RowMark]:
    """The p each row prints (one-sided, in the direction it moved; Holm over the gated
    family for gated rows) and the mark that p gives."""
    family = [r for r in rows if r.name in set(gated)]
    worse = dict(zip([r.name for r in family], holm([r.p_worse for r in family]), strict=True))
    better = dict(zip([r.name for r in family], holm([r.p_better for r in family]), strict=True))
    marks = {}
    for row in rows:
        is_gated = row.name in worse
        if row.worsened_by() > 0:
            p, direction = (worse[row.name] if is_gated else row.p_worse), "worse"
        elif row.worsened_by() < 0:
            p, direction = (better[row.name] if is_gated else row.p_better), "better"
        else:
            p, direction = (worse[row.name] if is_gated else row.p_worse), "n.s."
        marks[row.name] = RowMark(p, direction if p < ALPHA else "n.s.", is_gated)
    return marks


def _fmt_drop(check: ToleranceCheck) -> str:
    if check.drop is None:
        return f"{check.metric} is defined on no paired article (--max-drop not checked)"
    relation = "more than" if check.exceeded else "at most"
    return f"{check.metric} dropped {check.drop:.3f}, {relation} --max-drop {check.limit:g}"


def decide(
    rows: Sequence[MetricComparison],
    settings: GateSettings,
    *,
    paired: int,
    coverage_problems: Sequence[str],
    all_failed: Sequence[str],
) -> Verdict:
    """The verdict of one comparison (see the module docstring for the rules).

    `all_failed` names the runs ("A", "B") in which every paired article failed."""
    wanted = {"overall", *settings.named, *settings.thresholds}
    family = [r for r in rows if r.name in wanted]
    adjusted, regressed = gate_decisions(
        [r.p_worse for r in family],
        [r.worsened_by() for r in family],
        [settings.thresholds.get(r.name, 0.0) for r in family],
    )
    checks = [
        GateCheck(row, p, settings.thresholds.get(row.name, 0.0), flag)
        for row, p, flag in zip(family, adjusted, regressed, strict=True)
    ]
    by_name = {r.name: r for r in rows}
    tolerances = [
        ToleranceCheck(name, by_name[name].worsened_by() if name in by_name else None, limit)
        for name, limit in settings.max_drops.items()
    ]
    marks = _marks(rows, [r.name for r in family])
    too_few = paired < settings.min_paired
    primary = by_name.get("overall")
    mde = primary.mde if primary and primary.mde and not too_few else None
    blocked = bool(coverage_problems) and not settings.allow_partial
    significant = [c for c in checks if c.regressed]
    exceeded = [t for t in tolerances if t.exceeded]
    because: str | None = None
    if blocked:
        outcome, because = UNDECIDED, NOT_COMPARABLE
        reason = (
            f"{NOT_COMPARABLE}: {'; '.join(coverage_problems)} (rerun, or compare the "
            "shared articles with --allow-partial)"
        )
    elif all_failed:
        outcome, because = UNDECIDED, ALL_FAILED
        runs = " and ".join(f"run {label}" for label in all_failed)
        reason = (
            f"{ALL_FAILED} in {runs} ({paired} paired): nothing was scored to compare; "
            "fix the run and compare again"
        )
    elif significant or exceeded:
        outcome = REGRESSION
        parts = [
            f"{c.row.name} got significantly worse ({c.row.mean_a:.3f} -> {c.row.mean_b:.3f}, "
            f"one-sided p {c.p_adjusted:.4f}"
            + (f", threshold {c.threshold:g})" if c.threshold else ")")
            for c in significant
        ]
        parts += [_fmt_drop(t) for t in exceeded]
        reason = "; ".join(parts)
    elif too_few and not any(t.drop is not None for t in tolerances):
        outcome, because = UNDECIDED, TOO_FEW
        reason = (
            f"{TOO_FEW}: {paired} paired, fewer than {settings.min_paired}; no significant "
            "drop, but so few articles cannot show there is none (score a larger gold set, "
            "or set --max-drop)"
        )
    else:
        outcome = NO_REGRESSION
        names = ", ".join(c.row.name for c in checks)
        if too_few:
            reason = (
                f"{'; '.join(_fmt_drop(t) for t in tolerances)}; {paired} paired articles "
                f"are too few for the significance test (fewer than {settings.min_paired})"
            )
        else:
            reason = f"no gated metric got significantly worse ({names}; {paired} paired articles)"
            if tolerances:
                reason += "; " + "; ".join(_fmt_drop(t) for t in tolerances)
    return Verdict(
        outcome,
        reason,
        because,
        checks,
        tolerances,
        marks,
        list(coverage_problems),
        settings.allow_partial,
        paired,
        settings.min_paired,
        mde,
    )


def parse_metric_values(
    specs: Iterable[str], known: Iterable[str], option: str
) -> dict[str, float]:
    """`metric=0.02` strings -> {metric: 0.02}; unknown names and bad numbers are errors."""
    names = set(known)
    out: dict[str, float] = {}
    for spec in specs:
        metric, sep, value = spec.partition("=")
        metric = metric.strip()
        if not sep or metric not in names:
            raise CompareError(
                f"bad {option} {spec!r}: write METRIC=DROP with a metric such "
                "as overall or actors.f1 (see `briefing eval compare --help`)"
            )
        try:
            number = float(value)
        except ValueError:
            raise CompareError(f"bad {option} {spec!r}: {value!r} is not a number") from None
        if not math.isfinite(number) or number < 0:
            raise CompareError(f"bad {option} {spec!r}: the drop must be a number >= 0")
        out[metric] = number
    return out
