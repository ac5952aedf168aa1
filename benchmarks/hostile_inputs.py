"""Hostile inputs: time to brief or refuse huge articles, RSS over a gzip bomb, and how
long the event loop was ever held while that happened.

    python benchmarks/hostile_inputs.py                      # everything, issue sizes
    python benchmarks/hostile_inputs.py --only refuse,bomb   # some parts
    python benchmarks/hostile_inputs.py --bomb-gib 1 --blank-millions 5   # shorter
    python benchmarks/hostile_inputs.py --only shapes        # time per MB of each shape

Parts (each runs `newsbrief.run.local.run` with the baseline backend in a fresh
subprocess, so peak RSS is that part's alone):

- small: three small articles: the start-up floor for RSS and loop lag.
- refuse: one 50 MB article between two small ones, default limits: the article is an
  input error (over --max-text-chars), the others are briefed.
- brief: articles of 0.1 / 0.5 / 1 MB with --max-text-chars 0: time to brief each.
- bomb: a .jsonl.gz whose one line decompresses to --bomb-gib GiB, then a small article:
  the line is skipped unread in 1 MiB pieces; peak RSS is the figure.
- blank: a .jsonl.gz of --blank-millions million blank lines, then an article.
- shapes: one article of --shape-chars characters in each hostile shape (prose for
  reference, blank lines, no punctuation, all capitals, capitalised words, an HTML page
  whose one tag has --html-attributes attributes), each in a fresh subprocess: CPU
  seconds per MB of every check an article meets (injection scan, sentence splitting,
  the baseline backend's whole step, the grounding an LLM answer gets, HTML parsing),
  and each figure as a multiple of the same check on ordinary prose (goal: <= 3x).

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


WORDS = (
    "the council met in the town hall on monday and agreed to repair the bridge over the "
    "river before winter while residents asked for more buses "
)
SHAPES = ("prose", "blank", "nopunct", "caps", "capwords", "html-prose", "html-attrs")
CHECKS = ("injection", "sentences", "baseline step", "llm grounding", "html parse")


def shape_text(shape: str, chars: int) -> str:
    """An article of `chars` characters in one hostile shape (plain text shapes)."""
    if shape == "blank":  # a paragraph, then 20,000 blank lines, again and again
        unit = PARA + "\n" * 20_000
    else:
        unit = {"prose": PARA, "nopunct": WORDS, "caps": PARA.upper(), "capwords": WORDS.title()}[
            shape
        ]
    return (unit * (chars // len(unit) + 1))[:chars]


def shape_page(shape: str, chars: int, attributes: int) -> bytes:
    """A saved page holding a prose article of `chars` characters; `html-attrs` adds
    one tag with `attributes` attributes (the issue's 300,000)."""
    paragraphs = "".join(f"<p>{n}. {PARA}</p>" for n in range(chars // len(PARA) + 1))
    bloat = ""
    if shape == "html-attrs":
        bloat = "<div " + " ".join(f'a{i}="x"' for i in range(attributes)) + ">x</div>"
    return (
        "<html><head><title>Talks</title></head><body>"
        f"{bloat}<article><h1>Talks</h1>{paragraphs}</article></body></html>"
    ).encode()


def llm_briefing():  # type: ignore[no-untyped-def]
    """What an LLM answer about the prose article looks like: prose, names, quotes (one
    not in the text), an event: the grounding every openai/llamacpp answer gets."""
    from newsbrief.schemas import Actor, Briefing, Event, Quote

    return Briefing(
        headline="Norway and EU agree fisheries quotas",
        summary=(
            "Norway's foreign minister Anne Dahl agreed fishing quotas with the European "
            "Union in Oslo on 3 March 2024. The deal covers the next season and was "
            "welcomed by Brussels, which had not expected it."
        ),
        key_points=[
            "Anne Dahl met officials in Oslo.",
            "The EU welcomed the 12% cut in quotas.",
            "Talks with Iceland did not happen.",
        ],
        actors=[
            Actor(name="Anne Dahl", kind="person", role="foreign minister"),
            Actor(name="European Union", kind="organisation"),
            Actor(name="Jonas Gahr Store", kind="person"),
        ],
        quotes=[
            Quote(speaker="Anne Dahl", text="We agreed on quotas for the next season"),
            Quote(speaker="Ursula von der Leyen", text="This is a good day for our fishermen"),
        ],
        events=[
            Event(what="Norway and the EU agreed quotas", when_text="3 March 2024", where="Oslo")
        ],
    )


def shape_child(shape: str, chars: int, attributes: int) -> dict[str, float]:
    """CPU seconds of each check on one article of `shape` (run in a fresh process)."""
    from pydantic import ValidationError

    from newsbrief.backends.baseline.rules.compose import compose_briefing
    from newsbrief.grounding.apply import finish_briefing
    from newsbrief.grounding.policy import DEFAULT_POLICY
    from newsbrief.inputs.html import html_article
    from newsbrief.schemas import Article
    from newsbrief.text.cleaning import clean_article
    from newsbrief.text.injection import detect_injection, injected_spans
    from newsbrief.text.sentences import split_sentences

    compose_briefing(Article(id="warm", title="Talks", text=PARA * 3))  # tables loaded
    out: dict[str, float] = {}

    def timed(check: str, work) -> object:  # type: ignore[no-untyped-def]
        started = time.process_time()
        result = work()
        out[check] = time.process_time() - started
        return result

    if shape.startswith("html"):
        page = shape_page(shape, chars, attributes)
        out["mb"] = len(page) / 1e6
        timed("html parse", lambda: html_article(page, "page"))
        return out
    text = shape_text(shape, chars)
    out["mb"] = len(text.encode()) / 1e6
    article = Article(id="a", title="Talks", text=text)
    timed("injection", lambda: (detect_injection(text), injected_spans(text)))
    timed("sentences", lambda: split_sentences(text, "Talks"))

    def baseline_step() -> object:
        try:
            briefing = compose_briefing(clean_article(article))
        except ValidationError:  # nothing left to brief: the backend's `input` error
            return None
        return finish_briefing(briefing, text, DEFAULT_POLICY)

    timed("baseline step", baseline_step)

    timed("llm grounding", lambda: finish_briefing(llm_briefing(), text, DEFAULT_POLICY))
    return out


def shapes(args: argparse.Namespace) -> None:
    """The per-MB table of every shape and check, each as a multiple of prose."""
    rows: dict[str, dict[str, float]] = {}
    for shape in SHAPES:
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--shape-child",
                shape,
                str(args.shape_chars),
                str(args.html_attributes),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode:
            print(f"| {shape} | failed: {out.stderr.strip().splitlines()[-1]} |")
            continue
        rows[shape] = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"load average {os.getloadavg()[0]:.1f}, {args.shape_chars:,} characters per article")
    print("| shape | MB | " + " | ".join(f"{c} s/MB (x prose)" for c in CHECKS) + " |")
    print("|---|---|" + "---|" * len(CHECKS))
    worst = 0.0
    for shape, got in rows.items():
        reference = rows.get("html-prose" if shape.startswith("html") else "prose", {})
        cells = []
        for check in CHECKS:
            if check not in got:
                cells.append("")
                continue
            per_mb = got[check] / got["mb"]
            base = reference.get(check, 0.0) / reference.get("mb", 1.0)
            ratio = per_mb / base if base > 0 else float("nan")
            worst = max(worst, ratio) if ratio == ratio else worst
            cells.append(f"{per_mb:.3f} ({ratio:.1f}x)")
        print(f"| {shape} | {got['mb']:.2f} | " + " | ".join(cells) + " |", flush=True)
    print(f"worst multiple of prose: {worst:.1f}x (goal <= 3x)")


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
    parser.add_argument("--only", default="shapes,small,refuse,brief,bomb,blank")
    parser.add_argument("--shape-chars", type=int, default=500_000)
    parser.add_argument("--html-attributes", type=int, default=300_000)
    parser.add_argument("--shape-child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--brief-mb", default="0.1,0.5,1")
    parser.add_argument("--bomb-gib", type=int, default=4)
    parser.add_argument("--blank-millions", type=float, default=20)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if args.shape_child:
        shape, chars, attributes = args.shape_child
        print(json.dumps(shape_child(shape, int(chars), int(attributes))))
        return
    wanted = args.only.split(",")
    if "shapes" in wanted:
        shapes(args)
        wanted.remove("shapes")
    if not wanted:
        return
    parts: list[str] = []
    for part in wanted:
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
