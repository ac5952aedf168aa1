"""eval.json: the versioned, self-describing record of one scoring.

Written into the run directory so a report or a later comparison can say which gold
(by hash), which weights and which code scored which run, per article and in total.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsbrief.evals.compare import Comparison
from newsbrief.evals.scoring import ArticleResult, EvalResult
from newsbrief.inputs.jsonl import load_json_file
from newsbrief.schemas.records import utc_now

EVAL_FILE = "eval.json"
EVAL_FORMAT_VERSION = 1


def _article(a: ArticleResult) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": a.id,
        "status": a.status,
        "in_gold": a.in_gold,
        "scores": a.scores,
    }
    if a.samples:  # a --repeat run: scores are means; each sample's own, and the spread
        entry["spread"] = a.spread()
        entry["samples"] = [
            {"sample": x.sample, "status": x.status, "scores": x.scores} for x in a.samples
        ]
    return entry


def eval_payload(result: EvalResult, comparison: Comparison | None = None) -> dict[str, Any]:
    """Everything eval.json holds, as plain JSON types (`repeat` and `spread` only for a
    run made with `--repeat`; `comparison`, with the gate's verdict, only when written by
    `eval compare`, into run B's eval.json; `judge` only when --judge gave the faithfulness
    verdicts)."""
    samples: dict[str, Any] = (
        {"repeat": result.repeat, "spread": result.spread()} if result.repeat > 1 else {}
    )
    return {
        "format_version": EVAL_FORMAT_VERSION,
        "created_at": utc_now(),
        "run_dir": str(result.run_dir),
        "run": result.manifest_summary(),
        "gold": {
            "path": result.gold_label,
            "hash": result.gold_hash,
            "records": len(result.gold),
            "review": result.gold_review(),
        },
        "weights": result.weights,
        "coverage": result.coverage(),
        "metrics": {name: asdict(metric) for name, metric in result.metrics.items()},
        "aggregate": result.aggregate(),
        "faithfulness": result.faithfulness(),
        **({"judge": result.judge.model_dump(mode="json")} if result.judge else {}),
        "missing_from_run": result.missing_from_run,
        **samples,
        **({"comparison": comparison.as_dict()} if comparison is not None else {}),
        "articles": [_article(a) for a in result.articles],
    }


def set_aside_other_gold(result: EvalResult, path: Path | None = None) -> Path | None:
    """If the eval.json about to be written was scored with different gold, rename it
    to `eval.<gold hash prefix>.json` (never overwrite it silently); return the new name."""
    target = path or result.run_dir / EVAL_FILE
    data = load_json_file(target) if target.is_file() else None
    gold = data.get("gold") if isinstance(data, dict) else None
    previous = gold.get("hash") if isinstance(gold, dict) else None
    if not isinstance(previous, str) or previous == result.gold_hash:
        return None
    kept = target.with_name(f"{target.stem}.{previous.removeprefix('sha256:')[:12]}.json")
    os.replace(target, kept)
    return kept


def write_eval_file(
    result: EvalResult, path: Path | None = None, comparison: Comparison | None = None
) -> Path:
    """Write eval.json (atomically) into the run directory unless `path` says otherwise."""
    target = path or result.run_dir / EVAL_FILE
    tmp = target.with_name(target.name + ".tmp")
    payload = eval_payload(result, comparison)
    tmp.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
    return target
