"""Label Studio and Argilla round trips: export a real run, annotate, import; every span
(offsets and label) comes back, and the attributes a span cannot hold are kept."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.evals.goldio import load_gold
from newsbrief.run.rundir import read_briefings
from newsbrief.workspace.draft import draft_gold
from newsbrief.workspace.interop import InteropError, import_annotations
from newsbrief.workspace.spans import regions_of

NEW_QUOTE_TEXT = "Cambodia and Malaysia"


def _drafts(run_dir: Path) -> dict[str, object]:
    return {r.id: draft_gold(r.id, r.briefing) for r in read_briefings(run_dir)}


def _regions(record: object) -> Counter:
    return Counter((r.start, r.end, r.label) for r in regions_of(record))  # type: ignore[arg-type]


def _items(record: object, name: str) -> Counter:
    return Counter(item.model_dump_json() for item in getattr(record.gold, name) or [])  # type: ignore[attr-defined]


def test_label_studio_round_trip_keeps_every_span(runs_root: Path, tmp_path: Path) -> None:
    run = runs_root / "seeds-a"
    tasks_file = tmp_path / "tasks.json"
    main(["gold", "export", str(run), "--to", "labelstudio", "-o", str(tasks_file)])
    tasks = json.loads(tasks_file.read_text())
    assert (tmp_path / "tasks.label_config.xml").read_text().count("<Label ") >= 13
    drafts = _drafts(run)
    assert len(tasks) == len(drafts) == 5
    total = 0
    for task in tasks:
        result = task["predictions"][0]["result"]
        total += len(result)
        for region in result:  # the region text is the article's text at the offsets
            value = region["value"]
            assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
        # Alice accepts every prediction; Bob drops the first and draws a new quote.
        text = task["data"]["text"]
        start = text.find(NEW_QUOTE_TEXT)
        drawn = {
            "type": "labels",
            "from_name": "label",
            "to_name": "text",
            "value": {"start": start, "end": start + len(NEW_QUOTE_TEXT), "labels": ["Quote"]},
        }
        task["annotations"] = [
            {"completed_by": {"email": "alice@example.org"}, "result": result},
            {"completed_by": 7, "result": [*result[1:], *([drawn] if start >= 0 else [])]},
            {"completed_by": 8, "result": [], "was_cancelled": True},
        ]
    assert total > 50
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks))
    out = tmp_path / "gold"
    main(["gold", "import", str(export), "--from", "labelstudio", "-o", str(out)])
    files = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))  # not locks
    assert files == ["7.jsonl", "alice_example.org.jsonl"]

    alice = {r.id: r for r in load_gold(out / "alice_example.org.jsonl")}
    for article_id, draft in drafts.items():
        got = alice[article_id]
        assert _regions(got) == _regions(draft)  # every span, with its label
        for name in ("actors", "quotes", "events"):  # roles, aliases, speakers, what kept
            assert _items(got, name) == _items(draft, name), name
        assert got.gold.five_w1h == draft.gold.five_w1h
        assert got.gold.topics == draft.gold.topics and got.annotator == "alice_example.org"

    bob = {r.id: r for r in load_gold(out / "7.jsonl")}
    first = tasks[0]
    dropped = first["predictions"][0]["result"][0]["value"]
    got = _regions(bob[first["data"]["article_id"]])
    assert (dropped["start"], dropped["end"], dropped["labels"][0]) not in got
    start = first["data"]["text"].find(NEW_QUOTE_TEXT)
    assert (start, start + len(NEW_QUOTE_TEXT), "Quote") in got

    # The two annotators' files feed `briefing gold agreement` directly.
    main(["gold", "agreement", str(out / "alice_example.org.jsonl"), str(out / "7.jsonl")])


@pytest.mark.parametrize("shape", ["nested", "list"])
def test_argilla_round_trip_keeps_every_span(runs_root: Path, tmp_path: Path, shape: str) -> None:
    run = runs_root / "seeds-a"
    records_file = tmp_path / "records.jsonl"
    main(["gold", "export", str(run), "--to", "argilla", "-o", str(records_file)])
    records = [json.loads(line) for line in records_file.read_text().splitlines()]
    for record in records:
        spans = record["suggestions"]["spans"]["value"]
        response = {"value": spans, "user_id": "u-1", "status": "submitted"}
        if shape == "nested":  # records.to_list(flatten=False)
            record["responses"] = {"spans": [response]}
        else:
            record["responses"] = [{**response, "question_name": "spans"}]
    export = tmp_path / "argilla.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in records))
    imported = import_annotations(export, "argilla")["u-1"]
    drafts = _drafts(run)
    assert {r.id for r in imported} == set(drafts)
    for record in imported:
        assert _regions(record) == _regions(drafts[record.id])


def test_a_file_that_is_not_an_export_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"data": {"no_text": 1}}]')
    with pytest.raises(InteropError, match="lacks data.text"):
        import_annotations(bad, "labelstudio")
    bad.write_text("{not json")
    with pytest.raises(InteropError, match="neither JSON nor JSONL"):
        import_annotations(bad, "argilla")
