"""Response models prepared once for instructor, instead of once per request.

For every request instructor wraps the response model in a new pydantic class
(`create_model`, ~8 ms for `Briefing`) and regenerates its JSON schema (~9 ms): together
more CPU than the HTTP exchange itself, which capped a 2-core machine near 30 articles/s.
Handing instructor a model that is already its `ResponseSchema` subclass skips the
wrapping, and memoising the schema on that subclass skips the regeneration. Validation
is unchanged: the prepared class has the same fields, validators and name.

instructor's re-ask loop also re-checks its response model for async validators on every
request (a walk over every nested class, ~0.25 ms for `Briefing`). A class prepared here
has already passed that check twice (`prepare_response_model` runs it before and after
wrapping), so the check is skipped for exactly those classes; every other model still
gets instructor's own check.

The prepared class is also where model answers enter validation: every instructor mode
ends its parse step in `response_model.model_validate_json(text, context=...)`, and the
prepared class routes that call through `newsbrief.answers.parse_answer` (repair,
coerce, validate, salvage). What no repair fixes is raised as instructor's
`ResponseParsingError`, a re-ask error, whose message names exactly the fields to fix.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from instructor.v2.core.errors import ResponseParsingError
from instructor.v2.core.response_model import prepare_response_model
from instructor.v2.validation import async_validators
from pydantic import BaseModel

from newsbrief.answers import AnswerInvalid, parse_answer

__all__ = ["prepared_response_model"]

_CHECKED: set[type[BaseModel]] = set()  # prepared classes: async-validator check passed
_reject_async_validators = async_validators.reject_async_validators


def _reject_async_validators_once(response_model: Any) -> None:
    """instructor's check, skipped for a class prepared (and so checked) here."""
    if not (isinstance(response_model, type) and response_model in _CHECKED):
        _reject_async_validators(response_model)


# instructor's retry loop imports the check from its module at each call, so this reaches it.
async_validators.reject_async_validators = _reject_async_validators_once


@lru_cache(maxsize=64)
def prepared_response_model(model: type[BaseModel]) -> type[BaseModel]:
    """instructor's wrapper class for `model`, with `model_json_schema()` memoised."""
    prepared: Any = prepare_response_model(model)
    schema_text = json.dumps(prepared.model_json_schema())
    generate = prepared.model_json_schema.__func__  # whatever the model class inherits

    def model_json_schema(cls: type[BaseModel], *args: Any, **kwargs: Any) -> dict[str, Any]:
        if cls is prepared and not args and not kwargs:
            return json.loads(schema_text)  # a fresh copy: callers may edit it
        return generate(cls, *args, **kwargs)  # type: ignore[no-any-return]

    def model_validate_json(
        cls: type[BaseModel], json_data: str | bytes, **kwargs: Any
    ) -> BaseModel:
        try:
            return parse_answer(cls, json_data, kwargs.get("context"), strict=kwargs.get("strict"))
        except AnswerInvalid as exc:
            raise ResponseParsingError(str(exc)) from exc

    prepared.model_json_schema = classmethod(model_json_schema)
    prepared.model_validate_json = classmethod(model_validate_json)
    _CHECKED.add(prepared)
    return prepared  # type: ignore[no-any-return]
