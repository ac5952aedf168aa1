"""Label Studio and Argilla: export a run as pre-annotated tasks, import annotations as gold.

Teams already on those tools keep them: `briefing gold export RUN_DIR --to labelstudio`
writes tasks whose predictions are the run's grounded evidence offsets (plus the
labelling config), `--to argilla` writes records whose span suggestions are the same
offsets. Each task carries the model's draft gold (`draft_gold`), so importing the
annotations back (`briefing gold import FILE --from ...`) keeps the attributes a span
cannot hold. Import writes one gold JSONL per annotator, as the workspace does.

Review state travels both ways. Exported, every item is a model suggestion (Label
Studio's `predictions` with `model_version`, Argilla's `suggestions` with `agent`) and
the draft names the run it came from (`source_run`, for the self-agreement check).
Imported, a submitted annotation becomes reviewed gold with each item's origin (a
suggested region kept: `model`; changed: `edited`; drawn: `added`), and what the tool
never showed stays a suggestion (`spans.gold_from_regions`). An Argilla response still
in `draft` status is not reviewed: all of it is kept as suggestions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.evals.articles import load_texts
from newsbrief.inputs.jsonl import BadLine, decode_line, load_json_file, read_json_lines
from newsbrief.inputs.lines import InputLimits, LineProblem, printable
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


def _records(run_dir: Path) -> tuple[list[tuple[BriefingRecord, str]], str, str]:
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
    return [(r, texts[r.id]) for r in latest.values() if r.id in texts], agent, manifest.run_id


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


def _task(kind: str, record: BriefingRecord, text: str, agent: str, run_id: str) -> dict[str, Any]:
    draft = draft_gold(record.id, record.briefing, None, run_id, record.provenance.prompt_hash)
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
    records, agent, run_id = _records(run_dir)
    tasks = [_task(kind, record, text, agent, run_id) for record, text in records]
    output.parent.mkdir(parents=True, exist_ok=True)
    if kind == "labelstudio":
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
        output.with_suffix(".label_config.xml").write_text(label_config(), encoding="utf-8")
    else:
        with output.open("w", encoding="utf-8") as handle:
            for task in tasks:
                handle.write(json.dumps(task, ensure_ascii=False) + "\n")
    return len(tasks)


_FIX = "export it again from the tool, or fix that line"


def _load(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """(where, item) for each task or record: a JSON list (Label Studio) or JSON Lines
    (Argilla), read through the guarded reader; anything damaged stops the import with
    the file and line, before a gold file is touched."""
    if _first_byte(path) == b"[":
        found = _whole(path, EXPORT_LIMITS)
    else:
        found = []
        for number, item in read_json_lines(path, objects=False):
            if isinstance(item, BadLine):
                if number == 1 and item.reason.startswith("malformed JSON"):
                    whole = load_json_file(path, EXPORT_LIMITS)  # one pretty-printed task?
                    if isinstance(whole, BadLine):
                        raise InteropError(f"{item} (neither JSON nor JSONL); {_FIX}")
                    found = _items(path, whole)
                    break
                raise InteropError(f"{item}; {_FIX}")
            found.append((f"{path}:{number}", item))
    for where, item in found:
        if not isinstance(item, dict):
            raise InteropError(f"{where}: expected a task or record object; {_FIX}")
    return found


#: A Label Studio export is one JSON list holding every task's text: read whole, up to 1 GiB.
EXPORT_LIMITS = InputLimits(max_line_bytes=1 << 30, max_depth=64, max_text_chars=0)


def _first_byte(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(4096).lstrip()[:1]
    except OSError as exc:
        raise InteropError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _whole(path: Path, limits: InputLimits) -> list[tuple[str, Any]]:
    whole = load_json_file(path, limits)
    if isinstance(whole, BadLine):
        raise InteropError(f"{whole}; {_FIX}")
    return _items(path, whole)


def _items(path: Path, whole: Any) -> list[tuple[str, Any]]:
    items = whole if isinstance(whole, list) else [whole]
    return [(f"{path}: item {n}", item) for n, item in enumerate(items, 1)]


def _draft(value: Any) -> GoldRecord | None:
    if isinstance(value, str):
        value = decode_line(value.encode("utf-8", "surrogatepass"))
    return GoldRecord.model_validate(value) if isinstance(value, dict) else None


def _who(value: Any) -> str:
    """The annotator's name as a gold file name (`GoldStore`'s rule: ASCII letters,
    digits, '.', '_', '-', starting with a letter or digit, at most 64 characters)."""
    if isinstance(value, dict):
        value = value.get("email") or value.get("username") or value.get("id")
    name = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in str(value))
    name = name.lstrip("._-")[:64]
    return name or "annotator"


def _labelstudio(task: dict[str, Any]) -> Iterator[tuple[str, GoldRecord]]:
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


def _argilla(record: dict[str, Any]) -> Iterator[tuple[str, GoldRecord]]:
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
        regions = [Region(v["start"], v["end"], v["label"]) for v in response.get("value") or []]
        who = _who(response.get("user_id", "annotator"))
        submitted = response.get("status", "submitted") == "submitted"
        yield who, gold_from_regions(str(article), text, regions, draft, reviewed=submitted)


def import_annotations(path: Path, kind: str) -> dict[str, list[GoldRecord]]:
    """annotator -> their gold records, from a Label Studio or Argilla export.

    Every task is read before anything is returned: a task of the wrong shape stops the
    import (`InteropError`) naming its line or item, so no annotator file is half-written."""
    reader = _labelstudio if kind == "labelstudio" else _argilla
    out: dict[str, list[GoldRecord]] = {}
    for where, item in _load(path):
        try:
            for who, record in reader(item):
                out.setdefault(who, []).append(
                    record.model_copy(update={"annotator": who, "source": f"{kind} {path.name}"})
                )
        except InteropError as exc:
            raise InteropError(f"{where}: {exc}; {_FIX}") from exc
        except (LookupError, TypeError, AttributeError, ValueError, LineProblem) as exc:
            reason = printable(str(exc) or type(exc).__name__, 200)
            raise InteropError(f"{where}: unexpected {kind} structure ({reason}); {_FIX}") from exc
    return out
