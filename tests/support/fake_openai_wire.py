"""OpenAI chat-completions wire format for the fake server: answer and error bodies.

Shapes follow what instructor's modes expect: a forced tool (Mode.TOOLS) is answered
with `tool_calls`; a request with `response_format` (JSON, JSON_SCHEMA) with plain JSON
content; a request without one (MD_JSON) with a ```json fenced block, as chatty models
write it. Token counts are estimates (4 characters a token): cheap and deterministic.
"""

from __future__ import annotations

import json
import time
from typing import Any

__all__ = ["ERROR_TYPES", "completion_body", "error_body", "estimate_usage", "forced_tool"]

ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_api_key",
    403: "permission_denied",
    404: "model_not_found",
    429: "rate_limit_exceeded",
    500: "server_error",
    503: "service_unavailable",
}


def forced_tool(body: dict[str, Any]) -> str | None:
    """The function instructor's Mode.TOOLS forces, else the first tool offered."""
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return (choice.get("function") or {}).get("name")
    tools = body.get("tools") or []
    return tools[0].get("function", {}).get("name") if tools else None


def estimate_usage(body: dict[str, Any], content: str, cached_tokens: int = 0) -> dict[str, Any]:
    """Token counts from the request and answer sizes, with `cached_tokens` reported."""
    chars = sum(len(str(m.get("content") or "")) for m in body.get("messages") or [])
    for key in ("tools", "response_format"):
        if body.get(key):
            chars += len(json.dumps(body[key]))
    prompt = max(1, chars // 4)
    completion = max(1, len(content) // 4)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": min(cached_tokens, prompt)},
    }


def completion_body(
    body: dict[str, Any], content: str, *, number: int, finish_reason: str, usage: dict[str, Any]
) -> dict[str, Any]:
    """A `chat.completion` object answering request `body` with `content`."""
    tool = forced_tool(body)
    finish = finish_reason
    if tool:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": f"call_{number}",
                    "type": "function",
                    "function": {"name": tool, "arguments": content},
                }
            ],
        }
        finish = "tool_calls" if finish == "stop" else finish
    elif body.get("response_format") is None and finish == "stop":
        message = {"role": "assistant", "content": f"```json\n{content}\n```"}
    else:
        message = {"role": "assistant", "content": content}
    return {
        "id": f"chatcmpl-{number}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "test-model"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": usage,
    }


def error_body(status: int, message: str | None = None) -> dict[str, Any]:
    kind = ERROR_TYPES.get(status, "server_error")
    return {
        "error": {
            "message": message or f"fake server: HTTP {status}",
            "type": kind,
            "param": None,
            "code": kind,
        }
    }
