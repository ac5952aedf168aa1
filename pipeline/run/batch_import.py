"""Import OpenAI Batch API (or `vllm run-batch`) results into a run directory.

Results come back in any order, in an output file and an error file; lines are joined
to articles by `custom_id` ('<article id>#<prompt hash>'). Each answer is parsed and
validated exactly like a live answer (`newsbrief.run.batch.answer`): a valid one becomes a `BriefingRecord`, anything
else (HTTP error, truncated by max_tokens, not JSON, schema-invalid) an `ErrorRecord`
with the raw answer. Usage is priced with the price table's batch discount. Importing
is idempotent: ids already in the run directory are skipped, so an import can be
repeated or continued, and `briefing run --run-dir DIR` fills in whatever is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.inputs.reader import FieldMap, read_articles
from newsbrief.prompting.spec import PromptSpec, list_prompts
from newsbrief.run.batch.answer import Failure, answer_record, read_result_line
from newsbrief.run.batch_export import parse_custom_id
from newsbrief.run.cost import PriceTable
from newsbrief.run.resume import record_key
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import RunIdentity, open_session
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord, Provenance
from newsbrief.schemas.records import utc_now
from newsbrief.text.cleaning import clean_article

__all__ = ["ImportSummary", "find_prompt", "import_results", "peek_model"]


@dataclass
class ImportSummary:
    ok: int = 0
    errors: int = 0
    skipped: int = 0


def _lines(paths: list[Path]) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    for path in paths:
        if not path.exists():
            raise BriefingError(f"batch result file not found: {path}")
        with path.open("r", encoding="utf-8") as handle:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise BriefingError(
                        f"{path}:{number}: not JSON ({exc.msg}); is this a batch output file?"
                    ) from exc
                yield path, number, obj


def peek_model(paths: list[Path]) -> str | None:
    """'openai:<model>' from the first successful response, for runs imported without --model."""
    for _, _, obj in _lines(paths):
        body = (obj.get("response") or {}).get("body") or {}
        if body.get("model"):
            return f"openai:{body['model']}"
    return None


def find_prompt(paths: list[Path]) -> PromptSpec:
    """The registry prompt whose content hash the custom_ids carry."""
    for _, _, obj in _lines(paths):
        if "custom_id" in obj:
            _, prompt_hash = parse_custom_id(obj["custom_id"])
            for spec in list_prompts():
                if spec.content_hash == prompt_hash:
                    return spec
            raise BriefingError(
                f"no prompt in the registry has hash {prompt_hash} (from the "
                "custom_ids); pass --prompt NAME@vN or restore that prompt file"
            )
    raise BriefingError("the result files hold no custom_id lines; pass --prompt NAME@vN")


def to_record(
    obj: dict[str, Any],
    provenance: Provenance,
    text: str | None = None,
    datamark: str | None = None,
) -> BriefingRecord | ErrorRecord:
    """One provider output/error line -> exactly one record (see `batch.answer`)."""
    article_id, _ = parse_custom_id(obj["custom_id"])
    read = read_result_line(obj)
    if isinstance(read, Failure):
        return ErrorRecord(
            id=article_id, kind="transport", message=read.message, provenance=provenance, attempts=1
        )
    raw, finish, usage = read
    return answer_record(article_id, raw, finish, usage, provenance, text=text, datamark=datamark)


def article_texts(paths: list[Path], archive: Path, fields: FieldMap) -> dict[str, str]:
    """Texts of the archive's articles that the result files answer, for grounding.

    Only those ids are kept, so memory follows the result files (at most 50,000 requests
    each), not the archive."""
    wanted = {
        parse_custom_id(obj["custom_id"])[0] for _, _, obj in _lines(paths) if "custom_id" in obj
    }
    return {
        item.id: clean_article(item).text  # as the per-article step grounds it
        for _, item in read_articles(archive, fields)
        if isinstance(item, Article) and item.id in wanted
    }


def import_results(
    paths: list[Path],
    run_dir: Path,
    prompt: PromptSpec,
    model: str,
    prices: PriceTable,
    texts: dict[str, str] | None = None,
) -> tuple[ImportSummary, Path]:
    """Append the results in `paths` to `run_dir` (created if new); see the module doc.

    With `texts` (article id -> text, see `article_texts`), each briefing is grounded
    like any other: evidence offsets, a grounding summary and the injection flag. A batch
    cannot re-ask, so the default policy only flags what is not in the article."""
    identity = RunIdentity("openai", model, {"batch": True})
    session = open_session(run_dir, paths[0], identity, prompt)
    manifest, done, summary = session.manifest, session.state.index, ImportSummary()
    provenance = Provenance(
        backend="openai",
        model=model,
        prompt_id=prompt.id,
        prompt_version=prompt.version,
        prompt_hash=prompt.content_hash,
        schema_hash=prompt.schema_hash,
    )
    writer = RecordWriter(run_dir, on_commit=lambda: write_manifest(run_dir, manifest))
    seen: set[int] = set()
    try:
        for path, number, obj in _lines(paths):
            if "custom_id" in obj:
                _, prompt_hash = parse_custom_id(obj["custom_id"])
                if prompt_hash != prompt.content_hash:
                    raise BriefingError(
                        f"{path}:{number}: made with prompt hash {prompt_hash}, "
                        f"not {prompt.ref} ({prompt.content_hash})"
                    )
                text = (texts or {}).get(parse_custom_id(obj["custom_id"])[0])
                record: BriefingRecord | ErrorRecord = to_record(
                    obj, provenance, text, prompt.datamark
                )
                record.usage = prices.price_usage(model, record.usage, batch=True)
            elif "kind" in obj:  # input-errors.jsonl written by `batch export`
                record = ErrorRecord.model_validate(obj)
            else:
                raise BriefingError(
                    f"{path}:{number}: neither a batch result (custom_id) nor an error record"
                )
            key = record_key(record)
            if key in done or key in seen:
                summary.skipped += 1
                continue
            seen.add(key)
            ok = isinstance(record, BriefingRecord)
            summary.ok += ok
            summary.errors += not ok
            manifest.count(record)
            writer.write(record)
        manifest.status = "finished"
    finally:
        manifest.counts.skipped = summary.skipped
        manifest.finished_at = utc_now()
        writer.close()
        session.close()
    return summary, session.run_dir


def recorded_input(paths: list[Path]) -> tuple[Path, FieldMap] | None:
    """The input `batch export` recorded in batch.json next to any of `paths`.

    `export` writes batch.json beside input-errors.jsonl, which the import is given, so
    the archive is found again without a second --input; None when there is no record.
    """
    for folder in dict.fromkeys(path.resolve().parent for path in paths):
        info_path = folder / "batch.json"
        if not info_path.is_file():
            continue
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(info, dict) and isinstance(info.get("input"), str):
            return Path(info["input"]), FieldMap(**(info.get("input_fields") or {}))
    return None
