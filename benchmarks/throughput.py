"""Batch engine benchmarks: throughput vs the ideal C/L, CPU per article, peak RSS over a
big archive, resume scan time, and for comparison a plain sequential instructor loop and
the bare SDK (`raw`: concurrent plain requests, the floor for one process).

    python benchmarks/throughput.py                     # everything but raw (~12 minutes)
    python benchmarks/throughput.py --only throughput,raw --concurrency 64
    python benchmarks/throughput.py --only rss --rss-articles 20000

The fake OpenAI-compatible server runs in its own process with a fixed latency L, so
the ideal throughput at concurrency C is C/L requests a second. Each phase runs in a
fresh subprocess, so peak RSS and CPU time belong to that phase alone. Numbers depend
on machine load: check `uptime` first and report it with the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TEXT = (
    "The foreign minister of Norway, Anne Dahl, met officials from Chile in Oslo on "
    '3 March 2024 to discuss a fisheries agreement. "We agreed on quotas for the next '
    'season," Dahl said after the talks, which lasted two days. '
) * 5


def write_archive(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(
                json.dumps(
                    {
                        "id": f"a{number}",
                        "title": f"Talks {number}",
                        "text": f"Story {number}. {TEXT}",
                    }
                )
                + "\n"
            )


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.fake_openai",
            "--port",
            "0",
            "--latency",
            str(latency),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) of a running child process; None off Linux."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop_server(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    process.wait(10)


# -- phases (each runs in its own subprocess) -------------------------------------------
async def phase_engine(args: dict[str, Any]) -> dict[str, Any]:
    """briefing's engine over `articles` articles against the server at `base_url`."""
    from newsbrief.backends import create_backend
    from newsbrief.run.local import RunOptions, run
    from newsbrief.run.window import EngineLimits

    work = Path(args["work"])
    archive = work / "archive.jsonl"
    write_archive(archive, args["articles"])
    options: dict[str, Any] = {}
    if args["model"].startswith("openai:"):
        options = {"base_url": args["base_url"], "max_reasks": 0}
    backend = create_backend(args["model"], **options)
    run_options = RunOptions(
        input=archive,
        run_dir=work / "run",
        concurrency=args["concurrency"],
        cache=False,
        quiet=True,
        limits=EngineLimits(max_error_rate=1.0),
    )
    rss_before = peak_rss_mb()
    cpu, wall = time.process_time(), time.perf_counter()
    _, manifest = await run(run_options, backend)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done = manifest.counts.ok + manifest.counts.errors
    return {
        "articles": done,
        "ok": manifest.counts.ok,
        "wall_s": wall,
        "rate": done / wall,
        "cpu_ms_per_article": 1000 * cpu / done,
        "peak_rss_mb": peak_rss_mb(),
        "rss_at_start_mb": rss_before,
    }


async def phase_sequential(args: dict[str, Any]) -> dict[str, Any]:
    """The plain loop people start with: one instructor call after another."""
    import instructor
    import openai

    from newsbrief.prompting.spec import load_prompt
    from newsbrief.schemas import Article, Briefing

    prompt = load_prompt("briefing@v1")
    client = instructor.from_openai(
        openai.AsyncOpenAI(base_url=args["base_url"], api_key="x"), mode=instructor.Mode.JSON
    )
    count = args["articles"]
    cpu, wall = time.process_time(), time.perf_counter()
    for number in range(count):
        article = Article(id=f"a{number}", text=f"Story {number}. {TEXT}")
        await client.chat.completions.create(
            model="test-model",
            response_model=Briefing,
            messages=prompt.render(article),
            max_retries=0,
        )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "articles": count,
        "wall_s": wall,
        "rate": count / wall,
        "cpu_ms_per_article": 1000 * cpu / count,
        "peak_rss_mb": peak_rss_mb(),
    }


