"""`briefing gold import` never destroys gold, and the gold store keeps every line.

The import used to overwrite DIR/ANNOTATOR.jsonl (5 labelled records became 2, no
warning; a crash midway left 0 bytes), and the workspace's store kept one line per id
(a file with two lines for one id lost one on the next save). Now the import merges
through `GoldStore.merge`: new articles added, equal records left alone, differing ones
refused unless `--replace`, every other line copied byte for byte, the file replaced
atomically (checked here with a real process killed with SIGKILL while it writes).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.evals.goldio import load_gold
from newsbrief.schemas import GoldBriefing, GoldRecord
from newsbrief.workspace.goldstore import NEW, GoldConflict, GoldStore

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
RUN = "from newsbrief.cli import main; main()"
DAMAGED = b'{"id": "broken", "gold": [' + b"[" * 5000 + b"\n"


def _record(article_id: str, topic: str) -> bytes:
    record = GoldRecord(id=article_id, annotator="ann", gold=GoldBriefing(topics=[topic]))
    return json.dumps(record.model_dump(mode="json", exclude_none=True)).encode() + b"\n"


EARLIER = (
    _record("earlier-1", "economy")
    + _record("earlier-2", "defence")
    + DAMAGED
    + _record("twice", "economy")
    + b"\n"
    + _record("twice", "health")
    + _record("earlier-3", "health")
)
EARLIER_LINES = [line for line in EARLIER.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Argilla export of the five seeds, each answered by annotator `ann`."""
    root = tmp_path_factory.mktemp("interop")
    main(["run", str(SEEDS), "--run-dir", str(root / "run"), "--quiet"])
    tasks = root / "tasks.jsonl"
    main(["gold", "export", str(root / "run"), "--to", "argilla", "-o", str(tasks)])
    lines = []
    for line in tasks.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        value = record["suggestions"]["spans"]["value"]
        record["responses"] = {"spans": [{"user_id": "ann", "value": value}]}
        lines.append(json.dumps(record, ensure_ascii=False))
    tasks.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tasks


def _import(*args: object) -> int:
    try:
        main(["gold", "import", *map(str, args)])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_an_import_onto_an_annotator_file_keeps_every_earlier_line(export, tmp_path, capsys):  # type: ignore[no-untyped-def]
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "ann.jsonl").write_bytes(EARLIER)
    assert _import(export, "--from", "argilla", "-o", labels) == 0
    assert "5 gold records added, 0 replaced, 0 already there" in capsys.readouterr().out
    after = (labels / "ann.jsonl").read_bytes().splitlines()
    assert after[: len(EARLIER_LINES)] == EARLIER_LINES  # byte for byte, damaged included
    assert len(after) == len(EARLIER_LINES) + 5

    assert _import(export, "--from", "argilla", "-o", labels) == 0  # again: nothing to do
    assert "0 gold records added, 0 replaced, 5 already there" in capsys.readouterr().out
    assert (labels / "ann.jsonl").read_bytes().splitlines() == after


