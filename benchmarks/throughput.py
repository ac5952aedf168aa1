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


def write_archive(path: Path, count: int, answers: str = "realistic") -> None:
    """`count` articles: the real articles shipped in `examples/` in turn, each under a
    new id and with a line of its own at the end, so no two texts are the same
    (`realistic`); the same with a word of its own in every sentence, so no sentence or
    claim repeats either (`distinct`: what per-sentence caches meet in a real archive);
    or the old short synthetic story (`small`)."""
    from tests.support.realistic_briefing import archive_copy, distinct_copy, example_articles

    real = example_articles()
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            if answers == "small":
                row = {
                    "id": f"a{number}",
                    "title": f"Talks {number}",
                    "text": f"Story {number}. {TEXT}",
                }
            else:
                source = real[number % len(real)]
                row = {
                    "id": f"a{number}",
                    "title": source.get("title"),
                    "published": source.get("published"),
                    "text": (distinct_copy if answers == "distinct" else archive_copy)(
                        source["text"], number
                    ),
                }
            handle.write(json.dumps(row) + "\n")


def archive_articles(path: Path) -> list[Any]:
    """The archive as `Article`s (the raw and sequential loops render the same prompts)."""
    from newsbrief.schemas import Article

    with path.open(encoding="utf-8") as handle:
        return [Article.model_validate_json(line) for line in handle]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_server(
    latency: float | str,
    answers: str = "realistic",
    ttft: float = 0.5,
    decode_rate: float = 60.0,
) -> tuple[subprocess.Popen[str], str]:
    """The fake server in its own process, answering `realistic` (model-sized briefings
    of each article) or `small` (the three-sentence answers of the earlier rows), after
    `latency` seconds, or with `latency="model"` after `ttft` plus the answer's tokens
    at `decode_rate` a second (`tests.support.fake_openai.LatencyModel`)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.support.fake_openai",
            "--port",
            "0",
            "--latency",
            str(latency),
            "--ttft",
            str(ttft),
            "--decode-rate",
            str(decode_rate),
            "--answers",
            answers,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def openai_options(base_url: str, mode: str = "json") -> dict[str, Any]:
    """The openai backend's settings in every engine benchmark (local and Ray)."""
    return {
        "base_url": base_url,
        "max_reasks": 0,
        "mode": mode,
        # a 128k-token model, as gpt-4o-class models are: no article is split
        "context_tokens": 128_000,
    }


def latency_arg(text: str) -> float | str:
    """--latency values: seconds, or 'model'."""
    if text == "model":
        return text
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write seconds (0.25) or 'model'") from None


