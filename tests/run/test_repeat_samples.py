"""`briefing run --repeat k`: every sample is a real request, keyed by (article, sample)
in the records, the response cache and the resume index, so an interrupted run resumed
briefs exactly the missing samples; a run's k is fixed; Ray and the Batch API refuse it."""

from __future__ import annotations

import json
from array import array
from collections import Counter
from pathlib import Path

import pytest

from newsbrief.backends.base import CURRENT_SAMPLE
from newsbrief.cli import main
from newsbrief.errors import RunDirError
from newsbrief.inputs.reader import FieldMap
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.cache import CacheScope, ResponseCache
from newsbrief.run.intake import Intake, SampleJob
from newsbrief.run.resume import (
    ResumeIndex,
    fast_key,
    id_key,
    raw_key,
    record_key,
    sample_key,
    scan_run_dir,
)
from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from newsbrief.run.session import RunIdentity, open_session
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord
from newsbrief.step.brief import brief_article
from tests.run.engine_helpers import openai_backend, write_archive
from tests.support.eval_runs import PROVENANCE, briefing
from tests.support.fake_openai import FakeOpenAIServer


@pytest.fixture
def threaded_server():
    with FakeOpenAIServer() as srv:
        yield srv


def run_cli(archive: Path, run_dir: Path, *extra: str) -> int:
    args = ["run", str(archive), "--run-dir", str(run_dir), "--quiet", *extra]
    try:
        main(args)
    except SystemExit as exited:
        return int(exited.code or 0)
    return 0


def openai_run(server: FakeOpenAIServer, archive: Path, run_dir: Path, *extra: str) -> int:
    return run_cli(archive, run_dir, "--model", "openai:test-model", *extra)


def samples_in(run_dir: Path) -> Counter[tuple[str, int | None]]:
    found: Counter[tuple[str, int | None]] = Counter()
    for record in [*read_briefings(run_dir), *read_errors(run_dir)]:
        found[(record.id or "", record.sample)] += 1
    return found


# -- keys ------------------------------------------------------------------------------


def test_sample_zero_keeps_the_article_key_and_other_samples_get_their_own() -> None:
    assert sample_key(b"a1", None) == sample_key(b"a1", 0) == raw_key(b"a1") == id_key("a1")
    keys = {sample_key(b"a1", s) for s in range(4)} | {sample_key(b"a2", s) for s in range(4)}
    assert len(keys) == 8


