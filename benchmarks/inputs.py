"""Input kinds: staging a folder, HTML pages, a CSV table; furniture cleaning per article.

A folder, an HTML page or a table is written once into the run directory as JSONL
(`newsbrief.inputs.staging`) on every `briefing run`, resumes included, so staging must
cost little next to briefing. Prints one line per measurement (wall and CPU seconds).

    python benchmarks/inputs.py                  # 1,000 text files, 200 pages, 1,000 rows
    python benchmarks/inputs.py --files 10000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import tempfile
import time
from pathlib import Path

from newsbrief.inputs.source import InputSpec, resolve_input
from newsbrief.inputs.staging import stage
from newsbrief.schemas import Article
from newsbrief.text.cleaning import clean_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples" / "seeds.jsonl"
DEV = ROOT / "examples" / "giveme5w1h-dev-articles.jsonl"
PAGE = ROOT / "tests" / "inputs" / "data" / "news_page.html"


def _timed(function, *args):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _texts() -> list[str]:
    return [json.loads(line)["text"] for path in (SEEDS, DEV) for line in path.open()]


def _stage(location: Path, dest: Path, **spec: object):  # type: ignore[no-untyped-def]
    return stage(resolve_input(InputSpec(str(location), **spec)), dest)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    texts = _texts()
    print(f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "texts"
        for number in range(args.files):
            path = folder / f"d{number % 10}" / f"{number:05d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(texts[number % len(texts)], encoding="utf-8")
        summary, wall, cpu = _timed(_stage, folder, root / "a.jsonl")
        print(f"folder of {summary.articles} .txt files: {wall:.2f} s wall, {cpu:.2f} s CPU, "
              f"{1000 * cpu / summary.articles:.2f} ms CPU/file")  # fmt: skip
        pages = root / "pages"
        pages.mkdir()
        for number in range(args.pages):
            (pages / f"{number:04d}.html").write_bytes(PAGE.read_bytes())
        summary, wall, cpu = _timed(_stage, pages, root / "b.jsonl")
        print(f"folder of {summary.articles} saved HTML pages (trafilatura): {wall:.2f} s wall, "
              f"{cpu:.2f} s CPU, {1000 * cpu / summary.articles:.1f} ms CPU/page")  # fmt: skip
        summary, wall, cpu = _timed(_stage, pages, root / "b.jsonl")
        print(f"the same folder staged again (a rerun; unchanged pages reused): {wall:.2f} s "
              f"wall, {1000 * cpu / summary.articles:.2f} ms CPU/page")  # fmt: skip
        table = root / "t.csv"
        with table.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "text"])
            for number in range(args.files):
                writer.writerow([f"r{number}", texts[number % len(texts)]])
        summary, wall, cpu = _timed(_stage, table, root / "c.jsonl")
        print(f"CSV of {summary.articles} rows: {wall:.2f} s wall, {cpu:.2f} s CPU, "
              f"{1000 * cpu / summary.articles:.2f} ms CPU/row")  # fmt: skip
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    cleaned, wall, cpu = _timed(lambda: [clean_article(a) for a in articles])
    blanked = sum(1 for a in cleaned if a.furniture)
    print(f"furniture cleaning of {len(articles)} articles (seeds + Giveme5W1H dev): "
          f"{1000 * cpu / len(articles):.3f} ms CPU/article; {blanked} had furniture")  # fmt: skip


if __name__ == "__main__":
    main()