def mean_completion_tokens(run_dir: Path) -> float:
    """Mean answer tokens the server reported (usage) over a run's records: what the
    latency model's time per answer was computed from."""
    tokens = []
    with (run_dir / "briefings.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            tokens.append(json.loads(line)["usage"]["completion_tokens"])
    return sum(tokens) / len(tokens) if tokens else 0.0


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
def current_rss_mb() -> float:
    """This process's resident set now (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class RssSampler:
    """Resident set size every `interval` seconds in a thread, for the slope of a run."""

    def __init__(self, interval: float = 1.0, log: str | None = None) -> None:
        import threading

        self.samples: list[tuple[float, float]] = []
        # a long run also appends each minute's sample to `log` (seconds, MB), so a run
        # stopped before its end still shows its curve
        self._log = Path(log) if log else None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)

    def _sample(self, interval: float) -> None:
        started = time.perf_counter()
        while not self._stop.wait(interval):
            self.samples.append((time.perf_counter() - started, current_rss_mb()))
            if self._log is not None and len(self.samples) % 60 == 0:
                with self._log.open("a", encoding="utf-8") as handle:
                    handle.write(f"{self.samples[-1][0]:.0f} {self.samples[-1][1]:.1f}\n")

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def slope_mb_per_min(self) -> float | None:
        """Least-squares slope over the second half of the run (start-up left out)."""
        half = self.samples[len(self.samples) // 2 :]
        if len(half) < 3:
            return None
        n = len(half)
        mean_t = sum(t for t, _ in half) / n
        mean_r = sum(r for _, r in half) / n
        var = sum((t - mean_t) ** 2 for t, _ in half)
        cov = sum((t - mean_t) * (r - mean_r) for t, r in half)
        return 60 * cov / var if var else None


async def phase_engine(args: dict[str, Any]) -> dict[str, Any]:
    """briefing's engine over `articles` articles against the server at `base_url`;
    with `stages`, CPU per article by stage (benchmarks/stage_cpu.py)."""
    from contextlib import nullcontext

    from benchmarks.stage_cpu import stage_clock
    from newsbrief.backends import create_backend
    from newsbrief.run.local import RunOptions, run
    from newsbrief.run.window import EngineLimits

    work = Path(args["work"])
    archive = work / "archive.jsonl"
    write_archive(archive, args["articles"], args.get("answers", "realistic"))
    options: dict[str, Any] = {}
    if args["model"].startswith("openai:"):
        options = openai_options(args["base_url"], args.get("mode", "json"))
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
    with (
        stage_clock() if args.get("stages") else nullcontext() as clock,
        RssSampler(log=args.get("rss_log")) as rss,
    ):
        cpu, wall = time.process_time(), time.perf_counter()
        _, manifest = await run(run_options, backend)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    done = manifest.counts.ok + manifest.counts.errors
    return {
        "articles": done,
        "ok": manifest.counts.ok,
        "partial": _partial_count(work / "run"),
        "wall_s": wall,
        "rate": done / wall,
        "cpu_ms_per_article": 1000 * cpu / done,
        "peak_rss_mb": peak_rss_mb(),
        "rss_at_start_mb": rss_before,
        "rss_slope_mb_per_min": rss.slope_mb_per_min(),
        "stages": clock.report(cpu, done) if clock is not None else None,
        "completion_tokens": mean_completion_tokens(work / "run") if args.get("tokens") else None,
    }


def _partial_count(run_dir: Path) -> int:
    """Records whose status is partial (a strict policy removed something)."""
    with (run_dir / "briefings.jsonl").open(encoding="utf-8") as handle:
        return sum('"status":"partial"' in line for line in handle)


async def phase_sequential(args: dict[str, Any]) -> dict[str, Any]:
    """The plain loop people start with: one instructor call after another."""
    import instructor
    import openai

    from newsbrief.prompting.spec import load_prompt
    from newsbrief.schemas import Briefing

    prompt = load_prompt("briefing@v1")
    client = instructor.from_openai(
        openai.AsyncOpenAI(base_url=args["base_url"], api_key="x"), mode=instructor.Mode.JSON
    )
    count = args["articles"]
    archive = Path(args["work"]) / "archive.jsonl"
    write_archive(archive, count, args.get("answers", "realistic"))
    cpu, wall = time.process_time(), time.perf_counter()
    for article in archive_articles(archive):
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

    prompt = load_prompt("briefing@v1")
    client = openai.AsyncOpenAI(
        base_url=args["base_url"],
        api_key="x",
        max_retries=0,
        http_client=openai.DefaultAioHttpClient(),
    )
    archive = Path(args["work"]) / "archive.jsonl"
    write_archive(archive, args["articles"], args.get("answers", "realistic"))
    articles = iter(archive_articles(archive))

    async def loop() -> None:
        for article in articles:
            messages = prompt.render(article)
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
def print_stages(result: dict[str, Any], concurrency: int) -> None:
    """The CPU per article of each stage, largest first, and the total."""
    stages = dict(result["stages"])
    total = stages.pop("total")
    print(
        f"CPU per article by stage (C={concurrency}, {result['articles']} articles, "
        f"{result['ok']} ok, {result['partial']} partial; load {os.getloadavg()[0]:.2f}):",
        flush=True,
    )
    for stage, ms in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {stage:<38} {ms:6.2f} ms  {100 * ms / total:5.1f}%", flush=True)
    print(f"  {'total':<38} {total:6.2f} ms", flush=True)


def print_rss(result: dict[str, Any], what: str) -> None:
    slope = result["rss_slope_mb_per_min"]
    trend = f"; RSS slope over the second half {slope:+.2f} MB/min" if slope is not None else ""
    print(
        f"peak RSS over {result['articles']} articles ({what}, C=64): "
        f"{result['peak_rss_mb']:.0f} MB (at start {result['rss_at_start_mb']:.0f} MB){trend}; "
        f"{result['rate']:.0f} articles/s; {result['cpu_ms_per_article']:.2f} ms CPU/article; "
        f"load {os.getloadavg()[0]:.2f}",
        flush=True,
    )


def throughput_rows(
    args: argparse.Namespace,
    only: set[str],
    server: subprocess.Popen[str],
    base_url: str,
    latency: float | str,
    concurrency: int,
) -> None:
    """The engine and the bare SDK at one concurrency, against the server at hand.

    Under a fixed L the ideal is C/L and the article count C/L x --seconds; under the
    latency model each of the C loops makes --cycles requests, and the ideal is C over
    the mean modelled time per answer (from the answers' token counts in the run)."""
    common = {"answers": args.answers, "mode": args.mode}
    if isinstance(latency, float):
        count, label = int(concurrency / latency * args.seconds), f"L={latency}"
    else:
        count = concurrency * args.cycles
        label = f"L=model ({args.ttft} s + tokens / {args.decode_rate:g} a second)"
    ideal = concurrency / latency if isinstance(latency, float) else None
    result: dict[str, Any] = {}
    if "throughput" in only:
        server_cpu = process_cpu_s(server.pid)
        result = run_phase(
            "engine",
            model="openai:test-model",
            base_url=base_url,
            concurrency=concurrency,
            articles=count,
            tokens=True,
            **common,
        )
        if ideal is None:
            seconds = args.ttft + result["completion_tokens"] / args.decode_rate
            ideal = concurrency / seconds
            label += f", mean {seconds:.1f} s per answer ({result['completion_tokens']:.0f} tokens)"
        served = ""
        if server_cpu is not None:
            spent = (process_cpu_s(server.pid) or server_cpu) - server_cpu
            served = f"; fake server {1000 * spent / result['articles']:.2f} ms CPU/request"
        print(
            f"throughput C={concurrency} {label}: {result['rate']:.1f}/s = "
            f"{result['rate'] / ideal:.2f} x C/L ({ideal:.1f}/s); "
            f"{result['cpu_ms_per_article']:.2f} ms CPU/article{served}; "
            f"peak RSS {result['peak_rss_mb']:.0f} MB; {result['articles']} articles "
            f"({result['ok']} ok, {result['partial']} partial); "
            f"load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
    if "raw" in only:
        raw = run_phase("raw", base_url=base_url, concurrency=concurrency, articles=count, **common)
        versus = ""
        if result:
            versus = f"; engine / bare SDK = {result['rate'] / raw['rate']:.2f}"
        of_ideal = f" = {raw['rate'] / ideal:.2f} x C/L" if ideal else ""
        print(
            f"bare SDK C={concurrency} {label}: {raw['rate']:.1f}/s{of_ideal}; "
            f"{raw['cpu_ms_per_article']:.2f} ms CPU/request{versus}; "
            f"load {os.getloadavg()[0]:.2f}",
            flush=True,
        )


def client_phases(args: argparse.Namespace, only: set[str], base_url: str) -> None:
    """The sequential instructor loop and the long openai-path RSS run."""
    common = {"answers": args.answers, "mode": args.mode}
    latency = args.latency[0]
    if "sequential" in only:
        result = run_phase(
            "sequential", base_url=base_url, articles=args.sequential_articles, **common
        )
        ideal = f" (ideal 1/L = {1 / latency:.1f}/s)" if isinstance(latency, float) else ""
        print(
            f"sequential instructor loop L={latency}: {result['rate']:.2f}/s{ideal}; "
            f"{result['cpu_ms_per_article']:.2f} ms CPU/article",
            flush=True,
        )
    if "rss-openai" in only:
        result = run_phase(
            "engine",
            model="openai:test-model",
            base_url=base_url,
            concurrency=64,
            articles=args.rss_articles,
            rss_log=args.rss_log,
            **common,
        )
        print_rss(result, "openai path, fake server")


def main() -> None:
    from tests.support.fake_openai import add_latency_model_options

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("phase_args", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only",
        default="stages,throughput,raw,sequential,rss,resume,rerun",
        help="comma list of: stages, throughput, raw, sequential, rss, rss-openai, resume, rerun",
    )
    parser.add_argument(
        "--answers",
        choices=("realistic", "distinct", "small"),
        default="realistic",
        help="the fake server's answers: model-sized briefings of real articles "
        "(realistic; distinct: every sentence of every copy new), or the three-sentence "
        "answers of the earlier rows (small)",
    )
    parser.add_argument("--mode", choices=("json", "tools"), default="json")
    parser.add_argument("--stage-concurrency", type=int, default=64)
    parser.add_argument("--stage-articles", type=int, default=2000)
    parser.add_argument(
        "--latency",
        type=latency_arg,
        nargs="+",
        default=[0.25],
        help="the fake server's time per answer: seconds (a fixed L), or 'model' (--ttft "
        "plus the answer's tokens / --decode-rate); several values run the throughput "
        "and raw rows under each, the other phases under the first",
    )
    add_latency_model_options(parser)
    parser.add_argument(
        "--cycles",
        type=int,
        default=3,
        help="latency model: requests each of the C loops makes (sets the article count)",
    )
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16, 64, 256])
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="ideal duration of each throughput run (sets the article count)",
    )
    parser.add_argument("--sequential-articles", type=int, default=20)
    parser.add_argument("--rss-articles", type=int, default=200_000)
    parser.add_argument(
        "--rss-log", help="append a (seconds, MB) line each minute of the rss-openai run"
    )
    parser.add_argument("--resume-ids", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.phase:
        result = asyncio.run(PHASES[args.phase](json.loads(args.phase_args)))
        print(json.dumps(result))
        return
    only = set(args.only.split(","))
    print(
        f"# load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min); "
        f"cpus: {os.cpu_count()}; answers: {args.answers}; mode: {args.mode}",
        flush=True,
    )
    common = {"answers": args.answers, "mode": args.mode}
    for index, latency in enumerate(args.latency):
        server, base_url = start_server(latency, args.answers, args.ttft, args.decode_rate)
        try:
            if index == 0 and "stages" in only:
                print_stages(
                    run_phase(
                        "engine",
                        model="openai:test-model",
                        base_url=base_url,
                        concurrency=args.stage_concurrency,
                        articles=args.stage_articles,
                        stages=True,
                        **common,
                    ),
                    args.stage_concurrency,
                )
            for concurrency in args.concurrency:
                throughput_rows(args, only, server, base_url, latency, concurrency)
            if index == 0:
                client_phases(args, only, base_url)
        finally:
            stop_server(server)
    if "rss" in only:
        result = run_phase(
            "engine", model="baseline", base_url="", concurrency=64, articles=args.rss_articles
        )
        print_rss(result, "baseline backend")
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
