"""`briefing note` and `briefing digest` through click's CliRunner.

Articles are briefed for real: with the deterministic baseline backend (the default)
and with the OpenAI backend against the local fake OpenAI server, the only test double.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from docx import Document

from newsbrief.cli import cli
from tests.notes.builders import (
    CAMBODIA_MALAYSIA,
    SEEDS,
    hostile_record,
    seed_article,
    seed_record,
    write_run,
)
from tests.support.fake_openai import FakeOpenAIServer


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def invoke_user_error(*args: str) -> Result:
    """Commands that must fail with a BriefingError (the CLI's main turns it into exit 2)."""
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def seed_txt(tmp_path: Path) -> Path:
    path = tmp_path / f"{CAMBODIA_MALAYSIA}.txt"
    path.write_text(seed_article().text, encoding="utf-8")
    return path


@pytest.fixture
def fake_openai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        yield server


@pytest.fixture
def run_dir(tmp_path: Path) -> Path:
    return write_run(tmp_path / "run", [seed_record(), hostile_record()])


def test_note_from_txt_with_openai_backend_prints_markdown(seed_txt: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    result = invoke("note", str(seed_txt), "--model", "openai:test-model")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# ")
    assert "openai · model openai:test-model · prompt briefing@v1" in result.output
    assert "## 5W1H" in result.output
    assert "## Grounding" in result.output
    assert len(fake_openai.completion_requests) >= 1


def test_note_from_jsonl_by_id_writes_html(tmp_path: Path, fake_openai) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "note.html"
    result = invoke(
        "note",
        str(SEEDS),
        "--id",
        CAMBODIA_MALAYSIA,
        "--model",
        "openai:test-model",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Cambodia, Malaysia armies bulk up regional security co-op" in page  # article text


def test_note_with_default_baseline_backend(seed_txt: Path, tmp_path: Path) -> None:
    out = tmp_path / "note.md"
    result = invoke("note", str(seed_txt), "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "baseline · model baseline · prompt briefing@v1" in text


def test_note_from_run_renders_without_a_model(run_dir: Path, tmp_path: Path) -> None:
    result = invoke("note", "--from-run", str(run_dir), "--id", CAMBODIA_MALAYSIA)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(
        "# Cambodia and Malaysia armies pledge closer security cooperation"
    )
    assert "⚠ *not found in the article*" in result.output


@pytest.mark.parametrize(
    ("args", "headline"),
    [
        ([], "Sample zero"),  # the first sample, not the one written last
        (["--sample", "0"], "Sample zero"),
        (["--sample", "1"], "Sample one"),
    ],
)
def test_note_from_a_repeat_run_renders_the_sample_asked_for(
    tmp_path: Path, args: list[str], headline: str
) -> None:
    first, second = seed_record(), seed_record()
    samples = [
        first.model_copy(
            update={
                "sample": 1,
                "briefing": first.briefing.model_copy(update={"headline": "Sample one"}),
            }
        ),
        second.model_copy(
            update={
                "sample": 0,
                "briefing": second.briefing.model_copy(update={"headline": "Sample zero"}),
            }
        ),
    ]
    run = write_run(tmp_path / "run", samples)
    result = invoke("note", "--from-run", str(run), "--id", CAMBODIA_MALAYSIA, *args)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"# {headline}\n")


def test_note_sample_errors_say_what_to_do(run_dir: Path, seed_txt: Path) -> None:
    absent = invoke_user_error(
        "note", "--from-run", str(run_dir), "--id", CAMBODIA_MALAYSIA, "--sample", "2"
    )
    assert absent.exit_code != 0
    assert f"article {CAMBODIA_MALAYSIA!r} has no briefing for sample 2" in str(absent.exception)
    assert "its samples there: 0" in str(absent.exception)  # a run without --repeat
    loose = invoke_user_error("note", str(seed_txt), "--sample", "1")
    assert "use it with --from-run" in str(loose.exception)


def test_note_from_run_to_docx_and_html(run_dir: Path, tmp_path: Path) -> None:
    docx_path = tmp_path / "n.docx"
    assert (
        invoke(
            "note", "--from-run", str(run_dir), "--id", CAMBODIA_MALAYSIA, "-o", str(docx_path)
        ).exit_code
        == 0
    )
    doc = Document(io.BytesIO(docx_path.read_bytes()))
    assert doc.paragraphs[0].text.startswith("Cambodia and Malaysia armies")
    html_path = tmp_path / "n.html"
    assert (
        invoke(
            "note", "--from-run", str(run_dir), "--id", CAMBODIA_MALAYSIA, "-o", str(html_path)
        ).exit_code
        == 0
    )
    # The run's recorded input (examples/seeds.jsonl) supplies the article for highlights.
    assert 'data-keys="actor-0' in html_path.read_text(encoding="utf-8")


def test_format_option_overrides_the_suffix(run_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "note.txt"
    assert (
        invoke(
            "note",
            "--from-run",
            str(run_dir),
            "--id",
            CAMBODIA_MALAYSIA,
            "-o",
            str(out),
            "--format",
            "html",
        ).exit_code
        == 0
    )
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["note"], "give an INPUT"),
        (["note", "--from-run", "RUN"], "--from-run needs --id ID"),
        (["note", "--from-run", "RUN", "--id", "missing"], "no briefing for id 'missing'"),
        (
            ["note", "--from-run", "RUN", "--id", CAMBODIA_MALAYSIA, "-o", "x.pdf"],
            "cannot tell the format of 'x.pdf'",
        ),
        (
            ["note", "--from-run", "RUN", "--id", CAMBODIA_MALAYSIA, "--format", "docx"],
            "a Word note needs a file: add -o NOTE.docx",
        ),
        (["note", str(SEEDS)], "holds more than one article"),
        (["digest", "RUN", "--topic", "war"], "unknown topic 'war'"),
        (["digest", "RUN", "-o", "d.docx"], "format 'docx' is not available here"),
    ],
)
def test_user_errors_are_named_and_say_what_to_do(
    run_dir: Path, args: list[str], message: str
) -> None:
    args = [str(run_dir) if a == "RUN" else a for a in args]
    result = invoke_user_error(*args)
    assert result.exit_code != 0
    assert message in str(result.exception)


def test_digest_to_terminal_and_html(run_dir: Path, tmp_path: Path) -> None:
    result = invoke("digest", str(run_dir), "--ids", f"{CAMBODIA_MALAYSIA},hostile-1")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Digest: 2 briefings")
    assert "## Timeline" in result.output
    out = tmp_path / "d.html"
    assert invoke("digest", str(run_dir), "--topic", "defence", "-o", str(out)).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert f'id="article-{CAMBODIA_MALAYSIA}"' in page
    assert "hostile-1" not in page


def test_digest_of_a_repeat_run_has_each_article_once_from_its_first_sample(
    tmp_path: Path,
) -> None:
    records = [
        seed_record().model_copy(
            update={
                "sample": n,
                "briefing": seed_record().briefing.model_copy(update={"headline": f"Sample {n}"}),
            }
        )
        for n in (1, 0, 2)
    ]
    run = write_run(tmp_path / "run", records)
    result = invoke("digest", str(run))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Digest: 1 briefings")
    assert "Sample 0" in result.output
    assert "Sample 1" not in result.output and "Sample 2" not in result.output


def test_note_reports_a_briefing_that_failed(seed_txt: Path, fake_openai, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_REASKS", "0")
    monkeypatch.setenv("BRIEFING_OPENAI_MAX_RETRIES", "0")
    fake_openai.enqueue_invalid(count=5)
    result = CliRunner().invoke(cli, ["note", str(seed_txt), "--model", "openai:test-model"])
    assert result.exit_code == 1
    assert "could not brief '000_0c837def3d75426e' (validation)" in result.output
