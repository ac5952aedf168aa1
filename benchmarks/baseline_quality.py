"""Baseline quality: per-question 5W1H scores and milliseconds per article.

Briefs the Giveme5W1H development articles and the seeds with the deterministic
`baseline` backend, scores them against their gold with the evals harness, and times the
rules alone (no run directory, no grounding) per article.

    .venv/bin/python benchmarks/baseline_quality.py            # both sets
    .venv/bin/python benchmarks/baseline_quality.py --json     # machine-readable

The question scores are token-F1 of the answer against the best gold phrase (who: F1 of
the names against the coders' phrases); `mean 5W1H` is the mean of the six.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsbrief.api import run_archive, score_run
from newsbrief.backends.baseline.rules import compose_briefing
from newsbrief.inputs.reader import FieldMap, read_articles
from newsbrief.schemas import Article

REPO = Path(__file__).resolve().parents[1]
SETS = {
    "giveme5w1h-dev": (
        REPO / "examples" / "giveme5w1h-dev-articles.jsonl",
        REPO / "evals" / "gold" / "giveme5w1h-dev.jsonl",
    ),
    "seeds": (REPO / "examples" / "seeds.jsonl", REPO / "evals" / "gold" / "seeds.jsonl"),
}
QUESTIONS = ("who", "what", "when", "where", "why", "how")


def _question_metric(question: str) -> str:
    return "five_w1h.who.f1" if question == "who" else f"five_w1h.{question}.token_f1"


def measure(name: str, articles: Path, gold: Path, repeats: int = 5) -> dict[str, float | None]:
    with tempfile.TemporaryDirectory() as tmp:
        run_dir, _ = run_archive(articles, out=Path(tmp), model="baseline", quiet=True, cache=False)
        result = score_run(run_dir, gold, workers=1)
    summary = result.aggregate()
    row: dict[str, float | None] = {}
    for question in QUESTIONS:
        mean = summary.get(_question_metric(question), {}).get("mean")
        row[question] = None if mean is None else round(float(mean), 3)
    scored = [v for v in row.values() if v is not None]
    row["mean_5w1h"] = round(sum(scored) / len(QUESTIONS), 3)
    overall = summary.get("overall", {}).get("mean")
    row["overall"] = None if overall is None else round(float(overall), 3)
    loaded = [a for _, a in read_articles(articles, FieldMap()) if isinstance(a, Article)]
    started = time.perf_counter()
    for _ in range(repeats):
        for article in loaded:
            compose_briefing(article)
    row["ms_per_article"] = round(
        (time.perf_counter() - started) * 1000 / (repeats * len(loaded)), 2
    )
    row["articles"] = len(loaded)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    rows = {name: measure(name, *paths) for name, paths in SETS.items()}
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    columns = [*QUESTIONS, "mean_5w1h", "overall", "ms_per_article"]
    print("| set | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for name, row in rows.items():
        cells = ["-" if row[c] is None else str(row[c]) for c in columns]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
