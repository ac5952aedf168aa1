"""The one small interface every backend implements.

A backend turns one article + one prompt into a `Completion`: a validated `Briefing`
plus usage summed over every attempt, the last raw answer and attempt counts. Failures
that should become an error record raise `BackendError` (with usage and the raw answer);
failures that make every further request pointless raise `FatalBackendError`.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel

from newsbrief.answers import LOG_KEY, AnswerLog, OnInvalid
from newsbrief.errors import BackendError, ModelSpecError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Briefing, Removal, Repair, Usage

M = TypeVar("M", bound=BaseModel)

#: Which sample of an article is being briefed (`briefing run --repeat`), set by the
#: per-article step. A context variable, because it only moves the seed a backend sends
#: (`sampled_seed`) and every other part of a request is the same for every sample.
CURRENT_SAMPLE: ContextVar[int] = ContextVar("briefing_sample", default=0)


def sampled_seed(seed: int | None) -> int | None:
    """A fixed sampling seed moved by the sample index, so repeats are not one answer
    asked k times (sample 0 keeps the seed as given)."""
    return None if seed is None else seed + CURRENT_SAMPLE.get()


#: Articles at least this long are worked on in a thread (rules, grounding), so one
#: long article never holds the event loop and every request in flight with it.
OFF_LOOP_CHARS = 20_000

T = TypeVar("T")


async def off_loop(work: Callable[[], T]) -> T:
    """`work()` in a daemon thread of its own, awaited on the event loop.

    Not `asyncio.to_thread`: the default executor's threads are joined when the loop
    closes and again when the interpreter exits, so a SIGTERM or Ctrl-C would wait for
    the article being worked on (minutes for a hostile one) before the run could say
    `stopped`. A daemon thread is left behind instead; a cancelled article's result is
    simply dropped.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()
    context = contextvars.copy_context()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return  # cancelled meanwhile
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def target() -> None:
        try:
            result, error = context.run(work), None
        except BaseException as exc:  # handed to the awaiting task, raised there
            result, error = None, exc
        try:
            loop.call_soon_threadsafe(settle, result, error)
        except RuntimeError:
            pass  # the loop is closed: the run has stopped and nobody waits

    threading.Thread(target=target, name="newsbrief-off-loop", daemon=True).start()
    return await future


@dataclass
class Completion:
    briefing: Briefing
    usage: Usage = field(default_factory=Usage)
    raw: str | None = None
    attempts: int = 1
    reasks: int = 0
    # What `newsbrief.answers` changed in the final answer: repairs made, items removed.
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    # The messages the final answer replied to, for a backend that can be asked to
    # revise it (`Backend.revise`); None for answers that cannot be continued (a merged
    # long article, the baseline).
    conversation: list[dict[str, str]] | None = None

    @property
    def partial(self) -> bool:
        return bool(self.removed)

    @classmethod
    def from_reply(
        cls, reply: Reply[Briefing], conversation: list[dict[str, str]] | None = None
    ) -> Completion:
        """A briefing `Reply` as the step's `Completion`; `conversation` is the messages
        it answered, for a backend that can revise it (None: it cannot be continued)."""
        return cls(
            briefing=reply.value,
            usage=reply.usage,
            raw=reply.raw,
            attempts=reply.attempts,
            reasks=reply.reasks,
            repairs=reply.repairs,
            removed=reply.removed,
            conversation=None if conversation is None else list(conversation),
        )


@dataclass
class Reply(Generic[M]):
    """One structured answer of any response model (`Backend.ask`): the validated value
    plus what it cost, over every attempt. `Completion` is the same for a briefing."""

    value: M
    usage: Usage = field(default_factory=Usage)
    raw: str | None = None
    attempts: int = 1
    reasks: int = 0
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)


