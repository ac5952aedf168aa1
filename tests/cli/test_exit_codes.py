"""Exit codes a script can trust, command by command (the README's table).

0: done and good; 1: done but the result is bad; 2: usage or environment error. Each
row runs the real entry point in-process on real files; the model rows run the real
openai backend against the local test server. (The evaluation gate's own codes,
including 3 for undecided, are tested with `eval compare`.)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsbrief.exit_codes import BAD_RESULT, OK, USAGE
from newsbrief.run.verdict import judge_counts
from tests.conftest import REPO, SEEDS_JSONL
from tests.support.cli import run_cli
from tests.support.fake_batch import BatchScript, FakeBatchServer
from tests.support.fake_openai import FakeOpenAIServer

ARTICLE = REPO / "examples" / "article.txt"
GOLD = REPO / "evals" / "gold" / "seeds.jsonl"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as fake:
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        yield fake


def jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def articles(tmp: Path, good: int, without_text: int) -> Path:
    """`good` articles, then `without_text` lines that are input errors (no text)."""
    text = "Officials in Oslo met on Monday. Anne Dahl said talks went well."
    rows: list[dict[str, object]] = [{"id": f"a{i}", "text": text} for i in range(good)]
    rows += [{"id": f"bad{i}", "title": "no text"} for i in range(without_text)]
    return jsonl(tmp / "in.jsonl", rows)


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run_dir = tmp_path_factory.mktemp("seeds") / "run"
    assert run_cli("run", SEEDS_JSONL, "--run-dir", run_dir, "--quiet") == OK
    return run_dir


# (name, arguments given tmp_path and the seeds run, expected code)
Case = tuple[str, Callable[[Path, Path], list[object]], int]
CASES: list[Case] = [
    ("--version", lambda t, r: ["--version"], OK),
    ("--help", lambda t, r: ["--help"], OK),
    ("unknown command", lambda t, r: ["nonsense"], USAGE),
    ("run: briefed", lambda t, r: ["run", articles(t, 3, 0), "--run-dir", t / "r"], OK),
    (
        "run: nothing briefed",
        lambda t, r: ["run", articles(t, 0, 5), "--run-dir", t / "r"],
        BAD_RESULT,
    ),
    (
        "run: errors above --max-error-rate",
        lambda t, r: ["run", articles(t, 1, 2), "--run-dir", t / "r"],
        BAD_RESULT,
    ),
    (
        "run: errors within --max-error-rate",
        lambda t, r: ["run", articles(t, 1, 2), "--run-dir", t / "r", "--max-error-rate", "0.7"],
        OK,
    ),
    (
        "run: empty input",
        lambda t, r: ["run", jsonl(t / "e.jsonl", []), "--run-dir", t / "r"],
        BAD_RESULT,
    ),
    ("run: missing input", lambda t, r: ["run", t / "missing.jsonl"], USAGE),
    ("run: bad option", lambda t, r: ["run", SEEDS_JSONL, "--concurrency", "x"], USAGE),
    ("note: a file", lambda t, r: ["note", ARTICLE], OK),
    ("note: missing file", lambda t, r: ["note", t / "missing.txt"], USAGE),
    ("note: a web address", lambda t, r: ["note", "https://example.org/a"], USAGE),
    ("note: from a run", lambda t, r: ["note", "--from-run", r, "--id", first_id(r)], OK),
    ("digest", lambda t, r: ["digest", r], OK),
    ("digest: not a run", lambda t, r: ["digest", t], USAGE),
    ("eval", lambda t, r: ["eval", r, "--gold", GOLD, "--no-write"], OK),
    ("eval: missing gold", lambda t, r: ["eval", r, "--gold", t / "none.jsonl"], USAGE),
    ("verify", lambda t, r: ["verify", r], OK),
    ("report", lambda t, r: ["report", r, "--gold", GOLD, "-o", t / "r.html"], OK),
    ("prompts list", lambda t, r: ["prompts", "list"], OK),
    ("prompts show: unknown prompt", lambda t, r: ["prompts", "show", "nope@v9"], USAGE),
    ("gold validate: good", lambda t, r: ["gold", "validate", GOLD], OK),
    (
        "gold validate: errors",
        lambda t, r: ["gold", "validate", jsonl(t / "g.jsonl", [{"id": "x", "gold": 5}])],
        BAD_RESULT,
    ),
    (
        "batch export",
        lambda t, r: [
            "batch",
            "export",
            SEEDS_JSONL,
            "-o",
            t / "b",
            "--model",
            "openai:gpt-4o-mini",
        ],
        OK,
    ),
    ("batch export: no model", lambda t, r: ["batch", "export", SEEDS_JSONL, "-o", t / "b"], USAGE),
]


def first_id(run_dir: Path) -> str:
    line = (run_dir / "briefings.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return str(json.loads(line)["id"])


@pytest.mark.parametrize(("name", "args", "code"), CASES, ids=[c[0] for c in CASES])
def test_exit_code(
    name: str,
    args: Callable[[Path, Path], list[object]],
    code: int,
    tmp_path: Path,
    seeds_run: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli(*args(tmp_path, seeds_run)) == code, capsys.readouterr().err


def test_five_articles_that_all_fail_exit_1(
    server: FakeOpenAIServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five HTTP 400s: every line has a record, but no briefing; the job must see it."""
    for _ in range(5):
        server.enqueue_error(400, message="bad request")
    path = articles(tmp_path, 5, 0)
    code = run_cli("run", path, "--model", "openai:test-model", "--run-dir", tmp_path / "r")
    err = capsys.readouterr().err
    assert code == BAD_RESULT, err
    assert "no article was briefed: all 5 failed" in err
    manifest = json.loads((tmp_path / "r" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "finished" and manifest["counts"]["errors"] == 5
    assert manifest["sessions"][-1]["options"]["max_error_rate"] == 0.5


def test_five_articles_briefed_exit_0(server: FakeOpenAIServer, tmp_path: Path) -> None:
    path = articles(tmp_path, 5, 0)
    code = run_cli("run", path, "--model", "openai:test-model", "--run-dir", tmp_path / "r")
    assert code == OK


@pytest.mark.parametrize(
    ("status", "briefed", "errors", "rate", "code", "badge"),
    [
        ("finished", 5, 0, 0.5, 0, "finished"),
        ("finished", 0, 5, 0.5, 1, "nothing briefed"),
        ("finished", 0, 0, 0.5, 1, "nothing briefed"),
        ("finished", 0, 5, 1.0, 1, "nothing briefed"),  # 1 disables the rate, not this
        ("finished", 1, 1, 0.5, 0, "finished"),  # 50% is not above 0.5
        ("finished", 1, 2, 0.5, 1, "too many errors"),  # 67%
        ("finished", 1, 2, 0.7, 0, "finished"),
        ("finished", 1, 2, 1.0, 0, "finished"),
        ("finished", 99, 1, 0.0, 1, "too many errors"),
        ("stopped", 0, 5, 0.5, 0, "stopped"),  # the command raises the stop reason
        ("running", 0, 0, 0.5, 0, "running"),
    ],
)
def test_verdict_table(
    status: str, briefed: int, errors: int, rate: float, code: int, badge: str
) -> None:
    verdict = judge_counts(status, briefed, errors, rate)
    assert (verdict.exit_code, verdict.badge) == (code, badge)
    assert (verdict.problem is not None) == (code == BAD_RESULT)


@pytest.mark.parametrize(("errors", "code"), [(0, OK), (5, BAD_RESULT)])
def test_batch_run_judges_its_result_like_run(
    errors: int, code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the Batch API: five requests that all fail inside the batch exit 1."""
    scripts = [BatchScript(errors=errors) for _ in range(2)]
    with FakeBatchServer(scripts=scripts) as api:
        monkeypatch.setenv("OPENAI_BASE_URL", api.base_url)
        monkeypatch.setenv("BRIEFING_BATCH_POLL", "0.01")
        exit_code = run_cli(
            "batch",
            "run",
            articles(tmp_path, 5, 0),
            "--model",
            "openai:gpt-4o-mini",
            "--run-dir",
            tmp_path / "b",
            "--batch-retries",
            "0",
            "--poll-max",
            "0.05",
        )
    assert exit_code == code
    manifest = json.loads((tmp_path / "b" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "finished"
    assert (manifest["counts"]["ok"], manifest["counts"]["errors"]) == (5 - errors, errors)
