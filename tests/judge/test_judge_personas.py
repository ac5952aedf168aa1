"""The judge end to end: the real openai SDK + instructor over HTTP to the fake server,
one judge persona each, and the documented outcome of each (docs/judge.md).

The rules said (tests/judge/conftest.py): summary[0] unverified (a faithful paraphrase),
key_points[0] contradicted (21 for 12), key_points[1] supported, key_points[2]
unverified (an invented visit). By default the judge is sent the three doubtful ones.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from newsbrief.backends import create_backend
from newsbrief.judge import Judge
from newsbrief.schemas import Briefing
from tests.judge.conftest import FIRST, TEXT, stage_one
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.judge_personas import INVENTED, claims_of, is_judge_request, judge_responder


@pytest.fixture
async def make_judge() -> AsyncIterator:  # type: ignore[type-arg]
    opened: list[tuple[FakeOpenAIServer, Judge]] = []

    async def make(persona: str, **options) -> tuple[FakeOpenAIServer, Judge]:  # type: ignore[no-untyped-def]
        server = await FakeOpenAIServer(responder=judge_responder(persona)).start()
        backend = create_backend("openai:judge-model", base_url=server.base_url, max_retries=0)
        judge = Judge(backend, **options)
        opened.append((server, judge))
        return server, judge

    yield make
    for server, judge in opened:
        await judge.aclose()
        await server.stop()


def _by_path(checks):  # type: ignore[no-untyped-def]
    return {c.path: c for c in checks}


async def test_a_careful_judge_settles_the_paraphrase_and_confirms_the_contradiction(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    server, judge = await make_judge("agrees")
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    checks = _by_path(judged.checks)
    paraphrase = checks["summary[0]"]
    assert (paraphrase.verdict, paraphrase.stage, paraphrase.prior_verdict) == (
        "supported", "judge", "unverified")  # fmt: skip
    assert paraphrase.citation == FIRST
    assert paraphrase.support[0].start == 0 and paraphrase.support[0].end == len(FIRST)
    number = checks["key_points[0]"]
    assert (number.verdict, number.stage, number.prior_verdict) == ("contradicted", "judge", None)
    assert number.citation == FIRST
    visit = checks["key_points[2]"]
    assert (visit.verdict, visit.stage, visit.citation) == ("unverified", "judge", None)
    assert checks["key_points[1]"] == stage_one()[2]  # supported: never sent
    report = judged.report
    assert (report.sent, report.requests, report.changed, report.confirmed, report.voided) == (
        3, 1, 1, 2, 0)  # fmt: skip
    assert report.error is None and report.prompt == "judge@v1"
    assert report.usage.requests == 1 and report.usage.prompt_tokens > 0
    # one request, the article before the claims, and only the doubtful claims in it
    (request,) = server.completion_requests
    user = request.body["messages"][-1]["content"]
    assert user.index(TEXT) < user.index("<claims>")
    assert claims_of(request.body) == [
        "Floods in the north killed 12 people.",
        "Flooding killed 21 people.",
        "The president visited the region.",
    ]


async def test_a_judge_that_always_says_supported_cannot_clear_a_contradiction(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("always_supported")  # cites the article's first sentence
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    checks = _by_path(judged.checks)
    number = checks["key_points[0]"]
    assert (number.verdict, number.stage, number.prior_verdict) == (
        "contradicted", "rules", "contradicted")  # fmt: skip
    assert "does not hold '21'" in (number.reason or "")
    assert number.reason.startswith("the article says 12; judge verdict 'supported' voided")  # type: ignore[union-attr]
    # nor clear an invented visit by citing a sentence about something else
    visit = checks["key_points[2]"]
    assert (visit.verdict, visit.stage) == ("unverified", "rules")
    assert "is about something else" in (visit.reason or "")
    # the paraphrase the first sentence does state is the one it gets right
    assert checks["summary[0]"].verdict == "supported"
    assert (judged.report.changed, judged.report.voided) == (1, 2)


async def test_a_judge_that_contradicts_everything_is_recorded_where_its_citation_holds(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("contradicts_all")  # cites the article's first sentence
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    checks = _by_path(judged.checks)
    assert checks["summary[0]"].verdict == "contradicted"  # its citation is on topic
    assert checks["summary[0]"].prior_verdict == "unverified"
    assert checks["summary[0]"].rule == "judge"
    assert checks["key_points[0]"].prior_verdict is None  # it agreed with the rules there
    assert checks["key_points[0]"].stage == "judge"
    assert checks["key_points[2]"].stage == "rules"  # cited a sentence about something else
    assert checks["key_points[1]"].verdict == "supported"  # not sent, not touched
    assert (judged.report.changed, judged.report.confirmed, judged.report.voided) == (1, 1, 1)


async def test_with_judge_all_every_checked_claim_is_sent(make_judge, briefing: Briefing) -> None:  # type: ignore[no-untyped-def]
    server, judge = await make_judge("agrees", scope="all")
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    assert len(claims_of(server.completion_requests[0].body)) == 4
    rescue = _by_path(judged.checks)["key_points[1]"]
    assert (rescue.verdict, rescue.stage) == ("supported", "judge")  # confirmed
    assert rescue.citation == "Rescue teams were still searching for survivors in three villages."


async def test_a_citation_not_in_the_article_voids_every_verdict(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("cites_elsewhere")
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    before = _by_path(stage_one())
    for path in ("summary[0]", "key_points[0]", "key_points[2]"):
        check = _by_path(judged.checks)[path]
        assert check.verdict == before[path].verdict  # the rules' verdict stays
        assert check.stage == "rules" and check.citation is None
        assert check.prior_verdict == before[path].verdict
        assert f'its citation "{INVENTED}" is not in the article' in (check.reason or "")
    assert (judged.report.voided, judged.report.changed, judged.report.error) == (3, 0, None)


async def test_invalid_json_is_reasked_then_recorded_as_a_judge_error(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    server, judge = await make_judge("invalid_json")
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    assert judged.checks == stage_one()  # every rules' verdict kept
    report = judged.report
    assert report.error is not None and report.error.startswith("validation:")
    assert report.requests == 3 == len(server.completion_requests)  # two re-asks
    assert report.usage.requests == 3  # the failed attempts are costed too
    assert (report.sent, report.unanswered) == (3, 3)


async def test_a_truncated_verdict_list_keeps_what_survived_and_drops_the_cut_verdict(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("truncated")
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    report = judged.report
    assert report.error is None and report.truncated
    assert report.unanswered >= 1  # the verdict that was cut, at least
    assert report.changed + report.confirmed + report.voided + report.unanswered == 3
    before = _by_path(stage_one())
    for check in judged.checks:  # each claim: the judge's sound verdict or the rules'
        if check.stage == "rules":
            assert check.verdict == before[check.path].verdict
        else:
            assert check.citation is None or check.citation in TEXT
    assert _by_path(judged.checks)["key_points[2]"] == before["key_points[2]"]  # cut last


async def test_a_judge_past_its_deadline_leaves_the_rules_verdicts(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("slow", deadline=0.5)
    judged = await judge.judge(TEXT, briefing, briefing.checks)
    assert judged.checks == stage_one()
    assert judged.report.error is not None and judged.report.error.startswith("deadline:")


async def test_many_claims_are_sent_in_chunks_that_share_the_article_prefix(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    server, judge = await make_judge("agrees", scope="all", chunk_size=3)
    checks = stage_one() * 2  # eight claims: 3 + 3 + 2
    checks = [c.model_copy(update={"path": f"key_points[{i}]"}) for i, c in enumerate(checks)]
    judged = await judge.judge(TEXT, briefing, checks)
    sizes = [len(claims_of(r.body)) for r in server.completion_requests]
    assert sizes == [3, 3, 2] and judged.report.requests == 3
    prefixes = {
        r.body["messages"][-1]["content"].split("<claims>")[0] for r in server.completion_requests
    }
    assert len(prefixes) == 1 and all(is_judge_request(r.body) for r in server.completion_requests)


async def test_a_repeated_judgement_comes_from_the_cache(
    make_judge, briefing: Briefing, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from newsbrief.run.cache import ResponseCache

    server, judge = await make_judge("agrees")
    judge.cache = ResponseCache(tmp_path / "judge-cache")
    first = await judge.judge(TEXT, briefing, briefing.checks)
    again = await judge.judge(TEXT, briefing, briefing.checks)
    assert again.checks == first.checks and again.report.cached and not first.report.cached
    assert again.report.usage.requests == 0
    assert len(server.completion_requests) == 1
    judge.cache.close()  # type: ignore[attr-defined]


async def test_the_judge_is_a_verifier_stage_after_the_rules(
    make_judge, briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    _, judge = await make_judge("agrees")
    assert judge.stage == "judge"
    checks = await judge.verify(TEXT, briefing, briefing.checks)
    assert [c.stage for c in checks] == ["judge", "judge", "rules", "judge"]
    assert briefing.checks == stage_one()  # the stage returns a new list


async def test_judge_requests_take_from_the_runs_rate_limit(make_judge, briefing: Briefing) -> None:  # type: ignore[no-untyped-def]
    from newsbrief.run.ratelimit import RateLimiter

    _, judge = await make_judge("agrees")
    limiter = RateLimiter(rpm=6)  # a bucket of one request, refilled every 10 s
    judge.limiter = limiter
    await judge.judge(TEXT, briefing, briefing.checks)
    assert limiter.requests is not None and limiter.requests.level < 0.5  # the judge took it
