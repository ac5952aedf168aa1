"""A run over an archive with custom field names records them, so `note --from-run`
and `eval` can read the article text again without being told the names."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.evals.rundir_reader import read_run
from newsbrief.evals.scoring import _texts
from newsbrief.notes.source import load_article
from newsbrief.run.rundir import read_manifest


def test_custom_field_names_are_recorded_and_reused(tmp_path: Path, seeds_jsonl: Path) -> None:
    archive = tmp_path / "custom.jsonl"
    with archive.open("w", encoding="utf-8") as handle:
        for line in seeds_jsonl.read_text(encoding="utf-8").splitlines()[:2]:
            seed = json.loads(line)
            handle.write(json.dumps({"doc": seed["id"], "body": seed["text"]}) + "\n")
    run_dir = tmp_path / "run"
    main(
        [
            "run",
            str(archive),
            "--run-dir",
            str(run_dir),
            "--id-field",
            "doc",
            "--text-field",
            "body",
            "--quiet",
        ]
    )
    manifest = read_manifest(run_dir)
    assert manifest.input_fields == {"id": "doc", "text": "body", "title": "title"}
    first_id = json.loads(archive.read_text(encoding="utf-8").splitlines()[0])["doc"]
    article = load_article(run_dir, first_id)
    assert article is not None
    assert article.text.startswith("Cambodia, Malaysia armies")
    # evals reads the run's input through the same names for its grounding check
    texts = _texts(read_run(run_dir), {}, None)
    assert texts[first_id] == article.text
