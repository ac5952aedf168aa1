"""`briefing note`: one article (or one record of a run) as a briefing note.

`briefing note ARTICLE.txt` briefs the article with the configured backend through the
same per-article step as `briefing run` (so grounding is identical), then renders it.
`briefing note --from-run RUN_DIR --id ID` renders a record a run already holds, without
calling a model. Markdown goes to the terminal unless `-o FILE` names a file; the
format follows the file's suffix or `--format`. `--judge MODEL` has a judge read the
claims (the doubtful ones, or with `--judge-all` every one the rules only linked) before
the note is rendered, either way: an analyst reads the judge's verdicts in the note
itself, not only in a run's records.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
from rich.markdown import Markdown

from newsbrief.backends import create_backend, default_model, split_model
from newsbrief.cli.common import (
    console_note,
    generation_options,
    input_options,
    input_spec,
    stdout,
)
from newsbrief.cli.judging import (
    judge_for_run,
    judge_line,
    judge_options,
    judge_spec,
    ready_judge,
)
from newsbrief.inputs.source import resolve_input
from newsbrief.judge import Judge
from newsbrief.notes import NOTE_FORMATS, Note, NoteError, choose_format, render_note
from newsbrief.notes.source import find_record, load_article
from newsbrief.prompting.spec import DEFAULT_PROMPT, load_prompt
from newsbrief.run.judging import judge_stored
from newsbrief.schemas import Article, BriefingRecord
from newsbrief.step.brief import brief_article


def emit(payload: bytes, fmt: str, output: Path | None) -> None:
    """Write to `output`, or show on the terminal (Markdown rendered when it is a TTY)."""
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(payload)
        console_note(f"wrote {output} ({fmt}, {len(payload):,} bytes)")
        return
    if fmt == "docx":
        raise NoteError("a Word note needs a file: add -o NOTE.docx")
    text = payload.decode("utf-8")
    if fmt == "md" and stdout.is_terminal:
        stdout.print(Markdown(text))
    else:
        click.echo(text, nl=False)


async def _brief(
    article: Article,
    model: str,
    prompt_ref: str,
    on_invalid: str = "salvage",
    max_tokens: int | None = None,
) -> BriefingRecord:
    prompt = load_prompt(prompt_ref)
    options = generation_options(split_model(model)[0], max_tokens)
    backend = create_backend(model, on_invalid=on_invalid, **options)
    if backend.name == "baseline":
        console_note(
            "no LLM configured: using the deterministic 'baseline' backend "
            "(set --model or BRIEFING_MODEL, e.g. openai:gpt-4o-mini)"
        )
    try:
        record = await brief_article(article, backend, prompt)
    finally:
        await backend.aclose()
    if not isinstance(record, BriefingRecord):
        raise click.ClickException(
            f"could not brief {article.id!r} ({record.kind}): {record.message}"
        )
    return record


def _judge(judge: Judge, article: Article, record: BriefingRecord) -> None:
    """Judge the record's claims in place (its checks and grounding counts) and say what
    the judge did; a judge that fails leaves the rules' verdicts, and the line says so."""
    totals = judge_stored(judge, [(article.id, record.briefing)], {article.id: article.text})
    console_note(judge_line(totals))


@click.command("note")
@click.argument("article", metavar="[INPUT]", required=False)
@input_options
@click.option(
    "--id",
    "article_id",
    default=None,
    help="Article id: which article of an archive, table or folder (a folder's ids are "
    "the files' relative paths); required with --from-run.",
)
@click.option(
    "--from-run",
    "run_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Render the record of --id from this run directory (no model call).",
)
@click.option(
    "--sample",
    type=click.IntRange(0),
    default=None,
    help="With --from-run on a run made with --repeat: which sample to render (default 0).",
)
@click.option(
    "--input",
    "input_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="With --from-run: file holding the article text (default: the run's recorded input).",
)
@click.option(
    "--model",
    default=None,
    help="baseline | openai:MODEL | llamacpp:PATH (default: $BRIEFING_MODEL or baseline).",
)
@click.option("--prompt", "prompt_ref", default=DEFAULT_PROMPT, show_default=True, help="NAME@vN")
@click.option(
    "--on-invalid",
    type=click.Choice(["salvage", "error"]),
    default="salvage",
    show_default=True,
    help="An answer still invalid once re-asks are spent: keep the valid part (the note "
    "says what was removed) or fail.",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(1),
    default=None,
    help="Most tokens the model may answer with (openai and llamacpp; default: the prompt's).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the note here; .md, .html or .docx picks the format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(NOTE_FORMATS),
    default=None,
    help="Output format (default: from the -o suffix, else md).",
)
@judge_options
def note_cmd(
    article: str | None,
    input_format: str | None,
    glob: str | None,
    id_field: str,
    text_field: str,
    article_id: str | None,
    run_dir: Path | None,
    sample: int | None,
    input_path: Path | None,
    model: str | None,
    prompt_ref: str,
    on_invalid: str,
    max_tokens: int | None,
    output: Path | None,
    fmt: str | None,
    judge_model: str | None,
    judge_all: bool,
    judge_base_url: str | None,
    judge_timeout: float,
) -> None:
    """Brief one article of INPUT and render it as a briefing note.

    INPUT is a .txt/.md/.html article, - for stdin, or a JSONL archive, table or folder
    with --id ID to pick the article.
    """
    chosen = choose_format(output, fmt)
    if sample is not None and run_dir is None:
        raise NoteError("--sample picks a sample of a --repeat run: use it with --from-run")
    if run_dir is not None:
        if article is not None:
            raise NoteError(
                "give either ARTICLE or --from-run RUN_DIR, not both "
                "(use --input to say where the run's article text is)"
            )
        if not article_id:
            raise NoteError("--from-run needs --id ID: which article of the run to render")
        record = find_record(run_dir, article_id, sample)
        source = load_article(run_dir, article_id, input_path)
        if source is None:
            console_note(
                "article text not found (the run's input has moved?): rendering "
                "without highlights; pass --input FILE to add them"
            )
        if judge_model is not None and source is None:
            raise NoteError("--judge reads the claims against the article: pass --input FILE")
        judge = judge_for_run(run_dir, judge_model, judge_all, judge_base_url, judge_timeout)
        if judge is not None and source is not None:
            _judge(judge, source, record)
        note = Note(record, source)
    else:
        if article is None:
            raise NoteError(
                "give an INPUT (a .txt/.md/.html article, - for stdin, or an archive with "
                "--id ID) or --from-run RUN_DIR --id ID"
            )
        spec = input_spec(article, input_format, glob, id_field, text_field)
        source = resolve_input(spec).one_article(article_id)
        chosen_model = model or default_model()
        judging = judge_spec(judge_model, judge_all, judge_base_url, judge_timeout)
        judge = ready_judge(judging, chosen_model)  # its endpoint answers before the model is asked
        record = asyncio.run(_brief(source, chosen_model, prompt_ref, on_invalid, max_tokens))
        if judge is not None:
            _judge(judge, source, record)
        note = Note(record, source)
    emit(render_note(note, chosen), chosen, output)


COMMANDS = [note_cmd]
