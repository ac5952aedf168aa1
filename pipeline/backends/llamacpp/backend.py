"""`llamacpp` backend: any GGUF model, in-process, through llama-cpp-python.

The answer is constrained while it is generated: the JSON schema of `response_model` is
compiled into a llama.cpp grammar, so the model can only emit JSON of the right shape.
The answer then goes through `newsbrief.answers.parse_answer` with the article as
context (repairs, grounding validators, salvage on the last attempt), as the openai
backend's answers do; what no repair fixes is sent back to the model, the way instructor
re-asks, up to `max_reasks` times. Usage is summed over every attempt.

A `Llama` instance is not thread-safe and inference blocks, so each backend owns one
worker thread: calls queue there and the event loop stays free. The model loads lazily
on the first article, once per backend instance.
"""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, ClassVar

import llama_cpp  # the [local] extra; create_backend turns ImportError into a clear message
from llama_cpp.llama_grammar import json_schema_to_gbnf
from pydantic import BaseModel

from newsbrief.answers import LOG_KEY, AnswerInvalid, AnswerLog, parse_answer
from newsbrief.backends.base import Backend, Completion, M, Reply, sampled_seed
from newsbrief.backends.llamacpp.gguf_models import GGUFModel, resolve_gguf
from newsbrief.backends.llamacpp.settings import LlamaSettings
from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Briefing, Usage

__all__ = ["LlamaCppBackend", "LlamaSettings", "reask_messages"]

Messages = list[dict[str, str]]
LOOSE_CHAR_RULE = r'char ::= [^"\\] |'
STRICT_CHAR_RULE = r'char ::= [^"\\\x7F\x00-\x1F] |'  # as in llama.cpp's json.gbnf


def reask_messages(answer: str, error: Exception) -> Messages:
    """The turn that tells the model what was wrong (instructor's JSON-mode wording)."""
    return [
        {"role": "assistant", "content": answer},
        {
            "role": "user",
            "content": f"Correct your JSON ONLY RESPONSE, based on the following errors:\n{error}",
        },
    ]


def grammar_for(model: type[BaseModel]) -> llama_cpp.LlamaGrammar:
    """A llama.cpp grammar that admits only JSON matching the model's JSON schema.

    llama-cpp-python's converter lets raw control characters (newlines) into strings,
    which strict JSON forbids, so a small model "copying the article" produced answers no
    JSON parser accepts. Its string character rule is swapped for the JSON one.
    """
    gbnf = json_schema_to_gbnf(json.dumps(model.model_json_schema()))
    if LOOSE_CHAR_RULE not in gbnf:
        raise RuntimeError("llama-cpp-python's JSON-schema grammar changed: review grammar_for")
    return llama_cpp.LlamaGrammar.from_string(
        gbnf.replace(LOOSE_CHAR_RULE, STRICT_CHAR_RULE), verbose=False
    )


def fold_system_message(messages: Messages) -> Messages:
    """Gemma has no system role (llama-cpp-python's 'gemma' format drops it silently), so
    the instructions go in front of the first user turn, as Gemma's own template does."""
    if not messages or messages[0]["role"] != "system":
        return messages
    system, rest = messages[0]["content"], [dict(m) for m in messages[1:]]
    for message in rest:
        if message["role"] == "user":
            message["content"] = f"{system}\n\n{message['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


