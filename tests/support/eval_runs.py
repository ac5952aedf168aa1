"""Hand-made run directories and gold files for evals tests (no model involved)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from newsbrief.schemas import (
    Briefing,
    BriefingRecord,
    ErrorRecord,
    GoldRecord,
    Manifest,
    Provenance,
    RunCounts,
    Usage,
)

PROVENANCE = Provenance(
    backend="baseline",
    model="baseline",
    prompt_id="briefing",
    prompt_version=1,
    prompt_hash="p" * 16,
    schema_hash="s" * 16,
)


def finished_manifest(run_dir: Path, **fields: object) -> Manifest:
    """The manifest of a finished baseline run named after its folder; `fields` override."""
    values: dict[str, object] = {
        "run_id": run_dir.name,
        "input": "missing.jsonl",
        "backend": "baseline",
        "model": "baseline",
        "prompt_id": "briefing",
        "prompt_version": 1,
        "prompt_hash": "p" * 16,
        "schema_hash": "s" * 16,
        "code_version": "test",
        "started_at": "2026-01-01T00:00:00+00:00",
        "status": "finished",
    }
    return Manifest.model_validate({**values, **fields})


def write_run(
    run_dir: Path,
    briefings: Mapping[str, Briefing],
    *,
    errors: Mapping[str, str] | None = None,
    invalid: Sequence[dict] = (),
    tokens: int = 100,
    latency_s: float = 0.5,
    input_path: str = "missing.jsonl",
) -> Path:
    """A run directory as `briefing run` writes it: manifest, briefings, errors."""
    run_dir.mkdir(parents=True, exist_ok=True)
    errors = dict(errors or {})
    manifest = finished_manifest(
        run_dir,
        input=input_path,
        counts=RunCounts(read=len(briefings) + len(errors), ok=len(briefings), errors=len(errors)),
    )
    (run_dir / "manifest.json").write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    with (run_dir / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, briefing in briefings.items():
            record = BriefingRecord(
                id=article_id,
                briefing=briefing,
                provenance=PROVENANCE,
                usage=Usage(
                    prompt_tokens=tokens, completion_tokens=tokens // 2, cost_usd=tokens * 1e-6
                ),
                latency_s=latency_s,
            )
            handle.write(record.model_dump_json() + "\n")
        for raw in invalid:
            handle.write(json.dumps(raw) + "\n")
    with (run_dir / "errors.jsonl").open("w", encoding="utf-8") as handle:
        for article_id, message in errors.items():
            handle.write(
                ErrorRecord(
                    id=article_id,
                    kind="validation",
                    message=message,
                    usage=Usage(prompt_tokens=tokens),
                ).model_dump_json()
                + "\n"
            )
    return run_dir


def write_gold(path: Path, records: Sequence[GoldRecord]) -> Path:
    path.write_text(
        "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records), encoding="utf-8"
    )
    return path


def briefing(**fields: object) -> Briefing:
    """A valid briefing with a default headline and summary, overridden by `fields`."""
    data: dict[str, object] = {
        "headline": "Armies agree to cooperate",
        "summary": "Cambodia and Malaysia agreed to cooperate.",
    }
    data.update(fields)
    return Briefing.model_validate(data)


def paired_runs(root: Path, articles: int = 30) -> tuple[Path, Path, Path]:
    """Gold plus two runs over the same articles: run A finds both actors of every
    article; run B finds only the first (actors recall 1.0 -> 0.5, F1 1.0 -> 2/3),
    except in article 0 where B is perfect too. Headlines are identical in both."""
    gold, run_a, run_b = [], {}, {}
    for i in range(articles):
        names = [f"Minister Number{i} Alpha", f"General Number{i} Bravo"]
        gold.append(
            GoldRecord.model_validate(
                {
                    "id": f"art-{i:02d}",
                    "title": f"Article {i}",
                    "gold": {
                        "headline": [f"Ministers meet for talks number {i}"],
                        "actors": [{"names": [n], "kind": "person"} for n in names],
                    },
                }
            )
        )
        headline = f"Ministers meet for talks number {i}"
        actors = [{"name": n, "kind": "person"} for n in names]
        run_a[f"art-{i:02d}"] = briefing(headline=headline, actors=actors)
        run_b[f"art-{i:02d}"] = briefing(headline=headline, actors=actors if i == 0 else actors[:1])
    gold_path = write_gold(root / "gold.jsonl", gold)
    return gold_path, write_run(root / "run-a", run_a), write_run(root / "run-b", run_b, tokens=80)
