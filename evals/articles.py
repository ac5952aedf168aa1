"""Article texts for grounding checks, when the gold file does not ship them.

Reads the run's input archive (JSONL, optionally gzip) by id through the guarded reader
of every JSON Lines file, so a line the run turned into an input error is skipped here
with a note, never a crash. Only `id` and `text` are needed, under configurable keys.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from newsbrief.evals.usage_errors import EvalUsageError
from newsbrief.inputs.jsonl import BadLine, read_json_lines, skip


def load_texts(
    path: Path | str,
    wanted: Collection[str] | None = None,
    id_field: str = "id",
    text_field: str = "text",
) -> dict[str, str]:
    """id -> article text for the `wanted` ids (all if None); unreadable lines are skipped.
    Only wanted texts are kept, so a run over part of a huge archive stays small."""
    path = Path(path)
    if not path.is_file():
        raise EvalUsageError(
            f"cannot read articles file {path}: not a file; pass the JSONL "
            "the run was made from (--articles-file)"
        )
    texts: dict[str, str] = {}
    for _, obj in read_json_lines(path):
        if isinstance(obj, BadLine):
            skip(obj, "its article has no text here (checks that need it are not run)")
            continue
        text, article_id = obj.get(text_field), obj.get(id_field)
        if not isinstance(text, str) or not isinstance(article_id, str | int):
            continue
        if wanted is None or str(article_id) in wanted:
            texts[str(article_id)] = text
    return texts
