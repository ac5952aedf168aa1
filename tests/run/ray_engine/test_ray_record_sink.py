"""The driver's record sink: one record per input line whatever Ray delivers, counts that
match the files, and the stop and pause signals of the local engine."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsbrief.run.health import ErrorWindow
from newsbrief.run.progress import LogProgress
from newsbrief.run.ray_engine.sink import LineSet, RecordSink
from newsbrief.run.rundir import RecordWriter
from newsbrief.schemas import Briefing, BriefingRecord, ErrorRecord, Manifest, Provenance, Usage

PROVENANCE = Provenance(
    backend="openai",
    model="openai:m",
    prompt_id="briefing",
    prompt_version=1,
    prompt_hash="p",
    schema_hash="s",
)


def _briefing(article_id: str, line: int, cost: float = 0.5) -> str:
    briefing = Briefing.model_validate({"headline": "H", "summary": "S"})
    return BriefingRecord(
        id=article_id,
        line=line,
        briefing=briefing,
        provenance=PROVENANCE,
        usage=Usage(prompt_tokens=10, completion_tokens=5, requests=1, cost_usd=cost),
    ).model_dump_json()


def _error(article_id: str, line: int, kind: str = "transport") -> str:
    return ErrorRecord(
        id=article_id,
        line=line,
        kind=kind,
        message="boom",  # type: ignore[arg-type]
        usage=Usage(requests=1),
    ).model_dump_json()


@pytest.fixture
def sink(tmp_path: Path) -> tuple[RecordSink, list[float]]:
    manifest = Manifest(
        run_id="r",
        input="in",
        backend="openai",
        model="openai:m",
        prompt_id="briefing",
        prompt_version=1,
        prompt_hash="p",
        schema_hash="s",
        code_version="x",
        started_at="now",
    )
    pauses: list[float] = []
    writer = RecordWriter(tmp_path, commit_lines=1000)
    made = RecordSink(
        manifest,
        writer,
        LogProgress(None, stream=io.StringIO()),
        ErrorWindow(max_rate=0.5, size=4),
        pauses.append,
        pause_s=7.0,
    )
    return made, pauses


@pytest.mark.parametrize(
    ("lines", "new"),
    [
        ([1, 2, 3], [True, True, True]),
        ([5, 5], [True, False]),
        ([0, 8, 9, 8], [True, True, True, False]),
        ([10_000_000, 3, 10_000_000], [True, True, False]),
    ],
)
def test_line_set_reports_repeats(lines: list[int], new: list[bool]) -> None:
    seen = LineSet()
    assert [seen.add(line) for line in lines] == new


def test_a_line_delivered_twice_is_written_once(
    sink: tuple[RecordSink, list[float]], tmp_path: Path
) -> None:
    records, _ = sink
    for line, kind, payload in [
        (1, "briefing", _briefing("a", 1)),
        (2, "skipped", ""),
        (1, "briefing", _briefing("a", 1)),
        (3, "error", _error("c", 3)),
    ]:
        records.take(line, kind, payload)
    records.writer.close()
    counts = records.manifest.counts
    assert (counts.read, counts.ok, counts.errors, counts.skipped) == (2, 1, 1, 1)
    assert records.duplicates == 1
    assert records.manifest.usage.cost_usd == pytest.approx(0.5)
    assert len((tmp_path / "briefings.jsonl").read_text().splitlines()) == 1
    assert len((tmp_path / "errors.jsonl").read_text().splitlines()) == 1


def test_fatal_outcome_stops_and_later_records_are_not_written(
    sink: tuple[RecordSink, list[float]],
) -> None:
    records, _ = sink
    records.take(1, "fatal", "the endpoint refused the request: 401")
    records.take(2, "briefing", _briefing("b", 2))
    assert records.stop_reason == "the endpoint refused the request: 401"
    assert records.manifest.counts.read == 0


def test_error_rate_pauses_every_worker_then_stops(sink: tuple[RecordSink, list[float]]) -> None:
    records, pauses = sink
    for line in range(1, 5):  # window of 4, all failing: pause once
        records.take(line, "error", _error(f"x{line}", line))
    assert pauses == [7.0]
    assert records.stop_reason is None
    for line in range(5, 9):  # the next window is as bad: stop
        records.take(line, "error", _error(f"x{line}", line))
    assert records.stop_reason
    assert "error rate stayed too high" in records.stop_reason


def test_input_errors_do_not_count_against_the_endpoint(
    sink: tuple[RecordSink, list[float]],
) -> None:
    records, pauses = sink
    for line in range(1, 9):
        records.take(line, "error", _error(f"x{line}", line, kind="input"))
    assert pauses == []
    assert records.stop_reason is None
    assert records.manifest.counts.errors == 8
