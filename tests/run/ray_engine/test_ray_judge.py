"""`briefing run --engine ray --judge MODEL`: the workers judge each briefing as the local
engine does, through the same rate gate as their briefing requests.

Through the real CLI, the openai SDK and instructor over HTTP to the fake server, which
answers the briefing requests (two doubtful key points each, see
`tests.support.judge_articles`) and the judge requests (one judge persona each). The
local engine's run of the same archive is the reference: a Ray run must end every
article exactly once with the same records and the same `manifest.judge` totals.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from newsbrief.backends import create_backend
from newsbrief.inputs.reader import FieldMap
from newsbrief.judge import JudgeSpec
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.cost import load_prices
from newsbrief.run.ray_engine.gate import RunGate
from newsbrief.run.ray_engine.worker import KIND_BRIEFING, BriefWorker, WorkerConfig
from newsbrief.run.resume import ResumeIndex
from newsbrief.run.rundir import read_briefings, read_manifest
from newsbrief.schemas import BriefingRecord
from tests.run.engine_helpers import FAST_RETRIES
from tests.run.exactly_once import assert_exactly_once
from tests.run.ray_engine.ray_helpers import MODEL, LocalGateHandle, records_by_key
from tests.support.cli import run_cli
from tests.support.judge_articles import (
    NUMBERS,
    VISIT,
    judge_servers,
    write_articles,
)
from tests.support.judge_personas import is_judge_request

pytestmark = [pytest.mark.ray, pytest.mark.slow]

ARTICLES = 6
PRICES = {"models": {"test-model": {"input": 1.0, "output": 2.0},
                     "judge-model": {"input": 1000.0, "output": 2000.0}}}  # fmt: skip


@pytest.fixture
def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A test server per call, as the named judge persona (`judge_servers`)."""
    yield from judge_servers(monkeypatch)


