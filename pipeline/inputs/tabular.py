"""Tables of articles: CSV/TSV (the standard library) and Parquet (pyarrow, optional).

A spreadsheet export or a dataframe dump holds one article per row; `--id-field` and
`--text-field` name the columns, as for JSONL keys, and the other columns pass through
like JSONL keys do (known Article fields by name, the rest into `meta`). A table without
the id or text column is refused before anything runs; a bad row is one problem with
its row number, like a bad JSONL line.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsbrief.errors import InputError
from newsbrief.inputs.reader import FieldMap, InputProblem, to_article
from newsbrief.schemas import Article

__all__ = ["read_csv", "read_parquet"]

PARQUET_BATCH = 1024
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # articles are longer than 128 KiB


def _check_columns(name: str, columns: Iterable[str], fields: FieldMap) -> None:
    have = list(columns)
    missing = [
        f"{option} {column!r}"
        for option, column in (("--id-field", fields.id), ("--text-field", fields.text))
        if column not in have
    ]
    if missing:
        raise InputError(
            f"{name} has no column {' or '.join(missing)} (columns: {', '.join(have[:12])}); "
            "name the right ones with --id-field and --text-field"
        )


def _rows(
    rows: Iterable[tuple[int, dict[str, Any]]], fields: FieldMap
) -> Iterator[tuple[int, Article | InputProblem]]:
    for number, row in rows:
        # An empty cell is a missing value, not an empty string.
        row = {k: v for k, v in row.items() if k and v is not None and v != ""}
        try:
            yield number, to_article(row, fields)
        except ValueError as exc:
            ident = row.get(fields.id)
            yield (
                number,
                InputProblem(number, f"row {number}: {exc}", None if ident is None else str(ident)),
            )


def read_csv(
    source: Path | bytes, fields: FieldMap, *, name: str, tab: bool = False
) -> Iterator[tuple[int, Article | InputProblem]]:
    """Rows of a CSV (or TSV) file or bytes; numbers are the file's line numbers."""
    if isinstance(source, bytes):
        handle: io.TextIOBase = io.StringIO(source.decode("utf-8-sig", "replace"), newline="")
    else:
        handle = source.open(encoding="utf-8-sig", newline="", errors="replace")  # type: ignore[assignment]
    with handle:
        reader = csv.DictReader(handle, delimiter="\t" if tab else ",")
        _check_columns(name, reader.fieldnames or [], fields)

        def numbered() -> Iterator[tuple[int, dict[str, Any]]]:
            start = reader.line_num + 1
            for row in reader:
                yield start, row
                start = reader.line_num + 1

        try:
            yield from _rows(numbered(), fields)
        except csv.Error as exc:
            raise InputError(f"{name}: unreadable CSV at line {reader.line_num}: {exc}") from exc


def read_parquet(
    source: Path | bytes, fields: FieldMap, *, name: str
) -> Iterator[tuple[int, Article | InputProblem]]:
    """Rows of a Parquet file, a batch at a time (never the whole table in memory)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            "reading Parquet needs pyarrow: pip install 'newsbrief[parquet]' "
            "(or export the table as CSV or JSONL)"
        ) from None
    try:
        table = pq.ParquetFile(pa.BufferReader(source) if isinstance(source, bytes) else source)
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"{name}: not a readable Parquet file ({exc})") from exc
    _check_columns(name, table.schema_arrow.names, fields)

    def numbered() -> Iterator[tuple[int, dict[str, Any]]]:
        number = 0
        for batch in table.iter_batches(batch_size=PARQUET_BATCH):
            for row in batch.to_pylist():
                number += 1
                yield number, row

    yield from _rows(numbered(), fields)