RECORDS = [
    BriefingRecord(id="a1", briefing=briefing(), provenance=PROVENANCE),
    BriefingRecord(id="a1", sample=0, briefing=briefing(), provenance=PROVENANCE),
    BriefingRecord(id="a1", sample=12, briefing=briefing(), provenance=PROVENANCE),
    BriefingRecord(id='say "hi"', sample=2, briefing=briefing(), provenance=PROVENANCE),
    ErrorRecord(id="a1", sample=3, kind="transport", message="HTTP 500"),
    ErrorRecord(id="a1", kind="transport", message="HTTP 500"),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{r.id}#{r.sample}")
def test_the_fast_scan_reads_the_same_key_as_a_full_parse(record) -> None:
    line = record.model_dump_json(exclude_none=False).encode()
    expected = sample_key(record.id.encode(), record.sample)
    assert record_key(record) == expected
    fast = fast_key(line)
    if isinstance(record, BriefingRecord) and '"' not in record.id:
        assert fast == expected
    else:
        assert fast in (None, expected)  # an escaped id is parsed in full instead


def test_records_without_a_sample_are_written_exactly_as_before() -> None:
    plain = BriefingRecord(id="a1", briefing=briefing(), provenance=PROVENANCE)
    assert "sample" not in json.loads(plain.model_dump_json(exclude_none=False))
    sampled = plain.model_copy(update={"sample": 2})
    assert sampled.model_dump_json(exclude_none=False).startswith('{"id":"a1","sample":2,')


# -- intake ----------------------------------------------------------------------------

# (done (id, sample) pairs, repeat) -> the work the intake hands out, and what it skips
INTAKE_CASES = [
    (set(), 1, [("art-0", None), ("art-1", None), ("art-2", None)], 0),
    (set(), 2, [(f"art-{i}", s) for i in range(3) for s in range(2)], 0),
    (
        {("art-0", 0), ("art-0", 2), ("art-1", 1)},
        3,
        [("art-0", 1), ("art-1", 0), ("art-1", 2), ("art-2", 0), ("art-2", 1), ("art-2", 2)],
        3,
    ),
    ({(f"art-{i}", s) for i in range(3) for s in range(3)}, 3, [], 9),
    ({("art-0", 0), ("art-1", 0)}, 1, [("art-2", None)], 2),
]


@pytest.mark.parametrize(("done", "repeat", "expected", "skipped"), INTAKE_CASES)
def test_the_intake_hands_out_only_the_missing_samples(
    tmp_path: Path, done: set, repeat: int, expected: list, skipped: int
) -> None:
    path = tmp_path / "in.jsonl"
    write_archive(path, 3)
    index = ResumeIndex(array("Q", [sample_key(i.encode(), s) for i, s in done]))
    intake = Intake(path, FieldMap(), index, repeat=repeat)
    work = []
    for _, item in intake:
        if isinstance(item, SampleJob):
            work.append((item.article.id, item.sample))
        elif isinstance(item, Article):
            work.append((item.id, None))
    assert work == expected
    assert intake.skipped == skipped


# -- real requests, the cache, resume --------------------------------------------------


def test_each_sample_is_a_real_request_and_the_cache_is_keyed_by_sample(
    threaded_server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    archive = tmp_path / "a.jsonl"
    ids = write_archive(archive, 4)
    assert openai_run(threaded_server, archive, tmp_path / "r3", "--repeat", "3") == 0
    assert len(threaded_server.completion_requests) == 12  # 4 articles x 3 samples
    assert samples_in(tmp_path / "r3") == Counter({(i, s): 1 for i in ids for s in range(3)})
    manifest = read_manifest(tmp_path / "r3")
    assert (manifest.repeat, manifest.counts.ok, manifest.counts.cached) == (3, 12, 0)
    assert manifest.settings["repeat"] == 3

    # A second run over the same articles: every sample is answered from the cache...
    assert openai_run(threaded_server, archive, tmp_path / "again", "--repeat", "3") == 0
    assert len(threaded_server.completion_requests) == 12
    assert read_manifest(tmp_path / "again").counts.cached == 12
    # ...a run without --repeat shares sample 0's entries; a fourth sample is new work.
    assert openai_run(threaded_server, archive, tmp_path / "single") == 0
    assert len(threaded_server.completion_requests) == 12
    single = list(read_briefings(tmp_path / "single"))
    assert all(r.cached and r.sample is None for r in single)
    assert openai_run(threaded_server, archive, tmp_path / "r4", "--repeat", "4") == 0
    assert len(threaded_server.completion_requests) == 16  # only sample 3 of each article


def test_an_interrupted_repeat_run_resumes_only_the_missing_samples(
    threaded_server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    archive = tmp_path / "a.jsonl"
    ids = write_archive(archive, 5)
    run_dir = tmp_path / "run"
    threaded_server.enqueue_ok(7)
    threaded_server.enqueue_error(401)  # the 8th request stops the run
    options = ("--repeat", "3", "--concurrency", "1", "--no-cache")
    assert openai_run(threaded_server, archive, run_dir, *options) == 2
    first = samples_in(run_dir)
    assert sum(first.values()) == 7
    assert read_manifest(run_dir).status == "stopped"

    assert openai_run(threaded_server, archive, run_dir, *options) == 0
    assert len(threaded_server.completion_requests) == 8 + 8  # 15 samples - 7 done
    assert samples_in(run_dir) == Counter({(i, s): 1 for i in ids for s in range(3)})
    manifest = read_manifest(run_dir)
    assert (manifest.status, manifest.counts.read, manifest.counts.ok) == ("finished", 15, 15)
    assert manifest.counts.skipped == 7
    assert (
        not (run_dir / "superseded.jsonl").exists()
        or not (run_dir / "superseded.jsonl").read_text()
    )

    # Finished: a rerun sends nothing and writes nothing.
    assert openai_run(threaded_server, archive, run_dir, *options) == 0
    assert len(threaded_server.completion_requests) == 16
    assert sum(samples_in(run_dir).values()) == 15


def test_retry_errors_rebriefs_exactly_the_failed_sample(
    threaded_server: FakeOpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", threaded_server.base_url)
    archive = tmp_path / "a.jsonl"
    ids = write_archive(archive, 2)
    run_dir = tmp_path / "run"
    threaded_server.enqueue_ok(1)
    threaded_server.enqueue_invalid(2)  # sample 1 of art-0: the answer and its one re-ask
    options = ("--repeat", "2", "--concurrency", "1", "--max-reasks", "1")
    assert openai_run(threaded_server, archive, run_dir, *options, "--on-invalid", "error") == 0
    errors = list(read_errors(run_dir))
    assert [(e.id, e.sample, e.kind) for e in errors] == [("art-0", 1, "validation")]
    assert len(threaded_server.completion_requests) == 5  # 4 samples + 1 re-ask
    options_retry = (*options, "--on-invalid", "error", "--retry-errors")
    assert openai_run(threaded_server, archive, run_dir, *options_retry) == 0
    assert len(threaded_server.completion_requests) == 6  # only (art-0, 1) again
    assert samples_in(run_dir) == Counter({(i, s): 1 for i in ids for s in range(2)})
    assert list(read_errors(run_dir)) == []


def test_samples_of_a_removed_line_are_set_aside_after_a_complete_pass(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 3)
    run_dir = tmp_path / "run"
    assert run_cli(archive, run_dir, "--repeat", "2") == 0
    lines = archive.read_text().splitlines(keepends=True)
    archive.write_text(lines[0] + lines[2])  # art-1 is gone
    assert run_cli(archive, run_dir, "--repeat", "2") == 0
    assert samples_in(run_dir) == Counter({(i, s): 1 for i in ("art-0", "art-2") for s in (0, 1)})
    aside = [json.loads(line) for line in (run_dir / "superseded.jsonl").read_text().splitlines()]
    assert sorted((r["id"], r["sample"]) for r in aside) == [("art-1", 0), ("art-1", 1)]
    assert read_manifest(run_dir).counts.superseded == 2


# -- a run's k is fixed ---------------------------------------------------------------


@pytest.mark.parametrize(("first", "then"), [(3, 2), (3, 1), (1, 3)])
def test_resuming_with_another_repeat_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: int, then: int
) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    run_dir = tmp_path / "run"
    assert run_cli(archive, run_dir, "--repeat", str(first)) == 0
    before = (run_dir / "briefings.jsonl").read_bytes()
    capsys.readouterr()
    assert run_cli(archive, run_dir, "--repeat", str(then)) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert f"was made with --repeat {first} (now {then})" in err
    assert f"resume it with --repeat {first}" in err
    assert (run_dir / "briefings.jsonl").read_bytes() == before
    assert read_manifest(run_dir).repeat == first


def test_a_repeat_below_one_is_a_user_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 1)
    assert run_cli(archive, tmp_path / "run", "--repeat", "0") == 2
    assert "--repeat 0: give the number of samples per article" in capsys.readouterr().err
    assert not (tmp_path / "run").exists()


def test_out_names_a_repeat_run_apart_from_a_single_run(tmp_path: Path) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    out = ["run", str(archive), "--out", str(tmp_path / "runs"), "--quiet"]
    main(out)
    main([*out, "--repeat", "2"])  # a new folder, not a refused resume of the first
    names = sorted(p.name for p in (tmp_path / "runs").iterdir())
    assert len(names) == 2
    assert sum("-x2-" in name for name in names) == 1


def test_every_engine_opening_a_repeat_run_must_name_its_repeat(tmp_path: Path) -> None:
    """Batch API runs and imports open run directories with one sample per article:
    a `--repeat` run is refused to them, so no engine can mix samples and single
    briefings in one run."""
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    run_dir = tmp_path / "run"
    assert run_cli(archive, run_dir, "--repeat", "2") == 0
    manifest = read_manifest(run_dir)
    identity = RunIdentity(manifest.backend, manifest.model, manifest.parameters)
    with pytest.raises(RunDirError, match="made with --repeat 2 \\(now 1\\)"):
        open_session(run_dir, archive, identity, load_prompt("briefing@v1"))
    session = open_session(run_dir, archive, identity, load_prompt("briefing@v1"), repeat=2)
    session.close()
    assert scan_run_dir(run_dir).briefings == 4


# -- Ray and the Batch API ------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (
            ["run", "{archive}", "--engine", "ray", "--repeat", "2", "--run-dir", "{out}"],
            "--repeat 2 needs the local engine",
        ),
        (
            ["batch", "export", "{archive}", "-o", "{out}", "--model", "openai:m", "--repeat", "3"],
            "--repeat 3: the Batch API flow sends one request per article",
        ),
        (
            [
                "batch",
                "run",
                "{archive}",
                "--model",
                "openai:m",
                "--run-dir",
                "{out}",
                "--repeat",
                "2",
            ],
            "--repeat 2: the Batch API flow sends one request per article",
        ),
    ],
)
def test_ray_and_the_batch_api_refuse_repeats_before_anything_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], message: str
) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    out = tmp_path / "out"
    args = [a.format(archive=archive, out=out) for a in command]
    with pytest.raises(SystemExit) as exited:
        main(args)
    assert exited.value.code == 2
    err = " ".join(capsys.readouterr().err.split())
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()