class Backend(ABC):
    """Subclasses set `name` and implement `brief`. One instance serves a whole run."""

    name: ClassVar[str]
    # Whether answers go through the response cache. A model call is worth caching; a
    # backend that computes its answer from code (baseline) is not: it is faster than a
    # cache lookup, and a cached answer would hide every change to that code.
    cacheable: ClassVar[bool] = True
    # The model's context window in tokens (create_backend's `context_tokens` option, or
    # set by a backend that knows it); None: newsbrief.step.long_article looks it up by name.
    context_tokens: int | None = None
    # The --grounding policy as text (set by create_backend); part of the run identity.
    grounding: str = "default"
    # --on-invalid: keep the valid part of an answer once re-asks are spent ('salvage')
    # or make the article an error record ('error'). Part of the run identity.
    on_invalid: OnInvalid = "salvage"
    max_reasks: int = 2

    def __init__(self, model: str) -> None:
        self.model = model
        # The model class the answer is validated against. Grounding swaps in a subclass
        # whose validators read `validation_context(article)` (e.g. quotes must be in it).
        self.response_model: type[Briefing] = Briefing

    def validation_context(self, article: Article) -> dict[str, Any]:
        """Context handed to pydantic validators (instructor's `context=`).

        One dict per article, shared by every answer to it: the `AnswerLog` is where
        `newsbrief.answers` records this article's repairs and counts its answers."""
        reasks = self._settings_reasks()
        log = AnswerLog(max_reasks=self._reask_budget(), on_invalid=self.on_invalid)
        context: dict[str, Any] = {
            "article_text": article.text,
            "article_id": article.id,
            "article_published": article.published,
            LOG_KEY: log,
        }
        if reasks is not None:
            context["max_reasks"] = reasks
        return context

    @property
    def model_string(self) -> str:
        """The string that selects this backend and model again, e.g. 'openai:gpt-4o-mini'."""
        return f"{self.name}:{self.model}" if self.model else self.name

    @abstractmethod
    async def brief(self, article: Article, prompt: PromptSpec) -> Completion:
        """Brief one article. Raise BackendError for a per-article failure."""

    async def ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[M],
        context: dict[str, Any],
        parameters: dict[str, Any],
        *,
        deadline: float | None = None,
    ) -> Reply[M]:
        """One structured answer of `response_model` to `messages`, through the same
        answer layer as briefings (repair, re-ask, salvage; the `AnswerLog` in
        `context[LOG_KEY]`). Backends that call a model implement it (the LLM judge asks
        through it); `deadline` bounds every attempt together, in seconds."""
        raise ModelSpecError(f"the {self.name} backend calls no model: name one, e.g. openai:MODEL")

    async def check_reachable(self) -> None:
        """Raise `FatalBackendError` when the endpoint cannot be reached at all (checked
        before a command starts); backends without an endpoint have nothing to check."""

    async def revise(
        self, article: Article, prompt: PromptSpec, completion: Completion, request: str
    ) -> Completion | None:
        """Ask again after `completion`, with `request` saying what to fix (the step's
        `prose=strict` re-ask on contradicted claims): the conversation so far, the last
        answer as the assistant's turn and `request` as the user's. The returned
        completion's usage, attempts and re-asks include `completion`'s, and the re-ask it
        costs counts against `max_reasks` like any other; a `BackendError` it raises
        carries the usage and attempts of the whole article too. None: this answer cannot
        be continued (a backend that keeps no conversation, such as the baseline) or the
        budget is spent, and the step salvages instead."""
        left = self._reask_budget() - completion.reasks
        if completion.conversation is None or completion.raw is None or left <= 0:
            return None
        messages = [
            *completion.conversation,
            {"role": "assistant", "content": completion.raw},
            {"role": "user", "content": request},
        ]
        context = self.validation_context(article)
        context[LOG_KEY].max_reasks = left - 1  # the form re-asks this answer may still use
        try:
            reply = await self._answer_revision(messages, prompt, context)
        except BackendError as exc:
            if isinstance(exc.usage, Usage):
                exc.usage = completion.usage + exc.usage
            exc.attempts += completion.attempts
            raise
        revised = Completion.from_reply(reply, messages)
        revised.usage = completion.usage + revised.usage
        revised.attempts += completion.attempts
        revised.reasks += completion.reasks + 1
        return revised

    async def _answer_revision(
        self, messages: list[dict[str, str]], prompt: PromptSpec, context: dict[str, Any]
    ) -> Reply[Briefing]:
        """One answer to the continued conversation `messages`; backends whose
        completions carry a conversation implement it."""
        raise NotImplementedError(f"the {self.name} backend cannot continue a conversation")

    def _settings_reasks(self) -> int | None:
        """`max_reasks` of the backend's own settings, where it has them."""
        reasks = getattr(getattr(self, "settings", None), "max_reasks", None)
        return reasks if isinstance(reasks, int) else None

    def _reask_budget(self) -> int:
        """Re-asks allowed per article: the backend's settings, else the class default."""
        reasks = self._settings_reasks()
        return self.max_reasks if reasks is None else reasks

    def parameters(self) -> dict[str, Any]:
        """Backend-specific settings that change the output (mode, temperature...)."""
        return {}

    def run_parameters(self) -> dict[str, Any]:
        """Everything that changes the output: `parameters()` plus the settings every
        backend shares. The manifest, the cache key and resume checks all use this, so
        a strict-grounding run never reuses a flag run's answers."""
        shared: dict[str, Any] = {"grounding": self.grounding}
        if self.on_invalid != "salvage":
            shared["on_invalid"] = self.on_invalid
        if self.context_tokens:
            shared["context_tokens"] = self.context_tokens
        return {**self.parameters(), **shared}

    def sent_parameters(self, prompt: PromptSpec) -> dict[str, Any]:
        """`run_parameters()` with the values really sent: a setting left unset (None)
        is filled from the prompt file's `parameters` (briefing@v1: temperature 0.0,
        max_tokens 2048), so the manifest says what the model was asked with."""
        parameters = self.run_parameters()
        for name, value in parameters.items():
            if value is None and name in prompt.parameters:
                parameters[name] = prompt.parameters[name]
        return parameters

    async def aclose(self) -> None:
        """Release connections or models. Called once at the end of a run."""
