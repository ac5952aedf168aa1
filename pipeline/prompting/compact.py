"""A compact rendering of the output schema, for prompts in json and md_json modes.

instructor's json modes paste the whole JSON Schema (indented, with `$defs`, titles and
`anyOf` null branches) into the system message: for `Briefing` that is most of the
prompt of a short article, and every re-ask pays it again. Following BAML's output
format, the same types are written as a TypeScript-like shape with the field
descriptions as `//` comments: `?` marks a field that may be null, `[]` a list, quoted
alternatives an enum. Validation is unchanged (the answer is still validated against the
pydantic model); only the description the model reads is shorter. Fields the pipeline
fills (`SkipJsonSchema`) are left out, as they are from the JSON Schema.
"""

from __future__ import annotations

import types
from functools import lru_cache
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

__all__ = ["INSTRUCTION", "render_compact"]

INSTRUCTION = (
    "Answer with one JSON object of this shape (// says what to write; ? = may be null; "
    "keep every key, use [] for an empty list):"
)


def _hidden(field: Any) -> bool:
    return any(type(m).__name__ == "SkipJsonSchema" for m in field.metadata)


def _type(annotation: Any, indent: str) -> str:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        inner = " | ".join(_type(a, indent) for a in args)
        return f"{inner}?" if len(args) < len(get_args(annotation)) else inner
    if origin is list:
        item = _type(get_args(annotation)[0], indent)
        return f"({item})[]" if "|" in item and not item.startswith("{") else f"{item}[]"
    if origin is Literal:
        return " | ".join(f'"{value}"' for value in get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _object(annotation, indent)
    if annotation is str:
        return "string"
    if annotation in (int, float):
        return "number"
    if annotation is bool:
        return "boolean"
    return "any"


def _object(model: type[BaseModel], indent: str) -> str:
    inner = indent + "  "
    lines = ["{"]
    for name, field in model.model_fields.items():
        if _hidden(field):
            continue
        line = f"{inner}{name}: {_type(field.annotation, inner)},"
        if field.description:
            line += f" // {' '.join(field.description.split())}"
        lines.append(line)
    lines.append(indent + "}")
    return "\n".join(lines)


@lru_cache(maxsize=32)
def render_compact(model: type[BaseModel]) -> str:
    """The output shape of `model` with the instruction line, ready for a system message."""
    return f"{INSTRUCTION}\n{_object(model, '')}"
