"""`briefing note` on an input with several articles names some and says how many more."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS_JSONL
from tests.support.cli import run_cli


def test_a_folder_names_three_files_and_counts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(f"Story {name}. The council met on Monday.\n")
    assert run_cli("note", tmp_path) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "(a.txt, b.txt, c.txt and 1 more); pick one with --id ID" in err


def test_an_archive_says_there_are_more_without_reading_it_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run_cli("note", SEEDS_JSONL) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "(000_0c837def3d75426e, 001_daa3c69061294fcf, 002_9da62d504f2ec232 and more)" in err
