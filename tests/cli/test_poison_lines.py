"""Every command that reads a file, against every poison line in every file it reads.

A poison line is one that used to crash some reader: 100,000 nested brackets, a
5,001-digit number, an id with a lone UTF-16 surrogate, invalid UTF-8, a line over the
size limit, JSON that is not an object. `briefing run` survived all of them; every
other reader now reads through `newsbrief.inputs.jsonl` with the same guards. For each
(command, file, poison) the test asserts: no traceback (an exception escaping `main`
fails the test), the documented exit code, the file and line named in the output, and
nothing lost (every line the file held is still there).

The exit code each row expects is the job's: a command that cannot do its job without
the line stops with 2 (a manifest, a gold file, a record a note or digest must render,
a Batch API result or annotation export to import); one that reads the line only for
extra information skips it with a note naming it and exits as it does without the
poison (`SAME`).
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsbrief.cli import common
from newsbrief.inputs import jsonl
from newsbrief.inputs.lines import InputLimits
from tests.inputs.cli_helpers import briefing
from tests.support.fake_batch import answer_requests

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
GOLD = REPO / "evals" / "gold" / "seeds.jsonl"
ONE_ID = "001_daa3c69061294fcf"
LIMIT = 1 << 20  # record files are read with this line limit here (64 MiB by default)

POISONS: dict[str, bytes] = {
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "digits": b'{"id": "p-digits", "text": "x", "n": ' + b"7" * 5001 + b"}",
    "surrogate": b'{"id": "p-\\ud800", "text": "Oslo talks."}',
    "utf8": b'{"id": "p-\xff\xfe", "text": "Oslo talks."}',
    "huge": b'{"id": "p-huge", "text": "' + b"w " * LIMIT + b'"}',
    "array": b"[1, 2]",
}
SAME = -1  # the exit code the command gives on the files without the poison


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    file: str  # the file poisoned, relative to the world
    code: int  # the exit code expected, or SAME
    named: bool = True  # the output names file:line (or the file, for a JSON file)
    setup: tuple[str, ...] = ()  # a command run in the copy before the poison goes in


RUN_FILES = ("run_a/briefings.jsonl", "run_a/errors.jsonl", "run_a/manifest.json")
RESUME = ("run", "input.jsonl", "--run-dir", "run_r", "--quiet")
EVAL = ("eval", "run_a", "--gold", "gold.jsonl")
REPORT = ("report", "run_a", "--gold", "gold.jsonl", "-o", "report.html")
COMPARE = ("eval", "compare", "run_a", "run_b", "--gold", "gold.jsonl")
VERIFY = ("verify", "run_a")
DIGEST = ("digest", "run_a", "-o", "digest.md")
NOTE = ("note", "--from-run", "run_a", "--id", ONE_ID, "-o", "note.md")
EXPORT = ("gold", "export", "run_a", "--to", "argilla", "-o", "tasks.jsonl")
IMPORT = ("gold", "import", "argilla.jsonl", "--from", "argilla", "-o", "labels")
BATCH = ("batch", "import", "batch/output.jsonl", "--run-dir", "imported", "--input", "input.jsonl")
TWO_GOLD = ("gold.jsonl", "gold_b.jsonl")

CASES: list[Case] = [
    Case(
        "run",
        ("run", "input.jsonl", "--run-dir", "fresh", "--max-line-bytes", str(LIMIT)),
        "input.jsonl",
        SAME,
        named=False,
    ),  # the line becomes an input error record
    *[
        Case(
            "resume",
            RESUME,
            f.replace("run_a", "run_r"),
            2 if "manifest" in f else SAME,
            setup=RESUME,
        )
        for f in RUN_FILES
    ],
    *[Case("eval", EVAL, f, 2 if "manifest" in f else SAME) for f in RUN_FILES],
    Case("eval", EVAL, "gold.jsonl", 2),
    Case("eval", EVAL, "input.jsonl", SAME),
    *[Case("report", REPORT, f, 2 if "manifest" in f else SAME) for f in RUN_FILES],
    Case("report", REPORT, "gold.jsonl", 2),
    Case("report", REPORT, "input.jsonl", SAME),
    Case("eval compare", COMPARE, "run_a/manifest.json", 2),
    Case("eval compare", COMPARE, "run_b/briefings.jsonl", SAME),
    Case("eval compare", COMPARE, "run_b/errors.jsonl", SAME),
    Case("eval compare", COMPARE, "gold.jsonl", 2),
    Case("eval compare", COMPARE, "input.jsonl", SAME),
    Case("verify", VERIFY, "run_a/manifest.json", 2),
    Case("verify", VERIFY, "run_a/briefings.jsonl", 2),
    Case("verify", VERIFY, "input.jsonl", SAME),
    Case("digest", DIGEST, "run_a/manifest.json", 2),
    Case("digest", DIGEST, "run_a/briefings.jsonl", 2),
    Case("note --from-run", NOTE, "run_a/manifest.json", 2),
    Case("note --from-run", NOTE, "run_a/briefings.jsonl", 2),
    Case("note --from-run", NOTE, "input.jsonl", SAME, named=False),  # never reaches it
    Case("gold validate", ("gold", "validate", "gold.jsonl"), "gold.jsonl", 1, named=False),
    Case("gold agreement", ("gold", "agreement", *TWO_GOLD), "gold_b.jsonl", 2),
    Case("gold merge", ("gold", "merge", *TWO_GOLD, "-o", "merged.jsonl"), "gold_b.jsonl", 2),
    Case("gold export", EXPORT, "run_a/manifest.json", 2),
    Case("gold export", EXPORT, "run_a/briefings.jsonl", 2),
    Case("gold export", EXPORT, "input.jsonl", SAME),
    Case("gold import", IMPORT, "argilla.jsonl", 2),
    Case(
        "gold import",
        ("gold", "import", "ls.json", "--from", "labelstudio", "-o", "labels"),
        "ls.json",
        2,
    ),
    Case("batch import", BATCH, "batch/output.jsonl", 2),
    Case("batch import", BATCH, "input.jsonl", SAME),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every file the commands read, made by the commands themselves (relative paths,
    so a copy of the folder is a world of its own)."""
    root = tmp_path_factory.mktemp("world")
    shutil.copy(SEEDS, root / "input.jsonl")
    shutil.copy(GOLD, root / "gold.jsonl")
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    (root / "gold_b.jsonl").write_text(
        "".join(json.dumps({**r, "annotator": "b"}) + "\n" for r in records), encoding="utf-8"
    )
    with _inside(root):
        for name in ("run_a", "run_b"):
            _main("run", "input.jsonl", "--run-dir", name, "--quiet")
        _main(*EXPORT[:-2], "-o", "argilla.jsonl")
        _main("gold", "export", "run_a", "--to", "labelstudio", "-o", "ls.json")
        _main("batch", "export", "input.jsonl", "-o", "batch", "--model", "openai:gpt-4o-mini")
    answer_requests(root / "batch")
    _annotate(root)
    (root / "run_a" / "errors.jsonl").write_text(
        json.dumps({"id": "gone", "line": 9, "kind": "input", "message": "x", "attempts": 0})
        + "\n",
        encoding="utf-8",
    )
    return root


