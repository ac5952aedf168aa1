"""Schema-aligned coercion: a parsed answer bent onto the `Briefing` schema's types.

The walk follows the response model's own field annotations, so it stays right when the
schema grows. Every change is recorded in the `AnswerLog`:

- unknown keys are dropped (`unknown_key`), keys written with other case or separators
  are renamed (`key_renamed`), fields the pipeline fills (evidence) are dropped;
- a list field given `null` becomes `[]` (`null_to_list`), a single value becomes a
  one-item list (`wrapped_in_list`), null items are dropped;
- numbers where text belongs become text (`number_to_string`), a list of strings where
  one string belongs is joined (`list_joined`);
- controlled values are mapped by `newsbrief.answers.vocab` (`enum_spelling`); one that
  maps to nothing is dropped from a list (`enum_dropped`), or becomes `other` for an
  actor's kind (`enum_fallback`);
- an event date as written becomes ISO 8601 (`date_parsed`) with the original kept in
  `when_text`; one that cannot be read becomes null, `when_text` kept (`date_unparsed`).

Anything the walk cannot bend is left as it is for validation to report.
"""

from __future__ import annotations

import re
import types
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.json_schema import SkipJsonSchema

from newsbrief.answers.dates import article_anchor, iso_date
from newsbrief.answers.log import AnswerLog
from newsbrief.answers.vocab import (
    ACTOR_KIND_SYNONYMS,
    RELATION_KIND_SYNONYMS,
    TOPIC_SYNONYMS,
    VERDICT_SYNONYMS,
    normalise_choice,
)
from newsbrief.schemas.briefing import PARTIAL_ISO_DATE, Event

__all__ = ["coerce_answer"]

_KEY = re.compile(r"[\s\-]+")
_RELATION_KINDS = ("cooperation", "conflict", "agreement", "trade", "dispute", "diplomatic visit")


def _field_key(key: str) -> str:
    return _KEY.sub("_", key.strip().casefold())


def _hidden(model: type[BaseModel], name: str) -> bool:
    """Fields hidden from the model's schema (filled by the pipeline)."""
    field = model.model_fields[name]
    return any(type(m).__name__ == SkipJsonSchema.__name__ for m in field.metadata)


_LIST, _LITERAL, _MODEL, _TEXT, _OTHER = range(5)


@dataclass(frozen=True)
class _Shape:
    """What the walk does with a value of one annotation, worked out once per field of
    a model class (typing's `Literal` and `Optional` hash in Python: looking them up for
    every value of every answer cost more than the walk itself)."""

    annotation: Any  # without Optional
    optional: bool
    kind: int  # _LIST, _LITERAL, _MODEL, _TEXT or _OTHER
    args: tuple[Any, ...]
    item: _Shape | None  # a list's items


def _shape_of(annotation: Any) -> _Shape:
    inner, optional = _strip_optional(annotation)
    origin, args = get_origin(inner), get_args(inner)
    if origin is list:
        return _Shape(inner, optional, _LIST, args, _shape_of(args[0]))
    if origin is Literal:
        kind = _LITERAL
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        kind = _MODEL
    elif inner is str:
        kind = _TEXT
    else:
        kind = _OTHER
    return _Shape(inner, optional, kind, args, None)


@dataclass(frozen=True)
class _Fields:
    """What the walk needs of a model's fields, worked out once per model class rather
    than for every object of every answer: each key spelling -> field name, the hidden
    fields, and each field's shape."""

    names: dict[str, str]
    hidden: frozenset[str]
    shapes: dict[str, _Shape]


@cache
def _fields(model: type[BaseModel]) -> _Fields:
    names = {name: name for name in model.model_fields}
    names.update({_field_key(n): n for n in model.model_fields})
    return _Fields(
        names,
        frozenset(name for name in model.model_fields if _hidden(model, name)),
        {name: _shape_of(field.annotation) for name, field in model.model_fields.items()},
    )


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _as_written(value: Any, shape: _Shape) -> bool:
    """A string where text belongs that `_Coercer.text` would return as it is: most
    values of an answer, kept without the call or building their path."""
    return (
        shape.kind == _TEXT
        and isinstance(value, str)
        and (not shape.optional or value.strip().casefold() not in _NULLS)
    )


