"""Per-article accounting of every request a backend makes.

Cost reports must include what failures cost: a re-asked answer, a truncated answer and
a request that died mid-way all count. The backend feeds each raw completion and each
failed request into one `AttemptTally` per article and reads the totals at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbrief.schemas import Usage

__all__ = ["AttemptTally", "raw_answer_text"]


def raw_answer_text(completion: Any) -> str | None:
    """What the model wrote: the message content, or the arguments of its tool call."""
    choices = getattr(completion, "choices", None) or []
    if not choices:
        return None
    message = choices[0].message
    tool_calls = getattr(message, "tool_calls", None) or []
    if tool_calls:
        return "\n".join(call.function.arguments or "" for call in tool_calls)
    return getattr(message, "content", None)


@dataclass
class AttemptTally:
    """Requests, answers and tokens for one article, over every attempt."""

    requests: int = 0  # HTTP requests sent, failed ones included
    answers: int = 0  # completions received (each validated or re-asked)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    last_raw: str | None = None
    deadline_at: float | None = None  # time.monotonic() instant the article must finish by

    def add_request(self) -> None:
        self.requests += 1

    def add_completion(self, completion: Any) -> None:
        """Count one received completion: its tokens and its raw text."""
        self.answers += 1
        self.last_raw = raw_answer_text(completion)
        usage = getattr(completion, "usage", None)
        if usage is None:
            return
        self.prompt_tokens += usage.prompt_tokens or 0
        self.completion_tokens += usage.completion_tokens or 0
        details = getattr(usage, "prompt_tokens_details", None)
        self.cached_tokens += (getattr(details, "cached_tokens", None) or 0) if details else 0

    @property
    def reasks(self) -> int:
        """Answers that were sent back for another try (all but the last)."""
        return max(0, self.answers - 1)

    def usage(self) -> Usage:
        """Totals as a `Usage` record; cost is left to the pricing step."""
        return Usage(
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cached_tokens=self.cached_tokens,
            requests=self.requests,
        )
