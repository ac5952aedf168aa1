"""`briefing digest`: several briefings of a run combined into one note.

Grouped by country and by topic, with one timeline of dated events across articles;
every entry links back to its article by id. Reads the run directory only.
"""

from __future__ import annotations

from pathlib import Path

import click

from newsbrief.cli.note import emit
from newsbrief.notes import build_digest, choose_format, render_digest_html, render_digest_markdown
from newsbrief.notes.source import load_articles, select_records
from newsbrief.run.rundir import read_manifest
from newsbrief.schemas.topics import TOPICS

DIGEST_FORMATS = ("md", "html")


@click.command("digest")
@click.argument("run_dir", metavar="RUN_DIR", type=click.Path(path_type=Path, file_okay=False))
@click.option("--ids", default=None, help="Comma-separated article ids (default: all).")
@click.option(
    "--topic",
    default=None,
    metavar="TOPIC",
    help=f"Only briefings with this topic ({', '.join(TOPICS[:4])}, ...).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write the digest here; .md or .html picks the format.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(DIGEST_FORMATS),
    default=None,
    help="Output format (default: from the -o suffix, else md).",
)
def digest_cmd(
    run_dir: Path, ids: str | None, topic: str | None, output: Path | None, fmt: str | None
) -> None:
    """Combine the briefings of RUN_DIR into one note by country, topic and date."""
    chosen = choose_format(output, fmt, DIGEST_FORMATS)
    wanted = [part.strip() for part in ids.split(",") if part.strip()] if ids else None
    records = select_records(run_dir, wanted, topic)
    articles = load_articles(run_dir, {record.id for record in records})
    digest = build_digest(records, read_manifest(run_dir), topic, articles)
    text = render_digest_html(digest) if chosen == "html" else render_digest_markdown(digest)
    emit(text.encode("utf-8"), chosen, output)


COMMANDS = [digest_cmd]
