"""Robustness of the openai path against model slips: one run per answer persona.

Each persona of the fake server (`tests/support/personas.py`) makes one kind of slip on
every answer. For each, the real pipeline (engine, openai SDK, instructor, repairs,
grounding, salvage) briefs the seeds and the 60 Giveme5W1H articles, twice over with
distinct ids (130 articles), and the table reports the share of articles ending ok,
partial and error, requests and tokens per article, and articles lost or duplicated.
`--done-when` adds the acceptance case: dates written as in the article, 30% injected
faults (429, 500, connection resets, broken bodies, malformed JSON), 120 articles.

    python benchmarks/robustness.py                 # every persona + the done-when case
    python benchmarks/robustness.py --only dates_as_written,truncated --mode md_json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsbrief.backends import create_backend
from newsbrief.backends.openai_api.transport import RetryPolicy
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import read_briefings, read_errors
from newsbrief.run.window import EngineLimits
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.personas import PERSONAS

SOURCES = [REPO / "examples" / "seeds.jsonl", REPO / "examples" / "giveme5w1h-dev-articles.jsonl"]
DONE_WHEN_FAULTS = {"429": 0.06, "500": 0.06, "reset": 0.06, "bad_body": 0.06, "malformed": 0.06}
FAST = RetryPolicy(max_retries=4, backoff_initial=0.01, backoff_max=0.05, jitter=0.1,
                   retry_after_cap=0.05)  # fmt: skip


def write_articles(path: Path, count: int) -> int:
    """`count` articles: the seeds and Giveme5W1H articles, repeated with new ids."""
    pool = [json.loads(line) for source in SOURCES for line in source.read_text().splitlines()]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            article = dict(pool[number % len(pool)])
            article["id"] = f"{article['id']}#{number // len(pool)}"
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    return count


async def brief_all(
    name: str, path: Path, count: int, mode: str, faults: dict[str, float] | None = None
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        run_dir = Path(tmp) / "run"
        async with FakeOpenAIServer(persona=name, faults=faults, seed=11, record=False) as srv:
            backend = create_backend(
                "openai:test-model", base_url=srv.base_url, api_key="test", mode=mode,
                retry_policy=FAST, timeout=5.0, max_reasks=2,
            )  # fmt: skip
            options = RunOptions(
                input=path, run_dir=run_dir, quiet=True, concurrency=16, cache=False,
                limits=EngineLimits(max_error_rate=1.0),
            )  # fmt: skip
            started = time.perf_counter()
            _, manifest = await run(options, backend)
            elapsed = time.perf_counter() - started
        briefings, errors = list(read_briefings(run_dir)), list(read_errors(run_dir))
    seen = Counter([*(r.id for r in briefings), *(e.id for e in errors)])
    status = Counter(r.status for r in briefings)
    usage = manifest.usage
    return {
        "persona": name,
        "articles": count,
        "ok": status["ok"] / count,
        "partial": status["partial"] / count,
        "error": len(errors) / count,
        "requests": usage.requests / count,
        "reasks": sum(r.reasks for r in briefings) / count,
        "prompt_tokens": usage.prompt_tokens / count,
        "completion_tokens": usage.completion_tokens / count,
        "lost": count - len(seen),
        "duplicated": sum(n - 1 for n in seen.values()),
        "repairs": sum(manifest.repairs.values()),
        "seconds": round(elapsed, 1),
    }


def table(rows: list[dict[str, Any]]) -> str:
    head = ("| persona | articles | ok | partial | error | requests/article | prompt tok/article "
            "| completion tok/article | re-asks/article | lost | duplicated | repairs |")  # fmt: skip
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        lines.append(
            f"| {r['persona']} | {r['articles']} | {r['ok']:.1%} | {r['partial']:.1%} "
            f"| {r['error']:.1%} | {r['requests']:.2f} | {r['prompt_tokens']:.0f} "
            f"| {r['completion_tokens']:.0f} | {r['reasks']:.2f} | {r['lost']} "
            f"| {r['duplicated']} | {r['repairs']} |"
        )
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=130)
    parser.add_argument(
        "--mode", default="json", choices=["json", "md_json", "tools", "json_schema"]
    )
    parser.add_argument("--only", default="", help="comma-separated personas")
    parser.add_argument("--no-done-when", action="store_true")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(PERSONAS)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        count = write_articles(path, args.articles)
        for name in names:
            rows.append(await brief_all(name, path, count, args.mode))
            print(table(rows[-1:]).splitlines()[-1], flush=True)
        if not args.no_done_when:
            write_articles(path, 120)
            row = await brief_all("dates_as_written", path, 120, args.mode, DONE_WHEN_FAULTS)
            row["persona"] = "done-when: dates as written + 30% faults"
            rows.append(row)
    print(f"\nmode {args.mode}\n")
    print(table(rows))


if __name__ == "__main__":
    asyncio.run(main())
