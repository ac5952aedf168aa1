"""A local OpenAI-compatible chat-completions server for tests and benchmarks.

No model API is reachable from CI, so the OpenAI path (real SDK + instructor + HTTP) is
exercised against this server on 127.0.0.1. It answers `POST /v1/chat/completions`
(also `/chat/completions`) and `GET /v1/models` with OpenAI-shaped JSON and `usage`.

Behaviour per request, in order of precedence:
1. a scripted queue (`enqueue`, `enqueue_error`, `enqueue_timeout`, ...), like the mock
   model of simonw/llm: each request pops the next behaviour;
2. random fault injection (`faults={"429": 0.05, "reset": 0.01}`, `seed=`);
3. the `responder(body) -> str | dict`, by default a valid Briefing built from the
   article text (see `tests.support.fake_briefing`); `answers="realistic"` answers with
   a model-sized briefing of the article instead (`tests.support.realistic_briefing`,
   what the benchmarks use); `persona=` picks a responder that makes one kind of model
   slip on every answer (see `tests.support.personas`).

Answers follow the request shape each instructor mode sends (see
`tests.support.fake_openai_wire`): `tool_calls` for Mode.TOOLS, plain JSON content for
JSON / JSON_SCHEMA, a ```json fenced block for MD_JSON.

Latency: a fixed `latency` in seconds before every response, or a `LatencyModel`: time
to first token, then the answer's tokens at a decode rate, as a hosted model streams
(tokens estimated from the answer's length, as `usage` reports them). Faults and errors
answer after the time to first token.

Use it as `async with FakeOpenAIServer() as srv:`, or from sync code as
`with FakeOpenAIServer() as srv:` / `srv = FakeOpenAIServer().start_in_thread()` then
`srv.stop_thread()` (its own loop in a thread; `srv.requests` logs every request with its
arrival time and outcome). As a process: `python -m tests.support.fake_openai --port 0
--latency 0.25` prints the base URL as the first stdout line.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import web

from tests.support.fake_briefing import (
    article_text_of,
    briefing_for_text,
    dumps,
    invalid_briefing,
)
from tests.support.fake_openai_wire import completion_body, error_body, estimate_usage
from tests.support.personas import PERSONAS, persona_responder
from tests.support.realistic_briefing import realistic_responder

__all__ = [
    "ANSWERS",
    "FAULTS",
    "Answered",
    "Behaviour",
    "FakeOpenAIServer",
    "LatencyModel",
    "RecordedRequest",
    "add_latency_model_options",
    "briefing_responder",
]

Responder = Callable[[dict[str, Any]], "str | dict[str, Any] | Answered"]


@dataclass(frozen=True)
class Answered:
    """A responder's answer with its own finish reason and delay, for responders whose
    requests differ (a judge persona answers judge requests cut off or late, and the
    briefing requests of the same run normally)."""

    content: str
    finish_reason: str = "stop"
    delay: float = 0.0
    status: int = 200  # another status: an error response with `content` as its message


@dataclass(frozen=True)
class LatencyModel:
    """How long a model takes to answer: `ttft` seconds to the first token, then the
    answer's tokens at `tokens_per_s`. The defaults are a hosted gpt-4o-class model's
    order of magnitude (0.5 s, 60 tokens/s); a realistic briefing of about 900 tokens
    then takes about 15 s, against the 0.25 s of the benchmarks' fixed latency."""

    ttft: float = 0.5
    tokens_per_s: float = 60.0

    def seconds(self, completion_tokens: int) -> float:
        return self.ttft + completion_tokens / self.tokens_per_s


def add_latency_model_options(parser: argparse.ArgumentParser) -> None:
    """`--ttft` and `--decode-rate`, the `LatencyModel`'s two numbers, for every command
    that starts this server (its own command line and the benchmarks)."""
    parser.add_argument(
        "--ttft",
        type=float,
        default=LatencyModel.ttft,
        help="with --latency model: seconds to the first token",
    )
    parser.add_argument(
        "--decode-rate",
        type=float,
        default=LatencyModel.tokens_per_s,
        help="with --latency model: answer tokens a second (tokens = characters / 4)",
    )


def briefing_responder(body: dict[str, Any]) -> str:
    """Default answer: a valid Briefing JSON derived from the request's article."""
    return dumps(briefing_for_text(article_text_of(body)))


# What a valid answer looks like: `small` (three copied sentences, one event; cheap to
# check) or `realistic` (a model-sized briefing of that article; what benchmarks use).
# `distinct`: the realistic answers, for an archive of `distinct_copy` texts (the answer
# follows whatever text the request carries)
ANSWERS: dict[str, Responder] = {
    "small": briefing_responder,
    "realistic": realistic_responder,
    "distinct": realistic_responder,
}


