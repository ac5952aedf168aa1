"""`briefing batch run` end to end through the real openai SDK against the fake Batch
API: every provider state, resubmission rounds, exactly one record per input line,
and usage priced at the batch discount."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.errors import BriefingError
from newsbrief.run.batch.control import cancel_batches
from newsbrief.run.batch.estimate import estimate_requests
from newsbrief.run.batch.flow import run_batch
from newsbrief.run.batch.ledger import read_ledger, write_ledger
from newsbrief.run.batch.options import BatchRunOptions
from newsbrief.run.batch.provider import BatchProvider
from newsbrief.run.cost import load_prices
from newsbrief.run.rundir import read_briefings, read_errors, read_manifest
from tests.run.engine_helpers import record_ids
from tests.support.fake_batch import BatchScript

FAST = ["--poll-interval", "0.01", "--poll-max", "0.02"]


def batch_run(archive: Path, run_dir: Path, *extra: str) -> None:
    main(
        [
            "batch",
            "run",
            str(archive),
            "--model",
            "openai:gpt-4o-mini",
            "--run-dir",
            str(run_dir),
            *FAST,
            *extra,
        ]
    )


def test_every_state_ends_each_line_exactly_once(batch_api, archive, tmp_path, capsys):
    """Four batches of three: one completes with a failed request, one expires half
    done, one fails validation, one completes; round 1 resends the five failures."""
    path, ids = archive(12, bad_lines=(6,))
    batch_api.scripts = [
        BatchScript("completed", errors=1),
        BatchScript("expired", answered=0.34),
        BatchScript("failed"),
        BatchScript("completed"),
    ]
    run_dir = tmp_path / "run"
    batch_run(path, run_dir, "--max-requests", "3")
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:6"}
    assert set(counts.values()) == {1}
    manifest = read_manifest(run_dir)
    assert manifest.status == "finished"
    assert (manifest.counts.ok, manifest.counts.errors) == (12, 1)
    ledger = read_ledger(run_dir)
    assert [(j.round, j.status, j.requests, j.pending) for j in ledger.jobs] == [
        (0, "completed", 3, 1),
        (0, "expired", 3, 2),
        (0, "failed", 3, 3),
        (0, "completed", 3, 0),
        (1, "completed", 3, 0),
        (1, "completed", 3, 0),
    ]
    assert batch_api.creates == 6
    assert ledger.finished
    err = capsys.readouterr().err
    assert "estimate: 12 requests" in err
    assert "batches: 1 collected, 3 in_progress | requests: 3 of 12 completed" in err
    assert "resubmitting 6 failed or expired requests" in err


def test_usage_and_cost_carry_the_batch_discount(batch_api, archive, tmp_path):
    path, _ = archive(5)
    batch_run(path, tmp_path / "run")
    briefings = list(read_briefings(tmp_path / "run"))
    assert len(briefings) == 5
    price = load_prices().lookup("gpt-4o-mini")
    assert price is not None
    manifest = read_manifest(tmp_path / "run")
    usage = manifest.usage
    assert usage.requests == 5 and usage.prompt_tokens > 0
    live = (usage.prompt_tokens * 0.15 + usage.completion_tokens * 0.6) / 1e6
    assert usage.cost_usd == pytest.approx(live * 0.5)
    assert all(b.briefing.grounding is not None for b in briefings)  # grounded like live


def test_failures_left_after_the_retries_are_error_records(batch_api, archive, tmp_path):
    path, ids = archive(4)
    batch_api.scripts = [BatchScript("failed"), BatchScript("expired", answered=0.5)]
    batch_run(path, tmp_path / "run", "--batch-retries", "1")
    errors = {e.id: e for e in read_errors(tmp_path / "run")}
    assert set(errors) == set(ids[2:])  # round 1 expired after answering half
    assert all("expired" in e.message and e.kind == "transport" for e in errors.values())
    assert set(record_ids(tmp_path / "run").values()) == {1}


def test_max_cost_refuses_to_submit(batch_api, archive, tmp_path, capsys):
    path, _ = archive(3)
    with pytest.raises(SystemExit) as stop:
        batch_run(path, tmp_path / "run", "--max-cost", "0.0001")
    assert stop.value.code == 2
    assert "over --max-cost $0.00" in capsys.readouterr().err
    assert batch_api.uploads == batch_api.creates == 0


def test_rerun_polls_instead_of_submitting(batch_api, archive, tmp_path, capsys):
    path, ids = archive(4)
    batch_run(path, tmp_path / "run", "--no-wait")
    assert "1 batch(es) submitted; rerun the same command" in capsys.readouterr().err
    assert batch_api.creates == 1
    assert read_manifest(tmp_path / "run").status == "stopped"
    batch_run(path, tmp_path / "run")
    assert batch_api.creates == 1 and batch_api.uploads == 1
    assert set(record_ids(tmp_path / "run")) == set(ids)


def test_fallback_live_briefs_what_the_batches_could_not(batch_api, archive, tmp_path):
    path, ids = archive(4)
    batch_api.scripts = [BatchScript("failed")]
    batch_run(path, tmp_path / "run", "--batch-retries", "0", "--fallback", "live")
    assert len(batch_api.completion_requests) == 4  # briefed through chat.completions
    counts = record_ids(tmp_path / "run")
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    manifest = read_manifest(tmp_path / "run")
    assert manifest.status == "finished"
    vias = [session.options.get("via") for session in manifest.sessions]
    assert vias == ["batch", None]  # the batch session, then the live one


def test_cancel_records_it_and_the_rest_become_errors(batch_api, archive, tmp_path, capsys):
    path, ids = archive(6)
    batch_api.scripts = [BatchScript(hold=True)]
    run_dir = tmp_path / "run"
    batch_run(path, run_dir, "--no-wait")
    main(["batch", "cancel", str(run_dir)])
    assert "cancel requested for 1 batch" in capsys.readouterr().out
    mark = json.loads((run_dir / "batch" / "cancel.json").read_text())
    assert mark["batches"] == [read_ledger(run_dir).jobs[0].batch_id]
    assert batch_api.cancels == 1
    batch_run(path, run_dir)
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    manifest = read_manifest(run_dir)
    assert (manifest.status, manifest.stop_reason) == ("stopped", "cancelled")
    assert manifest.counts.ok == 2  # a third answered before the cancel took effect
    assert batch_api.creates == 1  # nothing resubmitted after a cancel


def test_an_unreachable_provider_is_polled_again_then_given_up(batch_api, archive, tmp_path):
    path, ids = archive(3)
    options = BatchRunOptions(
        input=path,
        model="openai:gpt-4o-mini",
        run_dir=tmp_path / "run",
        poll_interval=0.01,
        poll_max=0.02,
        max_unreachable=3,
    )
    batch_api.fail_polls = 2  # two 503s: polled again, then it goes on
    run_batch(options, BatchProvider(max_retries=0))
    assert set(record_ids(tmp_path / "run")) == set(ids)

    path, _ = archive(2)
    batch_api.fail_polls = 100
    options.input, options.run_dir = path, tmp_path / "other"
    with pytest.raises(BriefingError, match="unreachable for 3 polls in a row"):
        run_batch(options, BatchProvider(max_retries=0))
    assert read_manifest(tmp_path / "other").status == "stopped"
    batch_api.fail_polls = 0
    run_batch(options, BatchProvider(max_retries=0))  # the rerun resumes the same batch
    assert batch_api.creates == 2


def test_an_invalid_answer_is_a_validation_error_not_resent(batch_api, archive, tmp_path):
    path, ids = archive(3)
    good = batch_api.responder
    batch_api.responder = lambda body: (
        '{"headline": ""}' if "talks number 1." in json.dumps(body) else good(body)
    )
    batch_run(path, tmp_path / "run")
    errors = list(read_errors(tmp_path / "run"))
    assert [(e.id, e.kind) for e in errors] == [(ids[1], "validation")]
    assert errors[0].raw == '{"headline": ""}'
    assert errors[0].usage.requests == 1 and errors[0].usage.cost_usd > 0
    assert batch_api.creates == 1


def test_status_shows_each_batch_as_the_provider_sees_it(batch_api, archive, tmp_path, capsys):
    path, _ = archive(6)
    batch_api.scripts = [BatchScript(hold=True), BatchScript(hold=True)]
    batch_run(path, tmp_path / "run", "--no-wait", "--max-requests", "3")
    capsys.readouterr()
    main(["batch", "status", str(tmp_path / "run")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2 job(s) at 127.0.0.1:")
    assert lines[1].startswith("r0-00001: 3 requests, in_progress, 1 completed, 0 failed")
    assert lines[2].startswith("r0-00002: 3 requests, in_progress")


@pytest.mark.parametrize(
    ("bodies", "prompt", "ceiling", "batch_usd"),
    [
        # 4,000 characters = 1,000 tokens; max_tokens is the output ceiling
        ([{"messages": [{"content": "x" * 4000}], "max_tokens": 1000}], 1000, 1000, 0.000375),
        # two requests: 80 characters = 20 tokens, 3 -> at least 1; no max_tokens -> 4,096
        (
            [
                {"messages": [{"content": "x" * 40}, {"content": "y" * 40}]},
                {"messages": [{"content": "z" * 3}], "max_tokens": 4},
            ],
            20 + 1,
            4096 + 4,
            (21 * 0.15 + 4100 * 0.6) / 1e6 * 0.5,
        ),
    ],
)
def test_estimate_counts_prompt_characters_and_output_ceilings(
    bodies, prompt, ceiling, batch_usd, tmp_path
):
    path = tmp_path / "requests.jsonl"
    path.write_text("".join(json.dumps({"custom_id": "a#h", "body": b}) + "\n" for b in bodies))
    estimate = estimate_requests([path], "openai:gpt-4o-mini", load_prices())
    assert (estimate.requests, estimate.prompt_tokens, estimate.output_ceiling) == (
        len(bodies),
        prompt,
        ceiling,
    )
    assert estimate.batch_usd == pytest.approx(batch_usd)
    assert estimate.live_usd == pytest.approx(batch_usd * 2)


def test_collecting_again_after_a_crash_writes_nothing_twice(batch_api, archive, tmp_path):
    """A kill after a batch's records were committed but before the ledger said so:
    the rerun collects the same files again and every id still has one record."""
    path, ids = archive(5)
    batch_api.scripts = [BatchScript(errors=1)]
    run_dir = tmp_path / "run"
    batch_run(path, run_dir, "--batch-retries", "0")
    before = read_manifest(run_dir).counts
    ledger = read_ledger(run_dir)
    for job in ledger.jobs:
        job.state, job.settled, job.pending = "submitted", False, 0
    ledger.finished = False
    write_ledger(run_dir, ledger)
    batch_run(path, run_dir, "--batch-retries", "0")
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    after = read_manifest(run_dir).counts
    assert (after.ok, after.errors) == (before.ok, before.errors) == (4, 1)
    assert batch_api.creates == 1


def test_cancel_while_the_run_polls(batch_api, archive, tmp_path):
    """The poller holds the run directory: cancel leaves cancel.json, the poller
    honours it and stops with the finished part collected."""
    path, ids = archive(6)
    batch_api.scripts = [BatchScript(hold=True)]
    run_dir = tmp_path / "run"
    options = BatchRunOptions(
        input=path, model="openai:gpt-4o-mini", run_dir=run_dir, poll_interval=0.01, poll_max=0.02
    )
    results: list = []
    poller = threading.Thread(target=lambda: results.append(run_batch(options)))
    poller.start()
    deadline = time.monotonic() + 30
    while (
        not (run_dir / "batch" / "ledger.json").exists()
        or not read_ledger(run_dir).jobs[0].batch_id
    ):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    cancelled = cancel_batches(run_dir)
    poller.join(30)
    assert cancelled == [read_ledger(run_dir).jobs[0].batch_id]
    manifest = results[0].manifest
    assert (manifest.status, manifest.stop_reason) == ("stopped", "cancelled")
    assert read_ledger(run_dir).cancelled_at is not None
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) and set(counts.values()) == {1}


def test_input_errors_and_repeated_ids_are_keyed_like_the_live_engine(
    batch_api, archive, tmp_path, capsys
):
    """A bad line and a repeated id become input errors under the live engine's keys:
    `briefing run` on the finished batch run directory finds nothing left to do."""
    path, ids = archive(4, bad_lines=(2,))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(path.read_text(encoding="utf-8").splitlines()[0] + "\n")  # art-0 again
    run_dir = tmp_path / "run"
    batch_run(path, run_dir)
    requests = (run_dir / "batch" / "requests-00001.jsonl").read_text().splitlines()
    assert len(requests) == 4  # the repeat is not sent
    errors = list(read_errors(run_dir))
    assert sorted(e.line for e in errors) == [2, 6]
    assert all(e.kind == "input" and e.line_hash for e in errors)
    capsys.readouterr()
    main(["run", str(path), "--model", "openai:gpt-4o-mini", "--run-dir", str(run_dir)])
    assert batch_api.completion_requests == []
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) | {"line:2", "line:6"}
    assert set(counts.values()) == {1}


def test_batch_answers_are_repaired_and_salvaged_like_live_ones(batch_api, archive, tmp_path):
    """A fenced answer with prose around it is repaired (ok, repairs listed); an
    answer quoting words the article does not hold keeps the rest (partial, the quote
    listed as removed): the same steps as a live answer on its last attempt."""
    path, ids = archive(3)
    good = batch_api.responder

    def answer(body: dict) -> str:
        whole = json.loads(good(body))
        if "talks number 0." in json.dumps(body):
            return "Here is the briefing:\n```json\n" + json.dumps(whole) + "\n```"
        if "talks number 1." in json.dumps(body):
            whole["quotes"].append({"speaker": "Dahl", "text": "We will close every border"})
        return json.dumps(whole)

    batch_api.responder = answer
    run_dir = tmp_path / "run"
    batch_run(path, run_dir)
    records = {b.id: b for b in read_briefings(run_dir)}
    assert set(records) == set(ids)
    fenced, quoted, plain = (records[i] for i in ids)
    assert fenced.status == "ok" and fenced.repairs
    assert quoted.status == "partial"
    assert len(quoted.removed) == 1
    assert quoted.removed[0].path.startswith("quotes")
    assert "We will close every border" in json.dumps(quoted.removed[0].model_dump())
    assert all(q.text != "We will close every border" for q in quoted.briefing.quotes)
    assert plain.status == "ok" and not plain.removed
    manifest = read_manifest(run_dir)
    assert (manifest.counts.ok, manifest.counts.partial) == (2, 1)
