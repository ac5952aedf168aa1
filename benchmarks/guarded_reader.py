"""What the guarded reader costs over a plain `json.loads` per line (CPU time).

Every JSON Lines file is read through `newsbrief.inputs.jsonl` (size, encoding, depth,
digit limit, lone surrogates). This measures, on briefings.jsonl records the baseline
writes for the seed articles (about 19 KB each, repeated with fresh ids):

- `json.loads` per line (the unguarded readers before) and `read_json_lines`;
- the full tree walk (`check_tree`, every string) against the walk `guard_tree` does
  for records without a surrogate escape (`check_depth`, containers only);
- reading a run for scoring: `read_run` (guarded decode + `model_validate`) against the
  loop it replaced (`model_validate_json` per line), both keeping every briefing.

    python benchmarks/guarded_reader.py [--records 4000]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsbrief.cli import main
from newsbrief.evals.rundir_reader import read_run
from newsbrief.inputs.jsonl import read_json_lines
from newsbrief.inputs.lines import check_depth, check_tree
from newsbrief.schemas import BriefingRecord

REPO = Path(__file__).resolve().parents[1]


def cpu(work: Callable[[], object], repeat: int = 3) -> float:
    """Least CPU seconds of `repeat` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def make_run(folder: Path, records: int) -> Path:
    try:
        main(["run", str(REPO / "examples/seeds.jsonl"), "--run-dir", str(folder / "seeds"), "-q"])
    except SystemExit as exc:
        if exc.code:
            raise
    run = folder / "run"
    run.mkdir()
    (run / "manifest.json").write_bytes((folder / "seeds" / "manifest.json").read_bytes())
    (run / "errors.jsonl").touch()
    lines = (folder / "seeds" / "briefings.jsonl").read_text(encoding="utf-8").splitlines()
    with (run / "briefings.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(records // len(lines) + 1):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"{record['id']}-{n}"
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return run


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=4000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run = make_run(Path(folder), args.records)
        path = run / "briefings.jsonl"
        raw = path.read_bytes().splitlines()
        objects = [json.loads(line) for line in raw[:500]]
        n = len(raw)

        def plain() -> None:  # the same file, read line by line
            with path.open("rb") as handle:
                for line in handle:
                    json.loads(line)

        def guarded() -> None:
            for _ in read_json_lines(path):
                pass

        def old_scoring_read() -> list[object]:
            with path.open("r", encoding="utf-8", errors="replace") as handle:
                return [BriefingRecord.model_validate_json(line).briefing for line in handle]

        rows = [
            ("json.loads per line of the file", cpu(plain) / n),
            ("read_json_lines (guarded)", cpu(guarded) / n),
            ("check_tree: every value", cpu(lambda: [check_tree(o, 64) for o in objects]) / 500),
            ("check_depth: containers", cpu(lambda: [check_depth(o, 64) for o in objects]) / 500),
            ("scoring read before: model_validate_json", cpu(old_scoring_read, 2) / n),
            ("scoring read now: read_run", cpu(lambda: read_run(run), 2) / n),
        ]
        size = path.stat().st_size / n
    print(f"{n} records of {size / 1000:.1f} KB; load {os.getloadavg()[0]:.1f}")
    base = rows[0][1]
    for label, seconds in rows:
        print(f"{label:42s} {seconds * 1e6:7.0f} us CPU/record  {seconds / base:5.2f} x json.loads")


if __name__ == "__main__":
    main_()
