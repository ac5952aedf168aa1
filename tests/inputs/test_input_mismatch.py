"""A file read as the wrong kind stops the command (exit 2) with the way to read it.

Before, `briefing run article.txt` wrote one 'malformed JSON' error record per line and
finished with exit 0.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.inputs.kinds import read_head
from newsbrief.inputs.source import InputSpec, resolve_input
from tests.inputs.cli_helpers import PAGE, briefing, seed_text


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    return lambda *args: briefing(capsys, monkeypatch, *args)


def test_a_text_file_given_to_the_jsonl_reader_stops_with_exit_2(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "article.txt"
    text.write_bytes(seed_text(0).encode())
    result = cli("run", str(text), "--input-format", "jsonl", "--out", "runs")
    assert result.code == 2
    assert result.err.startswith("error: ")
    assert "`briefing note FILE`" in result.text and "--input-format text" in result.text
    assert not (tmp_path / "runs").exists()  # no run directory, no error records


def test_a_jsonl_file_whose_first_lines_are_text_stops_with_exit_2(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "articles.jsonl"
    archive.write_bytes(seed_text(0).encode())
    result = cli("run", str(archive), "--out", "runs")
    assert result.code == 2
    assert "read as JSONL (by its .jsonl suffix)" in result.text
    assert "briefing note" in result.text and "--input-format" in result.text


def test_a_gzipped_text_file_named_jsonl_gz_is_refused_too(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "articles.jsonl.gz"
    archive.write_bytes(gzip.compress(seed_text(0).encode()))
    result = cli("run", str(archive), "--out", "runs")
    assert result.code == 2 and "not JSON objects" in result.text


def test_an_html_page_named_jsonl_is_told_to_use_the_html_format(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "page.jsonl"
    archive.write_bytes(PAGE.read_bytes())
    result = cli("run", str(archive), "--out", "runs")
    assert result.code == 2 and "--input-format html" in result.text


def test_a_json_array_is_told_how_to_become_jsonl(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "articles.jsonl"
    archive.write_text(
        "[\n" + json.dumps({"id": "a", "text": "x"}) + ",\n" + json.dumps({"id": "b"}) + "\n]\n"
    )
    result = cli("run", str(archive), "--out", "runs")
    assert result.code == 2 and "jq -c" in result.text


def test_one_bad_line_among_json_lines_is_still_an_error_record(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "articles.jsonl"
    good = json.dumps({"id": "a", "text": seed_text(0)})
    archive.write_text("{not json\n" + good + "\n", encoding="utf-8")
    result = cli("run", str(archive), "--run-dir", "run")
    assert result.code == 0, result.text
    errors = (tmp_path / "run" / "errors.jsonl").read_text().splitlines()
    assert len(errors) == 1 and json.loads(errors[0])["line"] == 1


def test_a_file_without_suffix_is_read_by_its_content(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pasted = tmp_path / "pasted"
    pasted.write_bytes(seed_text(0).encode())
    result = cli("note", str(pasted))
    assert result.code == 0, result.text
    assert result.out.startswith("# Cambodia, Malaysia armies")


def test_a_missing_input_names_the_path(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("run", "nowhere/articles.jsonl")
    assert result.code == 2 and "input file not found: nowhere/articles.jsonl" in result.text


def _long_article_line() -> bytes:
    text = " ".join(["fisheries"] * 11_000)  # an 11,000-word article: over 64 KiB
    return json.dumps({"id": "long", "text": text}).encode() + b"\n"


@pytest.mark.parametrize("name", ["long.jsonl", "long-no-suffix"])
def test_a_first_line_over_64_kib_is_read_whole_and_is_jsonl(tmp_path: Path, name: str) -> None:
    """The sniff read 64 KiB: half a line is not JSON, and the file was refused as text."""
    path = tmp_path / name
    path.write_bytes(_long_article_line() + b'{"id": "b", "text": "Short one."}\n')
    assert len(path.read_bytes().split(b"\n")[0]) > 64 * 1024
    resolved = resolve_input(InputSpec(str(path)))
    assert resolved.kind == "jsonl"


def test_a_long_first_line_on_stdin_is_jsonl() -> None:
    resolved = resolve_input(InputSpec("-"), stdin=io.BytesIO(_long_article_line()))
    assert resolved.kind == "jsonl"


def test_a_first_line_over_max_line_bytes_is_not_read_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_bytes(_long_article_line())
    with pytest.raises(InputError, match="are not JSON objects"):
        resolve_input(InputSpec(str(path), max_line_bytes=1000))
    with path.open("rb") as handle:
        assert len(read_head(handle, 1000)) == 1001