def test_differing_labels_are_refused_naming_replace_and_replaced_only_when_asked(
    export,
    tmp_path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    labels = tmp_path / "labels"
    assert _import(export, "--from", "argilla", "-o", labels) == 0
    first_id = json.loads(export.read_text(encoding="utf-8").splitlines()[0])["id"]
    with (labels / "ann.jsonl").open("ab") as handle:
        handle.write(EARLIER)
    lines = (labels / "ann.jsonl").read_bytes().splitlines()
    record = json.loads(lines[0])
    record["gold"]["topics"] = ["culture-sport"]  # the annotator changed a label by hand
    lines[0] = json.dumps(record).encode()
    (labels / "ann.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    before = (labels / "ann.jsonl").read_bytes()

    capsys.readouterr()
    assert _import(export, "--from", "argilla", "-o", labels) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "--replace" in err and first_id in err and "nothing was written" in err
    assert (labels / "ann.jsonl").read_bytes() == before

    assert _import(export, "--from", "argilla", "-o", labels, "--replace") == 0
    assert "0 gold records added, 1 replaced, 4 already there" in capsys.readouterr().out
    after = (labels / "ann.jsonl").read_bytes().splitlines()
    kept = [line for line in before.splitlines()[1:] if line.strip()]
    assert after[1:] == kept  # every other line as it was
    # topics are never shown in Argilla: imported, they are a suggestion, not gold
    assert json.loads(after[0])["gold"].get("topics") != ["culture-sport"]


def test_the_store_keeps_repeated_ids_and_damaged_lines_and_names_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = GoldStore(tmp_path, "ann")
    store.path.write_bytes(EARLIER)
    problems = store.problems()
    assert any("ann.jsonl:3: JSON nested deeper" in p for p in problems), problems
    assert any("ann.jsonl:6: a second line for article 'twice'" in p for p in problems)
    record, version = store.get("twice")
    assert record is not None and record.gold.topics == ["economy"]  # the first line

    changed = GoldRecord(id="twice", annotator="ann", gold=GoldBriefing(topics=["culture-sport"]))
    store.save(changed, version)
    after = store.path.read_bytes().splitlines()
    expected = [line for line in EARLIER.splitlines() if line.strip()]
    expected[3] = after[3]
    assert after == expected  # only the first 'twice' line changed, the second is kept
    assert json.loads(after[3])["gold"]["topics"] == ["culture-sport"]
    assert b'"health"' in after[4]

    new = GoldRecord(id="new-one", annotator="ann", gold=GoldBriefing(topics=["economy"]))
    store.save(new, NEW)
    assert store.path.read_bytes().splitlines()[:-1] == after  # a new id goes at the end
    with pytest.raises(GoldConflict):
        store.save(new, NEW)


def test_kill_9_while_import_writes_leaves_the_old_file_intact(export, tmp_path) -> None:  # type: ignore[no-untyped-def]
    labels = tmp_path / "labels"
    labels.mkdir()
    target = labels / "ann.jsonl"
    notes = "n" * (4 << 20)  # 32 MB of earlier gold: the rewrite takes a while to write
    big = [
        GoldRecord(id=f"long-{n}", annotator="ann", notes=notes, gold=GoldBriefing())
        for n in range(8)
    ]
    earlier = EARLIER + b"".join(_line(record) for record in big)
    target.write_bytes(earlier)
    command = [sys.executable, "-c", RUN, "gold", "import", str(export), "--from", "argilla"]
    process = subprocess.Popen(
        [*command, "-o", str(labels)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    caught = None
    while process.poll() is None:
        temporary = [p for p in labels.iterdir() if p.name.endswith(".tmp")]
        if temporary and _size(temporary[0]) > 0:
            os.kill(process.pid, signal.SIGKILL)  # mid-write: the new file is half there
            caught = temporary[0]
            break
    process.wait()
    assert caught is not None, "the import finished before it could be killed mid-write"
    assert process.returncode == -signal.SIGKILL
    assert target.read_bytes() == earlier  # the old file, whole

    assert subprocess.run([*command, "-o", str(labels)], check=False).returncode == 0
    after = target.read_bytes().splitlines()
    before = [line for line in earlier.splitlines() if line.strip()]
    assert after[: len(before)] == before
    assert len(after) == len(before) + 5
    assert not [p for p in labels.iterdir() if p.name.endswith(".tmp")]  # the killed one's too


def _line(record: GoldRecord) -> bytes:
    return json.dumps(record.model_dump(mode="json", exclude_none=True)).encode() + b"\n"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:  # renamed into place between the listing and now
        return 0


def test_load_gold_still_refuses_the_damaged_file_by_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ann.jsonl"
    path.write_bytes(EARLIER)
    with pytest.raises(Exception, match="line 3"):
        load_gold(path)
