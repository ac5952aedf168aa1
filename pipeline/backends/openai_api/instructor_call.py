"""instructor's patched `create`, with the per-request rebuilding done once per prompt.

`instructor.patch(create=...)` redoes, for every article, work whose result only
changes with the response model and the prompt: it re-prepares the response model
(re-checking it for async validators, a walk over every nested class), pastes the JSON
schema into the system message (`json.dumps(..., indent=2)`, pure Python), and compiles
every message as a Jinja template because `context=` is also its templating context.
Together that cost several milliseconds of CPU per article, more than the HTTP exchange.

`InstructorCall` builds the same request from the same instructor pieces (the mode's
request handler, message converter and templating) and hands it to the same re-ask loop
(`retry_async_v2`), so validation, re-asks and errors are instructor's own. The response
model is prepared once (`prepared_response_model`), and the rest is memoised:

- the request handler's output per (response model, other kwargs, every message but the
  last): the last message (the article) goes through the handler as a placeholder
  that is swapped for the real text afterwards; the handlers treat message text as
  opaque strings, and any request this cannot prove safe (non-text content, an empty
  last message, a placeholder not found exactly once) takes the uncached path;
- templating: a text without Jinja markup (`{{`, `{%`, `{#`) renders to itself with
  newlines normalised, one trailing newline dropped and `textwrap.dedent` applied,
  exactly what `instructor`'s `apply_template` returns for it; anything with markup
  goes through `apply_template` itself. The fixed messages are templated once.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from textwrap import dedent
from typing import Any

from instructor import Mode
from instructor.v2.core.exceptions import RegistryValidationMixin
from instructor.v2.core.messages import isolate_retry_kwargs
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry
from instructor.v2.core.retry import retry_async_v2
from instructor.v2.core.templating import (  # type: ignore[attr-defined]  # module opts out of typing
    apply_template,
    handle_templating,
)
from pydantic import BaseModel

from newsbrief.backends.openai_api.prepared_models import prepared_response_model

__all__ = ["InstructorCall", "render_message_template", "replace_schema_block"]

# The instructions instructor's JSON and MD_JSON handlers append to the system message:
# everything from the first marker to the end of the second is the pasted JSON Schema.
_SCHEMA_START = "As a genius expert, your task is to understand the content"
_SCHEMA_END = "Make sure to return an instance of the JSON, not the schema itself"


def replace_schema_block(messages: list[dict[str, Any]], schema_text: str) -> bool:
    """Swap the JSON Schema block instructor put in a system message for `schema_text`
    (a compact rendering); False when no block was found (other modes: nothing to do)."""
    for message in messages:
        content = message.get("content")
        if message.get("role") != "system" or not isinstance(content, str):
            continue
        start = content.find(_SCHEMA_START)
        end = content.find(_SCHEMA_END, start)
        if start >= 0 and end >= 0:
            message["content"] = content[:start] + schema_text + content[end + len(_SCHEMA_END) :]
            return True
    return False


_JINJA_MARKS = ("{{", "{%", "{#")  # Jinja's default block, variable and comment openers
_WHITESPACE_ONLY = re.compile(r"^[ \t]+$", re.MULTILINE)  # textwrap's _whitespace_only_re
_PLACEHOLDER = f"\x00briefing-last-message-{uuid.uuid4().hex}\x00"
_CACHED_REQUESTS = 16


def render_message_template(text: str, context: dict[str, Any]) -> str:
    """What instructor's `apply_template(text, context)` returns, without compiling a
    Jinja template when `text` has no Jinja markup (then the context cannot matter).

    Jinja's lexer turns every newline (`\\r\\n`, `\\r`, `\\n`) into `\\n` and drops one
    trailing newline; `textwrap.dedent` then empties whitespace-only lines and removes
    the indent all lines share. A message whose first line starts with text shares no
    indent, so only the emptying is left, and only where a space or tab ends a line.
    Done with `str` methods on the whole text, this is a quarter of the regex split and
    the two regex passes of `dedent` over an article's message, with the same result."""
    if any(mark in text for mark in _JINJA_MARKS):
        return apply_template(text, context)  # type: ignore[no-any-return]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if text[:1] in ("", " ", "\t", "\n"):  # may share an indent: dedent itself
        return dedent(text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        return _WHITESPACE_ONLY.sub("", text)
    return text


def _fresh_copy(value: Any) -> Any:
    """A deep copy, fast for the dicts, lists and scalars a request is made of."""
    if isinstance(value, str | int | float | bool | None):
        return value
    if type(value) is dict:
        return {key: _fresh_copy(item) for key, item in value.items()}
    if type(value) is list:
        return [_fresh_copy(item) for item in value]
    return copy.deepcopy(value)


@dataclass(frozen=True)
class _RequestTemplate:
    """A prepared request whose last message is `_PLACEHOLDER`, with its fixed messages
    already templated where their text has no Jinja markup (else None: per call)."""

    kwargs: dict[str, Any]  # everything but the messages
    messages: list[dict[str, Any]]
    templated: list[str | None]


def _request_key(model: type[BaseModel], kwargs: dict[str, Any]) -> Hashable | None:
    """Identity of a request minus its last message's text; None when it cannot be cached."""
    messages = kwargs.get("messages")
    if not isinstance(messages, list) or not messages:
        return None
    if not all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in messages):
        return None
    if not messages[-1]["content"]:  # the converter turns "" into [] (not opaque)
        return None
    last = tuple((k, v) for k, v in messages[-1].items() if k != "content")
    others = tuple(sorted((k, repr(v)) for k, v in kwargs.items() if k != "messages"))
    key = (model, others, tuple(tuple(m.items()) for m in messages[:-1]), last)
    try:
        hash(key)
    except TypeError:
        return None
    return key


