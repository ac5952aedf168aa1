"""Article texts for grounding checks, when the gold file does not ship them.

Reads the run's input archive (JSONL, optionally gzip) by id. Only `id` and `text`
are needed, under configurable keys, so this stays independent of the pipeline reader.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Collection
from pathlib import Path

from newsbrief.evals.usage_errors import EvalUsageError


def load_texts(
    path: Path | str,
    wanted: Collection[str] | None = None,
    id_field: str = "id",
    text_field: str = "text",
) -> dict[str, str]:
    """id -> article text for the `wanted` ids (all if None); unreadable lines are skipped.
    Only wanted texts are kept, so a run over part of a huge archive stays small."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    texts: dict[str, str] = {}
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get(text_field), str):
                    continue
                article_id = str(obj.get(id_field))
                if wanted is None or article_id in wanted:
                    texts[article_id] = obj[text_field]
    except OSError as exc:
        raise EvalUsageError(
            f"cannot read articles file {path}: {exc}; pass the JSONL "
            "the run was made from (--articles-file)"
        ) from exc
    return texts
