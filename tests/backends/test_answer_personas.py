"""Persona -> outcome, end to end: the real openai SDK and instructor over HTTP against the
fake server, in every mode the backend supports. Each persona makes one kind of slip on
every answer; the table says what the record must be and how many requests it may cost.
"""

from __future__ import annotations

import pytest

from newsbrief.backends import create_backend
from newsbrief.backends.openai_api.transport import RetryPolicy
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, BriefingRecord, ErrorRecord
from newsbrief.step.brief import brief_article
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.personas import PERSONAS

ARTICLE = Article(
    id="a1",
    published="2022-03-07",
    text=(
        "Prime Minister Hun Sen met Thai officials in Phnom Penh on March 3 to discuss "
        'border security. "We will keep the border open for trade and for families," '
        "he told reporters after the meeting. Both sides agreed to meet again in June."
    ),
)
MODES = ("json", "md_json", "tools", "json_schema")


async def _brief(persona: str, mode: str = "json", **options: object):  # type: ignore[no-untyped-def]
    async with FakeOpenAIServer(persona=persona) as srv:
        grounding = options.pop("grounding", None)
        on_invalid = options.pop("on_invalid", None)
        backend = create_backend(
            "openai:test-model",
            grounding=grounding,  # type: ignore[arg-type]
            on_invalid=on_invalid,  # type: ignore[arg-type]
            base_url=srv.base_url,
            mode=mode,
            retry_policy=RetryPolicy(max_retries=0),
            **options,
        )
        try:
            record = await brief_article(ARTICLE, backend, load_prompt("briefing@v1"))
        finally:
            await backend.aclose()
        return record, len(srv.completion_requests)


def _outcome(record: BriefingRecord | ErrorRecord) -> str:
    return "error" if isinstance(record, ErrorRecord) else record.status


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(PERSONAS))
async def test_each_persona_ends_as_expected_in_every_mode(name: str, mode: str) -> None:
    record, requests = await _brief(name, mode)
    persona = PERSONAS[name]
    assert (_outcome(record), requests) == (persona.outcome, persona.requests), record
    assert record.usage.requests == requests


EXPECTED_REPAIRS = {
    "dates_as_written": {"date_parsed"},
    "enum_case": {"enum_spelling"},
    "extra_keys": {"unknown_key"},
    "who_string": {"wrapped_in_list"},
    "null_lists": {"null_to_list"},
    "fenced_prose": {"text_around_json"},
    "trailing_commas": {"json_syntax"},
    "truncated": {"truncated_closed", "json_syntax"},
    "clean": set(),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_REPAIRS))
async def test_repairs_are_recorded_by_kind(name: str) -> None:
    record, _ = await _brief(name)
    assert isinstance(record, BriefingRecord)
    assert {r.kind for r in record.repairs} == EXPECTED_REPAIRS[name]


async def test_a_date_as_written_becomes_iso_against_the_publication_date() -> None:
    record, _ = await _brief("dates_as_written")
    assert isinstance(record, BriefingRecord)
    event = record.briefing.events[0]
    assert (event.when, event.when_text) == ("2022-03-03", "March 3")
    repair = next(r for r in record.repairs if r.kind == "date_parsed")
    assert (repair.path, repair.before, repair.after) == ("events[0].when", "March 3", "2022-03-03")


async def test_enum_slips_map_to_the_schema_spelling() -> None:
    record, _ = await _brief("enum_case")
    assert isinstance(record, BriefingRecord)
    briefing = record.briefing
    assert [a.kind for a in briefing.actors] == ["person", "country"]
    assert briefing.topics == ["defence", "politics", "science-technology"]
    assert briefing.relations[0].kind == "cooperation"


async def test_a_paraphrased_quote_is_removed_with_its_reason_after_the_reasks() -> None:
    record, requests = await _brief("paraphrased_quote")
    assert isinstance(record, BriefingRecord) and record.status == "partial"
    assert requests == 3 and record.reasks == 2
    (removal,) = record.removed
    assert removal.path == "quotes[1]"
    assert "not in the article" in removal.reason
    assert [q.text for q in record.briefing.quotes] == [
        "We will keep the border open for trade and for families,"
    ]


async def test_on_invalid_error_keeps_the_old_behaviour() -> None:
    record, requests = await _brief("paraphrased_quote", on_invalid="error")
    assert isinstance(record, ErrorRecord) and record.kind == "validation"
    assert requests == 3
    assert "quotes[1].text" in record.message


async def test_a_hallucinated_actor_is_flagged_by_default_and_removed_under_strict_names() -> None:
    flagged, requests = await _brief("hallucinated_actor")
    assert isinstance(flagged, BriefingRecord) and (flagged.status, requests) == ("ok", 1)
    strict, requests = await _brief("hallucinated_actor", grounding="names=strict")
    assert isinstance(strict, BriefingRecord) and (strict.status, requests) == ("partial", 3)
    assert [r.path for r in strict.removed] == ["actors[1]"]
    assert "Jonathan Q. Pemberton" not in [a.name for a in strict.briefing.actors]


async def test_the_reask_names_only_the_fields_no_repair_fixed() -> None:
    async with FakeOpenAIServer(persona="paraphrased_quote") as srv:
        backend = create_backend(
            "openai:test-model",
            base_url=srv.base_url,
            mode="json",
            retry_policy=RetryPolicy(max_retries=0),
        )
        srv.enqueue(
            '{"headline": "Talks", "summary": "Talks were held.", "events": [{"what": "Talks", '
            '"when": "March 3"}], "quotes": [{"text": "We shall overcome every obstacle"}]}'
        )
        await brief_article(ARTICLE, backend, load_prompt("briefing@v1"))
        await backend.aclose()
    reask = srv.completion_requests[1].body["messages"][-1]["content"]
    assert "fix only these 1 field(s)" in reask
    assert "quotes[0].text" in reask
    assert "when" not in reask.split("fix only these")[1]


async def test_an_answer_with_every_slip_repaired_costs_one_request() -> None:
    async with FakeOpenAIServer(persona="paraphrased_quote") as srv:
        srv.enqueue(
            '{"headline": "Talks", "summary": "Talks were held.", "events": '
            '[{"what": "Talks", "when": "March 3"}], "topics": ["Defense", "astrology"]}'
        )
        backend = create_backend(
            "openai:test-model",
            base_url=srv.base_url,
            mode="json",
            retry_policy=RetryPolicy(max_retries=0),
        )
        briefing_prompt = load_prompt("briefing@v1")
        first_answer_fixed = await brief_article(ARTICLE, backend, briefing_prompt)
        await backend.aclose()
    assert isinstance(first_answer_fixed, BriefingRecord)
    assert len(srv.completion_requests) == 1  # every slip repaired: no re-ask at all
    assert first_answer_fixed.briefing.topics == ["defence"]
    kinds = {(r.path, r.kind) for r in first_answer_fixed.repairs}
    assert ("topics[1]", "enum_dropped") in kinds and ("events[0].when", "date_parsed") in kinds
