"""The `baseline` backend: a deterministic briefing without any language model.

Lead sentences give the headline and summary; rules find people with their titles,
organisations, countries, dates, quotes, relations and topics (newsbrief.backends.baseline.rules).
It needs no network, no API key and no model download, costs nothing and takes a few
milliseconds per article, so it is the offline default and the floor that every model
briefing should beat in evals. Same article in, same briefing out.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import ValidationError

from newsbrief.backends.base import OFF_LOOP_CHARS, Backend, Completion, off_loop
from newsbrief.backends.baseline.rules.compose import compose_briefing
from newsbrief.errors import BackendError
from newsbrief.prompting.spec import PromptSpec
from newsbrief.schemas import Article, Usage

__all__ = ["BaselineBackend"]


class BaselineBackend(Backend):
    """Rule-based briefings. The prompt is accepted for interface parity and ignored:
    rules cannot follow instructions, which is exactly what makes them a fixed floor."""

    name = "baseline"
    cacheable = False  # rules are cheaper than a lookup, and must show code changes

    def __init__(self, **options: Any) -> None:
        super().__init__("")
        # Accepted so that shared CLI options (temperature, concurrency...) never break
        # the offline default; none of them changes a rule-based briefing.
        self.options = dict(options)

    async def brief(self, article: Article, prompt: PromptSpec) -> Completion:
        if len(article.text) >= OFF_LOOP_CHARS:  # rules are CPU work: off the event loop
            return await off_loop(functools.partial(self._brief, article))
        return self._brief(article)

    def _brief(self, article: Article) -> Completion:
        try:
            briefing = compose_briefing(article)
        except ValidationError as exc:  # no sentence left to copy into a summary
            raise BackendError(
                "input",
                "no article text left to brief once page furniture and instruction-like "
                f"passages were set aside ({exc.errors()[0]['msg']}); check the article text",
                usage=Usage(),
                attempts=1,
            ) from exc
        try:
            # The response model may be a grounding subclass whose validators check the
            # briefing against the article; rules copy text verbatim, so it should pass.
            validated = self.response_model.model_validate(
                briefing.model_dump(), context=self.validation_context(article)
            )
        except ValidationError as exc:
            raise BackendError(
                "validation",
                f"the baseline briefing failed validation: {exc.errors()[0]['msg']}",
                raw=briefing.model_dump_json(),
                usage=Usage(),
                attempts=1,
            ) from exc
        return Completion(briefing=validated, usage=Usage(), raw=None, attempts=1, reasks=0)

    def parameters(self) -> dict[str, Any]:
        return {"rules": "baseline"}
