"""Calibration of the `eval compare` gate: false alarms, interval coverage and power.

    .venv/bin/python benchmarks/gate_calibration.py [--pairs 2000] [--versions 40] [--seed 0]
        [--null-only]

For each dataset (the 60 Giveme5W1H dev articles, the 5 seeds) the baseline backend
briefs every article once; `--versions` independently perturbed copies of each briefing
are scored with the real scorers (each list item dropped with probability 0.3; each
5W1H answer, headline and summary blanked with probability 0.2 or swapped for another
article's with probability 0.15). A comparison draws n articles and, per article, one
random copy for run A and another for run B:

- null pairs: both copies from the same pool, so the true difference is zero;
- real drops: run B's `overall` lowered by 0.02, 0.03 or 0.05 on every article.

Each pair goes through the gate's own functions (`evals.stats.paired_tests`,
`evals.gate.gate_decisions`, one-sided): the primary gate (`overall` alone) and the
gate with every weighted metric named (Holm over the family). Reported: how often the
gate says "regression" (exit 1 under `--fail-on-regression`: a false alarm on a null
pair, power on a drop); how often it is undecided (exit 3: no significant drop on fewer
than the minimum 10 paired articles); how often `--max-drop overall=0.05` (the
deterministic tolerance, no statistics) fails; and how often the interval of `overall`
(90%: each end a one-sided 95% bound) and its upper end alone cover the true difference.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbrief.api import run_archive
from newsbrief.evals.gate import MIN_PAIRED, gate_decisions
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.metrics import DEFAULT_SCORERS
from newsbrief.evals.rundir_reader import read_run
from newsbrief.evals.scorer import Case
from newsbrief.evals.scoring import score_cases
from newsbrief.evals.stats import paired_tests
from newsbrief.evals.weights import DEFAULT_WEIGHTS
from newsbrief.schemas import Briefing

DATASETS = {
    "giveme5w1h-dev": ("examples/giveme5w1h-dev-articles.jsonl", "evals/gold/giveme5w1h-dev.jsonl"),
    "seeds": ("examples/seeds.jsonl", "evals/gold/seeds.jsonl"),
}
DROPS = (0.02, 0.03, 0.05)
MAX_DROP = 0.05  # the tolerance measured beside the significance gate
LISTS = ("key_points", "actors", "events", "quotes", "relations", "topics")
ANSWERS = ("what", "when", "where", "why", "how")


def perturb(briefing: Briefing, others: list[Briefing], rng: random.Random) -> Briefing:
    """A noisy copy: dropped list items, blanked or swapped answers and texts."""
    update: dict[str, object] = {
        name: [item for item in getattr(briefing, name) if rng.random() >= 0.3] for name in LISTS
    }
    five = briefing.five_w1h
    answers: dict[str, object] = {"who": [w for w in five.who if rng.random() >= 0.3]}
    for name in ANSWERS:
        draw = rng.random()
        if draw < 0.2:
            answers[name] = None
        elif draw < 0.35:
            answers[name] = getattr(rng.choice(others).five_w1h, name)
    update["five_w1h"] = five.model_copy(update=answers)
    for name in ("headline", "summary"):
        draw = rng.random()
        if draw < 0.2:
            update[name] = ""
        elif draw < 0.35:
            update[name] = getattr(rng.choice(others), name)
    return briefing.model_copy(update=update)


def score_pool(input_path: Path, gold_path: Path, versions: int, seed: int, work: Path):  # type: ignore[no-untyped-def]
    """Scores of every perturbed copy: array (versions x articles x metrics), names."""
    run_dir, _ = run_archive(input_path, run_dir=work / input_path.stem)
    run = read_run(run_dir)
    gold = {record.id: record for record in load_gold(gold_path)}
    ids = [i for i in run.predictions if i in gold]
    base = [run.predictions[i].briefing for i in ids]
    assert all(b is not None for b in base), "the baseline run failed on some article"
    rng = random.Random(seed)
    cases = [
        Case(id=i, prediction=perturb(b, base, rng), gold=gold[i].gold, gold_source=gold[i].source)  # type: ignore[arg-type]
        for _ in range(versions)
        for i, b in zip(ids, base, strict=True)
    ]
    scored = score_cases(cases, DEFAULT_SCORERS, DEFAULT_WEIGHTS, workers=1)
    names = ["overall"] + [
        m for m in DEFAULT_WEIGHTS if all(s.get(m) is not None for s in scored[: len(ids)])
    ]
    values = np.array([[s[m] for m in names] for s in scored], dtype=float)
    return values.reshape(versions, len(ids), len(names)), names


def simulate(pool: np.ndarray, n: int, pairs: int, drop: float, rng: np.random.Generator):  # type: ignore[no-untyped-def]
    """Paired score matrices (n x pairs) per metric for `pairs` comparisons."""
    versions, articles, _ = pool.shape
    chosen = np.argsort(rng.random((pairs, articles)), axis=1)[:, :n]  # without replacement
    pick_a = rng.integers(0, versions, (pairs, n))
    pick_b = rng.integers(0, versions, (pairs, n))
    a = pool[pick_a, chosen]  # pairs x n x metrics
    b = pool[pick_b, chosen].copy()
    b[:, :, 0] -= drop  # overall only
    return a, b


def evaluate(
    pool: np.ndarray, names: list[str], n: int, pairs: int, drop: float, seed: int
) -> dict:
    rng = np.random.default_rng(seed)
    a, b = simulate(pool, n, pairs, drop, rng)
    per_metric = [paired_tests(a[:, :, j].T, b[:, :, j].T) for j in range(len(names))]
    primary_fail = family_fail = undecided = tolerance_fail = covered = upper_covered = 0
    for r in range(pairs):
        tests = [per_metric[j][r] for j in range(len(names))]
        assert all(t is not None for t in tests)
        p = [t.p_lower for t in tests]  # type: ignore[union-attr]  # every metric: higher is better
        worse = [-t.diff for t in tests]  # type: ignore[union-attr]
        primary = any(gate_decisions(p[:1], worse[:1], [0.0])[1])
        primary_fail += primary
        family_fail += any(gate_decisions(p, worse, [0.0] * len(p))[1])
        undecided += not primary and n < MIN_PAIRED
        tolerance_fail += worse[0] > MAX_DROP
        overall = tests[0]
        # The exact test's bounds are observed differences, so a bound can equal the
        # truth; 1e-9 keeps float rounding of "- drop" from calling that a miss.
        covered += overall.low - 1e-9 <= -drop <= overall.high + 1e-9  # type: ignore[union-attr]
        upper_covered += -drop <= overall.high + 1e-9  # type: ignore[union-attr]
    mde = float(np.median([t.mde for t in per_metric[0] if t and t.mde is not None] or [np.nan]))
    return {
        "primary": primary_fail / pairs,
        "family": family_fail / pairs,
        "undecided": undecided / pairs,
        "tolerance": tolerance_fail / pairs,
        "coverage": covered / pairs,
        "upper": upper_covered / pairs,
        "mde": mde,
        "gated": len(names),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--versions", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--null-only", action="store_true", help="Only the null rows (false alarms)."
    )
    args = parser.parse_args()
    started = time.perf_counter()
    print(
        "| data | n | scenario | regression (exit 1): overall | overall + weighted (Holm) "
        "| undecided (exit 3) | --max-drop 0.05 fails | 90% interval covers | upper bound "
        "covers | median MDE |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, (articles, gold) in DATASETS.items():
            pool, names = score_pool(
                ROOT / articles, ROOT / gold, args.versions, args.seed, Path(tmp)
            )
            for n in (5, 20, 60):
                if n > pool.shape[1]:
                    continue
                for drop in (0.0,) if args.null_only else (0.0, *DROPS):
                    got = evaluate(pool, names, n, args.pairs, drop, args.seed + n)
                    scenario = "null" if drop == 0 else f"drop {drop:.2f}"
                    print(
                        f"| {label} | {n} | {scenario} | {got['primary']:.1%} | "
                        f"{got['family']:.1%} ({got['gated']} metrics) | "
                        f"{got['undecided']:.1%} | {got['tolerance']:.1%} | "
                        f"{got['coverage']:.1%} | {got['upper']:.1%} | {got['mde']:.3f} |"
                    )
    print(
        f"\n{args.pairs} pairs per row, {args.versions} perturbed copies per article, "
        f"minimum {MIN_PAIRED} paired articles; {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
