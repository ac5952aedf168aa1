"""`briefing note --judge`: the analyst's command has the judge read the claims before
the note is rendered, for an article briefed now and for a run's record, through the real
CLI, the openai SDK and instructor over HTTP to the fake server (briefings with two
doubtful key points; judge requests to a judge persona). The note shows the judge's
verdicts in place; a judge at a closed port exits 2 before the model is asked; a judge
that fails leaves the rules' verdicts and the note is still written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import run_cli_stderr
from tests.support.judge_articles import ARTICLES, NUMBERS, judge_servers
from tests.support.judge_personas import is_judge_request
from tests.support.ports import unused_port

FLOOD = dict(ARTICLES)["flood"]


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    yield from judge_servers(monkeypatch)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(FLOOD, encoding="utf-8")
    return path


def _note(capsys, *args: object) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    return run_cli_stderr(
        capsys, "note", *args, "--model", "openai:test-model", "--max-tokens", "2000"
    )


def test_note_with_a_careful_judge_shows_its_verdicts_in_place(
    serve, article: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    server = serve("agrees")
    out = tmp_path / "note.md"
    code, err = _note(capsys, article, "--judge", "openai:judge-model", "-o", out)
    assert code == 0, err
    assert any(is_judge_request(r.body) for r in server.completion_requests)
    assert "Judge openai:judge-model" in err and "claim(s) of 1 briefing(s) sent" in err
    note = out.read_text(encoding="utf-8")
    # the judge confirmed the red mark on the wrong number, and says so in the note
    wrong = next(
        line for line in note.splitlines() if NUMBERS["flood"][:30] in line and "judge" in line
    )
    assert "judge:" in wrong


def test_note_from_a_run_is_judged_before_it_is_rendered(
    serve, article: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    server = serve("agrees")
    archive = tmp_path / "articles.jsonl"
    archive.write_text(json.dumps({"id": "flood", "text": FLOOD}) + "\n", encoding="utf-8")
    code, err = run_cli_stderr(capsys, "run", archive, "--model", "openai:test-model",
                               "--run-dir", tmp_path / "run", "--quiet", "--max-reasks", "0")  # fmt: skip
    assert code == 0, err
    asked = len(server.completion_requests)
    out = tmp_path / "note.md"
    code, err = run_cli_stderr(capsys, "note", "--from-run", tmp_path / "run", "--id", "flood",
                               "--judge", "same", "-o", out)  # fmt: skip
    assert code == 0, err
    judged = server.completion_requests[asked:]
    assert judged and all(is_judge_request(r.body) for r in judged)  # no new briefing
    assert "judge:" in out.read_text(encoding="utf-8")


def test_note_with_a_judge_at_a_closed_port_exits_2_before_the_model_is_asked(
    serve, article: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    server = serve("agrees")
    closed = f"http://127.0.0.1:{unused_port()}/v1"
    out = tmp_path / "note.md"
    code, err = _note(
        capsys, article, "--judge", "openai:judge-model", "--judge-base-url", closed, "-o", out
    )
    assert code == 2
    assert "--judge openai:judge-model: cannot reach the endpoint" in err
    assert not server.completion_requests and not out.exists()


def test_note_with_a_failing_judge_keeps_the_rules_verdicts(
    serve, article: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    serve("server_error")
    out = tmp_path / "note.md"
    code, err = _note(capsys, article, "--judge", "openai:judge-model", "-o", out)
    assert code == 0, err
    assert "1 briefing(s) with a judge error" in err
    note = out.read_text(encoding="utf-8")
    assert NUMBERS["flood"] in note and "judge:" not in note  # the rules' red mark stays


def test_judge_all_without_judge_is_a_usage_error(article: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, err = run_cli_stderr(capsys, "note", article, "--judge-all")
    assert code == 2 and "--judge-all and --judge-base-url need --judge MODEL" in err
