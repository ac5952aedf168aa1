"""Label Studio and Argilla round trips: export a real run, annotate, import; every span
(offsets and label) comes back, the attributes a span cannot hold are kept, and review
state survives: submitted regions are reviewed gold with their origin, what the tool
never showed stays a suggestion, an unsubmitted Argilla response is not gold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.evals.goldio import load_gold
from newsbrief.evals.goldreview import count_review, items_of
from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.schemas import GoldBriefing, GoldRecord
from newsbrief.workspace.draft import draft_gold
from newsbrief.workspace.interop import InteropError, import_annotations
from newsbrief.workspace.spans import briefing_regions, regions_of

NEW_QUOTE_TEXT = "Cambodia and Malaysia"


def _drafts(run_dir: Path) -> dict[str, GoldRecord]:
    return {r.id: draft_gold(r.id, r.briefing) for r in read_briefings(run_dir)}


def _regions(record: object) -> Counter:
    return Counter((r.start, r.end, r.label) for r in regions_of(record))  # type: ignore[arg-type]


def _items(briefing: GoldBriefing | None, name: str, spanned: bool = True) -> Counter:
    """Items of a field (with a span, or without one) as JSON, to compare as multisets."""
    items = getattr(briefing, name) or [] if briefing else []
    has = (lambda i: bool(i.spans)) if name == "actors" else (lambda i: i.span is not None)
    if name == "events":
        has = lambda i: i.when_span is not None or i.where_span is not None  # noqa: E731
    return Counter(i.model_dump_json() for i in items if has(i) == spanned)


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
    run_id = read_manifest(run).run_id
    for article_id, draft in drafts.items():
        got = alice[article_id]
        assert _regions(got) == _regions(draft)  # every span, with its label
        # Every region alice kept is reviewed gold, the model's item accepted unchanged.
        assert Counter(r.label for r in briefing_regions(got.gold)) == Counter(
            r.label for r in regions_of(draft)
        )
        assert {o for _, o in items_of(got.gold)} <= {"model"}
        for name in ("actors", "quotes", "events"):  # roles, aliases, speakers, what kept
            assert _items(got.gold, name) == _items(draft.suggestions, name), name
            # what the tool could not show stays a suggestion, never gold
            assert _items(got.suggestions, name, False) == _items(draft.suggestions, name, False)
        assert got.gold.headline is None and got.gold.topics is None
        assert got.suggestions is not None and draft.suggestions is not None
        assert got.suggestions.headline == draft.suggestions.headline
        assert got.suggestions.topics == draft.suggestions.topics
        assert got.annotator == "alice_example.org" and got.source_run == run_id

    bob = {r.id: r for r in load_gold(out / "7.jsonl")}
    first = tasks[0]
    dropped = first["predictions"][0]["result"][0]["value"]
    bob_first = bob[first["data"]["article_id"]]
    got = _regions(bob_first)
    assert (dropped["start"], dropped["end"], dropped["labels"][0]) not in got
    start = first["data"]["text"].find(NEW_QUOTE_TEXT)
    assert (start, start + len(NEW_QUOTE_TEXT), "Quote") in got
    drawn_quote = next(q for q in bob_first.gold.quotes or [] if q.text == NEW_QUOTE_TEXT)
    assert drawn_quote.origin == "added"

    # The two annotators' files feed `briefing gold agreement` directly.
    main(["gold", "agreement", str(out / "alice_example.org.jsonl"), str(out / "7.jsonl")])


@pytest.mark.parametrize("shape", ["nested", "list"])
def test_argilla_round_trip_keeps_every_span(runs_root: Path, tmp_path: Path, shape: str) -> None:
    """u-1 submits every suggestion; u-2 only saved a draft response: not gold."""
    run = runs_root / "seeds-a"
    records_file = tmp_path / "records.jsonl"
    main(["gold", "export", str(run), "--to", "argilla", "-o", str(records_file)])
    records = [json.loads(line) for line in records_file.read_text().splitlines()]
    for record in records:
        spans = record["suggestions"]["spans"]["value"]
        response = {"value": spans, "user_id": "u-1", "status": "submitted"}
        draft = {"value": spans[1:], "user_id": "u-2", "status": "draft"}
        if shape == "nested":  # records.to_list(flatten=False)
            record["responses"] = {"spans": [response, draft]}
        else:
            record["responses"] = [{**r, "question_name": "spans"} for r in (response, draft)]
    export = tmp_path / "argilla.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in records))
    people = import_annotations(export, "argilla")
    imported = people["u-1"]
    drafts = _drafts(run)
    assert {r.id for r in imported} == set(drafts)
    for record in imported:
        assert _regions(record) == _regions(drafts[record.id])
        assert count_review([record]).reviewed_items > 0
    unsubmitted = count_review(people["u-2"])
    assert unsubmitted.reviewed_items == 0 and unsubmitted.suggestions > 0


def test_a_file_that_is_not_an_export_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"data": {"no_text": 1}}]')
    with pytest.raises(InteropError, match="lacks data.text"):
        import_annotations(bad, "labelstudio")
    bad.write_text("{not json")
    with pytest.raises(InteropError, match="neither JSON nor JSONL"):
        import_annotations(bad, "argilla")