# -- sampling parameters ---------------------------------------------------------------


async def test_a_fixed_seed_moves_with_the_sample_and_temperature_is_sent(
    server: FakeOpenAIServer,
) -> None:
    prompt = load_prompt("briefing@v1")
    seeded = prompt.model_copy(update={"parameters": {**prompt.parameters, "seed": 7}})
    backend = openai_backend(server, temperature=0.7)
    article = Article(id="a1", title="Talks", text="The minister met officials in Oslo.")
    try:
        for sample in (None, 0, 1, 4):
            record = await brief_article(article, backend, seeded, sample=sample)
            assert isinstance(record, BriefingRecord) and record.sample == sample
    finally:
        await backend.aclose()
    bodies = [r.body for r in server.completion_requests]
    assert [b["seed"] for b in bodies] == [7, 7, 8, 11]
    assert {b["temperature"] for b in bodies} == {0.7}
    assert CURRENT_SAMPLE.get() == 0  # the step leaves no sample behind


def test_the_cache_key_of_sample_zero_is_the_key_without_samples(tmp_path: Path) -> None:
    from newsbrief.backends.baseline.backend import BaselineBackend

    cache = ResponseCache(tmp_path / "c")
    scope = CacheScope(cache, BaselineBackend(), load_prompt("briefing@v1"))
    article = Article(id="a", text="Some text.", title="T")
    base = scope.key(article)
    assert scope.key(article, 0) == scope.key(article, None) == base
    assert len({base, scope.key(article, 1), scope.key(article, 2)}) == 3
    cache.close()


# -- what the terminal says -----------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "samples", "expected"),
    [
        (5, 1, "briefing: 2/5 done,"),
        (15, 3, "briefing: 2/15 samples (5 articles x 3) done,"),
        (None, 3, "briefing: 2 samples (x3 per article) done,"),
    ],
)
def test_progress_counts_samples_as_articles_x_samples(
    total: int | None, samples: int, expected: str
) -> None:
    from newsbrief.run.progress import LogProgress

    progress = LogProgress(total, 2, samples=samples)
    assert progress.line().startswith(expected)


def test_the_summary_counts_samples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "a.jsonl"
    write_archive(archive, 2)
    assert run_cli(archive, tmp_path / "run", "--repeat", "3") == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "┃ samples ┃ ok" in out  # the first column counts samples, not articles
    assert "3 samples per article: the counts are samples (articles x 3)" in out