class LlamaCppBackend(Backend):
    """Briefs articles with a local GGUF model. Options override BRIEFING_LLAMA_* env vars."""

    name: ClassVar[str] = "llamacpp"

    def __init__(self, model: str, **options: Any) -> None:
        super().__init__(model)
        self.gguf: GGUFModel = resolve_gguf(model)
        self.settings = LlamaSettings.from_options(
            options, chat_format_default=self.gguf.chat_format
        )
        self.max_reasks = self.settings.max_reasks
        self._llama: llama_cpp.Llama | None = None
        self._grammars: dict[type[BaseModel], llama_cpp.LlamaGrammar] = {}
        self._lock = threading.Lock()  # one Llama serves one call at a time
        self._executor: ThreadPoolExecutor | None = None

    def parameters(self) -> dict[str, Any]:
        return {
            **self.settings.as_dict(),
            "model_path": str(self.gguf.path),
            "model_sha256": self.gguf.sha256,
            "llama_cpp_python": llama_cpp.__version__,
        }

    async def brief(self, article: Article, prompt: PromptSpec) -> Completion:
        generation = self.settings.generation(prompt.parameters)
        seed = sampled_seed(self.settings.seed)  # read here: executors drop the context
        if seed is not None:  # a repeated sample (`--repeat`) draws with its own seed
            generation["seed"] = seed
        messages = prompt.render(article)
        reply = await self._in_thread(
            messages, self.response_model, self.validation_context(article), generation
        )
        return Completion.from_reply(reply, messages)

    async def _answer_revision(
        self, messages: list[dict[str, str]], prompt: PromptSpec, context: dict[str, Any]
    ) -> Reply[Briefing]:
        generation = self.settings.generation(prompt.parameters)
        return await self._in_thread(messages, self.response_model, context, generation)

    async def ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[M],
        context: dict[str, Any],
        parameters: dict[str, Any],
        *,
        deadline: float | None = None,
    ) -> Reply[M]:
        generation = self.settings.generation(parameters)
        try:
            async with asyncio.timeout(deadline):
                return await self._in_thread(messages, response_model, context, generation)
        except TimeoutError:
            # the caller's deadline passed (a judge's, say): a backend failure like any
            # other, as the openai backend reports it, not a bare TimeoutError (an
            # OSError, which the command line would read as a file problem)
            raise BackendError(
                "deadline", f"no valid answer within the {deadline:g} s deadline"
            ) from None

    async def _in_thread(
        self,
        messages: Messages,
        response_model: type[M],
        context: dict[str, Any],
        generation: dict[str, Any],
    ) -> Reply[M]:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="llamacpp")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, self._ask_blocking, messages, response_model, context, generation
        )

    async def aclose(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        with self._lock:
            if self._llama is not None:
                self._llama.close()
                self._llama = None

    # --- blocking part: runs on the worker thread -------------------------------------

    def _ask_blocking(
        self,
        messages: Messages,
        response_model: type[M],
        context: dict[str, Any],
        generation: dict[str, Any],
    ) -> Reply[M]:
        with self._lock:
            llama = self._load()
            if self.settings.chat_format == "gemma":
                messages = fold_system_message(messages)
            log: AnswerLog = context[LOG_KEY]
            usage, answer = Usage(), ""
            attempts_allowed = 1 + log.max_reasks
            for attempt in range(1, attempts_allowed + 1):
                answer, finish_reason, step_usage = self._generate(
                    llama, messages, generation, response_model
                )
                usage = usage + step_usage
                log.new_answer(truncated=finish_reason == "length")
                try:
                    value = parse_answer(response_model, answer, context)
                except AnswerInvalid as exc:
                    salvaged = (
                        self._salvaged(response_model, answer, context, log)
                        if finish_reason == "length"
                        else None
                    )
                    if salvaged is not None:
                        value = salvaged
                    # A cut-off answer that nothing could salvage is not re-asked: the
                    # same token budget cannot hold a longer answer.
                    elif attempt == attempts_allowed or finish_reason == "length":
                        cut = (
                            f"the answer was cut off at max_tokens={generation['max_tokens']}; "
                            "raise it with --max-tokens N or BRIEFING_LLAMA_MAX_TOKENS "
                            "(and BRIEFING_LLAMA_N_CTX): "
                            if log.truncated
                            else ""
                        )
                        raise BackendError(
                            "validation",
                            f"{cut}no valid answer after {attempt} attempt(s): {exc}",
                            raw=answer,
                            usage=usage,
                            attempts=attempt,
                        ) from exc
                    else:
                        messages = [*messages, *reask_messages(answer, exc)]
                        continue
                return Reply(
                    value=value,
                    usage=usage,
                    raw=answer,
                    attempts=attempt,
                    reasks=attempt - 1,
                    repairs=log.repairs,
                    removed=log.removed,
                )
        raise AssertionError("unreachable: the loop returns or raises")

    @staticmethod
    def _salvaged(
        response_model: type[M], answer: str, context: dict[str, Any], log: AnswerLog
    ) -> M | None:
        """A cut-off answer's complete part, or None. No re-ask helps a cut-off answer
        (the same token budget), so it is parsed as the call's last attempt: under
        `on_invalid='salvage'` what came complete is kept, as the openai backend keeps it
        once its re-asks are spent (a judge's verdicts before the cut, say)."""
        if log.on_invalid != "salvage" or log.last_attempt:
            return None  # salvage is off, or this reading already was the last one
        log.reread_as_last()
        try:
            return parse_answer(response_model, answer, context)
        except AnswerInvalid:
            return None

    def _generate(
        self,
        llama: llama_cpp.Llama,
        messages: Messages,
        generation: dict[str, Any],
        response_model: type[BaseModel],
    ) -> tuple[str, str, Usage]:
        try:
            result: Any = llama.create_chat_completion(
                messages=messages,  # type: ignore[arg-type]
                grammar=self._grammar(response_model),
                **generation,
            )
        except ValueError as exc:  # llama-cpp-python's "Requested tokens exceed context window"
            if "context window" not in str(exc):
                raise
            raise BackendError(
                "input",
                f"the prompt does not fit the context: {exc}; raise BRIEFING_LLAMA_N_CTX",
            ) from exc
        choice = result["choices"][0]
        reported = result.get("usage") or {}
        usage = Usage(
            prompt_tokens=reported.get("prompt_tokens", 0),
            completion_tokens=reported.get("completion_tokens", 0),
            requests=1,
        )
        return choice["message"].get("content") or "", choice.get("finish_reason") or "", usage

    def _grammar(self, model: type[BaseModel]) -> llama_cpp.LlamaGrammar:
        """The grammar of a response model (grounding swaps the briefing's; the judge
        asks for its verdicts), compiled once per class."""
        if model not in self._grammars:
            self._grammars[model] = grammar_for(model)
        return self._grammars[model]

    def _load(self) -> llama_cpp.Llama:
        if self._llama is None:
            settings = self.settings
            try:
                self._llama = llama_cpp.Llama(
                    model_path=str(self.gguf.path),
                    n_ctx=settings.n_ctx,
                    n_threads=settings.n_threads,
                    n_batch=settings.n_batch,
                    n_gpu_layers=settings.n_gpu_layers,
                    seed=settings.seed,
                    chat_format=settings.chat_format,
                    verbose=False,
                )
            except ValueError as exc:  # "Failed to load model from file"
                raise FatalBackendError(
                    f"llama.cpp could not load {self.gguf.path}: {exc}; check that the file "
                    "is a complete GGUF this llama-cpp-python version supports"
                ) from exc
        return self._llama
