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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.inputs.folder import folder_files, printable_id, read_folder_file
from newsbrief.inputs.jsonl import BadLine, decode_line, load_json_file
from newsbrief.inputs.reader import INPUT_ERROR_KEY, InputProblem
from newsbrief.inputs.source import ResolvedInput
from newsbrief.schemas import Article

__all__ = ["STAGED_INPUT", "StageSummary", "stage"]

STAGED_INPUT = "input.jsonl"
STAMPS_SUFFIX = ".files.json"  # input.jsonl.files.json: size and mtime of each file staged


@dataclass(frozen=True)
class StageSummary:
    path: Path
    articles: int
    problems: int


def staged_line(item: Article | InputProblem) -> str:
    """One JSONL line (with its newline) for an article or a problem."""
    if isinstance(item, InputProblem):
        line: dict[str, Any] = {"id": item.id, INPUT_ERROR_KEY: item.message}
    else:
        line = item.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
        line["id"], line["text"] = item.id, item.text
    return json.dumps(line, ensure_ascii=False, default=str) + "\n"


def stage(source: ResolvedInput, dest: Path, limit: int | None = None) -> StageSummary:
    """Write every article of `source` to `dest` as JSONL; returns what was written.

    A folder staged before into the same `dest` reuses the lines of files that have not
    changed (same size and modification time), so a rerun over saved web pages does not
    extract every page again.
    """
    stamps: dict[str, str] = {}
    if source.kind == "folder" and limit is None:
        assert source.path is not None
        lines: Iterator[tuple[bool, str]] = _folder_lines(source, dest, stamps)
    else:
        lines = (
            (isinstance(item, InputProblem), staged_line(item)) for _, item in source.items(limit)
        )
    first = next(lines, None)  # a table without its columns fails here, before any folder
    partial = dest.with_name(dest.name + ".partial")
    dest.parent.mkdir(parents=True, exist_ok=True)
    articles = problems = 0
    with partial.open("w", encoding="utf-8") as out:
        for problem, line in itertools.chain([first] if first else [], lines):
            problems += problem
            articles += not problem
            out.write(line)
        out.flush()
        os.fsync(out.fileno())
    _write_stamps(dest, partial, stamps)
    os.replace(partial, dest)
    return StageSummary(dest, articles, problems)


def _stamps_path(dest: Path) -> Path:
    return dest.with_name(dest.name + STAMPS_SUFFIX)


def _file_stamp(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _write_stamps(dest: Path, partial: Path, stamps: dict[str, str]) -> None:
    """The files' stamps, valid only for the staged file they were written with."""
    target = _stamps_path(dest)
    if not stamps:
        target.unlink(missing_ok=True)
        return
    record = {"staged": _file_stamp(partial), "files": stamps}
    scratch = target.with_name(target.name + ".partial")
    scratch.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    os.replace(scratch, target)


def _previous_lines(dest: Path) -> dict[str, tuple[str, str]]:
    """id -> (file stamp, staged line) from the last staging, if its record still holds."""
    try:  # the guarded reader: a damaged record or line means "stage everything again"
        record = load_json_file(_stamps_path(dest))
        if isinstance(record, BadLine) or record.get("staged") != _file_stamp(dest):
            return {}  # the staged file changed since (or a crash between the two writes)
        stamps = record["files"]
        previous: dict[str, tuple[str, str]] = {}
        with dest.open(encoding="utf-8") as handle:
            for line in handle:
                article_id = decode_line(line.encode("utf-8")).get("id")
                if article_id in stamps:
                    previous[article_id] = (stamps[article_id], line)
        return previous
    except (OSError, ValueError, KeyError, TypeError, AttributeError):  # LineProblem too
        return {}


def _folder_lines(
    source: ResolvedInput, dest: Path, stamps: dict[str, str]
) -> Iterator[tuple[bool, str]]:
    """(is a problem, line) per file, reusing unchanged files' lines; fills `stamps`."""
    assert source.path is not None
    files = folder_files(source.path, source.spec.glob, source.spec.format)
    previous = _previous_lines(dest)
    for article_id, path, kind in files:
        try:
            stamp = _file_stamp(path)
        except OSError:
            stamp = ""
        key = printable_id(article_id)  # a name that is not UTF-8 is kept as \xNN
        old = previous.get(key)
        if stamp and old is not None and old[0] == stamp:
            line = old[1]
            problem = INPUT_ERROR_KEY in decode_line(line.encode("utf-8"))
        else:
            item = read_folder_file(article_id, path, kind)
            line, problem = staged_line(item), isinstance(item, InputProblem)
        if stamp:
            stamps[key] = stamp
        yield problem, line
