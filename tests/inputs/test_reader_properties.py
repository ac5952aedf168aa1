"""Property tests of every reader (Hypothesis): any bytes as a line give one problem
naming that line, or a record, and never an exception.

Each test puts an arbitrary line as line 2 of an otherwise good file and reads the file
through one reader of the project: the guarded reader itself, the gold loader and the
workspace's gold store, the run-file readers of evals, resume, notes and the workspace
index, the input texts of evals, the Label Studio/Argilla import and the Batch API
import. `tests/cli/test_poison_lines.py` runs the commands on the named poisons;
here the lines are whatever Hypothesis makes. Example counts are small (shared machine);
a failure is shrunk to a minimal line and printed.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.errors import BriefingError
from newsbrief.evals.articles import load_texts
from newsbrief.evals.goldio import read_gold_file
from newsbrief.evals.rundir_reader import read_run
from newsbrief.inputs.jsonl import BadLine, read_json_lines
from newsbrief.run.batch_import import check_results
from newsbrief.run.resume import scan_run_dir
from newsbrief.run.rundir import read_briefings, read_errors
from newsbrief.workspace.goldstore import GoldStore
from newsbrief.workspace.index import RunIndex
from newsbrief.workspace.interop import import_annotations
from tests.support.cli import run_cli

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds.jsonl"
GOLD = REPO / "evals" / "gold" / "seeds.jsonl"

FRAGMENTS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b"\\ud800",
    b"\\u",
    b":",
    b",",
    b"9" * 50,
    b"\xff",
    b"\xed\xa0\x80",
    b"\x00",
    b"id",
    b'"id":',
    b"null",
    b" ",
    b"\r",
]
# JSON lines whose values are hostile: deep, long numbers, surrogates, wrong types
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)
json_lines = st.builds(
    lambda obj, ascii_only: json.dumps(obj, ensure_ascii=ascii_only).encode(
        "utf-8", "surrogatepass"
    ),
    st.dictionaries(
        st.sampled_from(["id", "text", "gold", "custom_id", "response", "kind", "usage"]),
        json_values,
        max_size=4,
    ),
    st.booleans(),
)
poisons = st.builds(
    lambda depth, digits: b"[" * depth + b"]" * depth + b" " + b"7" * digits,
    st.integers(0, 3000),
    st.integers(0, 6000),
)
any_line = st.one_of(
    st.binary(max_size=150),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(b"".join),
    json_lines,
    poisons,
).map(lambda raw: raw.replace(b"\n", b" "))

FAST = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def with_line(path: Path, raw: bytes) -> None:
    """`raw` as line 2 of the file at `path`."""
    lines = path.read_bytes().splitlines(keepends=True)
    lines.insert(1, raw + b"\n")
    path.write_bytes(b"".join(lines))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readers")
    shutil.copy(SEEDS, root / "input.jsonl")
    shutil.copy(GOLD, root / "gold.jsonl")
    assert run_cli("run", root / "input.jsonl", "--run-dir", root / "run", "--quiet") == 0
    tasks = root / "tasks.jsonl"
    assert run_cli("gold", "export", root / "run", "--to", "argilla", "-o", tasks) == 0
    (root / "run" / "errors.jsonl").write_text(
        json.dumps({"id": "x", "line": 9, "kind": "input", "message": "m", "attempts": 0}) + "\n"
    )
    results = root / "results.jsonl"
    results.write_text(
        "".join(
            json.dumps(
                {
                    "custom_id": f"{r['id']}#abc",
                    "response": {
                        "status_code": 200,
                        "body": {
                            "choices": [{"message": {"content": "{}"}, "finish_reason": "stop"}],
                            "usage": {"prompt_tokens": 10, "completion_tokens": 5},
                        },
                    },
                }
            )
            + "\n"
            for r in map(json.loads, SEEDS.read_text(encoding="utf-8").splitlines())
        )
    )
    return root


@contextmanager
def copy_of(world: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "w"
        shutil.copytree(world, target)
        yield target


def stopped(read: Callable[[], object]) -> str | None:
    """The message of the `BriefingError` a reader stopped with (None: it read)."""
    try:
        read()
    except BriefingError as exc:
        return str(exc)
    return None


def named(message: str, path: Path) -> bool:
    return f"{path.name}:2" in message or f"{path.name} is invalid: line 2" in message


@FAST
@given(any_line)
def test_the_guarded_reader_gives_a_value_or_one_bad_line_for_line_2(world, raw) -> None:  # type: ignore[no-untyped-def]
    with copy_of(world) as w:
        path = w / "input.jsonl"
        with_line(path, raw)
        items = list(read_json_lines(path))
        bad = [item for _, item in items if isinstance(item, BadLine)]
        assert all(item.line == 2 for item in bad) and len(bad) <= 1
        assert len([n for n, _ in items if n != 2]) == 5  # the other lines are untouched
        for item in bad:
            json.dumps(str(item), ensure_ascii=False).encode("utf-8")  # printable as UTF-8


@FAST
@given(any_line)
def test_gold_files_give_problems_on_line_2_only(world, raw) -> None:  # type: ignore[no-untyped-def]
    with copy_of(world) as w:
        path = w / "gold.jsonl"
        with_line(path, raw)
        records, problems = read_gold_file(path)
        assert {p.line for p in problems if p.severity == "error"} <= {2}
        assert len(records) >= 5
        store = GoldStore(w, "gold")  # the workspace's store reads the same file
        assert len(store.lines()) == 5 + bool(raw.strip())
        assert all("gold.jsonl:2" in p for p in store.problems())


@FAST
@given(any_line)
def test_run_files_are_read_or_the_line_is_named(world, raw) -> None:  # type: ignore[no-untyped-def]
    for name in ("briefings.jsonl", "errors.jsonl"):
        with copy_of(world) as w:
            path = w / "run" / name
            with_line(path, raw)
            run = read_run(w / "run")  # evals: skipped and counted
            assert len(run.predictions) >= 5
            state = scan_run_dir(w / "run", 5, 1)  # resume: left out, counted
            assert state.briefings >= 5
            # notes, digest, verify: the records they need, or a stop naming the line
            stop = stopped(lambda: (list(read_briefings(w / "run")), list(read_errors(w / "run"))))
            assert stop is None or named(stop, path), stop
            index = RunIndex(w / "run", w / "index.sqlite")  # the workspace
            index.refresh()
            assert len(list(index.ids())) >= 5


@FAST
@given(any_line)
def test_input_texts_skip_a_bad_line_and_keep_the_others(world, raw) -> None:  # type: ignore[no-untyped-def]
    with copy_of(world) as w:
        path = w / "input.jsonl"
        with_line(path, raw)
        texts = load_texts(path)
        assert {json.loads(line)["id"] for line in SEEDS.read_text().splitlines()} <= set(texts)


@FAST
@given(any_line)
def test_imports_refuse_a_bad_line_by_its_number(world, raw) -> None:  # type: ignore[no-untyped-def]
    with copy_of(world) as w:
        for path, read in (
            (w / "tasks.jsonl", lambda p: import_annotations(p, "argilla")),
            (w / "results.jsonl", lambda p: check_results([p])),
        ):
            with_line(path, raw)
            stop = stopped(lambda read=read, path=path: read(path))
            assert stop is None or named(stop, path), stop