def _annotate(root: Path) -> None:
    """An annotator's answer on every exported record and task (the drafts' regions)."""
    lines = []
    for line in (root / "argilla.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        value = record["suggestions"]["spans"]["value"]
        record["responses"] = {"spans": [{"user_id": "ann", "value": value, "status": "submitted"}]}
        lines.append(json.dumps(record, ensure_ascii=False))
    (root / "argilla.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks = json.loads((root / "ls.json").read_text(encoding="utf-8"))
    for task in tasks:
        task["annotations"] = [{"completed_by": "ann", "result": task["predictions"][0]["result"]}]
    (root / "ls.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")


class _inside:
    def __init__(self, folder: Path) -> None:
        self.folder, self.before = folder, Path.cwd()

    def __enter__(self) -> None:
        import os

        os.chdir(self.folder)

    def __exit__(self, *exc: object) -> None:
        import os

        os.chdir(self.before)


def _main(*args: str) -> None:
    from tests.support.cli import run_cli

    code = run_cli(*args)
    assert code == 0, f"setting up the world: briefing {' '.join(args)} exited {code}"


def poison(path: Path, raw: bytes) -> int:
    """Put `raw` in as line 2 of a JSONL file (line 1 of an empty one), or as the whole
    of a JSON file; return the line number it holds (0 for a JSON file)."""
    if path.suffix == ".json":
        path.write_bytes(raw)
        return 0
    lines = path.read_bytes().splitlines(keepends=True)
    at = min(1, len(lines))
    lines.insert(at, raw + b"\n")
    path.write_bytes(b"".join(lines))
    return at + 1


def _lines(path: Path) -> list[bytes]:
    return (
        [line for line in path.read_bytes().splitlines() if line.strip()] if path.exists() else []
    )


@pytest.fixture
def cli(capsys, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(jsonl, "RECORD_LIMITS", InputLimits(LIMIT, 64, 0))
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 400)

    def call(*args: str):  # type: ignore[no-untyped-def]
        return briefing(capsys, monkeypatch, *args)

    return call


_clean_codes: dict[tuple[str, ...], int] = {}


def _clean_code(world: Path, tmp: Path, args: tuple[str, ...], cli) -> int:  # type: ignore[no-untyped-def]
    if args not in _clean_codes:
        copy = tmp / "clean"
        shutil.copytree(world, copy)
        with _inside(copy):
            if args == RESUME:
                _main(*RESUME)
            clean = cli(*args)
        assert clean.code in (0, 3), f"the command fails without a poison line: {clean.text}"
        _clean_codes[args] = clean.code
    return _clean_codes[args]


@pytest.mark.parametrize("kind", list(POISONS))
@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.name}:{c.file}")
def test_a_poison_line_is_named_never_a_traceback_and_nothing_is_lost(
    world: Path,
    tmp_path: Path,
    cli,
    case: Case,
    kind: str,  # type: ignore[no-untyped-def]
) -> None:
    expected = case.code if case.code != SAME else _clean_code(world, tmp_path, case.args, cli)
    copy = tmp_path / "w"
    shutil.copytree(world, copy)
    if case.setup:
        with _inside(copy):
            _main(*case.setup)
    target = copy / case.file
    number = poison(target, POISONS[kind])
    before = _lines(target)
    with _inside(copy):
        result = cli(*case.args)
    assert "Traceback" not in result.text
    assert result.code == expected, result.text
    if case.named:
        name = case.file.split("/")[-1]
        named = (
            f"{name}:{number}" in result.text or f"{name} is invalid: line {number}:" in result.text
        )
        assert named if number else name in result.text, result.text
    after = _lines(target) + _lines(target.with_name("superseded.jsonl"))
    assert all(line in after for line in before), "a line of the file was lost"


# -- the workspace: every page, with a poison line in each file it reads ----------------

ANNOTATOR = "alice"
WORKSPACE_FILES = [
    "run_a/manifest.json",
    "run_a/briefings.jsonl",
    "run_a/errors.jsonl",
    f"labels/{ANNOTATOR}.jsonl",
    "input.jsonl",
]
PAGES = [
    "/",
    "/api/runs",
    "/run?run=run_a",
    f"/article?run=run_a&id={ONE_ID}",
    f"/review?run=run_a&id={ONE_ID}",
    "/compare?a=run_a&b=run_b",
    f"/compare/article?a=run_a&b=run_b&id={ONE_ID}",
    "/run?run=run_b",
]


@pytest.mark.parametrize("kind", list(POISONS))
@pytest.mark.parametrize("file", WORKSPACE_FILES)
def test_the_workspace_serves_every_page_with_a_poison_line_in_any_file(
    world: Path,
    tmp_path: Path,
    monkeypatch,
    file: str,
    kind: str,  # type: ignore[no-untyped-def]
) -> None:
    import re

    from newsbrief.workspace import create_app
    from tests.workspace.conftest import serving
    from tests.workspace.http import get, post_json

    monkeypatch.setattr(jsonl, "RECORD_LIMITS", InputLimits(LIMIT, 64, 0))
    copy = tmp_path / "w"
    shutil.copytree(world, copy, ignore=shutil.ignore_patterns("batch", "*.json*", "labels"))
    shutil.copytree(world / "run_a", copy / "run_a", dirs_exist_ok=True)
    shutil.copytree(world / "run_b", copy / "run_b", dirs_exist_ok=True)
    shutil.copy(world / "input.jsonl", copy / "input.jsonl")
    labels = copy / "labels"
    labels.mkdir()
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    (labels / f"{ANNOTATOR}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold[1:3]), encoding="utf-8"
    )
    target = copy / file
    number = poison(target, POISONS[kind])
    before = _lines(target)
    monkeypatch.chdir(copy)  # the runs record their input relative to this folder
    app, ws = create_app(copy, annotator=ANNOTATOR, labels_dir=labels)
    for name in ("run_a", "run_b"):
        ws.index(ws.runs.resolve(name))  # built now, so no page is the "indexing" one
    with serving(app) as url:
        statuses = {page: get(url + page)[0] for page in PAGES}
        assert all(status < 500 for status in statuses.values()), statuses
        assert statuses["/"] == 200 and statuses["/run?run=run_b"] == 200, statuses
        status, body = get(url + "/")
        if file.endswith("manifest.json"):
            assert "damaged" in body  # the run is listed, marked, and the rest served
        else:
            assert all(status == 200 for status in statuses.values()), statuses
        _, page = get(url + f"/review?run=run_b&id={ONE_ID}")
        token = {
            "X-Briefing-Token": re.findall(r'name="briefing-token" content="([^"]+)"', page)[0]
        }
        if file.startswith("labels"):
            assert f"{ANNOTATOR}.jsonl:{number}" in page  # the damaged line is named
        saved = {"id": ONE_ID, "gold": {"topics": ["defence"]}}
        version = re.findall(r'data-version="([^"]+)"', page)[0]
        status, answer = post_json(
            url + "/api/gold?run=run_b", {"record": saved, "base_version": version}, token
        )
        assert status == 200, answer
    after = _lines(target)
    assert all(line in after for line in before if ONE_ID.encode() not in line), "a line was lost"


# -- batch import: odd usage values and results for no input article --------------------


def _edit_result(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = edit(lines[1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("usage", "named"),
    [
        ('{"prompt_tokens": "900", "completion_tokens": 300}', "usage.prompt_tokens is '900'"),
        ('{"prompt_tokens": -5, "completion_tokens": 300}', "usage.prompt_tokens is -5"),
        ('{"prompt_tokens": 9.5, "completion_tokens": 300}', "usage.prompt_tokens is 9.5"),
        ('{"prompt_tokens": true, "completion_tokens": 300}', "usage.prompt_tokens is True"),
        ('{"prompt_tokens": 900, "completion_tokens": 10000000000000}', "usage.completion_tokens"),
        (
            '{"prompt_tokens": 900, "prompt_tokens_details": {"cached_tokens": [1]}}',
            "cached_tokens",
        ),
        ('"lots"', "usage is 'lots', not an object"),
        ("[900, 300]", "usage is [900, 300], not an object"),
    ],
)
def test_batch_import_names_an_odd_usage_value_and_imports_nothing(
    world: Path,
    tmp_path: Path,
    cli,
    usage: str,
    named: str,  # type: ignore[no-untyped-def]
) -> None:
    copy = tmp_path / "w"
    shutil.copytree(world, copy)
    _edit_result(
        copy / "batch/output.jsonl",
        lambda line: line.replace(
            '"usage": {"prompt_tokens": 900, "completion_tokens": 300}', f'"usage": {usage}'
        ),
    )
    with _inside(copy):
        result = cli(*BATCH)
    assert result.code == 2, result.text
    assert "output.jsonl:2:" in result.text and named in result.text, result.text
    assert not (copy / "imported").exists()  # checked before the run directory is opened


def test_batch_import_refuses_results_for_articles_the_input_does_not_hold(
    world: Path,
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    copy = tmp_path / "w"
    shutil.copytree(world, copy)
    _edit_result(
        copy / "batch/output.jsonl",
        lambda line: re.sub(r'"custom_id": "[^"#]*#', '"custom_id": "ghost-article#', line),
    )
    with _inside(copy):
        result = cli(*BATCH)
    assert result.code == 1, result.text
    assert "output.jsonl:2: custom_id names article 'ghost-article'" in result.text
    assert "refused 1 results" in result.text
    from newsbrief.run.rundir import read_briefings

    ids = {record.id for record in read_briefings(copy / "imported")}
    assert len(ids) == 4 and "ghost-article" not in ids
