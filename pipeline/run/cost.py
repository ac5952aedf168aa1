"""Cost accounting: turn token usage into dollars with a user-extendable price table.

Prices live in data, not code (`pipeline/data/prices.json`, USD per 1M tokens), because
they change more often than the program. Users add or override models with
`--prices FILE` or `$BRIEFING_PRICES`; the longest table key that prefixes the model name
wins, so dated snapshots (`gpt-4o-mini-2024-07-18`) find their family's price.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsbrief.errors import BriefingError
from newsbrief.inputs.jsonl import BadLine, load_json_file
from newsbrief.schemas import Usage

__all__ = ["PRICES_ENV", "ModelPrice", "PriceTable", "PricesError", "load_prices"]

PRICES_ENV = "BRIEFING_PRICES"
PER_TOKENS = 1_000_000


class PricesError(BriefingError):
    """A price file is missing or malformed."""


@dataclass(frozen=True)
class ModelPrice:
    """USD per 1M tokens; cached input is the provider's prompt-cache rate."""

    key: str
    input: float
    cached_input: float
    output: float

    def cost(self, usage: Usage, discount: float = 1.0) -> float:
        """Dollars for `usage`; cached prompt tokens are billed at the cached rate."""
        cached = min(usage.cached_tokens, usage.prompt_tokens)
        dollars = (
            (usage.prompt_tokens - cached) * self.input
            + cached * self.cached_input
            + usage.completion_tokens * self.output
        ) / PER_TOKENS
        return dollars * discount


class PriceTable:
    """Model name -> price, with longest-prefix matching."""

    def __init__(self, models: dict[str, ModelPrice], batch_discount: float = 1.0) -> None:
        self.models = models
        self.batch_discount = batch_discount

    def lookup(self, model: str) -> ModelPrice | None:
        """Price for 'openai:gpt-4o-mini-2024-07-18' (full string or bare model name)."""
        bare = model.partition(":")[2] if ":" in model else model
        best: ModelPrice | None = None
        for key, price in self.models.items():
            if (model.startswith(key) or bare.startswith(key)) and (
                best is None or len(key) > len(best.key)
            ):
                best = price
        return best

    def price_usage(self, model: str, usage: Usage, *, batch: bool = False) -> Usage:
        """A copy of `usage` with `cost_usd` filled in (0 for models without a price)."""
        price = self.lookup(model)
        if price is None:
            return usage
        discount = self.batch_discount if batch else 1.0
        return usage.model_copy(update={"cost_usd": price.cost(usage, discount)})


def _parse(data: Any, source: str) -> tuple[dict[str, ModelPrice], float | None]:
    if not isinstance(data, dict) or not isinstance(data.get("models"), dict):
        raise PricesError(
            f'{source}: expected {{"models": {{NAME: {{"input": ..., '
            '"cached_input": ..., "output": ...}}}} (USD per 1M tokens)'
        )
    models: dict[str, ModelPrice] = {}
    for key, entry in data["models"].items():
        try:
            models[key] = ModelPrice(
                key=key,
                input=float(entry["input"]),
                cached_input=float(entry.get("cached_input", entry["input"])),
                output=float(entry["output"]),
            )
        except (TypeError, KeyError, ValueError) as exc:
            raise PricesError(
                f"{source}: model {key!r} needs numeric 'input' and 'output' "
                f"(and optional 'cached_input') prices per 1M tokens ({exc})"
            ) from exc
    discount = data.get("batch_discount")
    return models, float(discount) if discount is not None else None


def _read(path: Path) -> Any:
    """A price file through the guarded reader (a damaged one is one line naming it)."""
    data = load_json_file(path)
    if isinstance(data, BadLine) and data.reason.startswith("cannot read"):
        raise PricesError(f"cannot read price file {path}: {data.reason.split(': ', 1)[-1]}")
    if isinstance(data, BadLine):
        raise PricesError(
            f"price file {path} is not valid JSON: {data.reason}; give a JSON price table"
        )
    return data


def load_prices(extra: Path | None = None) -> PriceTable:
    """The bundled table, overlaid by $BRIEFING_PRICES and then by `extra` (--prices)."""
    bundled = resources.files("newsbrief").joinpath("data/prices.json").read_text("utf-8")
    models, discount = _parse(json.loads(bundled), "pipeline/data/prices.json")
    overlays = [Path(p) for p in (os.environ.get(PRICES_ENV), extra) if p]
    for path in overlays:
        more, more_discount = _parse(_read(path), str(path))
        models.update(more)
        discount = more_discount if more_discount is not None else discount
    return PriceTable(models, discount if discount is not None else 1.0)
