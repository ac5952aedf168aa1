"""The local async engine: read an archive, brief every article, write a run directory.

One asyncio loop, bounded concurrency, one writer. The per-article work is
`pipeline.step.brief_article`, shared with every other engine.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.backends import create_backend
from pipeline.backends.base import Backend
from pipeline.prompting import load_prompt
from pipeline.reader import FieldMap, InputProblem, read_articles
from pipeline.rundir import RecordWriter, write_manifest
from pipeline.step import brief_article, provenance_for
from pipeline.version import code_version
from schemas import Article, BriefingRecord, ErrorRecord, Manifest, Usage
from schemas.records import utc_now


@dataclass
class RunOptions:
    input: Path
    out: Path = Path("runs")
    run_dir: Path | None = None
    model: str | None = None
    prompt: str = "briefing@v1"
    limit: int | None = None
    fields: FieldMap = field(default_factory=FieldMap)
    concurrency: int = 8


def new_run_id(backend: Backend) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{backend.name}-{uuid.uuid4().hex[:6]}"


async def run(options: RunOptions, backend: Backend | None = None) -> tuple[Path, Manifest]:
    """Run the whole job and return the run directory and its final manifest."""
    prompt = load_prompt(options.prompt)
    backend = backend or create_backend(options.model)
    run_id = new_run_id(backend)
    run_dir = options.run_dir or options.out / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(
        run_id=run_id, input=str(options.input), backend=backend.name,
        model=backend.model_string, parameters=backend.parameters(),
        prompt_id=prompt.id, prompt_version=prompt.version,
        prompt_hash=prompt.content_hash, schema_hash=prompt.schema_hash,
        code_version=code_version(), started_at=utc_now(),
    )
    write_manifest(run_dir, manifest)
    provenance = provenance_for(backend, prompt)
    writer = RecordWriter(run_dir)
    started = time.perf_counter()
    semaphore = asyncio.Semaphore(options.concurrency)

    def record(rec: BriefingRecord | ErrorRecord) -> None:
        writer.write(rec)
        manifest.counts.read += 1
        manifest.usage = manifest.usage + rec.usage
        if isinstance(rec, BriefingRecord):
            manifest.counts.ok += 1
        else:
            manifest.counts.errors += 1

    async def one(number: int, article: Article) -> None:
        async with semaphore:
            record(await brief_article(article, backend, prompt, number, provenance))

    tasks: set[asyncio.Task[None]] = set()
    try:
        for number, item in read_articles(options.input, options.fields, options.limit):
            if isinstance(item, InputProblem):
                record(ErrorRecord(id=item.id, line=item.line, kind="input", message=item.message))
                continue
            await semaphore.acquire()
            semaphore.release()
            task = asyncio.create_task(one(number, item))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        await asyncio.gather(*tasks)
        manifest.status = "finished"
    finally:
        writer.close()
        await backend.aclose()
        manifest.finished_at = utc_now()
        manifest.elapsed_s = round(time.perf_counter() - started, 3)
        write_manifest(run_dir, manifest)
    return run_dir, manifest


def summarise_usage(usage: Usage) -> str:
    return f"{usage.total_tokens} tokens, ${usage.cost_usd:.4f}"