async def phase_raw(args: dict[str, Any]) -> dict[str, Any]:
    """The floor: the bare SDK (aiohttp transport), `concurrency` loops of plain requests
    with the same messages, no instructor, validation, grounding or writer."""
    import openai

    from newsbrief.prompting.spec import load_prompt
    from newsbrief.schemas import Article

    prompt = load_prompt("briefing@v1")
    client = openai.AsyncOpenAI(
        base_url=args["base_url"],
        api_key="x",
        max_retries=0,
        http_client=openai.DefaultAioHttpClient(),
    )
    numbers = iter(range(args["articles"]))

    async def loop() -> None:
        for number in numbers:
            messages = prompt.render(Article(id=f"a{number}", text=f"Story {number}. {TEXT}"))
            await client.chat.completions.create(
                model="test-model",
                messages=messages,  # type: ignore[arg-type]
                response_format={"type": "json_object"},
                temperature=0.0,
                max_tokens=2048,
            )

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(args["concurrency"])))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    await client.close()
    count = args["articles"]
    return {"articles": count, "rate": count / wall, "cpu_ms_per_article": 1000 * cpu / count}


async def phase_resume(args: dict[str, Any]) -> dict[str, Any]:
    """Scan a run directory holding `ids` briefings (as written by the engine)."""
    from newsbrief.run.resume import id_key, scan_run_dir

    run_dir = Path(args["work"]) / "resume"
    run_dir.mkdir()
    template = await _one_record_line()
    head, tail = template.split('"id":"a0"', 1)
    with (run_dir / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for number in range(args["ids"]):
            handle.write(f'{head}"id":"a{number}"{tail}')
    size_mb = (run_dir / "briefings.jsonl").stat().st_size / 2**20
    wall = time.perf_counter()
    state = scan_run_dir(run_dir, checkpoint_briefings=args["ids"])
    wall = time.perf_counter() - wall
    assert state.briefings == args["ids"]
    assert id_key(f"a{args['ids'] - 1}") in state.index
    return {"ids": args["ids"], "file_mb": size_mb, "scan_s": wall, "peak_rss_mb": peak_rss_mb()}


async def phase_rerun(args: dict[str, Any]) -> dict[str, Any]:
    """Rerun a finished `ids`-article run: the scan plus reading and skipping the input."""
    from newsbrief.backends import create_backend
    from newsbrief.prompting.spec import load_prompt
    from newsbrief.run.local import RunOptions, run
    from newsbrief.run.rundir import write_manifest
    from newsbrief.run.session import RunIdentity, open_session

    work = Path(args["work"])
    archive, run_dir = work / "archive.jsonl", work / "run"
    write_archive(archive, args["ids"])
    backend = create_backend("baseline")
    session = open_session(run_dir, archive, RunIdentity.of(backend), load_prompt("briefing@v1"))
    session.close()
    head, tail = (await _one_record_line()).split('"id":"a0"', 1)
    with (run_dir / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for number in range(args["ids"]):
            handle.write(f'{head}"id":"a{number}"{tail}')
    session.manifest.counts.ok = session.manifest.counts.read = args["ids"]
    write_manifest(run_dir, session.manifest)
    wall = time.perf_counter()
    _, manifest = await run(RunOptions(input=archive, run_dir=run_dir, quiet=True), backend)
    wall = time.perf_counter() - wall
    assert manifest.counts.skipped == args["ids"]
    assert manifest.counts.ok == args["ids"]
    return {"ids": args["ids"], "rerun_s": wall, "peak_rss_mb": peak_rss_mb()}


async def _one_record_line() -> str:
    """A real briefings.jsonl line (baseline backend) to replicate."""
    from newsbrief.backends import create_backend
    from newsbrief.prompting.spec import load_prompt
    from newsbrief.schemas import Article
    from newsbrief.step.brief import brief_article

    record = await brief_article(
        Article(id="a0", text=f"Story 0. {TEXT}"),
        create_backend("baseline"),
        load_prompt("briefing@v1"),
        1,
    )
    return record.model_dump_json() + "\n"


PHASES = {
    "engine": phase_engine,
    "sequential": phase_sequential,
    "raw": phase_raw,
    "resume": phase_resume,
    "rerun": phase_rerun,
}


def run_phase(name: str, **args: Any) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as work:
        args["work"] = work
        out = subprocess.run(
            [sys.executable, __file__, "--phase", name, json.dumps(args)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "BRIEFING_CACHE_DIR": work},
        )
        if out.returncode != 0:
            raise SystemExit(f"phase {name} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


# -- the report ----------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("phase_args", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only",
        default="throughput,sequential,rss,resume,rerun",
        help="comma list of: throughput, sequential, raw, rss, resume, rerun",
    )
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64, 256])
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="ideal duration of each throughput run (sets the article count)",
    )
    parser.add_argument("--sequential-articles", type=int, default=20)
    parser.add_argument("--rss-articles", type=int, default=200_000)
    parser.add_argument("--resume-ids", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.phase:
        result = asyncio.run(PHASES[args.phase](json.loads(args.phase_args)))
        print(json.dumps(result))
        return
    only = set(args.only.split(","))
    print(
        f"# load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min); "
        f"cpus: {os.cpu_count()}",
        flush=True,
    )
    server, base_url = start_server(args.latency)
    try:
        if "throughput" in only:
            for concurrency in args.concurrency:
                ideal = concurrency / args.latency
                server_cpu = process_cpu_s(server.pid)
                result = run_phase(
                    "engine",
                    model="openai:test-model",
                    base_url=base_url,
                    concurrency=concurrency,
                    articles=int(ideal * args.seconds),
                )
                served = ""
                if server_cpu is not None:
                    spent = (process_cpu_s(server.pid) or server_cpu) - server_cpu
                    served = f"; fake server {1000 * spent / result['articles']:.2f} ms CPU/request"
                print(
                    f"throughput C={concurrency} L={args.latency}: {result['rate']:.1f}/s = "
                    f"{result['rate'] / ideal:.2f} x C/L ({ideal:.0f}/s); "
                    f"{result['cpu_ms_per_article']:.2f} ms CPU/article{served}; "
                    f"peak RSS {result['peak_rss_mb']:.0f} MB; {result['articles']} articles "
                    f"({result['ok']} ok); load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        if "raw" in only:
            for concurrency in args.concurrency:
                ideal = concurrency / args.latency
                result = run_phase(
                    "raw",
                    base_url=base_url,
                    concurrency=concurrency,
                    articles=int(ideal * args.seconds),
                )
                print(
                    f"bare SDK C={concurrency} L={args.latency}: {result['rate']:.1f}/s = "
                    f"{result['rate'] / ideal:.2f} x C/L; {result['cpu_ms_per_article']:.2f} "
                    f"ms CPU/request; load {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
        if "sequential" in only:
            result = run_phase("sequential", base_url=base_url, articles=args.sequential_articles)
            print(
                f"sequential instructor loop L={args.latency}: {result['rate']:.2f}/s "
                f"(ideal 1/L = {1 / args.latency:.1f}/s); "
                f"{result['cpu_ms_per_article']:.2f} ms CPU/article",
                flush=True,
            )
    finally:
        stop_server(server)
    if "rss" in only:
        result = run_phase(
            "engine", model="baseline", base_url="", concurrency=64, articles=args.rss_articles
        )
        print(
            f"peak RSS over {result['articles']} articles (baseline backend, C=64): "
            f"{result['peak_rss_mb']:.0f} MB (at start {result['rss_at_start_mb']:.0f} MB); "
            f"{result['rate']:.0f} articles/s; {result['cpu_ms_per_article']:.2f} ms CPU/article",
            flush=True,
        )
    if "resume" in only:
        result = run_phase("resume", ids=args.resume_ids)
        print(
            f"resume scan over {result['ids']} done ids ({result['file_mb']:.0f} MB "
            f"briefings.jsonl): {result['scan_s']:.2f} s; peak RSS {result['peak_rss_mb']:.0f} MB",
            flush=True,
        )
    if "rerun" in only:
        result = run_phase("rerun", ids=args.resume_ids)
        print(
            f"rerun of a finished {result['ids']}-article run (scan + read and skip the "
            f"input): {result['rerun_s']:.1f} s; peak RSS {result['peak_rss_mb']:.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
