"""Resume: a rerun skips what is done, repairs a torn line, retries errors only on request,
and never leaves an article twice (or not at all) in the run directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.errors import RunDirError
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import BRIEFINGS, ERRORS, RETRIED_ERRORS, read_errors
from tests.run.engine_helpers import openai_backend, record_ids
from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps


def options(archive: Path, run_dir: Path, **kwargs: object) -> RunOptions:
    kwargs.setdefault("concurrency", 4)
    kwargs.setdefault("quiet", True)
    return RunOptions(input=archive, run_dir=run_dir, **kwargs)  # type: ignore[arg-type]


async def test_rerun_skips_every_done_article(server, archive, tmp_path):
    path, _ = archive(12, bad_lines=(3,))
    run_dir = tmp_path / "run"
    _, first = await run(options(path, run_dir), openai_backend(server))
    assert (first.status, first.counts.ok, first.counts.errors) == ("finished", 12, 1)
    sent = len(server.completion_requests)
    before = (run_dir / BRIEFINGS).read_bytes(), (run_dir / ERRORS).read_bytes()

    _, again = await run(options(path, run_dir, cache=False), openai_backend(server))
    assert len(server.completion_requests) == sent  # nothing was asked again
    assert again.counts.skipped == 13
    assert again.counts.ok == 12
    assert again.counts.errors == 1
    assert ((run_dir / BRIEFINGS).read_bytes(), (run_dir / ERRORS).read_bytes()) == before
    assert again.usage == first.usage  # totals carried over, not double counted


async def test_torn_line_and_lost_tail_are_redone_exactly_once(server, archive, tmp_path):
    path, ids = archive(10)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir), openai_backend(server))
    lines = (run_dir / BRIEFINGS).read_bytes().splitlines(keepends=True)
    # A crash: the last three records never reached the disk, the fourth is torn.
    (run_dir / BRIEFINGS).write_bytes(b"".join(lines[:6]) + lines[6][: len(lines[6]) // 2])

    _, manifest = await run(options(path, run_dir, cache=False), openai_backend(server))
    counts = record_ids(run_dir)
    assert set(counts) == set(ids)
    assert set(counts.values()) == {1}
    assert manifest.counts.ok == 10
    assert manifest.counts.skipped == 6
    for line in (run_dir / BRIEFINGS).read_bytes().splitlines():
        json.loads(line)  # no torn fragment left behind


def _fail_ids(failing: set[str]):
    """A responder that answers invalid JSON for articles whose text names a failing id."""

    def respond(body: dict) -> str:
        text = article_text_of(body)
        if any(f"talks number {i.split('-')[1]}." in text for i in failing):
            return '{"headline": 42}'
        return dumps(briefing_for_text(text))

    return respond


async def test_errors_stay_until_retry_errors_then_are_replaced(archive, tmp_path):
    from tests.support.fake_openai import FakeOpenAIServer, briefing_responder

    path, ids = archive(8, bad_lines=(2,))
    run_dir = tmp_path / "run"
    failing = {"art-1", "art-5"}
    async with FakeOpenAIServer(responder=_fail_ids(failing)) as srv:
        _, first = await run(options(path, run_dir), openai_backend(srv, max_reasks=0))
        assert {e.id for e in read_errors(run_dir) if e.kind != "input"} == failing
        assert first.usage.requests == 8  # failed answers were paid for too

        srv.responder, srv.requests = briefing_responder, []  # the endpoint is fixed
        _, plain = await run(options(path, run_dir), openai_backend(srv, max_reasks=0))
        assert len(srv.completion_requests) == 0  # errors are done unless asked
        assert (plain.counts.skipped, plain.counts.errors) == (9, 3)
        _, retried = await run(
            options(path, run_dir, retry_errors=True), openai_backend(srv, max_reasks=0)
        )
        assert len(srv.completion_requests) == 2  # only the two failed articles
    counts = record_ids(run_dir)
    assert set(counts.values()) == {1}
    assert set(ids) <= set(counts)
    assert [e.kind for e in read_errors(run_dir)] == ["input"]  # re-read, same bad line
    assert (run_dir / RETRIED_ERRORS).read_text().count("\n") == 3
    assert (retried.counts.ok, retried.counts.errors) == (8, 1)
    assert retried.usage.requests == 10  # the failed attempts still count in the run total


async def test_a_run_dir_from_another_model_is_refused(server, archive, tmp_path):
    path, _ = archive(3)
    run_dir = tmp_path / "run"
    await run(options(path, run_dir), openai_backend(server))
    other = openai_backend(server)
    other.model = "other-model"
    with pytest.raises(RunDirError, match="different run.*model 'openai:test-model'"):
        await run(options(path, run_dir), other)
    data = json.loads((run_dir / "manifest.json").read_text())
    data["prompt_hash"] = "0000000000000000"  # as if made by an edited prompt
    (run_dir / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(RunDirError, match="prompt 'briefing@v1#0000000000000000'"):
        await run(options(path, run_dir), openai_backend(server))


async def test_out_folder_names_the_same_run_dir_for_the_same_command(server, archive, tmp_path):
    path, _ = archive(3)
    out = tmp_path / "runs"
    first_dir, _ = await run(RunOptions(input=path, out=out, quiet=True), openai_backend(server))
    again_dir, again = await run(
        RunOptions(input=path, out=out, quiet=True), openai_backend(server)
    )
    fresh_dir, _ = await run(
        RunOptions(input=path, out=out, quiet=True, fresh=True), openai_backend(server)
    )
    assert first_dir == again_dir
    assert again.counts.skipped == 3
    assert fresh_dir != first_dir
    assert fresh_dir.parent == out


def test_two_processes_cannot_write_one_run_dir(server, archive, tmp_path):
    from newsbrief.prompting.spec import load_prompt
    from newsbrief.run.session import RunIdentity, open_session

    path, _ = archive(1)
    identity = RunIdentity.of(openai_backend(server))
    first = open_session(tmp_path / "run", path, identity, load_prompt("briefing@v1"))
    with pytest.raises(RunDirError, match="another briefing process is writing"):
        open_session(tmp_path / "run", path, identity, load_prompt("briefing@v1"))
    first.close()
    open_session(tmp_path / "run", path, identity, load_prompt("briefing@v1")).close()
