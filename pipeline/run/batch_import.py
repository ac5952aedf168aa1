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

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsbrief.errors import BriefingError
from newsbrief.inputs.jsonl import BadLine, DamagedFileError, load_json_file, read_json_lines, skip
from newsbrief.inputs.lines import printable
from newsbrief.inputs.reader import FieldMap, InputProblem, read_articles
from newsbrief.prompting.spec import PromptSpec, list_prompts
from newsbrief.run.batch.answer import Failure, answer_record, read_result_line
from newsbrief.run.batch_export import parse_custom_id
from newsbrief.run.cost import PriceTable
from newsbrief.run.resume import record_key
from newsbrief.run.rundir import RecordWriter, write_manifest
from newsbrief.run.session import RunIdentity, open_session
from newsbrief.schemas import BriefingRecord, ErrorRecord, Provenance
from newsbrief.schemas.records import utc_now
from newsbrief.text.cleaning import clean_article

__all__ = ["ImportSummary", "find_prompt", "import_results", "peek_model"]


@dataclass
class ImportSummary:
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    refused: int = 0  # results whose custom_id names no article of the input


_FIX = "is this a Batch API output or error file? fix or remove that line and import again"


def _lines(paths: list[Path]) -> Iterator[tuple[Path, int, dict[str, Any]]]:
    """Every result line, read through the guarded reader: a damaged line stops the
    import with its file and number before anything of it is written."""
    for path in paths:
        if not path.exists():
            raise BriefingError(f"batch result file not found: {path}")
        for number, obj in read_json_lines(path):
            if isinstance(obj, BadLine):
                raise DamagedFileError(obj, _FIX)
            yield path, number, obj


def _article_of(path: Path, number: int, obj: dict[str, Any]) -> str:
    """The article id a result line answers; a clear stop for a line that is no result."""
    custom_id = obj.get("custom_id")
    if not isinstance(custom_id, str):
        raise DamagedFileError(BadLine(path, number, "custom_id is not a string"), _FIX)
    try:
        return parse_custom_id(custom_id)[0]
    except ValueError as exc:
        raise DamagedFileError(BadLine(path, number, printable(str(exc))), _FIX) from None


def check_results(paths: list[Path], known: set[str] | None = None) -> list[BadLine]:
    """Read every line once before anything is imported: a line that is not a result
    (or an error record of the export), or whose usage is not token counts, stops the
    import (`DamagedFileError`). With `known` (the input's article ids), the lines whose
    custom_id names no article of the input are returned: they are refused."""
    refused: list[BadLine] = []
    for path, number, obj in _lines(paths):
        if "custom_id" not in obj:
            if "kind" not in obj:
                raise DamagedFileError(
                    BadLine(path, number, "neither a batch result (custom_id) nor an error record"),
                    _FIX,
                )
            try:
                ErrorRecord.model_validate(obj)
            except ValidationError as exc:
                reason = f"not an error record ({printable(str(exc.errors()[0]['msg']), 200)})"
                raise DamagedFileError(BadLine(path, number, reason), _FIX) from None
            continue
        article_id = _article_of(path, number, obj)
        try:
            read_result_line(obj)
        except (LookupError, TypeError, AttributeError, ValueError) as exc:
            reason = f"not a Batch API result ({printable(str(exc), 200)})"
            raise DamagedFileError(BadLine(path, number, reason), _FIX) from None
        if known is not None and article_id not in known:
            refused.append(
                BadLine(
                    path,
                    number,
                    f"custom_id names article {printable(article_id, 80)!r}, "
                    "which is not in the input",
                )
            )
    return refused


def peek_model(paths: list[Path]) -> str | None:
    """'openai:<model>' from the first successful response, for runs imported without --model."""
    for _, _, obj in _lines(paths):
        response = obj.get("response")
        body = response.get("body") if isinstance(response, dict) else None
        if isinstance(body, dict) and isinstance(body.get("model"), str) and body["model"]:
            return f"openai:{body['model']}"
    return None


def find_prompt(paths: list[Path]) -> PromptSpec:
    """The registry prompt whose content hash the custom_ids carry."""
    for path, number, obj in _lines(paths):
        if "custom_id" in obj:
            _article_of(path, number, obj)
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
        _article_of(path, number, obj) for path, number, obj in _lines(paths) if "custom_id" in obj
    }
    texts: dict[str, str] = {}
    for _, item in read_articles(archive, fields):
        if isinstance(item, InputProblem):
            skip(BadLine(archive, item.line, item.message), "its article is imported ungrounded")
        elif item.id in wanted:
            texts[item.id] = clean_article(item).text  # as the per-article step grounds it
    return texts


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
    cannot re-ask, so the default policy only flags what is not in the article. A result
    whose custom_id names no article of that input is refused: noted, counted in
    `refused`, never imported. Every line is checked before the run directory is
    opened, so a damaged file imports nothing."""
    known = set(texts) if texts is not None else None
    for bad in check_results(paths, known):
        skip(bad, "refused, not imported (pass the --input these results were exported from)")
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
                article_id = parse_custom_id(obj["custom_id"])[0]
                if known is not None and article_id not in known:
                    summary.refused += 1
                    continue
                text = (texts or {}).get(article_id)
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
        info = load_json_file(info_path)
        if isinstance(info, BadLine):
            skip(info, "not used: pass --input ARCHIVE")
            continue
        if isinstance(info, dict) and isinstance(info.get("input"), str):
            fields = info.get("input_fields")
            names = (
                {k: v for k, v in (fields or {}).items() if isinstance(v, str)}
                if isinstance(fields, dict)
                else {}
            )
            return Path(info["input"]), FieldMap(
                **{k: v for k, v in names.items() if k in ("id", "text", "title")}
            )
    return None
