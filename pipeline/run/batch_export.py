"""Export an archive as OpenAI Batch API request files (also what `vllm run-batch` reads).

For archives of millions of articles, the provider's batch endpoint is half the price
and has no rate limits to manage. Each line is one chat.completions request:
`{"custom_id": "<article id>#<prompt hash>", "method": "POST", "url":
"/v1/chat/completions", "body": {...}}`, with messages from the prompt registry and the
Briefing JSON schema as `response_format`. Files are split to the provider's limits
(50,000 requests and 200 MB a file). Unreadable input lines go to input-errors.jsonl,
which `briefing batch import` accepts too, so every input line ends up in the run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from newsbrief.backends import split_model
from newsbrief.errors import BriefingError
from newsbrief.inputs.reader import FieldMap, InputProblem
from newsbrief.prompting.spec import REQUEST_PARAMETERS, PromptSpec
from newsbrief.run.intake import Intake
from newsbrief.run.resume import ResumeIndex
from newsbrief.schemas import Article, Briefing, ErrorRecord
from newsbrief.text.cleaning import clean_article

__all__ = [
    "EXPORT_INFO",
    "INPUT_ERRORS",
    "BatchLimits",
    "ExportSummary",
    "custom_id",
    "export_requests",
    "parse_custom_id",
    "request_body",
]

EXPORT_INFO = "batch.json"
INPUT_ERRORS = "input-errors.jsonl"
CHAT_URL = "/v1/chat/completions"
SEPARATOR = "#"


@dataclass(frozen=True)
class BatchLimits:
    """Per-file limits of the OpenAI Batch API."""

    max_requests: int = 50_000
    max_bytes: int = 200 * 1024 * 1024


@dataclass
class ExportSummary:
    files: list[Path] = field(default_factory=list)
    requests: int = 0
    input_errors: int = 0


def custom_id(article_id: str, prompt_hash: str) -> str:
    return f"{article_id}{SEPARATOR}{prompt_hash}"


def parse_custom_id(value: str) -> tuple[str, str]:
    """'<id>#<hash>' -> (id, hash); ids may contain '#', the hash never does."""
    article_id, sep, prompt_hash = value.rpartition(SEPARATOR)
    if not sep or not article_id:
        raise ValueError(f"custom_id {value!r} is not '<article id>#<prompt hash>'")
    return article_id, prompt_hash


def request_body(article: Article, prompt: PromptSpec, model: str) -> dict[str, Any]:
    """The chat.completions body for one article (json_schema response format)."""
    # Furniture blanked as in the per-article step, so a batch sees what a run sends.
    body: dict[str, Any] = {"model": model, "messages": prompt.render(clean_article(article))}
    body.update({k: v for k, v in prompt.parameters.items() if k in REQUEST_PARAMETERS})
    body["response_format"] = _response_format()
    return body


@lru_cache(maxsize=1)
def _response_format() -> dict[str, Any]:
    """Computed once: building the JSON schema costs milliseconds."""
    schema = Briefing.model_json_schema()
    return {
        "type": "json_schema",
        "json_schema": {"name": "Briefing", "schema": schema, "strict": False},
    }


class _SplitWriter:
    """Writes request lines to requests-00001.jsonl, -00002... within the limits."""

    def __init__(self, out_dir: Path, limits: BatchLimits) -> None:
        self.out_dir, self.limits = out_dir, limits
        self.files: list[Path] = []
        self._handle: IO[bytes] | None = None
        self._lines = self._bytes = 0

    def write(self, line: bytes) -> None:
        if len(line) > self.limits.max_bytes:
            raise BriefingError(
                f"one request is {len(line)} bytes, over the {self.limits.max_bytes}"
                "-byte file limit; shorten the article or the prompt"
            )
        if (
            self._handle is None
            or self._lines >= self.limits.max_requests
            or self._bytes + len(line) > self.limits.max_bytes
        ):
            self._open_next()
        assert self._handle is not None
        self._handle.write(line)
        self._lines += 1
        self._bytes += len(line)

    def _open_next(self) -> None:
        self.close()
        path = self.out_dir / f"requests-{len(self.files) + 1:05d}.jsonl"
        self.files.append(path)
        self._handle = path.open("wb")
        self._lines = self._bytes = 0

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def export_requests(
    input_path: Path,
    out_dir: Path,
    model_spec: str,
    prompt: PromptSpec,
    *,
    fields: FieldMap | None = None,
    limit: int | None = None,
    limits: BatchLimits | None = None,
) -> ExportSummary:
    """Write request files (and input-errors.jsonl, batch.json) for `input_path`."""
    fields, limits = fields or FieldMap(), limits or BatchLimits()
    backend, model = split_model(model_spec)
    if backend != "openai":
        raise BriefingError(f"batch export needs an openai:MODEL model string, not {model_spec!r}")
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    writer = _SplitWriter(out_dir, limits)
    with (out_dir / INPUT_ERRORS).open("w", encoding="utf-8") as problems:
        try:
            # The live engine's intake: the same input errors under the same keys, and a
            # repeated id is an input error (a batch refuses duplicate custom_ids).
            for number, item in Intake(input_path, fields, ResumeIndex(), limit):
                if item is None:
                    continue
                if isinstance(item, InputProblem):
                    record = ErrorRecord(
                        id=item.id,
                        line=number,
                        kind="input",
                        message=item.message,
                        line_hash=None if item.key is None else f"{item.key:016x}",
                    )
                    problems.write(record.model_dump_json() + "\n")
                    summary.input_errors += 1
                    continue
                assert isinstance(item, Article)  # one sample per article (no --repeat here)
                line = {
                    "custom_id": custom_id(item.id, prompt.content_hash),
                    "method": "POST",
                    "url": CHAT_URL,
                    "body": request_body(item, prompt, model),
                }
                writer.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
                summary.requests += 1
        finally:
            writer.close()
    summary.files = writer.files
    info = {
        "input": str(input_path.resolve()),
        "input_fields": fields.as_dict(),
        "model": model_spec,
        "prompt": prompt.ref,
        "prompt_hash": prompt.content_hash,
        "schema_hash": prompt.schema_hash,
        "requests": summary.requests,
        "input_errors": summary.input_errors,
        "files": [p.name for p in writer.files],
    }
    (out_dir / EXPORT_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
    return summary
