"""Commands that used to end quietly wrong now say or do the right thing.

Each test fails on the code before the fix: report.html in the current directory,
`batch import` without grounding although batch.json knew the input, no way to set
max_tokens, a manifest with `temperature: null`, a silent rerun of a finished run,
truncated `prompts list`, JSON from `prompts show`, and 'Error:' next to 'error:'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from newsbrief.cli import common
from newsbrief.prompting.spec import PROMPTS_DIR, list_prompts
from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from tests.inputs.cli_helpers import briefing, seed_text, write_seed
from tests.support.eval_runs import paired_runs
from tests.support.fake_batch import answer_requests
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    for console in (common.stdout, common.stderr):
        monkeypatch.setattr(console, "_width", 250)

    def call(*args: object, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
        return briefing(capsys, monkeypatch, *map(str, args), stdin=stdin)

    return call


@pytest.fixture
def fake_openai(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    with FakeOpenAIServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        yield server


def test_report_without_output_writes_into_the_run_directory(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "data").mkdir()
    gold, run_a, _ = paired_runs(tmp_path / "data", articles=6)
    result = cli("report", run_a, "--gold", gold)
    assert result.code == 0, result.text
    assert (run_a / "report.html").is_file()
    assert not (tmp_path / "report.html").exists()
    assert str(run_a / "report.html") in result.text


def test_batch_import_grounds_with_the_input_recorded_at_export(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "articles"
    for number in range(3):
        write_seed(folder / f"a{number}.txt", number)
    exported = cli("batch", "export", folder, "-o", "out", "--model", "openai:gpt-4o-mini")
    assert exported.code == 0, exported.text
    assert json.loads((tmp_path / "out" / "batch.json").read_text())["input"] == str(
        (tmp_path / "out" / "input.jsonl").resolve()
    )
    output = answer_requests(tmp_path / "out")
    result = cli("batch", "import", output, "--run-dir", "run")
    assert result.code == 0, result.text
    assert "no --input archive" not in result.text
    assert "recorded at export" in result.text
    records = list(read_briefings(tmp_path / "run"))
    assert sorted(r.id for r in records) == ["a0.txt", "a1.txt", "a2.txt"]
    assert all(r.briefing.grounding is not None for r in records)
    assert read_manifest(tmp_path / "run").grounding_checked > 0


def test_max_tokens_option_is_sent_and_recorded(cli, tmp_path: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    result = cli(
        "run", article, "--model", "openai:test-model", "--max-tokens", "777", "--run-dir", "r"
    )
    assert result.code == 0, result.text
    assert {r.body["max_tokens"] for r in fake_openai.completion_requests} == {777}
    parameters = read_manifest(tmp_path / "r").parameters
    assert parameters["max_tokens"] == 777 and parameters["temperature"] == 0.0


def test_note_takes_max_tokens_too(cli, tmp_path: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    result = cli("note", article, "--model", "openai:test-model", "--max-tokens", "555")
    assert result.code == 0, result.text
    assert fake_openai.completion_requests[0].body["max_tokens"] == 555


def test_the_manifest_records_the_prompt_values_that_were_sent(
    cli, tmp_path: Path, fake_openai
) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    result = cli("run", article, "--model", "openai:test-model", "--run-dir", "r")
    assert result.code == 0, result.text
    sent = fake_openai.completion_requests[0].body
    assert (sent["temperature"], sent["max_tokens"]) == (0.0, 2048)
    parameters = read_manifest(tmp_path / "r").parameters
    assert (parameters["temperature"], parameters["max_tokens"]) == (0.0, 2048)


def test_the_token_limit_error_names_the_option(cli, tmp_path: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    for _ in range(3):  # cut off before the summary: nothing a repair can keep
        fake_openai.enqueue('{"headline": "Border talks", "summ', finish_reason="length")
    cli("run", article, "--model", "openai:test-model", "--max-tokens", "300", "--run-dir", "r",
        "--max-error-rate", "1")  # fmt: skip
    (error,) = read_errors(tmp_path / "r")
    assert "max_tokens=300" in error.message
    assert "--max-tokens N" in error.message and "BRIEFING_OPENAI_MAX_TOKENS" in error.message


def test_rerunning_a_finished_run_says_what_is_left(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        json.dumps({"id": "ok", "text": seed_text(0)}) + "\n" + '{"id": "bad"}\n',
        encoding="utf-8",
    )
    first = cli("run", archive, "--run-dir", "r")
    assert first.code == 0 and "nothing to do" not in first.text
    again = cli("run", archive, "--run-dir", "r")
    assert again.code == 0, again.text
    assert "nothing to do: all 2 article(s)" in again.text
    assert "1 error(s) remain, rerun with --retry-errors" in again.text


def test_prompts_list_shows_full_ids_and_descriptions(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("prompts", "list")
    assert result.code == 0
    for spec in list_prompts():
        assert spec.ref in result.out
        assert " ".join(spec.description.split()) in result.text
        assert spec.schema_hash in result.out
    assert "…" not in result.out


def test_prompts_show_prints_the_prompt_file_as_yaml(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("prompts", "show", "briefing@v1")
    assert result.code == 0
    assert "\\n" not in result.out.splitlines()[3]
    path = PROMPTS_DIR / "briefing" / "v1.yaml"
    assert yaml.safe_load(result.out) == yaml.safe_load(path.read_text(encoding="utf-8"))
    assert result.out.endswith(path.read_text(encoding="utf-8"))


def test_prompts_show_render_prints_the_messages_and_an_estimate(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    result = cli(
        "prompts", "show", "briefing@v1", "--render", article, "--model", "openai:gpt-4o-mini"
    )
    assert result.code == 0, result.text
    out = result.out
    assert out.startswith("--- system ---\n")
    assert out.count("--- user ---") == 2 and out.count("--- assistant ---") == 1
    assert "PHNOM PENH – Cambodia and Malaysia’s armies" in out
    assert "hun_manet_-_malaysia.jpeg" not in out  # furniture cleaned as for a run
    assert "json_schema" in out  # instructor's schema instructions, as sent in json mode
    assert "model=gpt-4o-mini, temperature=0.0, max_tokens=2048" in out
    assert "prompt tokens + at most 2,048 answer tokens" in out and "≈ $" in out


def test_click_errors_use_the_same_error_style(cli) -> None:  # type: ignore[no-untyped-def]
    missing = cli("run")
    assert missing.code == 2
    assert "error: Missing argument 'INPUT'" in missing.err and "Error:" not in missing.err
    assert "Usage: briefing run" in missing.err
    unknown = cli("note", "--nope")
    assert unknown.code == 2 and "error: No such option" in unknown.err
    assert "Error:" not in unknown.err


def test_a_failed_note_uses_the_same_error_style(cli, tmp_path: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    article = write_seed(tmp_path / "a.txt", 0)
    for _ in range(3):  # cut off before the summary: nothing a repair can keep
        fake_openai.enqueue('{"headline": "Border talks", "summ', finish_reason="length")
    result = cli("note", article, "--model", "openai:test-model")
    assert result.code == 1
    assert result.err.startswith("error: could not brief 'a'") and "Error:" not in result.err
