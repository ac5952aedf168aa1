"""The acceptance case in small: a model that writes dates as the article does, behind an
endpoint with 30% injected faults. Articles end as briefings, each exactly once."""

from __future__ import annotations

from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import read_briefings
from newsbrief.run.window import EngineLimits
from tests.run.engine_helpers import openai_backend, record_ids
from tests.support.fake_openai import FakeOpenAIServer

FAULTS = {"429": 0.06, "500": 0.06, "reset": 0.06, "bad_body": 0.06, "malformed": 0.06}


async def test_dates_as_written_under_faults_are_briefed_exactly_once(archive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, ids = archive(40)
    run_dir = tmp_path / "run"
    async with FakeOpenAIServer(persona="dates_as_written", faults=FAULTS, seed=3) as srv:
        backend = openai_backend(srv, max_reasks=2)
        options = RunOptions(input=path, run_dir=run_dir, quiet=True, concurrency=8,
                             limits=EngineLimits(max_error_rate=1.0))  # fmt: skip
        _, manifest = await run(options, backend)
        injected = sum(n for name, n in srv.stats.items() if name != "ok")
    counts = record_ids(run_dir)
    assert set(counts) == set(ids) and set(counts.values()) == {1}
    assert injected >= 5  # the faults happened
    briefed = manifest.counts.ok + manifest.counts.partial
    assert briefed >= 39, manifest.counts  # >= 97.5%; the benchmark measures 120 articles
    assert manifest.repairs["date_parsed"] >= 30
    assert all(e.when is None or e.when[:2] in ("19", "20")
               for r in read_briefings(run_dir) for e in r.briefing.events)  # fmt: skip
