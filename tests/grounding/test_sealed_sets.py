"""A labelled set kept sealed for one blind measurement is read by no tool that reads
every set: the verdict snapshot and the realistic briefings' key points skip it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.sealed import SEALED, sealed
from tests.grounding.verdict_snapshot import _benchmark


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (Path("benchmarks/data/faithfulness_heldout8.jsonl"), True),
        (Path("benchmarks/data/faithfulness_heldout7.jsonl"), False),
        (Path("benchmarks/data/faithfulness.jsonl"), False),
        (Path("benchmarks/data/faithfulness_heldout.jsonl"), False),
    ],
)
def test_sealed_reads_the_set_name_from_the_file_name(path: Path, expected: bool) -> None:
    assert sealed(path, frozenset({"heldout8"})) is expected


def test_no_set_is_sealed_once_measured() -> None:
    """heldout8 to heldout16 were each measured once and reported (benchmarks/README.md):
    from then on they are development sets, read by the snapshot like the others."""
    for number in range(8, 17):
        name = f"heldout{number}"
        assert name not in SEALED
        assert not sealed(Path(f"benchmarks/data/faithfulness_{name}.jsonl"))


def test_heldout12_articles_file_is_not_read_as_a_labelled_set() -> None:
    """Its articles (in no example file) have their own file, named outside the
    faithfulness*.jsonl pattern that tools reading every labelled set glob for."""
    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
    assert not any(data.glob("faithfulness*articles*.jsonl"))
    assert (data / "articles_heldout12.jsonl").is_file()


@pytest.mark.parametrize("number", range(13, 17))
def test_a_sets_articles_file_is_read_by_the_benchmark(number: int) -> None:
    """heldout13 to heldout16's articles are in no example file either: each set's own
    file, outside the faithfulness*.jsonl pattern, in the benchmark's ARTICLES."""
    data = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
    assert (data / f"articles_heldout{number}.jsonl").is_file()
    assert data / f"articles_heldout{number}.jsonl" in _benchmark().ARTICLES


def test_every_sealed_set_is_one_the_benchmark_knows_by_that_file() -> None:
    sets = _benchmark().SETS
    for name in SEALED:
        assert sealed(sets[name]), name
