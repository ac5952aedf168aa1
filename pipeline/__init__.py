"""newsbrief: news articles into validated, source-grounded briefings, with evals.

The public API (see `newsbrief.api`): `brief` / `abrief` one article, `run_archive`,
`score_run`, `compare_runs`, and the `Briefing`, `Article` and record models. Names are
loaded on first use, so importing a subpackage stays cheap.
"""

from __future__ import annotations

if __name__ != "newsbrief":  # pragma: no cover - the folder imported by its own name
    raise ImportError(
        "this folder is installed as newsbrief; import newsbrief (pip install -e . first)"
    )

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsbrief.api import (
        Article,
        Briefing,
        BriefingRecord,
        Comparison,
        ErrorRecord,
        EvalResult,
        Manifest,
        RunOptions,
        abrief,
        brief,
        compare_runs,
        run_archive,
        score_run,
    )

__all__ = [
    "Article",
    "Briefing",
    "BriefingRecord",
    "Comparison",
    "ErrorRecord",
    "EvalResult",
    "Manifest",
    "RunOptions",
    "abrief",
    "brief",
    "compare_runs",
    "run_archive",
    "score_run",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("newsbrief.api"), name)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
