"""Tokens and dollars before anything is submitted, and the --max-cost guard.

Prompt tokens are estimated from the request files themselves (message text plus the
response format, with the one token estimate of `newsbrief.text.tokens`), so the estimate covers exactly what will
be sent. Output is counted at each request's `max_tokens`, the most an answer can
cost: `--max-cost` compares that ceiling, so a run it lets through cannot bill more
than the user allowed (up to the estimate's own error on prompt tokens).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from newsbrief.errors import BriefingError
from newsbrief.run.cost import PriceTable
from newsbrief.schemas import Usage
from newsbrief.text.tokens import estimate_tokens

__all__ = ["DEFAULT_OUTPUT_CEILING", "CostEstimate", "check_max_cost", "estimate_requests"]

# Output ceiling for requests that set no max_tokens.
DEFAULT_OUTPUT_CEILING = 4096


@dataclass(frozen=True)
class CostEstimate:
    requests: int
    prompt_tokens: int
    output_ceiling: int  # completion tokens if every answer used its whole max_tokens
    batch_usd: float | None  # None: the model has no price in the table
    live_usd: float | None

    def describe(self) -> str:
        tokens = (
            f"{self.requests} requests, about {self.prompt_tokens:,} prompt tokens and at most "
            f"{self.output_ceiling:,} completion tokens"
        )
        if self.batch_usd is None or self.live_usd is None:
            return f"{tokens}; no price for this model (add one with --prices)"
        return (
            f"{tokens}: at most ${self.batch_usd:.4f} at batch prices "
            f"(${self.live_usd:.4f} through the live API)"
        )


def request_tokens(body: dict) -> tuple[int, int]:
    """(estimated prompt tokens, completion ceiling) of one chat.completions body."""
    tokens = sum(estimate_tokens(str(m.get("content") or "")) for m in body.get("messages") or [])
    if body.get("response_format"):
        tokens += estimate_tokens(json.dumps(body["response_format"]))
    return max(1, tokens), int(body.get("max_tokens") or DEFAULT_OUTPUT_CEILING)


def estimate_requests(files: list[Path], model: str, prices: PriceTable) -> CostEstimate:
    """Estimate the request files `files` for `model` (batch and live prices)."""
    requests = prompt = ceiling = 0
    for path in files:
        with path.open("r", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    p, c = request_tokens(json.loads(line)["body"])
                    requests, prompt, ceiling = requests + 1, prompt + p, ceiling + c
    price = prices.lookup(model)
    if price is None:
        return CostEstimate(requests, prompt, ceiling, None, None)
    usage = Usage(prompt_tokens=prompt, completion_tokens=ceiling)
    return CostEstimate(
        requests, prompt, ceiling, price.cost(usage, prices.batch_discount), price.cost(usage)
    )


def check_max_cost(estimate: CostEstimate, max_cost: float | None, model: str) -> None:
    """Refuse to submit when the ceiling is over --max-cost (or cannot be priced)."""
    if max_cost is None:
        return
    if estimate.batch_usd is None:
        raise BriefingError(
            f"--max-cost needs a price for {model}: add it with --prices FILE or $BRIEFING_PRICES"
        )
    if estimate.batch_usd > max_cost:
        raise BriefingError(
            f"not submitted: {estimate.describe()}, over --max-cost ${max_cost:.2f}. "
            "Raise --max-cost, lower max_tokens, use --limit N or a cheaper model"
        )
