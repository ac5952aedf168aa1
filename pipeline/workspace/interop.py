"""Label Studio and Argilla: export a run as pre-annotated tasks, import annotations as gold.

Teams already on those tools keep them: `briefing gold export RUN_DIR --to labelstudio`
writes tasks whose predictions are the run's grounded evidence offsets (plus the
labelling config), `--to argilla` writes records whose span suggestions are the same
offsets. Each task carries the model's draft gold (`draft_gold`), so importing the
annotations back (`briefing gold import FILE --from ...`) keeps the attributes a span
cannot hold. Import writes one gold JSONL per annotator, as the workspace does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.evals.articles import load_texts
from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.schemas import BriefingRecord, GoldRecord
from newsbrief.workspace.draft import draft_gold
from newsbrief.workspace.spans import LABELS, Region, gold_from_regions, regions_of

__all__ = [
    "FORMATS",
    "InteropError",
    "export_run",
    "import_annotations",
    "label_config",
]

FORMATS = ("labelstudio", "argilla")
QUESTION = "spans"  # the Argilla span question's name; the Label Studio control's is "label"


class InteropError(BriefingError):
    """An export or import file the tools cannot read or write."""


def label_config() -> str:
    """The Label Studio labelling config matching the exported tasks."""
    labels = "\n".join(f'    <Label value="{label}"/>' for label in LABELS)
    return (
        "<View>\n"
        '  <Labels name="label" toName="text">\n'
        f"{labels}\n"
        "  </Labels>\n"
        '  <Text name="text" value="$text"/>\n'
        "</View>\n"
    )


def _records(run_dir: Path) -> tuple[list[tuple[BriefingRecord, str]], str]:
    manifest = read_manifest(run_dir)
    latest = {record.id: record for record in read_briefings(run_dir)}
    fields = manifest.input_fields
    try:
        texts = load_texts(
            manifest.input, set(latest), fields.get("id", "id"), fields.get("text", "text")
        )
    except Exception as exc:
        raise InteropError(
            f"cannot read the run's input {manifest.input} for the article texts ({exc}); "
            "spans need the text"
        ) from exc
    agent = f"{manifest.model} {manifest.prompt_id}@v{manifest.prompt_version}"
    return [(r, texts[r.id]) for r in latest.values() if r.id in texts], agent


def _labelstudio_result(regions: Iterable[Region], text: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f"r{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": r.start,
                "end": r.end,
                "text": r.text(text),
                "labels": [r.label],
            },
        }
        for i, r in enumerate(regions)
    ]


def _task(kind: str, record: BriefingRecord, text: str, agent: str) -> dict[str, Any]:
    draft = draft_gold(record.id, record.briefing)
    regions = regions_of(draft)
    payload = draft.model_dump(mode="json", exclude_none=True)
    if kind == "labelstudio":
        return {
            "data": {"text": text, "article_id": record.id, "draft": payload},
            "predictions": [{"model_version": agent, "result": _labelstudio_result(regions, text)}],
        }
    return {
        "id": record.id,
        "fields": {"text": text},
        "metadata": {"article_id": record.id, "draft": json.dumps(payload, ensure_ascii=False)},
        "suggestions": {
            QUESTION: {
                "value": [{"start": r.start, "end": r.end, "label": r.label} for r in regions],
                "agent": agent,
            }
        },
    }


def export_run(run_dir: Path, kind: str, output: Path) -> int:
    """Write the run as tasks (Label Studio: a JSON list) or records (Argilla: JSONL)."""
    records, agent = _records(run_dir)
    tasks = [_task(kind, record, text, agent) for record, text in records]
    output.parent.mkdir(parents=True, exist_ok=True)
    if kind == "labelstudio":
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
        output.with_suffix(".label_config.xml").write_text(label_config(), encoding="utf-8")
    else:
        with output.open("w", encoding="utf-8") as handle:
            for task in tasks:
                handle.write(json.dumps(task, ensure_ascii=False) + "\n")
    return len(tasks)


def _load(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InteropError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
        items = data if isinstance(data, list) else [data]
    except json.JSONDecodeError:
        try:
            items = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InteropError(f"{path} is neither JSON nor JSONL: {exc.msg}") from exc
    if not all(isinstance(item, dict) for item in items):
        raise InteropError(f"{path}: expected a list of task or record objects")
    return items


def _draft(value: Any) -> GoldRecord | None:
    if isinstance(value, str):
        value = json.loads(value)
    return GoldRecord.model_validate(value) if isinstance(value, dict) else None


def _who(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("email") or value.get("username") or value.get("id")
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in str(value)) or "annotator"


def _labelstudio(items: list[dict[str, Any]]) -> Iterator[tuple[str, GoldRecord]]:
    for task in items:
        data = task.get("data") or {}
        text, article = data.get("text"), data.get("article_id")
        if not isinstance(text, str) or article is None:
            raise InteropError("a Label Studio task lacks data.text or data.article_id")
        draft = _draft(data.get("draft"))
        for annotation in task.get("annotations") or []:
            if annotation.get("was_cancelled"):
                continue
            regions = [
                Region(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                for r in annotation.get("result") or []
                if r.get("type") == "labels" and r.get("value", {}).get("labels")
            ]
            who = _who(annotation.get("completed_by", "annotator"))
            yield who, gold_from_regions(str(article), text, regions, draft)


def _argilla(items: list[dict[str, Any]]) -> Iterator[tuple[str, GoldRecord]]:
    for record in items:
        text = (record.get("fields") or {}).get("text")
        metadata = record.get("metadata") or {}
        article = metadata.get("article_id", record.get("id"))
        if not isinstance(text, str) or article is None:
            raise InteropError("an Argilla record lacks fields.text or an id")
        draft = _draft(metadata.get("draft"))
        responses = record.get("responses") or {}
        if isinstance(responses, dict):  # to_list(flatten=False): {question: [responses]}
            responses = [{**r, "question_name": name} for name, rs in responses.items() for r in rs]
        for response in responses:
            if response.get("question_name") != QUESTION or response.get("status") == "discarded":
                continue
            regions = [
                Region(v["start"], v["end"], v["label"]) for v in response.get("value") or []
            ]
            who = _who(response.get("user_id", "annotator"))
            yield who, gold_from_regions(str(article), text, regions, draft)


def import_annotations(path: Path, kind: str) -> dict[str, list[GoldRecord]]:
    """annotator -> their gold records, from a Label Studio or Argilla export."""
    items = _load(path)
    reader = _labelstudio if kind == "labelstudio" else _argilla
    out: dict[str, list[GoldRecord]] = {}
    try:
        for who, record in reader(items):
            out.setdefault(who, []).append(
                record.model_copy(update={"annotator": who, "source": f"{kind} {path.name}"})
            )
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        if isinstance(exc, InteropError):
            raise
        raise InteropError(f"{path}: unexpected {kind} structure ({exc!r})") from exc
    return out
