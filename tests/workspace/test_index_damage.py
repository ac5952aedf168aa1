"""The workspace's per-run index (`.view-cache/*.sqlite`): a damaged one, or one of
another schema, is set aside and rebuilt with a warning instead of breaking that run's
pages for good; and nothing it stores holds a key."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.workspace.index import ArticleFilter, RunIndex

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = tmp_path_factory.mktemp("run") / "run"
    main(["run", str(SEEDS), "--run-dir", str(run), "--quiet", "--no-cache"])
    return run


def _other_schema(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT)")
        db.execute("CREATE TABLE meta (k TEXT, v TEXT)")


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not a database at all " * 200),
        _other_schema,
        lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000),
    ],
    ids=["garbage", "other-schema", "torn-header"],
)
def test_a_damaged_index_is_set_aside_and_rebuilt_with_a_warning(
    run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage
) -> None:
    db_path = tmp_path / ".view-cache" / "run.sqlite"
    db_path.parent.mkdir()
    damage(db_path)
    index = RunIndex(run_dir, db_path)
    assert index.refresh() == 5
    total, rows = index.page(ArticleFilter())
    assert total == 5 and len(rows) == 5
    assert "was damaged" in (index.warning or "") and "rebuilt" in (index.warning or "")
    assert "was damaged" in capsys.readouterr().err
    assert len(list(db_path.parent.glob("run.sqlite.corrupt-*"))) == 1
    assert RunIndex(run_dir, db_path).page(ArticleFilter())[0] == 5  # and stays good


def test_the_index_stores_no_key_from_an_old_run(
    run_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run written before redaction covered answers may hold a key; the index (a copy
    of headlines and search text) must not copy it."""
    key = "Zq9plain0123456789abcdefXY"
    monkeypatch.setenv("OPENAI_API_KEY", key)
    old = tmp_path / "old"
    old.mkdir()
    for name in ("manifest.json", "errors.jsonl"):
        if (run_dir / name).exists():
            (old / name).write_bytes((run_dir / name).read_bytes())
    lines = []
    for line in (run_dir / "briefings.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["briefing"]["headline"] += f" {key}"
        record["briefing"]["summary"] += f" Code {key}."
        lines.append(json.dumps(record, ensure_ascii=False))
    (old / "briefings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_path = tmp_path / "index.sqlite"
    index = RunIndex(old, db_path)
    index.refresh()
    _, rows = index.page(ArticleFilter())
    assert all("[redacted]" in row.headline for row in rows)
    for stored in tmp_path.glob("index.sqlite*"):
        assert key.encode() not in stored.read_bytes()
        assert key.lower().encode() not in stored.read_bytes()
