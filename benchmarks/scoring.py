"""Scoring benchmark: score 10,000 synthetic briefings against gold, then compare two
runs with the paired one-sided tests the gate uses (exact sign-flip, Student's t).

    .venv/bin/python benchmarks/scoring.py [--articles 10000]

Synthetic gold records have realistic sizes (headline, 50-word summary, 5 key points,
5 actors, 4 dated events, 3 quotes, 2 relations, topics, full 5W1H); predictions are
perturbed copies (dropped, reworded and invented items, shifted dates), so matching and
ROUGE do real work. Timings are wall-clock on whatever machine runs this.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbrief.evals.compare import compare_results
from newsbrief.evals.scoring import score_run
from newsbrief.schemas import (
    Briefing,
    BriefingRecord,
    GoldRecord,
    Manifest,
    Provenance,
    Usage,
)

# Vocabulary of the synthetic texts.
_VOCABULARY = (
    "army minister talks border security trade agreement visit capital cooperation council "
    "election budget court ruling protest energy pipeline summit delegation region peace "
    "exercise navy treaty tariff growth inflation report commission statement crisis reform "
    "vote parliament leaders officials sanctions aid"
)
_SURNAMES = (
    "Sochan Manet Zamrose Ahmad Nguyen Siti Tan Lim Rahman Suharto Wong Chen Kumar Devi "
    "Santos Reyes Garcia Ortiz Haddad Nasser Okafor Mensah Ivanova Petrov"
)
WORDS, NAMES = _VOCABULARY.split(), _SURNAMES.split()
PROVENANCE = Provenance(
    backend="bench",
    model="bench",
    prompt_id="briefing",
    prompt_version=1,
    prompt_hash="0" * 16,
    schema_hash="0" * 16,
)


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def name(rng: random.Random) -> str:
    return f"{rng.choice(NAMES)} {rng.choice(NAMES)}"


def gold_record(rng: random.Random, i: int) -> GoldRecord:
    actors = [
        {
            "names": [name(rng)],
            "kind": rng.choice(["person", "organisation"]),
            "role": sentence(rng, 2),
        }
        for _ in range(5)
    ]
    return GoldRecord.model_validate(
        {
            "id": f"a{i:05d}",
            "gold": {
                "headline": [sentence(rng, 8)],
                "summary": [sentence(rng, 50)],
                "key_points": [{"alternatives": [sentence(rng, 10)]} for _ in range(5)],
                "actors": actors,
                "events": [
                    {
                        "what": [sentence(rng, 8)],
                        "when": f"2022-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    }
                    for _ in range(4)
                ],
                "quotes": [
                    {"speaker": actors[k]["names"], "text": sentence(rng, 12)} for k in range(3)
                ],
                "relations": [
                    {"parties": [name(rng), name(rng)], "kind": "cooperation"} for _ in range(2)
                ],
                "topics": ["politics", "defence"],
                "five_w1h": {
                    "who": [{"alternatives": a["names"]} for a in actors[:2]],
                    "what": [{"alternatives": [sentence(rng, 6)]}],
                    "when": [{"alternatives": ["March 3"]}],
                    "where": [{"alternatives": ["Phnom Penh"]}],
                    "why": "not stated",
                    "how": [{"alternatives": [sentence(rng, 5)]}],
                },
            },
        }
    )


def perturb(rng: random.Random, text: str, rate: float) -> str:
    return " ".join(rng.choice(WORDS) if rng.random() < rate else w for w in text.split())


def prediction(rng: random.Random, record: GoldRecord, rate: float) -> Briefing:
    g = record.gold

    def keep(items):
        return [x for x in items if rng.random() > rate]

    return Briefing.model_validate(
        {
            "headline": perturb(rng, g.headline[0], rate),
            "summary": perturb(rng, g.summary[0], rate),
            "key_points": [perturb(rng, p.alternatives[0], rate) for p in keep(g.key_points)]
            + [sentence(rng, 10)],
            "actors": [{"name": a.names[0], "kind": a.kind, "role": a.role} for a in keep(g.actors)]
            + [{"name": name(rng), "kind": "person"}],
            "events": [
                {
                    "what": perturb(rng, e.what[0], rate),
                    "when": e.when if rng.random() > rate else e.when[:7],
                }
                for e in keep(g.events)
            ],
            "quotes": [
                {"speaker": q.speaker[0], "text": perturb(rng, q.text, rate / 3)}
                for q in keep(g.quotes)
            ],
            "relations": [
                {"parties": r.parties, "kind": "cooperation", "description": "d"}
                for r in keep(g.relations)
            ],
            "topics": ["politics", "economy"],
            "five_w1h": {
                "who": [a.names[0] for a in g.actors[:2]],
                "what": sentence(rng, 6),
                "when": "March 3",
                "where": "Phnom Penh",
                "why": None,
                "how": sentence(rng, 5),
            },
        }
    )


def write_run(path: Path, records: list[GoldRecord], rng: random.Random, rate: float) -> None:
    path.mkdir(parents=True)
    manifest = Manifest(
        run_id=path.name,
        input="synthetic",
        code_version="bench",
        started_at="2026-01-01",
        **PROVENANCE.model_dump(),
    )
    (path / "manifest.json").write_text(manifest.model_dump_json(), encoding="utf-8")
    with (path / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            out = BriefingRecord(
                id=record.id,
                briefing=prediction(rng, record, rate),
                provenance=PROVENANCE,
                usage=Usage(prompt_tokens=900, completion_tokens=300),
                latency_s=rng.uniform(0.5, 3),
            )
            handle.write(out.model_dump_json() + "\n")
    (path / "errors.jsonl").write_text("", encoding="utf-8")


def _children_cpu() -> float:
    """CPU seconds of finished child processes (the scoring workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        records = [gold_record(rng, i) for i in range(args.articles)]
        gold = root / "gold.jsonl"
        gold.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
        write_run(root / "run-a", records, rng, rate=0.2)
        write_run(root / "run-b", records, rng, rate=0.15)
        started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        result_a = score_run(root / "run-a", gold)
        score_s, score_cpu = time.perf_counter() - started, time.process_time() - cpu
        workers_cpu = _children_cpu() - children
        result_b = score_run(root / "run-b", gold)
        started, cpu = time.perf_counter(), time.process_time()
        comparison = compare_results(result_a, result_b)
        compare_s, compare_cpu = time.perf_counter() - started, time.process_time() - cpu
    overall = comparison.row("overall")
    print(
        json.dumps(
            {
                "articles": args.articles,
                "metrics": len(result_a.metrics),
                "score_run_wall_s": round(score_s, 2),
                "score_run_cpu_s": round(score_cpu, 2),
                "score_run_workers_cpu_s": round(workers_cpu, 2),
                "compare_wall_s": round(compare_s, 2),
                "compare_cpu_s": round(compare_cpu, 2),
                "overall_a": round(overall.mean_a, 4) if overall else None,
                "overall_b": round(overall.mean_b, 4) if overall else None,
                "overall_diff_ci": [round(overall.low, 4), round(overall.high, 4)]
                if overall
                else None,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
