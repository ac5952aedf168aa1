"""Read, validate and write gold JSONL files (one `GoldRecord` per line).

Annotators fix gold files by hand, so validation reports EVERY problem at once, each with
its 1-based line number and the dotted path of the field (`gold.actors.2.names.0`),
instead of stopping at the first one. Errors make a file unloadable (a duplicate item, same
kind and same span, is one); warnings (an item that should be verbatim but is not found
in the shipped article text) do not.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ValidationError

from newsbrief.evals.errors import GoldFileError, Problem
from newsbrief.evals.goldreview import duplicate_items
from newsbrief.evals.goldverbatim import unverbatim_items
from newsbrief.inputs.jsonl import decode_line, raw_lines
from newsbrief.inputs.lines import LineProblem, Oversize
from newsbrief.schemas import GoldRecord

__all__ = [
    "load_gold",
    "parse_gold_lines",
    "read_gold_file",
    "validate_gold_file",
    "write_jsonl",
]

# pydantic names the member of a union it tried inside the error location
# (e.g. "list[GoldPhrase]", "literal['not stated']", "str"); they are not field names.
_UNION_MEMBER_TAGS = frozenset({"str", "int", "float", "bool", "none"})


def _is_union_tag(part: str | int) -> bool:
    return isinstance(part, str) and ("[" in part or part in _UNION_MEMBER_TAGS)


def _schema_problems(line: int, error: ValidationError) -> list[Problem]:
    """One problem per field path; messages of the union members tried are joined."""
    messages: dict[str, list[str]] = {}
    for detail in error.errors(include_url=False):
        path = ".".join(str(part) for part in detail["loc"] if not _is_union_tag(part))
        found = messages.setdefault(path, [])
        message = detail["msg"].removeprefix("Value error, ")
        if message not in found:
            found.append(message)
    return [Problem(line, path, "; or ".join(msgs)) for path, msgs in messages.items()]


def _parse_line(number: int, raw: bytes | Oversize) -> tuple[GoldRecord | None, list[Problem]]:
    try:
        obj = decode_line(raw)
    except LineProblem as exc:
        return None, [Problem(number, "", str(exc))]
    if not isinstance(obj, dict):
        return None, [Problem(number, "", f"expected a JSON object, got {type(obj).__name__}")]
    try:
        record = GoldRecord.model_validate(obj)
    except ValidationError as exc:
        return None, _schema_problems(number, exc)
    problems: list[Problem] = []
    if not record.id.strip():
        problems.append(Problem(number, "id", "id is empty; use the article id"))
    problems.extend(
        Problem(number, field, message, severity)
        for field, message, severity in duplicate_items(record)
    )
    problems.extend(
        Problem(number, field, message, "warning") for field, message in unverbatim_items(record)
    )
    return record, problems


def parse_gold_lines(lines: Iterable[bytes | Oversize]) -> tuple[list[GoldRecord], list[Problem]]:
    """Parse raw JSONL lines; return the valid records and every problem found.

    Each line goes through the guarded reader of every JSON Lines file
    (`newsbrief.inputs.jsonl`): a line too deep, too long, not UTF-8, with a number
    past the digit limit or a lone surrogate is a problem on its line, never a crash.

    Blank lines are skipped (editors add them); an id seen before is an error on the later
    line, and that record is left out so ids stay unique in what is returned.
    """
    records: list[GoldRecord] = []
    problems: list[Problem] = []
    first_line_of: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not isinstance(raw, Oversize) and not raw.strip():
            continue
        record, found = _parse_line(number, raw)
        problems.extend(found)
        if record is None:
            continue
        if record.id in first_line_of:
            problems.append(
                Problem(
                    number,
                    "id",
                    f"duplicate id {record.id!r} (first on line "
                    f"{first_line_of[record.id]}); ids must be unique",
                )
            )
            continue
        first_line_of[record.id] = number
        records.append(record)
    if not records and not problems:
        problems.append(Problem(0, "", "no gold records: the file is empty"))
    return records, problems


def read_gold_file(path: Path | str) -> tuple[list[GoldRecord], list[Problem]]:
    """The valid records of a gold file and every problem in it (see `parse_gold_lines`);
    raises `GoldFileError` only when the file cannot be read at all."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            return parse_gold_lines(raw_lines(handle))
    except OSError as exc:
        problem = Problem(0, "", f"cannot read {path}: {exc.strerror or exc}")
        raise GoldFileError(path, [problem]) from exc


def validate_gold_file(path: Path | str) -> list[Problem]:
    """Every problem in a gold file, errors and warnings, in line order.

    Raises `GoldFileError` only when the file cannot be read at all.
    """
    return read_gold_file(path)[1]


def load_gold(path: Path | str) -> list[GoldRecord]:
    """Load a gold file; raise `GoldFileError` listing every error if there is any.

    Warnings (non-verbatim items) do not stop loading: run `validate_gold_file` to see them.
    """
    records, problems = read_gold_file(path)
    errors = [problem for problem in problems if problem.severity == "error"]
    if errors:
        raise GoldFileError(path, errors)
    return records


def write_jsonl(path: Path | str, models: Iterable[BaseModel]) -> int:
    """Write models as JSONL (UTF-8, unescaped, unset/None fields dropped); return count.

    Written beside `path`, fsynced and renamed over it, so a crash leaves the old file
    or the new one, never a half-written gold file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            for model in models:
                data = model.model_dump(mode="json", exclude_none=True)
                handle.write(json.dumps(data, ensure_ascii=False) + "\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
