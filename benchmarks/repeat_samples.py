"""Repeated samples (`--repeat k`) in `eval compare`: why the gate tests articles, not
samples, and what k buys.

    .venv/bin/python benchmarks/repeat_samples.py [--pairs 400] [--versions 40] [--seed 0]

The 60 Giveme5W1H dev articles are briefed once by the baseline backend and each
briefing gets `--versions` perturbed copies, scored by the real scorers, exactly as in
`benchmarks/gate_calibration.py` (its `score_pool`). A run with k samples per article
takes k random copies of each article's pool: the copies stand in for a model's
samples (their spread is the perturbation's, not a real model's). A comparison draws
n articles and a k-sample run A and run B over them:

- null: both runs from the same pools (no difference at all);
- null + article effects (sd 0.03 or 0.10): run B's samples of article i shifted by
  d_i ~ N(0, sd), the same for its k samples: B suits some articles and not others,
  with no difference on average over articles (the population a gate speaks for);
- drop 0.03: run B's `overall` lowered by 0.03 on every sample.

Each comparison goes through the gate's own `paired_tests` and `gate_decisions` twice:
with `clusters=` (the article of each row, as `eval compare` does) and with the n x k
rows taken as independent pairs (what pairing samples without clusters would do).
Reported: how often the gate exits 1 on `overall`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gate_calibration import DATASETS, score_pool

from newsbrief.evals.compare import gate_decisions
from newsbrief.evals.stats import paired_tests

EFFECT_SDS = (0.03, 0.10)
DROP = 0.03


def draw(pool: np.ndarray, n: int, k: int, pairs: int, rng: np.random.Generator) -> tuple:
    """`overall` of runs A and B: (n * k rows, sample-major per article) x pairs."""
    versions, articles = pool.shape[0], pool.shape[1]
    chosen = np.argsort(rng.random((pairs, articles)), axis=1)[:, :n]  # pairs x n
    rows = np.repeat(chosen, k, axis=1)  # pairs x (n * k)
    a = pool[rng.integers(0, versions, rows.shape), rows, 0]
    b = pool[rng.integers(0, versions, rows.shape), rows, 0]
    return a.T.copy(), b.T.copy()


def fails(a: np.ndarray, b: np.ndarray, clusters: list[str] | None) -> float:
    """Share of comparisons (columns) where the gate on `overall` exits 1."""
    tests = paired_tests(a, b, clusters=clusters)
    failed = 0
    for test in tests:
        assert test is not None
        failed += any(gate_decisions([test.p_lower], [-test.diff], [0.0])[1])
    return failed / len(tests)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=400)
    parser.add_argument("--versions", type=int, default=40)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    articles, gold = DATASETS["giveme5w1h-dev"]
    with tempfile.TemporaryDirectory() as tmp:
        pool, _ = score_pool(ROOT / articles, ROOT / gold, args.versions, args.seed, Path(tmp))
    spread = float(np.mean(pool[:, :, 0].std(axis=0, ddof=1)))
    print(f"mean sd of overall across one article's copies: {spread:.3f}\n")
    print(
        "| n articles | k samples | scenario | exits 1: clusters (articles) | rows as independent |"
    )
    print("|---|---|---|---|---|")
    for n in (20, 60):
        for k in (1, 3, 5):
            clusters = [str(row // k) for row in range(n * k)]
            effects = [f"null + article effects sd {sd:.2f}" for sd in EFFECT_SDS]
            for number, scenario in enumerate(["null", *effects, f"drop {DROP:.2f}"]):
                rng = np.random.default_rng([args.seed, n, k, number])
                a, b = draw(pool, n, k, args.pairs, rng)
                if scenario.startswith("null +"):
                    sd = EFFECT_SDS[number - 1]
                    b += np.repeat(rng.normal(0.0, sd, (n, args.pairs)), k, axis=0)
                elif scenario.startswith("drop"):
                    b -= DROP
                with_clusters = fails(a, b, clusters)
                naive = fails(a, b, None) if k > 1 else with_clusters
                print(
                    f"| {n} | {k} | {scenario} | {with_clusters:.1%} | "
                    f"{naive:.1%}{'' if k > 1 else ' (same)'} |"
                )
    print(f"\n{args.pairs} comparisons per row; {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
