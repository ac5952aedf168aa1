"""Prompt registry: load, validate, hash and render the prompt files under prompts/.

A prompt file is data (`prompts/<name>/v<N>.yaml`) with a fixed set of keys. Loading is
strict because a typo in a prompt silently changes every briefing: unknown keys,
template variables the renderer does not provide, a user template without the article
text, and few-shot examples that do not validate against `Briefing` are all errors that
name the file and the field.

Rendering puts the static part (system instructions, schema-bearing few-shot examples)
first and the article last, so provider prefix caches can hit across articles, and wraps
the article in explicit delimiters that the instructions declare to be data.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import jinja2
import jinja2.meta
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsbrief.errors import PromptError
from newsbrief.prompts import PROMPTS_DIR
from newsbrief.schemas import Article, Briefing, schema_hash
from newsbrief.schemas.hashing import stable_hash
from newsbrief.text.cleaning import compact_blank_lines
from newsbrief.text.passages import mark_passages
from newsbrief.text.tokens import estimate_tokens

# Variables a template may use; anything else is a typo and an error at load time.
TEMPLATE_VARIABLES = frozenset({"article", "text", "title", "published", "source", "datamark"})
DEFAULT_PROMPT = "briefing@v1"
# Sampling settings a prompt file may carry that go into a chat-completions request body
# (live requests and Batch API request files alike).
REQUEST_PARAMETERS = (
    "temperature",
    "max_tokens",
    "top_p",
    "seed",
    "stop",
    "presence_penalty",
    "frequency_penalty",
)

_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


class FewShotExample(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: Article
    briefing: Briefing


class PromptFile(BaseModel):
    """What every prompt file has, briefing or judge: its identity, templates, sampling."""

    model_config = ConfigDict(extra="forbid")

    id: str
    version: int = Field(ge=1)
    description: str
    system: str
    user: str
    parameters: dict[str, Any] = Field(default_factory=dict)

    @property
    def ref(self) -> str:
        return f"{self.id}@v{self.version}"


class PromptSpec(PromptFile):
    """A validated briefing prompt file."""

    examples: list[FewShotExample] = Field(default_factory=list)
    # Spotlighting: a marker interleaved between the words of every article (and
    # few-shot article) so the model can tell data from instructions; the system
    # template can say so with {{ datamark }}. None: no datamarking.
    datamark: str | None = Field(default=None, min_length=1)
    # How the output schema is described in json and md_json modes: instructor's full
    # JSON Schema, or a compact typed shape with the descriptions as comments
    # (`newsbrief.prompting.compact`, about a third of the tokens). tools and json_schema
    # modes always send the JSON Schema (the endpoint enforces it).
    output_format: Literal["json_schema", "compact"] = "json_schema"

    @property
    def schema_hash(self) -> str:
        return schema_hash(Briefing)

    @property
    def content_hash(self) -> str:
        """Hash of prompt content + output schema: the identity recorded in every run."""
        unset = {"datamark"} if self.datamark is None else set()  # hashes predate the keys
        if self.output_format == "json_schema":
            unset.add("output_format")
        return stable_hash(
            {"prompt": self.model_dump(mode="json", exclude=unset), "schema": self.schema_hash}
        )

    def render(self, article: Article, datamark: str | None = None) -> list[dict[str, str]]:
        """Chat messages for one article: system, few-shot pairs, then the article last.

        `datamark` overrides the prompt file's `datamark` for this call. Everything
        before the article's message is the same for every article: it is rendered once
        per prompt and datamark (`_static_messages`), and each call gets fresh copies.
        """
        datamark = self.datamark if datamark is None else datamark
        return _render(self.system, self.user, datamark, _Same(tuple(self.examples)), article)

    def overhead_tokens(self) -> int:
        """Estimated tokens (`estimate_tokens`) of this prompt's messages for an article
        of one character: what every request costs besides the article's text, which
        `article_token_budget` leaves room for. Rendering and counting them cost more
        than many a budget check itself, and gave the same number for every article:
        they are worked out once per prompt text, datamark and examples."""
        return _overhead_tokens(self.system, self.user, self.datamark, _Same(tuple(self.examples)))


def _render(
    system: str, user: str, datamark: str | None, examples: _Same, article: Article
) -> list[dict[str, str]]:
    """`PromptSpec.render`, from the fields it reads."""
    static = _static_messages(system, user, datamark, examples)
    return [
        *(dict(message) for message in static),
        {"role": "user", "content": render_template(user, _context(article, datamark))},
    ]


_BUDGET_ARTICLE = Article(id="budget", text=".")


@lru_cache(maxsize=64)
def _overhead_tokens(system: str, user: str, datamark: str | None, examples: _Same) -> int:
    messages = _render(system, user, datamark, examples, _BUDGET_ARTICLE)
    return sum(estimate_tokens(message["content"]) for message in messages)


class _Same:
    """A tuple that hashes and compares by the identity of its items: the few-shot
    examples (mutable pydantic models) as part of a memo key. The memo holds the key,
    so the items stay alive and their ids cannot be reused meanwhile."""

    __slots__ = ("items",)

    def __init__(self, items: tuple[FewShotExample, ...]) -> None:
        self.items = items

    def __hash__(self) -> int:
        return hash(tuple(map(id, self.items)))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Same)
            and len(other.items) == len(self.items)
            and all(a is b for a, b in zip(self.items, other.items, strict=True))
        )


@lru_cache(maxsize=64)
def _static_messages(
    system: str, user: str, datamark: str | None, examples: _Same
) -> tuple[dict[str, str], ...]:
    """The system message and the few-shot pairs of a prompt (read-only: `render`
    copies them). Rendering them costs more than the article's own message, and used
    to be paid for every article."""
    messages = [{"role": "system", "content": render_template(system, _context(None, datamark))}]
    for example in examples.items:
        messages.append(
            {"role": "user", "content": render_template(user, _context(example.article, datamark))}
        )
        messages.append(
            {"role": "assistant", "content": example.briefing.model_dump_json(exclude_none=True)}
        )
    return tuple(messages)


def _context(article: Article | None, datamark: str | None = None) -> dict[str, Any]:
    """The template variables for one article (None: the system message's)."""
    if article is None:
        return dict.fromkeys(TEMPLATE_VARIABLES, "") | {"article": None, "datamark": datamark or ""}
    text = compact_blank_lines(article.text) if article.furniture else article.text
    text = mark_passages(text)  # instruction-like passages labelled and datamarked
    if datamark:
        text = datamark_text(text, datamark)
    return {
        "article": article,
        "text": text,
        "title": article.title or "",
        "published": article.published or "",
        "source": article.source or "",
        "datamark": datamark or "",
    }


def datamark_text(text: str, marker: str) -> str:
    """Spotlighting by datamarking: interleave `marker` between words of untrusted text."""
    return marker.join(text.split(" "))


@lru_cache(maxsize=256)
def _compile(template: str) -> jinja2.Template:
    """Compiling costs ~1 ms; prompts are few and rendered for every article."""
    return _ENV.from_string(template)


def render_template(template: str, context: dict[str, Any]) -> str:
    """One prompt template rendered strictly (an unknown name is an error, not blank)."""
    return _compile(template).render(**context)


_Spec = TypeVar("_Spec", bound=BaseModel)


def read_prompt_yaml(path: Path, model: type[_Spec], kind: str = "prompt") -> _Spec:
    """Read and validate one prompt file as `model`; every problem names the file.

    Shared by briefing and judge prompts, which differ only in their model and in what
    their templates may use (`check_template`).
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"{path}: cannot read prompt file: {exc}") from exc
    if not isinstance(data, dict):
        raise PromptError(f"{path}: a prompt file must be a YAML mapping")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise PromptError(f"{path}: invalid {kind}: {problems}") from exc


def check_template(path: Path, field: str, template: str, allowed: frozenset[str]) -> set[str]:
    """The variables `template` uses, after checking its syntax and that each is `allowed`."""
    try:
        used = jinja2.meta.find_undeclared_variables(_ENV.parse(template))
    except jinja2.TemplateSyntaxError as exc:
        raise PromptError(f"{path}: field {field}: template syntax error: {exc}") from exc
    unknown = sorted(used - allowed)
    if unknown:
        raise PromptError(
            f"{path}: field {field}: unknown template variables {unknown}; "
            f"available: {sorted(allowed)}"
        )
    return used


def parse_ref(ref: str) -> tuple[str, int | None]:
    """'briefing@v2' -> ('briefing', 2); 'briefing' -> ('briefing', None = latest)."""
    name, _, version = ref.partition("@")
    if not version:
        return name, None
    digits = version[1:] if version.lower().startswith("v") else version
    if not digits.isdigit():
        raise PromptError(f"bad prompt reference {ref!r}: write NAME@vN, e.g. briefing@v1")
    return name, int(digits)


def load_prompt_file(path: Path) -> PromptSpec:
    """Load and validate one prompt file, naming the file and field of every problem."""
    spec = read_prompt_yaml(path, PromptSpec)
    for field in ("system", "user"):
        used = check_template(path, field, getattr(spec, field), TEMPLATE_VARIABLES)
        if field == "user" and "text" not in used:
            raise PromptError(f"{path}: field user: the template never inserts {{{{ text }}}}")
    expected = f"v{spec.version}.yaml"
    if path.name != expected or path.parent.name != spec.id:
        raise PromptError(
            f"{path}: id/version say {spec.id}/{expected}; rename the file or fix them"
        )
    return spec


# Folders of prompts that are not briefing prompts (`newsbrief.prompting.judge`).
OTHER_PROMPT_FOLDERS = frozenset({"judge"})


def list_prompts(root: Path = PROMPTS_DIR) -> list[PromptSpec]:
    """Every briefing prompt (the judge's prompts are another kind of file)."""
    return [
        load_prompt_file(p)
        for p in sorted(root.glob("*/v*.yaml"))
        if p.parent.name not in OTHER_PROMPT_FOLDERS
    ]


@lru_cache(maxsize=32)
def load_prompt(ref: str = DEFAULT_PROMPT, root: Path = PROMPTS_DIR) -> PromptSpec:
    """Resolve 'NAME@vN' (or 'NAME' for the latest version) in the registry."""
    name, version = parse_ref(ref)
    if name in OTHER_PROMPT_FOLDERS:
        raise PromptError(
            f"{ref!r} is the LLM judge's prompt (used by --judge), not a briefing prompt"
        )
    folder = root / name
    versions = sorted(int(p.stem[1:]) for p in folder.glob("v*.yaml") if p.stem[1:].isdigit())
    if not versions:
        known = sorted(
            p.name
            for p in root.iterdir()
            if p.is_dir() and not p.name.startswith("_") and p.name not in OTHER_PROMPT_FOLDERS
        )
        raise PromptError(f"unknown prompt {name!r}; known prompts: {known}")
    chosen = versions[-1] if version is None else version
    if chosen not in versions:
        raise PromptError(f"prompt {name!r} has no version v{chosen}; versions: {versions}")
    return load_prompt_file(folder / f"v{chosen}.yaml")


def describe(spec: PromptSpec) -> str:
    """Human-readable dump for `briefing prompts show`."""
    return json.dumps(spec.model_dump(mode="json"), indent=2, ensure_ascii=False)
