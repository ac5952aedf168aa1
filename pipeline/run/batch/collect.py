"""A finished batch -> records: answers become briefings or errors, the rest failures.

The provider returns an output file (answered requests) and an error file (requests
that failed inside the batch), in any order; `custom_id` joins them to articles.
Requests in neither file (the batch expired, failed validation or was cancelled
first) are failures too. Answers are written as records at once through
`answer.answer_record`; failures go to `<job>.failed.jsonl`, to be resent in a later
round or recorded at the end (`settle_as_errors`). Writing skips ids already in the
run, so collecting the same batch twice (after a crash) writes nothing twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbrief.inputs.jsonl import BadLine, DamagedFileError, read_json_lines
from newsbrief.inputs.reader import FieldMap, read_articles
from newsbrief.prompting.spec import PromptSpec
from newsbrief.redact import redact
from newsbrief.run.batch.answer import Failure, answer_record, read_result_line
from newsbrief.run.batch.ledger import Job, write_atomic
from newsbrief.run.batch_export import parse_custom_id
from newsbrief.run.cost import PriceTable
from newsbrief.run.resume import ResumeIndex, record_key
from newsbrief.run.rundir import RecordWriter
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord, Manifest, Provenance
from newsbrief.text.cleaning import clean_article

__all__ = ["Collector", "iter_jsonl", "request_ids"]

UNANSWERED = {
    "expired": "the batch expired (24 h window) before this request ran",
    "cancelled": "the batch was cancelled before this request ran",
    "failed": "the provider failed the whole batch",
    "completed": "the batch completed without a result for this request",
}


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a batch file (requests, provider results, failures) through the
    guarded reader; a damaged line stops with its file and number, never a traceback."""
    for _, obj in read_json_lines(path):
        if isinstance(obj, BadLine):
            raise DamagedFileError(
                obj,
                "the provider's file or a file of this run was damaged: fix or remove that line",
            )
        yield obj


def request_ids(path: Path) -> list[str]:
    return [obj["custom_id"] for obj in iter_jsonl(path)]


@dataclass
class Collector:
    """Writes a run's records from batch results; one per collecting process."""

    folder: Path  # run_dir/batch
    archive: Path
    fields: FieldMap
    prompt: PromptSpec
    model: str
    prices: PriceTable
    provenance: Provenance
    manifest: Manifest
    writer: RecordWriter
    done: ResumeIndex
    seen: set[int] = field(default_factory=set)
    written: int = 0

    def output_path(self, job: Job) -> Path:
        return self.folder / f"{job.name}.output.jsonl"

    def errors_path(self, job: Job) -> Path:
        return self.folder / f"{job.name}.errors.jsonl"

    def write(self, record: BriefingRecord | ErrorRecord) -> bool:
        """Append unless the article already has a record (False then)."""
        key = record_key(record)
        if key in self.done or key in self.seen:
            return False
        self.seen.add(key)
        self.manifest.count(record)
        self.writer.write(record)
        self.written += 1
        return True

    def record_input_errors(self, path: Path) -> int:
        """Unreadable input lines found by the export: error records with line numbers."""
        return sum(self.write(ErrorRecord.model_validate(obj)) for obj in iter_jsonl(path))

    def texts(self, ids: set[str]) -> dict[str, Article]:
        """The archive's articles `ids`, cleaned as the per-article step cleans them (the
        request files were rendered from these), for grounding; memory follows the
        batches being collected."""
        if not ids:
            return {}
        return {
            item.id: clean_article(item)
            for _, item in read_articles(self.archive, self.fields)
            if isinstance(item, Article) and item.id in ids
        }

    def answered_ids(self, jobs: Iterable[Job]) -> set[str]:
        """Article ids with an output line in `jobs` (whose texts grounding needs)."""
        return {
            parse_custom_id(obj["custom_id"])[0]
            for job in jobs
            for obj in iter_jsonl(self.output_path(job))
            if obj.get("custom_id")
        }

    def collect(self, job: Job, texts: dict[str, Article] | None = None) -> int:
        """Record a finished job's answers; returns how many requests failed (pending).

        Two passes over the result files, so memory holds ids, not answers: the first
        finds which requests were answered, the second writes their records. `texts`:
        article texts already read for this job (else read here)."""
        results = [self.output_path(job), self.errors_path(job)]
        answered: set[str] = set()
        failures: dict[str, str] = {}
        for path in results:
            for obj in iter_jsonl(path):
                custom = obj.get("custom_id")
                if not custom:
                    continue
                read = read_result_line(obj)
                if not isinstance(read, Failure):
                    answered.add(custom)
                elif custom not in answered:
                    failures.setdefault(custom, read.message)
        if texts is None:
            texts = self.texts({parse_custom_id(c)[0] for c in answered})
        written: set[str] = set()
        for path in results:
            for obj in iter_jsonl(path):
                custom = obj.get("custom_id")
                if custom not in answered or custom in written:
                    continue
                read = read_result_line(obj)
                if isinstance(read, Failure):
                    continue
                written.add(custom)
                raw, finish, usage = read
                article_id = parse_custom_id(custom)[0]
                article = texts.get(article_id)
                record = answer_record(
                    article_id,
                    raw,
                    finish,
                    self.prices.price_usage(self.model, usage, batch=True),
                    self.provenance,
                    text=article.text if article else None,
                    published=article.published if article else None,
                    datamark=self.prompt.datamark,
                )
                self.write(record)
        reason = UNANSWERED.get(job.status or "", UNANSWERED["completed"])
        if job.error:
            reason = f"{reason}: {job.error}"
        pending = {c: m for c, m in failures.items() if c not in answered}
        for custom in request_ids(self.folder / job.file):
            if custom not in answered:
                pending.setdefault(custom, reason)
        lines = "".join(
            json.dumps({"custom_id": c, "message": m}, ensure_ascii=False) + "\n"
            for c, m in pending.items()
        )
        write_atomic(self.folder / job.failed_file, redact(lines).encode("utf-8"))
        return len(pending)

    def failures(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, str, str]]:
        """(job, custom_id, message) of every pending failure of `jobs`."""
        for job in jobs:
            for obj in iter_jsonl(self.folder / job.failed_file):
                yield job, obj["custom_id"], obj["message"]

    def settle_as_errors(self, jobs: Iterable[Job], note: str) -> int:
        """Record every pending failure of `jobs` as a transport error record."""
        count = 0
        for _, custom, message in self.failures(jobs):
            record = ErrorRecord(
                id=parse_custom_id(custom)[0],
                kind="transport",
                message=f"{message} ({note})",
                provenance=self.provenance,
                attempts=1,
            )
            count += self.write(record)
        return count