def _run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, engine: str, archive: Path, *extra: object
) -> tuple[int, Path]:
    """One `briefing run` with its own response cache (a second run would read the first
    one's answers); its exit code and run directory."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / f"cache-{engine}"))
    run_dir = tmp_path / f"run-{engine}"
    ray = ("--engine", "ray", "--workers", "2") if engine == "ray" else ()
    code = run_cli("run", archive, "--model", MODEL, "--run-dir", run_dir, "--quiet",
                   "--max-reasks", "0", "--concurrency", "2", *ray, *extra)  # fmt: skip
    return code, run_dir


@pytest.mark.parametrize("persona", ["agrees", "contradicts_all"])
def test_a_ray_run_judges_like_the_local_engine(
    persona: str,
    ray_instance: ModuleType,
    serve,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = serve(persona)
    archive = tmp_path / "articles.jsonl"
    ids = write_articles(archive, ARTICLES)
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps(PRICES))
    judge = ("--judge", "openai:judge-model", "--prices", prices)

    code, local_dir = _run(monkeypatch, tmp_path, "local", archive, *judge)
    assert code == 0
    before = len(server.completion_requests)
    code, ray_dir = _run(monkeypatch, tmp_path, "ray", archive, *judge)
    assert code == 0

    assert_exactly_once(archive, ray_dir)
    records = list(read_briefings(ray_dir))
    assert sorted(r.id for r in records) == sorted(ids)
    for record in records:
        report = record.judge
        assert report is not None and report.error is None
        assert report.model == "openai:judge-model" and report.sent >= 2
        assert report.usage.requests >= 1 and report.usage.cost_usd > 0
        assert record.usage.requests == 1  # the briefing's own request only
        checks = {c.claim: c for c in record.briefing.checks}
        number = checks[NUMBERS[record.id.split("-")[0]]]
        # both judges call the wrong number contradicted, citing the article's sentence
        assert (number.verdict, number.stage) == ("contradicted", "judge")
        if persona == "agrees":  # the article is silent on the visit
            assert (checks[VISIT].verdict, checks[VISIT].stage) == ("unverified", "judge")
        else:  # "contradicted", citing a sentence about something else: voided
            assert checks[VISIT].stage == "rules" and "voided" in (checks[VISIT].reason or "")
    # the same verdicts, reports and usage, record for record, as the local engine's
    assert records_by_key(ray_dir) == records_by_key(local_dir)

    local, ray = read_manifest(local_dir).judge, read_manifest(ray_dir).judge
    assert local is not None and ray is not None and ray.articles == ARTICLES
    assert ray.model_dump(exclude={"usage"}) == local.model_dump(exclude={"usage"})
    assert ray.usage.model_dump(exclude={"cost_usd"}) == local.usage.model_dump(
        exclude={"cost_usd"}
    )
    assert ray.usage.cost_usd == pytest.approx(local.usage.cost_usd) and ray.usage.cost_usd > 0
    judged = [r for r in server.completion_requests[before:] if is_judge_request(r.body)]
    assert ray.usage.requests == len(judged) >= ARTICLES
    assert {r.body["model"] for r in judged} == {"judge-model"}
    assert read_manifest(ray_dir).usage.requests == ARTICLES  # briefing cost kept apart


def test_a_judge_that_times_out_on_ray_loses_no_briefing(
    ray_instance: ModuleType,
    serve,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    serve("slow")  # answers after 3 s; the judge's deadline is 0.5 s an article
    archive = tmp_path / "articles.jsonl"
    ids = write_articles(archive, 4)
    code, run_dir = _run(
        monkeypatch, tmp_path, "ray", archive, "--judge", "same", "--judge-timeout", "0.5"
    )
    assert code == 0
    assert_exactly_once(archive, run_dir)
    records = list(read_briefings(run_dir))
    assert sorted(r.id for r in records) == sorted(ids)
    for record in records:
        assert record.judge is not None and record.judge.model == MODEL  # same: the run's
        assert record.judge.error is not None and record.judge.error.startswith("deadline:")
        assert all(c.stage == "rules" for c in record.briefing.checks)
    manifest = read_manifest(run_dir)
    assert manifest.status == "finished" and manifest.counts.errors == 0
    assert manifest.judge is not None and manifest.judge.errors == 4


def test_a_workers_judge_requests_pass_the_same_gate_and_cache_as_its_briefings(
    ray_instance: ModuleType,
    serve,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    """A worker in this process, with the gate in this process too: every request it
    sends, briefing or judge, was first granted by the gate; a second worker on the same
    cache answers both from it."""
    server = serve("agrees")
    archive = tmp_path / "articles.jsonl"
    write_articles(archive, 4)
    raws = archive.read_bytes().splitlines()
    handle = LocalGateHandle(RunGate(6000.0, None))
    recipe = functools.partial(
        create_backend, MODEL, base_url=server.base_url, retry_policy=FAST_RETRIES, max_reasks=0
    )
    config = WorkerConfig(
        make_backend=recipe,
        prompt=load_prompt("briefing@v1"),
        fields=FieldMap(),
        done=ray_instance.put(ResumeIndex()),
        gate=handle,
        concurrency=2,
        cache_dir=tmp_path / "cache",
        prices=load_prices(None),
        judge=JudgeSpec(model="same"),
        run_model=MODEL,
    )

    def brief() -> list[BriefingRecord]:
        worker = BriefWorker(config)
        try:
            batch = {"line": np.arange(1, len(raws) + 1), "raw": np.array(raws, dtype=object)}
            out = worker(batch)
        finally:
            worker.__del__()
        assert list(out["kind"]) == [KIND_BRIEFING] * len(raws)
        return [BriefingRecord.model_validate_json(p) for p in out["payload"]]

    first = brief()
    judged = [r for r in server.completion_requests if is_judge_request(r.body)]
    assert len(judged) >= len(raws)  # every article was judged
    assert handle.gate.granted == len(server.completion_requests) == len(raws) + len(judged)
    assert all(r.judge is not None and not r.judge.cached for r in first)

    sent = len(server.completion_requests)
    again = brief()  # a restarted actor: the same cache, nothing sent
    assert len(server.completion_requests) == sent
    assert all(r.cached and r.judge is not None and r.judge.cached for r in again)
    assert [r.briefing.checks for r in again] == [r.briefing.checks for r in first]


def test_a_judged_run_started_locally_and_finished_on_ray_has_a_full_runs_totals(
    ray_instance: ModuleType,
    serve,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Ray session adds its judge reports to those the manifest already holds."""
    serve("agrees")
    archive = tmp_path / "articles.jsonl"
    write_articles(archive, ARTICLES)
    code, whole = _run(monkeypatch, tmp_path, "local", archive, "--judge", "same")
    assert code == 0
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache-both"))
    run_dir = tmp_path / "run-both"
    common = ("--model", MODEL, "--run-dir", run_dir, "--quiet", "--max-reasks", "0",
              "--judge", "same")  # fmt: skip
    assert run_cli("run", archive, *common, "--limit", "2") == 0
    assert read_manifest(run_dir).judge.articles == 2  # type: ignore[union-attr]
    assert run_cli("run", archive, *common, "--engine", "ray", "--workers", "2") == 0

    assert_exactly_once(archive, run_dir)
    assert records_by_key(run_dir) == records_by_key(whole)
    assert read_manifest(run_dir).judge == read_manifest(whole).judge
