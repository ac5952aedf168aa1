"""A runs folder made by the real `briefing run` (baseline backend, the five seeds) and
the workspace served by uvicorn on a free 127.0.0.1 port, as `briefing view` serves it.

Run A is the run as made. Run B is a copy edited the way a second prompt would differ:
one actor dropped, one headline changed, one article failed with a validation error.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from newsbrief.cli import main
from newsbrief.schemas import ErrorRecord, Manifest
from newsbrief.workspace import Workspace, create_app
from newsbrief.workspace.server import free_port

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
GOLD = REPO / "evals" / "gold" / "seeds.jsonl"
FAILED_IN_B = "002_9da62d504f2ec232"
EDITED_IN_B = "000_0c837def3d75426e"
LONG_ARTICLE = "004_3248484f5bf1ed46"


def _edit_run_b(run_b: Path) -> None:
    lines = (run_b / "briefings.jsonl").read_text(encoding="utf-8").splitlines()
    kept = []
    for line in lines:
        obj = json.loads(line)
        if obj["id"] == FAILED_IN_B:
            continue
        if obj["id"] == EDITED_IN_B:
            obj["briefing"]["headline"] = "Cambodia and Malaysia agree to train soldiers together"
            obj["briefing"]["actors"] = obj["briefing"]["actors"][:-1]
        kept.append(json.dumps(obj, ensure_ascii=False))
    (run_b / "briefings.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    error = ErrorRecord(
        id=FAILED_IN_B, line=3, kind="validation", message="answer never validated", attempts=3
    )
    (run_b / "errors.jsonl").write_text(error.model_dump_json() + "\n", encoding="utf-8")
    manifest = Manifest.model_validate_json((run_b / "manifest.json").read_text())
    manifest.run_id = "seeds-b"
    manifest.counts.ok -= 1
    manifest.counts.errors += 1
    (run_b / "manifest.json").write_text(manifest.model_dump_json(indent=2))


@pytest.fixture(scope="session")
def runs_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("runs")
    main(["run", str(SEEDS), "--run-dir", str(root / "seeds-a"), "--model", "baseline"])
    shutil.copytree(root / "seeds-a", root / "seeds-b")
    _edit_run_b(root / "seeds-b")
    return root


@dataclass
class Served:
    url: str
    workspace: Workspace
    root: Path


@contextmanager
def serving(app: object) -> Iterator[str]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port; yield its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))  # type: ignore[arg-type]
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the workspace server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def served(runs_root: Path, tmp_path: Path) -> Iterator[Served]:
    """The workspace on a real server; gold is saved into this test's own folder."""
    app, ws = create_app(runs_root, annotator="alice", gold=GOLD, labels_dir=tmp_path / "labels")
    with serving(app) as url:
        yield Served(url, ws, runs_root)
