"""The SQLite response cache: what its key covers, hits through the engine, --no-cache."""

from __future__ import annotations

from newsbrief.backends import create_backend
from newsbrief.prompting.spec import load_prompt
from newsbrief.run.cache import ResponseCache
from newsbrief.run.local import RunOptions, run
from newsbrief.run.rundir import read_briefings
from newsbrief.schemas import Article
from tests.run.engine_helpers import openai_backend
from tests.support.fake_openai import FakeOpenAIServer


def test_the_key_covers_text_title_model_and_parameters(tmp_path, server):
    cache = ResponseCache(tmp_path)
    prompt = load_prompt("briefing@v1")
    scope = cache.scope(openai_backend(server), prompt)
    article = Article(id="a", text="Some text.", title="T")
    base = scope.key(article)
    assert scope.key(Article(id="other-id", text="Some text.", title="T")) == base
    assert scope.key(Article(id="a", text="Other text.", title="T")) != base
    assert scope.key(Article(id="a", text="Some text.", title="U")) != base
    other_model = openai_backend(server)
    other_model.model = "another-model"
    assert cache.scope(other_model, prompt).key(article) != base
    reasks = openai_backend(server, max_reasks=3)
    assert cache.scope(reasks, prompt).key(article) != base
    cache.close()


def test_a_stale_entry_is_a_miss(tmp_path, server):
    cache = ResponseCache(tmp_path)
    scope = cache.scope(openai_backend(server), load_prompt("briefing@v1"))
    article = Article(id="a", text="Some text.")
    cache.put(scope.key(article), '{"briefing": {"headline": 1}}')
    assert scope.get(article) is None
    cache.close()


async def test_a_second_run_is_answered_from_the_cache(archive, tmp_path):
    path, ids = archive(6)
    async with FakeOpenAIServer() as srv:
        _, first = await run(
            RunOptions(input=path, run_dir=tmp_path / "a", quiet=True), openai_backend(srv)
        )
        sent = len(srv.completion_requests)
        _, second = await run(
            RunOptions(input=path, run_dir=tmp_path / "b", quiet=True), openai_backend(srv)
        )
        assert len(srv.completion_requests) == sent  # nothing new was asked
        _, third = await run(
            RunOptions(input=path, run_dir=tmp_path / "c", quiet=True, cache=False),
            openai_backend(srv),
        )
        assert len(srv.completion_requests) == 2 * sent  # --no-cache asks again
    hits = list(read_briefings(tmp_path / "b"))
    assert [r.cached for r in hits] == [True] * 6
    assert sorted(r.id for r in hits) == sorted(ids)
    assert all(r.usage.total_tokens == 0 for r in hits)  # nothing was spent
    misses = {r.id: r.briefing for r in read_briefings(tmp_path / "a")}
    assert all(misses[r.id] == r.briefing for r in hits)
    assert (first.counts.cached, second.counts.cached, third.counts.cached) == (0, 6, 0)
    assert second.usage.total_tokens == 0 < first.usage.total_tokens


async def test_the_baseline_backend_is_never_cached(archive, tmp_path):
    """Rules are faster than a lookup, and a cached rule-based answer would hide every
    change to the rules: two baseline runs both compute, and nothing is stored."""
    path, _ = archive(3)
    _, first = await run(
        RunOptions(input=path, run_dir=tmp_path / "a", quiet=True), create_backend("baseline")
    )
    _, second = await run(
        RunOptions(input=path, run_dir=tmp_path / "b", quiet=True), create_backend("baseline")
    )
    assert (first.counts.cached, second.counts.cached) == (0, 0)
    assert not any(record.cached for record in read_briefings(tmp_path / "b"))
