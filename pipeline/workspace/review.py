"""Saving a review: the editor's JSON becomes a validated `GoldRecord` in the annotator's
gold file, stamped with who labelled it, when, and from which run and prompt.

The editor sends reviewed items in `gold` (each with its origin) and what nobody reviewed
in `suggestions`; the answer says how many were left unreviewed ("28 of 31 not reviewed:
saved as suggestions, not gold"). `source_run` names the run the model's items came from
and is kept from the first save, so self-agreement is measured against the right run
however often the record is saved again. A duplicate item (same kind, same span) is
refused with the other problems.

Validation goes through `newsbrief.evals.goldio.parse_gold_lines`, the same code
`briefing gold validate` runs, so the editor reports exactly the problems (with their
field paths) that the gold file would have. Spans must also lie inside the article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsbrief.evals.goldio import parse_gold_lines
from newsbrief.evals.goldreview import count_review, unreviewed_line
from newsbrief.run.rundir import read_manifest
from newsbrief.schemas import FIVE_W1H_QUESTIONS, BriefingRecord, GoldRecord, GoldSpan
from newsbrief.schemas.records import utc_now
from newsbrief.workspace.goldstore import GoldConflict, GoldStore
from newsbrief.workspace.index import RunIndex

__all__ = ["save_review", "spans_of"]


def spans_of(record: GoldRecord) -> list[tuple[str, GoldSpan]]:
    """Every span in a gold record with the dotted path of the item that holds it."""
    out: list[tuple[str, GoldSpan]] = []
    gold = record.gold
    for i, actor in enumerate(gold.actors or []):
        out += [(f"gold.actors.{i}.spans.{j}", s) for j, s in enumerate(actor.spans or [])]
    for i, quote in enumerate(gold.quotes or []):
        if quote.span:
            out.append((f"gold.quotes.{i}.span", quote.span))
    for i, event in enumerate(gold.events or []):
        for name in ("when_span", "where_span"):
            if (span := getattr(event, name)) is not None:
                out.append((f"gold.events.{i}.{name}", span))
    if gold.five_w1h is not None:
        for question in FIVE_W1H_QUESTIONS:
            phrases = getattr(gold.five_w1h, question)
            if isinstance(phrases, list):
                out += [
                    (f"gold.five_w1h.{question}.{j}.span", p.span)
                    for j, p in enumerate(phrases)
                    if p.span is not None
                ]
    for i, point in enumerate(gold.key_points or []):
        if point.span is not None:
            out.append((f"gold.key_points.{i}.span", point.span))
    return out


def _problems(payload: Any) -> tuple[GoldRecord | None, list[dict[str, Any]]]:
    line = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    records, problems = parse_gold_lines([line])
    errors = [{"field": p.field, "message": p.message} for p in problems if p.severity == "error"]
    return (records[0] if records and not errors else None), errors


def save_review(
    store: GoldStore, index: RunIndex, run_dir: Path, payload: Any, text: str | None = None
) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body) for one save from the editor."""
    if not isinstance(payload, dict) or not isinstance(payload.get("record"), dict):
        return 400, {"error": "send {record: {...}, base_version: ...}"}
    raw = dict(payload["record"])
    article_id = str(raw.get("id", ""))
    source = index.record(article_id)
    if source is None:
        return 404, {"error": f"no article {article_id!r} in this run"}
    manifest = read_manifest(run_dir)
    stored, _ = store.get(article_id)
    raw.update(
        annotator=store.annotator,
        labelled_at=utc_now(),
        source_run=stored.source_run if stored and stored.source_run else manifest.run_id,
        prompt_hash=(
            stored.prompt_hash
            if stored and stored.prompt_hash
            else source.provenance.prompt_hash
            if isinstance(source, BriefingRecord)
            else manifest.prompt_hash
        ),
    )
    record, errors = _problems(raw)
    if record is not None and text is not None:
        errors = [
            {"field": path, "message": f"span {s.start}-{s.end} lies outside the article"}
            for path, s in spans_of(record)
            if s.end > len(text)
        ]
    if record is None or errors:
        return 422, {
            "error": "the gold record is not valid; fix the fields listed",
            "problems": errors,
        }
    try:
        version = store.save(record, str(payload.get("base_version", "")))
    except GoldConflict as exc:
        return 409, {"error": str(exc)}
    counts = count_review([record])
    return 200, {
        "review": unreviewed_line(counts),
        "unreviewed": counts.suggestions,
        "version": version,
        "labelled_at": record.labelled_at,
        "file": str(store.path),
        "record": record.model_dump(mode="json", exclude_none=True),
    }
