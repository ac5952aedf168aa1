"""Hostile inputs: time to brief or refuse huge articles, RSS over a gzip bomb, and how
long the event loop was ever held while that happened.

    python benchmarks/hostile_inputs.py                      # everything, issue sizes
    python benchmarks/hostile_inputs.py --only refuse,bomb   # some parts
    python benchmarks/hostile_inputs.py --bomb-gib 1 --blank-millions 5   # shorter

Parts (each runs `newsbrief.run.local.run` with the baseline backend in a fresh
subprocess, so peak RSS is that part's alone):

- small: three small articles: the start-up floor for RSS and loop lag.
- refuse: one 50 MB article between two small ones, default limits: the article is an
  input error (over --max-text-chars), the others are briefed.
- brief: articles of 0.1 / 0.5 / 1 MB with --max-text-chars 0: time to brief each.
- bomb: a .jsonl.gz whose one line decompresses to --bomb-gib GiB, then a small article:
  the line is skipped unread in 1 MiB pieces; peak RSS is the figure.
- blank: a .jsonl.gz of --blank-millions million blank lines, then an article.

"max loop lag" is the longest a 10 ms `asyncio.sleep` overshot during the run (after a
warm-up run in the same process): how long the event loop, and every request in flight
with it, was held by one piece of work. Work moved to a thread still holds the loop for
as long as one C call keeps the GIL (`json.loads` of one line, one regex pass).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

PARA = (
    "The foreign minister of Norway, Anne Dahl, met officials in Oslo on 3 March 2024 to "
    'discuss fisheries. "We agreed on quotas for the next season," Dahl said after the '
    "talks. The European Union welcomed the deal. "
)


def article_line(ident: str, chars: int = 300) -> bytes:
    text = (PARA * (chars // len(PARA) + 1))[:chars]
    return json.dumps({"id": ident, "title": "Talks", "text": text}).encode() + b"\n"


def write_gzip(path: Path, pieces) -> None:  # type: ignore[no-untyped-def]
    """Stream pieces through zlib into a gzip file (never the whole thing in memory)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    with path.open("wb") as handle:
        for piece in pieces:
            handle.write(packer.compress(piece))
        handle.write(packer.flush())


def make_input(part: str, folder: Path, args: argparse.Namespace) -> tuple[Path, int]:
    """The input file for a part, and --max-text-chars to run it with (-1: default)."""
    if part == "small":
        path = folder / "small.jsonl"
        path.write_bytes(b"".join(article_line(f"a{n}") for n in range(3)))
        return path, -1
    if part == "refuse":
        path = folder / "refuse.jsonl"
        path.write_bytes(
            article_line("before") + article_line("huge", 50_000_000) + article_line("after")
        )
        return path, -1
    if part.startswith("brief-"):
        size = int(float(part.removeprefix("brief-")) * 1_000_000)
        path = folder / f"{part}.jsonl"
        path.write_bytes(article_line("before") + article_line("big", size))
        return path, 0
    if part == "bomb":
        path = folder / "bomb.jsonl.gz"
        chunk = b"x" * (1 << 20)
        total = args.bomb_gib << 10

        def pieces():  # type: ignore[no-untyped-def]
            yield b'{"id": "bomb", "text": "'
            for _ in range(total):
                yield chunk
            yield b'"}\n' + article_line("after")

        write_gzip(path, pieces())
        return path, -1
    if part == "blank":
        path = folder / "blank.jsonl.gz"
        block = b"\n" * (1 << 20)
        blocks = int(args.blank_millions * 1_000_000) >> 20
        write_gzip(path, [block] * blocks + [article_line("after")])
        return path, -1
    raise SystemExit(f"unknown part {part}")


async def _measure(path: Path, max_text_chars: int) -> dict[str, object]:
    from newsbrief.backends import create_backend
    from newsbrief.inputs.lines import InputLimits
    from newsbrief.run.local import RunOptions, run

    lag = 0.0

    async def watch() -> None:
        nonlocal lag
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.01)
            lag = max(lag, time.perf_counter() - before - 0.01)

    limits = InputLimits() if max_text_chars < 0 else InputLimits(max_text_chars=max_text_chars)
    with tempfile.TemporaryDirectory() as warm:  # imports, regexes, schemas: not measured
        small = Path(warm) / "small.jsonl"
        small.write_bytes(b"".join(article_line(f"w{n}") for n in range(3)))
        await run(
            RunOptions(input=small, run_dir=Path(warm) / "run", quiet=True, cache=False),
            create_backend("baseline"),
        )
    watcher = asyncio.create_task(watch())
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as run_dir:
        _, manifest = await run(
            RunOptions(
                input=path, run_dir=Path(run_dir), quiet=True, cache=False, input_limits=limits
            ),
            create_backend("baseline"),
        )
        errors = (Path(run_dir) / "errors.jsonl").read_text()
    wall = time.perf_counter() - started
    watcher.cancel()
    return {
        "wall_s": round(wall, 2),
        "ok": manifest.counts.ok,
        "errors": manifest.counts.errors,
        "status": manifest.status,
        "max_loop_lag_ms": round(lag * 1000, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "error": json.loads(errors.splitlines()[0])["message"][:90] if errors.strip() else "",
    }


def child(path: str, max_text_chars: int) -> None:
    print(json.dumps(asyncio.run(_measure(Path(path), max_text_chars))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="small,refuse,brief,bomb,blank")
    parser.add_argument("--brief-mb", default="0.1,0.5,1")
    parser.add_argument("--bomb-gib", type=int, default=4)
    parser.add_argument("--blank-millions", type=float, default=20)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    parts: list[str] = []
    for part in args.only.split(","):
        parts += [f"brief-{mb}" for mb in args.brief_mb.split(",")] if part == "brief" else [part]
    print(f"load average {os.getloadavg()[0]:.1f}, python {sys.version.split()[0]}")
    print("| part | input | wall s | ok | errors | max loop lag ms | peak RSS MB | note |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for part in parts:
            made = time.perf_counter()
            path, max_chars = make_input(part, Path(tmp), args)
            size = path.stat().st_size
            made_s = time.perf_counter() - made
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path), str(max_chars)],
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode:
                print(f"| {part} | failed: {out.stderr.strip().splitlines()[-1]} |")
                continue
            got = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"| {part} | {size / 1e6:,.1f} MB on disk (made in {made_s:.0f} s) | "
                f"{got['wall_s']} | {got['ok']} | {got['errors']} | {got['max_loop_lag_ms']} | "
                f"{got['peak_rss_mb']} | {got['error']} |",
                flush=True,
            )
            path.unlink()


if __name__ == "__main__":
    main()
