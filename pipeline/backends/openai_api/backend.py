"""The `openai` backend: any OpenAI-compatible chat-completions endpoint.

instructor over the official `AsyncOpenAI` client turns one article into a validated
`Briefing`. Layers of retry, each with one job:

- the SDK never retries (`max_retries=0`);
- `newsbrief.backends.openai_api.transport` retries each HTTP request on 429/5xx/timeouts/connection
  errors (honouring Retry-After) and stops the run on 401/403/404;
- instructor re-asks only when an answer fails validation (`max_reasks`), with the
  validation errors (and the `validation_context` of the article) fed back to the model.

Every request is counted, so an article's usage includes failed attempts and re-asks.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextvars import ContextVar
from typing import Any

import openai
from instructor.core import IncompleteOutputException, InstructorRetryException

from newsbrief.answers import LOG_KEY, AnswerLog
from newsbrief.backends.base import Backend, Completion, M, Reply, sampled_seed
from newsbrief.backends.openai_api.chat_post import post_chat_completion
from newsbrief.backends.openai_api.instructor_call import InstructorCall
from newsbrief.backends.openai_api.prepared_models import prepared_response_model
from newsbrief.backends.openai_api.settings import OpenAISettings
from newsbrief.backends.openai_api.tidy import tidy_completion
from newsbrief.backends.openai_api.transport import (
    FATAL_STATUSES,
    RetryPolicy,
    describe_failure,
    http_status,
    is_fatal,
    send_with_retries,
    unreachable_cause,
)
from newsbrief.backends.usage import AttemptTally
from newsbrief.errors import BackendError, FatalBackendError
from newsbrief.prompting.compact import render_compact
from newsbrief.prompting.spec import REQUEST_PARAMETERS, PromptSpec
from newsbrief.redact import register_secret
from newsbrief.schemas import Article, Briefing

__all__ = ["OpenAIBackend"]

# instructor logs every failed attempt at ERROR; the error records already carry them.
# A NullHandler keeps them off the terminal unless the application configures logging.
logging.getLogger("instructor").addHandler(logging.NullHandler())


# The tally of the article being briefed. instructor calls `_send` once per answer and
# knows nothing of articles; a context variable reaches it without re-patching per call
# (each article runs in its own task, hence its own context).
_TALLY: ContextVar[AttemptTally] = ContextVar("openai_backend_tally")
_LOG: ContextVar[AnswerLog] = ContextVar("openai_backend_answer_log")


class OpenAIBackend(Backend):
    """Brief articles with a model behind an OpenAI-compatible endpoint.

    Options (each also settable by environment variable, see `OpenAISettings`):
    base_url, api_key, mode ('json' | 'md_json' | 'tools' | 'json_schema'), max_reasks,
    max_retries, timeout (per request), deadline (per article), http ('aiohttp' | 'httpx'),
    temperature and max_tokens (override the prompt's parameters).
    """

    name = "openai"
    # Where the user sets this backend's endpoint, for messages (the judge's is its own).
    endpoint_setting = "OPENAI_BASE_URL"

    def __init__(
        self, model: str, *, retry_policy: RetryPolicy | None = None, **options: Any
    ) -> None:
        super().__init__(model)
        self.settings = OpenAISettings.resolve(options)
        register_secret(self.settings.api_key)  # never written, whatever echoes it
        self.retry_policy = retry_policy or RetryPolicy(max_retries=self.settings.max_retries)
        self.max_reasks = self.settings.max_reasks
        # Whether any request of this backend got an answer: until one has, a refused
        # connection, an unknown host or a failed TLS handshake stops the run at once
        # (every other article would fail the same way); afterwards it is a blip.
        self._reached = False
        self._client: openai.AsyncOpenAI | None = None
        self._client_loop: asyncio.AbstractEventLoop | None = None
        # instructor's create and re-ask loop, with its per-request rebuilding done once.
        self._create = InstructorCall(self._send, self.settings.instructor_mode)

    def parameters(self) -> dict[str, Any]:
        s = self.settings
        return {
            "mode": s.mode,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
            "endpoint": s.endpoint,
            "max_reasks": s.max_reasks,
        }

    async def brief(self, article: Article, prompt: PromptSpec) -> Completion:
        messages = prompt.render(article)
        reply = await self.ask(
            messages,
            self.response_model,
            self.validation_context(article),
            self._request_parameters(prompt),
            deadline=self.settings.deadline,
            schema_text=self._schema_text(prompt),
        )
        return Completion.from_reply(reply, messages)

    async def _answer_revision(
        self, messages: list[dict[str, str]], prompt: PromptSpec, context: dict[str, Any]
    ) -> Reply[Briefing]:
        return await self.ask(
            messages,
            self.response_model,
            context,
            self._request_parameters(prompt),
            deadline=self.settings.deadline,
            schema_text=self._schema_text(prompt),
        )

    async def ask(
        self,
        messages: list[dict[str, str]],
        response_model: type[M],
        context: dict[str, Any],
        parameters: dict[str, Any],
        *,
        deadline: float | None = None,
        schema_text: str | None = None,
    ) -> Reply[M]:
        tally = AttemptTally()
        limit = parameters.get("max_tokens")
        if deadline is not None:
            tally.deadline_at = time.monotonic() + deadline
        token = _TALLY.set(tally)
        log: AnswerLog = context[LOG_KEY]
        log_token = _LOG.set(log)
        timer = asyncio.timeout(deadline)
        try:
            async with timer:
                value = await self._create(
                    response_model=response_model,
                    context=context,
                    max_retries=log.max_reasks,
                    schema_text=schema_text,
                    model=self.model,
                    messages=messages,
                    **parameters,
                )
        except TimeoutError:
            if not timer.expired():
                raise
            raise self._error(
                "deadline", f"no valid answer within the {deadline:g} s deadline", tally
            ) from None
        except IncompleteOutputException as exc:
            raise self._truncated(tally, limit) from exc
        except InstructorRetryException as exc:
            if log.truncated and not isinstance(exc.__cause__, BackendError):
                raise self._truncated(tally, limit) from exc
            raise self._unwrap(exc, tally, limit) from exc
        except BackendError as exc:
            raise self._with_tally(exc, tally) from None
        finally:
            _TALLY.reset(token)
            _LOG.reset(log_token)
        return Reply(
            value=value,
            usage=tally.usage(),
            raw=tally.last_raw,
            attempts=tally.requests,
            reasks=tally.reasks,
            repairs=log.repairs,
            removed=log.removed,
        )

    async def check_reachable(self) -> None:
        """One `GET /models` without retries: any HTTP answer (even an error status)
        means the endpoint is there; a refused connection, an unknown host or a failed
        TLS handshake raises the `FatalBackendError` a run's first request would."""
        client = self._client_for_this_loop()
        try:
            await client.with_options(
                max_retries=0, timeout=min(10.0, self.settings.timeout)
            ).models.list()
        except openai.APIConnectionError as exc:
            cause = unreachable_cause(exc)
            if cause is not None:
                raise self._unreachable(cause, AttemptTally()) from exc
        except openai.OpenAIError:
            pass  # an answer, if not the one hoped for: the endpoint is reachable

    def _schema_text(self, prompt: PromptSpec) -> str | None:
        """The compact output description for prompts that ask for it, in json modes."""
        if prompt.output_format != "compact" or self.settings.mode not in ("json", "md_json"):
            return None
        return render_compact(self.response_model)

    def preview_request(self, article: Article, prompt: PromptSpec) -> dict[str, Any]:
        """The chat-completions body the first attempt for `article` sends (model,
        messages with instructor's schema instructions, sampling parameters), without
        sending it: `briefing prompts show --render` prints it."""
        model = prepared_response_model(self.response_model)
        kwargs = {
            "model": self.model,
            "messages": prompt.render(article),
            **self._request_parameters(prompt),
        }
        return self._create.build_request(
            model, kwargs, self.validation_context(article), self._schema_text(prompt)
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    # -- requests ----------------------------------------------------------------------
    def _request_parameters(self, prompt: PromptSpec) -> dict[str, Any]:
        parameters = {k: v for k, v in prompt.parameters.items() if k in REQUEST_PARAMETERS}
        for name in ("temperature", "max_tokens"):
            if getattr(self.settings, name) is not None:
                parameters[name] = getattr(self.settings, name)
        if "seed" in parameters:  # a prompt's fixed seed, moved per repeated sample
            parameters["seed"] = sampled_seed(parameters["seed"])
        return parameters

    def _client_for_this_loop(self) -> openai.AsyncOpenAI:
        """The SDK client, made inside the running loop (aiohttp sessions are bound to one)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._client_loop is not loop:
            s = self.settings
            http_client = (
                openai.DefaultAioHttpClient()
                if s.http == "aiohttp"
                else openai.DefaultAsyncHttpxClient()
            )
            self._client = openai.AsyncOpenAI(
                api_key=s.api_key,
                base_url=s.base_url,
                max_retries=0,
                timeout=s.timeout,
                http_client=http_client,
            )
            self._client_loop = loop
        return self._client

    async def _send(self, **request: Any) -> Any:
        """One chat completion with transport retries; instructor calls this per answer."""
        tally = _TALLY.get()
        client = self._client_for_this_loop()

        async def once() -> Any:
            tally.add_request()
            try:
                return await post_chat_completion(client, request)  # = create(...)
            except openai.APIConnectionError as exc:
                cause = None if self._reached else unreachable_cause(exc)
                if cause is not None:
                    raise self._unreachable(cause, tally) from exc
                raise

        try:
            completion = await send_with_retries(
                once, self.retry_policy, deadline_at=tally.deadline_at
            )
        except openai.OpenAIError as exc:
            raise self._transport_error(exc, tally) from exc
        except ValueError as exc:  # e.g. json.JSONDecodeError: a body that is not JSON
            raise self._transport_error(exc, tally) from exc
        self._reached = True
        tally.add_completion(completion)
        tidy_completion(completion, _LOG.get())
        return completion

    # -- errors ------------------------------------------------------------------------
    def _where(self) -> str:
        return f"model {self.model!r} at {self.settings.endpoint}"

    def _unreachable(self, cause: str, tally: AttemptTally) -> FatalBackendError:
        return FatalBackendError(
            f"cannot reach the endpoint {self.settings.endpoint}: {cause}; check "
            f"{self.endpoint_setting} and that the server is running",
            usage=tally.usage(),
            attempts=tally.requests,
        )

    def _transport_error(self, exc: Exception, tally: AttemptTally) -> BackendError:
        if is_fatal(exc):
            status = http_status(exc)
            return FatalBackendError(
                f"HTTP {status} from {self._where()}: {FATAL_STATUSES[status or 0]}",
                usage=tally.usage(),
                attempts=tally.requests,
            )
        message = f"{describe_failure(exc)} ({tally.requests} requests to {self._where()})"
        if self.settings.mode in ("json_schema", "tools") and http_status(exc) in (400, 422, 500):
            message += (
                f"; the endpoint may not support mode {self.settings.mode!r}: "
                "try BRIEFING_OPENAI_MODE=json"
            )
        return self._error("transport", message, tally)

    def _truncated(self, tally: AttemptTally, limit: Any) -> BackendError:
        sent = f", max_tokens={limit}" if limit else ""
        return self._error(
            "validation",
            f"the answer was cut off at the token limit (finish_reason 'length'{sent}): "
            "raise it with --max-tokens N (or BRIEFING_OPENAI_MAX_TOKENS)",
            tally,
        )

    def _unwrap(
        self, exc: InstructorRetryException, tally: AttemptTally, limit: Any = None
    ) -> BackendError:
        cause = exc.__cause__
        if isinstance(cause, BackendError):
            return self._with_tally(cause, tally)
        if isinstance(cause, IncompleteOutputException):
            return self._truncated(tally, limit)
        detail = " ".join(str(cause or exc).split())
        return self._error(
            "validation",
            f"the answer failed validation after {tally.reasks} re-asks: {detail[:500]}",
            tally,
        )

    def _error(self, kind: str, message: str, tally: AttemptTally) -> BackendError:
        return BackendError(
            kind, message, raw=tally.last_raw, usage=tally.usage(), attempts=tally.requests
        )

    @staticmethod
    def _with_tally(exc: BackendError, tally: AttemptTally) -> BackendError:
        """Refresh usage: an error raised mid-article must report the whole article."""
        exc.usage, exc.attempts, exc.raw = tally.usage(), tally.requests, tally.last_raw
        return exc
