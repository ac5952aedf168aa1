"""The openai backend's cheaper request path sends exactly what the plain one sent.

`InstructorCall` must build the same request as `instructor.patch(create=...)` in every
mode, for the first article (template built) and every later one (template reused),
including instructor's Jinja templating of message text with the validation context.
`post_chat_completion` must put the same JSON on the wire as `chat.completions.create`.
The prepared-model shortcut must not let an async validator through.
"""

from __future__ import annotations

from typing import Any

import instructor
import openai
import pytest
from instructor.v2.core.templating import apply_template  # type: ignore[attr-defined]
from instructor.v2.validation import async_field_validator
from openai._utils._transform import async_maybe_transform
from openai.types.chat import completion_create_params
from pydantic import BaseModel

from newsbrief.backends.openai_api.chat_post import is_plain_json, post_chat_completion
from newsbrief.backends.openai_api.instructor_call import InstructorCall, render_message_template
from newsbrief.backends.openai_api.prepared_models import prepared_response_model
from newsbrief.grounding import GroundedBriefing
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, Briefing
from tests.support.fake_openai import FakeOpenAIServer

MODES = [
    instructor.Mode.JSON,
    instructor.Mode.MD_JSON,
    instructor.Mode.TOOLS,
    instructor.Mode.JSON_SCHEMA,
]
ARTICLES = [
    Article(id="plain", title="Talks", text='Norway met Chile. "We agreed," Dahl said.'),
    Article(id="crlf", text="First line\r\nsecond line\rthird\n\n"),
    Article(id="indented", text="    indented story\n    more indented lines\n"),
    Article(id="jinja", text="The {{ article_id }} tag and {% if true %}a block{% endif %}."),
    Article(id="braces", text='JSON {"a": {"b": 1}} and a {# comment #} mark.'),
    Article(id="unicode", text="Khmer \u1780\u17b6\u200b and \u201ccurly\u201d quotes\u2026"),
]


class _Captured(Exception):
    """Stops the call once the request reached the send function."""


class _Capture:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    async def send(self, **request: Any) -> Any:
        self.requests.append(request)
        raise _Captured


async def _sent(
    create: Any,
    capture: _Capture,
    article: Article,
    prompt_ref: str,
    response_model: type[BaseModel],
) -> Any:
    """The request that reached the send function, or the error raised before it
    (instructor's templating rejects some Jinja-like article text; so must we)."""
    prompt = load_prompt(prompt_ref)
    with pytest.raises(Exception) as caught:  # instructor may wrap the stop exception
        await create(
            response_model=response_model,
            max_retries=0,
            model="test-model",
            context={"article_text": article.text, "article_id": article.id},
            messages=prompt.render(article),
            temperature=0.0,
            max_tokens=2048,
        )
    if isinstance(caught.value, _Captured) or isinstance(caught.value.__cause__, _Captured):
        return capture.requests.pop()
    return type(caught.value), str(caught.value)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("prompt_ref", ["briefing@v1", "briefing-spotlight@v1"])
async def test_request_matches_instructors_patched_create(
    mode: instructor.Mode, prompt_ref: str
) -> None:
    plain, fast = _Capture(), _Capture()
    patched = instructor.patch(create=plain.send, mode=mode)
    call = InstructorCall(fast.send, mode)
    model = prepared_response_model(GroundedBriefing)
    for _ in range(2):  # second round: every article hits the cached template
        for article in ARTICLES:
            expected = await _sent(patched, plain, article, prompt_ref, model)
            got = await _sent(call, fast, article, prompt_ref, GroundedBriefing)
            assert got == expected, article.id
    if prompt_ref == "briefing@v1":  # the article message went through Jinja
        jinja = await _sent(call, fast, ARTICLES[3], prompt_ref, GroundedBriefing)
        assert "The jinja tag and a block." in jinja["messages"][-1]["content"]


