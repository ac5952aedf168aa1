"""Staging: any input kind written out as the run's own JSONL (`RUN_DIR/input.jsonl`).

The engines, resume, notes (`--from-run`) and evals all read a run's articles from the
JSONL file its manifest names. Rather than teach each of them every input kind, a
folder, an HTML page, a table or a paste is written once into the run directory as
JSONL with the standard field names, and everything downstream stays as it is. Staging
is deterministic (same files, same lines, same ids), so rerunning the same command
resumes; the file is replaced atomically, so a crash never leaves half of it. An input
that could not be read (a file that is not UTF-8, an HTML page without an article)
becomes a line that the reader turns into an error record with its message.
"""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import dataclass
from pathlib import Path

from newsbrief.inputs.reader import INPUT_ERROR_KEY, InputProblem
from newsbrief.inputs.source import ResolvedInput

__all__ = ["STAGED_INPUT", "StageSummary", "stage"]

STAGED_INPUT = "input.jsonl"


@dataclass(frozen=True)
class StageSummary:
    path: Path
    articles: int
    problems: int


def stage(source: ResolvedInput, dest: Path, limit: int | None = None) -> StageSummary:
    """Write every article of `source` to `dest` as JSONL; returns what was written."""
    items = source.items(limit)
    first = next(items, None)  # a table without its columns fails here, before any folder
    partial = dest.with_name(dest.name + ".partial")
    dest.parent.mkdir(parents=True, exist_ok=True)
    articles = problems = 0
    with partial.open("w", encoding="utf-8") as out:
        for _, item in itertools.chain([first] if first else [], items):
            if isinstance(item, InputProblem):
                problems += 1
                line = {"id": item.id, INPUT_ERROR_KEY: item.message}
            else:
                articles += 1
                line = item.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
                line["id"], line["text"] = item.id, item.text
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, dest)
    return StageSummary(dest, articles, problems)
