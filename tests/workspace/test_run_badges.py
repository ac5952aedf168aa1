"""The runs page says when a finished run's result is bad, instead of a green
"finished", names a run opened directly (`briefing view runs/dev-a`) by its folder, and
names the baseline model once."""

from __future__ import annotations

import json
import re
from pathlib import Path

from newsbrief.workspace.app import create_app
from tests.support.cli import run_cli
from tests.workspace.conftest import serving
from tests.workspace.http import get


def _failed_run(root: Path) -> Path:
    """A finished run in which every article failed (each line lacks its text)."""
    source = root / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"x{i}"}) + "\n" for i in range(5)))
    run_dir = root / "all-failed"
    assert run_cli("run", source, "--run-dir", run_dir, "--quiet") == 1
    return run_dir


def test_a_run_with_nothing_briefed_has_a_red_badge_not_finished(tmp_path: Path) -> None:
    root = tmp_path / "runs"
    root.mkdir()
    _failed_run(root)
    app, _ = create_app(root, annotator="alice")
    with serving(app) as url:
        _, page = get(url + "/")
        badge = re.search(r'<td class="status"><span class="badge badge-(\w+)"[^>]*>([^<]+)<', page)
        assert badge and badge.groups() == ("bad", "nothing briefed")
        _, body = get(url + "/api/runs")
        (run,) = json.loads(body)
        assert run["status"] == "finished" and run["badge_kind"] == "bad"
        assert run["problem"] == "no article was briefed: all 5 failed (see errors.jsonl)"
        assert "<td>baseline</td>" in page  # the model once, not "baseline baseline"
        _, page = get(url + "/run?run=all-failed")
        assert "finished, but no article was briefed" in page


def test_a_run_opened_directly_is_named_by_its_folder(tmp_path: Path) -> None:
    run_dir = _failed_run(tmp_path)
    app, _ = create_app(run_dir, annotator="alice")
    with serving(app) as url:
        _, page = get(url + "/")
        assert '<a href="/run?run=.">all-failed</a>' in page
        _, page = get(url + "/run?run=.")
        assert "<h1>all-failed " in page