class _Coercer:
    def __init__(self, log: AnswerLog, context: dict[str, Any]) -> None:
        self.log, self.context = log, context

    # -- models ------------------------------------------------------------------------
    def model(self, data: Any, model: type[BaseModel], path: str) -> Any:
        if not isinstance(data, dict):
            return data
        fields = _fields(model)
        names = fields.names
        out: dict[str, Any] = {}
        for key, value in data.items():
            name = names.get(key) or names.get(_field_key(str(key)))
            if name is None or name in fields.hidden:
                here = f"{path}.{key}" if path else str(key)
                self.log.repair(here, "unknown_key", before=value, after=None)
                continue
            if name != key:
                here = f"{path}.{key}" if path else str(key)
                self.log.repair(here, "key_renamed", before=key, after=name)
            shape = fields.shapes[name]
            if _as_written(value, shape):
                out[name] = value
                continue
            there = f"{path}.{name}" if path else name
            coerced = self.value(value, shape, there)
            # A value no spelling maps (outside a list, where it is dropped) stays as
            # written, for validation to name it in the re-ask.
            out[name] = value if coerced is _DROP else coerced
        if model is Event:
            self._event_date(out, path)
        return out

    def _anchor(self) -> Any:
        if not self.log.anchor_found:
            text = self.context.get("article_text") or ""
            self.log.anchor = article_anchor(text, self.context.get("article_published"))
            self.log.anchor_found = True
        return self.log.anchor

    def _event_date(self, event: dict[str, Any], path: str) -> None:
        when = event.get("when")
        if not isinstance(when, str) or not when.strip() or PARTIAL_ISO_DATE.match(when.strip()):
            return
        iso = iso_date(when, self._anchor())
        if not event.get("when_text") and iso != when.strip()[:10]:
            event["when_text"] = when
        event["when"] = iso
        kind = "date_parsed" if iso else "date_unparsed"
        self.log.repair(f"{path}.when", kind, before=when, after=iso)

    # -- values ------------------------------------------------------------------------
    def value(self, value: Any, shape: _Shape, path: str) -> Any:
        kind = shape.kind
        if value is None:
            if kind == _LIST:
                self.log.repair(path, "null_to_list", before=None, after=[])
                return []
            return None
        if kind == _LIST:
            return self.list(value, shape.item, path)  # type: ignore[arg-type]
        if kind == _LITERAL:
            return self.choice(value, shape.args, path)
        if kind == _MODEL:
            return self.model(value, shape.annotation, path)
        if kind == _TEXT:
            return self.text(value, path, shape.optional)
        return value

    def list(self, value: Any, item: _Shape, path: str) -> Any:
        if not isinstance(value, list):
            self.log.repair(path, "wrapped_in_list", before=value, after=[value])
            value = [value]
        out = []
        for i, element in enumerate(value):
            if element is None:
                self.log.repair(f"{path}[{i}]", "null_item_dropped")
                continue
            if _as_written(element, item):
                out.append(element)
                continue
            coerced = self.value(element, item, f"{path}[{i}]")
            if coerced is _DROP:
                continue
            out.append(coerced)
        return out

    def text(self, value: Any, path: str, optional: bool) -> Any:
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            self.log.repair(path, "number_to_string", before=value, after=str(value))
            return str(value)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            joined = " ".join(v.strip() for v in value)
            self.log.repair(path, "list_joined", before=value, after=joined)
            return joined
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            self.log.repair(path, "object_to_string", before=value, after=value["name"])
            return value["name"]
        if optional and isinstance(value, str) and value.strip().casefold() in _NULLS:
            self.log.repair(path, "null_text", before=value, after=None)
            return None
        return value

    def choice(self, value: Any, allowed: tuple[str, ...], path: str) -> Any:
        if not isinstance(value, str) or value in allowed:
            return value
        synonyms = (
            ACTOR_KIND_SYNONYMS
            if "person" in allowed
            else VERDICT_SYNONYMS
            if "contradicted" in allowed
            else TOPIC_SYNONYMS
        )
        mapped = normalise_choice(value, allowed, synonyms)
        if mapped is not None:
            self.log.repair(path, "enum_spelling", before=value, after=mapped)
            return mapped
        if "other" in allowed:  # an actor's kind: required, and 'other' is its catch-all
            self.log.repair(path, "enum_fallback", before=value, after="other")
            return "other"
        self.log.repair(path, "enum_dropped", before=value, after=None)
        return _DROP


_DROP = object()
_NULLS = frozenset({"null", "none", "n/a", "unknown", "not stated", "not specified", ""})


def _relation_kinds(data: dict[str, Any], log: AnswerLog) -> None:
    """Relation kinds are free text with a few usual labels: map their spellings."""
    for i, relation in enumerate(data.get("relations") or []):
        kind = relation.get("kind") if isinstance(relation, dict) else None
        if isinstance(kind, str) and kind not in _RELATION_KINDS:
            mapped = normalise_choice(kind, _RELATION_KINDS, RELATION_KIND_SYNONYMS)
            if mapped is not None and mapped != kind:
                log.repair(f"relations[{i}].kind", "enum_spelling", before=kind, after=mapped)
                relation["kind"] = mapped


def coerce_answer(
    data: dict[str, Any], model: type[BaseModel], log: AnswerLog, context: dict[str, Any]
) -> dict[str, Any]:
    """`data` bent onto `model`'s types (see module docstring); never raises."""
    if len(data) == 1:  # {"briefing": {...}}: the answer wrapped in one more object
        ((key, inner),) = data.items()
        if isinstance(inner, dict) and key not in model.model_fields:
            log.repair("", "unwrapped_object", before=key, after=None)
            data = inner
    out = _Coercer(log, context).model(data, model, "")
    if isinstance(out, dict):
        _relation_kinds(out, log)
    return out
