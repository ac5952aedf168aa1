"""Workspace benchmark: open a 100,000-article run in `briefing view` and page/filter it.

    .venv/bin/python benchmarks/workspace.py [--articles 100000]

Builds a synthetic run directory (real `BriefingRecord` lines of realistic size from the
five seed briefings of the baseline backend, ids and headlines varied, 2% error records),
starts the workspace on a real uvicorn server on 127.0.0.1 and times HTTP requests:
the first visit of the run (the one-time SQLite index build), then the first page again,
a later page, and each filter. Timings are wall-clock on whatever machine runs this.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn

from newsbrief.cli import main as briefing
from newsbrief.schemas import ErrorRecord, Manifest
from newsbrief.workspace import create_app
from newsbrief.workspace.server import free_port

REPO = Path(__file__).resolve().parent.parent


def make_run(root: Path, articles: int) -> Path:
    seeds = root / "seeds"
    briefing(["run", str(REPO / "examples/seeds.jsonl"), "--run-dir", str(seeds)])
    templates = [json.loads(line) for line in (seeds / "briefings.jsonl").open()]
    run = root / "big"
    run.mkdir()
    rng = random.Random(0)
    errors = 0
    with (run / "briefings.jsonl").open("w") as ok, (run / "errors.jsonl").open("w") as bad:
        for n in range(articles):
            article_id = f"art-{n:06d}"
            if rng.random() < 0.02:
                kind = rng.choice(["validation", "transport", "deadline"])
                record = ErrorRecord(id=article_id, line=n + 1, kind=kind, message="synthetic")
                bad.write(record.model_dump_json() + "\n")
                errors += 1
                continue
            obj = json.loads(json.dumps(templates[n % len(templates)]))
            obj["id"], obj["line"] = article_id, n + 1
            obj["briefing"]["headline"] = f"{obj['briefing']['headline']} #{n}"
            ok.write(json.dumps(obj, ensure_ascii=False) + "\n")
    manifest = Manifest.model_validate_json((seeds / "manifest.json").read_text())
    manifest.run_id = "big"
    manifest.counts.read, manifest.counts.ok, manifest.counts.errors = (
        articles,
        articles - errors,
        errors,
    )
    (run / "manifest.json").write_text(manifest.model_dump_json(indent=2))
    return run


def timed_get(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as response:
        body = response.read()
    return time.perf_counter() - start, len(body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        run = make_run(root, args.articles)
        size = (run / "briefings.jsonl").stat().st_size
        print(
            f"run of {args.articles:,} articles ({size / 1e6:.0f} MB) written in "
            f"{time.perf_counter() - started:.1f} s"
        )
        app, _ = create_app(root, annotator="bench", labels_dir=root / "labels")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        print(f"load average {os.getloadavg()[0]:.1f}")
        print("| request | seconds | bytes |\n|---|---|---|")
        seconds, length = timed_get(base + "/run?run=big")
        print(
            f"| first visit: the 'indexing' page (the build starts in the background) | {seconds:.3f} | {length:,} |"
        )
        started = time.perf_counter()
        while b'id="indexing"' in urllib.request.urlopen(base + "/run?run=big").read():
            time.sleep(0.5)
        print(
            f"| one-time index build, until the list shows | {time.perf_counter() - started:.1f} | |"
        )
        rows = [
            ("runs page", "/"),
            ("first page, index built", "/run?run=big"),
            ("page 1,000", "/run?run=big&page=1000"),
            ("errors only", "/run?run=big&status=error"),
            ("error kind = transport", "/run?run=big&status=error&kind=transport"),
            ("topic = economy", "/run?run=big&topic=economy"),
            ("country = Cambodia", "/run?run=big&country=Cambodia"),
            ("free text 'zamrose'", "/run?run=big&q=zamrose"),
            ("ungrounded items", "/run?run=big&ungrounded=1"),
            (
                "one article's note (the last one)",
                f"/article?run=big&id=art-{args.articles - 1:06d}",
            ),
        ]
        for label, path in rows:
            try:
                seconds, length = timed_get(base + path)
            except OSError as exc:
                print(f"| {label} | failed: {exc} | |")
                continue
            print(f"| {label} | {seconds:.3f} | {length:,} |")
        print(f"load average {os.getloadavg()[0]:.1f}")
        server.should_exit = True


if __name__ == "__main__":
    main()
