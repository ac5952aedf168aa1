"""Salvage: keep the valid part of an answer once re-asks are spent.

Each validation problem has a path (`quotes[1].text`, `events[0].when_text`). The
smallest thing that removes it is taken out: an optional field is set to null, an item
of a list is dropped, a URL or tag the article does not have is cut from its text. Each
removal is recorded with its reason. Problems with the headline or the summary cannot be
salvaged (a briefing without them is no briefing): `AnswerInvalid` is raised and the
article becomes an error record.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from pydantic_core import PydanticSerializationError, to_json

from newsbrief.answers.log import AnswerInvalid, AnswerLog
from newsbrief.grounding.validators import GroundingProblems

__all__ = ["Problem", "problems_of", "render_path", "salvage", "validate"]

CORE_FIELDS = ("headline", "summary")
_ROUNDS = 6  # grounding runs only once the fields validate, so a few rounds may be needed
_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


@dataclass(frozen=True)
class Problem:
    loc: tuple[str | int, ...]
    message: str
    token: str | None = None  # markup to cut out of the text at `loc`

    @property
    def path(self) -> str:
        return render_path(self.loc)


def render_path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _parse_path(path: str) -> tuple[str | int, ...]:
    return tuple(int(index) if index else name for name, index in _PATH_PART.findall(path))


def problems_of(exc: ValidationError) -> list[Problem]:
    """Every problem of a validation error, grounding misses expanded with their paths."""
    problems: list[Problem] = []
    for error in exc.errors():
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, GroundingProblems):
            problems.extend(
                Problem(_parse_path(p.path), p.message, p.token) for p in cause.problems
            )
            continue
        loc = tuple(part for part in error["loc"] if isinstance(part, str | int))
        problems.append(Problem(loc, f"{render_path(loc) or 'answer'}: {error['msg']}"))
    return problems


def _field_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> FieldInfo | None:
    """The pydantic field `loc` ends in (list indexes skipped), or None."""
    current: Any = model
    field = None
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _item_class(field.annotation)
    return field


def validate(
    model: type[BaseModel], data: Any, context: dict[str, Any] | None, strict: bool | None
) -> BaseModel:
    """Plain pydantic validation of `data` (as JSON, as instructor validates answers),
    bypassing any parse hook installed on `model`."""
    return model.__pydantic_validator__.validate_json(  # type: ignore[no-any-return]
        _json_of(data), strict=strict, context=context
    )


def _json_of(data: Any) -> str | bytes:
    """`data` (what `json.loads` and the repairs made: dicts, lists, strings, numbers)
    as JSON text. pydantic-core writes it a third of the time `json.dumps` takes, and
    its parser reads the same values from either (NaN and Infinity written as
    `json.dumps` writes them); a string it cannot write (a lone surrogate from a
    `\\ud800` escape) takes `json.dumps`, as before."""
    try:
        return to_json(data, inf_nan_mode="constants")
    except PydanticSerializationError:
        return json.dumps(data)


def _item_class(annotation: Any) -> Any:
    """The model class inside `X`, `X | None` or `list[X]`, else the annotation."""
    for arg in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
        for inner in getattr(arg, "__args__", ()):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return annotation


def _walk(data: Any, loc: tuple[str | int, ...]) -> Any:
    for part in loc:
        data = data[part]
    return data


def _remove(data: dict[str, Any], problem: Problem, model: type[BaseModel], log: AnswerLog) -> None:
    loc = problem.loc
    if not loc or (loc[0] in CORE_FIELDS and problem.token is None):
        raise AnswerInvalid(
            f"the answer has no usable headline and summary: {problem.message}", [problem.path]
        )
    try:
        parent, last = _walk(data, loc[:-1]), loc[-1]
        value = parent[last]
    except (KeyError, IndexError, TypeError):
        return  # already removed with its item
    if problem.token is not None and isinstance(value, str):
        cut = " ".join(value.replace(problem.token, " ").split())
        if loc[0] in CORE_FIELDS and not cut:
            raise AnswerInvalid(f"the answer's {loc[0]} is only markup", [problem.path])
        parent[last] = cut
        log.remove(problem.path, problem.message, problem.token)
        return
    field = _field_at(model, loc) if isinstance(last, str) else None
    if field is not None and not field.is_required() and field.default is None:
        parent[last] = None
        log.remove(problem.path, problem.message, value)
        return
    indexes = [i for i, part in enumerate(loc) if isinstance(part, int)]
    if indexes:
        cut_at = indexes[-1]
        container = _walk(data, loc[:cut_at])
        item = container[loc[cut_at]]
        del container[loc[cut_at]]
        log.remove(render_path(loc[: cut_at + 1]), problem.message, item)
        return
    if field is not None and not field.is_required():
        del parent[last]  # back to the field's default
        log.remove(problem.path, problem.message, value)
        return
    raise AnswerInvalid(f"cannot salvage the answer: {problem.message}", [problem.path])


def _order(problem: Problem) -> list[str]:
    return [str(part).zfill(6) for part in problem.loc]


def salvage(
    model: type[BaseModel],
    data: dict[str, Any],
    error: ValidationError,
    context: dict[str, Any] | None,
    log: AnswerLog,
    strict: bool | None = None,
) -> BaseModel:
    """The answer with every failing item removed, validated; raises `AnswerInvalid`."""
    for _ in range(_ROUNDS):
        problems = problems_of(error)
        # Deepest and latest first, so earlier indexes stay valid while items go.
        for problem in sorted(problems, key=_order, reverse=True):
            _remove(data, problem, model, log)
        try:
            return validate(model, data, context, strict)
        except ValidationError as exc:
            error = exc
    problems = problems_of(error)
    raise AnswerInvalid(
        "the answer could not be salvaged: " + "; ".join(p.message for p in problems),
        [p.path for p in problems],
    )
