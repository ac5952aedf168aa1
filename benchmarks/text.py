"""Text layer: sentence splitting per article and on one huge line, chunking, token estimates.

Prints one line per measurement. The splitter must stay linear in the text: a scraped
"article" can be one line of tens of megabytes, and a quadratic splitter (the one before
this benchmark existed took 1.5 s for 100 KB and 105 s for 1 MB) stalls a whole run.

    python benchmarks/text.py                 # articles + 100 KB .. 50 MB
    python benchmarks/text.py --sizes 1e5 1e6 # only these sizes
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

from newsbrief.step.chunking import split_text
from newsbrief.text.sentences import sentence_spans, split_sentences
from newsbrief.text.tokens import estimate_tokens

ROOT = Path(__file__).resolve().parent.parent
ARCHIVES = [ROOT / "examples" / "giveme5w1h-dev-articles.jsonl", ROOT / "examples" / "seeds.jsonl"]
PROSE = (
    "Prof. Kin Phea met Col. Tea Banh in Phnom Penh on Sept. 5 to discuss the U.S. offer. "
    "“We agree,” he said, adding that talks would resume at 5 p.m. the next day! "
)


def _timed(function, *args):  # type: ignore[no-untyped-def]
    """(result, wall seconds, CPU seconds): on a shared machine the CPU time is the figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def per_article(repeat: int) -> None:
    articles = [json.loads(line) for path in ARCHIVES for line in path.open(encoding="utf-8")]
    chars = sum(len(a["text"]) for a in articles) / len(articles)
    for name, function in (
        ("split_sentences (furniture-aware)", lambda a: split_sentences(a["text"], a.get("title"))),
        ("sentence_spans (plain)", lambda a: sentence_spans(a["text"])),
        ("estimate_tokens", lambda a: estimate_tokens(a["text"])),
    ):
        start = time.process_time()
        for _ in range(repeat):
            for article in articles:
                function(article)
        seconds = (time.process_time() - start) / (repeat * len(articles))
        print(
            f"{name}: {seconds * 1000:.3f} ms CPU/article "
            f"({len(articles)} articles, {chars:.0f} characters on average, x{repeat})"
        )


def one_line(size: int) -> None:
    text = (PROSE * (size // len(PROSE) + 1))[:size]
    sentences, split_wall, split_cpu = _timed(split_sentences, text)
    chunks, chunk_wall, chunk_cpu = _timed(split_text, text, 4000)
    print(
        f"one line of {size / 1e6:g} MB: split_sentences {split_cpu:.2f} s CPU "
        f"({split_wall:.2f} s wall, {len(sentences)} sentences, "
        f"{size / 1e6 / split_cpu:.1f} MB/s); split_text(4000 tokens) {chunk_cpu:.2f} s CPU "
        f"({chunk_wall:.2f} s wall, {len(chunks)} chunks)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", type=float, nargs="*", default=[1e5, 1e6, 1e7, 5e7])
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    per_article(args.repeat)
    for size in args.sizes:
        one_line(int(size))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
