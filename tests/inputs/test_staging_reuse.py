"""Restaging a folder reuses the lines of unchanged files: saved pages are not
extracted again on every rerun, and a changed file always is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsbrief.inputs import folder as folder_module
from newsbrief.inputs import staging
from newsbrief.inputs.source import InputSpec, resolve_input
from tests.inputs.cli_helpers import PAGE, needs_html, write_seed


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the files staging reads (and extracts) from disk."""
    seen: list[str] = []
    real = folder_module.read_article_file  # staging reads each file through the folder's reader

    def counting(path, kind, article_id=None):  # type: ignore[no-untyped-def]
        seen.append(article_id)
        return real(path, kind, article_id)

    monkeypatch.setattr(folder_module, "read_article_file", counting)
    return seen


def stage(folder: Path, dest: Path) -> str:
    staging.stage(resolve_input(InputSpec(str(folder))), dest)
    return dest.read_text(encoding="utf-8")


@needs_html
def test_only_new_and_changed_files_are_read_again(tmp_path: Path, reads: list[str]) -> None:
    folder, dest = tmp_path / "pages", tmp_path / "run" / "input.jsonl"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE.read_bytes())
    write_seed(folder / "b.txt", 0)
    first = stage(folder, dest)
    assert reads == ["a.html", "b.txt"]
    reads.clear()
    assert stage(folder, dest) == first  # identical staging, nothing read
    assert reads == []
    write_seed(folder / "b.txt", 1)  # changed content (and size)
    write_seed(folder / "c.txt", 2)  # new
    again = stage(folder, dest)
    assert reads == ["b.txt", "c.txt"]
    assert again.splitlines()[0] == first.splitlines()[0]  # a.html's line reused as it was
    assert "Russian" in again.splitlines()[1]


def test_a_staged_file_changed_behind_its_record_is_not_trusted(
    tmp_path: Path, reads: list[str]
) -> None:
    folder, dest = tmp_path / "texts", tmp_path / "run" / "input.jsonl"
    write_seed(folder / "a.txt", 0)
    stage(folder, dest)
    dest.write_text('{"id": "a.txt", "text": "something else entirely"}\n', encoding="utf-8")
    os.utime(dest, ns=(1, 1))
    reads.clear()
    assert "something else" not in stage(folder, dest)
    assert reads == ["a.txt"]


def test_a_file_that_failed_fails_again_without_being_read(
    tmp_path: Path, reads: list[str]
) -> None:
    folder, dest = tmp_path / "texts", tmp_path / "run" / "input.jsonl"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\xff\xfe")
    write_seed(folder / "good.txt", 0)
    staging.stage(resolve_input(InputSpec(str(folder))), dest)
    reads.clear()
    summary = staging.stage(resolve_input(InputSpec(str(folder))), dest)
    assert (summary.articles, summary.problems) == (1, 1)
    assert reads == []
