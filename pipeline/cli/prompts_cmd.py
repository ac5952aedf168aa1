"""`briefing prompts list|show`: the prompt registry with content hashes.

`show` prints the prompt file itself (YAML, as written), and `show --render ARTICLE`
the exact messages one article would be sent with, plus a token and cost estimate, so
a prompt change can be read before it is paid for.
"""

from __future__ import annotations

import textwrap
from typing import Any

import click

from newsbrief.backends import create_backend, default_model
from newsbrief.backends.openai_api.settings import PLACEHOLDER_KEY
from newsbrief.cli.common import console_note, input_options, input_spec, stdout
from newsbrief.inputs.source import resolve_input
from newsbrief.prompting.spec import PROMPTS_DIR, PromptSpec, list_prompts, load_prompt
from newsbrief.run.cost import load_prices
from newsbrief.schemas import Usage
from newsbrief.text.cleaning import clean_article
from newsbrief.text.tokens import estimate_tokens

__all__ = ["COMMANDS", "prompts"]

DEFAULT_ANSWER_TOKENS = 2048


@click.group("prompts")
def prompts() -> None:
    """List and show prompt versions (prompts/<name>/v<N>.yaml)."""


@prompts.command("list")
def list_cmd() -> None:
    """Every prompt version with its description and content hash (prompt + schema)."""
    width = max(40, min(stdout.width, 100) - 4)
    for number, spec in enumerate(list_prompts()):
        if number:
            click.echo()
        click.echo(f"{spec.ref}  content hash {spec.content_hash}  schema hash {spec.schema_hash}")
        text = " ".join(spec.description.split())
        for line in textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False):
            click.echo(f"    {line}")


def _messages_text(messages: list[dict[str, Any]]) -> str:
    parts = []
    for message in messages:
        content = message.get("content")
        text = content if isinstance(content, str) else str(content)
        parts.append(f"--- {message.get('role', '?')} ---\n{text.rstrip()}\n")
    return "\n".join(parts)


def _estimate(
    request: dict[str, Any], prompt: PromptSpec, model_string: str
) -> tuple[int, int, float | None]:
    """(prompt tokens, answer token cap, cost in USD or None without a price)."""
    prompt_tokens = sum(
        estimate_tokens(str(m.get("content", ""))) + 4 for m in request.get("messages", [])
    )
    answer = int(
        request.get("max_tokens") or prompt.parameters.get("max_tokens") or DEFAULT_ANSWER_TOKENS
    )
    table = load_prices()
    if table.lookup(model_string) is None:
        return prompt_tokens, answer, None
    usage = Usage(prompt_tokens=prompt_tokens, completion_tokens=answer, requests=1)
    return prompt_tokens, answer, table.price_usage(model_string, usage).cost_usd


@prompts.command("show")
@click.argument("ref")
@click.option(
    "--render",
    "article",
    default=None,
    metavar="INPUT",
    help="Print the exact messages this article would be sent (any input `run` reads; "
    "- for stdin), with a token and cost estimate.",
)
@input_options
@click.option(
    "--id", "article_id", default=None, help="Which article of an archive, table or folder."
)
@click.option(
    "--model",
    default=None,
    help="The model the estimate is for (default: $BRIEFING_MODEL or baseline).",
)
def show_cmd(
    ref: str,
    article: str | None,
    input_format: str | None,
    glob: str | None,
    id_field: str,
    text_field: str,
    article_id: str | None,
    model: str | None,
) -> None:
    """Show one prompt, e.g. `briefing prompts show briefing@v1`."""
    spec = load_prompt(ref)
    if article is None:
        path = PROMPTS_DIR / spec.id / f"v{spec.version}.yaml"
        click.echo(
            f"# {spec.ref}  content hash {spec.content_hash}  schema hash {spec.schema_hash}"
        )
        click.echo(path.read_text(encoding="utf-8"), nl=False)
        return
    source = resolve_input(input_spec(article, input_format, glob, id_field, text_field))
    cleaned = clean_article(source.one_article(article_id))
    model_string = model or default_model()
    # Nothing is sent, so an openai model needs no key here.
    placeholder: dict[str, Any] = (
        {"api_key": PLACEHOLDER_KEY} if model_string.startswith("openai:") else {}
    )
    backend = create_backend(model_string, **placeholder)
    preview = getattr(backend, "preview_request", None)
    if preview is not None:
        request = preview(cleaned, spec)
    else:  # the baseline sends nothing; other backends send the prompt's messages
        request = {"messages": spec.render(cleaned), **spec.parameters}
        if backend.name == "baseline":
            console_note("the baseline backend calls no model: these messages are what an LLM gets")
    click.echo(_messages_text(request["messages"]), nl=False)
    sent = {k: v for k, v in request.items() if k not in ("messages", "response_format", "tools")}
    if sent:
        click.echo("--- parameters ---\n" + ", ".join(f"{k}={v}" for k, v in sent.items()))
    prompt_tokens, answer, cost = _estimate(request, spec, backend.model_string)
    price = (
        f"≈ ${cost:.5f} at {backend.model_string}'s price"
        if cost is not None
        else (f"no price for {backend.model_string} in the price table")
    )
    click.echo(
        f"--- estimate ---\n≈ {prompt_tokens:,} prompt tokens + at most {answer:,} answer "
        f"tokens per attempt; {price}"
    )


COMMANDS = [prompts]
