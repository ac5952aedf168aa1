"""Helpers for the batch engine tests: archives, the backend against the fake server,
and counting records per article."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsbrief.backends.openai_api.backend import OpenAIBackend
from newsbrief.backends.openai_api.transport import RetryPolicy
from newsbrief.run.rundir import read_briefings, read_errors
from tests.support.fake_openai import FakeOpenAIServer

FAST_RETRIES = RetryPolicy(
    max_retries=4, backoff_initial=0.01, backoff_max=0.05, jitter=0.1, retry_after_cap=0.05
)


def write_archive(
    path: Path, count: int, *, bad_lines: tuple[int, ...] = (), prefix: str = "art"
) -> list[str]:
    """`count` articles (ids prefix-0..), with malformed lines inserted at `bad_lines`
    (1-based line numbers); returns the article ids in order."""
    ids: list[str] = []
    with path.open("w", encoding="utf-8") as handle:
        line = 0
        for number in range(count):
            line += 1
            while line in bad_lines:
                handle.write("{not json\n")
                line += 1
            article_id = f"{prefix}-{number}"
            ids.append(article_id)
            text = (
                f"Story {number}. The foreign minister of Norway, Anne Dahl, met officials "
                f'in Oslo on 3 March 2024 to discuss fisheries. "We agreed on quotas for '
                f'the next season," Dahl said after talks number {number}.'
            )
            handle.write(
                json.dumps({"id": article_id, "title": f"Talks {number}", "text": text}) + "\n"
            )
    return ids


def openai_backend(srv: FakeOpenAIServer, **options: object) -> OpenAIBackend:
    options.setdefault("max_reasks", 1)
    options.setdefault("timeout", 2.0)
    return OpenAIBackend("test-model", base_url=srv.base_url, retry_policy=FAST_RETRIES, **options)  # type: ignore[arg-type]


def record_ids(run_dir: Path) -> Counter[str]:
    """How often each key occurs across briefings and errors (input errors by line)."""
    keys: Counter[str] = Counter(r.id for r in read_briefings(run_dir))
    for error in read_errors(run_dir):
        keys[error.id if error.kind != "input" else f"line:{error.line}"] += 1
    return keys