@dataclass
class Behaviour:
    """What the server does for one request. `content` may depend on the request body."""

    kind: str = "answer"  # answer | error | echo | echo_answer | reset | bad_body
    content: str | Callable[[dict[str, Any]], str] | None = None  # None: the responder
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # extra seconds before answering (timeouts)
    finish_reason: str = "stop"
    usage: dict[str, Any] | None = None


@dataclass
class RecordedRequest:
    at: float  # time.monotonic() when the request arrived
    path: str
    body: dict[str, Any]
    outcome: str


def _truncated(body: dict[str, Any]) -> str:
    whole = briefing_responder(body)
    return whole[: len(whole) // 2]


# Named faults for random injection (and the CLI's --faults).
FAULTS: dict[str, Callable[[float], Behaviour]] = {
    "429": lambda t: Behaviour("error", status=429, headers={"Retry-After": "1"}),
    "500": lambda t: Behaviour("error", status=500),
    "503": lambda t: Behaviour("error", status=503, headers={"Retry-After": "1"}),
    "timeout": lambda t: Behaviour(delay=t),
    "reset": lambda t: Behaviour("reset"),
    "bad_body": lambda t: Behaviour("bad_body"),
    "malformed": lambda t: Behaviour(content='{"headline": "Broken", "summary": '),
    "truncated": lambda t: Behaviour(content=_truncated, finish_reason="length"),
    "invalid": lambda t: Behaviour(content=lambda b: dumps(invalid_briefing(article_text_of(b)))),
}


class FakeOpenAIServer:
    """An OpenAI-compatible server on 127.0.0.1; see the module docstring."""

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        latency: float | LatencyModel = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        cached_tokens: int = 0,
        faults: dict[str, float] | None = None,
        seed: int = 0,
        fault_timeout: float = 30.0,
        models: tuple[str, ...] = ("test-model",),
        record: bool = True,
        persona: str | None = None,
        answers: str = "small",
    ) -> None:
        unknown = sorted(set(faults or {}) - set(FAULTS))
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {sorted(FAULTS)}")
        if persona is not None and persona not in PERSONAS:
            raise ValueError(f"unknown persona {persona!r}; known: {sorted(PERSONAS)}")
        if answers not in ANSWERS:
            raise ValueError(f"unknown answers {answers!r}; known: {sorted(ANSWERS)}")
        self.responder = responder or (persona_responder(persona) if persona else ANSWERS[answers])
        self.finish_reason = PERSONAS[persona].finish_reason if persona else "stop"
        self.latency = latency
        self.host, self.port = host, port
        self.cached_tokens = cached_tokens
        self.faults = dict(faults or {})
        self.fault_timeout = fault_timeout
        self.models = models
        self.record = record
        self.requests: list[RecordedRequest] = []
        self.stats: Counter[str] = Counter()
        self._queue: deque[Behaviour] = deque()
        self._rng = random.Random(seed)
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- scripting -------------------------------------------------------------------
    def enqueue(
        self,
        answer: str | dict[str, Any] | Any,
        *,
        finish_reason: str = "stop",
        usage: dict[str, Any] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next request with this content (a str, dict or pydantic model)."""
        if hasattr(answer, "model_dump_json"):
            answer = answer.model_dump_json()
        elif isinstance(answer, dict):
            answer = dumps(answer)
        self._queue.append(
            Behaviour(content=answer, finish_reason=finish_reason, usage=usage, delay=delay)
        )

    def enqueue_ok(self, count: int = 1) -> None:
        """Answer the next `count` requests normally (before whatever is queued next)."""
        self._queue.extend(Behaviour(finish_reason=self.finish_reason) for _ in range(count))

    def enqueue_error(
        self, status: int = 429, headers: dict[str, str] | None = None, message: str | None = None
    ) -> None:
        self._queue.append(
            Behaviour("error", status=status, headers=dict(headers or {}), content=message)
        )

    def enqueue_echo(self, status: int = 400) -> None:
        """An error whose body echoes the request's headers and URL (some proxies do)."""
        self._queue.append(Behaviour("echo", status=status))

    def enqueue_echo_answer(self, count: int = 1) -> None:
        """A valid briefing that repeats the request's credential in its summary and a key
        point (a gateway that pastes request headers into the answer): the key arrives in
        a successful answer, which records and the response cache both keep."""
        self._queue.extend(Behaviour("echo_answer") for _ in range(count))

    def enqueue_timeout(self, seconds: float) -> None:
        """Wait `seconds` before answering normally (longer than the client's timeout)."""
        self._queue.append(Behaviour(delay=seconds))

    def enqueue_fault(self, name: str, count: int = 1) -> None:
        """Queue a named fault from FAULTS: reset, bad_body, malformed, truncated, invalid..."""
        if name not in FAULTS:
            raise ValueError(f"unknown fault {name!r}; known: {sorted(FAULTS)}")
        self._queue.extend(FAULTS[name](self.fault_timeout) for _ in range(count))

    def enqueue_reset(self) -> None:
        self.enqueue_fault("reset")

    def enqueue_malformed(self) -> None:
        """The model answers text that is not JSON."""
        self.enqueue_fault("malformed")

    def enqueue_truncated(self) -> None:
        """Half a JSON answer with finish_reason 'length' (max_tokens ran out)."""
        self.enqueue_fault("truncated")

    def enqueue_invalid(self, count: int = 1) -> None:
        """Valid JSON that fails Briefing validation."""
        self.enqueue_fault("invalid", count)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> Self:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/chat/completions", self._chat)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/models", self._models)
        self.add_routes(app)
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, backlog=1024)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    def add_routes(self, app: web.Application) -> None:
        """Subclasses serve more of the API (see `tests.support.fake_batch`)."""

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start_in_thread(self) -> Self:
        """Serve from a background thread with its own loop (for sync tests)."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def serve() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            self._loop.run_until_complete(self.start())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self.stop())
            self._loop.close()

        self._thread = threading.Thread(target=serve, name="fake-openai", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake OpenAI server did not start within 10 s")
        return self

    def stop_thread(self) -> None:
        if self._thread is not None and self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start_in_thread()

    def __exit__(self, *exc: object) -> None:
        self.stop_thread()

    # -- handlers --------------------------------------------------------------------
    async def _models(self, request: web.Request) -> web.Response:
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.models]
        return web.json_response({"object": "list", "data": data})

    def _next_behaviour(self) -> tuple[Behaviour, str]:
        if self._queue:
            return self._queue.popleft(), "queued"
        if self.faults:
            draw = self._rng.random()
            for name, share in self.faults.items():
                if draw < share:
                    return FAULTS[name](self.fault_timeout), name
                draw -= share
        return Behaviour(finish_reason=self.finish_reason), "ok"

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        arrived = time.monotonic()
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "request body is not JSON")
        behaviour, source = self._next_behaviour()
        outcome = (
            behaviour.kind
            if behaviour.kind != "answer"
            else ("timeout" if behaviour.delay else source)
        )
        if behaviour.status != 200:
            outcome = str(behaviour.status)
        self.stats[outcome] += 1
        if self.record:
            self.requests.append(RecordedRequest(arrived, request.path, body, outcome))
        model = self.latency if isinstance(self.latency, LatencyModel) else None
        await asyncio.sleep((model.ttft if model else self.latency) + behaviour.delay)
        if behaviour.kind == "error":
            message = behaviour.content if isinstance(behaviour.content, str) else None
            return _error(behaviour.status, message, behaviour.headers)
        if behaviour.kind == "echo":
            echoed = {"url": str(request.url), "headers": dict(request.headers)}
            return _error(behaviour.status, f"bad request: {dumps(echoed)}")
        if behaviour.kind == "echo_answer":
            key = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
            answer = json.loads(briefing_responder(body))
            answer["summary"] += f" The reference code of this request is {key}."
            answer["key_points"] = [*answer.get("key_points", []), f"Code {key} was used."]
            behaviour = Behaviour(content=dumps(answer))
        if behaviour.kind == "reset":
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # nothing may be written to an aborted socket
        if behaviour.kind == "bad_body":
            return web.Response(
                text='{"id": "chatcmpl-x", "choices": [', content_type="application/json"
            )
        content = behaviour.content
        finish_reason = behaviour.finish_reason
        if content is None:
            answer = self.responder(body)
            if isinstance(answer, Answered):
                finish_reason = answer.finish_reason
                await asyncio.sleep(answer.delay)
                if answer.status != 200:
                    return _error(answer.status, answer.content)
                answer = answer.content
            content = answer if isinstance(answer, str) else dumps(answer)
        elif callable(content):
            content = content(body)
        usage = behaviour.usage or estimate_usage(body, content, self.cached_tokens)
        if model is not None:  # the answer's tokens, decoded after the first one
            await asyncio.sleep(model.seconds(usage["completion_tokens"]) - model.ttft)
        return web.json_response(
            completion_body(
                body,
                content,
                number=next(self._ids),
                finish_reason=finish_reason,
                usage=usage,
            )
        )


def _error(
    status: int, message: str | None = None, headers: dict[str, str] | None = None
) -> web.Response:
    return web.json_response(error_body(status, message), status=status, headers=headers)


if __name__ == "__main__":  # python -m tests.support.fake_openai: see fake_openai_cli
    from tests.support.fake_openai_cli import main

    main()
