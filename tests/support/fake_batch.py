"""A local OpenAI Batch API: `/v1/files` and `/v1/batches` on top of the fake chat server.

Each batch follows a `BatchScript`, taken in creation order (the default completes):

- completed: validating -> in_progress -> finalizing -> completed; `errors` requests
  fail inside the batch (HTTP 500 lines in the error file);
- expired: validating -> in_progress -> expired; `answered` of the requests have
  output lines, the rest `batch_expired` lines in the error file (as OpenAI writes);
- failed: validating -> failed, with `errors.data` (the input file failed validation);
- a cancel request: -> cancelling -> cancelled, a third answered, the rest absent.

Each poll (`GET /v1/batches/{id}`) moves a batch one state on; `hold=True` keeps it in
`in_progress` until `release()`. Output lines come back shuffled. Answers are the chat
server's (`responder`, usage estimated from the request), so imported briefings ground
against the article text. `create_delay` / `upload_delay` hold the response after the
object exists: a client killed then has created something it never heard about.
`fail_polls = N` answers the next N polls with HTTP 503.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

from tests.support.fake_briefing import article_text_of, briefing_for_text, dumps
from tests.support.fake_openai import FakeOpenAIServer
from tests.support.fake_openai_wire import completion_body, estimate_usage

__all__ = ["BatchScript", "FakeBatchServer", "answer_requests"]

PATHS = {
    "completed": ["validating", "in_progress", "finalizing", "completed"],
    "expired": ["validating", "in_progress", "expired"],
    "failed": ["validating", "failed"],
}


@dataclass
class BatchScript:
    outcome: str = "completed"  # completed | expired | failed
    errors: int = 0  # requests that fail inside a completed batch
    answered: float = 0.5  # share answered before an expiry
    hold: bool = False  # stay in_progress until release()


@dataclass
class FakeBatch:
    id: str
    input_file_id: str
    requests: list[dict[str, Any]]
    script: BatchScript
    metadata: dict[str, str]
    created_at: int
    path: list[str]
    step: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    cancelled: bool = False

    @property
    def status(self) -> str:
        return self.path[self.step]


class FakeBatchServer(FakeOpenAIServer):
    """The fake chat server plus the Files and Batches API; see the module doc."""

    def __init__(
        self,
        *args: Any,
        scripts: list[BatchScript] | None = None,
        shuffle_seed: int = 7,
        create_delay: float = 0.0,
        upload_delay: float = 0.0,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.scripts = list(scripts or [])
        self.shuffle = random.Random(shuffle_seed)
        self.create_delay, self.upload_delay = create_delay, upload_delay
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, FakeBatch] = {}
        self.uploads = 0
        self.creates = 0
        self.cancels = 0
        self.held = True
        self.fail_polls = 0  # the next N polls answer HTTP 503
        self._numbers = itertools.count(1)

    def release(self) -> None:
        """Let held batches move on from in_progress."""
        self.held = False

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/files", self._upload)
        app.router.add_get("/v1/files", self._list_files)
        app.router.add_get("/v1/files/{id}", self._file)
        app.router.add_get("/v1/files/{id}/content", self._content)
        app.router.add_post("/v1/batches", self._create)
        app.router.add_get("/v1/batches", self._list_batches)
        app.router.add_get("/v1/batches/{id}", self._retrieve)
        app.router.add_post("/v1/batches/{id}/cancel", self._cancel)

    # -- files -------------------------------------------------------------------------
    def _store(self, name: str, data: bytes, purpose: str) -> dict[str, Any]:
        file_id = f"file-{next(self._numbers)}"
        self.files[file_id] = {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": name,
            "purpose": purpose,
            "status": "processed",
        }
        self.contents[file_id] = data
        return self.files[file_id]

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        upload = form["file"]
        data = upload.file.read() if hasattr(upload, "file") else bytes(str(upload), "utf-8")
        name = getattr(upload, "filename", "upload.jsonl")
        stored = self._store(name, data, str(form.get("purpose", "batch")))
        self.uploads += 1
        await asyncio.sleep(self.upload_delay)
        return web.json_response(stored)

    async def _list_files(self, request: web.Request) -> web.Response:
        purpose = request.query.get("purpose")
        items = [f for f in reversed(self.files.values()) if purpose in (None, f["purpose"])]
        return web.json_response({"object": "list", "data": items, "has_more": False})

    async def _file(self, request: web.Request) -> web.Response:
        item = self.files.get(request.match_info["id"])
        if item is None:
            return _not_found("file")
        return web.json_response(item)

    async def _content(self, request: web.Request) -> web.Response:
        data = self.contents.get(request.match_info["id"])
        if data is None:
            return _not_found("file")
        return web.Response(body=data, content_type="application/octet-stream")

    # -- batches -----------------------------------------------------------------------
    async def _create(self, request: web.Request) -> web.Response:
        body = await request.json()
        data = self.contents.get(body.get("input_file_id", ""))
        if data is None:
            return _not_found("input file")
        if body.get("completion_window") != "24h":
            return web.json_response({"error": {"message": "bad window"}}, status=400)
        lines = [json.loads(line) for line in data.splitlines() if line.strip()]
        script = self.scripts.pop(0) if self.scripts else BatchScript()
        if any(line.get("url") != body.get("endpoint") for line in lines):
            script = BatchScript("failed")
        batch = FakeBatch(
            id=f"batch_{next(self._numbers)}",
            input_file_id=body["input_file_id"],
            requests=lines,
            script=script,
            metadata=body.get("metadata") or {},
            created_at=int(time.time()),
            path=list(PATHS[script.outcome]),
        )
        self.batches[batch.id] = batch
        self.creates += 1
        await asyncio.sleep(self.create_delay)
        return web.json_response(self._view(batch))

    async def _list_batches(self, request: web.Request) -> web.Response:
        items = list(reversed(self.batches.values()))
        after = request.query.get("after")
        if after:
            ids = [b.id for b in items]
            items = items[ids.index(after) + 1 :] if after in ids else []
        limit = int(request.query.get("limit", 20))
        page = items[:limit]
        return web.json_response(
            {
                "object": "list",
                "data": [self._view(b) for b in page],
                "first_id": page[0].id if page else None,
                "last_id": page[-1].id if page else None,
                "has_more": len(items) > limit,
            }
        )

    async def _retrieve(self, request: web.Request) -> web.Response:
        if self.fail_polls > 0:
            self.fail_polls -= 1
            return web.json_response({"error": {"message": "overloaded"}}, status=503)
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return _not_found("batch")
        self._advance(batch)
        return web.json_response(self._view(batch))

    async def _cancel(self, request: web.Request) -> web.Response:
        batch = self.batches.get(request.match_info["id"])
        if batch is None:
            return _not_found("batch")
        self.cancels += 1
        if batch.status not in ("completed", "expired", "failed", "cancelled"):
            batch.cancelled = True
            batch.path = [*batch.path[: batch.step], "cancelling", "cancelled"]
        return web.json_response(self._view(batch))

    def _advance(self, batch: FakeBatch) -> None:
        holding = batch.script.hold and self.held and batch.status == "in_progress"
        if holding or batch.step >= len(batch.path) - 1:
            return
        batch.step += 1
        if batch.step == len(batch.path) - 1:
            self._finish(batch)

    def _finish(self, batch: FakeBatch) -> None:
        """Write the output and error files of a batch that just ended."""
        status, requests = batch.status, batch.requests
        if status == "failed":
            return
        answered = len(requests)
        if status == "expired":
            answered = int(len(requests) * batch.script.answered)
        elif status == "cancelled":
            answered = len(requests) // 3
        outputs, errors = [], []
        for number, request in enumerate(requests):
            custom = request["custom_id"]
            if number >= answered:
                if status == "expired":
                    errors.append(_error_line(custom, "batch_expired", None))
                continue
            if status == "completed" and number < batch.script.errors:
                errors.append(_error_line(custom, "server_error", 500))
                continue
            outputs.append(self._answer_line(custom, request["body"], number))
        self.shuffle.shuffle(outputs)
        if outputs:
            batch.output_file_id = self._store(
                f"{batch.id}_output.jsonl", _jsonl(outputs), "batch_output"
            )["id"]
        if errors:
            batch.error_file_id = self._store(
                f"{batch.id}_error.jsonl", _jsonl(errors), "batch_output"
            )["id"]

    def _answer_line(self, custom: str, body: dict[str, Any], number: int) -> dict[str, Any]:
        answer = self.responder(body)
        content = answer if isinstance(answer, str) else dumps(answer)
        usage = estimate_usage(body, content, self.cached_tokens)
        chat = completion_body(body, content, number=number, finish_reason="stop", usage=usage)
        return {
            "id": f"batch_req_{number}",
            "custom_id": custom,
            "response": {"status_code": 200, "request_id": f"req_{number}", "body": chat},
            "error": None,
        }

    def _view(self, batch: FakeBatch) -> dict[str, Any]:
        total = len(batch.requests)
        status = batch.status
        if status == "failed":
            counts = {"total": 0, "completed": 0, "failed": 0}
        elif status in ("completed", "expired", "cancelled"):
            done = sum(1 for _ in _lines(self.contents.get(batch.output_file_id or "", b"")))
            counts = {"total": total, "completed": done, "failed": total - done}
        else:
            done = total // 2 if status in ("in_progress", "finalizing", "cancelling") else 0
            counts = {"total": total, "completed": done, "failed": 0}
        view: dict[str, Any] = {
            "id": batch.id,
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "input_file_id": batch.input_file_id,
            "completion_window": "24h",
            "status": status,
            "created_at": batch.created_at,
            "output_file_id": batch.output_file_id,
            "error_file_id": batch.error_file_id,
            "request_counts": counts,
            "metadata": batch.metadata,
            "errors": None,
        }
        if status == "failed":
            view["errors"] = {
                "object": "list",
                "data": [{"code": "invalid_request", "message": "input file failed validation"}],
            }
        return view


def answer_requests(out: Path) -> Path:
    """The provider's output file for every request file under `out` (from `batch
    export`), saved beside them as output.jsonl: each request answered with a briefing
    of its own article, as a completed batch returns it (without the server)."""
    lines = []
    for path in sorted(out.glob("requests-*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            request = json.loads(raw)
            content = dumps(briefing_for_text(article_text_of(request["body"])))
            body = {
                "model": "gpt-4o-mini-2024-07-18",
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": content},
                    }
                ],
                "usage": {"prompt_tokens": 900, "completion_tokens": 300},
            }
            lines.append(
                json.dumps(
                    {
                        "id": f"batch_req_{number}",
                        "custom_id": request["custom_id"],
                        "response": {"status_code": 200, "body": body},
                        "error": None,
                    }
                )
            )
    output = out / "output.jsonl"
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return output


def _lines(data: bytes) -> list[bytes]:
    return [line for line in data.splitlines() if line.strip()]


def _jsonl(lines: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(line).encode("utf-8") + b"\n" for line in lines)


def _error_line(custom: str, code: str, status: int | None) -> dict[str, Any]:
    messages = {
        "batch_expired": "This request could not be executed before the completion window expired.",
        "server_error": "The server had an error processing this request.",
    }
    response = (
        {"status_code": status, "body": {"error": {"message": messages[code], "code": code}}}
        if status
        else None
    )
    error = None if status else {"code": code, "message": messages[code]}
    return {"id": f"batch_req_{custom}", "custom_id": custom, "response": response, "error": error}


def _not_found(what: str) -> web.Response:
    return web.json_response(
        {"error": {"message": f"no such {what}", "code": "not_found"}}, status=404
    )


def main() -> None:
    """`python -m tests.support.fake_batch [--port N]`: first stdout line is the base URL."""
    import argparse
    import signal

    parser = argparse.ArgumentParser(description="Local OpenAI Batch API for tests.")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    async def serve() -> None:
        server = FakeBatchServer(port=args.port, record=False)
        await server.start()
        print(server.base_url, flush=True)
        done = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, done.set)
        await done.wait()
        await server.stop()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