class InstructorCall:
    """Call as `await call(response_model=..., context=..., max_retries=..., **request)`,
    like the function `instructor.patch(create=send, mode=mode)` returns."""

    def __init__(
        self, send: Callable[..., Awaitable[Any]], mode: Mode, provider: Provider = Provider.OPENAI
    ) -> None:
        RegistryValidationMixin.validate_mode_registration(provider, mode)
        self.send, self.mode, self.provider = send, mode, provider
        self.handlers = mode_registry.get_handlers(provider, mode)
        self._templates: OrderedDict[Hashable, _RequestTemplate | None] = OrderedDict()

    async def __call__(
        self,
        *,
        response_model: type[BaseModel],
        context: dict[str, Any],
        max_retries: int,
        schema_text: str | None = None,
        **kwargs: Any,
    ) -> Any:
        model = prepared_response_model(response_model)
        request = self.build_request(model, kwargs, context, schema_text)
        return await retry_async_v2(
            func=self.send,
            response_model=model,
            provider=self.provider,
            mode=self.mode,
            context=context,
            max_retries=max_retries,
            args=(),
            kwargs=isolate_retry_kwargs(request),
            strict=True,
            hooks=None,
            token_budget=None,
        )

    # -- the request -------------------------------------------------------------------
    def build_request(
        self,
        model: type[BaseModel],
        kwargs: dict[str, Any],
        context: dict[str, Any],
        schema_text: str | None = None,
    ) -> dict[str, Any]:
        """The request instructor's patched create would send for these arguments; with
        `schema_text`, the JSON Schema block of the json modes is replaced by it."""
        key = _request_key(model, kwargs)
        if key is not None and schema_text is not None:
            key = (key, schema_text)
        template = self._template(key, model, kwargs, schema_text) if key is not None else None
        if template is None:
            request = self._prepare(model, kwargs, schema_text)
            return handle_templating(
                request,
                mode=self.mode,
                provider=self.provider,  # type: ignore[no-any-return]
                context=context,
            )
        last = kwargs["messages"][-1]["content"]
        messages = []
        for message, templated in zip(template.messages, template.templated, strict=False):
            content = message["content"]
            if _PLACEHOLDER in content:
                content = render_message_template(content.replace(_PLACEHOLDER, last), context)
            elif templated is not None:
                content = templated
            else:
                content = render_message_template(content, context)
            messages.append({**message, "content": content})
        request = _fresh_copy(template.kwargs)  # callers may mutate what they get
        request["messages"] = messages
        return request

    def _prepare(
        self, model: type[BaseModel], kwargs: dict[str, Any], schema_text: str | None = None
    ) -> dict[str, Any]:
        """instructor's request handler, then its message converter (as in patch.py)."""
        _, request = self.handlers.request_handler(response_model=model, kwargs=kwargs)
        if schema_text is not None and isinstance(request.get("messages"), list):
            replace_schema_block(request["messages"], schema_text)
        request.pop("autodetect_images", None)
        if self.handlers.message_converter and "messages" in request:
            request["messages"] = self.handlers.message_converter(
                request["messages"], autodetect_images=False
            )
        return request  # type: ignore[no-any-return]

    def _template(
        self,
        key: Hashable,
        model: type[BaseModel],
        kwargs: dict[str, Any],
        schema_text: str | None = None,
    ) -> _RequestTemplate | None:
        if key in self._templates:
            self._templates.move_to_end(key)
            return self._templates[key]
        messages = [*kwargs["messages"][:-1], {**kwargs["messages"][-1], "content": _PLACEHOLDER}]
        request = self._prepare(model, {**kwargs, "messages": messages}, schema_text)
        prepared = request.pop("messages", None)
        template = None
        if (
            isinstance(prepared, list)
            and all(isinstance(m, dict) and isinstance(m.get("content"), str) for m in prepared)
            and sum(m["content"].count(_PLACEHOLDER) for m in prepared) == 1
        ):
            templated = [
                None
                if _PLACEHOLDER in m["content"]
                or any(mark in m["content"] for mark in _JINJA_MARKS)
                else render_message_template(m["content"], {})
                for m in prepared
            ]
            template = _RequestTemplate(request, prepared, templated)
        self._templates[key] = template
        if len(self._templates) > _CACHED_REQUESTS:
            self._templates.popitem(last=False)
        return template