async def test_uncacheable_requests_take_instructors_own_path() -> None:
    """Non-text content and an empty last message are prepared without the template."""
    plain, fast = _Capture(), _Capture()
    patched: Any = instructor.patch(create=plain.send, mode=instructor.Mode.JSON)
    call = InstructorCall(fast.send, instructor.Mode.JSON)
    model = prepared_response_model(Briefing)
    for messages in (
        [{"role": "system", "content": "Brief it."}, {"role": "user", "content": ""}],
        [{"role": "user", "content": [{"type": "text", "text": "Story {{ article_id }}"}]}],
    ):
        for create, _capture in ((patched, plain), (call, fast)):
            with pytest.raises(Exception):  # noqa: B017 - any wrapping of _Captured
                await create(
                    response_model=model,
                    max_retries=0,
                    model="m",
                    context={"article_id": "x1"},
                    messages=messages,
                )
        assert fast.requests[-1] == plain.requests[-1]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "plain",
        "two\nlines\n",
        "keeps one\n\n",
        "crlf\r\nand\rcr\r\n",
        "    common\n    indent\n",
        "  a\n    b",
        "{ not jinja }",
        "{{ x }} and {{ y|upper }}",
        "{% if x %}yes{% endif %}\n",
        "{# gone #}text",
        "ta\tb\n\tc",
    ],
)
def test_render_message_template_equals_instructors_apply_template(text: str) -> None:
    context = {"x": "ex", "y": "why", "article_text": text}
    assert render_message_template(text, context) == apply_template(text, context)


def test_async_validators_are_still_rejected() -> None:
    """The shortcut skips instructor's check only for classes prepared (and checked)."""

    class Checked(BaseModel):
        name: str

        @async_field_validator("name")
        async def check_name(self, value: str) -> None:  # pragma: no cover - never run
            return None

    with pytest.raises(ValueError, match="async validators are not supported"):
        prepared_response_model(Checked)
    from instructor.v2.validation import async_validators

    with pytest.raises(ValueError, match="async validators are not supported"):
        async_validators.reject_async_validators(Checked)


def _requests_for_every_mode() -> list[dict[str, Any]]:
    bodies = []
    prompt = load_prompt("briefing@v1")
    for mode in MODES:
        call = InstructorCall(_Capture().send, mode)
        for article in ARTICLES[:2]:
            bodies.append(
                call.build_request(
                    prepared_response_model(GroundedBriefing),
                    {
                        "model": "m",
                        "messages": prompt.render(article),
                        "temperature": 0.0,
                        "max_tokens": 2048,
                        "stop": ["\n\n"],
                        "seed": 7,
                    },
                    {"article_text": article.text, "article_id": article.id},
                )
            )
    return bodies


@pytest.mark.parametrize("body", _requests_for_every_mode())
async def test_sdk_transform_leaves_these_bodies_unchanged(body: dict[str, Any]) -> None:
    """Why skipping `create`'s transform is safe: for these bodies it is the identity."""
    assert is_plain_json(body)
    params = completion_create_params.CompletionCreateParamsNonStreaming
    assert await async_maybe_transform(body, params) == body


def test_plain_json_check() -> None:
    assert is_plain_json({"a": [1, 2.5, None, True, {"b": "c"}]})
    assert not is_plain_json({"a": (1, 2)})
    assert not is_plain_json({"a": Briefing})
    assert not is_plain_json({1: "non-string key"})


def _without_ids(value: Any) -> Any:
    """A dumped completion minus what the server numbers per request."""
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k not in ("id", "created")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


async def test_post_sends_what_create_sends() -> None:
    bodies = _requests_for_every_mode()
    async with FakeOpenAIServer() as server:
        client = openai.AsyncOpenAI(base_url=server.base_url, api_key="k", max_retries=0)
        try:
            for body in bodies:
                via_create = await client.chat.completions.create(**body)
                via_post = await post_chat_completion(client, body)
                first, second = server.completion_requests[-2:]
                assert second.body == first.body == body
                assert _without_ids(via_post.model_dump()) == _without_ids(via_create.model_dump())
                assert type(via_post) is type(via_create)
            # Anything create handles itself (options, unknown names) still goes to create.
            with pytest.raises(TypeError):
                await post_chat_completion(client, {**bodies[0], "not_a_parameter": 1})
        finally:
            await client.close()
